/**
 * A draft as it is kept on the device: its shape in memory (`Draft`), in `localStorage`
 * (`StoredDraft`, format 2) and the mark a submitted draft leaves for other tabs, with the
 * checks a stored value must pass before it is believed. Storage is outside our control:
 * another version of the SDK or a person with devtools may have written anything there.
 * The store that reads and writes it is `drafts.ts`.
 */
import type { AnswerValue, Answers } from './answers.js';
import type { FormShape } from './form-shape.js';
import type { VersionChange } from './versions.js';
import type { StoredAttachment } from '../shared/uploads.js';

/** A submission whose outcome is not known: its key, and a hash of the body sent with it. */
export interface InFlight {
  key: string;
  hash: string;
  /** ISO date-time the body was first sent. */
  sentAt: string;
}

export interface Draft {
  /** The form it was written for. */
  form: FormShape;
  answers: Answers;
  /** Uploaded attachments by document code. */
  attachments: ReadonlyMap<string, readonly StoredAttachment[]>;
  inFlight?: InFlight | undefined;
  /** What a newer form version changed, when this draft was carried over to it on load. */
  change?: VersionChange | undefined;
  /**
   * The page the applicant was on, by what survives a new version: a step's id, `#attachments`
   * or `#review` (`pageKey` in `form-flow.ts`). Restoring returns there.
   */
  at?: string | undefined;
  /** ISO date-time of the last save. */
  savedAt: string;
  /** The element that saved it (random, one per element instance). */
  writer: string;
}

export interface StoredDraft {
  v: 2;
  form: FormShape;
  answers: Array<[string, AnswerValue]>;
  attachments: Array<[string, StoredAttachment[]]>;
  inFlight?: InFlight;
  change?: VersionChange;
  at?: string;
  savedAt: string;
  writer: string;
}

/** Written over the draft just before it is removed, so other tabs learn it was submitted. */
export interface SubmittedMark {
  v: 2;
  submittedAt: string;
  writer: string;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPair = (value: unknown): value is [unknown, unknown] => Array.isArray(value) && value.length === 2;

/** A submission in flight as stored, in a draft or alone in the tab's `sessionStorage`. */
export function isInFlight(value: unknown): value is InFlight {
  return isObject(value) && isString(value['key']) && isString(value['hash']) && isString(value['sentAt']);
}

function isAnswerValue(value: unknown): value is AnswerValue {
  return isString(value) || typeof value === 'boolean' || isStrings(value) || isObject(value);
}

function isAttachment(value: unknown): value is StoredAttachment {
  return isObject(value) && isString(value['id']) && isString(value['name']) && typeof value['size'] === 'number' && isString(value['mediaType']);
}

function isShape(value: unknown): value is FormShape {
  return (
    isObject(value) &&
    isString(value['version']) &&
    Array.isArray(value['questions']) &&
    value['questions'].every((entry) => Array.isArray(entry) && entry.length === 3 && entry.every(isString)) &&
    Array.isArray(value['documents']) &&
    value['documents'].every((entry) => isPair(entry) && isString(entry[0]) && isString(entry[1]))
  );
}

/** Storage is outside our control (another version of the SDK, a person with devtools): check everything. */
export function isStoredDraft(value: unknown): value is StoredDraft {
  if (!isObject(value) || value['v'] !== 2 || !isString(value['savedAt']) || !isString(value['writer'])) return false;
  const { form, answers, attachments, inFlight, change, at } = value;
  return (
    isShape(form) &&
    Array.isArray(answers) &&
    answers.every((entry) => isPair(entry) && isString(entry[0]) && isAnswerValue(entry[1])) &&
    Array.isArray(attachments) &&
    attachments.every((entry) => isPair(entry) && isString(entry[0]) && Array.isArray(entry[1]) && entry[1].every(isAttachment)) &&
    (inFlight === undefined || isInFlight(inFlight)) &&
    (change === undefined || (isObject(change) && isStrings(change['removed']) && isStrings(change['added']))) &&
    (at === undefined || isString(at))
  );
}

export function isSubmittedMark(value: unknown): value is SubmittedMark {
  return isObject(value) && value['v'] === 2 && isString(value['submittedAt']);
}

export function parse(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function fromStored(stored: StoredDraft): Draft {
  return {
    form: stored.form,
    answers: new Map(stored.answers),
    attachments: new Map(stored.attachments),
    savedAt: stored.savedAt,
    writer: stored.writer,
    ...occasional(stored),
  };
}

export function toStored(draft: Draft): StoredDraft {
  return {
    v: 2,
    form: draft.form,
    answers: [...draft.answers],
    attachments: [...draft.attachments].map(([code, files]) => [code, [...files]]),
    savedAt: draft.savedAt,
    writer: draft.writer,
    ...occasional(draft),
  };
}

/** The fields a draft has only at times, alike in storage and in memory; absent ones stay out of the stored JSON. */
function occasional({ inFlight, change, at }: Pick<Draft, 'inFlight' | 'change' | 'at'>): Pick<StoredDraft, 'inFlight' | 'change' | 'at'> {
  return { ...(inFlight && { inFlight }), ...(change && { change }), ...(at && { at }) };
}

/** A draft as it is stored: what a story or a test puts on the device to start from one. */
export function storedText(draft: Draft): string {
  return JSON.stringify(toStored(draft));
}

/** A draft dated later than this ahead of the device's clock was not written by this clock: gone. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Whether a draft saved at `savedAt` is past its time at `now` (or dated by another clock). */
export function isExpired(savedAt: string, now: number, maxAgeMs: number): boolean {
  const saved = Date.parse(savedAt);
  return Number.isNaN(saved) || now - saved > maxAgeMs || saved - now > CLOCK_SKEW_MS;
}
