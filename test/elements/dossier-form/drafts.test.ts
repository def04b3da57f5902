import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import { draftKey, type Draft } from '../../../src/elements/dossier-form/drafts.js';
import {
  $,
  $$,
  APPLICANT,
  BIRTH,
  button,
  click,
  continueOn,
  control,
  fillBirthRegistration,
  heading,
  liveRegion,
  mockBackEnd,
  select,
  settled,
  text,
  type,
} from './support.js';

const base = '/t-form-drafts/api/v1';
const backEnd = mockBackEnd(base);
const { mock } = backEnd;
const KEY = draftKey({ procedure: BIRTH, version: '2025.07.1' });

function stored(): Draft | null {
  const raw = localStorage.getItem(KEY);
  return raw === null ? null : (JSON.parse(raw) as Draft);
}

async function mount(drafts: 'on' | 'off' = 'on'): Promise<GovDossierForm> {
  const el = await fixture<GovDossierForm>(html`<gov-dossier-form
    api-base=${base}
    procedure=${BIRTH}
    drafts=${drafts}
    .applicant=${APPLICANT}
  ></gov-dossier-form>`);
  await settled(el);
  return el;
}

/** Removes the element as a reload or a closed tab would, and mounts a new one. */
async function reload(el: GovDossierForm): Promise<GovDossierForm> {
  el.remove();
  return mount();
}

describe('<gov-dossier-form> drafts', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(() => {
    mock.reset();
    backEnd.requests.length = 0;
    localStorage.clear();
  });
  after(() => localStorage.clear());

  it('saves the answers as the applicant types, debounced, under procedure, case and version', async () => {
    const el = await mount();
    await select(el, 'relationship', 'nguoi-than');
    await type(el, 'relationshipDetail', 'Cô ruột');
    expect(stored()?.answers['relationshipDetail'], 'not on every keystroke').to.not.equal('Cô ruột');
    await waitUntil(() => stored() !== null, 'the draft was never saved', { timeout: 3000 });
    const draft = stored()!;
    expect(draft.answers['relationship']).to.equal('nguoi-than');
    expect(draft.answers['relationshipDetail']).to.equal('Cô ruột');
    expect(Object.keys(draft).sort()).to.deep.equal(['answers', 'attachments', 'savedAt']);
    expect(KEY).to.equal('motcua:dossier-draft:v1:1.001193::2025.07.1');
  });

  it('writes the draft at once when the applicant continues to the next step', async () => {
    const el = await mount();
    await select(el, 'relationship', 'me');
    await type(el, 'requesterName', 'Trần Thị Bình');
    // The last keystroke was just now: its write waits for the applicant to pause (even if an
    // earlier pause on a slow machine saved part of the name).
    expect(stored()?.answers['requesterName'], 'saved before the pause').to.not.equal('Trần Thị Bình');
    await continueOn(el);
    // No wait for the debounce: a finished step is on the device before the next one shows.
    expect(heading(el)).to.not.equal('Người yêu cầu');
    expect(stored()?.answers['requesterName']).to.equal('Trần Thị Bình');
  });

  it('writes the draft at once when the page is hidden for good (a closed tab, a navigation)', async () => {
    const el = await mount();
    await select(el, 'relationship', 'me');
    await type(el, 'requesterName', 'Trần Thị Bình');
    expect(stored()?.answers['requesterName'], 'saved before the pause').to.not.equal('Trần Thị Bình');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(stored()?.answers['requesterName']).to.equal('Trần Thị Bình');
    expect(el.isConnected).to.equal(true);
  });

  it('restores answers and uploaded files after the element is re-created, and says so', async () => {
    let el = await mount();
    await select(el, 'relationship', 'me');
    await type(el, 'requesterName', 'Trần Thị Bình');
    await continueOn(el);
    await type(el, 'childName', 'Trần Gia Hân');
    el = await reload(el);
    expect(heading(el)).to.equal('Người yêu cầu');
    expect(control(el, 'requesterName').value, 'the draft wins over the host data').to.equal('Trần Thị Bình');
    expect(control<HTMLSelectElement>(el, 'relationship').value).to.equal('me');
    expect(text($(el, '.draft-notice'))).to.match(/^Đã khôi phục thông tin bạn khai dở, lưu lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\. Xóa và bắt đầu lại$/);
    await expect(el).to.be.accessible();
    await continueOn(el);
    expect(control(el, 'childName').value, 'typed just before the page went away').to.equal('Trần Gia Hân');

    // Files on the server come back by their attachment id.
    localStorage.clear();
    el.remove();
    el = await mount();
    await fillBirthRegistration(el);
    await aTimeout(700);
    const attachmentId = stored()!.attachments['GCS']![0]!.id;
    el = await reload(el);
    for (let page = 0; page < 4; page++) await continueOn(el);
    expect(text($(el, '[data-document="GCS"] .file.done'))).to.contain('giay-chung-sinh.pdf');
    await continueOn(el);
    $(el, '#declaration').click();
    await click(el, button(el, 'Nộp hồ sơ'));
    await waitUntil(() => el.state === 'submitted', 'the restored dossier was not submitted', { timeout: 5000 });
    const posts = backEnd.calls('POST', '/dossiers');
    expect(JSON.parse(posts[0]!.body).attachments).to.deep.equal([{ documentCode: 'GCS', attachmentId }]);
    expect(stored(), 'the draft is deleted after a successful submission').to.equal(null);
  });

  it('keeps the Idempotency-Key of a failed submission across a reload: one dossier', async () => {
    const seeded = mock.store.dossiers.count();
    let el = await mount();
    await fillBirthRegistration(el);
    $(el, '#declaration').click();
    mock.faults.add({ method: 'POST', path: '/dossiers', offline: true, times: 3 });
    await click(el, button(el, 'Nộp hồ sơ'));
    await waitUntil(() => $$(el, '.submit-error').length === 1, 'no error shown', { timeout: 5000 });
    const key = stored()!.idempotencyKey;
    expect(key).to.match(/^[0-9a-f-]{36}$/);

    el = await reload(el);
    for (let page = 0; page < 5; page++) await continueOn(el);
    expect(el.state).to.equal('review');
    $(el, '#declaration').click();
    await click(el, button(el, 'Nộp hồ sơ'));
    await waitUntil(() => el.state === 'submitted', 'never submitted', { timeout: 5000 });
    const keys = backEnd.calls('POST', '/dossiers').map((request) => request.headers['idempotency-key']);
    expect(new Set(keys)).to.deep.equal(new Set([key]));
    expect(mock.store.dossiers.count() - seeded).to.equal(1);
  });

  it('starts again on request: answers, files and the draft are gone', async () => {
    let el = await mount();
    await type(el, 'requesterName', 'Trần Thị Bình');
    el = await reload(el);
    await click(el, button(el, 'Xóa và bắt đầu lại'));
    expect(control(el, 'requesterName').value, 'back to the host data').to.equal('Nguyễn Văn An');
    expect(stored()).to.equal(null);
    expect($$(el, '.draft-notice')).to.have.length(0);
    expect(liveRegion(el)).to.equal('Đã xóa thông tin đã khai. Bạn đang bắt đầu lại từ đầu.');
    expect(el.shadowRoot!.activeElement?.classList.contains('page-heading')).to.equal(true);
  });

  it('does not restore a draft written for another version of the form', async () => {
    let el = await mount();
    await type(el, 'requesterName', 'Trần Thị Bình');
    el.remove();
    expect(stored()?.answers['requesterName'], 'a draft exists for the old version').to.equal('Trần Thị Bình');
    mock.store.forms.bump(BIRTH);
    el = await mount();
    expect(control(el, 'requesterName').value).to.equal('Nguyễn Văn An');
    expect($$(el, '.draft-notice')).to.have.length(0);
  });

  it('writes nothing with drafts="off"', async () => {
    const el = await mount('off');
    await type(el, 'requesterName', 'Trần Thị Bình');
    await aTimeout(700);
    el.remove();
    expect(localStorage.length).to.equal(0);
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
      await waitUntil(() => $$(el, '.storage-notice').length === 1, 'no notice', { timeout: 3000 });
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

  it('ignores a corrupted draft', async () => {
    localStorage.setItem(KEY, '{"answers": 42');
    const el = await mount();
    expect(control(el, 'requesterName').value).to.equal('Nguyễn Văn An');
    expect($$(el, '.draft-notice')).to.have.length(0);
  });
});
