/**
 * The mock back end: a stateful, seeded implementation of the whole API contract as msw
 * handlers. The demo, Storybook and the tests all talk to it as they would to a province's
 * one-stop system. Never part of an element bundle (`motcua/mocks` only).
 */
import type { RequestHandler } from 'msw';
import { createHandlers } from './handlers.js';
import { MockState, type DemoDossier, type MockOptions } from './state.js';

export { DEMO_APPLICANT, DEMO_VERIFIER, MockState, type DemoDossier, type MockOptions, type PaymentOutcome } from './state.js';
export { calendarOf } from './calendar.js';
export { ETHNIC_GROUPS } from './forms/common.js';
export type { FaultRule, Faults } from './faults.js';
export { HAND_WRITTEN_FORM_CODES, nextVersion } from './forms/index.js';
export { BIRTH_REGISTRATION, BUSINESS_HOUSEHOLD, CONSTRUCTION_PERMIT, JUDICIAL_RECORD, PERMANENT_RESIDENCE } from './well-known.js';
export { UNITS_SOURCE } from './units.js';

export interface MockApi {
  handlers: RequestHandler[];
  /** The remembered state: catalogue, forms (`bump` publishes a new version), dossiers, attachments. */
  store: MockState;
  faults: MockState['faults'];
  /** Seeded dossiers, one per national status (and one overdue), as this mock's clock made them. */
  readonly demo: DemoDossier[];
  /** Forgets dossiers, uploads, published forms, faults and rate limits; reseeds the demo dossiers. */
  reset(): void;
}

export function createMockApi(options: MockOptions = {}): MockApi {
  const store = new MockState(options);
  return {
    handlers: createHandlers(store),
    store,
    faults: store.faults,
    get demo() {
      return store.demo;
    },
    reset: () => store.reset(),
  };
}

/** The demo dossiers as the real clock makes them now (stories and docs list them). */
export const DEMO_DOSSIERS: readonly DemoDossier[] = new MockState({ seed: 1 }).demo;
