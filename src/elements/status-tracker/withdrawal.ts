/**
 * The applicant's request to withdraw the dossier (contract 1.1, status 7): a reason, then a
 * confirmation step that says what withdrawing means, then one `POST /dossiers/{code}/withdrawal`
 * with one Idempotency-Key per intent (a double click or a retry after a lost answer cannot ask
 * twice; changing the reason is a new intent). The agency decides: until it does, the tracker
 * shows the request as a request ("Đã gửi yêu cầu rút hồ sơ"), never as a withdrawn dossier.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { requestWithdrawal } from '../../api/endpoints.js';
import { isApiError } from '../../api/errors.js';
import type { DossierStatus, WithdrawalReceipt } from '../../api/schemas.js';
import { errorSummary } from '../shared/error-summary.js';
import { describedBy, labelled } from '../shared/field.js';
import { fact } from '../shared/server-text.js';
import { SentOnce } from './sent-once.js';
import { WITHDRAWABLE } from './actions-part.js';

export type WithdrawalStep = 'closed' | 'reason' | 'confirm' | 'sending' | 'failed' | 'sent';

/** What the contract accepts (`WithdrawalRequest.reason`). */
const MAX_REASON = 1000;

export class WithdrawalController extends SentOnce<WithdrawalReceipt> {
  step: WithdrawalStep = 'closed';
  reason = '';
  /** The reason was left empty at "Continue". */
  missing = false;

  override clear(): void {
    super.clear();
    this.step = 'closed';
    this.reason = '';
    this.missing = false;
  }

  #go(step: WithdrawalStep, focus?: string): void {
    this.step = step;
    this.host.element.requestUpdate();
    if (focus) this.host.focus(focus);
  }

  open = (): void => this.#go('reason', '#withdrawal-title');

  cancel = (): void => {
    this.clear();
    this.#go('closed', '#withdrawal-open');
  };

  setReason(reason: string): void {
    if (reason === this.reason) return;
    this.reason = reason;
    this.newIntent();
  }

  next = (): void => {
    this.missing = this.reason.trim() === '';
    if (this.missing) this.#go('reason', '#withdrawal-summary');
    else this.#go('confirm', '#withdrawal-confirm-title');
  };

  back = (): void => this.#go('reason', '#withdrawal-reason');

  confirm = async (): Promise<void> => {
    const host = this.host;
    if (this.step === 'sending' || !host.active) return;
    const key = this.key;
    const reason = this.reason.trim();
    this.#go('sending');
    try {
      this.receipt = await host.write((code, verifier) => requestWithdrawal(host.transport, code, { verifier, reason }, key));
      this.#go('sent', '#withdrawal-sent');
      host.announce(this.#sentText());
      await host.relookup();
    } catch (error) {
      this.error = error;
      this.#go('failed', '#withdrawal-failed');
      host.announce(host.l10n.t('tracker.withdrawal.failed', { reason: host.errorMessage(error) }));
      // 409: the dossier can no longer be withdrawn (the agency decided meanwhile): show how it stands.
      if (isApiError(error) && error.status === 409) void host.relookup();
    }
  };

  #sentText(): string {
    const { l10n } = this.host;
    return l10n.t('tracker.withdrawal.sent', { time: l10n.dateTime(this.receipt?.requestedAt ?? new Date()) });
  }

  render(dossier: DossierStatus): TemplateResult | typeof nothing {
    const host = this.host;
    const { l10n } = host;
    if (this.step === 'sent') return html`<p class="panel success" id="withdrawal-sent" tabindex="-1">${this.#sentText()}</p>`;
    if (!WITHDRAWABLE.includes(dossier.status) || dossier.withdrawal || !host.active) return nothing;
    if (this.step === 'closed') {
      return html`<p class="withdrawal-open">
        <button class="button secondary" id="withdrawal-open" type="button" @click=${this.open}>${l10n.t('tracker.withdrawal.open')}</button>
      </p>`;
    }
    const confirming = this.step !== 'reason';
    return html`<section class="panel info withdrawal" aria-labelledby="withdrawal-title" aria-busy=${this.step === 'sending' ? 'true' : 'false'}>
      ${host.heading(2, l10n.t('tracker.withdrawal.title'), { id: 'withdrawal-title', class: 'section-title', focusable: true })}
      ${confirming ? this.#confirmStep(dossier) : this.#reasonStep()}
    </section>`;
  }

  #reasonStep(): TemplateResult {
    const { l10n } = this.host;
    const error = this.missing ? l10n.t('tracker.withdrawal.reason-missing') : undefined;
    return html`
      <p>${l10n.t('tracker.withdrawal.intro')}</p>
      ${errorSummary({ id: 'withdrawal-summary', title: l10n.t('tracker.errors.title'), level: 5, entries: error ? [{ text: error, target: 'withdrawal-reason' }] : [] })}
      ${labelled({
        id: 'withdrawal-reason',
        label: l10n.t('tracker.withdrawal.reason'),
        error,
        control: html`<textarea
          id="withdrawal-reason"
          rows="3"
          maxlength=${MAX_REASON}
          .value=${this.reason}
          aria-describedby=${describedBy(error && 'withdrawal-reason-error')}
          aria-invalid=${error ? 'true' : 'false'}
          @input=${(event: Event) => this.setReason((event.target as HTMLTextAreaElement).value)}
        ></textarea>`,
      })}
      <div class="button-row">
        <button class="button" type="button" @click=${this.next}>${l10n.t('tracker.withdrawal.continue')}</button>
        <button class="button secondary" type="button" @click=${this.cancel}>${l10n.t('tracker.withdrawal.cancel')}</button>
      </div>
    `;
  }

  #confirmStep(dossier: DossierStatus): TemplateResult {
    const host = this.host;
    const { l10n } = host;
    const sending = this.step === 'sending';
    return html`
      ${host.heading(3, l10n.t('tracker.withdrawal.confirm-title'), { id: 'withdrawal-confirm-title', class: 'subsection-title', focusable: true })}
      <p>${l10n.isolated('tracker.withdrawal.confirm-body', { code: dossier.code })}</p>
      <dl class="facts compact">${fact(l10n.t('tracker.withdrawal.reason'), this.reason.trim())}</dl>
      ${this.step === 'failed'
        ? html`<p class="panel error" id="withdrawal-failed" tabindex="-1">${l10n.isolated('tracker.withdrawal.failed', { reason: host.errorMessage(this.error) })}</p>`
        : nothing}
      <div class="button-row">
        <button class="button" id="withdrawal-confirm" type="button" aria-disabled=${sending ? 'true' : 'false'} @click=${() => void this.confirm()}>
          ${l10n.t(sending ? 'tracker.withdrawal.sending' : this.step === 'failed' ? 'tracker.withdrawal.retry' : 'tracker.withdrawal.confirm')}
        </button>
        <button class="button secondary" type="button" ?disabled=${sending} @click=${this.back}>${l10n.t('tracker.withdrawal.back')}</button>
      </div>
    `;
  }
}
