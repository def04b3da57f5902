import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until } from '../../support/wait.js';
import { http, HttpResponse } from 'msw';
import type { DossierReceipt, DossierSubmission, FormDefinition } from '../../../src/api/schemas.js';
import { ApiTransport } from '../../../src/api/transport.js';
import { createDossier } from '../../../src/api/endpoints.js';
import { isApiError } from '../../../src/api/errors.js';
import { RETRY_AFTER_MAX_S } from '../../../src/elements/dossier-form/submitter.js';
import { takeOverElementClock } from '../../support/fake-clock.js';
import { DOSSIER_CODE_PATTERN } from '../../../src/api/schemas.js';
import {
  $,
  $$,
  APPLICANT,
  BIRTH,
  describeNode,
  focused,
  button,
  click,
  continueOn,
  control,
  errorOf,
  liveRegion,
  summaryLinks,
  type,
  fillBirthRegistration,
  fillRequester,
  heading,
  mockBackEnd,
  mountForm,
  settled,
  text,
} from '../../support/dossier-form.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';

const base = '/t-form-submit/api/v1';
const backEnd = mockBackEnd(base);
const { mock } = backEnd;

describe('<gov-dossier-form> review and submission', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  /** Dossiers created by the test: the mock seeds demo dossiers on reset. */
  let seeded = 0;
  const created = () => mock.store.dossiers.count() - seeded;

  beforeEach(() => {
    mock.reset();
    seeded = mock.store.dossiers.count();
    backEnd.requests.length = 0;
    // A submission in flight is remembered by the tab (drafts off): each test is a new tab.
    sessionStorage.clear();
  });
  // Answers made up by a test (`worker.use`) end with it.
  afterEach(() => backEnd.worker.resetHandlers());
  after(() => sessionStorage.clear());

  it('fills every step, reviews the answers and submits exactly one dossier', async () => {
    const el = await mountForm(base, { applicant: APPLICANT });
    await fillBirthRegistration(el);
    expect(el.state).to.equal('review');
    expect(heading(el)).to.equal('Kiểm tra và nộp hồ sơ');
    expect(focused(el)).to.equal(describeNode($(el, '.page-heading')));

    const childRow = $(el, '.summary-row[data-field="childName"]');
    expect(text(childRow.querySelector('dd'))).to.equal('Nguyễn Minh Khôi');
    expect(text($(el, '.summary-row[data-field="childDateOfBirth"] dd'))).to.equal('03/11/2026');
    expect(text($(el, '.summary-row[data-field="childGender"] dd'))).to.equal('Nam');
    await until(() => text($(el, '.summary-row[data-field="residence"] dd')).includes('Phường Ba Đình'), 'unit names never loaded');
    expect(text($(el, '.summary-row[data-field="residence"] dd'))).to.equal('12 Phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội');
    expect(text($(el, '.summary-row[data-document="GCS"] dd'))).to.equal('giay-chung-sinh.pdf');
    // A hidden question is not reviewed.
    expect($$(el, '.summary-row[data-field="birthAddress"]')).to.have.length(0);

    $(el, '#declaration').click();
    await el.updateComplete;
    const submitted = oneEvent(el, 'gov-dossier-submitted');
    await click(el, button(el, 'Nộp hồ sơ'));
    const event = (await submitted) as CustomEvent<DossierReceipt>;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail.code).to.match(DOSSIER_CODE_PATTERN);
    await el.updateComplete;
    expect(el.state).to.equal('submitted');
    expect(created()).to.equal(1);
    expect(text($(el, '.code'))).to.equal(event.detail.code);

    const posts = backEnd.calls('POST', '/dossiers');
    expect(posts).to.have.length(1);
    const body = JSON.parse(posts[0]!.body) as DossierSubmission;
    expect(body.answers['childName']).to.equal('Nguyễn Minh Khôi');
    expect(body.answers['childDateOfBirth']).to.equal('2026-11-03');
    expect(body.answers['extractCopies']).to.equal(1);
    expect(body.answers, 'hidden fields are not sent').not.to.have.property('birthAddress');
    // The form names its applicant types (contract 1.1), so the body says which one applies.
    expect(body.applicant).to.deep.equal({
      type: 'citizen',
      fullName: 'Nguyễn Văn An',
      nationalId: '001090012345',
      phone: '0912345678',
      email: 'an.nguyen@example.vn',
    });
    expect(body.attachments).to.have.length(1);
    // The host's data prefilled these answers, unchanged: the body says so (source `host`, 1.0's object).
    expect(body.prefill).to.deep.include({ field: 'requesterName', source: 'host', changed: false });
    expect(body.prefill?.every((record) => record.source === 'host')).to.equal(true);
  });
  async function reviewPage(): Promise<GovDossierForm> {
    const el = await mountForm(base, { applicant: APPLICANT });
    await fillBirthRegistration(el);
    expect(el.state).to.equal('review');
    return el;
  }

  async function declare(el: GovDossierForm): Promise<void> {
    $(el, '#declaration').click();
    await el.updateComplete;
  }

  const keysSent = () => backEnd.calls('POST', '/dossiers').map((request) => request.headers['idempotency-key']);

  it('asks for the declaration before submitting, and nothing is sent without it', async () => {
    const el = await reviewPage();
    await click(el, button(el, 'Nộp hồ sơ'));
    expect(summaryLinks(el).map((link) => text(link))).to.deep.equal(['Vui lòng xác nhận lời cam đoan trước khi nộp hồ sơ']);
    expect(focused(el)).to.equal(describeNode($(el, '.error-summary')));
    summaryLinks(el)[0]!.click();
    expect(focused(el)).to.equal(describeNode($(el, '#declaration')));
    expect(backEnd.calls('POST', '/dossiers')).to.have.length(0);
    expect(text($(el, '.declaration-text'))).to.contain('Tôi cam đoan những nội dung khai trên đây là đúng sự thật');
    await expect(el).to.be.accessible();
    await declare(el);
    expect($$(el, '.error-summary'), 'confirming clears the error').to.have.length(0);
  });

  it('goes back to the question from a "change" link and returns to the review after it', async () => {
    const el = await reviewPage();
    const change = $(el, '.summary-row[data-field="childName"] button');
    expect(text(change)).to.equal('Thay đổi Họ, chữ đệm và tên của trẻ');
    await click(el, change);
    expect(el.currentPage).to.equal(1);
    expect(focused(el)).to.equal(describeNode(control(el, 'childName')));
    await type(el, 'childName', 'Nguyễn Minh An');
    await continueOn(el);
    expect(el.state, 'straight back to the review').to.equal('review');
    expect(text($(el, '.summary-row[data-field="childName"] dd'))).to.equal('Nguyễn Minh An');

    await click(el, $(el, '.summary-row[data-document="GCS"] button'));
    expect(el.currentPage).to.equal(4);
    expect(focused(el)).to.equal(describeNode($(el, '[data-document="GCS"] .file-chooser-button')));
  });

  it('sends one POST for a double click, with the button marked busy meanwhile', async () => {
    const el = await reviewPage();
    await declare(el);
    const held = backEnd.hold('post', '/dossiers');
    const submit = button(el, 'Nộp hồ sơ');
    submit.click();
    submit.click();
    await el.updateComplete;
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect(text(submit)).to.equal('Đang nộp hồ sơ…');
    expect(liveRegion(el)).to.equal('Đang nộp hồ sơ…');
    await expect(el).to.be.accessible();
    submit.click();
    held.release();
    await until(() => el.state === 'submitted', 'never submitted');
    expect(backEnd.calls('POST', '/dossiers')).to.have.length(1);
    expect(created()).to.equal(1);
  });

  it('retries a failed submission with the same Idempotency-Key: exactly one dossier', async () => {
    const el = await reviewPage();
    await declare(el);
    // Enough failures to outlast the client's own retries.
    mock.faults.add({ method: 'POST', path: '/dossiers', offline: true, times: 3 });
    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => $$(el, '.submit-error').length === 1, 'no error shown');
    const panel = $(el, '.submit-error');
    // No answer came: the dossier may exist. The applicant is told so, not "not submitted".
    expect(text(panel)).to.contain('Chưa rõ hồ sơ đã được nộp hay chưa');
    expect(text(panel)).to.contain('hồ sơ sẽ không bị nộp hai lần');
    expect(focused(el)).to.equal(describeNode(panel));
    expect(created()).to.equal(0);
    await expect(el).to.be.accessible();

    await click(el, button(el, 'Nộp lại'));
    await until(() => el.state === 'submitted', 'the retry did not submit');
    const keys = keysSent();
    expect(keys.length).to.equal(4);
    expect(new Set(keys).size, 'one key for the whole intent').to.equal(1);
    expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(created()).to.equal(1);
  });

  it('gets the first dossier back when the server had created it but the answer was lost', async () => {
    const el = await reviewPage();
    await declare(el);
    mock.faults.add({ method: 'POST', path: '/dossiers', offline: true, times: 3 });
    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => $$(el, '.submit-error').length === 1, 'no error shown');
    // What the server did with the lost request: the same body under the same key.
    const first = backEnd.calls('POST', '/dossiers')[0]!;
    const response = await fetch(`${base}/dossiers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': first.headers['idempotency-key']! },
      body: first.body,
    });
    const original = (await response.json()) as DossierReceipt;
    expect(created()).to.equal(1);

    const submitted = oneEvent(el, 'gov-dossier-submitted');
    await click(el, button(el, 'Nộp lại'));
    const receipt = ((await submitted) as CustomEvent<DossierReceipt>).detail;
    expect(receipt.code).to.equal(original.code);
    expect(created(), 'still exactly one dossier').to.equal(1);
  });

  it('puts 422 field errors back on their questions and steps; the rest in the summary', async () => {
    const el = await reviewPage();
    await declare(el);
    backEnd.worker.use(
      http.post(
        `${base}/dossiers`,
        () =>
          HttpResponse.json(
            {
              type: 'https://motcua.dev/problems/validation-failed',
              title: 'Dữ liệu chưa hợp lệ',
              status: 422,
              errors: [
                { field: 'answers.childName', code: 'format', message: 'Tên của trẻ có ký tự không hợp lệ' },
                { field: 'applicant.phone', code: 'blocked', message: 'Số điện thoại này đã bị khóa' },
                { field: 'attachments.GCS', code: 'unreadable', message: 'Không đọc được tệp giấy chứng sinh' },
                { field: 'delivery', code: 'enum', message: 'Hình thức nhận kết quả không còn hỗ trợ' },
              ],
            },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => el.state === 'filling', 'did not go back to a step');
    expect(el.currentPage, 'the earliest step with an error').to.equal(0);
    expect(summaryLinks(el).map((link) => text(link))).to.deep.equal(['Số điện thoại này đã bị khóa']);
    expect(text($(el, '.error-summary'))).to.contain('Hình thức nhận kết quả không còn hỗ trợ');
    expect(errorOf(el, 'requesterPhone')).to.equal('Lỗi: Số điện thoại này đã bị khóa');
    expect(focused(el)).to.equal(describeNode($(el, '.error-summary')));
    await expect(el).to.be.accessible();

    await type(el, 'requesterPhone', '0987654321');
    expect(errorOf(el, 'requesterPhone'), 'the server error clears once corrected').to.equal('');
    await continueOn(el);
    expect(el.state, 'back to the review after fixing').to.equal('review');
    // The other server errors wait on their own steps.
    await click(el, $(el, '.summary-row[data-field="childName"] button'));
    expect(errorOf(el, 'childName')).to.equal('Lỗi: Tên của trẻ có ký tự không hợp lệ');
    await continueOn(el);
    await click(el, $(el, '.summary-row[data-document="GCS"] button'));
    expect(text($(el, '[data-document="GCS"] .error-message'))).to.contain('Không đọc được tệp giấy chứng sinh');
    await continueOn(el);

    expect(($(el, '#declaration') as HTMLInputElement).checked, 'the declaration stays confirmed').to.equal(true);
    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => el.state === 'submitted', 'the corrected dossier was not submitted');
    const keys = keysSent();
    expect(keys[0], 'a corrected submission is a new intent').not.to.equal(keys[1]);
    expect(created()).to.equal(1);
  });

  it('on 409 form-version-changed fetches the new form, keeps the answers and says what changed', async () => {
    const el = await reviewPage();
    await declare(el);
    mock.store.forms.bump(BIRTH, (form) => {
      const child = form.steps[1]!;
      child.fields = child.fields.filter((field) => field.id !== 'hometown');
      child.fields.push({ id: 'childNickname', kind: 'text', label: 'Tên gọi ở nhà', required: true, maxLength: 50 });
    });
    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => $$(el, '.version-notice').length === 1, 'no notice of the new version');
    const notice = $(el, '.version-notice');
    expect(text(notice)).to.contain('Biểu mẫu vừa được cập nhật');
    expect(text(notice)).to.contain('Không còn trong biểu mẫu: Quê quán');
    expect(text(notice)).to.contain('Mục mới: Tên gọi ở nhà');
    expect(focused(el)).to.equal(describeNode(notice));
    expect(el.currentPage, 'the step with the new question').to.equal(1);
    expect(control(el, 'childName').value, 'answers are kept').to.equal('Nguyễn Minh Khôi');
    await expect(el).to.be.accessible();

    await type(el, 'childNickname', 'Bin');
    await continueOn(el);
    expect(el.state).to.equal('review');
    expect(text($(el, '.summary-row[data-document="GCS"] dd')), 'uploads are kept').to.equal('giay-chung-sinh.pdf');
    await declare(el);
    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => el.state === 'submitted', 'the new version was not submitted');
    const posts = backEnd.calls('POST', '/dossiers');
    const body = JSON.parse(posts[posts.length - 1]!.body) as DossierSubmission;
    expect(body.formVersion).to.equal('2025.07.2');
    expect(body.answers['childNickname']).to.equal('Bin');
    expect(body.answers['childName']).to.equal('Nguyễn Minh Khôi');
    expect(body.answers).not.to.have.property('hometown');
    expect(created()).to.equal(1);
  });

  it('confirms with the code, the times and what comes next; prints and asks to track', async () => {
    const el = await reviewPage();
    await declare(el);
    const submitted = oneEvent(el, 'gov-dossier-submitted');
    await click(el, button(el, 'Nộp hồ sơ'));
    const receipt = ((await submitted) as CustomEvent<DossierReceipt>).detail;
    await el.updateComplete;
    expect(heading(el)).to.equal('Đã nộp hồ sơ thành công');
    expect(focused(el)).to.equal(describeNode($(el, '.page-heading')));
    const details = text($(el, '.receipt-details'));
    expect(details).to.contain('Đăng ký khai sinh');
    expect(details).to.contain('Thời gian nộp');
    expect(details).to.contain('Ngày hẹn trả kết quả');
    expect(text($(el, '.receipt'))).to.contain('Tiếp theo');
    await expect(el).to.be.accessible();

    const print = window.print;
    let printed = 0;
    window.print = () => {
      printed++;
    };
    try {
      await click(el, button(el, 'In giấy tiếp nhận hồ sơ và hẹn trả kết quả'));
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);

    const track = oneEvent(el, 'gov-track-dossier');
    await click(el, button(el, 'Theo dõi hồ sơ'));
    const event = (await track) as CustomEvent<{ code: string }>;
    expect(event.detail).to.deep.equal({ code: receipt.code });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('takes a double click on "Tiếp tục" as one: the next step is not covered in errors', async () => {
    const el = await mountForm(base, { applicant: APPLICANT });
    await fillRequester(el);
    const next = button(el, 'Tiếp tục');
    next.dispatchEvent(new MouseEvent('click', { detail: 1, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.currentPage).to.equal(1);
    // The second click of the double click lands on the same spot: the next page's button.
    button(el, 'Tiếp tục').dispatchEvent(new MouseEvent('click', { detail: 2, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.currentPage).to.equal(1);
    expect($$(el, '.error-summary'), 'no errors on a page nobody has seen').to.have.length(0);
    expect($$(el, '.field.has-error')).to.have.length(0);
    expect(focused(el)).to.equal(describeNode($(el, '.page-heading')));
  });

  /** Every key sent, with the bodies sent under it: a key must only ever carry one body. */
  const bodiesByKey = () => {
    const byKey = new Map<string, Set<string>>();
    for (const request of backEnd.calls('POST', '/dossiers')) {
      const key = request.headers['idempotency-key']!;
      if (!byKey.has(key)) byKey.set(key, new Set());
      byKey.get(key)!.add(request.body);
    }
    return byKey;
  };

  const changeLinks = (el: GovDossierForm) => $$(el, 'button.summary-action');

  it('holds the answers while the outcome is unknown, and resends the very same body with the same key', async () => {
    const el = await reviewPage();
    await declare(el);
    // A gateway error: the back end may have stored the dossier before it.
    mock.faults.add({ method: 'POST', path: '/dossiers', status: 503, times: 1 });
    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => $$(el, '.submit-error').length === 1, 'no error shown');
    const panel = $(el, '.submit-error');
    expect(text(panel)).to.contain('Chưa rõ hồ sơ đã được nộp hay chưa');
    expect(text(panel)).to.contain('bản khai được giữ nguyên cho tới khi biết kết quả');
    expect(changeLinks(el), 'no "Thay đổi" while the outcome is unknown').to.have.length(0);
    expect($$(el, '.actions button').map((node) => text(node)), 'no "Quay lại" either').to.deep.equal(['Nộp lại']);
    expect(focused(el)).to.equal(describeNode(panel));
    await expect(el).to.be.accessible();

    await click(el, button(el, 'Nộp lại'));
    await until(() => el.state === 'submitted', 'the retry did not submit');
    const byKey = bodiesByKey();
    expect(byKey.size, 'one key').to.equal(1);
    expect([...byKey.values()][0]!.size, 'one body under it').to.equal(1);
    expect(backEnd.calls('POST', '/dossiers')).to.have.length(2);
    expect(created()).to.equal(1);
  });

  it('never sends an edited answer with the first key: editing is a confirmed new dossier', async () => {
    const el = await reviewPage();
    await declare(el);
    mock.faults.add({ method: 'POST', path: '/dossiers', status: 502, times: 1 });
    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => $$(el, '.submit-error').length === 1, 'no error shown');

    await click(el, button(el, 'Sửa bản khai và nộp thành hồ sơ mới'));
    const confirm = $(el, '.confirm-new');
    expect(text(confirm)).to.contain('Nộp thành một hồ sơ mới?');
    expect(text(confirm)).to.contain('bạn có thể có hai hồ sơ');
    expect(focused(el)).to.equal(describeNode(confirm));
    await expect(el).to.be.accessible();
    await click(el, button(el, 'Không, quay lại'));
    expect(changeLinks(el), 'still held').to.have.length(0);

    await click(el, button(el, 'Sửa bản khai và nộp thành hồ sơ mới'));
    await click(el, button(el, 'Sửa bản khai'));
    expect(changeLinks(el).length, 'the answers are the applicant’s again').to.be.greaterThan(0);
    await click(el, $(el, '.summary-row[data-field="childName"] button'));
    await type(el, 'childName', 'Nguyễn Minh An');
    await continueOn(el);
    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => el.state === 'submitted', 'the edited dossier was not submitted');
    const byKey = bodiesByKey();
    expect(byKey.size, 'a new key for the edited body').to.equal(2);
    for (const bodies of byKey.values()) expect(bodies.size, 'each key carries one body').to.equal(1);
    const last = JSON.parse(backEnd.calls('POST', '/dossiers').at(-1)!.body) as DossierSubmission;
    expect(last.answers['childName']).to.equal('Nguyễn Minh An');
  });

  it('after a reload with drafts off, remembers the submission in flight and asks before a different body goes out', async () => {
    let el = await reviewPage();
    await declare(el);
    mock.faults.add({ method: 'POST', path: '/dossiers', offline: true, times: 3 });
    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => $$(el, '.submit-error').length === 1, 'no error shown');
    const first = backEnd.calls('POST', '/dossiers')[0]!.headers['idempotency-key']!;
    const kept = Object.entries(sessionStorage);
    expect(kept.map(([key]) => key)).to.deep.equal(['motcua:dossier-inflight:v1:1.001193:']);
    expect(Object.keys(JSON.parse(kept[0]![1])).sort(), 'the key and a hash, nothing personal').to.deep.equal(['hash', 'key', 'sentAt']);
    expect(kept[0]![1]).to.not.contain('Nguyễn');

    // The page is left and come back to (Back and Forward without the cache, a reload).
    el.remove();
    el = await mountForm(base, { applicant: APPLICANT });
    expect(text($(el, '.in-flight-notice'))).to.match(/^Một hồ sơ của thủ tục này đã được gửi từ thẻ này lúc \d\d:\d\d mà chưa rõ kết quả/);
    await expect(el).to.be.accessible();
    await fillBirthRegistration(el);
    // The certificate was uploaded again: a new attachment id, so not the body sent before.
    expect(text($(el, '.submit-error'))).to.contain('Bản khai hiện tại khác bản đã gửi lúc');
    await declare(el);
    await click(el, button(el, 'Nộp lại'));
    expect(text($(el, '.confirm-new'))).to.contain('Nộp thành một hồ sơ mới?');
    expect(backEnd.calls('POST', '/dossiers')).to.have.length(3);
    await click(el, button(el, 'Nộp thành hồ sơ mới'));
    await until(() => el.state === 'submitted', 'never submitted');
    const keys = keysSent();
    expect(keys.at(-1)).to.not.equal(first);
    for (const bodies of bodiesByKey().values()) expect(bodies.size).to.equal(1);
    expect(sessionStorage.length, 'the record goes with the outcome').to.equal(0);
  });

  it('after a reload with drafts off, sends the same body again with the same key: one dossier', async () => {
    // A form with nothing to upload, so the applicant can type exactly the same body again.
    const definition: FormDefinition = {
      procedureCode: '9.000001',
      version: '1',
      title: 'Tờ khai ngắn',
      steps: [{ id: 's', title: 'Nội dung', fields: [{ id: 'request', kind: 'text', label: 'Đề nghị', required: true }] }],
      attachments: [],
    };
    const stored = new Map<string, DossierReceipt>();
    let failures = 3;
    backEnd.worker.use(
      http.post(`${base}/dossiers`, ({ request }) => {
        if (failures-- > 0) return HttpResponse.error();
        const key = request.headers.get('Idempotency-Key')!;
        if (!stored.has(key)) {
          stored.set(key, { code: `000.00.01.H22-261122-000${stored.size + 1}`, status: 1, submittedAt: new Date().toISOString(), procedure: { code: '9.000001', name: 'Thủ tục' } });
        }
        return HttpResponse.json(stored.get(key), { status: 201 });
      }),
    );
    const mount = async () => {
      const form = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} drafts="off" .applicant=${APPLICANT} .definition=${definition}></gov-dossier-form>`);
      await settled(form);
      return form;
    };
    let el = await mount();
    await type(el, 'request', 'Cấp lại bản sao');
    await continueOn(el);
    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => $$(el, '.submit-error').length === 1, 'no error shown');
    el.remove();

    el = await mount();
    await type(el, 'request', 'Cấp lại bản sao');
    await continueOn(el);
    expect(changeLinks(el), 'the same body: held as it is').to.have.length(0);
    await click(el, button(el, 'Nộp lại'));
    await until(() => el.state === 'submitted', 'never submitted');
    expect($$(el, '.receipt-incomplete')).to.have.length(0);
    expect(new Set(keysSent()).size, 'the key survived the reload').to.equal(1);
    expect(stored.size, 'one dossier').to.equal(1);
  });

  it('shows the code of a dossier whose receipt breaks the contract, and says the receipt could not be read', async () => {
    const el = await reviewPage();
    await declare(el);
    backEnd.worker.use(
      http.post(`${base}/dossiers`, () => HttpResponse.json({ code: '000.00.01.H22-261122-0777', status: 'đã tiếp nhận' }, { status: 201 }), { once: true }),
    );
    const submitted = oneEvent(el, 'gov-dossier-submitted');
    await click(el, button(el, 'Nộp hồ sơ'));
    const event = (await submitted) as CustomEvent<{ incomplete: true; code?: string }>;
    expect(event.detail).to.deep.equal({ incomplete: true, code: '000.00.01.H22-261122-0777' });
    await el.updateComplete;
    expect(el.state).to.equal('submitted');
    expect(heading(el)).to.equal('Đã nộp hồ sơ thành công');
    expect(text($(el, '.code'))).to.equal('000.00.01.H22-261122-0777');
    expect(text($(el, '.receipt-incomplete'))).to.contain('giấy tiếp nhận hồ sơ và hẹn trả kết quả gửi về không đọc được đầy đủ');
    expect(text(el.shadowRoot!)).to.not.contain('Chưa nộp được');
    expect(sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
    const track = oneEvent(el, 'gov-track-dossier');
    await click(el, button(el, 'Theo dõi hồ sơ'));
    expect(((await track) as CustomEvent<{ code: string }>).detail).to.deep.equal({ code: '000.00.01.H22-261122-0777' });
  });

  it('says a dossier was received even when its receipt has no readable code', async () => {
    const el = await reviewPage();
    await declare(el);
    backEnd.worker.use(http.post(`${base}/dossiers`, () => new HttpResponse('<html>OK</html>', { status: 201 }), { once: true }));
    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => el.state === 'submitted', 'not shown as submitted');
    expect($$(el, '.code')).to.have.length(0);
    expect(text($(el, '.receipt-incomplete'))).to.contain('Đừng nộp lại');
    expect($$(el, 'button').map((node) => text(node))).to.not.include('Theo dõi hồ sơ');
  });

  it('keeps the unvalidated body of an invalid response out of sight: not enumerable, not in the message', async () => {
    const transport = new ApiTransport({ baseUrl: base, retries: 0 });
    backEnd.worker.use(http.post(`${base}/dossiers`, () => HttpResponse.json({ code: '000.00.01.H22-261122-0778', secret: '001090012345' }, { status: 201 }), { once: true }));
    const error = await createDossier(transport, {} as DossierSubmission, 'k').then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(isApiError(error) && error.kind).to.equal('invalid-response');
    if (!isApiError(error)) return;
    expect((error.body as { code: string }).code).to.equal('000.00.01.H22-261122-0778');
    expect(Object.keys(error)).to.not.include('body');
    expect(JSON.stringify(error)).to.not.contain('001090012345');
    expect(error.message).to.not.contain('001090012345');
  });

  describe('429', () => {
    let time: ReturnType<typeof takeOverElementClock>;
    beforeEach(() => {
      time = takeOverElementClock();
    });
    afterEach(() => time.restore());

    it('waits for Retry-After before "Nộp lại", with the wait announced, then resends the same key', async () => {
      const el = await reviewPage();
      await declare(el);
      mock.faults.add({ method: 'POST', path: '/dossiers', status: 429, retryAfter: 30, times: 1 });
      await click(el, button(el, 'Nộp hồ sơ'));
      await until(() => $$(el, '.submit-error').length === 1, 'no error shown');
      expect(text($(el, '.submit-error h2'))).to.equal('Hệ thống đang nhận quá nhiều hồ sơ');
      expect(text($(el, '#submit-wait'))).to.equal('Bạn có thể nộp lại sau 30 giây.');
      expect(liveRegion(el)).to.equal('Hệ thống đang nhận quá nhiều hồ sơ. Bạn có thể nộp lại sau 30 giây.');
      const retry = button(el, 'Nộp lại');
      expect(retry.getAttribute('aria-disabled')).to.equal('true');
      expect(retry.getAttribute('aria-describedby')).to.equal('submit-wait');
      await expect(el).to.be.accessible();
      await click(el, retry);
      expect(backEnd.calls('POST', '/dossiers'), 'not before the wait').to.have.length(1);

      time.clock.advance(12_000);
      await el.updateComplete;
      expect(text($(el, '#submit-wait'))).to.equal('Bạn có thể nộp lại sau 18 giây.');
      expect(button(el, 'Nộp lại').getAttribute('aria-disabled')).to.equal('true');
      expect(liveRegion(el), 'not read out every second').to.equal('Hệ thống đang nhận quá nhiều hồ sơ. Bạn có thể nộp lại sau 30 giây.');
      time.clock.advance(18_000);
      await el.updateComplete;
      expect(button(el, 'Nộp lại').getAttribute('aria-disabled')).to.equal('false');
      expect(liveRegion(el)).to.equal('Bạn có thể nộp lại ngay bây giờ.');
      await click(el, button(el, 'Nộp lại'));
      await until(() => el.state === 'submitted', 'never submitted');
      expect(new Set(keysSent()).size).to.equal(1);
    });

    it('reads Retry-After as an HTTP date, and caps a long one', async () => {
      const el = await reviewPage();
      await declare(el);
      // The answer's Date and Retry-After both come from the server's clock: exactly 90 s,
      // however long the answer took to arrive.
      const sent = Math.floor(Date.now() / 1000) * 1000;
      const headers = { Date: new Date(sent).toUTCString(), 'Retry-After': new Date(sent + 90_000).toUTCString(), 'Content-Type': 'application/problem+json' };
      backEnd.worker.use(
        http.post(`${base}/dossiers`, () => HttpResponse.json({ type: 'about:blank', title: 'Too many', status: 429 }, { status: 429, headers }), { once: true }),
      );
      await click(el, button(el, 'Nộp hồ sơ'));
      await until(() => $$(el, '#submit-wait').length === 1, 'no wait shown');
      expect(text($(el, '#submit-wait'))).to.equal('Bạn có thể nộp lại sau 1 phút 30 giây.');

      backEnd.worker.use(
        http.post(`${base}/dossiers`, () => HttpResponse.json({ type: 'about:blank', title: 'Too many', status: 429 }, { status: 429, headers: { 'Retry-After': '86400', 'Content-Type': 'application/problem+json' } }), { once: true }),
      );
      time.clock.advance(91_000);
      await el.updateComplete;
      expect(button(el, 'Nộp lại').getAttribute('aria-disabled')).to.equal('false');
      await click(el, button(el, 'Nộp lại'));
      await until(() => text(el.shadowRoot!.querySelector('#submit-wait')).includes('5 phút'), 'not capped');
      expect(RETRY_AFTER_MAX_S).to.equal(300);
      expect(text($(el, '#submit-wait'))).to.equal('Bạn có thể nộp lại sau 5 phút.');
    });
  });
});
