/** English catalogue of `<gov-service-stats>`: a pack of its own, loaded only when the element speaks English. */
import type { StatsMessageKey } from './messages.vi.js';

export const en: Record<StatsMessageKey, string> = {
  'stats.title': 'Public service performance',
  'stats.title-agency': 'Public service performance of {agency}',
  'stats.period': 'From {from} to {to}',
  'stats.period-recent': 'Recent figures',
  'stats.loading': 'Loading the figures…',
  'stats.loaded': 'Figures loaded: {rate} resolved on time.',
  'stats.empty': 'No applications were received in this period.',
  'stats.error.title': 'The figures could not be loaded',
  'stats.period-invalid': 'The reporting period is not valid.',

  'stats.received': 'Received',
  'stats.resolved': 'Resolved',
  'stats.inProgress': 'In progress',
  'stats.awaitingSupplement': 'Awaiting documents',
  'stats.overdue': 'Overdue',
  'stats.onTimeRate': 'Resolved on time',
  'stats.onTimeRate-hint': 'of all resolved applications',

  'stats.chart.title': 'How applications were handled',
  'stats.chart.item': 'Item',
  'stats.chart.count': 'Applications',
  'stats.chart.share': 'Share of received',
};
