/**
 * The applicant's answer to a supplement request (status 5): one file per requested
 * document, uploaded as soon as it is chosen (the shared `UploadsController`: the same
 * checks, progress, cancel and retry as the form's), then sent as one supplement.
 *
 * One user intent = one Idempotency-Key. The key is made on the first press of
 * "send" and reused by every retry of the same files and note, so a double
 * click, a retry after a lost answer or the client's own network retries can
 * never create a second supplement. Changing a file or the note is a new intent
 * and gets a new key. Files already uploaded are not uploaded again on retry.
 */
import type { ReactiveControllerHost } from 'lit';
import type { SupplementReceipt, SupplementSubmission } from '../../api/schemas.js';
import type { ApiTransport } from '../../api/transport.js';
import { newIdempotencyKey } from '../../api/transport.js';
import { UploadsController, type UploadEvent, type UploadItem } from '../shared/uploads.js';

/** A supplement as the controller sends it; the access adds the verifier. */
export type SupplementBody = Omit<SupplementSubmission, 'verifier'>;

export type SupplementPhase = 'editing' | 'sending' | 'failed' | 'sent';

/**
 * A requested document as the tracker reads it: its own `accept` and `maxBytes` when the
 * request names them (contract 1.1), otherwise the defaults below.
 */
export interface SupplementDocument {
  code: string;
  name: string;
  accept?: readonly string[] | undefined;
  maxBytes?: number | undefined;
}

/** What a supplement accepts when the request does not say: what offices ask scans in. */
export const DEFAULT_SUPPLEMENT_ACCEPT: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];
export const DEFAULT_SUPPLEMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The rules a file for `document` must meet: one file, its own types and size, or the defaults. */
export function supplementRules(document: SupplementDocument): { accept: readonly string[]; maxBytes: number } {
  const accept = document.accept?.filter((entry) => typeof entry === 'string' && entry.trim() !== '');
  const maxBytes = document.maxBytes;
  return {
    accept: accept && accept.length > 0 ? accept : DEFAULT_SUPPLEMENT_ACCEPT,
    maxBytes: typeof maxBytes === 'number' && maxBytes > 0 ? maxBytes : DEFAULT_SUPPLEMENT_MAX_BYTES,
  };
}

export interface SupplementOptions {
  transport(): ApiTransport;
  /** The procedure of the dossier on show: uploads are filed under it. */
  procedureCode(): string;
  /** An upload changed (started, done, failed, refused…): the element announces it. */
  onUpload(event: UploadEvent): void;
}

/**
 * The supplement being prepared and sent. Its uploads follow the host (aborted when it
 * leaves the page, resumed when the network comes back); the rest only asks for re-renders.
 */
export class SupplementController {
  phase!: SupplementPhase;
  /** Codes of requested documents still without an uploaded file after a send attempt. */
  missing!: string[];
  note!: string;
  error: unknown;
  /** The server's receipt; `undefined` after a send it accepted without one. */
  receipt: SupplementReceipt | undefined;
  readonly uploads: UploadsController;
  #intentKey: string | undefined;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost, options: SupplementOptions) {
    this.#host = host;
    this.uploads = new UploadsController(host, {
      transport: options.transport,
      procedureCode: options.procedureCode,
      messagePrefix: 'tracker.upload',
      onEvent: (event) => {
        // Another set of files is another intent; a start changes nothing yet.
        if (event.type !== 'started' && event.type !== 'failed' && event.type !== 'rejected') this.#newIntent();
        if (event.type === 'done') this.missing = this.missing.filter((code) => code !== event.item.documentCode);
        options.onUpload(event);
      },
    });
    this.clear();
  }

  /** Starts afresh: a dossier was just looked up or set (a background refresh keeps everything). */
  clear(): void {
    this.phase = 'editing';
    this.uploads.clear();
    this.missing = [];
    this.note = '';
    this.error = this.receipt = this.#intentKey = undefined;
  }

  get sending(): boolean {
    return this.phase === 'sending';
  }

  /** The file shown for a document: the last one chosen (a new choice replaces it). */
  fileOf(documentCode: string): UploadItem | undefined {
    return this.uploads.items(documentCode).at(-1);
  }

  /** Replaces the document's file with `file` (checked, then uploaded), or removes it. */
  choose(document: SupplementDocument, file: File | undefined): void {
    if (this.sending) return;
    for (const item of this.uploads.items(document.code)) this.uploads.remove(item.key);
    if (file) {
      const { accept, maxBytes } = supplementRules(document);
      this.uploads.add({ documentCode: document.code, name: document.name, required: true, accept: [...accept], maxBytes, maxFiles: 1 }, [file]);
    }
    this.missing = this.missing.filter((code) => code !== document.code);
    this.#newIntent();
  }

  setNote(note: string): void {
    if (this.sending || note === this.note) return;
    this.note = note;
    this.#newIntent();
  }

  /**
   * Waits for uploads under way, then sends the supplement. Returns false without sending
   * while a send is in progress (double click) or when a requested document has no uploaded
   * file (then `missing` says which).
   */
  async send(
    documents: readonly SupplementDocument[],
    send: (body: SupplementBody, idempotencyKey: string) => Promise<SupplementReceipt | undefined>,
  ): Promise<boolean> {
    if (this.sending) return false;
    this.phase = 'sending';
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      await this.uploads.settled();
      const attachments: SupplementBody['attachments'] = [];
      this.missing = [];
      for (const document of documents) {
        const item = this.fileOf(document.code);
        if (item?.status === 'done' && item.attachment) attachments.push({ documentCode: document.code, attachmentId: item.attachment.id });
        else this.missing.push(document.code);
      }
      if (this.missing.length > 0) {
        this.phase = 'editing';
        return false;
      }
      const key = (this.#intentKey ??= newIdempotencyKey());
      const note = this.note.trim();
      this.receipt = await send(note ? { note, attachments } : { attachments }, key);
      this.phase = 'sent';
      return true;
    } catch (error) {
      this.phase = 'failed';
      this.error = error;
      return false;
    } finally {
      this.#host.requestUpdate();
    }
  }

  #newIntent(): void {
    this.#intentKey = undefined;
    if (this.phase === 'failed') {
      this.phase = 'editing';
      this.error = undefined;
    }
    this.#host.requestUpdate();
  }
}
