/**
 * Search benchmark, run in the browser: keystroke-to-results-painted time of
 * <gov-procedure-search> over the mock catalogue (1,000+ procedures) with the network
 * answering at once (no latency, no debounce). One sample = append one character to the
 * query, dispatch `input`, wait until the answer for that query is rendered, then one
 * animation frame. The budget of issue #3 is p95 ≤ 16 ms.
 *
 * Each keystroke starts once the page has rendered the previous one (untimed), as a
 * citizen's keystrokes, tens of milliseconds apart, do. Typed back to back from inside the
 * animation frame, each keystroke used to pay for that frame's style, layout, paint and
 * commit of the previous keystroke's results, before its own.
 *
 * "The network answering at once" is taken literally by default (`transport: 'recorded'`):
 * the mock's answer to every query typed is recorded before timing starts and handed back
 * at once, so the time is the element's alone (client, contract validation, rendering),
 * not the back end's search. `'in-page'` has the mock search inside the page while timing
 * (msw's `getResponse`); `'service-worker'` also pays the page ↔ worker round trip,
 * measured at 8–12 ms here even for a request the worker passes through untouched.
 *
 * Three times per keystroke: `ready` ends when the results are in the DOM with style and
 * layout computed (the main thread is free to paint them: within one frame when ≤ 16 ms);
 * `painted` (p50/p95) ends at the next animation frame after that, so it also holds the
 * wait for the display's next frame, up to 16.7 ms whatever the element does; `toPaint` is
 * the keystroke's work up to its results painted: `ready` plus the rendering of that frame
 * (from its animation frame to the first task after it: style, layout, paint and commit of
 * whatever is still dirty), without the wait for the frame. The wait is the same for any
 * page, so it squeezes the ratio of `painted` to a floor's towards 1; `toPaint` is the figure
 * the floor's ratio is taken on.
 *
 * Floor (issue #18): a plain hand-written Lit search box and result list
 * (`./floors/plain-results.ts`) in the same page, answered by the same transport, typed into
 * in turn with the element, one keystroke of each, measured the same way. Target: the
 * element's keystroke-to-paint p95 ≤ 1.2× the floor's. The floor shows the four filters with
 * the answer's counts, as the element does (`floorFilters`, default true);
 * `benchSearchListFloor` measures against the list alone, the floor as first written, and
 * `npm run bench` prints both (docs/decisions.md, "The floor does the filters' work too").
 */
import { getResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/elements/procedure-search/index.js';
import type { GovProcedureSearch } from '../../src/elements/procedure-search/procedure-search.js';
import { createMockApi } from '../../src/mocks/index.js';
// By value, built with `new` (see dossier-form.bench.ts).
import { PlainResults } from './floors/plain-results.js';
import { lane, pairOrder, percentile, removeLanes, type Side } from './measure.js';

export interface KeystrokeTimes {
  /** Keystroke → results in the DOM, styled and laid out: median and 95th percentile, ms. */
  ready: { p50: number; p95: number };
  /** Keystroke → results painted, without the wait for the display's frame: median and 95th percentile, ms. */
  toPaint: { p50: number; p95: number };
  /** Keystroke → the next animation frame after that: median, milliseconds. */
  p50: number;
  /** Keystroke → the next animation frame after that: 95th percentile, milliseconds. */
  p95: number;
  /** Every measured time in milliseconds, in the order measured. */
  samples: number[];
}

export interface BenchResult extends KeystrokeTimes {
  /**
   * False when the page was hidden (a background tab, as when wtr runs several test files at
   * once): hidden pages get no animation frames, so the samples stop at the rendered DOM.
   */
  painted: boolean;
  /** The plain Lit result list, typed into in turn with the element (absent with `floor: false`). */
  floor?: KeystrokeTimes;
  /** Result cards each side shows after the last keystroke: the same, or the floor does other work. */
  resultsShown: { element: number; floor?: number };
  /** Filter options each side shows after the last keystroke: the same when the floor shows filters. */
  optionsShown: { element: number; floor?: number };
}

export interface BenchOptions {
  /**
   * How many keystrokes to measure (300). The p95 of 100 is the 5th-worst keystroke, and one
   * hiccup of the machine moved its ratio to the floor between 1.14× and 1.36× in nine runs of
   * the same code; of 300, the 15th-worst, 1.13–1.24× (docs/decisions.md).
   */
  samples?: number;
  /** Keystrokes typed before measuring, to warm up the caches and the JIT. */
  warmup?: number;
  /** Base URL of the mock, distinct from any other worker's on the page. */
  baseUrl?: string;
  /** Queries typed character by character, in turn; the box is cleared between them (not timed). */
  queries?: readonly string[];
  /** How the mock answers: recorded beforehand (default), searching inside the page, or through msw's service worker. */
  transport?: 'recorded' | 'in-page' | 'service-worker';
  /** Also measure the plain Lit floor, in turn with the element (default true). */
  floor?: boolean;
  /** The floor shows the filters with their counts, as the element does (default true); false: the list alone. */
  floorFilters?: boolean;
}

const QUERIES = ['dang ky khai sinh', 'giay phep xay dung', 'ly lich tu phap', 'ho kinh doanh', '1.001193', 'cap doi'];

/** Resolves once the element has left `loading` (its answer is in the DOM), without polling. */
function whenSettled(el: GovProcedureSearch): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => check());
    const check = () => {
      if (el.state === 'loading') return;
      observer.disconnect();
      resolve();
    };
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    check();
  });
}

/** A task after the rendering under way (style, layout, paint, commit) is done. */
function afterRendering(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

/**
 * The next animation frame: the time it started (`performance.now()` in its callback); in a
 * hidden page, which gets none, undefined after the next task instead.
 */
function nextFrame(): Promise<number | undefined> {
  if (document.visibilityState === 'hidden') return new Promise((resolve) => setTimeout(() => resolve(undefined)));
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

/** One side of the bench: its search box, and how to wait for a keystroke's answer rendered. */
interface Subject {
  input: HTMLInputElement;
  settle(): Promise<void>;
  /** The box the results are laid out in. */
  results(): Element | null;
  /** How many result cards it shows. */
  cards(): number;
}

function elementSubject(el: GovProcedureSearch): Subject {
  return {
    input: el.shadowRoot!.querySelector<HTMLInputElement>('#query')!,
    async settle() {
      await el.updateComplete;
      await whenSettled(el);
      await el.updateComplete;
    },
    results: () => el.shadowRoot!.lastElementChild,
    cards: () => el.shadowRoot!.querySelectorAll('[part="result"]').length,
  };
}

function floorSubject(floor: PlainResults): Subject {
  return {
    input: floor.shadowRoot!.querySelector<HTMLInputElement>('#query')!,
    settle: () => floor.settled,
    results: () => floor.shadowRoot!.lastElementChild,
    cards: () => floor.shadowRoot!.querySelectorAll('.card').length,
  };
}

/** How many filter options a side shows, over all its selects. */
function optionCount(host: HTMLElement): number {
  return [...host.shadowRoot!.querySelectorAll('select')].reduce((sum, select) => sum + select.options.length, 0);
}

/** The search against the floor as first written: the result list alone, without the filters. */
export function benchSearchListFloor(options: BenchOptions = {}): Promise<BenchResult> {
  return benchSearch({ ...options, floorFilters: false });
}

/** What the bench types: every prefix of each query, the box cleared (untimed) between queries. */
function keystrokes(queries: readonly string[], timed: number): Array<{ text: string; timed: boolean }> {
  const steps: Array<{ text: string; timed: boolean }> = [];
  let count = 0;
  for (let query = 0; count < timed; query++) {
    const target = queries[query % queries.length]!;
    if (query > 0) steps.push({ text: '', timed: false });
    for (let typed = 1; typed <= target.length && count < timed; typed++, count++) steps.push({ text: target.slice(0, typed), timed: true });
  }
  return steps;
}

interface Samples {
  painted: number[];
  ready: number[];
  toPaint: number[];
}

function keystrokeTimes({ painted, ready, toPaint }: Samples): KeystrokeTimes {
  const sorted = [...painted].sort((a, b) => a - b);
  const readySorted = [...ready].sort((a, b) => a - b);
  const toPaintSorted = [...toPaint].sort((a, b) => a - b);
  return {
    ready: { p50: percentile(readySorted, 0.5), p95: percentile(readySorted, 0.95) },
    toPaint: { p50: percentile(toPaintSorted, 0.5), p95: percentile(toPaintSorted, 0.95) },
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    samples: [...painted],
  };
}

export async function benchSearch(options: BenchOptions = {}): Promise<BenchResult> {
  const { samples = 300, warmup = 10, baseUrl = '/bench-search/api/v1', queries = QUERIES, transport = 'recorded', floor = true, floorFilters = true } = options;
  const mock = createMockApi({ baseUrl, latencyMs: 0 });
  let stop: () => void;
  if (transport === 'service-worker') {
    const worker = setupWorker(...mock.handlers);
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    stop = () => worker.stop();
  } else {
    // Bench page only: the element's client calls the global fetch, which the mock answers in place.
    const pageFetch = globalThis.fetch;
    const answer = async (input: RequestInfo | URL, init?: RequestInit) =>
      (await getResponse(mock.handlers, new Request(input, init))) ?? pageFetch(input, init);
    if (transport === 'recorded') {
      const recorded = new Map<string, { body: string; status: number; type: string }>();
      globalThis.fetch = async (input, init) => {
        const url = new Request(input, init).url;
        const known = recorded.get(url);
        if (known) return new Response(known.body, { status: known.status, headers: { 'Content-Type': known.type } });
        const response = await answer(input, init);
        recorded.set(url, { body: await response.clone().text(), status: response.status, type: response.headers.get('Content-Type') ?? '' });
        return response;
      };
    } else {
      globalThis.fetch = answer;
    }
    stop = () => {
      globalThis.fetch = pageFetch;
    };
  }
  const el = document.createElement('gov-procedure-search');
  el.setAttribute('api-base', baseUrl);
  el.debounce = 0;
  lane('element').append(el);
  let plain: PlainResults | undefined;
  if (floor) {
    plain = new PlainResults();
    plain.apiBase = baseUrl;
    plain.filters = floorFilters;
    lane('floor').append(plain);
  }
  try {
    await el.updateComplete;
    await whenSettled(el);
    const subjects: Partial<Record<Side, Subject>> = { element: elementSubject(el) };
    if (plain) {
      await plain.updateComplete;
      subjects.floor = floorSubject(plain);
    }
    const sides = (index: number) => pairOrder(index).filter((side) => subjects[side]);

    if (transport === 'recorded') {
      // Untimed pass: type every query once on each side, so their own requests are recorded.
      for (const side of sides(0)) {
        const subject = subjects[side]!;
        for (const target of [...queries, '']) {
          for (let n = target ? 1 : 0; n <= target.length; n++) {
            subject.input.value = target.slice(0, n);
            subject.input.dispatchEvent(new Event('input'));
            await subject.settle();
          }
        }
      }
    }
    const times: Record<Side, Samples> = { element: { painted: [], ready: [], toPaint: [] }, floor: { painted: [], ready: [], toPaint: [] } };
    let painted = true;
    let timed = 0;
    for (const [index, step] of keystrokes(queries, warmup + samples).entries()) {
      for (const side of sides(index)) {
        const subject = subjects[side]!;
        const start = performance.now();
        subject.input.value = step.text;
        subject.input.dispatchEvent(new Event('input'));
        await subject.settle();
        // Style and layout now, as the browser must before it can paint the results.
        void subject.results()?.getBoundingClientRect();
        const ready = performance.now() - start;
        const frame = await nextFrame();
        const framed = performance.now() - start;
        await afterRendering();
        const rendered = frame === undefined ? 0 : performance.now() - frame;
        if (step.timed && timed >= warmup) {
          times[side].painted.push(framed);
          times[side].ready.push(ready);
          times[side].toPaint.push(ready + rendered);
          painted &&= frame !== undefined;
        }
      }
      if (step.timed) timed++;
    }
    return {
      ...keystrokeTimes(times.element),
      painted,
      ...(floor ? { floor: keystrokeTimes(times.floor) } : {}),
      resultsShown: { element: subjects.element!.cards(), floor: subjects.floor?.cards() },
      optionsShown: { element: optionCount(el), floor: plain && optionCount(plain) },
    };
  } finally {
    el.remove();
    removeLanes();
    stop();
  }
}
