import { expect } from '@open-wc/testing';
import { benchSearch } from '../../bench/procedure-search.bench.js';

describe('benchSearch (the search benchmark helper)', () => {
  it('measures keystroke-to-results times over the mock catalogue', async function () {
    this.timeout(90_000);
    const result = await benchSearch({ samples: 30, warmup: 5 });
    const viaWorker = await benchSearch({ samples: 10, warmup: 2, transport: 'service-worker' });
    const inPage = await benchSearch({ samples: 10, warmup: 2, transport: 'in-page', floor: false });
    expect(inPage.floor).to.equal(undefined);
    expect(inPage.samples).to.have.length(10);
    expect(result.ready.p50).to.be.at.most(result.ready.p95);
    expect(result.ready.p95).to.be.at.most(result.p95 + 0.001);
    // Painting comes after the results are ready: the work up to it is at least as long.
    expect(result.toPaint.p50).to.be.at.least(result.ready.p50);
    expect(result.toPaint.p95).to.be.at.least(result.ready.p95);
    for (const [name, run] of [['recorded', result], ['in-page', inPage], ['service worker', viaWorker]] as const) {
      const frames = run.painted ? 'to the next frame' : 'page hidden, no frames';
      console.log(`search bench (${name}, ${frames}): p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms`);
    }
    expect(viaWorker.samples).to.have.length(10);
    expect(result.samples).to.have.length(30);
    for (const sample of result.samples) expect(sample).to.be.greaterThan(0);
    expect(result.p50).to.be.at.most(result.p95);
    expect(result.p95).to.equal([...result.samples].sort((a, b) => a - b)[Math.ceil(0.95 * 30) - 1]);
    // The plain Lit floor is typed into in turn with the element, the same keystrokes.
    for (const [run, count] of [[result, 30], [viaWorker, 10]] as const) {
      const floor = run.floor!;
      expect(floor.samples).to.have.length(count);
      for (const sample of floor.samples) expect(sample).to.be.greaterThan(0);
      expect(floor.ready.p95).to.be.at.most(floor.p95 + 0.001);
      expect(floor.toPaint.p95).to.be.at.least(floor.ready.p95);
      expect(floor.p95).to.equal([...floor.samples].sort((a, b) => a - b)[Math.ceil(0.95 * count) - 1]);
    }
    // The floor shows what the element shows: a full page of results for the last query typed.
    expect(result.resultsShown).to.deep.equal({ element: 20, floor: 20 });
    // And the same filters with their counts: options over all the selects, each side.
    expect(result.optionsShown.element).to.be.greaterThan(4);
    expect(result.optionsShown.floor).to.equal(result.optionsShown.element);
    console.log(`search bench floor (recorded): p50 ${result.floor!.p50.toFixed(1)} ms, p95 ${result.floor!.p95.toFixed(1)} ms`);
    expect(document.querySelectorAll('gov-procedure-search, plain-results').length).to.equal(0);
    // The page's fetch is given back.
    expect(globalThis.fetch.toString()).to.contain('[native code]');
  });
});
