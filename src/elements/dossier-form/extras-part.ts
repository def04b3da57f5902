/**
 * The form's on-demand questions (extras.ts) as the element holds them: downloaded once, when
 * a form needs them, their styles joined to the element's; the definition that waits for them
 * is adopted when they arrive, unless another has been asked for meanwhile. Which forms need
 * them (`needsExtras`) is decided here, on the first step, before anything is downloaded.
 */
import type { CSSResult } from 'lit';
import type { FormDefinition } from '../../api/schemas.js';
import { extrasLoader } from './extras-loader.js';
import type * as Extras from './extras.js';

export class ExtrasPart {
  /** The part, once here. */
  part: typeof Extras | undefined;
  #awaiting: FormDefinition | undefined;
  readonly #adoptStyles: (styles: CSSResult) => void;

  constructor(adoptStyles: (styles: CSSResult) => void) {
    this.#adoptStyles = adoptStyles;
  }

  /** Downloads the part for `form`: `ready` runs once it is here, `failed` if it cannot be had. */
  want(form: FormDefinition, ready: () => void, failed: (error: unknown) => void): void {
    this.#awaiting = form;
    this.load().then(
      () => this.#awaiting === form && ready(),
      (error: unknown) => this.#awaiting === form && failed(error),
    );
  }

  /** The part (downloaded now if it is not here yet). */
  async load(): Promise<typeof Extras> {
    if (!this.part) {
      const part = await extrasLoader.load();
      if (!this.part) this.#adoptStyles(part.extrasStyles);
      this.part = part;
    }
    return this.part;
  }

  /** Another definition is asked for: the one waiting is not adopted. */
  forget(): void {
    this.#awaiting = undefined;
  }
}

/** Whether a form needs the applicant's questions: more than citizens, or a representative. */
export function asksApplicant(form: FormDefinition): boolean {
  const types = form.applicantTypes ?? ['citizen'];
  return types.length > 1 || types[0] !== 'citizen' || !!form.acceptsRepresentative;
}

/** Whether a form needs the on-demand questions (extras.ts): the applicant's, a group, a read-only answer. */
export function needsExtras(form: FormDefinition): boolean {
  return asksApplicant(form) || form.steps.some((step) => step.fields.some((field) => field.kind === 'group' || field.prefillReadOnly));
}
