import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/status-tracker/index.js';
import type { DossierStatus } from '../../../src/api/schemas.js';
import type { GovStatusTracker } from '../../../src/elements/status-tracker/status-tracker.js';
import { pretendOnline } from '../../api/fakes.js';
import { $, chooseFiles, demoWith, lookUp, mockBackEnd, pdf, recordAnnouncements, settled, shown, supplementDossier, text, until } from '../../support/status-tracker.js';

const base = '/t-tracker-supplement/api/v1';
const backEnd = mockBackEnd(base);
const { mock, requests, worker } = backEnd;

const supplementPosts = () => requests.filter((request) => request.method === 'POST' && request.url.pathname.endsWith('/supplements'));
const uploads = () => requests.filter((request) => request.url.pathname.endsWith('/attachments'));
const supplementsReceived = (code: string) =>
  mock.store.dossiers.get(code)!.history.filter((step) => step.note === 'Đã nhận giấy tờ bổ sung, tiếp tục xử lý').length;

async function trackerAtSupplement(locale = 'vi'): Promise<{ el: GovStatusTracker; code: string; verifier: string }> {
  const dossier = demoWith(mock, 5);
  const el = await fixture<GovStatusTracker>(html`<gov-status-tracker api-base=${base} locale=${locale}></gov-status-tracker>`);
  await lookUp(el, dossier.code, dossier.verifier);
  await settled(el);
  return { el, code: dossier.code, verifier: dossier.verifier };
}

function fileInputs(el: GovStatusTracker): HTMLInputElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="file"]')];
}

/** The localised "Chọn tệp" buttons that open the hidden inputs (the kit's file chooser): the controls a citizen meets. */
function fileButtons(el: GovStatusTracker): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.file-chooser-button')];
}

/** The state shown under a document's input: `done`, `uploading`, `failed`, `rejected`, `waiting`. */
function fileState(el: GovStatusTracker, index: number): string | undefined {
  const file = el.shadowRoot!.querySelector(`#file-${index}-status`);
  return ['done', 'uploading', 'failed', 'rejected', 'waiting'].find((state) => file?.classList.contains(state));
}

async function uploaded(el: GovStatusTracker, index: number): Promise<void> {
  await until(() => fileState(el, index) === 'done', `file ${index} uploaded (${fileState(el, index)})`);
  await el.updateComplete;
}

/** Chooses a PDF for every requested document and waits until all are uploaded. */
async function chooseAll(el: GovStatusTracker): Promise<void> {
  fileInputs(el).forEach((input, index) => chooseFiles(input, [pdf(`bo-sung-${index}.pdf`)]));
  await el.updateComplete;
  for (let index = 0; index < fileInputs(el).length; index++) await uploaded(el, index);
}

/**
 * Answers lookups with `dossier` (whatever the mock holds) until the next test. Not `once`: the
 * previous test's tracker may still look its own dossier up after a supplement, and must not
 * take this answer.
 */
function answerLookupWith(dossier: DossierStatus): void {
  worker.use(http.post(`${base}/dossiers/lookup`, () => HttpResponse.json(dossier)));
}

describe('<gov-status-tracker> supplement (status 5)', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    mock.reset();
    worker.resetHandlers();
    requests.length = 0;
  });

  it('shows the reason, the due date and one labelled file input per requested document, with its rules', async () => {
    const { el, code } = await trackerAtSupplement();
    const request = mock.store.dossiers.get(code)!.supplementRequest!;
    expect(text($(el, '#action-title'))).to.equal('Bạn cần bổ sung giấy tờ');
    expect(text($(el, '.action .facts'))).to.contain(request.reason);
    expect(text($(el, '.action .facts'))).to.match(/Hạn bổ sung\s?\d{2}\/\d{2}\/\d{4}/);
    const inputs = fileInputs(el);
    const buttons = fileButtons(el);
    expect(inputs).to.have.length(request.documents.length);
    expect(buttons).to.have.length(request.documents.length);
    buttons.forEach((button, index) => {
      const document = request.documents[index]!;
      expect(text($(el, `label[for="${button.id}"]`))).to.equal(document.name);
      // In the element's words, never the browser's "Choose File / No file chosen".
      expect(text(button)).to.equal(`Chọn tệp: ${document.name}`);
      expect(inputs[index]!.checkVisibility()).to.equal(false);
      // The rules the request names for the document (contract 1.1), else PDF, JPG, PNG up to 10 MB.
      const size = document.maxBytes ? `${Math.round((document.maxBytes / 1024 / 1024) * 10) / 10} MB`.replace('.', ',') : '10 MB';
      expect(text($(el, `#${button.id}-rules`))).to.equal(`Nhận tệp PDF, JPG, PNG, tối đa ${size}.`);
      expect(inputs[index]!.accept).to.equal((document.accept ?? ['application/pdf', 'image/jpeg', 'image/png']).join(','));
      expect(button.getAttribute('aria-describedby')).to.contain(`${button.id}-rules`);
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    });
    await expect(el).to.be.accessible();
  });

  it('asks for every requested document before sending anything', async () => {
    const { el } = await trackerAtSupplement();
    requests.length = 0;
    $<HTMLButtonElement>(el, 'button.send').click();
    const summary = await shown(el, '#supplement-summary');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(text($(el, '#supplement-summary'))).to.contain('Chọn tệp cho giấy tờ');
    expect(fileButtons(el)[0]!.getAttribute('aria-describedby')).to.contain('file-0-error');
    await backEnd.barrier();
    expect(requests).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('uploads each file as soon as it is chosen, then sends one supplement on a double click and shows the new status', async () => {
    const { el, code, verifier } = await trackerAtSupplement();
    const heard = recordAnnouncements(el);
    await chooseAll(el);
    const documents = fileInputs(el).length;
    expect(documents).to.be.greaterThan(0);
    expect(uploads()).to.have.length(documents);
    expect(text($(el, '#file-0-status'))).to.match(/^bo-sung-0\.pdf \(1 KB\) Đã tải lên/);
    await until(() => heard.some((said) => said === 'Đã tải lên \u2068bo-sung-0.pdf\u2069'), `announced: ${heard.join(' | ')}`);
    const send = $<HTMLButtonElement>(el, 'button.send');
    send.click();
    send.click();
    await shown(el, '#supplement-sent');
    expect(supplementPosts()).to.have.length(1);
    expect(uploads(), 'no file uploaded twice').to.have.length(documents);
    expect(supplementsReceived(code)).to.equal(1);
    await until(() => supplementPosts()[0]!.body !== '', 'the supplement body');
    const body = JSON.parse(supplementPosts()[0]!.body) as { verifier: string; attachments: unknown[] };
    expect(body.verifier).to.equal(verifier);
    expect(body.attachments).to.have.length(documents);
    expect(supplementPosts()[0]!.url.href).to.not.contain(verifier);
    expect(supplementPosts()[0]!.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
    expect(text($(el, '#supplement-sent'))).to.match(/^Đã nhận giấy tờ bổ sung lúc/);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#supplement-sent'));
    await until(() => heard.some((said) => /^Đã nhận giấy tờ bổ sung lúc/.test(said)), `announced: ${heard.join(' | ')}`);
    await until(() => el.dossier?.status === 4, 'status after the supplement');
    await el.updateComplete;
    expect(text($(el, '.status-name'))).to.equal('Đang xử lý');
    expect(el.shadowRoot!.querySelector('input[type="file"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('waits for an upload still under way when the applicant presses send', async () => {
    const { el, code } = await trackerAtSupplement();
    const firstUpload = backEnd.hold('post', '/attachments');
    fileInputs(el).forEach((input, index) => chooseFiles(input, [pdf(`bo-sung-${index}.pdf`)]));
    await until(() => fileState(el, 0) === 'uploading', 'the first upload under way');
    $<HTMLButtonElement>(el, 'button.send').click();
    await el.updateComplete;
    expect(text($(el, 'button.send'))).to.equal('Đang gửi giấy tờ bổ sung…');
    expect(supplementPosts()).to.have.length(0);
    firstUpload.release();
    await shown(el, '#supplement-sent');
    expect(supplementPosts()).to.have.length(1);
    expect(supplementsReceived(code)).to.equal(1);
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
    $<HTMLButtonElement>(el, 'button.send').click();
    await shown(el, '#supplement-sent');
    const keys = new Set(supplementPosts().map((request) => request.headers['idempotency-key']));
    expect(supplementPosts().length).to.be.greaterThan(1);
    expect(keys.size).to.equal(1);
    expect(supplementsReceived(code)).to.equal(1);
  });

  it('reuses the key and the uploaded files when the applicant retries after an error', async () => {
    const { el, code } = await trackerAtSupplement();
    mock.faults.add({ method: 'POST', path: /\/supplements$/, status: 503, times: 1 });
    await chooseAll(el);
    $<HTMLButtonElement>(el, 'button.send').click();
    await shown(el, '#supplement-failed');
    expect(text($(el, '#supplement-failed'))).to.contain('Chưa gửi được giấy tờ bổ sung');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#supplement-failed'));
    expect(text($(el, 'button.send'))).to.equal('Gửi lại');
    await expect(el).to.be.accessible();
    const uploadedBefore = uploads().length;

    $<HTMLButtonElement>(el, 'button.send').click();
    await shown(el, '#supplement-sent');
    expect(uploads()).to.have.length(uploadedBefore);
    const keys = supplementPosts().map((request) => request.headers['idempotency-key']);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(supplementsReceived(code)).to.equal(1);
  });

  it('treats a changed file as a new intent with a new key', async () => {
    const { el } = await trackerAtSupplement();
    mock.faults.add({ method: 'POST', path: /\/supplements$/, status: 503, times: 1 });
    await chooseAll(el);
    $<HTMLButtonElement>(el, 'button.send').click();
    await shown(el, '#supplement-failed');
    chooseFiles(fileInputs(el)[0]!, [pdf('ban-ro-hon.pdf')]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#supplement-failed')).to.equal(null);
    await uploaded(el, 0);
    expect(text($(el, '#file-0-status'))).to.contain('ban-ro-hon.pdf');
    $<HTMLButtonElement>(el, 'button.send').click();
    await shown(el, '#supplement-sent');
    const keys = supplementPosts().map((request) => request.headers['idempotency-key']);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.not.equal(keys[1]);
  });

  it('refuses a wrong type, an empty file and a file over the size allowed on the device, and says why beside the input', async () => {
    const { el } = await trackerAtSupplement();
    const input = () => fileInputs(el)[0]!;
    const heard = recordAnnouncements(el);
    const cases: [File, RegExp][] = [
      [new File(['plain'], 'ghi-chu.txt', { type: 'text/plain' }), /^ghi-chu\.txt không đúng loại tệp\. Chỉ nhận: PDF, JPG, PNG$/],
      [new File([], 'rong.pdf', { type: 'application/pdf' }), /^rong\.pdf là tệp rỗng$/],
      [new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'to.pdf', { type: 'application/pdf' }), /^to\.pdf lớn hơn 5 MB, dung lượng tối đa cho phép$/],
    ];
    for (const [file, message] of cases) {
      chooseFiles(input(), [file]);
      await el.updateComplete;
      expect(text($(el, '#file-0-error'))).to.match(message);
      expect(fileState(el, 0)).to.equal('rejected');
      expect(text($(el, '#file-0-status'))).to.contain('Không nhận tệp này');
      expect(fileButtons(el)[0]!.getAttribute('aria-describedby')).to.contain('file-0-error');
      await until(() => heard.some((said) => message.test(said.replace(/[\u2068\u2069]/g, ''))), `announced: ${heard.join(' | ')}`);
    }
    await expect(el).to.be.accessible();
    fileInputs(el).slice(1).forEach((other) => chooseFiles(other, [pdf('ok.pdf')]));
    for (let index = 1; index < fileInputs(el).length; index++) await uploaded(el, index);
    $<HTMLButtonElement>(el, 'button.send').click();
    await shown(el, '#supplement-summary');
    expect(text($(el, '#supplement-summary'))).to.contain('lớn hơn 5 MB');
    await backEnd.barrier();
    expect(uploads(), 'refused files never leave the device').to.have.length(fileInputs(el).length - 1);
    expect(supplementPosts()).to.have.length(0);
  });

  it('shows an upload under way with its progress, and cancels it', async () => {
    const { el } = await trackerAtSupplement();
    mock.faults.add({ method: 'POST', path: '/attachments', delayMs: 60_000, times: 1 });
    const heard = recordAnnouncements(el);
    chooseFiles(fileInputs(el)[0]!, [pdf('cham.pdf')]);
    await until(() => fileState(el, 0) === 'uploading', 'uploading');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#file-0-status progress')).to.not.equal(null);
    expect(text($(el, '#file-0-status'))).to.contain('Đang tải lên…');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '#file-0-status [data-action="cancel"]').click();
    await until(() => fileState(el, 0) === undefined, 'the file forgotten');
    expect(el.shadowRoot!.querySelector('#file-0-status')).to.equal(null);
    await until(() => heard.includes('Đã hủy tải lên \u2068cham.pdf\u2069'), `announced: ${heard.join(' | ')}`);
  });

  it('offers a retry of an upload that failed, and it then uploads', async () => {
    const { el } = await trackerAtSupplement();
    mock.faults.add({ method: 'POST', path: '/attachments', status: 503, times: 1 });
    chooseFiles(fileInputs(el)[0]!, [pdf('thu-lai.pdf')]);
    await until(() => fileState(el, 0) === 'failed', 'failed');
    await el.updateComplete;
    expect(text($(el, '#file-0-error'))).to.equal('Chưa tải lên được thu-lai.pdf. Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '#file-0-status [data-action="retry"]').click();
    await uploaded(el, 0);
    expect(el.shadowRoot!.querySelector('#file-0-error')).to.equal(null);
  });

  it('says so when the network drops during an upload, and uploads again when it is back', async () => {
    const { el } = await trackerAtSupplement();
    mock.faults.add({ method: 'POST', path: '/attachments', offline: true, times: 1 });
    const heard = recordAnnouncements(el);
    const restore = pretendOnline(false);
    try {
      chooseFiles(fileInputs(el)[0]!, [pdf('mat-mang.pdf')]);
      await until(() => fileState(el, 0) === 'waiting', `waiting for the network (${fileState(el, 0)})`);
      await el.updateComplete;
    } finally {
      restore();
    }
    const offline = 'Mất kết nối mạng khi đang tải lên mat-mang.pdf. Tệp sẽ tự tải lên lại khi có mạng.';
    expect(text($(el, '#file-0-error'))).to.equal(offline);
    expect(text($(el, '#file-0-status'))).to.contain('Chờ có mạng để tải lên');
    expect(el.shadowRoot!.querySelector('#file-0-status [data-action="retry"]'), 'no button: it retries by itself').to.equal(null);
    await until(() => heard.some((said) => said.replace(/[\u2068\u2069]/g, '') === offline), `announced: ${heard.join(' | ')}`);
    await expect(el).to.be.accessible();
    window.dispatchEvent(new Event('online'));
    await uploaded(el, 0);
    expect(uploads()).to.have.length(2);
  });

  it('takes a 202 without a readable receipt as received (the supplement is in)', async () => {
    const { el, code } = await trackerAtSupplement();
    worker.use(
      http.post(
        `${base}/dossiers/:code/supplements`,
        async ({ request, requestId }) => {
          for (const handler of mock.handlers) {
            if (await handler.run({ request: request.clone(), requestId })) break;
          }
          return new HttpResponse(null, { status: 202 });
        },
        { once: true },
      ),
    );
    await chooseAll(el);
    const sent = oneEvent(el, 'gov-supplement-sent');
    $<HTMLButtonElement>(el, 'button.send').click();
    expect(((await sent) as CustomEvent).detail).to.deep.equal({ status: undefined });
    await shown(el, '#supplement-sent');
    expect(text($(el, '#supplement-sent'))).to.equal('Đã nhận giấy tờ bổ sung. Hồ sơ sẽ được giải quyết tiếp.');
    expect(el.shadowRoot!.querySelector('#supplement-failed')).to.equal(null);
    expect(supplementsReceived(code)).to.equal(1);
  });

  it('takes a 2xx whose body breaks the contract as received too', async () => {
    const { el } = await trackerAtSupplement();
    mock.faults.add({ method: 'POST', path: /\/supplements$/, malformed: true, times: 1 });
    await chooseAll(el);
    $<HTMLButtonElement>(el, 'button.send').click();
    await shown(el, '#supplement-sent');
    expect(text($(el, '#supplement-sent'))).to.equal('Đã nhận giấy tờ bổ sung. Hồ sơ sẽ được giải quyết tiếp.');
  });

  it('works with document codes named __proto__, constructor and toString', async () => {
    const demo = demoWith(mock, 5);
    const codes = ['__proto__', 'constructor', 'toString'];
    answerLookupWith(supplementDossier(mock.store.dossiers.status(mock.store.dossiers.get(demo.code)!), codes.map((code) => ({ code, name: `Giấy tờ ${code}` }))));
    let received: { attachments: { documentCode: string; attachmentId: string }[] } | undefined;
    worker.use(
      http.post(`${base}/dossiers/:code/supplements`, async ({ request }) => {
        received = (await request.json()) as typeof received;
        return HttpResponse.json({ dossierCode: demo.code, receivedAt: '2026-11-23T10:00:00+07:00', status: 4 }, { status: 202 });
      }),
    );
    const el = await fixture<GovStatusTracker>(html`<gov-status-tracker api-base=${base}></gov-status-tracker>`);
    await lookUp(el, demo.code, demo.verifier);
    await settled(el);
    expect(fileButtons(el).map((button) => text($(el, `label[for="${button.id}"]`)))).to.deep.equal(codes.map((code) => `Giấy tờ ${code}`));
    $<HTMLButtonElement>(el, 'button.send').click();
    await shown(el, '#supplement-summary');
    expect(el.shadowRoot!.querySelectorAll('#supplement-summary li')).to.have.length(3);
    await chooseAll(el);
    expect(el.shadowRoot!.querySelector('#supplement-summary')).to.equal(null);
    $<HTMLButtonElement>(el, 'button.send').click();
    await shown(el, '#supplement-sent');
    expect(received!.attachments.map((attachment) => attachment.documentCode)).to.deep.equal(codes);
    expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>)['documentCode']).to.equal(undefined);
  });

  it('honours the types and size a requested document names, and uses PDF, JPG, PNG up to 10 MB where it names none', async () => {
    const demo = demoWith(mock, 5);
    const shownDossier = mock.store.dossiers.status(mock.store.dossiers.get(demo.code)!);
    answerLookupWith(
      supplementDossier(shownDossier, [
        { code: 'ANH', name: 'Ảnh chân dung', accept: ['image/png', 'image/jpeg'], maxBytes: 2048 },
        { code: 'DON', name: 'Đơn đề nghị' },
      ]),
    );
    const el = await fixture<GovStatusTracker>(html`<gov-status-tracker api-base=${base}></gov-status-tracker>`);
    await lookUp(el, demo.code, demo.verifier);
    await settled(el);
    expect(text($(el, '#file-0-rules'))).to.equal('Nhận tệp PNG, JPG, tối đa 2 KB.');
    expect(fileInputs(el)[0]!.accept).to.equal('image/png,image/jpeg');
    expect(text($(el, '#file-1-rules')), 'the other document keeps the defaults').to.equal('Nhận tệp PDF, JPG, PNG, tối đa 10 MB.');
    chooseFiles(fileInputs(el)[0]!, [pdf('don.pdf')]);
    await el.updateComplete;
    expect(text($(el, '#file-0-error'))).to.equal('don.pdf không đúng loại tệp. Chỉ nhận: PNG, JPG');
    chooseFiles(fileInputs(el)[0]!, [new File([new Uint8Array(2049)], 'anh.png', { type: 'image/png' })]);
    await el.updateComplete;
    expect(text($(el, '#file-0-error'))).to.equal('anh.png lớn hơn 2 KB, dung lượng tối đa cho phép');
    await backEnd.barrier();
    expect(uploads(), 'refused on the device').to.have.length(0);
  });

  it('asks for a lookup when the host set the dossier without a verifier', async () => {
    const { el } = await trackerAtSupplement();
    const shownDossier = el.dossier!;
    el.dossier = shownDossier;
    await el.updateComplete;
    expect(fileInputs(el)).to.have.length(0);
    expect(text($(el, '.action'))).to.contain('hãy tra cứu lại hồ sơ');
    await expect(el).to.be.accessible();
  });

  it('speaks English, rules and states included', async () => {
    const { el } = await trackerAtSupplement('en');
    expect(text($(el, '#file-0-rules'))).to.equal('Accepted: PDF, JPG, PNG, up to 5 MB.');
    chooseFiles(fileInputs(el)[0]!, [new File([], 'empty.pdf', { type: 'application/pdf' })]);
    await el.updateComplete;
    expect(text($(el, '#file-0-error'))).to.equal('empty.pdf is empty');
    expect(text($(el, '#file-0-status'))).to.contain('File not accepted');
    await expect(el).to.be.accessible();
  });
});
