/**
 * Drafts: the applicant's work survives a reload, a crash or a closed tab.
 *
 * A draft lives in `localStorage` under a key made of the procedure, the case and the
 * form version, so a draft is never poured into a form it was not written for. It
 * holds only what cannot be recomputed: the answers, the attachments already on the
 * server (id, name, size, type; never file contents) and the idempotency key of a
 * submission in flight. Writes are debounced while the applicant types.
 *
 * Storage can be missing (private modes, sandboxed iframes, a portal's policy) or
 * full; then nothing is written and `status` says why, so the element can tell the
 * applicant that closing the page will lose their work.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answers } from './answers.js';
import type { StoredAttachment } from '../shared/uploads.js';

export interface Draft {
  answers: Answers;
  attachments: Record<string, StoredAttachment[]>;
  idempotencyKey?: string;
  /** ISO date-time of the last save. */
  savedAt: string;
}

export interface DraftScope {
  procedure: string;
  caseId?: string | undefined;
  version: string;
}

/** `ok`: saving · `off`: the host turned drafts off · `unavailable`: no storage · `full`: storage refused the write. */
export type DraftStatus = 'ok' | 'off' | 'unavailable' | 'full';

const PREFIX = 'motcua:dossier-draft:v1:';
const DEFAULT_DELAY_MS = 500;

export function draftKey(scope: DraftScope): string {
  return `${PREFIX}${encodeURIComponent(scope.procedure)}:${encodeURIComponent(scope.caseId ?? '')}:${encodeURIComponent(scope.version)}`;
}

/** Access itself throws in some sandboxes; a missing storage is not an error of ours. */
function openStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<Draft>;
  return (
    typeof draft.answers === 'object' &&
    draft.answers !== null &&
    typeof draft.attachments === 'object' &&
    draft.attachments !== null &&
    typeof draft.savedAt === 'string' &&
    (draft.idempotencyKey === undefined || typeof draft.idempotencyKey === 'string')
  );
}

export class DraftController implements ReactiveController {
  status: DraftStatus = 'ok';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: { scope: DraftScope; snapshot: () => Omit<Draft, 'savedAt'> } | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #enabled: () => boolean;
  readonly #delayMs: number;

  constructor(
    host: ReactiveControllerHost,
    enabled: () => boolean,
    delayMs: number = DEFAULT_DELAY_MS,
  ) {
    this.#host = host;
    this.#enabled = enabled;
    this.#delayMs = delayMs;
    host.addController(this);
  }

  // Whatever was typed in the last half second must not be lost with the element or the page:
  // `pagehide` is the last event a closing tab or a navigation reliably fires.
  readonly #flushOnHide = (): void => this.flush();

  hostConnected(): void {
    addEventListener('pagehide', this.#flushOnHide);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.#flushOnHide);
    this.flush();
  }

  /** The saved draft for this form, or null (also when drafts are off or unreadable). */
  load(scope: DraftScope): Draft | null {
    if (!this.#check()) return null;
    try {
      const text = openStorage()!.getItem(draftKey(scope));
      if (text === null) return null;
      const value: unknown = JSON.parse(text);
      return isDraft(value) ? value : null;
    } catch {
      return null;
    }
  }

  /** Saves soon; a later call replaces an earlier one. `snapshot` is read when saving. */
  schedule(scope: DraftScope, snapshot: () => Omit<Draft, 'savedAt'>): void {
    if (!this.#enabled()) return;
    this.#pending = { scope, snapshot };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delayMs);
  }

  /** Saves now what is scheduled. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) this.#write(pending.scope, pending.snapshot());
  }

  /** Saves at once: used for the idempotency key, which must exist before the request leaves. */
  save(scope: DraftScope, draft: Omit<Draft, 'savedAt'>): void {
    this.#pending = undefined;
    clearTimeout(this.#timer);
    this.#write(scope, draft);
  }

  discard(scope: DraftScope): void {
    this.#pending = undefined;
    clearTimeout(this.#timer);
    if (!this.#enabled()) return;
    try {
      openStorage()?.removeItem(draftKey(scope));
    } catch {
      // Nothing to remove when storage cannot be reached.
    }
  }

  #check(): boolean {
    const before = this.status;
    if (!this.#enabled()) this.status = 'off';
    else if (openStorage() === null) this.status = 'unavailable';
    else if (this.status !== 'full') this.status = 'ok';
    if (before !== this.status) this.#host.requestUpdate();
    return this.status === 'ok' || this.status === 'full';
  }

  #write(scope: DraftScope, draft: Omit<Draft, 'savedAt'>): void {
    if (!this.#check()) return;
    const before = this.status;
    try {
      const value: Draft = { ...draft, savedAt: new Date().toISOString() };
      openStorage()!.setItem(draftKey(scope), JSON.stringify(value));
      this.status = 'ok';
    } catch {
      // QuotaExceededError, or a storage that refuses writes (Safari private mode).
      this.status = 'full';
    }
    if (before !== this.status) this.#host.requestUpdate();
  }
}
