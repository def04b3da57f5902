/**
 * What the server sends, made safe to show: its text kept from reordering ours, its links kept
 * to the web.
 *
 * Text from the server (or typed by the applicant) joined with our own words is isolated
 * for the bidirectional algorithm, so a name in a right-to-left script, or a hostile one
 * carrying a right-to-left override (U+202E), cannot reorder the words around it:
 * "Hồ sơ ‮1234 đã nhận" must not read backwards after the name.
 *
 * In templates a value goes into its own `<bdi>` (`isolatedMessage`); where only plain text
 * fits (an `<option>`, an attribute, a live-region announcement, a `textContent`) it is
 * wrapped in the isolate characters FSI … PDI (`isolate`), which the browser treats the
 * same way and screen readers do not read.
 *
 * A link from the server (a form's blank template, a legal document, a pay link, a result to
 * download, a receipt) is used only when it is http(s) (`safeUrl`): Lit does not sanitise
 * `href`, and a `javascript:` or `data:` URL from a compromised or careless back end must never
 * become a link on a portal's page.
 *
 * A fact (`fact`: a procedure's code and fee, a dossier's agency and dates, a period's
 * figures) is a label of ours and a value of the server's, in a description list.
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
import { html, type TemplateResult } from 'lit';

/** `value` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. */
export function isolate(value: string | number): string {
  return `\u2068${value}\u2069`;
}

/**
 * A catalogue message (with its `{placeholders}` still in it) as template parts, each value
 * in its own `<bdi>`. A placeholder without a value stays as written, as the translator does.
 */
export function isolatedMessage(message: string, params: Readonly<Record<string, string | number>>): (string | TemplateResult)[] {
  return message.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && Object.hasOwn(params, name) ? html`<bdi>${params[name]}</bdi>` : part;
  });
}

/** `url` when it is an http(s) link, resolved against the page as the browser would; else undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, typeof document === 'undefined' ? 'https://invalid.example/' : document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A fact of a description list: the label, our words, set as plain text (no marker and text
 * node per fact: a result list renders a hundred of them on a keystroke), then the value.
 * `kind`: the class of its box, `fact` unless the list styles its facts otherwise (the figures
 * of `<gov-service-stats>`).
 */
export function fact(label: string, value: unknown, kind = 'fact'): TemplateResult {
  return html`<div class=${kind}><dt .textContent=${label}></dt><dd>${value}</dd></div>`;
}
