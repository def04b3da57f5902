/**
 * Problems (`FieldProblem`: a message key and its parameters) in words, ready to render.
 *
 * Kept by problem, for the translator they were made in: a keystroke re-renders every
 * question of a long step, summary included, and all problems but the edited one are the
 * same objects as before. Each parameter (the question's label, the server's message) is
 * bidi-isolated from the sentence around it; bounds are in the locale's words.
 */
import { formatDate, formatNumber } from '../../i18n/format.js';
import { isolatedMessage } from '../shared/bidi.js';
import type { Translate } from './fields.js';
import type { FieldProblem } from './validation.js';

export class ProblemTexts {
  #texts = new WeakMap<FieldProblem, unknown>();
  #madeWith: unknown;

  /** `translator` identifies the words in use: a new one (another locale, other overrides) starts afresh. */
  text(problem: FieldProblem | null | undefined, translator: unknown, t: Translate, locale: string): unknown {
    if (!problem) return undefined;
    if (this.#madeWith !== translator) {
      this.#madeWith = translator;
      this.#texts = new WeakMap();
    }
    let text = this.#texts.get(problem);
    if (text === undefined) this.#texts.set(problem, (text = translate(problem, t, locale)));
    return text;
  }
}

function translate(problem: FieldProblem, t: Translate, locale: string): unknown {
  const params = { ...problem.params };
  // Bounds in the locale's words: dates (ISO strings) and numbers, but not lengths.
  if (!problem.key.includes('length')) {
    for (const name of ['min', 'max']) {
      const bound = params[name];
      if (typeof bound === 'string') params[name] = formatDate(bound, locale);
      else if (typeof bound === 'number') params[name] = formatNumber(bound, locale);
    }
  }
  return isolatedMessage(t(problem.key), params);
}
