import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The tag of our stylesheets: Lit's `css`, for constant text only. Lit's own tag vets each
 * value interpolated into it, and that check (with its error messages) would ship in every
 * bundle (docs/decisions.md, "Size budgets"); our stylesheets interpolate nothing, and this tag takes no
 * values at all (the compiler rejects a `${…}` in it). CSS built from data goes through
 * `unsafeCSS` explicitly, as `tokenStyles` does. Each stylesheet module calls it once, so
 * each stylesheet is still one `CSSStyleSheet` shared by every instance of its element.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
