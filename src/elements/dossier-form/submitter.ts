/**
 * Sending the dossier, so that nothing is lost silently and nothing is created twice.
 *
 * - One Idempotency-Key per body: a key is made for a body, recorded (with a hash of the
 *   body) before the request leaves, and only ever sent again with that same body. While
 *   the outcome of a body is not known (no answer, a timeout, a 5xx, a 429), sending a
 *   different body is the applicant's explicit choice of a new dossier (`forget` first);
 *   the element asks before doing so.
 * - Each outcome is sorted into what the applicant can do next (`SubmitOutcome`). A 2xx
 *   whose receipt breaks the contract is a created dossier whose receipt could not be read,
 *   never "not submitted".
 * - A 429 holds "Nộp lại" for its Retry-After (seconds or an HTTP date, read by the
 *   transport), at most `RETRY_AFTER_MAX_S`, with a whole-second countdown.
 */
import type { ReactiveControllerHost } from 'lit';
import { isApiError } from '../../api/errors.js';
import type { DossierReceipt, DossierSubmission } from '../../api/schemas.js';
import { newIdempotencyKey } from '../../api/transport.js';
import { clock } from '../shared/clock.js';
import { CountdownController } from '../shared/countdown.js';
import type { InFlight } from './draft-format.js';

/** Seconds to wait after a 429 that says nothing (as the status tracker does). */
export const RETRY_AFTER_DEFAULT_S = 30;
/**
 * The longest wait a 429 can impose: past it "Nộp lại" is offered anyway (the server may
 * answer 429 again). An applicant at a one-stop desk cannot wait an hour in front of a form.
 */
export const RETRY_AFTER_MAX_S = 300;

/** What is known of a dossier the server created but whose receipt could not be read. */
export interface IncompleteReceipt {
  incomplete: true;
  /** The dossier code, when the body had one. */
  code?: string;
}

export type SubmitOutcome =
  | { kind: 'created'; receipt: DossierReceipt }
  | { kind: 'created-unreadable'; receipt: IncompleteReceipt }
  /** The server answered and stored nothing (4xx but 408 and 429). */
  | { kind: 'refused'; error: unknown }
  /** The body may or may not be stored: no answer, a timeout, a 5xx, a 408. */
  | { kind: 'unknown'; error: unknown }
  | { kind: 'rate-limited'; error: unknown; seconds: number };

/** How a body relates to the submission in flight. */
export type Intent = 'new' | 'same' | 'changed';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * A 64-bit FNV-1a hash of the body as sent (UTF-8 of its JSON), in hex. It tells whether a
 * body is the one a key was sent with; it is not a secret and reveals nothing usable of the
 * answers. Synchronous and available on plain-HTTP intranets, unlike SubtleCrypto.
 */
export function hashBody(body: DossierSubmission): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(JSON.stringify(body))) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash.toString(16).padStart(16, '0');
}

/** The dossier code in a receipt that failed validation, when it has a usable one. */
export function salvageCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !Object.hasOwn(body, 'code')) return undefined;
  const code = (body as { code: unknown }).code;
  if (typeof code !== 'string') return undefined;
  const trimmed = code.trim();
  return trimmed.length > 0 && trimmed.length <= 64 ? trimmed : undefined;
}

export function classify(error: unknown): SubmitOutcome {
  if (!isApiError(error)) return { kind: 'unknown', error };
  const status = error.status ?? 0;
  if (error.kind === 'invalid-response' && status >= 200 && status < 300) {
    const code = salvageCode(error.body);
    return { kind: 'created-unreadable', receipt: code === undefined ? { incomplete: true } : { incomplete: true, code } };
  }
  if (error.kind === 'http' && status === 429) {
    const asked = error.retryAfter ?? RETRY_AFTER_DEFAULT_S;
    return { kind: 'rate-limited', error, seconds: Math.min(Math.max(0, Math.ceil(asked)), RETRY_AFTER_MAX_S) };
  }
  if (error.kind === 'http' && status >= 400 && status < 500 && status !== 408) return { kind: 'refused', error };
  return { kind: 'unknown', error };
}

export interface SubmitterOptions {
  /**
   * `POST /dossiers` with `key` as its Idempotency-Key. The later part's (`later.ts`): the
   * endpoint and the receipt's rules load with it, not with the form's first step.
   */
  create: (body: DossierSubmission, key: string) => Promise<DossierReceipt>;
  /** Records the submission in flight (or its end) where a reload will find it. */
  persist: (inFlight: InFlight | undefined) => void;
  /** The wait of a 429 is over. */
  onWaitOver: () => void;
}

export class Submitter {
  /** The submission whose outcome is not known yet, if any. */
  inFlight: InFlight | undefined;
  sending = false;

  readonly #host: ReactiveControllerHost;
  readonly #options: SubmitterOptions;
  /** The wait a 429 imposes before "Nộp lại". */
  readonly #countdown: CountdownController;

  constructor(host: ReactiveControllerHost, options: SubmitterOptions) {
    this.#host = host;
    this.#options = options;
    this.#countdown = new CountdownController(host, () => {
      this.#countdown.cancel();
      options.onWaitOver();
    });
  }

  /** Whole seconds left before a retry after a 429; 0 when not waiting. */
  get waiting(): number {
    return this.#countdown.remaining;
  }

  /** Takes back a submission in flight recorded before a reload (from a draft or the tab's session). */
  resume(inFlight: InFlight | undefined): void {
    this.inFlight = inFlight;
    this.#countdown.cancel();
  }

  intentFor(body: DossierSubmission): Intent {
    if (!this.inFlight) return 'new';
    return this.inFlight.hash === hashBody(body) ? 'same' : 'changed';
  }

  /**
   * The applicant chose to send a different body as a new dossier: the pending one is
   * forgotten, and the next send gets a new key.
   */
  forget(): void {
    this.inFlight = undefined;
    this.#countdown.cancel();
    this.#options.persist(undefined);
    this.#host.requestUpdate();
  }

  /** Sends `body` (the same key as before for the same body, else a new one) and sorts the outcome. */
  async send(body: DossierSubmission): Promise<SubmitOutcome> {
    const hash = hashBody(body);
    if (this.inFlight?.hash !== hash) this.inFlight = { key: newIdempotencyKey(), hash, sentAt: new Date(clock.now()).toISOString() };
    const { key } = this.inFlight;
    // On the device before the request leaves: a reload, a crash or Back after the server
    // stored it but before we heard can then only resend the same key with the same body.
    this.#options.persist(this.inFlight);
    this.sending = true;
    this.#countdown.cancel();
    this.#host.requestUpdate();
    let outcome: SubmitOutcome;
    try {
      outcome = { kind: 'created', receipt: await this.#options.create(body, key) };
    } catch (error) {
      outcome = classify(error);
    } finally {
      this.sending = false;
    }
    if (outcome.kind === 'created' || outcome.kind === 'created-unreadable' || outcome.kind === 'refused') {
      this.inFlight = undefined;
      this.#options.persist(undefined);
    }
    // A wait of 0 s has nothing to count down and nothing to announce.
    if (outcome.kind === 'rate-limited' && outcome.seconds > 0) this.#countdown.start(outcome.seconds);
    this.#host.requestUpdate();
    return outcome;
  }
}
