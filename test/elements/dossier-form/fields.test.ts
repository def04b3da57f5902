import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { until } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { FormDefinition } from '../../../src/api/schemas.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import {
  $,
  $$,
  APPLICANT,
  describeNode,
  focused,
  button,
  choose,
  click,
  continueOn,
  control,
  errorOf,
  fillAddress,
  group,
  heading,
  mockBackEnd,
  mountForm,
  select,
  settled,
  summaryLinks,
  text,
  tick,
  type,
  typeDate,
  unitsLoaded,
} from '../../support/dossier-form.js';

const base = '/t-form-fields/api/v1';
const backEnd = mockBackEnd(base);
const { mock } = backEnd;

/** One question of each of the fourteen kinds, on one step. */
const EVERY_KIND: FormDefinition = {
  procedureCode: '1.001193',
  version: 'preview-1',
  title: 'Mọi loại câu hỏi',
  steps: [
    {
      id: 'all',
      title: 'Tất cả các loại',
      fields: [
        { id: 'intro', kind: 'section', label: 'Phần một', hint: 'Giới thiệu phần' },
        { id: 'notice', kind: 'note', label: 'Lệ phí: miễn phí.' },
        { id: 'name', kind: 'text', label: 'Họ và tên', hint: 'Viết có dấu', required: true, minLength: 2, maxLength: 20 },
        { id: 'story', kind: 'textarea', label: 'Nội dung', required: true, minLength: 10 },
        { id: 'count', kind: 'number', label: 'Số bản', required: true, min: 1, max: 10 },
        { id: 'mail', kind: 'email', label: 'Thư điện tử' },
        { id: 'phone', kind: 'phone', label: 'Số điện thoại', required: true },
        { id: 'born', kind: 'date', label: 'Ngày sinh', required: true, min: '1900-01-01', max: '2020-12-31' },
        {
          id: 'colour',
          kind: 'select',
          label: 'Màu',
          required: true,
          options: [
            { value: 'do', label: 'Đỏ' },
            { value: 'xanh', label: 'Xanh' },
          ],
        },
        {
          id: 'size',
          kind: 'radio',
          label: 'Cỡ',
          required: true,
          options: [
            { value: 's', label: 'Nhỏ' },
            { value: 'l', label: 'Lớn' },
          ],
        },
        { id: 'agree', kind: 'checkbox', label: 'Tôi đồng ý', required: true },
        {
          id: 'days',
          kind: 'checkboxes',
          label: 'Ngày nhận',
          required: true,
          options: [
            { value: 't2', label: 'Thứ hai' },
            { value: 't3', label: 'Thứ ba' },
          ],
        },
        { id: 'cccd', kind: 'national-id', label: 'Số định danh', required: true },
        { id: 'home', kind: 'address', label: 'Nơi ở', required: true },
      ],
    },
    { id: 'two', title: 'Bước hai', fields: [{ id: 'extra', kind: 'text', label: 'Thêm' }] },
  ],
  attachments: [],
};

async function everyKind(): Promise<GovDossierForm> {
  const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} drafts="off" .definition=${EVERY_KIND}></gov-dossier-form>`);
  await settled(el);
  return el;
}

describe('<gov-dossier-form> fields and validation', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    mock.reset();
    backEnd.requests.length = 0;
  });

  it('renders every field kind with its label, hint and error in the same shadow root', async () => {
    const el = await everyKind();
    expect(text($(el, '[data-field="intro"] h3'))).to.equal('Phần một');
    expect(text($(el, '[data-field="notice"]'))).to.equal('Lệ phí: miễn phí.');

    const name = control(el, 'name');
    expect(name.labels?.[0] && text(name.labels[0])).to.equal('Họ và tên');
    const hint = el.shadowRoot!.getElementById(name.getAttribute('aria-describedby')!)!;
    expect(text(hint)).to.equal('Viết có dấu');
    expect(control(el, 'story').tagName).to.equal('TEXTAREA');
    expect(control(el, 'count').getAttribute('inputmode')).to.equal('decimal');
    expect(control(el, 'mail').type).to.equal('email');
    expect(text(group(el, 'mail').querySelector('label')), 'optional questions say so').to.equal('Thư điện tử (không bắt buộc)');
    expect(control(el, 'phone').type).to.equal('tel');
    expect(control(el, 'cccd').getAttribute('inputmode')).to.equal('numeric');
    expect(control(el, 'colour').tagName).to.equal('SELECT');
    expect($$(el, '[data-field="size"] input[type="radio"]')).to.have.length(2);
    expect(control(el, 'agree').type).to.equal('checkbox');
    expect($$(el, '[data-field="days"] input[type="checkbox"]')).to.have.length(2);
    for (const id of ['born', 'size', 'days', 'home']) {
      expect(text(group(el, id).querySelector('legend')), `${id} is a fieldset with its question as legend`).to.contain(
        EVERY_KIND.steps[0]!.fields.find((f) => f.id === id)!.label,
      );
    }
    expect($$(el, '[data-field="born"] input').map((input) => text((input as HTMLInputElement).labels![0]))).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
    await until(() => unitsLoaded(control<HTMLSelectElement>(el, 'home', 0)), 'provinces never loaded');
    expect(control<HTMLSelectElement>(el, 'home', 0).options.length).to.equal(35);
    await expect(el).to.be.accessible();
  });

  it('validates when the applicant continues, not on blur, and the summary takes the focus', async () => {
    const el = await everyKind();
    await type(el, 'name', 'A');
    control(el, 'count').focus();
    await el.updateComplete;
    expect(errorOf(el, 'name'), 'no error on blur').to.equal('');

    await continueOn(el);
    expect(el.currentPage).to.equal(0);
    const summary = $(el, '.error-summary');
    expect(focused(el)).to.equal(describeNode(summary));
    expect(text(summary.querySelector('h2'))).to.equal('Có lỗi cần sửa');
    const messages = summaryLinks(el).map((link) => text(link));
    expect(messages).to.deep.equal([
      'Họ và tên phải có ít nhất 2 ký tự',
      'Vui lòng nhập nội dung',
      'Vui lòng nhập số bản',
      'Vui lòng nhập số điện thoại',
      'Vui lòng nhập ngày sinh',
      'Vui lòng chọn màu',
      'Vui lòng chọn cỡ',
      'Vui lòng đánh dấu: Tôi đồng ý',
      'Vui lòng chọn ngày nhận',
      'Vui lòng nhập số định danh',
      'Vui lòng chọn tỉnh, thành phố cho nơi ở',
    ]);
    // Inline, with the control described by its error.
    expect(errorOf(el, 'name')).to.equal('Lỗi: Họ và tên phải có ít nhất 2 ký tự');
    const name = control(el, 'name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = name.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => text(el.shadowRoot!.getElementById(id)))).to.deep.equal([
      'Viết có dấu',
      'Lỗi: Họ và tên phải có ít nhất 2 ký tự',
    ]);
    await expect(el).to.be.accessible();
  });

  it('moves the focus to the control itself when an error link is followed', async () => {
    const el = await everyKind();
    await continueOn(el);
    const links = summaryLinks(el);
    links[1]!.click();
    expect(focused(el)).to.equal(describeNode(control(el, 'story')));
    links.find((link) => text(link).includes('ngày sinh'))!.click();
    expect(focused(el), 'a date focuses its day').to.equal(describeNode(control(el, 'born', 0)));
    links.find((link) => text(link).includes('cỡ'))!.click();
    expect(focused(el), 'radios focus their first option').to.equal(describeNode(control(el, 'size', 0)));
    links.find((link) => text(link).includes('nơi ở'))!.click();
    expect(focused(el)).to.equal(describeNode(control(el, 'home', 0)));
    expect(location.hash, 'the host page URL is untouched').to.equal('');
  });

  it('re-checks a field live once it has shown an error, and only then', async () => {
    const el = await everyKind();
    await continueOn(el);
    await type(el, 'name', 'Nguyễn An');
    expect(errorOf(el, 'name'), 'fixed while typing').to.equal('');
    expect(summaryLinks(el).map((link) => text(link))).not.to.include('Họ và tên phải có ít nhất 2 ký tự');
    await type(el, 'name', 'N');
    expect(errorOf(el, 'name')).to.equal('Lỗi: Họ và tên phải có ít nhất 2 ký tự');
    await type(el, 'mail', 'khong-phai-email');
    expect(errorOf(el, 'mail'), 'a field without an error shown waits for "Tiếp tục"').to.equal('');
  });

  it('applies the kind rules: phone, national id, number bounds, dates, e-mail', async () => {
    const el = await everyKind();
    await type(el, 'name', 'Nguyễn An');
    await type(el, 'story', 'Nội dung đủ dài để qua');
    await type(el, 'count', '11');
    await type(el, 'mail', 'an@');
    await type(el, 'phone', '0112345678');
    await typeDate(el, 'born', '31', '2', '2001');
    await type(el, 'cccd', '003090012345');
    await continueOn(el);
    expect(errorOf(el, 'count')).to.equal('Lỗi: Số bản không được lớn hơn 10');
    expect(errorOf(el, 'mail')).to.contain('phải là địa chỉ thư điện tử đúng định dạng');
    expect(errorOf(el, 'phone')).to.contain('phải là số điện thoại Việt Nam');
    expect(errorOf(el, 'born')).to.contain('phải là một ngày có thật');
    expect(control(el, 'born', 0).getAttribute('aria-invalid'), 'the impossible part is marked').to.equal('true');
    expect(control(el, 'born', 2).getAttribute('aria-invalid')).to.equal('false');
    expect(errorOf(el, 'cccd')).to.contain('không phải mã tỉnh');

    await typeDate(el, 'born', '1', '1', '2021');
    expect(errorOf(el, 'born')).to.equal('Lỗi: Ngày sinh phải trước hoặc đúng ngày 31/12/2020');
    await type(el, 'count', '0');
    expect(errorOf(el, 'count')).to.equal('Lỗi: Số bản phải từ 1 trở lên');
    await type(el, 'phone', '+84 912 345 678');
    expect(errorOf(el, 'phone')).to.equal('');
    await type(el, 'cccd', '001 090 012345');
    expect(errorOf(el, 'cccd')).to.equal('');
  });

  it('completes the step with every kind answered, including the province → commune cascade', async () => {
    const el = await everyKind();
    await type(el, 'name', 'Nguyễn An');
    await type(el, 'story', 'Nội dung đủ dài để qua');
    await type(el, 'count', '2');
    await type(el, 'phone', '0912345678');
    await typeDate(el, 'born', '12', '5', '1990');
    await select(el, 'colour', 'xanh');
    await tick(el, 'size', 'l');
    await tick(el, 'agree');
    await tick(el, 'days', 't3');
    await tick(el, 'days', 't2');
    await type(el, 'cccd', '001090012345');
    await fillAddress(el, 'home', '01', '00004', '12 Phố Đội Cấn');
    expect(backEnd.calls('GET', '/administrative-units').length).to.equal(2);
    expect(control<HTMLSelectElement>(el, 'home', 1).selectedOptions[0]!.textContent).to.equal('Ba Đình (Phường)');
    // Choosing another province empties the commune.
    await choose(el, control<HTMLSelectElement>(el, 'home', 0), '79');
    await until(() => unitsLoaded(control<HTMLSelectElement>(el, 'home', 1)), 'communes never loaded');
    expect(control<HTMLSelectElement>(el, 'home', 1).value).to.equal('');
    await choose(el, control<HTMLSelectElement>(el, 'home', 0), '01');
    await until(() => unitsLoaded(control<HTMLSelectElement>(el, 'home', 1)), 'communes never loaded');
    await choose(el, control<HTMLSelectElement>(el, 'home', 1), '00004');
    expect(backEnd.calls('GET', '/administrative-units').length, 'units are cached').to.equal(3);

    await continueOn(el);
    expect(el.currentPage).to.equal(1);
    expect(heading(el)).to.equal('Bước hai');
    expect(focused(el), 'focus moves to the new step heading').to.equal(describeNode($(el, '.page-heading')));
    await continueOn(el);
    expect(el.state).to.equal('review');
    const row = (id: string) => text($(el, `.summary-row[data-field="${id}"] dd`));
    expect(row('count')).to.equal('2');
    expect(row('phone')).to.equal('0912 345 678');
    expect(row('born')).to.equal('12/05/1990');
    expect(row('colour')).to.equal('Xanh');
    expect(row('size')).to.equal('Lớn');
    expect(row('agree')).to.equal('Có');
    expect(row('days'), 'in the order of the options').to.equal('Thứ hai, Thứ ba');
    expect(row('mail')).to.equal('Không khai');
    expect(row('home')).to.equal('12 Phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội');
    expect($$(el, '.summary-row[data-field="intro"]'), 'sections are not answers').to.have.length(0);
  });

  it('shows and hides questions live from visibleWhen; a hidden question is not validated', async () => {
    const el = await mountForm(base, { applicant: APPLICANT });
    expect($$(el, '[data-field="relationshipDetail"]')).to.have.length(0);
    await select(el, 'relationship', 'nguoi-than');
    expect($$(el, '[data-field="relationshipDetail"]')).to.have.length(1);
    await continueOn(el);
    expect(errorOf(el, 'relationshipDetail')).to.equal('Lỗi: Vui lòng nhập ghi rõ quan hệ');
    await select(el, 'relationship', 'cha');
    expect($$(el, '[data-field="relationshipDetail"]')).to.have.length(0);
    expect(summaryLinks(el).map((link) => text(link))).to.deep.equal([]);
    await continueOn(el);
    expect(el.currentPage, 'the hidden required question does not block').to.equal(1);

    await tick(el, 'birthPlaceKind', 'nha');
    expect($$(el, '[data-field="birthAddress"]')).to.have.length(1);
    expect($$(el, '[data-field="birthFacility"]')).to.have.length(0);
    await tick(el, 'birthPlaceKind', 'co-so-y-te');
    expect($$(el, '[data-field="birthAddress"]')).to.have.length(0);
    expect($$(el, '[data-field="birthFacility"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('keeps each question with its own answer and problem while others appear and disappear before it', async () => {
    // A keystroke renders again only the question typed in (pages.ts, StepTemplates): the
    // others must still show what is theirs after questions moved around them.
    const el = await fixture<GovDossierForm>(html`<gov-dossier-form
      api-base=${base}
      drafts="off"
      .definition=${{
        procedureCode: '1.001193',
        version: 'moving-1',
        title: 'Câu hỏi xuất hiện',
        steps: [
          {
            id: 'one',
            title: 'Bước một',
            fields: [
              { id: 'other', kind: 'checkbox', label: 'Có người đi cùng' },
              { id: 'companion', kind: 'text', label: 'Tên người đi cùng', required: true, visibleWhen: { field: 'other', equals: true } },
              { id: 'own', kind: 'text', label: 'Tên của bạn', required: true, minLength: 3 },
            ],
          },
        ],
        attachments: [],
      }}
    ></gov-dossier-form>`);
    await settled(el);
    await continueOn(el);
    expect(errorOf(el, 'own')).to.equal('Lỗi: Vui lòng nhập tên của bạn');
    await tick(el, 'other');
    expect(errorOf(el, 'companion'), 'a question that just appeared shows no problem yet').to.equal('');
    expect(control(el, 'companion').value).to.equal('');
    expect(errorOf(el, 'own')).to.equal('Lỗi: Vui lòng nhập tên của bạn');
    await type(el, 'own', 'An');
    expect(errorOf(el, 'own')).to.equal('Lỗi: Tên của bạn phải có ít nhất 3 ký tự');
    expect(errorOf(el, 'companion')).to.equal('');
    await type(el, 'companion', 'Bình');
    expect(control(el, 'own').value).to.equal('An');
    expect(errorOf(el, 'own')).to.equal('Lỗi: Tên của bạn phải có ít nhất 3 ký tự');
    await tick(el, 'other');
    expect($$(el, '[data-field="companion"]')).to.have.length(0);
    expect(control(el, 'own').value).to.equal('An');
    expect(errorOf(el, 'own')).to.equal('Lỗi: Tên của bạn phải có ít nhất 3 ký tự');
    await type(el, 'own', 'An Bình');
    expect(errorOf(el, 'own')).to.equal('');
    await tick(el, 'other');
    expect(control(el, 'companion').value, 'the hidden answer comes back with its question').to.equal('Bình');
    expect(control(el, 'own').value).to.equal('An Bình');
    expect(summaryLinks(el).map((link) => text(link))).to.deep.equal([]);
  });

  it('prefills from the host applicant data, and the applicant can still edit', async () => {
    const el = await mountForm(base, { applicant: APPLICANT });
    expect(control(el, 'requesterName').value).to.equal('Nguyễn Văn An');
    expect(control(el, 'requesterId').value).to.equal('001090012345');
    expect(control(el, 'requesterPhone').value).to.equal('0912345678');
    expect(control(el, 'requesterEmail').value).to.equal('an.nguyen@example.vn');
    await type(el, 'requesterName', 'Nguyễn Văn Bình');
    expect(control(el, 'requesterName').value).to.equal('Nguyễn Văn Bình');

    // Data that arrives after the form (a slow login) fills what is still empty.
    const late = await mountForm(base);
    expect(control(late, 'requesterName').value).to.equal('');
    late.applicant = { fullName: 'Trần Thị Cúc' };
    await late.updateComplete;
    expect(control(late, 'requesterName').value).to.equal('Trần Thị Cúc');
  });

  it('continues on Enter in a text box, and goes back with focus on the heading', async () => {
    const el = await mountForm(base, { applicant: APPLICANT });
    await select(el, 'relationship', 'me');
    control(el, 'requesterPhone').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.currentPage).to.equal(1);
    expect(focused(el)).to.equal(describeNode($(el, '.page-heading')));
    await click(el, button(el, 'Quay lại'));
    expect(el.currentPage).to.equal(0);
    expect(heading(el)).to.equal('Người yêu cầu');
    expect(focused(el)).to.equal(describeNode($(el, '.page-heading')));
  });

  it('never submits a host <form> wrapped around it, by Enter or by any button', async () => {
    let submits = 0;
    // fixtureSync: waiting on a plain <form> means an animation frame, which a background tab never gets.
    const wrapper = fixtureSync<HTMLFormElement>(html`<form
      @submit=${(event: Event) => {
        submits++;
        event.preventDefault();
      }}
    >
      <gov-dossier-form api-base=${base} procedure="1.001193" drafts="off" .applicant=${APPLICANT}></gov-dossier-form>
    </form>`);
    const el = wrapper.querySelector('gov-dossier-form')!;
    await settled(el);
    for (const button_ of $$(el, 'button')) expect(button_.getAttribute('type')).to.equal('button');
    control(el, 'requesterName').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await select(el, 'relationship', 'cha');
    control(el, 'requesterEmail').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tick(el, 'childGender', 'nam');
    control(el, 'childGender').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (const button_ of $$(el, 'button')) {
      button_.click();
      await el.updateComplete;
    }
    expect(submits).to.equal(0);
  });

  it('speaks the current locale, also in errors already shown', async () => {
    const el = await mountForm(base, { locale: 'en' });
    await click(el, button(el, 'Continue'));
    expect(text($(el, '.error-summary h2'))).to.equal('There is a problem');
    // The label came in Vietnamese: an English sentence does not quote it (issue #20, never mix languages).
    expect(errorOf(el, 'requesterName')).to.equal('Error: Enter the answer');
    el.locale = 'vi';
    await el.updateComplete;
    expect(errorOf(el, 'requesterName')).to.equal('Lỗi: Vui lòng nhập họ, chữ đệm và tên người yêu cầu');
    expect(text($(el, '.step-count'))).to.equal('Bước 1 trong 6');
  });

  it('shows the step indicator with the current step marked', async () => {
    const el = await mountForm(base, { applicant: APPLICANT });
    const steps = $$(el, '.steps li');
    expect(steps.map((step) => text(step.querySelector('.step-title')))).to.deep.equal([
      'Người yêu cầu',
      'Thông tin của trẻ',
      'Thông tin của cha, mẹ',
      'Nhận kết quả',
      'Giấy tờ đính kèm',
      'Kiểm tra và nộp hồ sơ',
    ]);
    expect(steps[0]!.getAttribute('aria-current')).to.equal('step');
    await select(el, 'relationship', 'cha');
    await continueOn(el);
    const after = $$(el, '.steps li');
    expect(after[1]!.getAttribute('aria-current')).to.equal('step');
    expect(text(after[0]), 'a finished step says so to screen readers').to.contain('(đã xong)');
  });
});
