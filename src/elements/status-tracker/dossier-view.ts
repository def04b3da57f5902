/**
 * Template of a dossier on show: its code (with a copy button), its status in words (never
 * colour alone) and what it means, what the applicant can do and the result (the actions part,
 * loaded on demand), the changes of its appointment with their apology slips, its facts and its timeline, and the time the data was fetched for the sheet.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AppointmentChange, DossierStatus, HistoryEntry, StatusCode } from '../../api/schemas.js';
import { copyCode } from '../shared/copy-code.js';
import type { HeadingOptions } from '../shared/heading.js';
import { fact, isolate, safeUrl } from '../shared/server-text.js';
import type { TrackerKey, TrackerL10n } from './messages.js';

export type TimelineOrder = 'oldest-first' | 'newest-first';

/** Where the actions part shows in the dossier (see `actions.ts`). */
export type ActionsPlace = 'now' | 'end';

export interface DossierView {
  l10n: TrackerL10n;
  dossier: DossierStatus;
  order: TimelineOrder;
  /** When the shown data was fetched; printed on the status sheet. */
  fetchedAt: Date | undefined;
  /** The element's heading at `depth` below its `heading-level`. */
  heading(depth: number, content: unknown, options?: HeadingOptions): TemplateResult;
  /** What the actions part shows at `place` (or its loading or failure notice). */
  actions(place: ActionsPlace): unknown;
  announce(text: string): void;
}

/** Statuses in which the dossier is still open, so a deadline can still be met. */
const OPEN_STATUSES: readonly StatusCode[] = [1, 2, 4, 5, 6];

/** The panel tone of a status card: stopped, the applicant must act, done; `info` for the others. */
const STATUS_TONE: Partial<Record<StatusCode, string>> = { 3: 'error', 5: 'warning', 6: 'warning', 8: 'error', 9: 'success', 10: 'success' };

export function dossierView(view: DossierView): TemplateResult {
  const { l10n, dossier } = view;
  const date = (key: TrackerKey, value: string | undefined) => (value ? fact(l10n.t(key), l10n.date(value)) : nothing);
  // 1.1 gives the appointment with its time; a 1.0 back end only its day.
  const appointment = dossier.appointmentAt
    ? fact(l10n.t('tracker.result.promised'), l10n.dateTime(dossier.appointmentAt))
    : date('tracker.result.promised', dossier.expectedReturnDate);
  return html`
    <article class="result" part="result" aria-labelledby="result-title">
      ${view.heading(1, l10n.isolated('tracker.result.title', { code: dossier.code }), { id: 'result-title', class: 'result-title', focusable: true })}
      ${copyCode({
        code: dossier.code,
        label: l10n.t('tracker.copy'),
        copied: l10n.t('tracker.copied'),
        failed: l10n.t('tracker.copy-failed'),
        announce: view.announce,
      })}
      <p class="procedure">${dossier.procedure.name}</p>
      <section
        class="panel ${STATUS_TONE[dossier.status] ?? 'info'} status status-${dossier.status}"
        part="status"
        aria-labelledby="status-label"
      >
        ${view.heading(2, l10n.t('tracker.result.status'), { id: 'status-label', class: 'status-label' })}
        <p class="status-name">${l10n.t(`status.${dossier.status}`)}</p>
        <p class="status-explain">${l10n.t(`tracker.explain.${dossier.status}`)}</p>
        ${withdrawalFacts(l10n, dossier)} ${badges(l10n, dossier)}
      </section>
      ${view.actions('now')} ${appointmentChanges(view)}
      <dl class="facts">
        ${fact(l10n.t('tracker.result.procedure'), html`<bdi>${dossier.procedure.name}</bdi> (<bdi>${dossier.procedure.code}</bdi>)`)}
        ${fact(l10n.t('tracker.result.applicant'), dossier.applicantName)}
        ${fact(l10n.t('tracker.result.agency'), dossier.agency.name)}
        ${date('tracker.result.submitted', dossier.submittedAt)}
        ${date('tracker.result.accepted', dossier.acceptedAt)}
        ${appointment}
        ${date('tracker.result.completed', dossier.completedAt)}
      </dl>
      ${timeline(view, dossier.history)} ${view.actions('end')}
      <div class="result-footer">
        ${view.fetchedAt ? html`<p class="fetched-at">${l10n.t('tracker.printed-at', { time: l10n.dateTime(view.fetchedAt) })}</p>` : nothing}
        <button class="button secondary" type="button" @click=${() => window.print()}>${l10n.t('tracker.print')}</button>
      </div>
    </article>
  `;
}

/** Status 7: the request the applicant sent, when and why (the agency has not decided yet). */
function withdrawalFacts(l10n: TrackerL10n, { status, withdrawal }: DossierStatus): TemplateResult | typeof nothing {
  if (status !== 7 || !withdrawal) return nothing;
  return html`<dl class="facts compact">
    ${fact(l10n.t('tracker.withdrawal.requested-at'), l10n.dateTime(withdrawal.requestedAt))}
    ${fact(l10n.t('tracker.withdrawal.reason-given'), withdrawal.reason)}
  </dl>`;
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

function timeline(view: DossierView, history: readonly HistoryEntry[]): TemplateResult {
  const { l10n } = view;
  const newestFirst = view.order === 'newest-first';
  const last = history.length - 1;
  // Ten names, looked up once each rather than once per step (histories run to hundreds of steps).
  const names = new Map<StatusCode, string>();
  const nameOf = (status: StatusCode) => {
    let name = names.get(status);
    // Status 7 is the applicant's request: a request until the agency decides (status 8 or back to processing).
    if (name === undefined) names.set(status, (name = l10n.t(status === 7 ? 'tracker.withdrawal.requested' : `status.${status}`)));
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
      ${view.heading(2, l10n.t('tracker.timeline.title'), { id: 'timeline-title', class: 'section-title' })}
      ${history.length === 0
        ? html`<p>${l10n.t('tracker.timeline.empty')}</p>`
        : html`<ol part="timeline" aria-labelledby="timeline-title" ?reversed=${newestFirst}>${steps}</ol>`}
    </section>
  `;
}

/**
 * Every change of the appointment, oldest first: an extension by the agency (with its apology
 * and new-appointment slip, phiếu xin lỗi và hẹn lại ngày trả kết quả) or the time a supplement
 * waited, each with the old and the new appointment and the reason.
 */
function appointmentChanges(view: DossierView): TemplateResult | typeof nothing {
  const { l10n, dossier } = view;
  const changes = dossier.appointmentHistory ?? [];
  if (changes.length === 0) return nothing;
  return html`<section class="appointments" aria-labelledby="appointments-title">
    ${view.heading(2, l10n.t('tracker.appointments.title'), { id: 'appointments-title', class: 'section-title' })}
    <ol class="changes">
      ${changes.map((change) => appointmentChange(l10n, change))}
    </ol>
  </section>`;
}

function appointmentChange(l10n: TrackerL10n, change: AppointmentChange): TemplateResult {
  const slip = change.apologySlip;
  const slipUrl = safeUrl(slip?.url);
  return html`<li class="change ${change.cause}">
    <p>
      <span class="change-cause">${l10n.t(`tracker.appointments.${change.cause}`)}</span>
      <time class="change-at" datetime=${change.at}>${l10n.dateTime(change.at)}</time>
    </p>
    <dl class="facts compact">
      ${fact(l10n.t('tracker.appointments.previous'), html`<del>${l10n.dateTime(change.previous)}</del>`)}
      ${fact(l10n.t('tracker.appointments.next'), l10n.dateTime(change.next))}
      ${change.reason ? fact(l10n.t('tracker.appointments.reason'), change.reason) : nothing}
    </dl>
    ${slip && slipUrl
      ? html`<p><a class="link slip" href=${slipUrl} rel="noopener noreferrer" download>${l10n.isolated('tracker.appointments.slip', { name: slip.name })}</a></p>`
      : nothing}
  </li>`;
}
