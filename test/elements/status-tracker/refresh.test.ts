import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/status-tracker/index.js';
import type { GovStatusTracker } from '../../../src/elements/status-tracker/status-tracker.js';
import { takeOverElementClock, type FakeClock } from '../../support/fake-clock.js';
import { $, demoWith, liveRegion, lookUp, mockBackEnd, settled, text, until } from '../../support/status-tracker.js';

const base = '/t-tracker-refresh/api/v1';
const backEnd = mockBackEnd(base);
const { mock, requests } = backEnd;

const lookups = () => requests.filter((request) => request.url.pathname.endsWith('/dossiers/lookup'));

async function found(refresh?: string): Promise<{ el: GovStatusTracker; code: string; verifier: string }> {
  const dossier = demoWith(mock, 4);
  const el = await fixture<GovStatusTracker>(html`<gov-status-tracker api-base=${base}></gov-status-tracker>`);
  if (refresh !== undefined) el.setAttribute('refresh', refresh);
  await lookUp(el, dossier.code, dossier.verifier);
  await settled(el);
  return { el, code: dossier.code, verifier: dossier.verifier };
}

/** The runner may put this page in a background tab; the tracker does not refresh hidden tabs. */
function pretendTab(visibility: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
}

/**
 * The refresh timer runs on a clock the test moves: one second of the tracker's time passes
 * when the test says so, however busy the machine.
 */
describe('<gov-status-tracker refresh>', () => {
  let clock: FakeClock;
  let restoreClock: () => void;

  /** Lets `seconds` of the tracker's time pass, then waits until every request this started is recorded. */
  async function pass(seconds: number): Promise<void> {
    clock.advance(seconds * 1000);
    await backEnd.barrier();
  }

  before(() => backEnd.start());
  after(() => {
    delete (document as unknown as Record<string, unknown>)['visibilityState'];
    backEnd.stop();
  });
  beforeEach(() => {
    pretendTab('visible');
    mock.reset();
    requests.length = 0;
    ({ clock, restore: restoreClock } = takeOverElementClock());
  });
  afterEach(() => restoreClock());

  it('refreshes a shown dossier in the background and announces a change of status', async () => {
    const { el, code, verifier } = await found('1');
    expect(lookups()).to.have.length(1);
    mock.store.dossiers.setStatus(code, 9);
    const changed = oneEvent(el, 'gov-dossier-status-change');
    clock.advance(1000);
    const event = (await changed) as CustomEvent<{ from: number; to: number }>;
    expect(event.detail).to.deep.equal({ from: 4, to: 9 });
    await el.updateComplete;
    expect(liveRegion(el)).to.equal('Trạng thái hồ sơ đã thay đổi: Đã xử lý xong.');
    expect(text($(el, '.status-name'))).to.equal('Đã xử lý xong');
    expect(text($(el, '#action-title'))).to.equal('Cách nhận kết quả');
    // The refresh carried the verifier the same private way: in the body, never in the URL.
    expect(lookups()).to.have.length(2);
    for (const request of requests) expect(request.url.href).to.not.contain(verifier);
    await until(() => lookups().every((request) => request.body !== ''), 'request bodies');
    for (const request of lookups()) expect(JSON.parse(request.body)).to.deep.equal({ code, verifier });
    expect(el.outerHTML).to.not.contain(verifier);
    await expect(el).to.be.accessible();
  });

  it('does not announce a refresh that changes nothing, and keeps focus where it is', async () => {
    const { el } = await found('1');
    const before = liveRegion(el);
    const focused = el.shadowRoot!.activeElement;
    await pass(1);
    await until(() => lookups().length === 2, 'the refresh was never sent');
    await until(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'refresh settled');
    await el.updateComplete;
    expect(liveRegion(el)).to.equal(before);
    expect(el.shadowRoot!.activeElement).to.equal(focused);
  });

  it('does not refresh while the tab is hidden, and resumes when it is shown', async () => {
    await found('1');
    pretendTab('hidden');
    await pass(1);
    await pass(1);
    expect(lookups()).to.have.length(1);
    pretendTab('visible');
    await pass(1);
    await until(() => lookups().length === 2, 'the refresh was never sent');
  });

  it('does not refresh without the attribute', async () => {
    await found();
    expect(clock.pending, 'timers waiting').to.equal(0);
    await pass(60);
    expect(lookups()).to.have.length(1);
  });

  it('stops when the attribute is removed', async () => {
    const { el } = await found('1');
    el.removeAttribute('refresh');
    await el.updateComplete;
    await pass(5);
    expect(lookups()).to.have.length(1);
  });

  it('forgets the verifier and stops when the dossier no longer matches (404)', async () => {
    const { el } = await found('1');
    mock.faults.add({ path: /^\/dossiers\/lookup/, status: 404, times: 1 });
    await pass(1);
    await until(() => lookups().length === 2, 'the refresh that meets the 404 was never sent');
    await until(() => clock.pending === 0, 'the refresh stopped');
    await pass(5);
    expect(lookups()).to.have.length(2);
    expect(el.state).to.equal('found');
  });

  it('keeps refreshing after a passing server error and backs off on 429', async () => {
    const { el, code } = await found('1');
    mock.faults.add({ path: /^\/dossiers\/lookup/, status: 500, times: 1 });
    await pass(1);
    // The failed refresh settles and schedules the next one.
    await until(() => clock.pending === 1, 'the next refresh scheduled');
    mock.store.dossiers.setStatus(code, 6);
    await pass(1);
    await until(() => el.dossier?.status === 6, 'new status');
    expect(lookups()).to.have.length(3);

    mock.faults.add({ path: /^\/dossiers\/lookup/, status: 429, retryAfter: 3, times: 1 });
    await until(() => clock.pending === 1, 'the next refresh scheduled');
    await pass(1);
    await until(() => lookups().length === 4, 'the refresh answered 429 was never sent');
    await until(() => clock.pending === 1, 'the refresh after the 429 scheduled');
    await pass(2);
    expect(lookups(), 'waits the 3 s the server asked for').to.have.length(4);
    await pass(1);
    await until(() => lookups().length === 5, 'the refresh after the wait was never sent');
    expect(el.state).to.equal('found');
  });

  it('stops refreshing when a new lookup replaces the dossier', async () => {
    const { el } = await found('1');
    await lookUp(el, '000.00.01.H22-200101-9999', '1234');
    await settled(el, ['not-found']);
    const count = lookups().length;
    expect(clock.pending).to.equal(0);
    await pass(5);
    expect(lookups()).to.have.length(count);
  });
});
