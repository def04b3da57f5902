/**
 * The mock's procedure search: an inverted index over the words of each procedure's name,
 * code, keywords and description, ranked as docs/search.md says a back end should rank.
 *
 * A query is a list of concepts (./query.ts). Each concept is looked up in the index (one
 * posting list per word; phrases are checked against the procedure's words), so a query
 * costs the length of the lists it touches, not the size of the catalogue. Then:
 *  1. a procedure qualifies when it matches at least half of the query's concepts (weak
 *     action words aside, which need not match; one of them must when the query has
 *     nothing else);
 *  2. the order is: more concepts matched; more action words matched; relevance (each
 *     concept counts for the best field it matched in: code, name, keywords, description;
 *     less for a synonym, a prefix, or other marks than those typed); the query's concepts
 *     next to each other and at the start of the name; popularity; the shorter name;
 *     catalogue order.
 */
import { searchTokens } from '../../i18n/fold.js';
import { analyzeQuery, type Alternative, type Concept } from './query.js';

/** What the index knows about one procedure. */
export interface SearchDocument {
  name: string;
  /** The national code (`1.001193`); its number alone (`001193`) is indexed too. */
  code?: string;
  keywords?: readonly string[];
  description?: string;
  /**
   * Ranks first among otherwise equal results, compared in powers of two (a back end: the
   * dossiers filed last year; the mock: 1 for the well-known procedures).
   */
  popularity?: number;
}

/** The fields, as bit positions in a posting. */
const NAME = 0;
const KEYWORDS = 1;
const DESCRIPTION = 2;
const CODE = 3;
/** How much a concept found in each field counts: code, then name, keywords, description. */
export const FIELD_WEIGHTS: Readonly<Record<'name' | 'keywords' | 'description' | 'code', number>> = {
  name: 30,
  keywords: 20,
  description: 10,
  code: 40,
};
const WEIGHT_BY_FIELD = [FIELD_WEIGHTS.name, FIELD_WEIGHTS.keywords, FIELD_WEIGHTS.description, FIELD_WEIGHTS.code];
/** The best field of each combination of field bits. */
const WEIGHT_BY_MASK = Float64Array.from({ length: 16 }, (_, mask) =>
  Math.max(0, ...WEIGHT_BY_FIELD.filter((_weight, field) => mask & (1 << field))),
);
/** A synonym of the words typed counts for this much of them. */
export const SYNONYM_FACTOR = 0.9;
/** A word that only begins with the last word typed. */
export const PREFIX_FACTOR = 0.9;
/** A word typed with marks, found with other marks (`hồ` in `hộ`). */
export const ACCENT_FACTOR = 0.8;

/** Keywords are separate phrases: a phrase never spans two of them. */
const GAP = -1;
/** Documents are numbered in the low bits of a ranking key (see `#key`). */
const MAX_DOCUMENT_BITS = 19;

interface Postings {
  docs: Int32Array;
  /** Which fields of the document hold the word (one bit per field). */
  fields: Uint8Array;
}

/** One concept as term ids, to find it in a name: its words, and its phrases. */
interface Matcher {
  words: Uint8Array;
  phrases: Int32Array[];
}

export class SearchIndex {
  readonly size: number;
  /** Search key → term id. */
  readonly #terms = new Map<string, number>();
  #postings: Postings[] = [];
  /** Every search key, sorted, with its term id: the words a prefix begins are a range of it. */
  #sortedKeys: string[] = [];
  #sortedIds = new Int32Array(0);
  /** Accent key → the documents that hold the word written exactly so. */
  readonly #accents = new Map<string, Int32Array>();
  /** Each document's term ids, per field (name, keywords with gaps, description). */
  readonly #fieldTerms: Int32Array[][] = [];
  /** Each document's popularity (powers of two) and name length, as they rank. */
  readonly #tieBreak: Float64Array;
  readonly #documentBits: number;

  // Scratch space for one search, reset as it goes (a search touches a few lists, not all).
  readonly #best: Float64Array;
  readonly #bestInName: Uint8Array;
  readonly #relevance: Float64Array;
  readonly #strong: Uint8Array;
  readonly #weak: Uint8Array;
  readonly #inName: Uint32Array;
  readonly #seen: Uint8Array;
  readonly #accented: Uint8Array;

  constructor(documents: readonly SearchDocument[]) {
    const size = documents.length;
    this.#documentBits = Math.max(1, Math.ceil(Math.log2(size + 1)));
    if (this.#documentBits > MAX_DOCUMENT_BITS) throw new RangeError(`SearchIndex holds at most ${2 ** MAX_DOCUMENT_BITS - 1} documents`);
    this.size = size;
    this.#tieBreak = new Float64Array(size);
    this.#best = new Float64Array(size);
    this.#bestInName = new Uint8Array(size);
    this.#relevance = new Float64Array(size);
    this.#strong = new Uint8Array(size);
    this.#weak = new Uint8Array(size);
    this.#inName = new Uint32Array(size);
    this.#seen = new Uint8Array(size);
    this.#accented = new Uint8Array(size);
    this.#build(documents);
  }

  #build(documents: readonly SearchDocument[]): void {
    const docsOf: number[][] = [];
    const fieldsOf: number[][] = [];
    const accents = new Map<string, number[]>();
    const termOf = (key: string): number => {
      let id = this.#terms.get(key);
      if (id === undefined) {
        id = docsOf.length;
        this.#terms.set(key, id);
        docsOf.push([]);
        fieldsOf.push([]);
      }
      return id;
    };
    documents.forEach((document, doc) => {
      const perField: number[][] = [[], [], []];
      const add = (text: string, field: number) => {
        for (const token of searchTokens(text)) {
          const id = termOf(token.key);
          const docs = docsOf[id]!;
          const fields = fieldsOf[id]!;
          if (docs[docs.length - 1] === doc) fields[fields.length - 1]! |= 1 << field;
          else {
            docs.push(doc);
            fields.push(1 << field);
          }
          if (field !== CODE) perField[field]!.push(id);
          if (token.marked) {
            let list = accents.get(token.accent);
            if (!list) accents.set(token.accent, (list = []));
            if (list[list.length - 1] !== doc) list.push(doc);
          }
        }
      };
      add(document.name, NAME);
      for (const keyword of document.keywords ?? []) {
        if (perField[KEYWORDS]!.length > 0) perField[KEYWORDS]!.push(GAP);
        add(keyword, KEYWORDS);
      }
      if (document.description) add(document.description, DESCRIPTION);
      if (document.code) {
        add(document.code, CODE);
        // The number without the kind digit: people copy "001193" from a paper.
        const number = document.code.split('.')[1];
        if (number) add(number, CODE);
      }
      this.#fieldTerms.push(perField.map((ids) => Int32Array.from(ids)));
      const popularity = Math.min(7, Math.floor(Math.log2(1 + Math.max(0, document.popularity ?? 0))));
      this.#tieBreak[doc] = popularity * 256 + (255 - Math.min(255, document.name.length));
    });
    this.#postings = docsOf.map((docs, id) => ({ docs: Int32Array.from(docs), fields: Uint8Array.from(fieldsOf[id]!) }));
    this.#sortedKeys = [...this.#terms.keys()].sort();
    this.#sortedIds = Int32Array.from(this.#sortedKeys, (key) => this.#terms.get(key)!);
    for (const [accent, docs] of accents) this.#accents.set(accent, Int32Array.from(docs));
  }

  /**
   * The documents matching `query`, best first (indices into the documents given to the
   * constructor); `undefined` when the query has no words (then every document matches, in
   * catalogue order, and the caller lists them as they are).
   */
  search(query: string): number[] | undefined {
    const concepts = analyzeQuery(query);
    if (concepts.length === 0) return undefined;
    const candidates: number[] = [];
    const matchers = concepts.map((concept, index) => this.#match(concept, index, candidates));
    const needed = requiredMatches(concepts.filter((concept) => !concept.weak).length);
    const keys: number[] = [];
    for (const doc of candidates) {
      const strong = this.#strong[doc]!;
      const weak = this.#weak[doc]!;
      if (strong >= needed && strong + weak > 0) keys.push(this.#key(doc, matchers));
      this.#relevance[doc] = 0;
      this.#strong[doc] = 0;
      this.#weak[doc] = 0;
      this.#inName[doc] = 0;
      this.#seen[doc] = 0;
    }
    // A numeric sort of the keys is the ranking: no comparator to call 100,000 times.
    const sorted = Float64Array.from(keys).sort();
    const span = 2 ** this.#documentBits;
    const results = new Array<number>(sorted.length);
    for (let i = 0; i < sorted.length; i++) results[i] = span - 1 - (sorted[sorted.length - 1 - i]! % span);
    return results;
  }

  /**
   * The whole ranking of a document as one number (53 bits, exact in a double), greatest
   * first: concepts matched (5 bits), action words (3), relevance in halves (11), proximity
   * (4), popularity in powers of two (3), 255 − name length (8), then the document number
   * reversed, so that among equals the catalogue's order stands.
   */
  #key(doc: number, matchers: readonly Matcher[]): number {
    const relevance = Math.min(2047, Math.round(this.#relevance[doc]! * 2));
    const proximity = this.#inName[doc] === 0 ? 0 : Math.min(15, this.#proximity(doc, matchers));
    const rank = ((this.#strong[doc]! * 8 + Math.min(7, this.#weak[doc]!)) * 2048 + relevance) * 16 + proximity;
    const span = 2 ** this.#documentBits;
    return (rank * 2048 + this.#tieBreak[doc]!) * span + (span - 1 - doc);
  }

  /**
   * Scores one concept into the scratch arrays: each document's best match over the
   * concept's alternatives, added to its relevance once. Returns the concept as term ids.
   */
  #match(concept: Concept, index: number, candidates: number[]): Matcher {
    const touched: number[] = [];
    const best = this.#best;
    const score = (doc: number, weight: number, inName: boolean) => {
      if (best[doc] === 0) touched.push(doc);
      if (weight > best[doc]!) best[doc] = weight;
      if (inName) this.#bestInName[doc] = 1;
    };
    const matcher: Matcher = { words: new Uint8Array(this.#postings.length), phrases: [] };
    for (const alternative of concept.alternatives) {
      if (alternative.keys.length === 1) this.#matchWord(alternative, score, matcher.words);
      else {
        const phrase = this.#matchPhrase(alternative, score);
        if (phrase) matcher.phrases.push(phrase);
      }
    }
    for (const doc of touched) {
      this.#relevance[doc]! += best[doc]!;
      if (concept.weak) this.#weak[doc]!++;
      else this.#strong[doc]!++;
      if (this.#bestInName[doc]) this.#inName[doc]! |= 1 << index;
      if (!this.#seen[doc]) {
        this.#seen[doc] = 1;
        candidates.push(doc);
      }
      best[doc] = 0;
      this.#bestInName[doc] = 0;
    }
    return matcher;
  }

  #matchWord(alternative: Alternative, score: (doc: number, weight: number, inName: boolean) => void, words: Uint8Array): void {
    const key = alternative.keys[0]!;
    const exact = this.#terms.get(key);
    const terms = alternative.prefix ? this.#withPrefix(key) : exact === undefined ? [] : [exact];
    const accented = alternative.accent === undefined ? undefined : this.#accents.get(alternative.accent);
    if (accented) for (const doc of accented) this.#accented[doc] = 1;
    const base = alternative.literal ? 1 : SYNONYM_FACTOR;
    for (const id of terms) {
      words[id] = 1;
      const { docs, fields } = this.#postings[id]!;
      const factor = id === exact ? base : base * PREFIX_FACTOR;
      const checkAccent = alternative.accent !== undefined && id === exact;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        const mask = fields[i]!;
        let weight = WEIGHT_BY_MASK[mask]! * factor;
        if (checkAccent && !this.#accented[doc]) weight *= ACCENT_FACTOR;
        score(doc, weight, (mask & (1 << NAME)) !== 0);
      }
    }
    if (accented) for (const doc of accented) this.#accented[doc] = 0;
  }

  /** Finds a phrase's words in sequence within one field. Returns its term ids (none: a word no document has). */
  #matchPhrase(alternative: Alternative, score: (doc: number, weight: number, inName: boolean) => void): Int32Array | undefined {
    const ids = new Int32Array(alternative.keys.length);
    for (let i = 0; i < ids.length; i++) {
      const id = this.#terms.get(alternative.keys[i]!);
      if (id === undefined) return undefined;
      ids[i] = id;
    }
    // Walk the shortest list; look for the sequence in the document's fields, best field first.
    let rarest = ids[0]!;
    for (const id of ids) if (this.#postings[id]!.docs.length < this.#postings[rarest]!.docs.length) rarest = id;
    const factor = alternative.literal ? 1 : SYNONYM_FACTOR;
    for (const doc of this.#postings[rarest]!.docs) {
      const fields = this.#fieldTerms[doc]!;
      for (const field of [NAME, KEYWORDS, DESCRIPTION]) {
        if (indexOfSequence(fields[field]!, ids) >= 0) {
          score(doc, WEIGHT_BY_FIELD[field]! * factor, field === NAME);
          break;
        }
      }
    }
    return ids;
  }

  /** Term ids of the keys that begin with `prefix` (itself included). */
  #withPrefix(prefix: string): Int32Array {
    const keys = this.#sortedKeys;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keys[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    let end = low;
    while (end < keys.length && keys[end]!.startsWith(prefix)) end++;
    return this.#sortedIds.subarray(low, end);
  }

  /**
   * How well the name reads like the query: one point for each concept found right after the
   * one typed before it, one for a name that begins with the first concept.
   */
  #proximity(doc: number, matchers: readonly Matcher[]): number {
    const name = this.#fieldTerms[doc]![NAME]!;
    const mask = this.#inName[doc]!;
    let points = 0;
    let previousEnd = -2;
    for (let index = 0; index < matchers.length; index++) {
      const found = mask & (1 << index) ? firstMatch(name, matchers[index]!) : -1;
      if (found < 0) {
        previousEnd = -2;
        continue;
      }
      const start = found >> 8;
      if (start === 0 && index === 0) points++;
      if (start === previousEnd + 1) points++;
      previousEnd = start + (found & 0xff) - 1;
    }
    return points;
  }
}

/**
 * How many of the query's (not weak) concepts a result must match: at least half (1 of 1 or
 * 2, 2 of 3 or 4…). A citizen's query often carries a word no procedure name has ("giấy khai
 * sinh cho con"); an empty page would send them away, a ranked list shows the full matches
 * first. Question words never count (they are dropped), action words need not match.
 */
export function requiredMatches(concepts: number): number {
  return Math.ceil(concepts / 2);
}

function indexOfSequence(haystack: Int32Array, needle: Int32Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Where a concept first appears in `name` and its length in words, as `start << 8 | length`
 * (no allocation: this runs for every result); -1 when nowhere.
 */
function firstMatch(name: Int32Array, matcher: Matcher): number {
  let best = -1;
  let length = 0;
  for (let i = 0; i < name.length; i++) {
    if (matcher.words[name[i]!]) {
      best = i;
      length = 1;
      break;
    }
  }
  for (const phrase of matcher.phrases) {
    const start = indexOfSequence(name, phrase);
    if (start >= 0 && (best < 0 || start < best)) {
      best = start;
      length = phrase.length;
    }
  }
  return best < 0 ? -1 : (best << 8) | length;
}
