/** Small templates the tracker's views share: a labelled field, an error summary. */
import { html, nothing, type TemplateResult } from 'lit';

/** What a message may be: plain text, or template parts with `<bdi>`s (`tIsolated`). */
export type Message = string | readonly unknown[];

/**
 * A labelled control with its hint (`<id>-hint`) and error (`<id>-error`) above it; the
 * control carries the matching `aria-describedby`.
 */
export function field(id: string, label: unknown, error: Message | undefined, hint: string | undefined, control: unknown): TemplateResult {
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${label}</label>
    ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing} ${error
      ? html`<span class="error" id="${id}-error">${error}</span>`
      : nothing} ${control}
  </div>`;
}

/** `aria-describedby` from the ids that apply. */
export function describedBy(...ids: (string | false | undefined | '' | null)[]): string {
  return ids.filter(Boolean).join(' ');
}

/**
 * The summary above a form that failed validation: one link per problem, to its field.
 * `problems` are `[field id, message]`; those without a message are left out. The
 * heading is `headingLevel` (one level below the form's).
 */
export function errorSummary(
  id: string,
  title: string,
  problems: readonly [string, Message | undefined][],
  headingLevel: 3 | 5,
  follow: (event: Event, target: string) => void,
): TemplateResult | typeof nothing {
  const shown = problems.filter(([, message]) => message);
  if (shown.length === 0) return nothing;
  return html`<div class="panel error summary" id=${id} tabindex="-1">
    ${headingLevel === 5 ? html`<h5>${title}</h5>` : html`<h3>${title}</h3>`}
    <ul>
      ${shown.map(([target, message]) => html`<li><a href="#${target}" @click=${(event: Event) => follow(event, target)}>${message}</a></li>`)}
    </ul>
  </div>`;
}
