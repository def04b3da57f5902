/**
 * Two tabs on one form. The other tab is a same-origin frame: what it writes to
 * `localStorage` reaches this page as a real `storage` event, as another tab's writes do.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../../support/wait.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import { storedText } from '../../../src/elements/dossier-form/draft-format.js';
import { draftKey } from '../../../src/elements/dossier-form/drafts.js';
import { shapeOf } from '../../../src/elements/dossier-form/versions.js';
import type { FormDefinition } from '../../../src/api/schemas.js';
import { $, $$, APPLICANT, BIRTH, button, click, control, describeNode, focused, liveRegion, mockBackEnd, settled, text, type } from '../../support/dossier-form.js';

const base = '/t-form-tabs/api/v1';
const backEnd = mockBackEnd(base);
const { mock } = backEnd;
const KEY = draftKey({ procedure: BIRTH });

interface OtherTab {
  storage: Storage;
  close(): void;
}

function otherTab(): OtherTab {
  const frame = document.createElement('iframe');
  frame.title = 'another tab';
  document.body.append(frame);
  return { storage: frame.contentWindow!.localStorage, close: () => frame.remove() };
}

function storedAnswer(id: string): unknown {
  const raw = localStorage.getItem(KEY);
  return raw === null ? undefined : (JSON.parse(raw).answers as Array<[string, unknown]>).find(([key]) => key === id)?.[1];
}

async function mount(): Promise<GovDossierForm> {
  const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} procedure=${BIRTH} drafts="on" .applicant=${APPLICANT}></gov-dossier-form>`);
  await settled(el);
  return el;
}

/** The other tab saves its own answers for the same form. */
async function otherTabSaves(tab: OtherTab, requesterName: string): Promise<void> {
  const definition = (await (await fetch(`${base}/procedures/${BIRTH}/form`)).json()) as FormDefinition;
  tab.storage.setItem(
    KEY,
    storedText({
      form: shapeOf(definition),
      answers: new Map([
        ['requesterName', requesterName],
        ['relationship', 'me'],
      ]),
      attachments: new Map(),
      savedAt: new Date().toISOString(),
      writer: 'the-other-tab',
    }),
  );
}

describe('<gov-dossier-form> in two tabs', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  let tab: OtherTab;
  beforeEach(() => {
    mock.reset();
    localStorage.clear();
    tab = otherTab();
  });
  afterEach(() => {
    tab.close();
    localStorage.clear();
  });

  it('tells the applicant when another tab saved the same form, and saves nothing until they choose', async () => {
    const el = await mount();
    await type(el, 'requesterName', 'Thẻ này');
    await until(() => storedAnswer('requesterName') === 'Thẻ này', 'this tab never saved');

    await otherTabSaves(tab, 'Thẻ kia');
    await until(() => $$(el, '.tab-notice').length === 1, 'no notice of the other tab');
    expect(text($(el, '.tab-notice'))).to.contain('Bản khai này vừa được sửa ở một thẻ khác');
    expect(liveRegion(el)).to.equal('Bản khai này vừa được sửa ở một thẻ khác');
    await expect(el).to.be.accessible();

    // This tab goes on typing: the other tab's draft is not overwritten behind anyone's back.
    await type(el, 'requesterName', 'Thẻ này, sửa tiếp');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(storedAnswer('requesterName')).to.equal('Thẻ kia');

    await click(el, button(el, 'Giữ bản ở thẻ này'));
    expect(storedAnswer('requesterName'), 'this tab’s answers, by choice').to.equal('Thẻ này, sửa tiếp');
    expect($$(el, '.tab-notice')).to.have.length(0);
    expect(focused(el)).to.equal(describeNode($(el, '.page-heading')));
  });

  it('takes the other tab’s answers on request', async () => {
    const el = await mount();
    await type(el, 'requesterName', 'Thẻ này');
    await otherTabSaves(tab, 'Thẻ kia');
    await until(() => $$(el, '.tab-notice').length === 1, 'no notice of the other tab');
    await click(el, button(el, 'Dùng bản ở thẻ kia'));
    expect(control(el, 'requesterName').value).to.equal('Thẻ kia');
    expect(control<HTMLSelectElement>(el, 'relationship').value).to.equal('me');
    expect($$(el, '.tab-notice')).to.have.length(0);
  });

  it('says so when another tab deleted the draft, and saves again only if asked', async () => {
    const el = await mount();
    await type(el, 'requesterName', 'Thẻ này');
    await until(() => storedAnswer('requesterName') === 'Thẻ này', 'this tab never saved');
    tab.storage.removeItem(KEY);
    await until(() => $$(el, '.tab-notice').length === 1, 'no notice of the deletion');
    expect(text($(el, '.tab-notice'))).to.contain('Bản khai đã lưu vừa bị xóa ở một thẻ khác');
    await type(el, 'requesterName', 'Thẻ này, sửa tiếp');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(localStorage.getItem(KEY), 'not written back by itself').to.equal(null);
    await click(el, button(el, 'Lưu lại bản ở thẻ này'));
    expect(storedAnswer('requesterName')).to.equal('Thẻ này, sửa tiếp');
  });

  it('never writes the draft back, nor submits it, after another tab submitted it', async () => {
    const el = await mount();
    await type(el, 'requesterName', 'Thẻ này');
    await until(() => storedAnswer('requesterName') === 'Thẻ này', 'this tab never saved');
    // What a tab does when its dossier is created: a mark for the other tabs, then the removal.
    tab.storage.setItem(KEY, JSON.stringify({ v: 2, submittedAt: new Date().toISOString(), writer: 'the-other-tab' }));
    tab.storage.removeItem(KEY);
    await until(() => $$(el, '.tab-submitted').length === 1, 'no word of the submission');
    expect(text($(el, '.tab-submitted'))).to.contain('Hồ sơ này đã được nộp ở một thẻ khác');
    expect($$(el, 'input, select, textarea'), 'the answers are no longer on screen').to.have.length(0);
    await expect(el).to.be.accessible();

    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    el.remove();
    expect(localStorage.getItem(KEY), 'nothing written back, even on the way out').to.equal(null);
    document.body.append(el);
    await el.updateComplete;

    await click(el, button(el, 'Khai hồ sơ mới'));
    expect(control(el, 'requesterName').value, 'a new application, with the host data').to.equal('Nguyễn Văn An');
    expect(backEnd.calls('POST', '/dossiers')).to.have.length(0);
  });

  it('hears another tab while asking whether to restore: the question follows the draft', async () => {
    await otherTabSaves(tab, 'Thẻ kia');
    const el = await mount();
    expect($$(el, '.restore-prompt')).to.have.length(1);
    tab.storage.removeItem(KEY);
    await until(() => $$(el, '.restore-prompt').length === 0, 'still asking about a deleted draft');
    expect(control(el, 'requesterName').value).to.equal('Nguyễn Văn An');
  });

  it('looks at the draft again when the page comes back from the back/forward cache', async () => {
    const el = await mount();
    await type(el, 'requesterName', 'Thẻ này');
    await until(() => storedAnswer('requesterName') === 'Thẻ này', 'this tab never saved');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    // While this page slept in the cache another tab submitted: no event reached it.
    const events: StorageEvent[] = [];
    const listen = (event: StorageEvent) => events.push(event);
    window.addEventListener('storage', listen);
    localStorage.removeItem(KEY);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    window.removeEventListener('storage', listen);
    expect(events, 'a write of this page fires no event here').to.have.length(0);
    await el.updateComplete;
    expect(text($(el, '.tab-notice'))).to.contain('Bản khai đã lưu vừa bị xóa ở một thẻ khác');
  });
});
