/**
 * Headings at the level the host page needs. An element sits inside someone else's page:
 * a portal that puts the search under its own `<h2>` needs the element's headings to start at
 * `<h3>`, or screen-reader users meet a broken outline (WCAG 1.3.1, 2.4.6). Every element
 * takes `heading-level` (its top headings' level, default 2) and its templates ask for a
 * heading *depth* below that: depth 0 is the element's top level, 1 one level deeper…
 *
 * Styles must target a heading by class, never by tag, since the tag changes with the host.
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string;
  class?: string;
  /** Focus can be moved to it from script (`tabindex="-1"`), e.g. a page's title after a step. */
  focusable?: boolean;
}

/** The host's `heading-level` as a level from 1 to 6; anything else reads as 2. */
export function headingBase(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}

/**
 * `<hN>` with N = `base + depth`, capped at 6 (HTML has no `<h7>`; deeper headings stay
 * `<h6>`, which keeps the outline in order).
 */
export function heading(base: number, depth: number, content: unknown, { id, class: className, focusable }: HeadingOptions = {}): TemplateResult {
  const i = id ?? nothing;
  const c = className ?? nothing;
  const t = focusable ? '-1' : nothing;
  // Lit binds tags statically, so one template per level (lit/static-html would cost every
  // page about 1 KB for the same six lines).
  switch (Math.min(6, headingBase(base) + Math.max(0, depth))) {
    case 1:
      return html`<h1 id=${i} class=${c} tabindex=${t}>${content}</h1>`;
    case 2:
      return html`<h2 id=${i} class=${c} tabindex=${t}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} class=${c} tabindex=${t}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} class=${c} tabindex=${t}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} class=${c} tabindex=${t}>${content}</h5>`;
    default:
      return html`<h6 id=${i} class=${c} tabindex=${t}>${content}</h6>`;
  }
}
