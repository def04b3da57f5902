/**
 * How the tracker gets its actions part (`actions.ts`: supplement, payment, withdrawal,
 * rating): a chunk of its own, fetched on demand (the all-in-one motcua.js keeps it inline:
 * rollup.config.mjs). An object, like the form's `laterLoader`, so that a test can make the
 * download fail as it fails offline.
 */
import type * as Actions from './actions.js';

export const actionsLoader = {
  load: (): Promise<typeof Actions> => import('./actions.js'),
};
