/**
 * A labelled control with its hint and its error (GOV.UK's pattern): the label names the
 * control, the hint (`<id>-hint`) and the error (`<id>-error`) are above it and in its
 * `aria-describedby`, so assistive technology reads the name, the hint and the error.
 *
 * A form step can hold a hundred and more questions, all rendered at once: these templates
 * leave no white space between tags (each would be one more node to clone, walk and attach).
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
import { html, nothing, type TemplateResult } from 'lit';

/** `aria-describedby` from the ids that apply; undefined (no attribute) when none does. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const kept = ids.filter(Boolean);
  return kept.length ? kept.join(' ') : undefined;
}

/** The hint of the control `id`, when there is one. */
export function hint(id: string, text: unknown): TemplateResult | typeof nothing {
  return text ? html`<p class="hint" id="${id}-hint">${text}</p>` : nothing;
}

/**
 * The error of the control `id`, when there is one. `prefix` ("Lỗi:") is read before it by
 * screen readers and not shown: the red border already says it to the eye.
 */
export function fieldError(id: string, text: unknown, prefix?: string): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return prefix
    ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${prefix}</span> ${text}</p>`
    : html`<p class="error-message" id="${id}-error">${text}</p>`;
}

export interface LabelledField {
  /** DOM id of the control. */
  id: string;
  label: unknown;
  hint?: unknown;
  error?: unknown;
  errorPrefix?: string | undefined;
  /** `data-field` of the box: the question's id, for hosts and tests. */
  name?: string | undefined;
  control: unknown;
}

/** The box of a control: marked while it shows an error; label, hint and error above the control. */
export function labelled(field: LabelledField): TemplateResult {
  const { id, error } = field;
  return html`<div class=${error ? 'field has-error' : 'field'} data-field=${field.name ?? nothing}
    ><label class="label" for=${id}>${field.label}</label
    >${hint(id, field.hint)}${fieldError(id, error, field.errorPrefix)}${field.control}</div
  >`;
}
