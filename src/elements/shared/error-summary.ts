/**
 * The error summary (GOV.UK's pattern): above a form that failed its checks, a titled list of
 * what is wrong, each entry a link to the control it is about. The summary takes the focus (the
 * element asks its `FocusController` for `#<id>`), so it is read first; a link scrolls its
 * question into view, then focuses the control (`focusControl`).
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface SummaryEntry {
  /** What is wrong, ready to render. */
  text: unknown;
  /** DOM id of the control to focus; none for a problem no control shows (a server's). */
  target?: string | undefined;
}

export interface ErrorSummary {
  /** DOM id of the summary; its title is `<id>-title`. */
  id: string;
  title: string;
  /** Level of the title: one below the heading of what the summary is about. */
  level: 2 | 3 | 5;
  entries: readonly SummaryEntry[];
}

/**
 * GOV.UK's way to a control from an error summary: the question (its box, with its legend or
 * label) scrolls to the top, then the control takes the focus without scrolling again, so the
 * applicant sees what is asked and not only a box.
 */
export function focusControl(control: HTMLElement): void {
  const question = control.closest('.field') ?? control;
  if (typeof question.scrollIntoView === 'function') question.scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
}

/** One listener for every link of every summary: the target is the link's own fragment. */
function follow(event: Event): void {
  event.preventDefault();
  const link = event.currentTarget as HTMLAnchorElement;
  const root = link.getRootNode() as Document | ShadowRoot;
  const control = root.getElementById((link.getAttribute('href') ?? '').slice(1));
  if (control) focusControl(control);
}

/** The summary, or nothing when there is no entry. */
export function errorSummary({ id, title, level, entries }: ErrorSummary): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  const titleId = `${id}-title`;
  const heading =
    level === 2 ? html`<h2 id=${titleId}>${title}</h2>` : level === 3 ? html`<h3 id=${titleId}>${title}</h3>` : html`<h5 id=${titleId}>${title}</h5>`;
  return html`<div class="panel error error-summary" id=${id} part="error-summary" tabindex="-1" aria-labelledby=${titleId}>
    <div role="alert">
      ${heading}
      <ul>
        ${entries.map((entry) =>
          entry.target ? html`<li><a href="#${entry.target}" @click=${follow}>${entry.text}</a></li>` : html`<li>${entry.text}</li>`,
        )}
      </ul>
    </div>
  </div>`;
}
