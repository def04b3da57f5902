/**
 * Problems (`FieldProblem`: a message key and its parameters) in words, ready to render.
 *
 * Kept by problem, for the words they were made in: a keystroke re-renders the page of a long
 * step, summary included, and all problems but the edited one are the same objects as before.
 * Each parameter (the question's label, the server's message) is bidi-isolated from the
 * sentence around it; bounds are in the locale's words.
 */
import type { PluralKey } from '../shared/localize.js';
import type { FormKey, FormL10n } from './messages.js';
import type { FieldProblem } from './validation.js';

export class ProblemTexts {
  #texts = new WeakMap<FieldProblem, unknown>();
  #madeWith: unknown;

  /** A new translator (another locale, other wording) starts afresh. */
  text(problem: FieldProblem | null | undefined, l10n: FormL10n): unknown {
    if (!problem) return undefined;
    if (this.#madeWith !== l10n.translator) {
      this.#madeWith = l10n.translator;
      this.#texts = new WeakMap();
    }
    let text = this.#texts.get(problem);
    if (text === undefined) this.#texts.set(problem, (text = translate(problem, l10n)));
    return text;
  }
}

/**
 * Vietnamese letters beyond Latin-1: a text with one of them is Vietnamese (a label the server
 * sent without a translation), and an English sentence does not quote it.
 */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯạ-ỹẠ-Ỹ]/u;

/** A server text to quote in the locale's sentence, or undefined when it would mix two languages. */
export function quotable(text: string, l10n: FormL10n): string | undefined {
  return l10n.locale === 'vi' || !VIETNAMESE.test(text) ? text : undefined;
}

/**
 * A label quoted inside a sentence starts with a small letter, as Vietnamese and English
 * write a common noun there ("Vui lòng nhập họ, chữ đệm và tên", not "…nhập Họ, chữ đệm và
 * tên": docs/i18n.md, "Terminology"). A label the sentence starts with keeps its capital, and
 * so does one whose second letter is a capital too: an acronym ("CCCD của mẹ") is written as
 * it is. A label that starts with a proper name would lose its capital: form authors write
 * labels as questions or common nouns (docs/elements/dossier-form.md).
 */
export function midSentence(label: string, template: string, locale: string): string {
  // At the start of the sentence, or quoted after a colon ("Vui lòng đánh dấu: Tôi đồng ý"), a
  // label is written as it is.
  const at = template.indexOf('{label}');
  if (at <= 0 || /[:.!?]\s*$/.test(template.slice(0, at))) return label;
  const [first, second] = [...label];
  if (first === undefined || second === undefined) return label;
  const secondIsSmall = second !== second.toLocaleUpperCase(locale) && second === second.toLocaleLowerCase(locale);
  return secondIsSmall ? first.toLocaleLowerCase(locale) + label.slice(first.length) : label;
}

function translate(problem: FieldProblem, l10n: FormL10n): unknown {
  const params = { ...problem.params };
  if (problem.plural) return l10n.plural(problem.key as PluralKey<FormKey>, Number(params['count']), params);
  // Bounds in the locale's words: dates (ISO strings) and numbers, but not lengths.
  if (!problem.key.includes('length')) {
    for (const name of ['min', 'max']) {
      const bound = params[name];
      if (typeof bound === 'string') params[name] = l10n.date(bound);
      else if (typeof bound === 'number') params[name] = l10n.number(bound);
    }
  }
  const label = params['label'];
  if (typeof label === 'string' && quotable(label, l10n) === undefined) {
    // "Enter Họ và tên" would mix two languages: the sentence is said without the label.
    params['label'] = l10n.t('form.error.unnamed');
    const sentence = l10n.t(problem.key as FormKey, params);
    return sentence.charAt(0).toLocaleUpperCase(l10n.locale) + sentence.slice(1);
  }
  if (typeof label === 'string') params['label'] = midSentence(label, l10n.t(problem.key as FormKey), l10n.locale);
  return l10n.isolated(problem.key as FormKey, params);
}
