/**
 * Renderers for the fourteen field kinds of the contract.
 *
 * Each control is rendered in the element's own shadow root together with its label,
 * hint and error, so `for`/`aria-describedby` resolve and assistive technology reads
 * the name, the hint and the error of the control. Groups (radios, checkboxes, date,
 * address) are fieldsets whose legend is the question (the GOV.UK pattern).
 *
 * Values shown are exactly what the applicant typed; errors come already translated.
 *
 * A step can hold a hundred and more questions, all rendered at once: the templates of a
 * question leave no white space between tags where it shows nothing (each would be one more
 * node to clone, walk and attach per question), and a question is one template with its box.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AddressValue, Field, PrefillKey, PrefillSource } from '../../api/schemas.js';
import { heading } from '../shared/heading.js';
import { describedBy as describedByIds, fieldError, hint, labelled } from '../shared/field.js';
import { addressOf, dateParts, emptyAddress, isAddress, joinDate, type AnswerValue, type DateParts } from './answers.js';
import type { FormL10n } from './messages.js';
import type { UnitList, UnitsController } from './units.js';
import type { FieldPart, FieldProblem } from './validation.js';

/** What the templates need from the element: one object for every field of a step. */
export interface FieldHost {
  l10n: FormL10n;
  units: UnitsController;
  /** A failure of the units API in words. */
  describeError: (error: unknown) => string;
  onChange: (field: Field, value: AnswerValue) => void;
  /** The element's `heading-level`: a section's heading is one below the page's. */
  level: () => number;
  /** A prefilled answer kept as it came, as text (read-only.ts, with the form's on-demand questions). */
  readOnly: (context: FieldContext) => TemplateResult;
  /** Where the answer shown came from, while it is the prefilled one. */
  source: (field: Field, value: AnswerValue | undefined) => PrefillSource | undefined;
  /** "Thêm …" under a repeating group. */
  onAdd: (group: Field) => void;
  /** "Xóa" under the row `row`, the `index`-th of its group. */
  onRemove: (group: Field, row: string, index: number) => void;
}

export interface FieldContext {
  field: Field;
  value: AnswerValue | undefined;
  /** Base of the DOM ids of this field's controls; safe whatever the field id. */
  id: string;
  problem: FieldProblem | undefined;
  /** The problem in the current locale, ready to render (its parameters bidi-isolated). */
  problemText: unknown;
  host: FieldHost;
  /** Where the answer came from, while it is the prefilled one ("Từ tài khoản VNeID"). */
  source?: PrefillSource | undefined;
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
    case 'group':
      return `${base}-add`;
    default:
      return base;
  }
}

const AUTOCOMPLETE: Partial<Record<PrefillKey, string>> = {
  fullName: 'name',
  phone: 'tel',
  email: 'email',
};

/** The hint under a question's label, with where its answer came from when it was prefilled. */
export function hintOf(context: FieldContext, text: unknown = context.field.hint): unknown {
  const { source } = context;
  if (!source) return text;
  const from = html`<span class="provenance">${context.host.l10n.t(`form.prefill.${source}`)}</span>`;
  return text ? html`${text} ${from}` : from;
}

function describedBy(context: FieldContext, hasHint: unknown): string | undefined {
  return describedByIds(!!hasHint && `${context.id}-hint`, !!context.problemText && `${context.id}-error`);
}

function change(context: FieldContext, value: AnswerValue): void {
  context.host.onChange(context.field, value);
}

/**
 * The name of a question or document, with ` (không bắt buộc)` after it when optional; the
 * name, server text, is then bidi-isolated from our words.
 */
export function optionalMark(label: string, required: boolean | undefined, l10n: FormL10n): TemplateResult | string {
  return required ? label : html`<bdi>${label}</bdi><span class="optional"> (${l10n.t('common.optional')})</span>`;
}

/** The error under a question or document, `id` being the base of its control's ids; "Lỗi:" is read before it. */
export function errorTemplate(id: string, text: unknown, l10n: FormL10n): TemplateResult | typeof nothing {
  return fieldError(id, text, l10n.t('form.error.prefix'));
}

/** The class of a question's box: marked while it shows an error. */
function fieldClass(context: FieldContext): string {
  return context.problemText ? 'field has-error' : 'field';
}

/** A question with one control: its label, hint and error above the control. */
function question(context: FieldContext, control: TemplateResult): TemplateResult {
  const { field, host } = context;
  return labelled({
    id: context.id,
    name: field.id,
    label: optionalMark(field.label, field.required, host.l10n),
    hint: hintOf(context),
    error: context.problemText,
    errorPrefix: host.l10n.t('form.error.prefix'),
    control,
  });
}

/** The template of one field, by kind. */
export function renderField(context: FieldContext): TemplateResult {
  const { field } = context;
  // Kept as it came, unless it came wrong (the applicant must then be able to correct it).
  if (field.prefillReadOnly && context.source && !context.problemText) return context.host.readOnly(context);
  switch (field.kind) {
    case 'section':
      return html`<div class="section" data-field=${field.id}>
        ${heading(context.host.level(), 1, field.label, { class: 'section-title' })}
        ${field.hint ? html`<p class="hint">${field.hint}</p>` : nothing}
      </div>`;
    case 'note':
      return html`<div class="note" data-field=${field.id}>
        <p>${field.label}</p>
        ${field.hint ? html`<p class="hint">${field.hint}</p>` : nothing}
      </div>`;
    case 'textarea':
      return textarea(context);
    case 'select':
      return select(context);
    case 'radio':
    case 'checkboxes':
      return choices(context);
    case 'checkbox':
      return checkbox(context);
    case 'date':
      return date(context);
    case 'address':
      return address(context);
    default:
      return input(context);
  }
}

function text(value: AnswerValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

function input(context: FieldContext): TemplateResult {
  const { field } = context;
  const kind = field.kind;
  const inputMode = kind === 'number' ? 'decimal' : kind === 'national-id' ? 'numeric' : undefined;
  const autocomplete = field.prefill ? AUTOCOMPLETE[field.prefill] : undefined;
  const width = kind === 'national-id' || kind === 'phone' ? 'width-id' : kind === 'number' ? 'width-number' : '';
  return question(
    context,
    html`<input
      class="input ${width}"
      id=${context.id} name=${field.id}
      type=${kind === 'email' ? 'email' : kind === 'phone' ? 'tel' : 'text'}
      inputmode=${ifDefined(inputMode)}
      autocomplete=${autocomplete ?? 'off'}
      spellcheck=${kind === 'text' ? 'true' : 'false'}
      aria-required=${field.required ? 'true' : 'false'} aria-invalid=${context.problemText ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(context, field.hint || context.source))}
      .value=${text(context.value)}
      @input=${(event: Event) => change(context, (event.target as HTMLInputElement).value)}
    />`,
  );
}

function textarea(context: FieldContext): TemplateResult {
  const { field } = context;
  return question(
    context,
    html`<textarea
      class="input textarea"
      id=${context.id} name=${field.id}
      rows="5"
      aria-required=${field.required ? 'true' : 'false'} aria-invalid=${context.problemText ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(context, field.hint || context.source))}
      .value=${text(context.value)}
      @input=${(event: Event) => change(context, (event.target as HTMLTextAreaElement).value)}
    ></textarea>`,
  );
}

function select(context: FieldContext): TemplateResult {
  const { field } = context;
  const value = text(context.value);
  return question(
    context,
    html`<select
      class="select"
      id=${context.id} name=${field.id}
      aria-required=${field.required ? 'true' : 'false'} aria-invalid=${context.problemText ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(context, field.hint || context.source))}
      @change=${(event: Event) => change(context, (event.target as HTMLSelectElement).value)}
    >
      <option value="" .selected=${value === ''}>${context.host.l10n.t('form.choose')}</option>
      ${(field.options ?? []).map(
        (option) => html`<option value=${option.value} .selected=${option.value === value}>${option.label}</option>`,
      )}
    </select>`,
  );
}

function fieldset(context: FieldContext, body: TemplateResult, given = context.field.hint): TemplateResult {
  const { field, host } = context;
  const hintText = hintOf(context, given);
  return html`<div class=${fieldClass(context)} data-field=${field.id}
    ><fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(context, !!hintText))}
      ><legend class="legend">${optionalMark(field.label, field.required, host.l10n)}</legend
      >${hint(context.id, hintText)}${errorTemplate(context.id, context.problemText, host.l10n)}${body}</fieldset
    ></div
  >`;
}

/** Radios (one value) and checkboxes (the chosen values, in the order of the options). */
function choices(context: FieldContext): TemplateResult {
  const { field, value } = context;
  const many = field.kind === 'checkboxes';
  const chosen = many ? (Array.isArray(value) ? value : []) : [value];
  const options = field.options ?? [];
  const choose = (option: string, checked: boolean) =>
    change(
      context,
      // Keep the order of the options, whatever the order of the clicks.
      many ? options.map((o) => o.value).filter((candidate) => (candidate === option ? checked : chosen.includes(candidate))) : option,
    );
  return fieldset(
    context,
    html`<div class="choices">${options.map(
      (option, index) =>
        html`<div class="choice"
          ><input
            type=${many ? 'checkbox' : 'radio'}
            id="${context.id}-${index}"
            name=${context.id}
            value=${option.value}
            .checked=${chosen.includes(option.value)}
            @change=${(event: Event) => choose(option.value, (event.target as HTMLInputElement).checked)}
          /><label for="${context.id}-${index}">${option.label}</label></div
        >`,
    )}</div>`,
  );
}

function checkbox(context: FieldContext): TemplateResult {
  const { field } = context;
  return html`<div class=${fieldClass(context)} data-field=${field.id}
    >${errorTemplate(context.id, context.problemText, context.host.l10n)}<div class="choice"
      ><input
        type="checkbox"
        id=${context.id}
        name=${field.id}
        aria-required=${field.required ? 'true' : 'false'} aria-invalid=${context.problemText ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(context, field.hint || context.source))}
        .checked=${context.value === true}
        @change=${(event: Event) => change(context, (event.target as HTMLInputElement).checked)}
      /><label for=${context.id}>${field.label}</label></div
    >${hint(context.id, hintOf(context))}</div
  >`;
}

function date(context: FieldContext): TemplateResult {
  const { field, problem } = context;
  const parts = dateParts(context.value);
  // Mark the parts the applicant must fix: the missing ones, the impossible one, or all of them.
  const wrong = (part: keyof DateParts): boolean => {
    if (!context.problemText || !problem) return false;
    if (problem.key === 'form.error.date-incomplete') return parts[part].trim() === '';
    if (problem.key === 'form.error.date-invalid') return problem.part === part;
    return true;
  };
  const bday = field.prefill === 'dateOfBirth';
  const partInput = (part: keyof DateParts) => html`<div class="date-part"
    ><label class="date-label" for="${context.id}-${part}">${context.host.l10n.t(`form.date.${part}`)}</label
    ><input
      class="input ${part === 'year' ? 'width-year' : 'width-2'}"
      id="${context.id}-${part}"
      name="${field.id}-${part}"
      type="text"
      inputmode="numeric"
      autocomplete=${bday ? `bday-${part}` : 'off'}
      aria-invalid=${wrong(part) ? 'true' : 'false'}
      .value=${parts[part]}
      @input=${(event: Event) => change(context, joinDate({ ...parts, [part]: (event.target as HTMLInputElement).value }))}
    /></div
  >`;
  return fieldset(
    context,
    html`<div class="date">${partInput('day')}${partInput('month')}${partInput('year')}</div>`,
    field.hint ?? context.host.l10n.t('form.date.hint'),
  );
}

function address(context: FieldContext): TemplateResult {
  const { field } = context;
  const { units, l10n } = context.host;
  // A host's prefill may leave out a part (the street): every part is a string here.
  const value: AddressValue = isAddress(context.value) ? addressOf(context.value) : emptyAddress();
  const patch = (part: Partial<AddressValue>) => change(context, { ...value, ...part });
  const wrong = (part: FieldPart) => (context.problem?.part === part ? 'true' : 'false');

  const unitSelect = (part: 'province' | 'commune', list: UnitList | undefined, selected: string, onSelect: (code: string) => void) => {
    const ready = list?.state === 'ready';
    const placeholder = !list
      ? l10n.t('form.address.province-first')
      : list.state === 'loading'
        ? l10n.t('common.loading')
        : list.state === 'error'
          ? l10n.t('form.address.error')
          : l10n.t('form.choose');
    // The select is typed into once the combobox part is here (combobox.ts): the element,
    // unknown until then, shows the select, and takes its place when a loaded list is given.
    return html`<div class="address-part">
      <label class="date-label" for="${context.id}-${part}">${l10n.t(`form.address.${part}`)}</label>
      <gov-unit-combobox .props=${ready ? { items: list.items, value: selected, invalid: wrong(part), l10n, choose: onSelect } : undefined}
        ><select
          class="select"
          id="${context.id}-${part}"
          aria-invalid=${wrong(part)}
          aria-busy=${list?.state === 'loading' ? 'true' : 'false'}
          aria-disabled=${ready ? 'false' : 'true'}
          @change=${(event: Event) => onSelect((event.target as HTMLSelectElement).value)}
        >
          <option value="" .selected=${!selected}>${placeholder}</option>
          ${ready ? list.items.map((unit) => html`<option value=${unit.code} .selected=${unit.code === selected}>${unit.label}</option>`) : nothing}
        </select></gov-unit-combobox
      >
      ${list?.state === 'error'
        ? html`<p class="inline-error">
            ${context.host.describeError(list.error)}
            <button type="button" class="link" @click=${() => units.retry(part === 'province' ? undefined : value.provinceCode)}>
              ${l10n.t('common.retry')}
            </button>
          </p>`
        : nothing}
    </div>`;
  };

  return fieldset(
    context,
    html`<div class="address">
      ${unitSelect('province', units.list(''), value.provinceCode, (code) => patch({ provinceCode: code, communeCode: '' }))}
      ${unitSelect('commune', value.provinceCode ? units.list(value.provinceCode) : undefined, value.communeCode, (code) =>
        patch({ communeCode: code }),
      )}
      <div class="address-part">
        <label class="date-label" for="${context.id}-street">${l10n.t('form.address.street')}</label>
        <input
          class="input"
          id="${context.id}-street"
          type="text"
          autocomplete=${field.prefill === 'address' ? 'street-address' : 'off'}
          aria-invalid=${wrong('street')}
          .value=${value.street}
          @input=${(event: Event) => patch({ street: (event.target as HTMLInputElement).value })}
        />
      </div>
    </div>`,
  );
}
