import { expect } from '@open-wc/testing';
import { benchSearch } from '../../bench/procedure-search.bench.js';

describe('benchSearch (the search benchmark helper)', () => {
  it('measures keystroke-to-results times over the mock catalogue', async function () {
    this.timeout(90_000);
    const result = await benchSearch({ samples: 30, warmup: 5 });
    const viaWorker = await benchSearch({ samples: 10, warmup: 2, transport: 'service-worker' });
    const inPage = await benchSearch({ samples: 10, warmup: 2, transport: 'in-page' });
    expect(inPage.samples).to.have.length(10);
    expect(result.ready.p50).to.be.at.most(result.ready.p95);
    expect(result.ready.p95).to.be.at.most(result.p95 + 0.001);
    for (const [name, run] of [['recorded', result], ['in-page', inPage], ['service worker', viaWorker]] as const) {
      const frames = run.painted ? 'to the next frame' : 'page hidden, no frames';
      console.log(`search bench (${name}, ${frames}): p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms`);
    }
    expect(viaWorker.samples).to.have.length(10);
    expect(result.samples).to.have.length(30);
    for (const sample of result.samples) expect(sample).to.be.greaterThan(0);
    expect(result.p50).to.be.at.most(result.p95);
    expect(result.p95).to.equal([...result.samples].sort((a, b) => a - b)[Math.ceil(0.95 * 30) - 1]);
    expect(document.querySelectorAll('gov-procedure-search').length).to.equal(0);
    // The page's fetch is given back.
    expect(globalThis.fetch.toString()).to.contain('[native code]');
  });
});
