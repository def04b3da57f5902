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

  it('renders a 200-step history and reports the time', async () => {
    const ms = await benchTracker(3);
    console.log(`status-tracker: 200-step history rendered in ${ms.toFixed(1)} ms (median)`);
    // A measurement, not a gate: `npm run bench` reports the time against its budget. Here only
    // that the helper measured something (a busy machine may take any time at all).
    expect(ms).to.be.greaterThan(0);
  });
});
