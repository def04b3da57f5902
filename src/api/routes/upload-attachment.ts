import type { Route } from '../route.js';

export const uploadAttachmentRoute = {
  operationId: 'uploadAttachment',
  method: 'POST',
  path: '/attachments',
  idempotency: 'none',
  success: 201,
  request: 'multipart',
  response: 'Attachment',
  public: false,
  tag: 'attachments',
  since: '1.0',
} as const satisfies Route;
