/**
 * From what a citizen typed to what the index looks for: words in one spelling (folding,
 * i/y, tone placement: src/i18n/fold.ts), phrases of the shared synonym table turned into
 * groups of alternatives, question words dropped. The rules are in docs/search.md.
 */
import { searchTokens, type SearchToken } from '../../i18n/fold.js';
import { STOP_PHRASES, SYNONYM_GROUPS, type SynonymGroup } from '../../api/search-synonyms.js';

/** One way a concept can appear in a text: a sequence of search keys. */
export interface Alternative {
  keys: readonly string[];
  /** The words the citizen typed (not a synonym of them). */
  literal: boolean;
  /**
   * The accent key to prefer, for a one-word literal typed with marks: `hồ` ranks `hồ` above
   * `hộ`, while `ho` ranks both alike.
   */
  accent?: string;
  /** Also matches the words that begin with the key (the last word, still being typed). */
  prefix?: boolean;
}

/** Something the query asks for: a word, or a synonym group; matched by any alternative. */
export interface Concept {
  alternatives: readonly Alternative[];
  /** A generic action word (làm, xin, cấp…): ranks, but a result needs the other concepts. */
  weak: boolean;
  /** The query's words that made it, as typed (for tests and debugging). */
  text: string;
}

interface Phrase {
  tokens: readonly SearchToken[];
  group?: SynonymGroup;
  /** Index of the phrase in its group. */
  index: number;
}

/** Phrases of the synonym table and the stop list, by their first key, longest first. */
const PHRASES: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const byFirst = new Map<string, Phrase[]>();
  const add = (text: string, group: SynonymGroup | undefined, index: number) => {
    const tokens = searchTokens(text);
    const first = tokens[0];
    if (!first) return;
    const list = byFirst.get(first.key) ?? [];
    list.push(group ? { tokens, group, index } : { tokens, index });
    byFirst.set(first.key, list);
  };
  for (const group of SYNONYM_GROUPS) group.phrases.forEach((phrase, index) => add(phrase, group, index));
  STOP_PHRASES.forEach((phrase, index) => add(phrase, undefined, index));
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
})();

/** The keys of every phrase of every group, compiled once. */
const GROUP_KEYS = new Map<SynonymGroup, string[][]>(
  SYNONYM_GROUPS.map((group) => [group, group.phrases.map((phrase) => searchTokens(phrase).map((token) => token.key))]),
);

/**
 * A phrase matches the query's words at `at` when the keys are equal and every word the
 * citizen typed with marks has the phrase's marks: `so do` and `sổ đỏ` are the land
 * certificate, `sơ đồ` (a map) is not.
 */
function longestPhrase(tokens: readonly SearchToken[], at: number, stops: boolean): Phrase | undefined {
  const candidates = PHRASES.get(tokens[at]!.key);
  if (!candidates) return undefined;
  return candidates.find(
    (phrase) =>
      (stops || phrase.group) &&
      phrase.tokens.length <= tokens.length - at &&
      phrase.tokens.every((word, offset) => {
        const typed = tokens[at + offset]!;
        return typed.key === word.key && (!typed.marked || typed.accent === word.accent);
      }),
  );
}

/** At most this many concepts are matched (the index keeps one bit per concept). */
export const MAX_CONCEPTS = 24;

/**
 * The concepts of a query, in the order typed. Empty for a query with no words. The last
 * word is matched as a prefix too, unless the query ends with a space or punctuation (the
 * citizen has finished it) or it completes a synonym phrase.
 */
export function analyzeQuery(query: string): Concept[] {
  const tokens = searchTokens(query);
  const concepts = conceptsOf(tokens, query, true);
  // A query of question words only ("thủ tục") still searches for them.
  return (concepts.length > 0 ? concepts : conceptsOf(tokens, query, false)).slice(0, MAX_CONCEPTS);
}

function conceptsOf(tokens: readonly SearchToken[], query: string, dropStopWords: boolean): Concept[] {
  const finished = /[^\p{L}\p{M}\p{N}]$/u.test(query);
  const concepts: Concept[] = [];
  for (let at = 0; at < tokens.length; ) {
    const phrase = longestPhrase(tokens, at, dropStopWords);
    const typed = tokens.slice(at, at + (phrase?.tokens.length ?? 1));
    const text = typed.map((token) => token.key).join(' ');
    at += typed.length;
    if (phrase && !phrase.group) continue;
    if (phrase?.group) {
      const keys = GROUP_KEYS.get(phrase.group)!;
      concepts.push({
        alternatives: keys.map((phraseKeys, index) => ({ keys: phraseKeys, literal: index === phrase.index })),
        weak: phrase.group.weak === true,
        text,
      });
      continue;
    }
    const token = typed[0]!;
    const alternative: Alternative = { keys: [token.key], literal: true };
    if (token.marked) alternative.accent = token.accent;
    if (at === tokens.length && !finished) alternative.prefix = true;
    concepts.push({ alternatives: [alternative], weak: false, text });
  }
  return concepts;
}
