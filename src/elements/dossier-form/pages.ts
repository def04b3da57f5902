/**
 * Templates of the form's frame: what shows before the form is usable (loading, no online
 * form, offline, an error), the step indicator, and a page (its error summary, heading,
 * content and buttons) with a step's questions in it.
 *
 * A keystroke re-renders the page of a step that may hold 150 questions: each question's
 * template is kept while what it shows is the same (its answer, its problem, the words in use,
 * its lists of units), and so is the summary's (`StepTemplates`), so a keystroke builds and
 * commits again only the question typed in.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import type { Field, FieldError, FormDefinition } from '../../api/schemas.js';
import { errorSummary, type SummaryEntry } from '../shared/error-summary.js';
import { heading } from '../shared/heading.js';
import type { Answers } from './answers.js';
import { controlId, renderField, type FieldContext, type FieldHost } from './fields.js';
import type { FormFlow } from './form-flow.js';
import type { groupView } from './group-view.js';
import { expandRows } from './groups.js';
import type { FormKey, FormL10n } from './messages.js';
import type { FieldProblem } from './validation.js';

/** Loading, no online form (404), offline, an error: a state with its panel. */
export type LoadState = 'loading' | 'ready' | 'error' | 'not-online' | 'offline';

export interface LoadPanel {
  l10n: FormL10n;
  state: Exclude<LoadState, 'ready'>;
  /** Why the form could not be loaded, in words (none when no procedure was given). */
  message: string | undefined;
  /**
   * A definition that cannot be used: its detail for the portal (the duplicate ids), rendered
   * by the later part (`definitionProblems` in `later-notices.ts`), or nothing until it is here.
   */
  invalid: { details: unknown } | undefined;
  retry: () => void;
  /** The element's `heading-level`. */
  level: number;
}

export function loadPanel({ l10n, state, message, invalid, retry, level }: LoadPanel): TemplateResult {
  const retryButton = html`<button type="button" class="button secondary" @click=${retry}>${l10n.t('common.retry')}</button>`;
  const panel = (tone: string, title: FormKey, body: unknown, action: unknown = nothing) => html`<div class="panel ${tone} state">
    ${heading(level, 0, l10n.t(title), { class: 'state-title' })}
    <p>${body}</p>
    ${action}
  </div>`;
  switch (state) {
    case 'loading':
      return html`<div class="loading" aria-busy="true">
        <p>${l10n.t('form.loading')}</p>
        <div class="skeleton"></div>
        <div class="skeleton short"></div>
      </div>`;
    case 'not-online':
      return panel('info', 'form.not-online.title', l10n.t('form.not-online.body'));
    case 'offline':
      return panel('warning', 'form.offline.title', l10n.t('form.offline.body'), retryButton);
    default:
      if (invalid) {
        // The applicant is told the form cannot be filled in; the detail is for the portal.
        return html`<div class="panel error state invalid-definition">
          ${heading(level, 0, l10n.t('form.load-error.title'), { class: 'state-title' })}
          <p>${l10n.t('form.invalid.body')}</p>
          ${invalid.details} ${retryButton}
        </div>`;
      }
      return message === undefined ? panel('error', 'form.load-error.title', l10n.t('form.no-procedure')) : panel('error', 'form.load-error.title', message, retryButton);
  }
}

/** The step indicator: "Bước 2 trong 5" and the list of pages, the current one marked. */
export function stepsIndicator(l10n: FormL10n, flow: FormFlow): TemplateResult {
  const total = flow.pageCount;
  const current = flow.page;
  return html`<div class="steps no-print" part="steps">
    <p class="step-count">${l10n.t('form.step-count', { current: current + 1, total })}</p>
    <ol aria-label=${l10n.t('form.steps.label')}>
      ${Array.from({ length: total }, (_, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return html`<li class=${state} aria-current=${index === current ? 'step' : 'false'}>
          <span class="step-number" aria-hidden="true">${index + 1}</span>
          <span class="step-title">${flow.pageTitle(index, l10n)}</span>
          ${state === 'done' ? html`<span class="visually-hidden">(${l10n.t('form.step.completed')})</span>` : nothing}
        </li>`;
      })}
    </ol>
  </div>`;
}

export interface Page {
  l10n: FormL10n;
  title: string;
  /** The error summary, rendered (see `problemSummary`). */
  summary: unknown;
  content: unknown;
  primary: unknown;
  /** Above the heading: how the last submission ended, on the review. */
  panel?: unknown;
  /** "Quay lại", from the second page on, unless the answers are held. */
  back: (() => void) | undefined;
  /** The element's `heading-level` (2 when not given). */
  level?: number | undefined;
}

/** A page: its problems, its heading (which takes the focus), its content and its buttons. */
export function page(view: Page): TemplateResult {
  return html`<section class="page">
    ${view.summary} ${view.panel ?? nothing}
    ${heading(view.level ?? 2, 0, view.title, { class: 'page-heading', focusable: true })}
    ${view.content}
    <div class="actions no-print" part="actions">
      ${view.primary}
      ${view.back ? html`<button type="button" class="button secondary" @click=${view.back}>${view.l10n.t('common.back')}</button>` : nothing}
    </div>
  </section>`;
}

/** The summary of a page: its problems, each linked to its control, then the server's that no question shows. */
export function problemSummary(l10n: FormL10n, problems: ReadonlyArray<[unknown, string]>, unmapped: readonly FieldError[]): unknown {
  const entries: SummaryEntry[] = problems.map(([text, target]) => ({ text, target }));
  for (const error of unmapped) entries.push({ text: error.message });
  return errorSummary({ id: 'error-summary', title: l10n.t('form.error-summary.title'), level: 2, entries });
}

/**
 * Templates of a step's questions and of its summary, kept while what they show is the same.
 * When the page rendered last time was this same step with the same questions in the same
 * places, an unchanged question is not even handed to Lit again: it gets `noChange`, and Lit
 * leaves its part alone instead of walking its two dozen bindings.
 */
export class StepTemplates {
  #made = new Map<string, MadeQuestion>();
  #rows = new Map<string, unknown>();
  #summary: { deps: readonly unknown[]; template: unknown } | undefined;
  /** What the last render showed: the step and its questions, in order, or nothing (another page). */
  #shown: { index: number; ids: readonly string[] } | undefined;
  #previous: { index: number; ids: readonly string[] } | undefined;

  /** A render begins: what it shows is compared with what the last one showed. */
  beginRender(): void {
    this.#previous = this.#shown;
    this.#shown = undefined;
  }

  /** The step `index` with these questions is being rendered; true when the last render showed the same. */
  showing(index: number, ids: readonly string[]): boolean {
    const previous = this.#previous;
    this.#shown = { index, ids };
    return previous?.index === index && previous.ids.length === ids.length && previous.ids.every((id, at) => id === ids[at]);
  }

  /**
   * The question's template, made again only when what it shows changed (`noChange` when it did
   * not and `unchanged` allows). Runs for every question on every keystroke: it compares without
   * allocating anything.
   */
  question(context: FieldContext, translator: unknown, lists: readonly unknown[] | undefined, unchanged: boolean): unknown {
    const made = this.#made.get(context.field.id);
    if (
      made &&
      made.field === context.field &&
      made.value === context.value &&
      made.id === context.id &&
      made.problemText === context.problemText &&
      made.translator === translator &&
      made.provinces === lists?.[0] &&
      made.communes === lists?.[1]
    ) {
      return unchanged ? noChange : made.template;
    }
    const template = renderField(context);
    this.#made.set(context.field.id, {
      field: context.field,
      value: context.value,
      id: context.id,
      problemText: context.problemText,
      translator,
      provinces: lists?.[0],
      communes: lists?.[1],
      template,
    });
    return template;
  }

  /** The summary's template, made again only when `deps` changed. */
  summary(deps: readonly unknown[], make: () => unknown, unchanged: boolean): unknown {
    const made = this.#summary;
    if (made && made.deps.every((value, index) => value === deps[index])) return unchanged ? noChange : made.template;
    this.#summary = { deps, template: make() };
    return this.#summary.template;
  }

  /** Whether a group shows the rows it showed at the last render (its answer is replaced when a row comes or goes). */
  sameRows(groupId: string, rows: unknown): boolean {
    const same = this.#rows.get(groupId) === rows;
    this.#rows.set(groupId, rows);
    return same;
  }

  /** Forgets every template: another form. */
  clear(): void {
    this.#rows.clear();
    this.#made.clear();
    this.#summary = undefined;
    this.#shown = undefined;
  }
}

/** What a question's template was made from (its problem is in its text). */
interface MadeQuestion {
  field: unknown;
  value: unknown;
  id: string;
  problemText: unknown;
  translator: unknown;
  provinces: unknown;
  communes: unknown;
  template: unknown;
}

export interface StepPage {
  templates: StepTemplates;
  l10n: FormL10n;
  /** The element's `heading-level`. */
  level?: number | undefined;
  form: FormDefinition;
  /** Index of the step. */
  index: number;
  answers: Answers;
  visible: ReadonlySet<string>;
  problems: ReadonlyMap<string, FieldProblem>;
  unmapped: readonly FieldError[];
  problemText: (problem: FieldProblem | undefined) => unknown;
  domId: (fieldId: string) => string;
  host: FieldHost;
  primary: unknown;
  back: (() => void) | undefined;
  /** Repeating groups' template, with the on-demand questions (a form with a group has them). */
  groupView: typeof groupView | undefined;
}

/** A step of the form: its description and its visible questions. */
export function stepPage(view: StepPage): TemplateResult {
  const { l10n, form, index, answers, problems, host, templates } = view;
  const step = form.steps[index]!;
  const fields = step.fields.filter((field) => view.visible.has(field.id));
  const question = (field: Field, unchanged: boolean) => {
    const value = answers.get(field.id);
    const problem = problems.get(field.id);
    const id = view.domId(field.id);
    const problemText = view.problemText(problem);
    // What the question shows, and nothing else: unchanged, it is not rendered again.
    const units = field.kind === 'address' ? host.units.shown(value) : undefined;
    return templates.question({ field, value, id, problem, problemText, host, source: host.source(field, value) }, translator, units, unchanged);
  };
  const translator = l10n.translator;
  const same = templates.showing(index, fields.map((field) => field.id));
  // A key no field id can take: ids are the server's, and any string is one.
  const summary = templates.summary([index, problems, view.unmapped, view.visible, translator], () =>
    problemSummary(
      l10n,
      expandRows(fields, answers).flatMap((field) => {
        const problem = view.visible.has(field.id) ? problems.get(field.id) : undefined;
        return problem ? [[view.problemText(problem), controlId(field, view.domId(field.id), problem.part)] as [unknown, string]] : [];
      }),
      view.unmapped,
    ),
    same,
  );
  return page({
    l10n,
    level: view.level,
    title: step.title,
    summary,
    content: html`${index === 0 && form.description ? html`<p class="description">${form.description}</p>` : nothing}
      ${step.description ? html`<p class="description">${step.description}</p>` : nothing}
      ${fields.map((field) => {
        if (field.kind !== 'group' || !view.groupView) return question(field, same);
        // A row's questions keep their templates while its rows are those rendered last time.
        const rowsSame = same && templates.sameRows(field.id, answers.get(field.id));
        return view.groupView({
          group: field,
          answers,
          id: view.domId(field.id),
          visible: view.visible,
          problemText: view.problemText(problems.get(field.id)),
          host,
          question: (row) => question(row, rowsSame),
        });
      })}`,
    primary: view.primary,
    back: view.back,
  });
}
