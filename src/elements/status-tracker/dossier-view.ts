/**
 * Template of a dossier on show: its status in words (never colour alone) and what it means,
 * what the applicant must do (send documents, pay, collect the result), its facts and its
 * timeline, and the time the data was fetched for the printed sheet.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DossierStatus, HistoryEntry, StatusCode } from '../../api/schemas.js';
import { fact, isolate, safeUrl } from '../shared/server-text.js';
import type { TrackerKey, TrackerL10n } from './messages.js';

export type TimelineOrder = 'oldest-first' | 'newest-first';

export interface DossierView {
  l10n: TrackerL10n;
  dossier: DossierStatus;
  order: TimelineOrder;
  /** When the shown data was fetched; printed on the status sheet. */
  fetchedAt: Date | undefined;
  /** The confirmation of a supplement just sent, when there is one. */
  supplementSent: string | undefined;
  /** A supplement is being sent: the action panel is busy. */
  sending: boolean;
  /** The supplement form, or undefined when the dossier was not looked up here (no verifier in memory). */
  supplementForm: (request: NonNullable<DossierStatus['supplementRequest']>) => TemplateResult | undefined;
}

/** Statuses in which the dossier is still open, so a deadline can still be met. */
const OPEN_STATUSES: readonly StatusCode[] = [1, 2, 4, 5, 6];

/** The panel tone of a status card: stopped, the applicant must act, done; `info` for the others. */
const STATUS_TONE: Partial<Record<StatusCode, string>> = { 3: 'error', 5: 'warning', 6: 'warning', 8: 'error', 9: 'success', 10: 'success' };

export function dossierView(view: DossierView): TemplateResult {
  const { l10n, dossier } = view;
  const date = (key: TrackerKey, value: string | undefined) => (value ? fact(l10n.t(key), l10n.date(value)) : nothing);
  return html`
    <article class="result" part="result" aria-labelledby="result-title">
      <h3 id="result-title" tabindex="-1">${l10n.isolated('tracker.result.title', { code: dossier.code })}</h3>
      <p class="procedure">${dossier.procedure.name}</p>
      <section
        class="panel ${STATUS_TONE[dossier.status] ?? 'info'} status status-${dossier.status}"
        part="status"
        aria-labelledby="status-label"
      >
        <h4 id="status-label" class="status-label">${l10n.t('tracker.result.status')}</h4>
        <p class="status-name">${l10n.t(`status.${dossier.status}`)}</p>
        <p class="status-explain">${l10n.t(`tracker.explain.${dossier.status}`)}</p>
        ${badges(l10n, dossier)}
      </section>
      ${view.supplementSent ? html`<p class="panel success" id="supplement-sent" tabindex="-1">${view.supplementSent}</p>` : nothing}
      ${action(view)}
      <dl class="facts">
        ${fact(l10n.t('tracker.result.procedure'), html`<bdi>${dossier.procedure.name}</bdi> (<bdi>${dossier.procedure.code}</bdi>)`)}
        ${fact(l10n.t('tracker.result.applicant'), dossier.applicantName)}
        ${fact(l10n.t('tracker.result.agency'), dossier.agency.name)}
        ${date('tracker.result.submitted', dossier.submittedAt)}
        ${date('tracker.result.accepted', dossier.acceptedAt)}
        ${date('tracker.result.promised', dossier.expectedReturnDate)}
        ${date('tracker.result.completed', dossier.completedAt)}
      </dl>
      ${timeline(l10n, dossier.history, view.order)}
      <div class="result-footer">
        ${view.fetchedAt ? html`<p class="fetched-at">${l10n.t('tracker.printed-at', { time: l10n.dateTime(view.fetchedAt) })}</p>` : nothing}
        <button class="button secondary" type="button" @click=${() => window.print()}>${l10n.t('tracker.print')}</button>
      </div>
    </article>
  `;
}

/** Timeliness in words (never colour alone): early / on time / late, overdue, or within the deadline. */
function badges(l10n: TrackerL10n, { timeliness, overdue, expectedReturnDate, status }: DossierStatus): TemplateResult | typeof nothing {
  const badge = (tone: string, key: TrackerKey) => html`<li class="badge ${tone}">${l10n.t(key)}</li>`;
  const shown = [
    timeliness && badge(timeliness === 'late' ? 'bad' : 'good', `tracker.timeliness.${timeliness}`),
    overdue
      ? timeliness !== 'late' && badge('bad', 'tracker.overdue')
      : !timeliness && expectedReturnDate && OPEN_STATUSES.includes(status) && badge('neutral', 'tracker.timeliness.within'),
  ].filter(Boolean);
  return shown.length > 0 ? html`<ul class="badges" aria-label=${l10n.t('tracker.result.progress')}>${shown}</ul>` : nothing;
}

function timeline(l10n: TrackerL10n, history: readonly HistoryEntry[], order: TimelineOrder): TemplateResult {
  const newestFirst = order === 'newest-first';
  const last = history.length - 1;
  // Ten names, looked up once each rather than once per step (histories run to hundreds of steps).
  const names = new Map<StatusCode, string>();
  const nameOf = (status: StatusCode) => {
    let name = names.get(status);
    if (name === undefined) names.set(status, (name = l10n.t(`status.${status}`)));
    return name;
  };
  // Each step keeps its number in both orders: newest-first uses a reversed list.
  // Histories run to hundreds of steps, so a step is as few nodes and parts as can be: optional
  // parts are hidden spans rather than nested templates; texts are set as `textContent` (no
  // marker comment and text node per value); white space only between the parts, so the step
  // still reads as words; the current step is styled by its aria-current, not a class.
  const steps = history.map((entry, index) => {
    // Two server strings joined by our dash: each isolated, so neither can reorder the other.
    const where = entry.agency && entry.department ? `${isolate(entry.agency)} – ${isolate(entry.department)}` : entry.agency || entry.department;
    return html`<li class="step" aria-current=${index === last ? 'step' : nothing}
      ><time datetime=${entry.at} .textContent=${l10n.dateTime(entry.at)}></time>
      <span class="step-status" .textContent=${nameOf(entry.status)}></span>
      <span class="step-where" ?hidden=${!where} .textContent=${where ?? ''}></span>
      <span class="step-note" ?hidden=${!entry.note} .textContent=${entry.note ?? ''}></span
    ></li>`;
  });
  if (newestFirst) steps.reverse();
  return html`
    <section class="timeline" aria-labelledby="timeline-title">
      <h4 id="timeline-title">${l10n.t('tracker.timeline.title')}</h4>
      ${history.length === 0
        ? html`<p>${l10n.t('tracker.timeline.empty')}</p>`
        : html`<ol part="timeline" aria-labelledby="timeline-title" ?reversed=${newestFirst}>${steps}</ol>`}
    </section>
  `;
}

/** What the applicant must do: send documents (5), pay (6), collect the result (9, 10). */
function action(view: DossierView): TemplateResult | typeof nothing {
  const { dossier, l10n } = view;
  const { status } = dossier;
  const body =
    status === 5 ? supplement(view, dossier.supplementRequest) : status === 6 ? payment(l10n, dossier.payment) : status > 8 ? resultInfo(l10n, dossier.result) : undefined;
  if (!body) return nothing;
  return html`
    <section class="panel ${status > 8 ? 'success' : 'warning'} action" part="action" aria-labelledby="action-title" aria-busy=${view.sending ? 'true' : 'false'}>
      <h4 id="action-title">${l10n.t(`tracker.action.${status as 5 | 6 | 9 | 10}`)}</h4>
      ${body}
    </section>
  `;
}

function supplement(view: DossierView, request: DossierStatus['supplementRequest']): TemplateResult {
  const { l10n } = view;
  if (!request) return html`<p>${l10n.t('tracker.supplement.contact')}</p>`;
  const date = (key: TrackerKey, value: string | undefined) => (value ? fact(l10n.t(key), l10n.date(value)) : nothing);
  return html`
    <dl class="facts compact">
      ${fact(l10n.t('tracker.supplement.reason'), request.reason)} ${date('tracker.supplement.requested', request.requestedAt)}
      ${date('tracker.supplement.due', request.dueDate)}
    </dl>
    ${view.supplementForm(request) ??
    html`<h4>${l10n.t('tracker.supplement.documents')}</h4>
      <ul class="documents">
        ${request.documents.map((document) => html`<li>${document.name}</li>`)}
      </ul>
      <p>${l10n.t('tracker.supplement.relookup')}</p>`}
  `;
}

function payment(l10n: TrackerL10n, payment: DossierStatus['payment']): TemplateResult | undefined {
  if (!payment) return undefined;
  const payUrl = safeUrl(payment.payUrl);
  return html`
    <dl class="facts compact">${fact(l10n.t('tracker.payment.amount'), l10n.money(payment.amount))}</dl>
    ${payment.description ? html`<p>${payment.description}</p>` : nothing}
    ${payUrl ? html`<a class="button pay" href=${payUrl} rel="noopener noreferrer">${l10n.t('tracker.payment.pay')}</a>` : nothing}
    <p class="hint">${l10n.t('tracker.payment.in-person')}</p>
  `;
}

function resultInfo(l10n: TrackerL10n, result: DossierStatus['result']): TemplateResult | undefined {
  if (!result) return undefined;
  const documents = result.documents ?? [];
  return html`
    <p>${result.summary}</p>
    ${result.pickup ? html`<dl class="facts compact">${fact(l10n.t('tracker.result-info.pickup'), result.pickup)}</dl>` : nothing}
    ${documents.length > 0
      ? html`<h5>${l10n.t('tracker.result-info.documents')}</h5>
          <ul class="documents">
            ${documents.map((document) => {
              const url = safeUrl(document.url);
              return html`<li>
                ${url
                  ? html`<a class="link" href=${url} rel="noopener noreferrer">${l10n.isolated('tracker.result-info.download', { name: document.name })}</a>`
                  : document.name}
              </li>`;
            })}
          </ul>`
      : nothing}
  `;
}
