/**
 * Drafts: the applicant's work survives a reload, a crash or a closed tab, and does not
 * outlive its welcome on a shared computer.
 *
 * One draft per procedure and case lives in `localStorage`; it records the version of the
 * form it was written for (its questions and documents, not only the version string), so a
 * draft of an older version can be carried over to the new one as a 409 is. It holds only
 * what cannot be recomputed: the answers, the attachments already on the server (id, name,
 * size, type; never file contents) and the idempotency key and body hash of a submission
 * whose outcome is not known. Writes are debounced while the applicant types.
 *
 * Shared computers: a draft expires (the element's `draft-hours`), and opening any form
 * deletes every expired, unreadable or old-format motcua draft on the device, whatever its
 * procedure. `clearAll` deletes every motcua draft.
 *
 * Two tabs: every draft names the element that wrote it. A `storage` event (another tab of
 * the same origin wrote, removed or submitted this form's draft) is reported to the element
 * and holds this element's writes until the applicant chooses, so neither tab overwrites the
 * other silently, and a tab never writes a draft back after another tab submitted it.
 *
 * Storage can be missing (private modes, sandboxed iframes, a portal's policy) or full;
 * then nothing is written and `status` says why, so the element can tell the applicant
 * that closing the page will lose their work.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newIdempotencyKey } from '../../api/transport.js';
import { clock } from '../shared/clock.js';
import { fromStored, isExpired, isInFlight, isStoredDraft, isSubmittedMark, parse, toStored, type Draft, type InFlight, type SubmittedMark } from './draft-format.js';

/** What a save needs: the rest is stamped by the store. */
export type DraftContent = Omit<Draft, 'savedAt' | 'writer'>;

export interface DraftScope {
  procedure: string;
  caseId?: string | undefined;
}

/** `ok`: saving · `off`: the host turned drafts off · `unavailable`: no storage · `full`: storage refused the write. */
export type DraftStatus = 'ok' | 'off' | 'unavailable' | 'full';

/** What another tab did to this form's draft. */
export type OtherTabChange = { kind: 'edited'; draft: Draft } | { kind: 'removed' } | { kind: 'submitted' };

/** Every motcua draft key starts so, whatever the format version. */
const FAMILY = 'motcua:dossier-draft:';
const PREFIX = `${FAMILY}v2:`;
/** Per-tab record of a submission in flight when drafts are off (no personal data). */
const IN_FLIGHT_PREFIX = 'motcua:dossier-inflight:v1:';
/** `payment-return.ts`'s records: "Xóa dữ liệu đã lưu trên máy này" takes them too. */
const PAYMENT_TRIP_PREFIX = 'motcua:dossier-payment:';
/** Writes wait for a pause in typing this long (on the elements' clock, which tests drive). */
const DELAY_MS = 500;

function scopePath(scope: DraftScope): string {
  return `${encodeURIComponent(scope.procedure)}:${encodeURIComponent(scope.caseId ?? '')}`;
}

export function draftKey(scope: DraftScope): string {
  return `${PREFIX}${scopePath(scope)}`;
}

/** Access itself throws in some sandboxes; a missing storage is not an error of ours. */
function openStorage(kind: 'localStorage' | 'sessionStorage' = 'localStorage'): Storage | null {
  try {
    return globalThis[kind] ?? null;
  } catch {
    return null;
  }
}

/** Keys of `storage` that start with `prefix`, read before any is removed. */
function keysOf(storage: Storage, prefix: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

// ------------------------------------------------------------------ submission in flight, drafts off

/**
 * With drafts off, the one thing kept (in `sessionStorage`: this tab only, gone with it) is
 * the key and body hash of a submission whose outcome is unknown, so a reload or Back and
 * Forward in the middle of a submission can never make a second dossier. No personal data.
 */
export const inFlightSession = {
  read(scope: DraftScope): InFlight | undefined {
    const value = parse(readSafely(openStorage('sessionStorage'), `${IN_FLIGHT_PREFIX}${scopePath(scope)}`));
    // Only the three fields: whatever else another version stored there stays behind.
    return isInFlight(value) ? { key: value.key, hash: value.hash, sentAt: value.sentAt } : undefined;
  },
  write(scope: DraftScope, inFlight: InFlight | undefined): void {
    const storage = openStorage('sessionStorage');
    const key = `${IN_FLIGHT_PREFIX}${scopePath(scope)}`;
    try {
      if (inFlight) storage?.setItem(key, JSON.stringify(inFlight));
      else storage?.removeItem(key);
    } catch {
      // A storage that refuses: the key lives in memory only, as before.
    }
  },
};

function readSafely(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------ the controller

export interface DraftStoreOptions {
  enabled: () => boolean;
  /** How long a draft is kept after its last save, in milliseconds. */
  maxAgeMs: () => number;
  /** Another tab changed the draft of the scope being watched; writes are held meanwhile. */
  onOtherTab: (change: OtherTabChange) => void;
}

export class DraftStore implements ReactiveController {
  status: DraftStatus = 'ok';
  /** This element's name in the drafts it writes. */
  readonly writer = newIdempotencyKey();
  /** True while another tab's change waits for the applicant's choice: nothing is written. */
  held = false;

  #timer: unknown;
  #pending: { scope: DraftScope; content: () => DraftContent } | undefined;
  #watched: DraftScope | undefined;
  /** The stored text of the watched draft as this element last wrote or saw it. */
  #known: string | null = null;

  readonly #host: ReactiveControllerHost;
  readonly #options: DraftStoreOptions;

  constructor(host: ReactiveControllerHost, options: DraftStoreOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  // Whatever was typed in the last half second must not be lost with the element or the page:
  // `pagehide` is the last event a closing tab or a navigation reliably fires.
  readonly #onPageHide = (): void => this.flush();
  // Back in a page restored from the back/forward cache: storage may have changed meanwhile.
  readonly #onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted && this.#watched) this.#compare(readSafely(openStorage(), draftKey(this.#watched)));
  };
  readonly #onStorage = (event: StorageEvent): void => {
    const scope = this.#watched;
    if (!scope || event.storageArea !== openStorage()) return;
    // `key` is null when another tab cleared the whole storage.
    if (event.key === null) this.#compare(null);
    else if (event.key === draftKey(scope)) this.#compare(event.newValue);
  };

  hostConnected(): void {
    addEventListener('pagehide', this.#onPageHide);
    addEventListener('pageshow', this.#onPageShow);
    addEventListener('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.#onPageHide);
    removeEventListener('pageshow', this.#onPageShow);
    removeEventListener('storage', this.#onStorage);
    this.flush();
  }

  /**
   * Opens the drafts for a form: deletes every stale motcua draft on the device (expired,
   * unreadable, of an older format, or a submission mark left behind), starts watching this
   * form's draft for other tabs' changes, and returns it (null when there is none, or drafts
   * are off or unreadable).
   */
  open(scope: DraftScope): Draft | null {
    this.#watched = scope;
    this.held = false;
    this.#known = null;
    if (!this.#check()) return null;
    const storage = openStorage()!;
    const now = clock.now();
    const maxAge = this.#options.maxAgeMs();
    let found: Draft | null = null;
    try {
      for (const key of keysOf(storage, FAMILY)) {
        const text = storage.getItem(key);
        const value = parse(text);
        const usable = key.startsWith(PREFIX) && isStoredDraft(value) && !isExpired(value.savedAt, now, maxAge);
        if (!usable) {
          storage.removeItem(key);
        } else if (key === draftKey(scope)) {
          found = fromStored(value);
          this.#known = text;
        }
      }
    } catch {
      // Storage that fails half-way: what was read stands.
    }
    return found;
  }

  /** Stops reporting other tabs' changes (this form's draft is done with: submitted). */
  unwatch(): void {
    this.#watched = undefined;
  }

  /** Saves soon; a later call replaces an earlier one. `content` is read when saving. */
  schedule(scope: DraftScope, content: () => DraftContent): void {
    if (!this.#options.enabled()) return;
    this.#pending = { scope, content };
    clock.clearTimeout(this.#timer);
    this.#timer = clock.setTimeout(() => this.flush(), DELAY_MS);
  }

  /** Saves now what is scheduled (nothing while held). */
  flush(): void {
    clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending && !this.held) this.#write(pending.scope, pending.content());
  }

  /**
   * Saves at once, and takes the draft back from another tab if it was held: used when the
   * applicant chose this tab's answers, and for the key of a submission, which must be on
   * the device before the request leaves.
   */
  save(scope: DraftScope, content: DraftContent, savedAt?: string): void {
    this.#pending = undefined;
    clock.clearTimeout(this.#timer);
    this.held = false;
    this.#write(scope, content, savedAt);
  }

  /** Removes this form's draft (the applicant starts again). */
  discard(scope: DraftScope): void {
    this.#cancel();
    this.#remove(scope, null);
  }

  /** Removes this form's draft after its dossier was created, telling other tabs so first. */
  markSubmitted(scope: DraftScope): void {
    this.#cancel();
    const mark: SubmittedMark = { v: 2, submittedAt: new Date(clock.now()).toISOString(), writer: this.writer };
    this.#remove(scope, JSON.stringify(mark));
  }

  /**
   * Deletes every motcua draft on this device, of every form, every record of a submission in
   * flight, and every trip to the payment platform (it holds a verifier).
   */
  clearAll(): void {
    this.#cancel();
    for (const [storage, prefix] of [
      [openStorage(), FAMILY],
      [openStorage('sessionStorage'), IN_FLIGHT_PREFIX],
      [openStorage('sessionStorage'), PAYMENT_TRIP_PREFIX],
    ] as const) {
      try {
        if (storage) for (const key of keysOf(storage, prefix)) storage.removeItem(key);
      } catch {
        // Nothing to remove when storage cannot be reached.
      }
    }
    this.#known = null;
    this.held = false;
  }

  #cancel(): void {
    this.#pending = undefined;
    clock.clearTimeout(this.#timer);
    this.held = false;
  }

  #remove(scope: DraftScope, lastWord: string | null): void {
    if (!this.#options.enabled()) return;
    const storage = openStorage();
    try {
      if (lastWord !== null) storage?.setItem(draftKey(scope), lastWord);
      storage?.removeItem(draftKey(scope));
    } catch {
      // Nothing to remove when storage cannot be reached.
    }
    this.#known = null;
  }

  /** Another tab's version of the watched draft (or ours, restored from the cache): report what changed. */
  #compare(text: string | null): void {
    if (!this.#options.enabled() || text === this.#known) return;
    this.#known = text;
    const value = parse(text);
    let change: OtherTabChange;
    if (text === null) change = { kind: 'removed' };
    else if (isSubmittedMark(value)) change = { kind: 'submitted' };
    else if (isStoredDraft(value) && value.writer !== this.writer) change = { kind: 'edited', draft: fromStored(value) };
    else return;
    this.#pending = undefined;
    clock.clearTimeout(this.#timer);
    this.held = true;
    this.#options.onOtherTab(change);
    this.#host.requestUpdate();
  }

  #check(): boolean {
    const before = this.status;
    if (!this.#options.enabled()) this.status = 'off';
    else if (openStorage() === null) this.status = 'unavailable';
    else if (this.status !== 'full') this.status = 'ok';
    if (before !== this.status) this.#host.requestUpdate();
    return this.status === 'ok' || this.status === 'full';
  }

  #write(scope: DraftScope, content: DraftContent, savedAt = new Date(clock.now()).toISOString()): void {
    if (!this.#check()) return;
    const before = this.status;
    try {
      const text = JSON.stringify(toStored({ ...content, savedAt, writer: this.writer }));
      openStorage()!.setItem(draftKey(scope), text);
      if (sameScope(scope, this.#watched)) this.#known = text;
      this.status = 'ok';
    } catch {
      // QuotaExceededError, or a storage that refuses writes (Safari private mode).
      this.status = 'full';
    }
    if (before !== this.status) this.#host.requestUpdate();
  }
}

function sameScope(a: DraftScope, b: DraftScope | undefined): boolean {
  return !!b && draftKey(a) === draftKey(b);
}
