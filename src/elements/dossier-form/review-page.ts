/**
 * Template of "Kiểm tra và nộp hồ sơ": every visible answer and every file, each with a
 * "Thay đổi" link (none while the answers are held for a submission whose outcome is not
 * known), then the declaration.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Field, FormDefinition } from '../../api/schemas.js';
import { formatPhone } from '../../i18n/format.js';
import { heading } from '../shared/heading.js';
import type { UploadsController } from '../shared/uploads.js';
import { hasAnswer, isAddress, submittedValue, type AnswerValue, type Answers } from './answers.js';
import { controlId, errorTemplate } from './fields.js';
import type { FormFlow } from './form-flow.js';
import type { FormL10n } from './messages.js';
import { submitButton, submitPanel } from './outcome.js';
import { groupInWords } from './submission.js';
import { page, problemSummary } from './pages.js';
import type { SubmitFlow } from './submit-flow.js';
import type { Submitter } from './submitter.js';
import type { UnitsController } from './units.js';

export interface Review {
  l10n: FormL10n;
  /** The element's `heading-level`. */
  level: number;
  form: FormDefinition;
  answers: Answers;
  visible: ReadonlySet<string>;
  domId: (fieldId: string) => string;
  units: Pick<UnitsController, 'name'>;
  uploads: Pick<UploadsController, 'items'>;
  /** The answers are held as they are: no "Thay đổi". */
  locked: boolean;
  /** From the review to a question (or document), then straight back. */
  change: (page: number, target: string) => void;
  declared: boolean;
  /** The problem of the declaration, ready to render. */
  declarationProblem: unknown;
  setDeclared: (declared: boolean) => void;
  /** The printed copy on the receipt: no introduction, no declaration to tick, nothing to change. */
  printCopy?: boolean;
  /** The fees block, between the answers and the declaration. */
  fees?: unknown;
}

/** The answer in words, or null when nothing was answered. */
export function displayAnswer(field: Field, raw: AnswerValue | undefined, l10n: FormL10n, units: Pick<UnitsController, 'name'>): string | null {
  const value = submittedValue(field, raw);
  if (value === undefined) return null;
  const label = (optionValue: unknown) => field.options?.find((option) => option.value === optionValue)?.label ?? String(optionValue);
  switch (field.kind) {
    case 'checkbox':
      return l10n.t(value === true ? 'form.yes' : 'form.no');
    case 'checkboxes':
      return Array.isArray(value) && value.length > 0 ? value.map(label).join(', ') : null;
    case 'select':
    case 'radio':
      return label(value);
    case 'number':
      return typeof value === 'number' ? l10n.number(value) : String(value);
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? l10n.date(String(value)) : String(value);
    case 'phone':
      return formatPhone(String(value));
    case 'address': {
      if (!isAddress(value)) return null;
      const commune = value.communeCode ? units.name(value.communeCode, value.provinceCode) : undefined;
      const province = value.provinceCode ? units.name(value.provinceCode) : undefined;
      return [value.street, commune ?? value.communeCode, province ?? value.provinceCode].filter(Boolean).join(', ');
    }
    default:
      return String(value);
  }
}

/**
 * Every answer, grouped by step, then the documents. Wide, each answer has its own "Thay đổi";
 * narrow (the element's own width, a container query: a wide page may give it a narrow
 * column), each group has one, beside its heading (docs/decisions.md, "The review on a phone").
 */
export function reviewContent(view: Review): TemplateResult {
  const { l10n, form } = view;
  const locked = view.locked || !!view.printCopy;
  const change = (label: string, page: number, target: string, kind: 'summary-action' | 'group-change') =>
    html`<button type="button" class="link ${kind} no-print" @click=${() => view.change(page, target)}>
      ${l10n.t('form.review.change')}<span class="visually-hidden"> ${label}</span>
    </button>`;
  /** One answer or document: what it is, what was given, and a link to change it. */
  const row = (data: { field?: string; document?: string }, label: string, shown: unknown, empty: boolean, page: number, target: string) =>
    html`<div class="summary-row" data-field=${ifDefined(data.field)} data-document=${ifDefined(data.document)}>
      <dt>${label}</dt>
      <dd class=${empty ? 'empty' : ''}>${shown}</dd>
      ${locked ? nothing : html`<dd class="summary-cell">${change(label, page, target, 'summary-action')}</dd>`}
    </div>`;
  const group = (title: string, page: number, target: string, rows: unknown) => html`<div class="summary-group">
    <div class="summary-group-head">
      ${heading(view.level, 1, title, { class: 'review-heading' })} ${locked ? nothing : change(title, page, target, 'group-change')}
    </div>
    <dl class="summary-list">${rows}</dl>
  </div>`;

  return html`${view.printCopy ? nothing : html`<p class="description">${l10n.t('form.review.intro')}</p>`}
    <div class="review-answers">
      ${form.steps.map((step, page) => {
        const fields = step.fields.filter((field) => hasAnswer(field) && view.visible.has(field.id));
        if (!fields.length) return nothing;
        const rows = fields.map((field) => {
          const shown = field.kind === 'group'
            ? groupInWords(field, view.answers, view.visible, l10n, (item, raw) => displayAnswer(item, raw, l10n, view.units))
            : displayAnswer(field, view.answers.get(field.id), l10n, view.units);
          const target = controlId(field, view.domId(field.id));
          return row({ field: field.id }, field.label, shown ?? l10n.t('form.review.empty'), shown === null, page, target);
        });
        return group(step.title, page, controlId(fields[0]!, view.domId(fields[0]!.id)), rows);
      })}
      ${form.attachments.length
        ? group(
            l10n.t('form.step.attachments'),
            form.steps.length,
            'doc0',
            form.attachments.map((requirement, index) => {
              const files = view.uploads.items(requirement.documentCode).filter((item) => item.status === 'done');
              const shown = files.length ? files.map((item) => html`<span class="review-file">${item.name}</span>`) : l10n.t('form.review.no-files');
              return row({ document: requirement.documentCode }, requirement.name, shown, !files.length, form.steps.length, `doc${index}`);
            }),
          )
        : nothing}
    </div>
    ${view.fees ?? nothing}
    ${form.declaration && !view.printCopy ? declaration(view, form.declaration) : nothing}`;
}

function declaration(view: Review, text: string): TemplateResult {
  const problemText = view.declarationProblem;
  return html`<div class="field declaration ${problemText ? 'has-error' : ''}">
    ${heading(view.level, 1, view.l10n.t('form.declaration.title'), { class: 'review-heading' })}
    <p class="declaration-text" id="declaration-text">${text}</p>
    ${errorTemplate('declaration', problemText, view.l10n)}
    <div class="choice">
      <input
        type="checkbox"
        id="declaration"
        aria-describedby="declaration-text${problemText ? ' declaration-error' : ''}"
        aria-invalid=${problemText ? 'true' : 'false'}
        .checked=${view.declared}
        @change=${(event: Event) => view.setDeclared((event.target as HTMLInputElement).checked)}
      />
      <label for="declaration">${view.l10n.t('form.declaration.confirm')}</label>
    </div>
  </div>`;
}

export interface ReviewPage extends Omit<Review, 'locked' | 'change' | 'declared' | 'declarationProblem' | 'setDeclared'> {
  flow: FormFlow;
  submitter: Submitter;
  submission: SubmitFlow;
  problemText: (problem: FormFlow['declarationProblem']) => unknown;
  errorMessage: (error: unknown) => string;
  back: (() => void) | undefined;
}

/**
 * The review page: how the last submission ended (when it did not end in a dossier) above the
 * answers; the answers held as they are (no "Thay đổi", no "Quay lại") while they are the body
 * of a submission whose outcome is unknown, until it is known or the applicant confirms they
 * are making a new dossier.
 */
export function reviewPage(view: ReviewPage): TemplateResult {
  const { l10n, flow, submitter, submission } = view;
  const intent = submission.intent();
  const locked = intent === 'same';
  const declarationProblem = view.problemText(flow.declarationProblem);
  return page({
    l10n,
    level: view.level,
    title: l10n.t('form.step.review'),
    summary: problemSummary(l10n, flow.declarationProblem ? [[declarationProblem, 'declaration']] : [], []),
    panel: submitPanel(
      l10n,
      view.level,
      {
        kind: flow.submitKind ?? (submitter.inFlight && !submitter.sending ? 'unknown' : undefined),
        message: flow.submitError === undefined ? undefined : view.errorMessage(flow.submitError),
        unmapped: flow.unmapped,
        intent,
        sentAt: submitter.inFlight?.sentAt,
        waiting: submitter.waiting,
        confirming: flow.confirming,
      },
      { edit: () => submission.ask('edit'), confirm: () => submission.confirmNew(), cancel: () => submission.ask(undefined) },
    ),
    content: reviewContent({
      ...view,
      locked,
      change: (target, focusId) => flow.change(target, focusId),
      declared: flow.declared,
      declarationProblem,
      setDeclared: (declared) => submission.setDeclared(declared),
    }),
    primary: submitButton(l10n, submitter, !!flow.submitKind, () => void submission.submit()),
    back: locked ? undefined : view.back,
  });
}
