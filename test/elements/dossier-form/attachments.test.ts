import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../support/wait.js';
import type { FormDefinition } from '../../../src/api/schemas.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import {
  $,
  $$,
  button,
  chooseFiles,
  click,
  continueOn,
  describeNode,
  documentInput,
  focused,
  liveRegion,
  mockBackEnd,
  pdf,
  settled,
  summaryLinks,
  text,
} from '../../support/dossier-form.js';

const base = '/t-form-files/api/v1';
const backEnd = mockBackEnd(base);
const { mock } = backEnd;
const MB = 1024 * 1024;

/**
 * The birth registration's documents behind a one-question step. GCS is announced more
 * loosely than the server enforces it (any type, 50 MB), so the server's 413 and 415 can
 * be seen; the other documents are checked in the browser.
 */
const FILES_FORM: FormDefinition = {
  procedureCode: '1.001193',
  version: 'files-1',
  title: 'Tờ khai đăng ký khai sinh',
  steps: [{ id: 'one', title: 'Bước một', fields: [{ id: 'note', kind: 'text', label: 'Ghi chú' }] }],
  attachments: [
    {
      documentCode: 'GCS',
      name: 'Giấy chứng sinh',
      hint: 'Bản chụp rõ nét',
      required: true,
      accept: [],
      maxBytes: 50 * MB,
      maxFiles: 2,
      templateUrl: 'https://dichvucong.example.gov.vn/mau/giay-chung-sinh.docx',
    },
    {
      documentCode: 'GCNKH',
      name: 'Giấy chứng nhận kết hôn',
      required: false,
      accept: ['application/pdf', 'image/jpeg', 'image/png'],
      maxBytes: 1 * MB,
      maxFiles: 1,
      templateUrl: 'javascript:alert(1)',
    },
  ],
};

async function attachmentsPage(locale = 'vi'): Promise<GovDossierForm> {
  const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} drafts="off" locale=${locale} .definition=${FILES_FORM}></gov-dossier-form>`);
  await settled(el);
  if (locale === 'en') await click(el, button(el, 'Continue'));
  else await continueOn(el);
  await el.updateComplete;
  expect(text($(el, '.page-heading'))).to.equal(locale === 'en' ? 'Supporting documents' : 'Giấy tờ đính kèm');
  return el;
}

const items = (el: GovDossierForm, code: string) => $$(el, `[data-document="${code}"] .file`);
const uploadsSent = () => backEnd.calls('POST', '/attachments').length;

async function uploaded(el: GovDossierForm, code: string, count = 1): Promise<void> {
  await until(() => $$(el, `[data-document="${code}"] .file.done`).length === count, 'the upload never finished');
}

describe('<gov-dossier-form> attachments', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    mock.reset();
    backEnd.requests.length = 0;
  });
  afterEach(() => backEnd.worker.resetHandlers());

  it('shows each document with its name, hint, rules and blank template; never a javascript: link', async () => {
    const el = await attachmentsPage();
    const gcs = $(el, '[data-document="GCS"]');
    const input = documentInput(el, 'GCS');
    expect(text(gcs.querySelector('.label'))).to.equal('Giấy chứng sinh');
    expect(input.multiple).to.equal(true);
    const chooser = $(el, '#doc0');
    expect(text(chooser)).to.equal('Chọn tệp: Giấy chứng sinh');
    const described = chooser.getAttribute('aria-describedby')!.split(' ').map((id) => text(el.shadowRoot!.getElementById(id)));
    expect(described[0]).to.equal('Bản chụp rõ nét');
    const marriage = documentInput(el, 'GCNKH');
    expect(text($(el, '[data-document="GCNKH"] .label'))).to.equal('Giấy chứng nhận kết hôn (không bắt buộc)');
    expect(marriage.accept).to.equal('application/pdf,image/jpeg,image/png');
    expect(text($(el, '[data-document="GCNKH"]'))).to.contain('Nhận tệp PDF, JPG, PNG, mỗi tệp tối đa 1 MB, tối đa 1 tệp.');
    const template = gcs.querySelector('a')!;
    expect(template.getAttribute('href')).to.equal('https://dichvucong.example.gov.vn/mau/giay-chung-sinh.docx');
    expect(text(template)).to.equal('Tải mẫu: Giấy chứng sinh');
    expect($$(el, '[data-document="GCNKH"] a'), 'an unsafe template URL is dropped').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('is a localised 44 px "Chọn tệp" button, never the browser’s own control, and the drop words only where dragging exists', async () => {
    const el = await attachmentsPage();
    const input = documentInput(el, 'GCS');
    expect(input.checkVisibility(), 'the browser’s "Choose Files / No file chosen" is not shown').to.equal(false);
    expect(input.tabIndex).to.equal(-1);
    const chooser = $(el, '#doc0');
    expect(chooser.getBoundingClientRect().height).to.be.at.least(44);
    // The button opens the hidden input's picker.
    let opened = 0;
    input.addEventListener('click', (event) => {
      event.preventDefault();
      opened++;
    });
    chooser.click();
    expect(opened).to.equal(1);
    const dragging = matchMedia('(hover: hover) and (pointer: fine)').matches;
    expect($(el, '[data-document="GCS"] .drop-hint').checkVisibility()).to.equal(dragging);
    expect($(el, '[data-document="GCS"] .drop-hint').getAttribute('aria-hidden')).to.equal('true');
    chooseFiles(input, [pdf('giay-chung-sinh.pdf', 3 * 1024)]);
    await uploaded(el, 'GCS');
    const remove = $(el, '[data-document="GCS"] [data-action="remove"]');
    expect(text(remove)).to.equal('Xóa: giay-chung-sinh.pdf');
    expect(remove.getBoundingClientRect().height).to.be.at.least(44);
    expect(text($(el, '[data-document="GCS"] .file-size'))).to.equal('(3 KB)');
    await expect(el).to.be.accessible();
  });

  it('states the rules in English with the right plural', async () => {
    const el = await attachmentsPage('en');
    expect(text($(el, '[data-document="GCNKH"] #doc1-rules'))).to.equal('Accepts 1 file: PDF, JPG, PNG, up to 1 MB.');
    expect(text($(el, '#doc1'))).to.equal('Choose a file: Giấy chứng nhận kết hôn');
    expect(text($(el, '#doc0'))).to.equal('Choose files: Giấy chứng sinh');
    await expect(el).to.be.accessible();
  });

  it('enforces required documents through the error summary, whose link focuses the file chooser', async () => {
    const el = await attachmentsPage();
    await continueOn(el);
    expect(el.currentPage).to.equal(1);
    expect(summaryLinks(el).map((link) => text(link))).to.deep.equal(['Vui lòng đính kèm giấy chứng sinh']);
    summaryLinks(el)[0]!.click();
    expect(focused(el)).to.equal(describeNode($(el, '#doc0')));
    await expect(el).to.be.accessible();
  });

  it('uploads a chosen file, announces it, clears the error live and lets the applicant go on', async () => {
    const el = await attachmentsPage();
    await continueOn(el);
    chooseFiles(documentInput(el, 'GCS'), [pdf('khai-sinh.pdf')]);
    await el.updateComplete;
    await uploaded(el, 'GCS');
    expect(liveRegion(el)).to.equal('Đã tải lên khai-sinh.pdf');
    expect(text(items(el, 'GCS')[0])).to.contain('Đã tải lên');
    expect($$(el, '.error-summary'), 'the document error is re-checked live').to.have.length(0);
    expect(uploadsSent()).to.equal(1);
    await continueOn(el);
    expect(el.state).to.equal('review');
    expect(text($(el, '.summary-row[data-document="GCS"] dd'))).to.equal('khai-sinh.pdf');
  });

  it('refuses a wrong type, an oversized, an empty file and one too many before any upload', async () => {
    const el = await attachmentsPage();
    chooseFiles(documentInput(el, 'GCNKH'), [new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' })]);
    await el.updateComplete;
    expect(text(items(el, 'GCNKH')[0])).to.contain('virus.exe không đúng loại tệp. Chỉ nhận: PDF, JPG, PNG');
    expect(liveRegion(el)).to.contain('virus.exe không đúng loại tệp');
    await click(el, button(el, 'Xóa: virus.exe'));
    expect(items(el, 'GCNKH')).to.have.length(0);

    chooseFiles(documentInput(el, 'GCNKH'), [pdf('lon.pdf', 2 * MB)]);

    await el.updateComplete;
    expect(text(items(el, 'GCNKH')[0])).to.contain('lon.pdf lớn hơn 1 MB');
    chooseFiles(documentInput(el, 'GCNKH'), [new File([], 'rong.pdf', { type: 'application/pdf' })]);
    await el.updateComplete;
    expect(text(items(el, 'GCNKH')[1])).to.contain('rong.pdf là tệp rỗng');

    chooseFiles(documentInput(el, 'GCS'), [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')]);

    await el.updateComplete;
    await uploaded(el, 'GCS', 2);
    expect(text(items(el, 'GCS')[2])).to.contain('Không thêm được c.pdf: chỉ đính kèm tối đa 2 tệp');
    expect(uploadsSent(), 'only the two acceptable files left the device').to.equal(2);
    // A file with no type from the browser is recognised by its name.
    chooseFiles(documentInput(el, 'GCNKH'), [new File(['x'], 'scan.PDF', { type: '' })]);
    await el.updateComplete;
    await until(() => items(el, 'GCNKH').some((item) => item.classList.contains('done')), 'the typeless PDF never uploaded');
  });

  it("shows the server's 413 and 415 without a useless retry, and the file can be removed", async () => {
    const el = await attachmentsPage();
    chooseFiles(documentInput(el, 'GCS'), [pdf('qua-lon.pdf', 6 * MB)]);
    await el.updateComplete;
    await until(() => items(el, 'GCS')[0]?.classList.contains('failed'), 'no 413');
    expect(text(items(el, 'GCS')[0])).to.contain('Hệ thống không nhận qua-lon.pdf: Tệp vượt quá 5 MB');
    expect($$(el, '[data-document="GCS"] [data-action="retry"]')).to.have.length(0);

    chooseFiles(documentInput(el, 'GCS'), [new File(['hello'], 'ghi-chu.txt', { type: 'text/plain' })]);

    await el.updateComplete;
    await until(() => items(el, 'GCS')[1]?.classList.contains('failed'), 'no 415');
    expect(text(items(el, 'GCS')[1])).to.contain('Hệ thống không nhận ghi-chu.txt: Chỉ nhận: application/pdf, image/jpeg, image/png');

    await continueOn(el);
    expect(summaryLinks(el).map((link) => text(link))).to.deep.equal([
      'Có tệp của giấy chứng sinh chưa tải lên được: hãy thử lại hoặc xóa tệp đó',
    ]);
    await click(el, button(el, 'Xóa: qua-lon.pdf'));
    await click(el, button(el, 'Xóa: ghi-chu.txt'));
    expect(items(el, 'GCS')).to.have.length(0);
    expect(liveRegion(el)).to.equal('Đã xóa ghi-chu.txt');
    expect(summaryLinks(el).map((link) => text(link))).to.deep.equal(['Vui lòng đính kèm giấy chứng sinh']);
  });

  it('offers a retry after a failed upload, which then succeeds', async () => {
    const el = await attachmentsPage();
    mock.faults.add({ method: 'POST', path: '/attachments', status: 503, times: 1 });
    chooseFiles(documentInput(el, 'GCS'), [pdf('khai-sinh.pdf')]);
    await el.updateComplete;
    await until(() => items(el, 'GCS')[0]?.classList.contains('failed'), 'the upload did not fail');
    expect(text(items(el, 'GCS')[0])).to.contain('Chưa tải lên được khai-sinh.pdf.');
    await expect(el).to.be.accessible();
    await click(el, button(el, 'Thử lại: khai-sinh.pdf'));
    await uploaded(el, 'GCS');
    expect(uploadsSent()).to.equal(2);
    expect(items(el, 'GCS')).to.have.length(1);
  });

  it('shows progress while uploading and can cancel: the file is forgotten, the applicant told', async () => {
    const el = await attachmentsPage();
    // Held until cancelled: the cancellation aborts it.
    backEnd.hold('post', '/attachments');
    chooseFiles(documentInput(el, 'GCS'), [pdf('cham.pdf')]);
    await el.updateComplete;
    const progress = $(el, '[data-document="GCS"] progress');
    expect(progress.getAttribute('aria-label')).to.equal('Đang tải lên: cham.pdf');
    await expect(el).to.be.accessible();

    // Continuing while a file is on its way asks to wait.
    await continueOn(el);
    expect(summaryLinks(el).map((link) => text(link))).to.deep.equal(['Vui lòng chờ tải lên xong tệp của giấy chứng sinh']);

    await click(el, button(el, 'Hủy tải lên: cham.pdf'));
    await until(() => items(el, 'GCS').length === 0, 'the cancelled file is still listed');
    expect(liveRegion(el)).to.equal('Đã hủy tải lên cham.pdf');
  });

  it('takes files dropped on the document area', async () => {
    const el = await attachmentsPage();
    const area = $(el, '[data-document="GCS"] .file-chooser');
    const transfer = new DataTransfer();
    transfer.items.add(pdf('keo-tha.pdf'));
    area.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    await el.updateComplete;
    expect(area.classList.contains('dragging')).to.equal(true);
    area.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    await uploaded(el, 'GCS');
    expect(area.classList.contains('dragging')).to.equal(false);
    expect(text(items(el, 'GCS')[0])).to.contain('keo-tha.pdf');
  });
});
