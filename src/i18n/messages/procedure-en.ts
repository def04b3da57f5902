import type { ProcedureMessageKey } from './procedure-vi.js';

export const en: Record<ProcedureMessageKey, string> = {
  'common.free': 'Free',
  'common.required': 'required',

  'duration.hour.one': '{value} hour',
  'duration.hour.other': '{value} hours',
  'duration.day.one': '{value} day',
  'duration.day.other': '{value} days',
  'duration.working-day.one': '{value} working day',
  'duration.working-day.other': '{value} working days',
  'duration.month.one': '{value} month',
  'duration.month.other': '{value} months',
  'duration.working-hour.one': '{value} working hour',
  'duration.working-hour.other': '{value} working hours',

  'onlineLevel.full': 'Fully online',
  'onlineLevel.partial': 'Partly online',
  'onlineLevel.none': 'Information only',

  'level.central': 'Ministry level',
  'level.province': 'Province level',
  'level.commune': 'Commune level',
};
