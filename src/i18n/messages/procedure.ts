import type { Catalog } from '../translator.js';
import { vi } from './procedure-vi.js';

/** Processing-time units, online levels, administrative levels (`formatDuration` needs it). */
export const procedureCatalog: Catalog = {
  vi,
  en: () => import('./procedure-en.js').then((module) => module.en),
};
