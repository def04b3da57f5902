import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { DossierStatusSchema } from '../../../src/api/schemas.js';
import { benchTracker, HISTORY_STEPS, longDossier } from '../../bench/status-tracker.bench.js';

describe('status-tracker benchmark', () => {
  it('feeds a dossier that honours the contract', () => {
    const result = z.safeParse(DossierStatusSchema, longDossier());
    expect(result.success, JSON.stringify(result.error?.issues[0])).to.equal(true);
    expect(longDossier().history).to.have.length(HISTORY_STEPS);
  });

  it('renders a 200-step history in the tracker and in its plain Lit floor, in turn, and reports the times', async () => {
    const result = await benchTracker(3);
    console.log(`status-tracker: 200-step history rendered in ${result.median.toFixed(1)} ms (median), floor ${result.floor.median.toFixed(1)} ms`);
    // A measurement, not a gate: `npm run bench` reports the time against its budget. Here only
    // that the helper measured something (a busy machine may take any time at all).
    for (const side of [result, result.floor]) {
      expect(side.samples).to.have.length(3);
      for (const sample of side.samples) expect(sample).to.be.greaterThan(0);
      expect(side.median).to.equal([...side.samples].sort((a, b) => a - b)[1]);
    }
    expect(document.querySelectorAll('gov-status-tracker, plain-timeline').length).to.equal(0);
  });
});
