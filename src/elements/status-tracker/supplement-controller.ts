/**
 * The applicant's answer to a supplement request (status 5): one file per
 * requested document, uploaded, then sent as one supplement.
 *
 * One user intent = one Idempotency-Key. The key is made on the first press of
 * "send" and reused by every retry of the same files and note, so a double
 * click, a retry after a lost answer or the client's own network retries can
 * never create a second supplement. Changing a file or the note is a new intent
 * and gets a new key. Files already uploaded are not uploaded again on retry.
 */
import type { ReactiveControllerHost } from 'lit';
import { newIdempotencyKey } from '../../api/transport.js';
import type { Attachment, SupplementReceipt } from '../../api/schemas.js';
import type { SupplementBody } from './access.js';

export type UploadStatus = 'chosen' | 'uploading' | 'uploaded' | 'failed';

export interface ChosenFile {
  readonly file: File;
  status: UploadStatus;
  attachmentId?: string;
  error?: unknown;
}

export type SupplementPhase = 'editing' | 'sending' | 'failed' | 'sent';

export interface SupplementRequestDocument {
  code: string;
  name: string;
}

export interface SupplementTransport {
  upload(file: File, documentCode: string): Promise<Attachment>;
  send(body: SupplementBody, idempotencyKey: string): Promise<SupplementReceipt>;
}

/**
 * The supplement being prepared and sent. Not registered with the host: it has no
 * lifecycle to follow (nothing runs in the background), it only asks for re-renders.
 */
export class SupplementController {
  phase!: SupplementPhase;
  /** documentCode → the file chosen for it. */
  files!: Map<string, ChosenFile>;
  /** Codes of requested documents still without a file after a send attempt. */
  missing!: string[];
  note!: string;
  error: unknown;
  receipt: SupplementReceipt | undefined;
  #intentKey: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    this.clear();
  }

  /** Starts afresh: a dossier was just looked up or set (a background refresh keeps everything). */
  clear(): void {
    this.phase = 'editing';
    this.files = new Map();
    this.missing = [];
    this.note = '';
    this.error = this.receipt = this.#intentKey = undefined;
  }

  get sending(): boolean {
    return this.phase === 'sending';
  }

  choose(documentCode: string, file: File | undefined): void {
    if (this.sending) return;
    if (file) this.files.set(documentCode, { file, status: 'chosen' });
    else this.files.delete(documentCode);
    this.missing = this.missing.filter((code) => code !== documentCode);
    this.#newIntent();
  }

  setNote(note: string): void {
    if (this.sending || note === this.note) return;
    this.note = note;
    this.#newIntent();
  }

  /**
   * Uploads what is not uploaded yet, then sends the supplement. Returns false
   * without doing anything while a send is in progress (double click) or when a
   * requested document has no file (then `missing` says which).
   */
  async send(documents: readonly SupplementRequestDocument[], transport: SupplementTransport): Promise<boolean> {
    if (this.sending) return false;
    this.missing = documents.filter((document) => !this.files.has(document.code)).map((document) => document.code);
    if (this.missing.length > 0) {
      this.host.requestUpdate();
      return false;
    }
    this.phase = 'sending';
    this.error = undefined;
    const key = (this.#intentKey ??= newIdempotencyKey());
    this.host.requestUpdate();
    try {
      const attachments: SupplementBody['attachments'] = [];
      for (const document of documents) {
        const chosen = this.files.get(document.code)!;
        if (chosen.attachmentId === undefined) {
          chosen.status = 'uploading';
          chosen.error = undefined;
          this.host.requestUpdate();
          try {
            chosen.attachmentId = (await transport.upload(chosen.file, document.code)).id;
            chosen.status = 'uploaded';
          } catch (error) {
            chosen.status = 'failed';
            chosen.error = error;
            throw error;
          }
        }
        attachments.push({ documentCode: document.code, attachmentId: chosen.attachmentId });
      }
      const note = this.note.trim();
      this.receipt = await transport.send(note ? { note, attachments } : { attachments }, key);
      this.phase = 'sent';
      return true;
    } catch (error) {
      this.phase = 'failed';
      this.error = error;
      return false;
    } finally {
      this.host.requestUpdate();
    }
  }

  #newIntent(): void {
    this.#intentKey = undefined;
    if (this.phase === 'failed') this.phase = 'editing';
    this.error = undefined;
    this.host.requestUpdate();
  }
}
