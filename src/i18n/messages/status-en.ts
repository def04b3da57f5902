import type { StatusMessageKey } from './status-vi.js';

export const en: Record<StatusMessageKey, string> = {
  'status.1': 'Submitted',
  'status.2': 'Accepted',
  'status.3': 'Not accepted',
  'status.4': 'Being processed',
  'status.5': 'Additional documents requested',
  'status.6': 'Payment requested',
  'status.7': 'Withdrawn at the applicant’s request',
  'status.8': 'Processing stopped',
  'status.9': 'Decided, ready for collection',
  'status.10': 'Result delivered',
};
