/**
 * How the search gets the part that draws a procedure's detail (`detail-part.ts`): a chunk of
 * its own, fetched on demand (the all-in-one motcua.js keeps it inline: rollup.config.mjs).
 * `detailLoader` is an object, like the elements' clock, so that a test can make the download
 * fail as it fails offline.
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';
import type * as DetailPart from './detail-part.js';

export const detailLoader = {
  load: (): Promise<typeof DetailPart> => import('./detail-part.js'),
};

/** The part for one element: fetched once, its words and styles added on arrival; a failed download is tried again when asked again. */
export class DetailPartLoader {
  /** The part, once it has arrived. */
  part: typeof DetailPart | undefined;
  #loading: Promise<typeof DetailPart> | undefined;
  readonly #root: () => ShadowRoot;
  readonly #styles: () => readonly CSSResultOrNative[];

  constructor(root: () => ShadowRoot, styles: () => readonly CSSResultOrNative[]) {
    this.#root = root;
    this.#styles = styles;
  }

  load(): Promise<typeof DetailPart> {
    this.#loading ??= detailLoader.load().then(
      (part) => {
        if (!this.part) {
          part.arrived();
          adoptStyles(this.#root(), [...this.#styles(), part.detailStyles]);
          this.part = part;
        }
        return part;
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }
}
