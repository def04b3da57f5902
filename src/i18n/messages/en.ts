import type { CommonMessageKey } from './vi.js';

export const en: Record<CommonMessageKey, string> = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.close': 'Close',
  'common.back': 'Back',
  'common.free': 'Free',
  'common.required': 'required',
  'common.optional': 'optional',

  'error.offline': 'You are offline. Check your connection and try again.',
  'error.network': 'We could not reach the service. Please try again.',
  'error.timeout': 'The service is taking too long to answer. Please try again.',
  'error.server': 'The service has a problem. Please try again in a few minutes.',
  'error.invalid-response': 'The service sent data we cannot read. Please try again later or contact the one-stop office.',
  'error.rate-limited': 'Too many attempts. Please wait {seconds} seconds and try again.',
  'error.not-found': 'We could not find what you asked for.',

  'duration.hour.one': '{value} hour',
  'duration.hour.other': '{value} hours',
  'duration.day.one': '{value} day',
  'duration.day.other': '{value} days',
  'duration.working-day.one': '{value} working day',
  'duration.working-day.other': '{value} working days',
  'duration.month.one': '{value} month',
  'duration.month.other': '{value} months',

  'onlineLevel.full': 'Fully online',
  'onlineLevel.partial': 'Partly online',
  'onlineLevel.none': 'Information only',

  'level.central': 'Central',
  'level.province': 'Province',
  'level.commune': 'Commune',

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
