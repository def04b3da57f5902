/**
 * How the element gets the part that shows the figures (`ready.ts`): a chunk of its own,
 * fetched together with the figures (the all-in-one motcua.js keeps it inline:
 * rollup.config.mjs). `readyLoader` is an object, like the elements' clock, so that a test
 * can make the download fail as it fails offline.
 */
import type * as Ready from './ready.js';
import { addWords } from '../../i18n/translator.js';
import { catalog } from './messages.js';

export type ReadyPart = typeof Ready;

export const readyLoader = {
  load: (): Promise<ReadyPart> => import('./ready.js'),
  /** The download under way or done, once for the page (a test that replaces `load` clears it). */
  loading: undefined as Promise<ReadyPart> | undefined,
};

/** The part; its words join the catalogue when it arrives. A failed download is tried again next time. */
export function readyPart(): Promise<ReadyPart> {
  readyLoader.loading ??= readyLoader.load().then(
    (part) => {
      addWords(catalog, part.words);
      return part;
    },
    (error: unknown) => {
      readyLoader.loading = undefined;
      throw error;
    },
  );
  return readyLoader.loading;
}
