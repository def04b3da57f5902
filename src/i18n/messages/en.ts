import type { CommonMessageKey } from './vi.js';

export const en: Record<CommonMessageKey, string> = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.back': 'Back',
  'common.optional': 'optional',
  'common.copy-code': 'Copy code',
  'common.copy-code.done': 'Dossier code copied.',
  'common.copy-code.failed': 'The code could not be copied automatically. It is selected: copy it yourself.',

  'error.offline': 'You are offline. Check your connection and try again.',
  'error.network': 'We could not reach the service. Please try again.',
  'error.timeout': 'The service is taking too long to answer. Please try again.',
  'error.server': 'The service has a problem. Please try again in a few minutes.',
  'error.invalid-response': 'The service sent data we cannot read. Please try again later or contact the one-stop office.',
  'error.rate-limited': 'Too many attempts. Please wait {seconds} seconds and try again.',
  'error.not-found': 'We could not find what you asked for.',
};
