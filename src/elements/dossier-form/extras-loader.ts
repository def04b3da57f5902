/**
 * How the form gets its on-demand questions (extras.ts): a chunk of its own, fetched when a
 * form needs it (the all-in-one motcua.js keeps it inline: rollup.config.mjs). An object, so
 * that a test can make the download fail.
 */
import type * as Extras from './extras.js';

export const extrasLoader = {
  load: (): Promise<typeof Extras> => import('./extras.js'),
};
