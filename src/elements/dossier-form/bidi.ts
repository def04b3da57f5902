/**
 * Server text joined with our own, bidi-isolated: a label in Arabic script, or one ending in
 * digits or punctuation, must not reorder the Vietnamese sentence around it (nor be reordered
 * by it). Each interpolated value goes into a `<bdi>`, the HTML form of Unicode's isolate.
 */
import { html, type TemplateResult } from 'lit';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

// Private-use characters cannot come from a catalogue: they mark where each value goes.
const MARK = /\uE000(\d+)\uE001/;

/** The message `key` with each parameter rendered inside its own `<bdi>`. */
export function isolated(t: Translate, key: string, params: Record<string, unknown>): Array<string | TemplateResult> {
  const values: unknown[] = [];
  const marks: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    marks[name] = `\uE000${values.length}\uE001`;
    values.push(value);
  }
  return t(key, marks)
    .split(MARK)
    .map((part, index) => (index % 2 === 0 ? part : html`<bdi>${values[Number(part)]}</bdi>`));
}
