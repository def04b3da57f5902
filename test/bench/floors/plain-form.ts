/**
 * The floor of the form benchmark (issue #18): one step of questions written the plain way a
 * competent Lit developer would write it, with no motcua code. It does what the bench asks
 * of `<gov-dossier-form>` on a 150-question step, with the same accessible markup: each
 * question's label (or legend), hint, error and `aria-describedby`; an error summary linking
 * to the controls; answers kept in state and re-rendered on every `input`; a question
 * re-checked as it is typed once "Tiếp tục" has shown its error; questions shown or hidden by
 * a `visibleWhen` on another's answer.
 *
 * What it leaves out, because the bench does not exercise it: drafts, translations,
 * normalisation of what is typed, bidi isolation, the step list, focus management beyond the
 * summary's links. Reading it as "what motcua costs over the plain thing" is the point, so it
 * stays plain: `map` over the questions, one template per kind, a `Map` of answers replaced
 * on each change, checks written inline.
 */
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

export interface PlainQuestion {
  id: string;
  kind: string;
  label: string;
  hint?: string;
  required?: boolean;
  options?: ReadonlyArray<{ value: string; label: string }>;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  patternMessage?: string;
  min?: number | string;
  max?: number | string;
  /** Shown only while the other question is filled (or, with `filled: false`, empty). */
  visibleWhen?: { field: string; filled?: boolean };
}

type Answer = string | string[] | boolean;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^0\d{9}$/;

function isFilled(value: Answer | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '' && value !== false;
}

/** The error of one answer, in Vietnamese, or '' when there is none. */
export function checkAnswer(question: PlainQuestion, value: Answer | undefined): string {
  const { label } = question;
  if (question.kind === 'section' || question.kind === 'note') return '';
  if (!isFilled(value)) {
    if (!question.required) return '';
    if (question.kind === 'checkbox') return `Vui lòng đánh dấu: ${label}`;
    if (['select', 'radio', 'checkboxes'].includes(question.kind)) return `Vui lòng chọn ${label}`;
    if (question.kind === 'date') return `${label} phải có đủ ngày, tháng và năm`;
    return `Vui lòng nhập ${label}`;
  }
  if (typeof value !== 'string') return '';
  const text = value.trim();
  switch (question.kind) {
    case 'email':
      return EMAIL.test(text) ? '' : `${label} phải là địa chỉ thư điện tử đúng định dạng`;
    case 'phone':
      return PHONE.test(text.replace(/[\s.]/g, '')) ? '' : `${label} phải là số điện thoại Việt Nam`;
    case 'national-id':
      return /^\d{12}$/.test(text) ? '' : `${label} phải gồm đúng 12 chữ số`;
    case 'number': {
      const number = Number(text.replace(',', '.'));
      if (!Number.isFinite(number)) return `${label} phải là một số`;
      if (question.min !== undefined && number < Number(question.min)) return `${label} phải từ ${question.min} trở lên`;
      if (question.max !== undefined && number > Number(question.max)) return `${label} không được lớn hơn ${question.max}`;
      return '';
    }
    case 'date': {
      const [day, month, year] = text.split('/');
      if (!day || !month || !year) return `${label} phải có đủ ngày, tháng và năm`;
      const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
      if (year.length !== 4 || date.getUTCDate() !== Number(day)) return `${label} phải là một ngày có thật, năm gồm 4 chữ số`;
      const iso = date.toISOString().slice(0, 10);
      if (question.min !== undefined && iso < String(question.min)) return `${label} phải từ ngày ${question.min} trở về sau`;
      if (question.max !== undefined && iso > String(question.max)) return `${label} phải trước hoặc đúng ngày ${question.max}`;
      return '';
    }
    default:
      if (question.minLength !== undefined && text.length < question.minLength) return `${label} phải có ít nhất ${question.minLength} ký tự`;
      if (question.maxLength !== undefined && text.length > question.maxLength) return `${label} không được dài quá ${question.maxLength} ký tự`;
      if (question.pattern && !new RegExp(question.pattern).test(text)) return question.patternMessage ?? `${label} không đúng định dạng`;
      return '';
  }
}

@customElement('plain-form')
export class PlainForm extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: inherit;
    }
    .page {
      max-width: 44em;
    }
    .field,
    .section,
    .note {
      margin-top: 1.5rem;
    }
    .label,
    .legend {
      display: block;
      font-weight: bold;
    }
    .hint {
      margin: 0.25rem 0;
      color: #555;
    }
    .error-message {
      margin: 0.25rem 0;
      color: #b42318;
      font-weight: bold;
    }
    .has-error {
      border-left: 4px solid #b42318;
      padding-left: 0.75rem;
    }
    input[type='text'],
    input[type='email'],
    input[type='tel'],
    textarea,
    select {
      display: block;
      box-sizing: border-box;
      width: 100%;
      max-width: 30em;
      padding: 0.4rem;
      border: 2px solid #333;
      font: inherit;
    }
    [aria-invalid='true'] {
      border-color: #b42318;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
    }
    .choice {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin-top: 0.5rem;
    }
    .date {
      display: flex;
      gap: 1rem;
    }
    .date input {
      width: 4em;
    }
    .date .year {
      width: 6em;
    }
    .error-summary {
      padding: 1rem;
      border: 4px solid #b42318;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    button {
      margin-top: 2rem;
      padding: 0.5rem 1rem;
      font: inherit;
    }
  `;

  @property({ attribute: false }) questions: readonly PlainQuestion[] = [];
  @property() heading = '';

  @state() private answers = new Map<string, Answer>();
  @state() private errors = new Map<string, string>();
  /** After "Tiếp tục": each answer is checked again as it changes. */
  @state() private checked = false;

  #visible(question: PlainQuestion): boolean {
    const when = question.visibleWhen;
    return !when || isFilled(this.answers.get(when.field)) === (when.filled ?? true);
  }

  #set(question: PlainQuestion, value: Answer): void {
    this.answers = new Map(this.answers).set(question.id, value);
    if (this.checked) this.errors = new Map(this.errors).set(question.id, checkAnswer(question, value));
  }

  #continue(): void {
    const errors = new Map<string, string>();
    for (const question of this.questions) if (this.#visible(question)) errors.set(question.id, checkAnswer(question, this.answers.get(question.id)));
    this.errors = errors;
    this.checked = true;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
  }

  /** Links inside a shadow root do not move the focus by themselves. */
  #focus(event: Event, id: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  override render(): TemplateResult {
    const shown = this.questions.filter((question) => this.#visible(question));
    const errors = shown.filter((question) => this.errors.get(question.id));
    return html`<section class="page">
      ${errors.length
        ? html`<div class="error-summary" tabindex="-1" aria-labelledby="summary-title">
            <div role="alert">
              <h2 id="summary-title">Có lỗi cần sửa</h2>
              <ul>
                ${errors.map(
                  (question) => html`<li><a href="#${this.#controlId(question)}" @click=${(event: Event) => this.#focus(event, this.#controlId(question))}>${this.errors.get(question.id)}</a></li>`,
                )}
              </ul>
            </div>
          </div>`
        : nothing}
      <h2 tabindex="-1">${this.heading}</h2>
      ${shown.map((question) => this.#question(question))}
      <button type="button" @click=${this.#continue}>Tiếp tục</button>
    </section>`;
  }

  #controlId(question: PlainQuestion): string {
    const id = `q-${question.id}`;
    return question.kind === 'date' ? `${id}-day` : question.kind === 'radio' || question.kind === 'checkboxes' ? `${id}-0` : id;
  }

  #question(question: PlainQuestion): TemplateResult {
    const id = `q-${question.id}`;
    const error = this.errors.get(question.id) ?? '';
    const value = this.answers.get(question.id);
    const describedBy = [question.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    const hint = question.hint ? html`<p class="hint" id="${id}-hint">${question.hint}</p>` : nothing;
    const errorText = error ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">Lỗi:</span> ${error}</p>` : nothing;
    const label = question.required ? question.label : `${question.label} (không bắt buộc)`;
    const text = typeof value === 'string' ? value : '';
    const common = { id, describedBy, invalid: error ? 'true' : 'false', required: question.required ? 'true' : 'false' };

    switch (question.kind) {
      case 'section':
        return html`<div class="section"><h3>${question.label}</h3>${hint}</div>`;
      case 'note':
        return html`<div class="note"><p>${question.label}</p>${hint}</div>`;
      case 'textarea':
        return html`<div class="field ${error ? 'has-error' : ''}">
          <label class="label" for=${id}>${label}</label>${hint}${errorText}
          <textarea id=${id} name=${question.id} rows="5" aria-required=${common.required} aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy} .value=${text}
            @input=${(event: Event) => this.#set(question, (event.target as HTMLTextAreaElement).value)}></textarea>
        </div>`;
      case 'select':
        return html`<div class="field ${error ? 'has-error' : ''}">
          <label class="label" for=${id}>${label}</label>${hint}${errorText}
          <select id=${id} name=${question.id} aria-required=${common.required} aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy}
            @change=${(event: Event) => this.#set(question, (event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${text === ''}>Chọn</option>
            ${(question.options ?? []).map((option) => html`<option value=${option.value} ?selected=${option.value === text}>${option.label}</option>`)}
          </select>
        </div>`;
      case 'radio':
      case 'checkboxes': {
        const many = question.kind === 'checkboxes';
        const chosen = Array.isArray(value) ? value : [text];
        const toggle = (option: string, on: boolean) =>
          this.#set(question, many ? (question.options ?? []).map((o) => o.value).filter((v) => (v === option ? on : chosen.includes(v))) : option);
        return html`<div class="field ${error ? 'has-error' : ''}">
          <fieldset aria-describedby=${common.describedBy}>
            <legend class="legend">${label}</legend>${hint}${errorText}
            ${(question.options ?? []).map(
              (option, index) => html`<div class="choice">
                <input type=${many ? 'checkbox' : 'radio'} id="${id}-${index}" name=${id} value=${option.value}
                  .checked=${chosen.includes(option.value)}
                  @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)} />
                <label for="${id}-${index}">${option.label}</label>
              </div>`,
            )}
          </fieldset>
        </div>`;
      }
      case 'checkbox':
        return html`<div class="field ${error ? 'has-error' : ''}">
          ${errorText}
          <div class="choice">
            <input type="checkbox" id=${id} name=${question.id} aria-required=${common.required} aria-invalid=${common.invalid}
              aria-describedby=${common.describedBy} .checked=${value === true}
              @change=${(event: Event) => this.#set(question, (event.target as HTMLInputElement).checked)} />
            <label for=${id}>${question.label}</label>
          </div>
          ${hint}
        </div>`;
      case 'date': {
        const [day = '', month = '', year = ''] = text.split('/');
        const parts = { day, month, year };
        const part = (name: 'day' | 'month' | 'year', word: string) => html`<div>
          <label for="${id}-${name}">${word}</label>
          <input type="text" inputmode="numeric" class=${name} id="${id}-${name}" name="${question.id}-${name}" aria-invalid=${common.invalid}
            .value=${parts[name]}
            @input=${(event: Event) => this.#set(question, Object.values({ ...parts, [name]: (event.target as HTMLInputElement).value }).join('/'))} />
        </div>`;
        const dateHint = question.hint ?? 'Ví dụ: 27/3/2007';
        return html`<div class="field ${error ? 'has-error' : ''}">
          <fieldset aria-describedby=${[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}>
            <legend class="legend">${label}</legend>
            <p class="hint" id="${id}-hint">${dateHint}</p>${errorText}
            <div class="date">${part('day', 'Ngày')}${part('month', 'Tháng')}${part('year', 'Năm')}</div>
          </fieldset>
        </div>`;
      }
      default: {
        const type = question.kind === 'email' ? 'email' : question.kind === 'phone' ? 'tel' : 'text';
        const inputmode = question.kind === 'number' ? 'decimal' : question.kind === 'national-id' ? 'numeric' : nothing;
        return html`<div class="field ${error ? 'has-error' : ''}">
          <label class="label" for=${id}>${label}</label>${hint}${errorText}
          <input type=${type} inputmode=${inputmode} id=${id} name=${question.id} aria-required=${common.required}
            aria-invalid=${common.invalid} aria-describedby=${common.describedBy} .value=${text}
            @input=${(event: Event) => this.#set(question, (event.target as HTMLInputElement).value)} />
        </div>`;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plain-form': PlainForm;
  }
}
