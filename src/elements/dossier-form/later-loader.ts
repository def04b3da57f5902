/**
 * How the form gets the part it needs only past its steps (`later.ts`): a chunk of its own,
 * fetched on demand (the all-in-one motcua.js keeps it inline: rollup.config.mjs). An object,
 * like the elements' clock, so that a test can make the download fail as it fails offline.
 */
import type * as Later from './later.js';

export const laterLoader = {
  load: (): Promise<typeof Later> => import('./later.js'),
};
