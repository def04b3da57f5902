import type { Catalog } from '../../src/i18n/translator.js';

/** Element catalogues checked for parity; add each element's catalogue here. */
export const catalogs: Array<[string, Catalog]> = [];
