/**
 * Renderers for the fourteen field kinds of the contract.
 *
 * Each control is rendered in the element's own shadow root together with its label,
 * hint and error, so `for`/`aria-describedby` resolve and assistive technology reads
 * the name, the hint and the error of the control. Groups (radios, checkboxes, date,
 * address) are fieldsets whose legend is the question (the GOV.UK pattern).
 *
 * Values shown are exactly what the applicant typed; errors come already translated.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AddressValue, Field, PrefillKey } from '../../api/schemas.js';
import { dateParts, emptyAddress, isAddress, joinDate, type AnswerValue, type DateParts } from './answers.js';
import type { UnitsController } from './units.js';
import type { FieldPart, FieldProblem } from './validation.js';

export interface FieldContext {
  field: Field;
  value: AnswerValue | undefined;
  /** Base of the DOM ids of this field's controls; safe whatever the field id. */
  id: string;
  problem: FieldProblem | undefined;
  /** The problem in the current locale. */
  problemText: string | undefined;
  t: (key: string, params?: Record<string, string | number>) => string;
  units: UnitsController;
  /** A failure of the units API in words. */
  describeError: (error: unknown) => string;
  onChange: (value: AnswerValue) => void;
}

/** DOM id of the control an error link focuses: the first part of a group, or the part in error. */
export function controlId(field: Field, base: string, part?: FieldPart): string {
  switch (field.kind) {
    case 'date':
      return `${base}-${part ?? 'day'}`;
    case 'address':
      return `${base}-${part ?? 'province'}`;
    case 'radio':
    case 'checkboxes':
      return `${base}-0`;
    default:
      return base;
  }
}

const AUTOCOMPLETE: Partial<Record<PrefillKey, string>> = {
  fullName: 'name',
  phone: 'tel',
  email: 'email',
};

function describedBy(context: FieldContext, hint: boolean): string | undefined {
  const ids = [hint ? `${context.id}-hint` : '', context.problemText ? `${context.id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function optionalMark(context: FieldContext): TemplateResult | typeof nothing {
  return context.field.required ? nothing : html`<span class="optional"> (${context.t('common.optional')})</span>`;
}

function hintTemplate(context: FieldContext, text = context.field.hint): TemplateResult | typeof nothing {
  return text ? html`<p class="hint" id="${context.id}-hint">${text}</p>` : nothing;
}

function errorTemplate(context: FieldContext): TemplateResult | typeof nothing {
  return context.problemText
    ? html`<p class="error-message" id="${context.id}-error">
        <span class="visually-hidden">${context.t('form.error.prefix')}</span> ${context.problemText}
      </p>`
    : nothing;
}

function group(context: FieldContext, body: TemplateResult, kind = 'field'): TemplateResult {
  return html`<div class="${kind} ${context.problemText ? 'has-error' : ''}" data-field=${context.field.id}>${body}</div>`;
}

/** The template of one field, by kind. */
export function renderField(context: FieldContext): TemplateResult {
  switch (context.field.kind) {
    case 'section':
      return html`<div class="section" data-field=${context.field.id}>
        <h3>${context.field.label}</h3>
        ${context.field.hint ? html`<p class="hint">${context.field.hint}</p>` : nothing}
      </div>`;
    case 'note':
      return html`<div class="note" data-field=${context.field.id}>
        <p>${context.field.label}</p>
        ${context.field.hint ? html`<p class="hint">${context.field.hint}</p>` : nothing}
      </div>`;
    case 'textarea':
      return textarea(context);
    case 'select':
      return select(context);
    case 'radio':
      return radios(context);
    case 'checkbox':
      return checkbox(context);
    case 'checkboxes':
      return checkboxes(context);
    case 'date':
      return date(context);
    case 'address':
      return address(context);
    default:
      return input(context);
  }
}

function input(context: FieldContext): TemplateResult {
  const { field } = context;
  const value = typeof context.value === 'string' ? context.value : '';
  const type = field.kind === 'email' ? 'email' : field.kind === 'phone' ? 'tel' : 'text';
  const inputMode = field.kind === 'number' ? 'decimal' : field.kind === 'national-id' ? 'numeric' : undefined;
  const autocomplete = field.prefill ? AUTOCOMPLETE[field.prefill] : undefined;
  const width = field.kind === 'national-id' || field.kind === 'phone' ? 'width-id' : field.kind === 'number' ? 'width-number' : '';
  return group(
    context,
    html`<label class="label" for=${context.id}>${field.label}${optionalMark(context)}</label>
      ${hintTemplate(context)} ${errorTemplate(context)}
      <input
        class="input ${width}"
        id=${context.id}
        name=${field.id}
        type=${type}
        inputmode=${ifDefined(inputMode)}
        autocomplete=${autocomplete ?? 'off'}
        spellcheck=${field.kind === 'text' ? 'true' : 'false'}
        aria-required=${field.required ? 'true' : 'false'}
        aria-invalid=${context.problemText ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(context, !!field.hint))}
        .value=${value}
        @input=${(event: Event) => context.onChange((event.target as HTMLInputElement).value)}
      />`,
  );
}

function textarea(context: FieldContext): TemplateResult {
  const { field } = context;
  return group(
    context,
    html`<label class="label" for=${context.id}>${field.label}${optionalMark(context)}</label>
      ${hintTemplate(context)} ${errorTemplate(context)}
      <textarea
        class="input textarea"
        id=${context.id}
        name=${field.id}
        rows="5"
        aria-required=${field.required ? 'true' : 'false'}
        aria-invalid=${context.problemText ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(context, !!field.hint))}
        .value=${typeof context.value === 'string' ? context.value : ''}
        @input=${(event: Event) => context.onChange((event.target as HTMLTextAreaElement).value)}
      ></textarea>`,
  );
}

function select(context: FieldContext): TemplateResult {
  const { field } = context;
  const value = typeof context.value === 'string' ? context.value : '';
  return group(
    context,
    html`<label class="label" for=${context.id}>${field.label}${optionalMark(context)}</label>
      ${hintTemplate(context)} ${errorTemplate(context)}
      <select
        class="select"
        id=${context.id}
        name=${field.id}
        aria-required=${field.required ? 'true' : 'false'}
        aria-invalid=${context.problemText ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(context, !!field.hint))}
        @change=${(event: Event) => context.onChange((event.target as HTMLSelectElement).value)}
      >
        <option value="" .selected=${value === ''}>${context.t('form.choose')}</option>
        ${(field.options ?? []).map(
          (option) => html`<option value=${option.value} .selected=${option.value === value}>${option.label}</option>`,
        )}
      </select>`,
  );
}

function fieldset(context: FieldContext, body: TemplateResult, hint = context.field.hint): TemplateResult {
  return group(
    context,
    html`<fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(context, !!hint))}>
      <legend class="legend">${context.field.label}${optionalMark(context)}</legend>
      ${hintTemplate(context, hint)} ${errorTemplate(context)} ${body}
    </fieldset>`,
  );
}

function radios(context: FieldContext): TemplateResult {
  const { field } = context;
  const value = typeof context.value === 'string' ? context.value : '';
  return fieldset(
    context,
    html`<div class="choices">
      ${(field.options ?? []).map(
        (option, index) => html`<div class="choice">
          <input
            type="radio"
            id="${context.id}-${index}"
            name=${context.id}
            value=${option.value}
            .checked=${option.value === value}
            @change=${() => context.onChange(option.value)}
          />
          <label for="${context.id}-${index}">${option.label}</label>
        </div>`,
      )}
    </div>`,
  );
}

function checkbox(context: FieldContext): TemplateResult {
  const { field } = context;
  return group(
    context,
    html`${errorTemplate(context)}
      <div class="choice">
        <input
          type="checkbox"
          id=${context.id}
          name=${field.id}
          aria-required=${field.required ? 'true' : 'false'}
          aria-invalid=${context.problemText ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy(context, !!field.hint))}
          .checked=${context.value === true}
          @change=${(event: Event) => context.onChange((event.target as HTMLInputElement).checked)}
        />
        <label for=${context.id}>${field.label}</label>
      </div>
      ${hintTemplate(context)}`,
  );
}

function checkboxes(context: FieldContext): TemplateResult {
  const { field } = context;
  const chosen = Array.isArray(context.value) ? context.value : [];
  const toggle = (optionValue: string, checked: boolean) => {
    // Keep the order of the options, whatever the order of the clicks.
    const next = new Set(chosen);
    if (checked) next.add(optionValue);
    else next.delete(optionValue);
    context.onChange((field.options ?? []).map((option) => option.value).filter((candidate) => next.has(candidate)));
  };
  return fieldset(
    context,
    html`<div class="choices">
      ${(field.options ?? []).map(
        (option, index) => html`<div class="choice">
          <input
            type="checkbox"
            id="${context.id}-${index}"
            name=${context.id}
            value=${option.value}
            .checked=${chosen.includes(option.value)}
            @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)}
          />
          <label for="${context.id}-${index}">${option.label}</label>
        </div>`,
      )}
    </div>`,
  );
}

function date(context: FieldContext): TemplateResult {
  const { field } = context;
  const parts = dateParts(context.value);
  // Mark the parts the applicant must fix: the missing ones, the impossible one, or all of them.
  const wrong = (part: keyof DateParts): boolean => {
    const problem = context.problem;
    if (!context.problemText || !problem) return false;
    if (problem.key === 'form.error.date-incomplete') return parts[part].trim() === '';
    if (problem.key === 'form.error.date-invalid') return problem.part === part;
    return true;
  };
  const bday = field.prefill === 'dateOfBirth';
  const partInput = (part: keyof DateParts, autocomplete: string) => html`<div class="date-part">
    <label class="date-label" for="${context.id}-${part}">${context.t(`form.date.${part}`)}</label>
    <input
      class="input ${part === 'year' ? 'width-year' : 'width-2'}"
      id="${context.id}-${part}"
      name="${field.id}-${part}"
      type="text"
      inputmode="numeric"
      autocomplete=${bday ? autocomplete : 'off'}
      aria-invalid=${wrong(part) ? 'true' : 'false'}
      .value=${parts[part]}
      @input=${(event: Event) => context.onChange(joinDate({ ...parts, [part]: (event.target as HTMLInputElement).value }))}
    />
  </div>`;
  return fieldset(
    context,
    html`<div class="date">
      ${partInput('day', 'bday-day')} ${partInput('month', 'bday-month')} ${partInput('year', 'bday-year')}
    </div>`,
    field.hint ?? context.t('form.date.hint'),
  );
}

function address(context: FieldContext): TemplateResult {
  const { field, units, t } = context;
  const value: AddressValue = isAddress(context.value) ? context.value : emptyAddress();
  const change = (patch: Partial<AddressValue>) => context.onChange({ ...value, ...patch });
  const provinces = units.list();
  const communes = value.provinceCode ? units.list(value.provinceCode) : undefined;
  const wrong = (part: FieldPart) => (context.problem?.part === part ? 'true' : 'false');

  const unitSelect = (
    part: 'province' | 'commune',
    list: ReturnType<UnitsController['list']> | undefined,
    selected: string,
    onSelect: (code: string) => void,
  ) => {
    const ready = list?.state === 'ready';
    const placeholder = !list
      ? t('form.address.province-first')
      : list.state === 'loading'
        ? t('form.address.loading')
        : list.state === 'error'
          ? t('form.address.error')
          : t('form.choose');
    return html`<div class="address-part">
      <label class="date-label" for="${context.id}-${part}">${t(`form.address.${part}`)}</label>
      <select
        class="select"
        id="${context.id}-${part}"
        aria-invalid=${wrong(part)}
        aria-busy=${list?.state === 'loading' ? 'true' : 'false'}
        aria-disabled=${ready ? 'false' : 'true'}
        @change=${(event: Event) => onSelect((event.target as HTMLSelectElement).value)}
      >
        <option value="" .selected=${!selected}>${placeholder}</option>
        ${ready ? list.items.map((unit) => html`<option value=${unit.code} .selected=${unit.code === selected}>${unit.name}</option>`) : nothing}
      </select>
      ${list?.state === 'error'
        ? html`<p class="inline-error">
            ${context.describeError(list.error)}
            <button type="button" class="link" @click=${() => units.retry(part === 'province' ? undefined : value.provinceCode)}>
              ${t('common.retry')}
            </button>
          </p>`
        : nothing}
    </div>`;
  };

  return fieldset(
    context,
    html`<div class="address">
      ${unitSelect('province', provinces, value.provinceCode, (code) => change({ provinceCode: code, communeCode: '' }))}
      ${unitSelect('commune', communes, value.communeCode, (code) => change({ communeCode: code }))}
      <div class="address-part">
        <label class="date-label" for="${context.id}-street">${t('form.address.street')}</label>
        <input
          class="input"
          id="${context.id}-street"
          type="text"
          autocomplete=${field.prefill === 'address' ? 'street-address' : 'off'}
          aria-invalid=${wrong('street')}
          .value=${value.street}
          @input=${(event: Event) => change({ street: (event.target as HTMLInputElement).value })}
        />
      </div>
    </div>`,
  );
}
