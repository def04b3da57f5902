import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../support/wait.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import { takeOverElementClock } from '../../support/fake-clock.js';
import { storedText, type Draft } from '../../../src/elements/dossier-form/draft-format.js';
import { draftKey } from '../../../src/elements/dossier-form/drafts.js';
import { shapeOf } from '../../../src/elements/dossier-form/versions.js';
import type { FormDefinition } from '../../../src/api/schemas.js';
import {
  $,
  $$,
  APPLICANT,
  BIRTH,
  button,
  click,
  continueOn,
  control,
  describeNode,
  fillBirthRegistration,
  focused,
  heading,
  liveRegion,
  mockBackEnd,
  select,
  settled,
  text,
  type,
} from '../../support/dossier-form.js';

const base = '/t-form-drafts/api/v1';
const backEnd = mockBackEnd(base);
const { mock } = backEnd;
const KEY = draftKey({ procedure: BIRTH });
const HOUR = 3_600_000;

/** The stored draft, as plain JSON. */
function stored(): { answers: Array<[string, unknown]>; attachments: Array<[string, Array<{ id: string }>]>; [key: string]: unknown } | null {
  const raw = localStorage.getItem(KEY);
  return raw === null ? null : JSON.parse(raw);
}

function storedAnswer(id: string): unknown {
  return stored()?.answers.find(([key]) => key === id)?.[1];
}

async function mount(drafts: 'on' | 'off' = 'on', hours?: number): Promise<GovDossierForm> {
  const el = await fixture<GovDossierForm>(html`<gov-dossier-form
    api-base=${base}
    procedure=${BIRTH}
    drafts=${drafts}
    draft-hours=${hours ?? 24}
    .applicant=${APPLICANT}
  ></gov-dossier-form>`);
  await settled(el);
  return el;
}

/** Removes the element as a reload or a closed tab would, and mounts a new one. */
async function reload(el: GovDossierForm, hours?: number): Promise<GovDossierForm> {
  el.remove();
  return mount('on', hours);
}

async function form(): Promise<FormDefinition> {
  return (await (await fetch(`${base}/procedures/${BIRTH}/form`)).json()) as FormDefinition;
}

/** A draft of the birth registration as another session left it. */
async function seed(answers: Record<string, string> | Array<[string, string]>, savedAt = new Date(), key = KEY, definition?: FormDefinition): Promise<string> {
  const draft: Draft = {
    form: shapeOf(definition ?? (await form())),
    answers: new Map(Array.isArray(answers) ? answers : Object.entries(answers)),
    attachments: new Map(),
    savedAt: savedAt.toISOString(),
    writer: 'earlier',
  };
  localStorage.setItem(key, storedText(draft));
  return key;
}

const motcuaKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('motcua:')).sort();

describe('<gov-dossier-form> drafts', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    mock.reset();
    backEnd.requests.length = 0;
    localStorage.clear();
    sessionStorage.clear();
  });
  after(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('saves the answers half a second after the applicant stops typing, under the procedure and case, with the form they were written for', async () => {
    const time = takeOverElementClock();
    try {
      const el = await mount();
      await select(el, 'relationship', 'nguoi-than');
      await type(el, 'relationshipDetail', 'Cô ruột');
      time.clock.advance(499);
      expect(stored(), 'not while typing').to.equal(null);
      time.clock.advance(1);
    } finally {
      time.restore();
    }
    expect(storedAnswer('relationshipDetail')).to.equal('Cô ruột');
    const draft = stored()!;
    expect(storedAnswer('relationship')).to.equal('nguoi-than');
    expect(Object.keys(draft).sort()).to.deep.equal(['answers', 'at', 'attachments', 'form', 'savedAt', 'v', 'writer']);
    expect(draft['at'], 'the step the applicant is on, by its id').to.equal('nguoi-yeu-cau');
    expect((draft['form'] as { version: string }).version).to.equal('2025.07.1');
    expect(KEY, 'no personal data and no version in the key').to.equal('motcua:dossier-draft:v2:1.001193:');
  });

  it('writes at once when the applicant continues, without waiting for a pause', async () => {
    // The elements' clock stands still: only the checkpoint can write.
    const time = takeOverElementClock();
    try {
      const el = await mount();
      await select(el, 'relationship', 'me');
      await type(el, 'requesterName', 'Trần Thị Bình');
      expect(stored(), 'nothing before the pause').to.equal(null);
      await continueOn(el);
      expect(heading(el)).to.not.equal('Người yêu cầu');
      expect(storedAnswer('requesterName')).to.equal('Trần Thị Bình');
    } finally {
      time.restore();
    }
  });

  it('writes at once when the page is hidden for good (a closed tab, a navigation)', async () => {
    const time = takeOverElementClock();
    try {
      const el = await mount();
      await type(el, 'requesterName', 'Trần Thị Bình');
      expect(stored()).to.equal(null);
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      expect(storedAnswer('requesterName')).to.equal('Trần Thị Bình');
      expect(el.isConnected).to.equal(true);
    } finally {
      time.restore();
    }
  });

  it('asks before restoring, showing when it was saved and nothing of what it holds', async () => {
    let el = await mount();
    await select(el, 'relationship', 'me');
    await type(el, 'requesterName', 'Trần Thị Bình');
    await continueOn(el);
    await type(el, 'childName', 'Trần Gia Hân');
    el = await reload(el);

    expect(el.state).to.equal('filling');
    expect(heading(el)).to.match(/^Tiếp tục bản khai lưu lúc \d\d:\d\d\?$/);
    const shown = text(el.shadowRoot!);
    for (const secret of ['Trần Thị Bình', 'Trần Gia Hân', 'Nguyễn Văn An', '001090012345', 'Mẹ']) expect(shown).to.not.contain(secret);
    expect($$(el, 'input, select, textarea'), 'no question is rendered').to.have.length(0);
    expect(button(el, 'Tiếp tục')).to.exist;
    expect(button(el, 'Bắt đầu lại')).to.exist;
    await expect(el).to.be.accessible();

    await click(el, button(el, 'Tiếp tục'));
    expect(heading(el), 'back on the step the applicant was on').to.equal('Thông tin của trẻ');
    expect(focused(el)).to.equal(describeNode($(el, '.page-heading')));
    expect(control(el, 'childName').value, 'typed just before the page went away').to.equal('Trần Gia Hân');
    expect(text($(el, '.draft-notice'))).to.match(/^Đã khôi phục bản khai lưu lúc \d\d:\d\d\. Xóa và bắt đầu lại$/);
    await click(el, button(el, 'Quay lại'));
    expect(control(el, 'requesterName').value, 'the draft wins over the host data').to.equal('Trần Thị Bình');
    expect(control<HTMLSelectElement>(el, 'relationship').value).to.equal('me');
  });

  it('returns to the documents or the review the applicant was on', async () => {
    let el = await mount();
    await fillBirthRegistration(el);
    expect(el.state).to.equal('review');
    el = await reload(el);
    await click(el, button(el, 'Tiếp tục'));
    expect(el.state).to.equal('review');
    expect(heading(el)).to.equal('Kiểm tra và nộp hồ sơ');
    expect(text($(el, '.summary-row[data-document="GCS"] dd'))).to.equal('giay-chung-sinh.pdf');
    await click(el, button(el, 'Quay lại'));
    expect(heading(el)).to.equal('Giấy tờ đính kèm');
    el = await reload(el);
    await click(el, button(el, 'Tiếp tục'));
    expect(heading(el)).to.equal('Giấy tờ đính kèm');
  });

  it('after a version carry-over, returns to the step the applicant was on, not past it', async () => {
    const old = await form();
    await seed({ requesterName: 'Trần Thị Bình', relationship: 'me' }, new Date(), KEY, old);
    const draft = JSON.parse(localStorage.getItem(KEY)!) as Record<string, unknown>;
    localStorage.setItem(KEY, JSON.stringify({ ...draft, at: 'nguoi-yeu-cau' }));
    mock.store.forms.bump(BIRTH, (definition) => {
      definition.steps[1]!.fields.push({ id: 'childNickname', kind: 'text', label: 'Tên gọi ở nhà', required: true, maxLength: 50 });
    });
    const el = await mount();
    await click(el, button(el, 'Tiếp tục'));
    expect(el.currentPage, 'the step the applicant was on, before the first that needs them').to.equal(0);
    expect(text($(el, '.version-notice'))).to.contain('Mục mới: Tên gọi ở nhà');
    await continueOn(el);
    expect(el.currentPage, 'on to the next step, not to the review').to.equal(1);
  });

  it('gives the previous applicant’s files back only after the restore is confirmed', async () => {
    let el = await mount();
    await fillBirthRegistration(el);
    await until(() => stored()?.attachments.length === 1, 'the attachment was never saved');
    const attachmentId = stored()!.attachments[0]![1][0]!.id;

    // Someone else at the same computer: starts again, and the certificate is not theirs.
    el = await reload(el);
    await click(el, button(el, 'Bắt đầu lại'));
    expect(stored(), 'the draft is gone').to.equal(null);
    expect(control(el, 'requesterName').value, 'back to the host data').to.equal('Nguyễn Văn An');
    expect(focused(el)).to.equal(describeNode($(el, '.page-heading')));
    expect(liveRegion(el)).to.equal('Đã xóa thông tin đã khai. Bạn đang bắt đầu lại từ đầu.');

    // The same applicant, confirming: the files on the server come back by their id.
    el.remove();
    localStorage.clear();
    el = await mount();
    await fillBirthRegistration(el);
    await until(() => stored()?.attachments.length === 1, 'the attachment was never saved');
    const again = stored()!.attachments[0]![1][0]!.id;
    el = await reload(el);
    expect($$(el, '.file'), 'no file before the confirmation').to.have.length(0);
    await click(el, button(el, 'Tiếp tục'));
    expect(el.state, 'back on the review, where the applicant was').to.equal('review');
    expect(text($(el, '.summary-row[data-document="GCS"] dd'))).to.equal('giay-chung-sinh.pdf');
    await click(el, button(el, 'Quay lại'));
    expect(text($(el, '[data-document="GCS"] .file.done'))).to.contain('giay-chung-sinh.pdf');
    await continueOn(el);
    $(el, '#declaration').click();
    await click(el, button(el, 'Nộp hồ sơ'));
    await until(() => el.state === 'submitted', 'the restored dossier was not submitted');
    const posts = backEnd.calls('POST', '/dossiers');
    expect(JSON.parse(posts[0]!.body).attachments).to.deep.equal([{ documentCode: 'GCS', attachmentId: again }]);
    expect(again).to.not.equal(attachmentId);
    expect(stored(), 'the draft is deleted after a successful submission').to.equal(null);
  });

  it('deletes drafts older than draft-hours, of every procedure, and unreadable or old-format ones, when a form opens', async () => {
    const now = Date.now();
    await seed({ requesterName: 'Người trước' }, new Date(now - 25 * HOUR));
    const other = draftKey({ procedure: '2.001417' });
    const fresh = draftKey({ procedure: '1.004227' });
    await seed({ x: 'cũ' }, new Date(now - 30 * HOUR), other);
    await seed({ x: 'mới' }, new Date(now - HOUR), fresh);
    localStorage.setItem('motcua:dossier-draft:v1:1.001193::2025.07.1', JSON.stringify({ answers: { a: 'b' }, attachments: {}, savedAt: new Date().toISOString() }));
    localStorage.setItem('motcua:dossier-draft:v2:9.999999:', '{"answers": 42');
    await seed({ x: 'tương lai' }, new Date(now + 48 * HOUR), draftKey({ procedure: '3.000001' }));
    localStorage.setItem('portal:unrelated', 'kept');

    const el = await mount();
    expect($$(el, '.restore-prompt'), 'an expired draft is not offered').to.have.length(0);
    expect(control(el, 'requesterName').value).to.equal('Nguyễn Văn An');
    expect(motcuaKeys(), 'only the fresh draft of another procedure is left').to.deep.equal([fresh]);
    expect(localStorage.getItem('portal:unrelated'), 'the portal’s own keys are not ours').to.equal('kept');
    el.remove();
  });

  it('keeps drafts for as many hours as draft-hours says', async () => {
    await seed({ requesterName: 'Trần Thị Bình' }, new Date(Date.now() - 3 * HOUR));
    let el = await mount('on', 2);
    expect(stored(), 'three hours is past two').to.equal(null);
    expect($$(el, '.restore-prompt')).to.have.length(0);
    el.remove();
    await seed({ requesterName: 'Trần Thị Bình' }, new Date(Date.now() - HOUR));
    el = await mount('on', 2);
    expect($$(el, '.restore-prompt')).to.have.length(1);
    el.remove();
  });

  it('carries a draft of an older form version over to the new one after the restore, with the 409’s notice', async () => {
    const old = await form();
    await seed({ requesterName: 'Trần Thị Bình', hometown: 'Nam Định', relationship: 'me' }, new Date(), KEY, old);
    mock.store.forms.bump(BIRTH, (definition) => {
      const child = definition.steps[1]!;
      child.fields = child.fields.filter((field) => field.id !== 'hometown');
      child.fields.push({ id: 'childNickname', kind: 'text', label: 'Tên gọi ở nhà', required: true, maxLength: 50 });
    });
    const el = await mount();
    // On load the older version's draft is gone from the device, and so is the answer the new form no longer asks.
    expect((stored()!['form'] as { version: string }).version).to.equal('2025.07.2');
    expect(storedAnswer('hometown')).to.equal(undefined);
    expect(storedAnswer('requesterName')).to.equal('Trần Thị Bình');
    expect(text(el.shadowRoot!)).to.not.contain('Trần Thị Bình');

    await click(el, button(el, 'Tiếp tục'));
    const notice = $(el, '.version-notice');
    expect(text(notice)).to.contain('Biểu mẫu vừa được cập nhật');
    expect(text(notice)).to.contain('Không còn trong biểu mẫu: Quê quán');
    expect(text(notice)).to.contain('Mục mới: Tên gọi ở nhà');
    // Each label of the list isolated (FSI … PDI), the list in a <bdi> of its own.
    expect(notice.querySelector('bdi')!.textContent).to.equal('\u2068Quê quán\u2069');
    expect(focused(el)).to.equal(describeNode(notice));
    expect(el.currentPage, 'the first page that needs the applicant').to.equal(1);
    await continueOn(el);
    expect(el.currentPage).to.equal(1);
    await click(el, button(el, 'Quay lại'));
    expect(control(el, 'requesterName').value, 'the answers are kept').to.equal('Trần Thị Bình');
    await expect(el).to.be.accessible();
  });

  it('deletes every motcua draft of the device on request, after a confirmation', async () => {
    const other = draftKey({ procedure: '2.001417' });
    await seed({ x: 'người khác' }, new Date(), other);
    sessionStorage.setItem('motcua:dossier-inflight:v1:2.001417:', JSON.stringify({ key: 'k', hash: 'h', sentAt: new Date().toISOString() }));
    const el = await mount();
    await type(el, 'requesterName', 'Trần Thị Bình');
    await until(() => stored() !== null, 'never saved');

    const clear = button(el, 'Xóa dữ liệu đã lưu trên máy này');
    await click(el, clear);
    expect(text($(el, '.device-confirm'))).to.contain('Xóa mọi bản khai chưa nộp đã lưu trên máy này');
    expect(focused(el)).to.equal(describeNode($(el, '.device-question')));
    await expect(el).to.be.accessible();
    await click(el, button(el, 'Không xóa'));
    expect(motcuaKeys()).to.have.length(2);

    await click(el, button(el, 'Xóa dữ liệu đã lưu trên máy này'));
    await click(el, button(el, 'Xóa hết'));
    expect(motcuaKeys()).to.deep.equal([]);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('motcua:'))).to.deep.equal([]);
    expect(control(el, 'requesterName').value, 'the answers on screen are gone too').to.equal('Nguyễn Văn An');
    expect(liveRegion(el)).to.equal('Đã xóa mọi dữ liệu đã lưu trên máy này.');
    expect(focused(el)).to.equal(describeNode($(el, '.page-heading')));
    el.remove();
    expect(motcuaKeys(), 'nothing written back on the way out').to.deep.equal([]);
  });

  it('offers the clearing in the restore prompt too', async () => {
    await seed({ requesterName: 'Người trước' });
    const el = await mount();
    await click(el, button(el, 'Xóa dữ liệu đã lưu trên máy này'));
    await click(el, button(el, 'Xóa hết'));
    expect(stored()).to.equal(null);
    expect($$(el, '.restore-prompt')).to.have.length(0);
    expect(heading(el)).to.equal('Người yêu cầu');
  });

  it('with drafts="off" writes nothing, reads nothing, and says so', async () => {
    await seed({ requesterName: 'Người trước' });
    const el = await mount('off');
    expect($$(el, '.restore-prompt'), 'nothing is read').to.have.length(0);
    expect(text($(el, '.kiosk-notice'))).to.equal('Máy này không lưu thông tin bạn khai: nếu đóng hoặc tải lại trang, bạn sẽ phải khai lại từ đầu.');
    expect($$(el, '.device-clear'), 'nothing to clear').to.have.length(0);
    await expect(el).to.be.accessible();
    localStorage.clear();
    await type(el, 'requesterName', 'Trần Thị Bình');
    await continueOn(el);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    el.remove();
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect($$(el, '.storage-notice')).to.have.length(0);
  });

  it('tells the applicant when storage is full, and keeps working', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await mount();
      await type(el, 'requesterName', 'Trần Thị Bình');
      await until(() => $$(el, '.storage-notice').length === 1, 'no notice');
      expect(text($(el, '.storage-notice'))).to.contain('Bộ nhớ của trình duyệt đã đầy');
      await expect(el).to.be.accessible();
      await select(el, 'relationship', 'cha');
      await continueOn(el);
      expect(el.currentPage).to.equal(1);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('tells the applicant when storage is unavailable', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const el = await mount();
      expect(text($(el, '.storage-notice'))).to.contain('Trình duyệt không cho lưu tạm thông tin bạn khai');
      await type(el, 'requesterName', 'Trần Thị Bình');
      expect(control(el, 'requesterName').value).to.equal('Trần Thị Bình');
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });

  it('ignores a corrupted draft, and deletes it', async () => {
    localStorage.setItem(KEY, '{"answers": 42');
    const el = await mount();
    expect(control(el, 'requesterName').value).to.equal('Nguyễn Văn An');
    expect($$(el, '.restore-prompt')).to.have.length(0);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('restores a draft whose ids are __proto__, constructor and toString', async () => {
    const definition = await form();
    const tricky = structuredClone(definition);
    tricky.steps[0]!.fields.push(
      { id: '__proto__', kind: 'text', label: 'Proto' },
      { id: 'constructor', kind: 'text', label: 'Constructor' },
      { id: 'toString', kind: 'text', label: 'ToString' },
    );
    await seed(
      [
        ['__proto__', 'một'],
        ['constructor', 'hai'],
        ['toString', 'ba'],
      ],
      new Date(),
      KEY,
      tricky,
    );
    const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} drafts="on" .definition=${tricky}></gov-dossier-form>`);
    await settled(el);
    await click(el, button(el, 'Tiếp tục'));
    expect(control(el, '__proto__').value).to.equal('một');
    expect(control(el, 'constructor').value).to.equal('hai');
    expect(control(el, 'toString').value).to.equal('ba');
  });
});
