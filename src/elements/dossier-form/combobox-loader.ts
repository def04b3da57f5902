/**
 * How the form gets its address combobox (combobox.ts): a chunk of its own, fetched once a form
 * has an address question. An object, so that a test can make the download fail, as it fails
 * offline: the native select then stays (units.ts).
 */
import type * as Combobox from './combobox.js';

export const comboboxLoader = {
  load: (): Promise<typeof Combobox> => import('./combobox.js'),
};
