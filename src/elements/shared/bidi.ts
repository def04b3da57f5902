/**
 * Text from the server (or typed by the applicant) joined with our own words is isolated
 * for the bidirectional algorithm, so a name in a right-to-left script, or a hostile one
 * carrying a right-to-left override (U+202E), cannot reorder the words around it:
 * "Hồ sơ ‮1234 đã nhận" must not read backwards after the name.
 *
 * In templates a value goes into its own `<bdi>` (`isolatedMessage`); where only plain text
 * fits (an `<option>`, an attribute, a live-region announcement, a `textContent`) it is
 * wrapped in the isolate characters FSI … PDI (`isolate`), which the browser treats the
 * same way and screen readers do not read.
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
