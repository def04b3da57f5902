/**
 * Files an applicant attaches, in the form (documents of a dossier) and in the tracker
 * (documents of a supplement): checks before sending, upload with progress, cancel,
 * remove and retry. One controller per element; items are grouped by the document they
 * belong to (`documentCode`).
 *
 * Files that fail a check never leave the device: a 30 MB photo of a birth
 * certificate on a rural 3G connection costs the applicant real money.
 *
 * An upload cut off because the device went offline is retried by itself when the
 * browser says it is back online (`online` event); meanwhile the item is `failed` with an
 * `offline` error (`waitsForNetwork`), so the element can say so. Uploads give up after
 * 30 s without progress, not after a fixed total (see `ApiTransport.upload`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { uploadAttachment } from '../../api/endpoints.js';
import type { ApiTransport } from '../../api/transport.js';
import { isApiError } from '../../api/errors.js';
import type { Attachment, AttachmentRequirement } from '../../api/schemas.js';
import type { MessageParams } from '../../i18n/translator.js';
import { OnlineController } from './online.js';

export type UploadStatus = 'uploading' | 'done' | 'failed' | 'rejected';

/** Why a file was refused before upload. */
export type RejectionKind = 'wrong-type' | 'too-large' | 'empty' | 'too-many';

/** What a draft keeps of an uploaded file: never its content. */
export interface StoredAttachment {
  id: string;
  name: string;
  size: number;
  mediaType: string;
}

export interface UploadItem {
  /** Local identity, stable while the item lives. */
  readonly key: number;
  readonly documentCode: string;
  readonly name: string;
  readonly size: number;
  status: UploadStatus;
  /** Fraction sent, 0–1. */
  progress: number;
  attachment?: StoredAttachment;
  /** Why the file was refused before upload: the reason, its message key and its parameters. */
  rejection?: { kind: RejectionKind; key: string; params: Record<string, string | number> };
  /** Why the upload failed. */
  error?: unknown;
  /** Whether trying again can help (not for a file the server refused). */
  retryable: boolean;
  file?: File;
  abort?: AbortController;
}

export type UploadEvent =
  | { type: 'started' | 'done' | 'cancelled' | 'removed'; item: UploadItem }
  | { type: 'failed' | 'rejected'; item: UploadItem };

export interface UploadsOptions {
  transport: () => ApiTransport;
  procedureCode: () => string;
  /** Every change the applicant should hear about, and every change a draft must record. */
  onEvent: (event: UploadEvent) => void;
  /**
   * Prefix of the message keys of rejections (`<prefix>.wrong-type`, `.too-large`, `.empty`,
   * `.too-many`), in the element's own catalogue; `form.upload` by default.
   */
  messagePrefix?: string;
}

/** True when the item failed because the device is offline: it is retried when the network is back. */
export function waitsForNetwork(item: UploadItem): boolean {
  return item.status === 'failed' && isApiError(item.error) && item.error.kind === 'offline';
}

/** The element's message keys for what can be wrong with a file. */
export interface UploadMessages<K extends string> {
  rejected: (kind: RejectionKind) => K;
  /** The server refused the file (413, 415): `{file}`, `{reason}` (the server's words). */
  refused: K;
  /** The upload failed: `{file}`, `{reason}`. */
  failed: K;
  /** The device is offline: `{file}`; without it, an offline upload is a failed one. */
  offline?: K;
}

/**
 * What is wrong with a file, as a message key and its parameters (the file name, the server's
 * reason, the size limit in the locale's words), or undefined while all is well. The element
 * says it as it needs: in `<bdi>`s on the page, isolated in plain text for the live region.
 */
export function uploadProblem<K extends string>(
  item: UploadItem,
  messages: UploadMessages<K>,
  describeError: (error: unknown) => string,
  bytes: (bytes: number) => string,
): { key: K; params: MessageParams } | undefined {
  if (item.rejection) {
    const { kind } = item.rejection;
    const params = { ...item.rejection.params };
    if (kind === 'too-large' && typeof params['max'] === 'number') params['max'] = bytes(params['max']);
    return { key: messages.rejected(kind), params };
  }
  if (item.status !== 'failed') return undefined;
  if (messages.offline && waitsForNetwork(item)) return { key: messages.offline, params: { file: item.name } };
  const error = item.error;
  if (isApiError(error) && (error.status === 413 || error.status === 415)) {
    return { key: messages.refused, params: { file: item.name, reason: error.problem?.detail ?? error.problem?.title ?? '' } };
  }
  return { key: messages.failed, params: { file: item.name, reason: describeError(error) } };
}

const EXTENSION_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Short names for the types applicants know: `PDF, JPG, PNG`. */
export function typeLabel(mediaType: string): string {
  for (const [extension, type] of Object.entries(EXTENSION_TYPES)) {
    if (type === mediaType) return extension === 'jpeg' ? 'JPG' : extension.toUpperCase();
  }
  if (mediaType.startsWith('.')) return mediaType.slice(1).toUpperCase();
  return (mediaType.split('/').pop() ?? mediaType).toUpperCase();
}

export function typeLabels(accept: readonly string[]): string {
  return [...new Set(accept.map(typeLabel))].join(', ');
}

/** The media type of a file, from its name when the browser could not tell. */
export function mediaTypeOf(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  return EXTENSION_TYPES[extension] ?? '';
}

/** `accept` entries are media types (`application/pdf`), families (`image/*`) or extensions (`.pdf`). */
export function accepts(file: { name: string; type: string }, accept: readonly string[]): boolean {
  if (accept.length === 0) return true;
  const type = mediaTypeOf(file).toLowerCase();
  const name = file.name.toLowerCase();
  return accept.some((entry) => {
    const wanted = entry.trim().toLowerCase();
    if (wanted.startsWith('.')) return name.endsWith(wanted);
    if (wanted.endsWith('/*')) return type.startsWith(wanted.slice(0, -1));
    return type === wanted;
  });
}

let nextKey = 1;

export class UploadsController implements ReactiveController {
  #list: UploadItem[] = [];

  readonly #host: ReactiveControllerHost;
  readonly #options: UploadsOptions;

  /** Uploads under way, so `settled` can wait for them. */
  readonly #running = new Set<Promise<void>>();

  constructor(host: ReactiveControllerHost, options: UploadsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    new OnlineController(host, () => {
      for (const item of this.#list) if (waitsForNetwork(item)) this.retry(item.key);
    });
  }

  hostDisconnected(): void {
    for (const item of this.#list) item.abort?.abort();
  }

  /** Resolves once no upload is under way (at once when none is). */
  async settled(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running);
  }

  /** Items of one document, in the order they were chosen. */
  items(documentCode: string): readonly UploadItem[] {
    return this.#list.filter((item) => item.documentCode === documentCode);
  }

  get(key: number): UploadItem | undefined {
    return this.#list.find((item) => item.key === key);
  }

  /**
   * Uploaded attachments, by document: what a draft stores and what a submission sends.
   * Without a prototype: document codes come from the server, and `__proto__` or
   * `constructor` are ordinary codes here.
   */
  uploaded(): Record<string, StoredAttachment[]> {
    const result: Record<string, StoredAttachment[]> = Object.create(null);
    for (const item of this.#list) {
      if (item.status === 'done' && item.attachment) (result[item.documentCode] ??= []).push(item.attachment);
    }
    return result;
  }

  /** Puts back the attachments a draft recorded: they are on the server already. */
  restore(stored: Record<string, StoredAttachment[]>, requirements: readonly AttachmentRequirement[]): void {
    this.clear();
    const known = new Set(requirements.map((requirement) => requirement.documentCode));
    for (const [documentCode, attachments] of Object.entries(stored)) {
      if (!known.has(documentCode)) continue;
      for (const attachment of attachments) {
        this.#list.push({
          key: nextKey++,
          documentCode,
          name: attachment.name,
          size: attachment.size,
          status: 'done',
          progress: 1,
          attachment,
          retryable: false,
        });
      }
    }
    this.#host.requestUpdate();
  }

  /** Drops items whose document the (new) form no longer asks for. */
  keepOnly(requirements: readonly AttachmentRequirement[]): void {
    const known = new Set(requirements.map((requirement) => requirement.documentCode));
    for (const item of this.#list) if (!known.has(item.documentCode)) item.abort?.abort();
    this.#list = this.#list.filter((item) => known.has(item.documentCode));
    this.#host.requestUpdate();
  }

  clear(): void {
    for (const item of this.#list) item.abort?.abort();
    this.#list = [];
    this.#host.requestUpdate();
  }

  /** Checks each file, then uploads the acceptable ones. */
  add(requirement: AttachmentRequirement, files: readonly File[]): void {
    const prefix = this.#options.messagePrefix ?? 'form.upload';
    let slots = requirement.maxFiles - this.items(requirement.documentCode).filter((item) => item.status !== 'rejected').length;
    for (const file of files) {
      const item: UploadItem = {
        key: nextKey++,
        documentCode: requirement.documentCode,
        name: file.name,
        size: file.size,
        status: 'uploading',
        progress: 0,
        retryable: false,
      };
      const refuse = (kind: RejectionKind, params: Record<string, string | number> = {}): UploadItem['rejection'] => ({
        kind,
        key: `${prefix}.${kind}`,
        params: { file: file.name, ...params },
      });
      const rejection = !accepts(file, requirement.accept)
        ? refuse('wrong-type', { types: typeLabels(requirement.accept) })
        : file.size > requirement.maxBytes
          ? refuse('too-large', { max: requirement.maxBytes })
          : file.size === 0
            ? refuse('empty')
            : slots <= 0
              ? refuse('too-many', { max: requirement.maxFiles })
              : undefined;
      this.#list.push(item);
      if (rejection) {
        item.status = 'rejected';
        item.rejection = rejection;
        this.#options.onEvent({ type: 'rejected', item });
        continue;
      }
      slots--;
      // Some phones give no type; send the one the name implies, or the server refuses it.
      item.file = file.type ? file : new File([file], file.name, { type: mediaTypeOf(file), lastModified: file.lastModified });
      void this.#upload(item);
    }
    this.#host.requestUpdate();
  }

  retry(key: number): void {
    const item = this.get(key);
    if (!item || item.status !== 'failed' || !item.file) return;
    void this.#upload(item);
  }

  cancel(key: number): void {
    const item = this.get(key);
    if (!item || item.status !== 'uploading') return;
    item.abort?.abort();
  }

  remove(key: number): void {
    const item = this.get(key);
    if (!item) return;
    item.abort?.abort();
    this.#list = this.#list.filter((candidate) => candidate !== item);
    this.#options.onEvent({ type: 'removed', item });
    this.#host.requestUpdate();
  }

  #upload(item: UploadItem): Promise<void> {
    const running = this.#send(item).finally(() => this.#running.delete(running));
    this.#running.add(running);
    return running;
  }

  async #send(item: UploadItem): Promise<void> {
    const abort = new AbortController();
    item.abort = abort;
    item.status = 'uploading';
    item.progress = 0;
    delete item.error;
    this.#options.onEvent({ type: 'started', item });
    this.#host.requestUpdate();
    try {
      const attachment: Attachment = await uploadAttachment(
        this.#options.transport(),
        item.file!,
        { procedureCode: this.#options.procedureCode(), documentCode: item.documentCode },
        {
          signal: abort.signal,
          onProgress: (fraction) => {
            item.progress = fraction;
            this.#host.requestUpdate();
          },
        },
      );
      if (!this.#list.includes(item)) return;
      item.status = 'done';
      item.progress = 1;
      item.attachment = { id: attachment.id, name: attachment.name, size: attachment.size, mediaType: attachment.mediaType };
      delete item.file;
      this.#options.onEvent({ type: 'done', item });
    } catch (error) {
      if (!this.#list.includes(item)) return;
      if (abort.signal.aborted) {
        // Cancelled by the applicant: the file is forgotten, as if never chosen.
        this.#list = this.#list.filter((candidate) => candidate !== item);
        this.#options.onEvent({ type: 'cancelled', item });
      } else {
        item.status = 'failed';
        item.error = error;
        item.retryable = !(isApiError(error) && (error.status === 413 || error.status === 415));
        this.#options.onEvent({ type: 'failed', item });
      }
    } finally {
      delete item.abort;
      this.#host.requestUpdate();
    }
  }
}
