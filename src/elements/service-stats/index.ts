import { defineElement } from '../shared/define.js';
import type { Stats } from '../../api/schemas.js';
import { GovServiceStats } from './service-stats.js';

export { GovServiceStats };
export type { StatsState } from './service-stats.js';
export { parsePeriod, type StatsPeriod } from './period.js';

defineElement('gov-service-stats', GovServiceStats);

declare global {
  interface HTMLElementTagNameMap {
    'gov-service-stats': GovServiceStats;
  }
  interface HTMLElementEventMap {
    'gov-stats-loaded': CustomEvent<Stats>;
  }
}
