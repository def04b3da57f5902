/**
 * The mock's search index against MiniSearch (issue #20: at least as fast, on the same text).
 *
 * Both index the same 10,000 procedures (./search-corpus.ts) with the same words: MiniSearch
 * gets our tokenizer (folding, i/y), the same fields with the same boosts, prefix search on
 * the last word and OR of the words, as a portal would set it up for this catalogue. Both
 * answer every query a citizen sends while typing the benchmark queries (each prefix of
 * each), ranked; the time is the mean per query over the best of several rounds. The figure
 * of record is the ratio index ÷ MiniSearch (≤ 1 = at least as fast). MiniSearch requiring
 * every word (AND, fewer results, faster) and the scan the mock used before (every record's
 * folded text, per query) are measured too, for the record.
 */
import MiniSearch from 'minisearch';
import { foldedWords, searchTokens } from '../../src/i18n/fold.js';
import { SearchIndex, type SearchDocument } from '../../src/mocks/search/index.js';
import { benchCorpus, typedQueries } from './search-corpus.js';

export interface SearchIndexBench {
  /** Mean time per query, ms (MiniSearch with OR of the words, as the index; and with AND). */
  query: { index: number; minisearch: number; minisearchAnd: number; scan: number };
  /** Building each from the 10,000 documents, ms. */
  build: { index: number; minisearch: number };
  ratio: { query: number; queryAnd: number; build: number; scanQuery: number };
  documents: number;
  queries: number;
}

const ROUNDS = 7;

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * The best of `ROUNDS` rounds (the least disturbed by the machine), per query, for each
 * search. The searches take turns within each round, in a rotating order, so a busy spell of
 * the machine falls on all of them rather than on whichever was being timed then.
 */
function perQuery<K extends string>(queries: readonly string[], searches: Record<K, (query: string) => unknown>): Record<K, number> {
  const names = Object.keys(searches) as K[];
  const best = Object.fromEntries(names.map((name) => [name, Number.POSITIVE_INFINITY])) as Record<K, number>;
  for (let round = 0; round < ROUNDS; round++) {
    for (let turn = 0; turn < names.length; turn++) {
      const name = names[(round + turn) % names.length]!;
      best[name] = Math.min(best[name], time(() => queries.forEach(searches[name])));
    }
  }
  for (const name of names) best[name] /= queries.length;
  return best;
}

function miniSearchOf(documents: readonly SearchDocument[]): MiniSearch<SearchDocument & { id: number }> {
  const mini = new MiniSearch<SearchDocument & { id: number }>({
    fields: ['name', 'keywords', 'description', 'code'],
    extractField: (document, field) => {
      const value = document[field as keyof SearchDocument];
      return Array.isArray(value) ? value.join(' ') : String(value ?? '');
    },
    tokenize: (text) => searchTokens(text).map((token) => token.key),
    processTerm: (term) => term,
    searchOptions: {
      boost: { code: 4, name: 3, keywords: 2, description: 1 },
      prefix: (_term, index, terms) => index === terms.length - 1,
      combineWith: 'OR',
    },
  });
  mini.addAll(documents.map((document, id) => ({ ...document, id })));
  return mini;
}

/** The mock's search before the index: every record's folded text, scanned per query. */
function scanSearchOf(documents: readonly SearchDocument[]): (query: string) => number[] {
  const records = documents.map((document, order) => ({
    order,
    code: document.code ?? '',
    name: foldedWords(document.name).join(' '),
    haystack: ' ' + foldedWords([document.name, document.code, document.code?.split('.')[1], ...(document.keywords ?? [])].join(' ')).join(' '),
    popular: (document.popularity ?? 0) > 0,
  }));
  return (query) => {
    const words = foldedWords(query);
    const phrase = words.join(' ');
    const scored: Array<{ order: number; score: number }> = [];
    for (const record of records) {
      if (!words.every((word) => record.haystack.includes(' ' + word))) continue;
      let score = 0;
      if (phrase === record.code) score += 1000;
      if (record.name === phrase) score += 800;
      else if (record.name.startsWith(phrase)) score += 600;
      else if ((' ' + record.name + ' ').includes(' ' + phrase)) score += 400;
      if (words.every((word) => (' ' + record.name).includes(' ' + word))) score += 200;
      if (record.popular) score += 50;
      scored.push({ order: record.order, score: score - record.name.length / 1000 });
    }
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    return scored.map((entry) => entry.order);
  };
}

export function benchSearchIndex(): SearchIndexBench {
  const documents = benchCorpus(10_000);
  const queries = typedQueries();
  let index!: SearchIndex;
  let mini!: MiniSearch<SearchDocument & { id: number }>;
  // Build each twice and keep the second (warm) time; the first warms the tokenizer's cache for both.
  time(() => (index = new SearchIndex(documents)));
  time(() => (mini = miniSearchOf(documents)));
  const indexBuild = time(() => (index = new SearchIndex(documents)));
  const miniBuild = time(() => (mini = miniSearchOf(documents)));
  const scan = scanSearchOf(documents);

  const search = {
    index: (query: string) => index.search(query),
    minisearch: (query: string) => mini.search(query),
    minisearchAnd: (query: string) => mini.search(query, { combineWith: 'AND' }),
    scan,
  };
  // Warm the JIT for all three before timing any.
  for (const run of Object.values(search)) queries.forEach(run);
  const result = perQuery(queries, search);
  return {
    query: result,
    build: { index: indexBuild, minisearch: miniBuild },
    ratio: {
      query: result.index / result.minisearch,
      queryAnd: result.index / result.minisearchAnd,
      build: indexBuild / miniBuild,
      scanQuery: result.scan / result.minisearch,
    },
    documents: documents.length,
    queries: queries.length,
  };
}
