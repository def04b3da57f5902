import { uploadAttachmentRoute } from '../routes/upload-attachment.js';
import { routeName, routePath } from '../route.js';
import type { Attachment } from '../schemas.js';
import type { ApiTransport, UploadOptions } from '../transport.js';
import * as validators from '../validators.generated.js';

/** Where an uploaded file belongs: the procedure and the required document. */
export interface AttachmentTarget {
  procedureCode: string;
  documentCode: string;
}

/** Sends one file as multipart, reporting progress; not retried (the element offers a retry). */
export async function uploadAttachment(
  client: ApiTransport,
  file: Blob & { name?: string },
  target: AttachmentTarget,
  options: UploadOptions = {},
): Promise<Attachment> {
  const body = new FormData();
  body.append('file', file, file.name ?? 'file');
  body.append('procedureCode', target.procedureCode);
  body.append('documentCode', target.documentCode);
  return client.upload({
    ...options,
    endpoint: routeName(uploadAttachmentRoute),
    path: routePath(uploadAttachmentRoute),
    body,
    validator: validators.Attachment,
  });
}
