/**
 * The tracker on a 320 px phone (and 360 px, the most common Android width), in Vietnamese and
 * English, in every state that shows text from the server, with the longest unbroken strings a
 * careless or hostile back end can send: nothing may push the page sideways.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/status-tracker/index.js';
import type { DossierStatus, StatusCode } from '../../../src/api/schemas.js';
import type { GovStatusTracker } from '../../../src/elements/status-tracker/status-tracker.js';
import { expectFitsWidth, phoneViewport, resetViewport } from '../../support/layout.js';
import { $, chooseFiles, demoWith, lookUp, mockBackEnd, pdf, settled, shown, until } from '../../support/status-tracker.js';

const base = '/t-tracker-layout/api/v1';
const backEnd = mockBackEnd(base);
const { mock, worker } = backEnd;

/** One unbroken word of about 120 characters, with Vietnamese letters. */
const long = (word: string) => word.repeat(Math.ceil(120 / word.length));
/** Right-to-left text and an override, as a hostile back end could send. */
const hostile = '\u202eعربي\u202b';

function longDossier(status: StatusCode, base: DossierStatus): DossierStatus {
  const name = long('Giấychứngnhậnquyềnsửdụngđất');
  return {
    ...base,
    status,
    // Status 5 keeps a real procedure: its files are uploaded under it.
    procedure: { code: status === 5 ? base.procedure.code : long('1.0011930'), name: `${name}${hostile}` },
    applicantName: long('NguyễnThịThanhHương'),
    agency: { name: long('ỦybannhândânxãPhúThượng') },
    history: [
      { at: base.submittedAt, status: 1, agency: long('Bộphậnmộtcửa'), department: long('Phònghànhchính'), note: long('Ghichúdàikhôngdấucách') },
      { at: base.submittedAt, status, note: `${hostile}${long('Đangthẩmđịnh')}` },
    ],
    supplementRequest:
      status === 5
        ? {
            requestedAt: base.submittedAt,
            reason: long('Thiếubảnsaochứngthực'),
            documents: [
              { code: long('TP'), name: long('Bảnsaogiấykhaisinh') },
              { code: 'TP2', name: `${hostile}${long('Sổhộkhẩu')}` },
            ],
            dueDate: '2026-12-31',
          }
        : undefined,
    payment: status === 6 ? { amount: 1_000_000_000, currency: 'VND', description: long('Lệphícấpgiấychứngnhận'), payUrl: `https://dichvucong.gov.vn/${long('thanhtoan')}` } : undefined,
    result:
      status > 8
        ? { summary: long('Đãcấpgiấychứngnhận'), pickup: long('Quầysố3Bộphậnmộtcửa'), documents: [{ name: long('Giấychứngnhận'), url: `https://motcua.dev/ket-qua/${long('gcn')}.pdf` }] }
        : undefined,
  };
}

async function trackerShowing(dossier: DossierStatus, locale: string): Promise<GovStatusTracker> {
  const demo = demoWith(mock, 4);
  worker.use(http.post(`${base}/dossiers/lookup`, () => HttpResponse.json(dossier)));
  const el = await fixture<GovStatusTracker>(html`<gov-status-tracker api-base=${base} locale=${locale}></gov-status-tracker>`);
  await lookUp(el, demo.code, demo.verifier);
  await settled(el);
  return el;
}

before(() => backEnd.start());
after(() => backEnd.stop());
beforeEach(() => {
  mock.reset();
  worker.resetHandlers();
});

describe('<gov-status-tracker> at 320 px with long server text', () => {
  afterEach(() => resetViewport());

  for (const locale of ['vi', 'en']) {
    for (const status of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as StatusCode[]) {
      it(`fits status ${status} (${locale})`, async () => {
        await phoneViewport();
        const demo = mock.store.dossiers.status(mock.store.dossiers.get(demoWith(mock, 4).code)!);
        const el = await trackerShowing(longDossier(status, demo), locale);
        expect(el.state).to.equal('found');
        expectFitsWidth(el, 320);
      });
    }

    for (const width of [320, 340, 360]) {
      it(`fits the supplement panel at ${width} px in every state of its files (${locale})`, async () => {
        await phoneViewport(width);
        const demo = mock.store.dossiers.status(mock.store.dossiers.get(demoWith(mock, 4).code)!);
        const el = await trackerShowing(longDossier(5, demo), locale);
        const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="file"]')];
        $<HTMLButtonElement>(el, 'button.send').click();
        await shown(el, '#supplement-summary');
        expectFitsWidth(el, width);
        // Uploading (held by the mock), then refused on the device, then uploaded.
        mock.faults.add({ method: 'POST', path: '/attachments', delayMs: 60_000, times: 1 });
        chooseFiles(inputs[0]!, [pdf(`${long('bansaochungthuc')}.pdf`)]);
        await until(() => el.shadowRoot!.querySelector('#file-0-status progress'), 'uploading');
        await el.updateComplete;
        expectFitsWidth(el, width);
        chooseFiles(inputs[1]!, [new File(['x'], `${long('anhchup')}.txt`, { type: 'text/plain' })]);
        await el.updateComplete;
        expectFitsWidth(el, width);
        // The held upload must have met the fault before it is replaced, or the replacement
        // would be the one held for a minute.
        await until(() => mock.faults.active.length === 0, 'the first upload reached the mock');
        chooseFiles(inputs[0]!, [pdf(`${long('bansao')}.pdf`)]);
        await until(() => el.shadowRoot!.querySelector('#file-0-status.done'), 'uploaded');
        await el.updateComplete;
        expectFitsWidth(el, width);
        await expect(el).to.be.accessible();
      });
    }

    it(`fits an error whose reason is the server's long text (${locale})`, async () => {
      await phoneViewport();
      const demo = demoWith(mock, 4);
      worker.use(
        http.post(`${base}/dossiers/lookup`, () =>
          HttpResponse.json(
            { type: 'https://motcua.dev/problems/invalid-body', title: 'Bad', status: 400, detail: `${hostile}${long('Thôngtinkhônghợplệ')}` },
            { status: 400, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );
      const el = await fixture<GovStatusTracker>(html`<gov-status-tracker api-base=${base} locale=${locale}></gov-status-tracker>`);
      await lookUp(el, demo.code, demo.verifier);
      await settled(el);
      expect(el.state).to.equal('error');
      expectFitsWidth(el, 320);
    });
  }
});

describe('<gov-status-tracker> keeps server text from reordering its own words', () => {
  it('isolates every server string it joins with its own text', async () => {
    const demo = mock.store.dossiers.status(mock.store.dossiers.get(demoWith(mock, 4).code)!);
    const el = await trackerShowing(longDossier(10, demo), 'vi');
    // "<name> (<code>)": both in <bdi>, so an override in the name stops at its end.
    const procedure = [...el.shadowRoot!.querySelectorAll('.fact dd')].find((dd) => dd.textContent!.includes('Giấychứngnhận'))!;
    expect([...procedure.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).to.deep.equal([
      `${long('Giấychứngnhậnquyềnsửdụngđất')}${hostile}`,
      long('1.0011930'),
    ]);
    // "Tải xuống <name>"
    expect($(el, '.action a.link bdi').textContent).to.equal(long('Giấychứngnhận'));
    // "<agency> – <department>", as text: each between FSI and PDI.
    expect($(el, '.step-where').textContent).to.equal(`\u2068${long('Bộphậnmộtcửa')}\u2069 – \u2068${long('Phònghànhchính')}\u2069`);
    expect(getComputedStyle($(el, '.action a.link bdi')).unicodeBidi).to.equal('isolate');
  });

  it('isolates document names and reasons in the supplement panel', async () => {
    const demo = mock.store.dossiers.status(mock.store.dossiers.get(demoWith(mock, 4).code)!);
    const el = await trackerShowing(longDossier(5, demo), 'vi');
    $<HTMLButtonElement>(el, 'button.send').click();
    await shown(el, '#supplement-summary');
    expect($(el, 'label[for="file-1"] bdi').textContent).to.equal(`${hostile}${long('Sổhộkhẩu')}`);
    expect($(el, '#supplement-summary a[href="#file-1"] bdi').textContent).to.equal(`${hostile}${long('Sổhộkhẩu')}`);
  });
});
