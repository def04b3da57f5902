/**
 * The address combobox (issue #20): a province and a commune chosen by typing part of the name,
 * with or without diacritics, by keyboard alone, announced, validated like the select it
 * replaces; fetched on demand, the native select staying when it cannot be had.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FormDefinition } from '../../../src/api/schemas.js';
import { comboboxLoader } from '../../../src/elements/dossier-form/combobox-loader.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import {
  $,
  $$,
  choose,
  continueOn,
  control,
  errorOf,
  focused,
  describeNode,
  has,
  heading,
  loadCombobox,
  mockBackEnd,
  settled,
  summaryLinks,
  text,
  typeInto,
  unitsLoaded,
} from '../../support/dossier-form.js';
import { expectFitsWidth, phoneViewport, resetViewport } from '../../support/layout.js';
import { idleCallbacksRun, until } from '../../support/wait.js';

const base = '/t-form-combobox/api/v1';
const backEnd = mockBackEnd(base);

const FORM: FormDefinition = {
  procedureCode: '1.000001',
  version: 'combobox-1',
  title: 'Tờ khai có địa chỉ',
  steps: [
    { id: 'where', title: 'Nơi ở', fields: [{ id: 'home', kind: 'address', label: 'Nơi ở', required: true }] },
    { id: 'next', title: 'Bước hai', fields: [{ id: 'note', kind: 'text', label: 'Ghi chú' }] },
  ],
  attachments: [],
};

type Part = 'province' | 'commune';

async function mount(locale = 'vi'): Promise<GovDossierForm> {
  const el = await fixture<GovDossierForm>(html`<gov-dossier-form api-base=${base} drafts="off" locale=${locale} .definition=${FORM}></gov-dossier-form>`);
  await settled(el);
  return el;
}

function box(el: GovDossierForm, part: Part): HTMLInputElement {
  return $<HTMLInputElement>(el, `[data-field="home"] input[id$="-${part}"]`);
}

async function comboboxShown(el: GovDossierForm, part: Part): Promise<HTMLInputElement> {
  await until(() => el.shadowRoot!.querySelector(`[data-field="home"] [role="combobox"][id$="-${part}"]`), `no ${part} combobox`);
  await rendered(el);
  return box(el, part);
}

function listbox(el: GovDossierForm, part: Part): HTMLElement {
  return el.shadowRoot!.getElementById(box(el, part).getAttribute('aria-controls')!)!;
}

function options(el: GovDossierForm, part: Part): string[] {
  return [...listbox(el, part).querySelectorAll('[role="option"]')].map((option) => text(option));
}

function status(el: GovDossierForm, part: Part): string {
  return text(box(el, part).closest('gov-unit-combobox')!.querySelector('[role="status"]'));
}

function activeOption(el: GovDossierForm, part: Part): string {
  const id = box(el, part).getAttribute('aria-activedescendant');
  return id ? text(el.shadowRoot!.getElementById(id)) : '';
}

const answer = (el: GovDossierForm) => el['answers'].get('home') as { provinceCode: string; communeCode: string } | undefined;

/** The form's render, then its comboboxes' (given new properties by it). */
async function rendered(el: GovDossierForm): Promise<void> {
  await el.updateComplete;
  await Promise.all($$<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'gov-unit-combobox').map((combobox) => combobox.updateComplete));
}

async function press(el: GovDossierForm, key: string): Promise<void> {
  await sendKeys({ press: key });
  await rendered(el);
}

async function typeIn(el: GovDossierForm, part: Part, value: string): Promise<void> {
  await typeInto(box(el, part), value);
  await rendered(el);
}

/** Hà Nội chosen in the province combobox, by typing and Enter; its communes then show in theirs. */
async function inHanoi(el: GovDossierForm): Promise<HTMLInputElement> {
  await comboboxShown(el, 'province');
  await typeIn(el, 'province', 'ha noi');
  await press(el, 'Enter');
  expect(answer(el)?.provinceCode).to.equal('01');
  return comboboxShown(el, 'commune');
}

describe('<gov-dossier-form> address combobox (issue #20)', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());
  beforeEach(async () => {
    await idleCallbacksRun();
    comboboxLoader.load = loadCombobox;
  });
  afterEach(async () => {
    comboboxLoader.load = () => new Promise(() => undefined);
    await resetViewport();
  });

  it('takes the native select’s place once fetched, with the combobox roles and the label of the select', async () => {
    const el = await mount();
    const input = await comboboxShown(el, 'province');
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(listbox(el, 'province').getAttribute('role')).to.equal('listbox');
    expect(listbox(el, 'province').getAttribute('aria-label'), 'the listbox is named by the label').to.equal('Tỉnh, thành phố');
    expect(listbox(el, 'province').getRootNode(), 'the listbox is in the input’s shadow root').to.equal(el.shadowRoot);
    expect(text($(el, `label[for="${input.id}"]`))).to.equal('Tỉnh, thành phố');
    expect(has(el, '[data-field="home"] select[id$="-province"]')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('filters the communes as the search folds text: diacritics, đ, case, the kind, i/y and tone placement', async () => {
    const el = await mount();
    await inHanoi(el);
    for (const typed of ['ba dinh', 'Ba Đình', 'BA ÐÌNH', 'phường ba đ', 'Ba Đình (Phường)']) {
      await typeIn(el, 'commune', typed);
      expect(options(el, 'commune')[0], typed).to.equal('Ba Đình (Phường)');
    }
    await typeIn(el, 'commune', 'đình');
    expect(options(el, 'commune')).to.include('Ba Đình (Phường)');
    expect(options(el, 'commune')).to.include('Khương Đình (Phường)');
    expect(options(el, 'commune')).not.to.include('Láng (Phường)');
    // i/y after a consonant and the old tone placement: "Chương Mĩ" = "Chương Mỹ", "Ứng Hoà" = "Ứng Hòa".
    await typeIn(el, 'commune', 'chương mĩ');
    expect(options(el, 'commune')).to.deep.equal(['Chương Mỹ (Phường)']);
    await typeIn(el, 'commune', 'ứng hoà');
    expect(options(el, 'commune')).to.deep.equal(['Ứng Hòa (Xã)']);
    // Names that begin with the text come first.
    await typeIn(el, 'commune', 'hoa');
    expect(options(el, 'commune')[0]).to.match(/^Hòa /);
  });

  it('announces the count of results politely, in the catalogue’s plural', async () => {
    const el = await mount();
    await inHanoi(el);
    await typeIn(el, 'commune', 'chuong my');
    expect(status(el, 'commune')).to.equal('1 kết quả');
    await typeIn(el, 'commune', 'dinh');
    expect(status(el, 'commune')).to.equal(`${options(el, 'commune').length} kết quả`);
    const region = box(el, 'commune').closest('gov-unit-combobox')!.querySelector('[role="status"]')!;
    expect(region.classList.contains('visually-hidden')).to.equal(true);
    await typeIn(el, 'commune', 'zzz');
    expect(status(el, 'commune')).to.equal('0 kết quả');
    expect(text($(el, '.combobox-none'))).to.match(/^Không có kết quả phù hợp/);
    expect(listbox(el, 'commune').hidden, 'an empty listbox is not shown').to.equal(true);
    expect(box(el, 'commune').getAttribute('aria-expanded')).to.equal('false');
  });

  it('works by keyboard alone: Down/Up move the active option, Home/End edit the text, Enter chooses', async () => {
    const el = await mount();
    const input = await inHanoi(el);
    input.focus();
    await press(el, 'ArrowDown');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const all = options(el, 'commune');
    expect(all.length).to.be.greaterThan(100);
    expect(all[0]).to.equal('An Khánh (Xã)');
    expect(activeOption(el, 'commune')).to.equal(all[0]);
    await press(el, 'ArrowDown');
    expect(activeOption(el, 'commune')).to.equal(all[1]);
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(activeOption(el, 'commune'), 'Up from the first wraps to the last').to.equal(all[all.length - 1]);
    await press(el, 'Home');
    expect(input.hasAttribute('aria-activedescendant'), 'Home returns to the text').to.equal(false);
    expect(input.getAttribute('aria-expanded')).to.equal('true');

    await typeIn(el, 'commune', 'ba');
    await press(el, 'ArrowDown');
    expect(activeOption(el, 'commune')).to.equal('Ba Đình (Phường)');
    const active = el.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('aria-selected')).to.equal('true');
    await press(el, 'Enter');
    expect(answer(el)?.communeCode).to.equal('00004');
    expect(input.value).to.equal('Ba Đình (Phường)');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(describeNode(input));
    // Down on a chosen unit opens the list on it.
    await press(el, 'ArrowDown');
    expect(activeOption(el, 'commune')).to.equal('Ba Đình (Phường)');
  });

  it('Escape closes the list, then clears the answer', async () => {
    const el = await mount();
    const input = await inHanoi(el);
    await typeIn(el, 'commune', 'ba đình');
    await press(el, 'Enter');
    expect(answer(el)?.communeCode).to.equal('00004');
    await press(el, 'ArrowDown');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'Escape');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(answer(el)?.communeCode, 'closing keeps the answer').to.equal('00004');
    await press(el, 'Escape');
    expect(answer(el)?.communeCode).to.equal('');
    expect(input.value).to.equal('');
  });

  it('Tab leaves keeping the chosen unit; a text that names none is no answer, and the form asks for the commune', async () => {
    const el = await mount();
    const input = await inHanoi(el);
    await typeIn(el, 'commune', 'ba đình');
    await press(el, 'Enter');
    await press(el, 'Tab');
    expect(focused(el)).not.to.equal(describeNode(input));
    expect(answer(el)?.communeCode).to.equal('00004');
    expect(input.value).to.equal('Ba Đình (Phường)');

    // A full name typed and left is that unit.
    await typeIn(el, 'commune', 'Phường Láng');
    await press(el, 'Tab');
    expect(answer(el)?.communeCode).to.equal('00199');

    await typeIn(el, 'commune', 'khong co xa nay');
    await press(el, 'Tab');
    expect(answer(el)?.communeCode).to.equal('');
    expect(input.value, 'what was typed stays, so the error makes sense').to.equal('khong co xa nay');
    await typeInto(control(el, 'home', 2), '12 Phố Đội Cấn');
    await continueOn(el);
    expect(summaryLinks(el).map((link) => text(link))).to.deep.equal(['Vui lòng chọn xã, phường cho nơi ở']);
    expect(errorOf(el, 'home')).to.equal('Lỗi: Vui lòng chọn xã, phường cho nơi ở');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    summaryLinks(el)[0]!.click();
    await el.updateComplete;
    expect(focused(el), 'the summary’s link focuses the combobox').to.equal(describeNode(box(el, 'commune')));
    await expect(el).to.be.accessible();

    await typeIn(el, 'commune', 'ba dinh');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    await continueOn(el);
    expect(heading(el)).to.equal('Bước hai');
  });

  it('chooses with the pointer, the list open being accessible and 320 px wide', async () => {
    await phoneViewport();
    const el = await mount();
    const input = await inHanoi(el);
    input.click();
    await rendered(el);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    expectFitsWidth(el);
    const option = [...listbox(el, 'commune').querySelectorAll<HTMLElement>('[role="option"]')].find((item) => text(item) === 'Láng (Phường)')!;
    expect(option.getBoundingClientRect().height, '44 px target').to.be.at.least(44);
    option.click();
    await rendered(el);
    expect(answer(el)?.communeCode).to.equal('00199');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('another province empties the commune and lists its own communes', async () => {
    const el = await mount();
    await inHanoi(el);
    await typeIn(el, 'commune', 'ba dinh');
    await press(el, 'Enter');
    await typeIn(el, 'province', 'cao bang');
    await press(el, 'Enter');
    expect(answer(el)).to.include({ provinceCode: '04', communeCode: '' });
    const commune = await comboboxShown(el, 'commune');
    await until(() => commune.value === '' && box(el, 'commune').isConnected, 'the commune is not emptied');
    await typeIn(el, 'commune', 'ba');
    expect(options(el, 'commune')).to.include('Cô Ba (Xã)');
    expect(options(el, 'commune')).not.to.include('Ba Đình (Phường)');
  });

  it('speaks English', async () => {
    const el = await mount('en');
    await inHanoi(el);
    await typeIn(el, 'commune', 'chuong my');
    expect(status(el, 'commune')).to.equal('1 result');
    await typeIn(el, 'commune', 'dinh');
    expect(status(el, 'commune')).to.match(/^\d+ results$/);
    await typeIn(el, 'commune', 'zzz');
    expect(text($(el, '.combobox-none'))).to.match(/^No matches/);
    await expect(el).to.be.accessible();
  });

  it('keeps the native select when the combobox cannot be fetched (offline), and the select works', async () => {
    let attempts = 0;
    comboboxLoader.load = () => (attempts++, Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const el = await mount();
    const province = () => control<HTMLSelectElement>(el, 'home', 0);
    await until(() => unitsLoaded(province()), 'provinces never loaded');
    // The download has failed, not merely not started yet.
    await until(() => attempts === 1, 'the combobox was never asked for');
    await el.updateComplete;
    await choose(el, province(), '01');
    await until(() => unitsLoaded(control<HTMLSelectElement>(el, 'home', 1)), 'communes never loaded');
    await choose(el, control<HTMLSelectElement>(el, 'home', 1), '00004');
    expect(answer(el)).to.include({ provinceCode: '01', communeCode: '00004' });
    expect(has(el, '[role="combobox"]')).to.equal(false);
    expect($$(el, '[data-field="home"] select').length).to.equal(2);
  });

  it('fetches the combobox again when the network comes back, and the selects become comboboxes', async () => {
    let offline = true;
    let attempts = 0;
    comboboxLoader.load = () => {
      attempts += 1;
      return offline ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : loadCombobox();
    };
    const el = await mount();
    const province = () => control<HTMLSelectElement>(el, 'home', 0);
    await until(() => unitsLoaded(province()) && attempts === 1, 'the combobox was never asked for');
    await el.updateComplete;
    expect(has(el, '[role="combobox"]:not(select)')).to.equal(false);
    offline = false;
    window.dispatchEvent(new Event('online'));
    await comboboxShown(el, 'province');
  });

  it('never swaps a select that has focus: the combobox takes its place once it is left', async () => {
    let arrive: (() => void) | undefined;
    let arrived: Promise<unknown> | undefined;
    comboboxLoader.load = () => new Promise((resolve) => (arrive = () => resolve((arrived = loadCombobox()))));
    const el = await mount();
    const province = () => control<HTMLSelectElement>(el, 'home', 0);
    await until(() => unitsLoaded(province()), 'provinces never loaded');
    await until(() => arrive, 'the combobox is never asked for');
    province().focus();
    arrive!();
    await arrived;
    await el.updateComplete;
    await el.updateComplete;
    expect(customElements.get('gov-unit-combobox'), 'the part has come').not.to.equal(undefined);
    expect(province().localName, 'the focused select stays').to.equal('select');
    expect(focused(el)).to.equal(describeNode(province()));
    province().blur();
    await comboboxShown(el, 'province');
    expect(has(el, '[data-field="home"] select[id$="-province"]')).to.equal(false);
  });
});
