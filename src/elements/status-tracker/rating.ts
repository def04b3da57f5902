/**
 * The citizen's evaluation once the result is out (contract 1.1; indices 10 and 11 of the
 * evaluation of procedure handling): two questions, convenience of the service and the overall
 * evaluation, each answered with one of the three official levels ("Rất hài lòng", "Hài lòng",
 * "Không hài lòng") as labelled radio buttons in a fieldset, never stars; an optional comment.
 *
 * Sent once. One press is one intent with one Idempotency-Key, and a press while sending does
 * nothing, so a double click sends one rating; a second tab that rates after the first gets the
 * back end's 409 and shows the rating as already sent (after a lookup), and so does a reload
 * (the lookup carries the rating). The back end's computed indices are shown read-only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { rateDossier } from '../../api/endpoints.js';
import { isApiError } from '../../api/errors.js';
import type { DossierStatus, Evaluation, RatingReceipt, SatisfactionLevel } from '../../api/schemas.js';
import { errorSummary } from '../shared/error-summary.js';
import { fact } from '../shared/server-text.js';
import type { ActionsHost } from './actions.js';
import { SentOnce } from './sent-once.js';

export type RatingQuestion = 'convenience' | 'overall';
const QUESTIONS: readonly RatingQuestion[] = ['convenience', 'overall'];
/** The contract's `LEVELS`, best first (not imported: `schemas.ts` brings zod). */
const LEVELS: readonly SatisfactionLevel[] = ['very-satisfied', 'satisfied', 'dissatisfied'];

/** What the contract accepts (`RatingSubmission.comment`). */
const MAX_COMMENT = 2000;

export type RatingPhase = 'editing' | 'sending' | 'failed' | 'sent' | 'already';

export class RatingController extends SentOnce<RatingReceipt> {
  phase: RatingPhase = 'editing';
  readonly answers = new Map<RatingQuestion, SatisfactionLevel>();
  comment = '';
  /** Questions left unanswered at the last press of "send". */
  missing: RatingQuestion[] = [];

  override clear(): void {
    super.clear();
    this.phase = 'editing';
    this.answers.clear();
    this.comment = '';
    this.missing = [];
  }

  #changed(): void {
    this.newIntent();
    if (this.phase === 'failed') this.phase = 'editing';
    this.host.element.requestUpdate();
  }

  choose(question: RatingQuestion, level: SatisfactionLevel): void {
    if (this.phase === 'sending') return;
    this.answers.set(question, level);
    this.missing = this.missing.filter((missing) => missing !== question);
    this.#changed();
  }

  setComment(comment: string): void {
    if (this.phase === 'sending' || comment === this.comment) return;
    this.comment = comment;
    this.#changed();
  }

  send = async (event: Event): Promise<void> => {
    event.preventDefault();
    const host = this.host;
    if (this.phase === 'sending' || this.phase === 'sent' || this.phase === 'already' || !host.active) return;
    const convenience = this.answers.get('convenience');
    const overall = this.answers.get('overall');
    this.missing = QUESTIONS.filter((question) => !this.answers.has(question));
    if (!convenience || !overall) {
      host.element.requestUpdate();
      host.focus('#rating-summary');
      return;
    }
    const key = this.key;
    const comment = this.comment.trim();
    this.phase = 'sending';
    this.error = undefined;
    host.element.requestUpdate();
    try {
      this.receipt = await host.write((code, verifier) =>
        rateDossier(host.transport, code, comment ? { verifier, convenience, overall, comment } : { verifier, convenience, overall }, key),
      );
      this.phase = 'sent';
      host.announce(host.l10n.t('tracker.rating.sent', { time: host.l10n.dateTime(this.receipt.ratedAt) }));
      host.focus('#rating-done');
      void host.relookup();
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        // Rated meanwhile (another tab, another device): it is sent; the lookup shows which answers.
        this.phase = 'already';
        host.announce(host.l10n.t('tracker.rating.already-untimed'));
        host.focus('#rating-done');
        void host.relookup();
      } else {
        this.phase = 'failed';
        this.error = error;
        host.announce(host.l10n.t('tracker.rating.failed', { reason: host.errorMessage(error) }));
        host.focus('#rating-failed');
      }
    } finally {
      host.element.requestUpdate();
    }
  };

  render(dossier: DossierStatus): TemplateResult | typeof nothing {
    const evaluation = dossier.evaluation;
    if (!evaluation) return nothing;
    const host = this.host;
    const { l10n } = host;
    return html`<section class="panel info rating" aria-labelledby="rating-title" aria-busy=${this.phase === 'sending' ? 'true' : 'false'}>
      ${host.heading(2, l10n.t('tracker.rating.title'), { id: 'rating-title', class: 'section-title' })}
      ${this.#body(evaluation)} ${indices(host, evaluation)}
    </section>`;
  }

  #body(evaluation: Evaluation): TemplateResult {
    const host = this.host;
    const { l10n } = host;
    const rating = evaluation.rating;
    if (rating || this.phase === 'sent' || this.phase === 'already') {
      const ratedAt = rating?.ratedAt ?? this.receipt?.ratedAt;
      const said = this.phase === 'sent' ? 'tracker.rating.sent' : 'tracker.rating.already';
      const answers = rating ?? this.receipt;
      return html`<p class="panel success" id="rating-done" tabindex="-1">
          ${ratedAt ? l10n.t(said, { time: l10n.dateTime(ratedAt) }) : l10n.t('tracker.rating.already-untimed')}
        </p>
        ${answers
          ? html`<dl class="facts compact">
              ${QUESTIONS.map((question) => fact(l10n.t(`tracker.rating.${question}`), l10n.t(`tracker.rating.level.${answers[question]}`)))}
              ${rating?.comment ? fact(l10n.t('tracker.rating.your-comment'), rating.comment) : nothing}
            </dl>`
          : nothing}`;
    }
    if (!evaluation.ratingOpen) return html`<p>${l10n.t('tracker.rating.closed')}</p>`;
    if (!host.active) return html`<p>${l10n.t('tracker.rating.relookup')}</p>`;
    return this.#form();
  }

  #form(): TemplateResult {
    const host = this.host;
    const { l10n } = host;
    const sending = this.phase === 'sending';
    const problem = (question: RatingQuestion) => l10n.t('tracker.rating.missing', { question: l10n.t(`tracker.rating.${question}`) });
    return html`<form class="rating-form" novalidate @submit=${this.send}>
      <p>${l10n.t('tracker.rating.intro')}</p>
      ${errorSummary({
        id: 'rating-summary',
        title: l10n.t('tracker.errors.title'),
        level: 5,
        entries: this.missing.map((question) => ({ text: problem(question), target: `rating-${question}-${LEVELS[0]}` })),
      })}
      ${QUESTIONS.map((question) => this.#question(question, this.missing.includes(question) ? problem(question) : undefined, sending))}
      <div class="field">
        <label for="rating-comment">${l10n.t('tracker.rating.comment')}</label>
        <textarea
          id="rating-comment"
          rows="3"
          maxlength=${MAX_COMMENT}
          .value=${this.comment}
          ?disabled=${sending}
          @input=${(event: Event) => this.setComment((event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      ${this.phase === 'failed'
        ? html`<p class="panel error" id="rating-failed" tabindex="-1">${l10n.isolated('tracker.rating.failed', { reason: host.errorMessage(this.error) })}</p>`
        : nothing}
      <button class="button" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
        ${l10n.t(sending ? 'tracker.rating.sending' : 'tracker.rating.send')}
      </button>
    </form>`;
  }

  /** One question: a fieldset whose legend is the question, three labelled radio buttons. */
  #question(question: RatingQuestion, error: string | undefined, sending: boolean): TemplateResult {
    const { l10n } = this.host;
    const chosen = this.answers.get(question);
    const errorId = `rating-${question}-error`;
    return html`<fieldset class="field rating-question ${error ? 'invalid' : ''}" aria-describedby=${error ? errorId : nothing}>
      <legend>${l10n.t(`tracker.rating.${question}`)}</legend>
      ${error ? html`<p class="error-message" id=${errorId}>${error}</p>` : nothing}
      ${LEVELS.map((level) => {
        const id = `rating-${question}-${level}`;
        return html`<div class="choice">
          <input
            type="radio"
            id=${id}
            name="rating-${question}"
            value=${level}
            .checked=${chosen === level}
            ?disabled=${sending}
            @change=${() => this.choose(question, level)}
          />
          <label for=${id}>${l10n.t(`tracker.rating.level.${level}`)}</label>
        </div>`;
      })}
    </fieldset>`;
  }
}

/** The back end's indices of the evaluation, read-only, when it gives them. */
function indices(host: ActionsHost, evaluation: Evaluation): TemplateResult | typeof nothing {
  if (evaluation.indices.length === 0) return nothing;
  const { l10n } = host;
  return html`<details class="indices">
    <summary>${l10n.t('tracker.rating.indices')}</summary>
    <dl class="facts compact">
      ${evaluation.indices.map((index) => fact(`${index.index}. ${index.name}`, l10n.t('tracker.rating.points', { points: index.points })))}
    </dl>
  </details>`;
}
