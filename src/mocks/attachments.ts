/**
 * Uploaded files, checked the way the form announced (type and size per document) and
 * fingerprinted with SHA-256 so a back end can prove what the applicant sent.
 */
import type { Attachment, AttachmentRequirement } from '../api/schemas.js';

export interface StoredAttachment {
  attachment: Attachment;
  procedureCode: string;
  documentCode: string;
}

/** What a document accepts when no form names it (supplements of generated procedures). */
export const DEFAULT_REQUIREMENT: Pick<AttachmentRequirement, 'accept' | 'maxBytes'> = {
  accept: ['application/pdf', 'image/jpeg', 'image/png'],
  maxBytes: 5 * 1024 * 1024,
};

async function sha256(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export type UploadCheck = 'too-large' | 'unsupported-type' | undefined;

export function checkUpload(file: Blob, requirement: Pick<AttachmentRequirement, 'accept' | 'maxBytes'>): UploadCheck {
  if (file.size > requirement.maxBytes) return 'too-large';
  if (!requirement.accept.includes(file.type)) return 'unsupported-type';
  return undefined;
}

export class AttachmentStore {
  private readonly items = new Map<string, StoredAttachment>();
  private counter = 0;

  get(id: string): StoredAttachment | undefined {
    return this.items.get(id);
  }

  count(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
    this.counter = 0;
  }

  async add(file: File, procedureCode: string, documentCode: string): Promise<Attachment> {
    this.counter += 1;
    const attachment: Attachment = {
      id: `att-${String(this.counter).padStart(6, '0')}`,
      name: file.name || 'tep-dinh-kem',
      size: file.size,
      mediaType: file.type,
      sha256: await sha256(file),
    };
    this.items.set(attachment.id, { attachment, procedureCode, documentCode });
    return attachment;
  }
}
