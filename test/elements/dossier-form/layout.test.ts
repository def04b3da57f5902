/**
 * At 320 px, in Vietnamese and in English, every state of the form that shows text from
 * the server fits the screen, whatever the server sends: here, words far longer than the
 * screen is wide in every label, name, hint, option, message and code.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../support/wait.js';
import { http, HttpResponse } from 'msw';
import type { FormDefinition } from '../../../src/api/schemas.js';
import { storedText } from '../../../src/elements/dossier-form/draft-format.js';
import { draftKey } from '../../../src/elements/dossier-form/drafts.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import { shapeOf } from '../../../src/elements/dossier-form/versions.js';
import { expectFitsWidth, phoneViewport, resetViewport } from '../../support/layout.js';
import { $, $$, chooseFiles, click, control, documentInput, mockBackEnd, pdf, settled } from '../../support/dossier-form.js';

const base = '/t-form-layout/api/v1';
const backEnd = mockBackEnd(base);
const { mock } = backEnd;

/** A word no screen holds: no space, no hyphen. */
const long = (start: string) => `${start}${'Giấychứngnhậnquyềnsửdụngđất'.repeat(5)}`;
const CODE = '9.000009';

function definition(version = '1'): FormDefinition {
  return {
    procedureCode: CODE,
    version,
    title: long('Tờkhai'),
    description: long('Môtả'),
    steps: [
      {
        id: 's1',
        title: long('Bước'),
        description: long('Giảithích'),
        fields: [
          { id: 'section', kind: 'section', label: long('Phần'), hint: long('Gợiý') },
          { id: 'note', kind: 'note', label: long('Ghichú') },
          { id: 'name', kind: 'text', label: long('Họtên'), hint: long('Gợiý'), required: true },
          { id: 'optional', kind: 'text', label: long('Khôngbắtbuộc') },
          { id: 'pick', kind: 'select', label: long('Chọn'), required: true, options: [{ value: 'a', label: long('Lựachọn') }] },
          { id: 'radio', kind: 'radio', label: long('Mộtlựachọn'), required: true, options: [{ value: 'a', label: long('Ô') }] },
          { id: 'agree', kind: 'checkbox', label: long('Đồngý'), required: true },
          { id: 'born', kind: 'date', label: long('Ngàysinh'), required: true },
          ...(version === '1' ? [] : [{ id: 'added', kind: 'text' as const, label: long('Mụcmới'), required: true }]),
        ],
      },
    ],
    attachments: [
      {
        documentCode: long('MÃ'),
        name: long('Giấytờ'),
        hint: long('Bảnchụp'),
        required: true,
        accept: ['application/pdf', `.${'x'.repeat(80)}`],
        maxBytes: 5_000_000,
        maxFiles: 2,
        templateUrl: `https://dichvucong.example.gov.vn/${'mau'.repeat(40)}.docx`,
      },
    ],
    declaration: long('Camđoan'),
  };
}

const problem = (status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  HttpResponse.json({ type: `https://motcua.dev/problems/p${status}`, title: long('Tiêuđề'), status, detail: long('Chitiết'), ...extra }, {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

async function mount(locale: string, drafts: 'on' | 'off' = 'off', def = definition()): Promise<GovDossierForm> {
  const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} locale=${locale} drafts=${drafts} .definition=${def}></gov-dossier-form>`);
  await settled(el);
  return el;
}

/** Sets a text box as typing would, without typing 150 letters one by one. */
async function fill(el: GovDossierForm, input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function press(el: GovDossierForm, selector: string): Promise<void> {
  await click(el, $(el, selector));
}

/** Fits, and says which state did not. */
function fits(el: GovDossierForm, state: string): void {
  try {
    expectFitsWidth(el);
  } catch (error) {
    throw new Error(`${state}: ${(error as Error).message}`);
  }
}

async function toReview(el: GovDossierForm): Promise<void> {
  await fill(el, control(el, 'name'), long('Tên'));
  await fill(el, control(el, 'optional'), long('Thêm'));
  control<HTMLSelectElement>(el, 'pick').value = 'a';
  control(el, 'pick').dispatchEvent(new Event('change', { bubbles: true }));
  control(el, 'radio').click();
  control(el, 'agree').click();
  await fill(el, control(el, 'born', 0), '3');
  await fill(el, control(el, 'born', 1), '11');
  await fill(el, control(el, 'born', 2), '1990');
  await press(el, '.actions .button');
  chooseFiles(documentInput(el, long('MÃ')), [pdf(`${long('tệp')}.pdf`)]);
  await el.updateComplete;
  await until(() => $$(el, '.file.done').length === 1, 'the upload never finished');
  await press(el, '.actions .button');
  expect(el.state).to.equal('review');
  ($(el, '#declaration') as HTMLInputElement).click();
  await el.updateComplete;
}

async function submitExpecting(el: GovDossierForm, selector: string): Promise<void> {
  await press(el, '.button.submit');
  await until(() => $$(el, selector).length > 0, `no ${selector}`).catch((error) => {
    throw new Error(`${error.message}: ${el.state} ${el.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 600)}`);
  });
  await el.updateComplete;
}

for (const locale of ['vi', 'en']) {
  describe(`<gov-dossier-form> at 320 px, ${locale}`, () => {
    before(async () => {
      await backEnd.start();
      await phoneViewport();
    });
    after(async () => {
      backEnd.stop();
      await resetViewport();
    });
    beforeEach(() => {
      mock.reset();
      localStorage.clear();
      sessionStorage.clear();
      let uploads = 0;
      backEnd.worker.use(
        http.post(`${base}/attachments`, () =>
          HttpResponse.json({ id: `att-${++uploads}`, name: `${long('tệp')}.pdf`, size: 2048, mediaType: 'application/pdf', sha256: 'a'.repeat(64) }, { status: 201 }),
        ),
      );
    });
    afterEach(() => {
      backEnd.worker.resetHandlers();
      localStorage.clear();
      sessionStorage.clear();
    });

    it('a step, its errors, the attachments, the review and every way a submission ends', async function () {
      this.timeout(60_000);
      const el = await mount(locale);
      fits(el, 'a step, with the kiosk notice');
      await press(el, '.actions .button');
      expect($$(el, '.error-summary')).to.have.length(1);
      fits(el, 'a step with errors');

      await fill(el, control(el, 'name'), long('Tên'));
      await fill(el, control(el, 'optional'), long('Thêm'));
      control<HTMLSelectElement>(el, 'pick').value = 'a';
      control(el, 'pick').dispatchEvent(new Event('change', { bubbles: true }));
      control(el, 'radio').click();
      control(el, 'agree').click();
      await fill(el, control(el, 'born', 0), '3');
      await fill(el, control(el, 'born', 1), '11');
      await fill(el, control(el, 'born', 2), '1990');
      await press(el, '.actions .button');
      await press(el, '.actions .button');
      fits(el, 'attachments with an error');
      chooseFiles(documentInput(el, long('MÃ')), [new File(['x'], `${long('sai')}.docx`, { type: 'application/msword' })]);
      await el.updateComplete;
      chooseFiles(documentInput(el, long('MÃ')), [pdf(`${long('tệp')}.pdf`)]);
      await el.updateComplete;
      await until(() => $$(el, '.file.done').length === 1, 'the upload never finished');
      fits(el, 'attachments: a file refused, a file uploaded');
      await press(el, '[data-action="remove"]');
      await press(el, '.actions .button');
      expect(el.state).to.equal('review');
      ($(el, '#declaration') as HTMLInputElement).click();
      await el.updateComplete;
      fits(el, 'the review');

      backEnd.worker.use(http.post(`${base}/dossiers`, () => problem(422, { errors: [{ field: 'delivery', code: 'x', message: long('Lỗi') }] }), { once: true }));
      await submitExpecting(el, '.submit-error');
      fits(el, 'server errors no question shows');

      backEnd.worker.use(http.post(`${base}/dossiers`, () => problem(503), { once: true }));
      await submitExpecting(el, '.submit-error.unknown');
      fits(el, 'an unknown outcome');
      await press(el, '[data-action="edit"]');
      fits(el, 'the confirmation of a new dossier');
      await press(el, '.confirm-new .button.secondary');

      backEnd.worker.use(http.post(`${base}/dossiers`, () => problem(429, {}, { 'Retry-After': '0' }), { once: true }));
      await submitExpecting(el, '.submit-error.rate-limited');
      fits(el, 'a 429');

      backEnd.worker.use(
        http.post(`${base}/dossiers`, () => problem(409, { type: 'https://motcua.dev/problems/form-version-changed' }), { once: true }),
        http.get(`${base}/procedures/${CODE}/form`, () => HttpResponse.json(definition('2')), { once: true }),
      );
      await press(el, '.button.submit');
      await until(() => $$(el, '.version-notice').length === 1, 'no version notice');
      fits(el, 'a new version of the form');
      await fill(el, control(el, 'added'), long('Mới'));
      await press(el, '.actions .button');
      ($(el, '#declaration') as HTMLInputElement).click();
      await el.updateComplete;

      backEnd.worker.use(http.post(`${base}/dossiers`, () => HttpResponse.json({ code: `H01.${'9'.repeat(60)}`, status: 'x' }, { status: 201 }), { once: true }));
      await submitExpecting(el, '.receipt-incomplete');
      fits(el, 'a receipt that could not be read in full');
    });

    it('the receipt', async () => {
      const el = await mount(locale);
      backEnd.worker.use(
        http.post(`${base}/dossiers`, () =>
          HttpResponse.json(
            { code: '000.00.01.H22-261122-0001', status: 1, submittedAt: new Date().toISOString(), expectedReturnDate: '2026-12-31', procedure: { code: long('1.'), name: long('Thủtục') } },
            { status: 201 },
          ),
        ),
      );
      await toReview(el);
      await submitExpecting(el, '.receipt-details');
      fits(el, 'the receipt');
    });

    it('the definition that cannot be used, and a load error with the server’s words', async () => {
      const broken = definition();
      broken.steps[0]!.fields.push({ ...broken.steps[0]!.fields[2]! });
      const el = await mount(locale, 'off', broken);
      expect($$(el, '.invalid-definition')).to.have.length(1);
      fits(el, 'an invalid definition');

      backEnd.worker.use(http.get(`${base}/procedures/9.000010/form`, () => problem(400)));
      const failed = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} locale=${locale} procedure="9.000010"></gov-dossier-form>`);
      await settled(failed);
      expect(failed.state).to.equal('error');
      fits(failed, 'a load error');
    });

    it('the restore prompt, the clearing of the device and another tab’s notices', async () => {
      const key = draftKey({ procedure: CODE });
      localStorage.setItem(
        key,
        storedText({ form: shapeOf(definition()), answers: new Map([['name', long('Tên')]]), attachments: new Map(), savedAt: new Date().toISOString(), writer: 'x' }),
      );
      const el = await mount(locale, 'on');
      expect($$(el, '.restore-prompt')).to.have.length(1);
      fits(el, 'the restore prompt');
      await press(el, '.device-clear');
      fits(el, 'the confirmation of clearing the device');
      await press(el, '[data-action="clear-device"]');
      await fill(el, control(el, 'name'), long('Tên'));
      await until(() => localStorage.getItem(key) !== null, 'never saved');

      const frame = document.createElement('iframe');
      frame.title = 'another tab';
      document.body.append(frame);
      try {
        frame.contentWindow!.localStorage.removeItem(key);
        await until(() => $$(el, '.tab-notice').length === 1, 'no notice of the other tab');
        fits(el, 'another tab deleted the draft');
        await press(el, '[data-action="keep-mine"]');
        frame.contentWindow!.localStorage.setItem(key, JSON.stringify({ v: 2, submittedAt: new Date().toISOString(), writer: 'x' }));
        await until(() => $$(el, '.tab-submitted').length === 1, 'no word of the submission');
        fits(el, 'another tab submitted');
      } finally {
        frame.remove();
      }
    });
  });
}
