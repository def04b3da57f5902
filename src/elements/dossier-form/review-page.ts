/**
 * Template of "Kiểm tra và nộp hồ sơ": every visible answer and every file, each with a
 * "Thay đổi" link (none while the answers are held for a submission whose outcome is not
 * known), then the declaration.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Field, FormDefinition } from '../../api/schemas.js';
import { hasAnswer, type Answers } from './answers.js';
import { controlId, errorTemplate, type Translate } from './fields.js';
import { displayAnswer } from './review.js';
import type { UnitsController } from './units.js';
import type { UploadsController } from '../shared/uploads.js';

export interface ReviewView {
  t: Translate;
  locale: string;
  form: FormDefinition;
  answers: Answers;
  visible: ReadonlySet<string>;
  domId: (field: Field) => string;
  units: UnitsController;
  uploads: Pick<UploadsController, 'items'>;
  /** The answers are held as they are: no "Thay đổi". */
  locked: boolean;
  /** From the review to a question (or document), then straight back. */
  change: (page: number, target: string) => void;
  declared: boolean;
  /** The problem of the declaration, ready to render. */
  declarationProblem: unknown;
  setDeclared: (declared: boolean) => void;
}

export function reviewContent(view: ReviewView): TemplateResult {
  const { t, form } = view;
  const display = {
    locale: view.locale,
    t: (key: string) => t(key),
    unitName: (code: string, parent?: string) => {
      view.units.list(parent);
      return view.units.name(code, parent);
    },
  };
  /** One answer or document: what it is, what was given, and a link to change it. */
  const row = (data: { field?: string; document?: string }, label: string, shown: unknown, empty: boolean, page: number, target: string) =>
    html`<div class="summary-row" data-field=${ifDefined(data.field)} data-document=${ifDefined(data.document)}>
      <dt>${label}</dt>
      <dd class=${empty ? 'empty' : ''}>${shown}</dd>
      ${view.locked
        ? nothing
        : html`<dd class="summary-action no-print">
            <button type="button" class="link" @click=${() => view.change(page, target)}>
              ${t('form.review.change')}<span class="visually-hidden"> ${label}</span>
            </button>
          </dd>`}
    </div>`;
  const list = (title: string, rows: unknown) => html`<h3 class="review-heading">${title}</h3>
    <dl class="summary-list">${rows}</dl>`;

  return html`<p class="description">${t('form.review.intro')}</p>
    ${form.steps.map((step, page) => {
      const fields = step.fields.filter((field) => hasAnswer(field) && view.visible.has(field.id));
      return fields.length
        ? list(
            step.title,
            fields.map((field) => {
              const shown = displayAnswer(field, view.answers.get(field.id), display);
              const target = controlId(field, view.domId(field));
              return row({ field: field.id }, field.label, shown ?? t('form.review.empty'), shown === null, page, target);
            }),
          )
        : nothing;
    })}
    ${form.attachments.length
      ? list(
          t('form.step.attachments'),
          form.attachments.map((requirement, index) => {
            const files = view.uploads.items(requirement.documentCode).filter((item) => item.status === 'done');
            const shown = files.length ? files.map((item) => html`<span class="review-file">${item.name}</span>`) : t('form.review.no-files');
            return row({ document: requirement.documentCode }, requirement.name, shown, !files.length, form.steps.length, `doc${index}`);
          }),
        )
      : nothing}
    ${form.declaration ? declaration(view, form.declaration) : nothing}`;
}

function declaration(view: ReviewView, text: string): TemplateResult {
  const problemText = view.declarationProblem;
  return html`<div class="field declaration ${problemText ? 'has-error' : ''}">
    <h3 class="review-heading">${view.t('form.declaration.title')}</h3>
    <p class="declaration-text" id="declaration-text">${text}</p>
    ${errorTemplate('declaration', problemText, view.t)}
    <div class="choice">
      <input
        type="checkbox"
        id="declaration"
        aria-describedby="declaration-text${problemText ? ' declaration-error' : ''}"
        aria-invalid=${problemText ? 'true' : 'false'}
        .checked=${view.declared}
        @change=${(event: Event) => view.setDeclared((event.target as HTMLInputElement).checked)}
      />
      <label for="declaration">${view.t('form.declaration.confirm')}</label>
    </div>
  </div>`;
}
