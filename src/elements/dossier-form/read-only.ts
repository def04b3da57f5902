/**
 * A prefilled answer the definition keeps as it came (`prefillReadOnly`, contract 1.1): shown
 * as text with where it came from, no control to change it. Comes with the form's on-demand
 * questions (extras.ts): only a form that has such an answer downloads it.
 */
import { html, type TemplateResult } from 'lit';
import { addressOf, isAddress } from './answers.js';
import { hintOf, type FieldContext } from './fields.js';

/** What a prefilled answer the applicant may not change says, as text. */
function shownValue(context: FieldContext): string {
  const { field, value, host } = context;
  const label = (chosen: unknown) => field.options?.find((option) => option.value === chosen)?.label ?? String(chosen);
  if (isAddress(value)) {
    const { provinceCode, communeCode, street } = addressOf(value);
    return [street, host.units.name(communeCode, provinceCode) ?? communeCode, host.units.name(provinceCode) ?? provinceCode].filter(Boolean).join(', ');
  }
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (field.kind === 'select' || field.kind === 'radio') return label(value);
  if (field.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return host.l10n.date(value);
  return typeof value === 'string' ? value : '';
}

/**
 * A prefilled answer the definition keeps as it came (`prefillReadOnly`): shown as text with
 * where it came from, no control to change it; focusable, so an error link could reach it.
 */
export function readOnly(context: FieldContext): TemplateResult {
  const { field, host } = context;
  return html`<div class="field read-only" data-field=${field.id}
    ><p class="label" id="${context.id}-label">${field.label}</p
    ><p class="hint" id="${context.id}-hint">${hintOf(context)} ${host.l10n.t('form.prefill.read-only')}</p
    ><p class="read-only-value" id=${context.id} tabindex="-1" aria-labelledby="${context.id}-label" aria-describedby="${context.id}-hint"
      >${shownValue(context)}</p
    ></div
  >`;
}

