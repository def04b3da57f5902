/**
 * What the applicant can do with a dossier, loaded on demand (docs/decisions.md, "The
 * tracker's actions part"): answer a supplement request with files (status 5), pay (status 6
 * and any payment request), ask to withdraw (statuses 1, 2, 4, 5, 6), collect the result and
 * download its documents, rate the service once the result is out; with their Vietnamese words and styles. One chunk, fetched when the browser is
 * idle after the lookup form shows, or at once when a dossier that needs it arrives.
 */
import { html, nothing, type CSSResult, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { submitSupplement } from '../../api/endpoints.js';
import type { DossierStatus, StatusCode } from '../../api/schemas.js';
import type { ApiTransport } from '../../api/transport.js';
import type { HeadingOptions } from '../shared/heading.js';
import { fact } from '../shared/server-text.js';
import type { UploadEvent } from '../shared/uploads.js';
import type { VerifiedWrite } from './access.js';
import { fileChooserStyles } from '../shared/file-chooser.js';
import { actionsStyles } from './actions.styles.js';
import type { ActionsPlace } from './dossier-view.js';
import { addWords } from '../../i18n/translator.js';
import { catalog, type TrackerL10n } from './messages.js';
import { actionsVi } from './messages-actions.vi.js';
import { PaymentController, payments, returnedPaymentText } from './payment.js';
import { RatingController } from './rating.js';
import { resultInfo } from './result-view.js';
import { SupplementController } from './supplement-controller.js';
import { announcedProblem, isolateAll, supplementForm } from './supplement-form.js';
import { WithdrawalController } from './withdrawal.js';

/** What the actions part asks of the element. */
export interface ActionsHost {
  readonly element: ReactiveControllerHost;
  readonly l10n: TrackerL10n;
  readonly transport: ApiTransport;
  /** A verified dossier is on show: the applicant's writes are possible. */
  readonly active: boolean;
  /** One of the applicant's writes, with the dossier's code and verifier (`access.ts`). */
  write<T>(send: VerifiedWrite<T>): Promise<T>;
  announce(text: string): void;
  /** Focus after the next render. */
  focus(selector: string): void;
  errorMessage(error: unknown): string;
  /** The element's heading at `depth` below its `heading-level`. */
  heading(depth: number, content: unknown, options?: HeadingOptions): TemplateResult;
  /** Looks the dossier up again and shows it (a failure leaves the dossier on screen). */
  relookup(): Promise<void>;
  /** The office accepted a supplement (`gov-supplement-sent`). */
  supplementSent(status: StatusCode | undefined): void;
  /** The payment request the platform just sent the applicant back from (`?motcua-payment=`), while its dossier is on show. */
  returnedPayment(): string | undefined;
  /** The procedure of the dossier on show: supplement files are filed under it. */
  procedureCode(): string;
  /** Adds styles to the element's own. */
  adoptStyles(...styles: CSSResult[]): void;
}

export class ActionParts {
  readonly supplement: SupplementController;
  readonly payment: PaymentController;
  readonly withdrawal: WithdrawalController;
  readonly rating: RatingController;
  readonly #host: ActionsHost;

  constructor(host: ActionsHost) {
    addWords(catalog, actionsVi);
    host.adoptStyles(actionsStyles, fileChooserStyles);
    this.#host = host;
    this.supplement = new SupplementController(host.element, {
      transport: () => host.transport,
      procedureCode: () => host.procedureCode(),
      onUpload: (event) => this.#uploaded(event),
    });
    this.payment = new PaymentController(host);
    this.withdrawal = new WithdrawalController(host);
    this.rating = new RatingController(host);
  }

  /** A dossier was just looked up or set: every action starts afresh (a refresh keeps them). */
  clear(): void {
    this.supplement.clear();
    this.payment.clear();
    this.withdrawal.clear();
    this.rating.clear();
  }

  /** True while something is being sent: a background refresh would get in the way. */
  get busy(): boolean {
    return this.supplement.sending || this.withdrawal.step === 'sending' || this.rating.phase === 'sending';
  }

  /** What to say after the lookup that follows the payment platform's return, if this is that dossier. */
  paymentReturned(dossier: DossierStatus): string | undefined {
    return returnedPaymentText(this.#host.l10n, dossier, this.#host.returnedPayment());
  }

  render(place: ActionsPlace, dossier: DossierStatus): unknown {
    if (place === 'end') return this.withdrawal.render(dossier);
    const host = this.#host;
    return html`${this.#supplementSent()} ${dossier.status === 5 ? this.#supplementPanel(dossier) : nothing}
    ${resultInfo({ l10n: host.l10n, dossier, heading: host.heading })} ${this.rating.render(dossier)} ${payments(host, this.payment, dossier)}`;
  }

  // ------------------------------------------------------------ supplement

  #supplementPanel(dossier: DossierStatus): TemplateResult {
    const host = this.#host;
    const { l10n } = host;
    const request = dossier.supplementRequest;
    const supplement = this.supplement;
    const date = (key: 'tracker.supplement.requested' | 'tracker.supplement.due', value: string | undefined) => (value ? fact(l10n.t(key), l10n.date(value)) : nothing);
    const body = !request
      ? html`<p>${l10n.t('tracker.supplement.contact')}</p>`
      : html`<dl class="facts compact">
            ${fact(l10n.t('tracker.supplement.reason'), request.reason)} ${date('tracker.supplement.requested', request.requestedAt)}
            ${date('tracker.supplement.due', request.dueDate)}
          </dl>
          ${host.active
            ? supplementForm(
                {
                  l10n,
                  supplement,
                  errorMessage: (error) => host.errorMessage(error),
                  send: (event) => void this.#sendSupplement(event, dossier),
                  failure: supplement.phase === 'failed' ? l10n.isolated('tracker.supplement.failed', { reason: host.errorMessage(supplement.error) }) : undefined,
                },
                request.documents,
              )
            : html`${host.heading(3, l10n.t('tracker.supplement.documents'), { class: 'subsection-title' })}
                <ul class="documents">
                  ${request.documents.map((document) => html`<li>${document.name}</li>`)}
                </ul>
                <p>${l10n.t('tracker.supplement.relookup')}</p>`}`;
    return html`<section class="panel warning action" part="action" aria-labelledby="action-title" aria-busy=${supplement.sending ? 'true' : 'false'}>
      ${host.heading(2, l10n.t('tracker.action.5'), { id: 'action-title', class: 'section-title' })} ${body}
    </section>`;
  }

  /** "Received at 10:32": the time the receipt gives, or no time when there was none to read. */
  #supplementSentText(): string {
    const { l10n } = this.#host;
    const at = this.supplement.receipt?.receivedAt;
    return at ? l10n.t('tracker.supplement.sent', { time: l10n.dateTime(at) }) : l10n.t('tracker.supplement.sent-untimed');
  }

  #supplementSent(): TemplateResult | typeof nothing {
    return this.supplement.phase === 'sent' ? html`<p class="panel success" id="supplement-sent" tabindex="-1">${this.#supplementSentText()}</p>` : nothing;
  }

  async #sendSupplement(event: Event, dossier: DossierStatus): Promise<void> {
    event.preventDefault();
    const host = this.#host;
    const request = dossier.supplementRequest;
    if (!request || !host.active) return;
    const supplement = this.supplement;
    const sent = await supplement.send(request.documents, (body, key) =>
      host.write((code, verifier) => submitSupplement(host.transport, code, { ...body, verifier }, key)),
    );
    if (sent) {
      host.announce(this.#supplementSentText());
      host.supplementSent(supplement.receipt?.status);
      host.focus('#supplement-sent');
      // Show the status the supplement led to; a failure here leaves the refresh to try again.
      await host.relookup();
    } else if (supplement.missing.length > 0) {
      host.focus('#supplement-summary');
    } else if (supplement.phase === 'failed') {
      host.announce(host.l10n.t('tracker.supplement.failed', isolateAll({ reason: host.errorMessage(supplement.error) })));
      host.focus('#supplement-failed');
    }
  }

  /** An upload of the supplement changed: what the applicant would see, read out. */
  #uploaded({ type, item }: UploadEvent): void {
    const host = this.#host;
    if (type === 'failed' || type === 'rejected') {
      host.announce(announcedProblem(host.l10n, item, (error) => host.errorMessage(error)) ?? '');
    } else if (type === 'done' || type === 'cancelled') {
      host.announce(host.l10n.t(`tracker.announce.${type}`, isolateAll({ file: item.name })));
    }
  }
}
