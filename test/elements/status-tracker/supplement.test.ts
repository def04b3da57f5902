import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/status-tracker/index.js';
import type { GovStatusTracker } from '../../../src/elements/status-tracker/status-tracker.js';
import { chooseFile, demoWith, lookUp, mockBackEnd, part, pdf, recordAnnouncements, settled, text } from './support.js';

const base = '/t-tracker-supplement/api/v1';
const backEnd = mockBackEnd(base);
const { mock, requests, worker } = backEnd;

const supplementPosts = () => requests.filter((request) => request.method === 'POST' && request.url.pathname.endsWith('/supplements'));
const uploads = () => requests.filter((request) => request.url.pathname.endsWith('/attachments'));
const supplementsReceived = (code: string) =>
  mock.store.dossiers.get(code)!.history.filter((step) => step.note === 'Đã nhận giấy tờ bổ sung, tiếp tục xử lý').length;

async function trackerAtSupplement(): Promise<{ el: GovStatusTracker; code: string; verifier: string }> {
  const dossier = demoWith(mock, 5);
  const el = await fixture<GovStatusTracker>(html`<gov-status-tracker api-base=${base}></gov-status-tracker>`);
  await lookUp(el, dossier.code, dossier.verifier);
  await settled(el);
  return { el, code: dossier.code, verifier: dossier.verifier };
}

function fileInputs(el: GovStatusTracker): HTMLInputElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="file"]')];
}

async function chooseAll(el: GovStatusTracker): Promise<void> {
  fileInputs(el).forEach((input, index) => chooseFile(input, pdf(`bo-sung-${index}.pdf`)));
  await el.updateComplete;
}

describe('<gov-status-tracker> supplement (status 5)', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    mock.reset();
    worker.resetHandlers();
    requests.length = 0;
  });

  it('shows the reason, the due date and one labelled file input per requested document', async () => {
    const { el, code } = await trackerAtSupplement();
    const request = mock.store.dossiers.get(code)!.supplementRequest!;
    expect(text(el, '#action-title')).to.equal('Bạn cần bổ sung giấy tờ');
    expect(text(el, '.action .facts')).to.contain(request.reason);
    expect(text(el, '.action .facts')).to.match(/Hạn bổ sung\s?\d{2}\/\d{2}\/\d{4}/);
    const inputs = fileInputs(el);
    expect(inputs).to.have.length(request.documents.length);
    inputs.forEach((input, index) => {
      expect(text(el, `label[for="${input.id}"]`)).to.equal(request.documents[index]!.name);
    });
    await expect(el).to.be.accessible();
  });

  it('asks for every requested document before sending anything', async () => {
    const { el } = await trackerAtSupplement();
    requests.length = 0;
    part<HTMLButtonElement>(el, 'button.send').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#supplement-summary'));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '#supplement-summary'));
    expect(text(el, '#supplement-summary')).to.contain('Chọn tệp cho giấy tờ');
    expect(fileInputs(el)[0]!.getAttribute('aria-invalid')).to.equal('true');
    expect(requests).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('uploads each file, sends one supplement on a double click, confirms it and shows the new status', async () => {
    const { el, code, verifier } = await trackerAtSupplement();
    await chooseAll(el);
    const documents = fileInputs(el).length;
    expect(documents).to.be.greaterThan(0);
    requests.length = 0;
    const heard = recordAnnouncements(el);
    const send = part<HTMLButtonElement>(el, 'button.send');
    send.click();
    send.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#supplement-sent'), 'confirmation', { timeout: 4000 });
    await el.updateComplete;
    expect(supplementPosts()).to.have.length(1);
    expect(uploads()).to.have.length(documents);
    expect(supplementsReceived(code)).to.equal(1);
    await waitUntil(() => supplementPosts()[0]!.body !== '');
    const body = JSON.parse(supplementPosts()[0]!.body) as { verifier: string; attachments: unknown[] };
    expect(body.verifier).to.equal(verifier);
    expect(supplementPosts()[0]!.url.href).to.not.contain(verifier);
    expect(supplementPosts()[0]!.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
    expect(text(el, '#supplement-sent')).to.match(/^Đã nhận giấy tờ bổ sung lúc/);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '#supplement-sent'));
    await waitUntil(() => heard.some((said) => /^Đã nhận giấy tờ bổ sung lúc/.test(said)), `announced: ${heard.join(' | ')}`);
    await waitUntil(() => el.dossier?.status === 4, 'status after the supplement');
    await el.updateComplete;
    expect(text(el, '.status-name')).to.equal('Đang xử lý');
    expect(el.shadowRoot!.querySelector('input[type="file"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps one Idempotency-Key across a lost answer, so the office receives one supplement', async () => {
    const { el, code } = await trackerAtSupplement();
    // The first supplement reaches the back end, then its answer is lost on the way back.
    worker.use(
      http.post(
        `${base}/dossiers/:code/supplements`,
        async ({ request, requestId }) => {
          for (const handler of mock.handlers) {
            if (await handler.run({ request: request.clone(), requestId })) break;
          }
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    await chooseAll(el);
    requests.length = 0;
    part<HTMLButtonElement>(el, 'button.send').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#supplement-sent'), 'confirmation', { timeout: 5000 });
    const keys = new Set(supplementPosts().map((request) => request.headers['idempotency-key']));
    expect(supplementPosts().length).to.be.greaterThan(1);
    expect(keys.size).to.equal(1);
    expect(supplementsReceived(code)).to.equal(1);
  });

  it('reuses the key and the uploaded files when the applicant retries after an error', async () => {
    const { el, code } = await trackerAtSupplement();
    mock.faults.add({ method: 'POST', path: /\/supplements$/, status: 503, times: 1 });
    await chooseAll(el);
    requests.length = 0;
    part<HTMLButtonElement>(el, 'button.send').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#supplement-failed'), 'failure shown', { timeout: 4000 });
    await el.updateComplete;
    expect(text(el, '#supplement-failed')).to.contain('Chưa gửi được giấy tờ bổ sung');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, '#supplement-failed'));
    expect(text(el, 'button.send')).to.equal('Gửi lại');
    await expect(el).to.be.accessible();
    const uploaded = uploads().length;

    part<HTMLButtonElement>(el, 'button.send').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#supplement-sent'), 'confirmation', { timeout: 4000 });
    expect(uploads()).to.have.length(uploaded);
    const keys = supplementPosts().map((request) => request.headers['idempotency-key']);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(supplementsReceived(code)).to.equal(1);
  });

  it('treats a changed file as a new intent with a new key', async () => {
    const { el } = await trackerAtSupplement();
    mock.faults.add({ method: 'POST', path: /\/supplements$/, status: 503, times: 1 });
    await chooseAll(el);
    requests.length = 0;
    part<HTMLButtonElement>(el, 'button.send').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#supplement-failed'), 'failure shown', { timeout: 4000 });
    chooseFile(fileInputs(el)[0]!, pdf('ban-ro-hon.pdf'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#supplement-failed')).to.equal(null);
    part<HTMLButtonElement>(el, 'button.send').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#supplement-sent'), 'confirmation', { timeout: 4000 });
    const keys = supplementPosts().map((request) => request.headers['idempotency-key']);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.not.equal(keys[1]);
  });

  it('shows why an upload was refused next to the file', async () => {
    const { el } = await trackerAtSupplement();
    const inputs = fileInputs(el);
    chooseFile(inputs[0]!, new File(['plain'], 'ghi-chu.txt', { type: 'text/plain' }));
    inputs.slice(1).forEach((input) => chooseFile(input, pdf('ok.pdf')));
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'button.send').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#supplement-failed'), 'failure shown', { timeout: 4000 });
    await el.updateComplete;
    expect(text(el, '#file-0-error')).to.contain('Chỉ nhận');
    expect(text(el, '#file-0-status')).to.equal('Tải lên không thành công');
    expect(supplementPosts()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('asks for a lookup when the host set the dossier without a verifier', async () => {
    const { el } = await trackerAtSupplement();
    const shown = el.dossier!;
    el.dossier = shown;
    await el.updateComplete;
    expect(fileInputs(el)).to.have.length(0);
    expect(text(el, '.action')).to.contain('hãy tra cứu lại hồ sơ');
    await expect(el).to.be.accessible();
  });
});
