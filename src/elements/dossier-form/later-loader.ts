/**
 * How the form gets the part it needs only past its steps (`later.ts`). An object, like the
 * elements' clock, so that a test can make the download fail as it fails offline.
 *
 * The part is a module of its own, reached through this one place. It is bundled with the
 * element for now: split into its own chunk with `import('./later.js')`, the form's entry
 * must stay whole (rollup's `preserveEntrySignatures: 'allow-extension'`) and the all-in-one
 * file must keep the part inline, two build settings that come with the build's own changes
 * (docs/decisions.md, "The form's later part").
 */
import * as later from './later.js';

export const laterLoader = {
  load: (): Promise<typeof later> => Promise.resolve(later),
};
