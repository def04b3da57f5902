/**
 * What the tracker's two requests that are sent once share (the rating and the withdrawal):
 * their host, the answer or the error of the last send, and one Idempotency-Key per intent. A
 * retry after a lost answer or a double click sends the same key, so the back end acts once;
 * a change to what is sent is a new intent with a new key (`newIntent`).
 */
import { newIdempotencyKey } from '../../api/transport.js';
import type { ActionsHost } from './actions.js';

export abstract class SentOnce<Receipt> {
  error: unknown;
  receipt: Receipt | undefined;
  #key: string | undefined;
  protected readonly host: ActionsHost;

  constructor(host: ActionsHost) {
    this.host = host;
  }

  /** The key of the intent being sent: the same one until `newIntent` or `clear`. */
  protected get key(): string {
    return (this.#key ??= newIdempotencyKey());
  }

  protected newIntent(): void {
    this.#key = undefined;
  }

  /** Back to nothing sent (another dossier, or the citizen cancelled). */
  clear(): void {
    this.error = this.receipt = this.#key = undefined;
  }
}
