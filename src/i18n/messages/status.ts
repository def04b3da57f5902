import type { Catalog } from '../translator.js';
import { vi } from './status-vi.js';

/** The national dossier status names, `status.1` … `status.10`. */
export const statusCatalog: Catalog = {
  vi,
  en: () => import('./status-en.js').then((module) => module.en),
};
