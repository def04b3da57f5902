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
 * Two times per keystroke: `ready` ends when the results are in the DOM with style and
 * layout computed (the main thread is free to paint them: within one frame when ≤ 16 ms);
 * `painted` (p50/p95) ends at the next animation frame after that, so it also holds the
 * wait for the display's next frame, up to 16.7 ms whatever the element does.
 */
import { getResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/elements/procedure-search/index.js';
import type { GovProcedureSearch } from '../../src/elements/procedure-search/procedure-search.js';
import { createMockApi } from '../../src/mocks/index.js';

export interface BenchResult {
  /** Keystroke → results in the DOM, styled and laid out: median and 95th percentile, ms. */
  ready: { p50: number; p95: number };
  /** Keystroke → the next animation frame after that: median, milliseconds. */
  p50: number;
  /** Keystroke → the next animation frame after that: 95th percentile, milliseconds. */
  p95: number;
  /** Every measured time in milliseconds, in the order measured. */
  samples: number[];
  /**
   * False when the page was hidden (a background tab, as when wtr runs several test files at
   * once): hidden pages get no animation frames, so the samples stop at the rendered DOM.
   */
  painted: boolean;
}

export interface BenchOptions {
  /** How many keystrokes to measure. */
  samples?: number;
  /** Keystrokes typed before measuring, to warm up the caches and the JIT. */
  warmup?: number;
  /** Base URL of the mock, distinct from any other worker's on the page. */
  baseUrl?: string;
  /** Queries typed character by character, in turn; the box is cleared between them (not timed). */
  queries?: readonly string[];
  /** How the mock answers: recorded beforehand (default), searching inside the page, or through msw's service worker. */
  transport?: 'recorded' | 'in-page' | 'service-worker';
}

const QUERIES = ['dang ky khai sinh', 'giay phep xay dung', 'ly lich tu phap', 'ho kinh doanh', '1.001193', 'cap doi'];

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index]!;
}

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

/** The next animation frame; in a hidden page, which gets none, the next task instead. */
function nextFrame(): Promise<boolean> {
  if (document.visibilityState === 'hidden') return new Promise((resolve) => setTimeout(() => resolve(false)));
  return new Promise((resolve) => requestAnimationFrame(() => resolve(true)));
}

export async function benchSearch(options: BenchOptions = {}): Promise<BenchResult> {
  const { samples = 100, warmup = 10, baseUrl = '/bench-search/api/v1', queries = QUERIES, transport = 'recorded' } = options;
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
  document.body.append(el);
  try {
    await el.updateComplete;
    await whenSettled(el);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
    if (transport === 'recorded') {
      // Untimed pass: type every query once, so the element's own requests are recorded.
      for (const target of [...queries, '']) {
        for (let n = target ? 1 : 0; n <= target.length; n++) {
          input.value = target.slice(0, n);
          input.dispatchEvent(new Event('input'));
          await el.updateComplete;
          await whenSettled(el);
        }
      }
    }
    const times: number[] = [];
    const readyTimes: number[] = [];
    let painted = true;
    let query = 0;
    let typed = 0;
    for (let i = 0; i < warmup + samples; i++) {
      const target = queries[query % queries.length]!;
      if (typed === target.length) {
        // Next query: clear the box, untimed.
        query++;
        typed = 0;
        input.value = '';
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        await whenSettled(el);
        await nextFrame();
        await afterRendering();
        i--;
        continue;
      }
      const start = performance.now();
      input.value = target.slice(0, ++typed);
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await whenSettled(el);
      await el.updateComplete;
      // Style and layout now, as the browser must before it can paint the results.
      void (el.shadowRoot!.lastElementChild as HTMLElement | null)?.getBoundingClientRect();
      const ready = performance.now() - start;
      const framed = await nextFrame();
      if (i >= warmup) {
        times.push(performance.now() - start);
        readyTimes.push(ready);
        painted &&= framed;
      }
      await afterRendering();
    }
    const sorted = [...times].sort((a, b) => a - b);
    const readySorted = [...readyTimes].sort((a, b) => a - b);
    return {
      ready: { p50: percentile(readySorted, 0.5), p95: percentile(readySorted, 0.95) },
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      samples: times,
      painted,
    };
  } finally {
    el.remove();
    stop();
  }
}
