/**
 * Test harness of `<gov-dossier-form>`: its mount, its questions and pages, and the birth
 * registration filled in like a person does; the shared kit (`dom.ts`) does the reading and
 * typing.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/dossier-form/index.js';
import type { GovDossierForm } from '../../src/elements/dossier-form/dossier-form.js';
import { comboboxLoader } from '../../src/elements/dossier-form/combobox-loader.js';
import type { ApplicantPrefill, ApplicantValues } from '../../src/elements/dossier-form/prefill.js';
import { $, $$, chooseFiles, chooseOption, pdf, text, typeInto } from './dom.js';
import { until } from './wait.js';

export { $, $$, chooseFiles, describeNode, focused, has, liveRegion, pdf, text, typeInto } from './dom.js';
/** The form tests' back end: see test/support/recorded-back-end.ts. */
export { recordedBackEnd as mockBackEnd, type RecordedBackEnd as BackEnd } from './recorded-back-end.js';

/**
 * The address combobox as the form downloads it. The tests of other features answer addresses
 * in the native selects, so the combobox is held back unless a test asks for it
 * (`comboboxLoader.load = loadCombobox`; combobox.test.ts): it would otherwise take the
 * selects' place whenever it happened to arrive.
 */
export const loadCombobox = comboboxLoader.load;
comboboxLoader.load = () => new Promise(() => undefined);

export const BIRTH = '1.001193';

export const APPLICANT: ApplicantValues = {
  fullName: 'Nguyễn Văn An',
  nationalId: '001090012345',
  phone: '0912345678',
  email: 'an.nguyen@example.vn',
  dateOfBirth: '1990-05-12',
  gender: 'nam',
  address: { provinceCode: '01', communeCode: '00004', street: '12 Phố Đội Cấn' },
};

export async function mountForm(
  base: string,
  options: { procedure?: string; caseId?: string; drafts?: 'on' | 'off'; applicant?: ApplicantPrefill; locale?: string } = {},
): Promise<GovDossierForm> {
  const el = await fixture<GovDossierForm>(html`<gov-dossier-form
    api-base=${base}
    procedure=${options.procedure ?? BIRTH}
    drafts=${options.drafts ?? 'off'}
    locale=${options.locale ?? 'vi'}
    .applicant=${options.applicant}
  ></gov-dossier-form>`);
  if (options.caseId) el.caseId = options.caseId;
  await settled(el);
  return el;
}

/** Waits until the element has left `loading`. */
export async function settled(el: GovDossierForm): Promise<void> {
  await until(() => el.state !== 'loading', 'the form stays loading');
  await el.updateComplete;
}

/** The group of a field (label, hint, error, control). */
export function group(el: GovDossierForm, fieldId: string): HTMLElement {
  return $(el, `[data-field="${fieldId}"]`);
}

/** The control of a field: its input, select or textarea (the first one of a group). */
export function control<T extends HTMLElement = HTMLInputElement>(el: GovDossierForm, fieldId: string, nth = 0): T {
  const found = group(el, fieldId).querySelectorAll<T>('input, select, textarea')[nth];
  if (!found) throw new Error(`field ${fieldId} has no control ${nth}`);
  return found;
}

export function errorOf(el: GovDossierForm, fieldId: string): string {
  return text(group(el, fieldId).querySelector('.error-message'));
}

export async function type(el: GovDossierForm, fieldId: string, value: string, nth = 0): Promise<void> {
  await typeInto(control(el, fieldId, nth), value);
  await el.updateComplete;
}

/** Chooses an option of a select by its value, as the keyboard would, then waits for the render. */
export async function choose(el: GovDossierForm, select: HTMLSelectElement, value: string): Promise<void> {
  chooseOption(select, value);
  await el.updateComplete;
}

export async function select(el: GovDossierForm, fieldId: string, value: string): Promise<void> {
  await choose(el, control<HTMLSelectElement>(el, fieldId), value);
}

/** Clicks the radio or checkbox whose value is `value` (or the single checkbox). */
export async function tick(el: GovDossierForm, fieldId: string, value?: string): Promise<void> {
  const input = value === undefined ? control(el, fieldId) : group(el, fieldId).querySelector<HTMLInputElement>(`input[value="${value}"]`);
  if (!input) throw new Error(`no choice ${value} in ${fieldId}`);
  input.click();
  await el.updateComplete;
}

export async function typeDate(el: GovDossierForm, fieldId: string, day: string, month: string, year: string): Promise<void> {
  await type(el, fieldId, day, 0);
  await type(el, fieldId, month, 1);
  await type(el, fieldId, year, 2);
}

export function unitsLoaded(select: HTMLSelectElement): boolean {
  return select.getAttribute('aria-disabled') === 'false' && select.options.length > 1;
}

/** Waits for the options of an address select to load, then chooses one. */
export async function fillAddress(el: GovDossierForm, fieldId: string, province: string, commune: string, street: string): Promise<void> {
  const provinceSelect = () => control<HTMLSelectElement>(el, fieldId, 0);
  const loaded = unitsLoaded;
  await until(() => loaded(provinceSelect()), `provinces of ${fieldId} never loaded`);
  await choose(el, provinceSelect(), province);
  const communeSelect = () => control<HTMLSelectElement>(el, fieldId, 1);
  await until(() => loaded(communeSelect()), `communes of ${fieldId} never loaded`);
  await choose(el, communeSelect(), commune);
  await type(el, fieldId, street, 2);
}

export function button(el: GovDossierForm, label: string | RegExp): HTMLButtonElement {
  const found = $$(el, 'button').find((candidate) =>
    typeof label === 'string' ? text(candidate) === label : label.test(text(candidate)),
  );
  if (!found) throw new Error(`no button ${label}`);
  return found as HTMLButtonElement;
}

export async function click(el: GovDossierForm, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
  await el.updateComplete;
}

export async function continueOn(el: GovDossierForm): Promise<void> {
  await click(el, button(el, 'Tiếp tục'));
}

export function heading(el: GovDossierForm): string {
  return text($(el, '.page-heading'));
}

export function summaryLinks(el: GovDossierForm): HTMLAnchorElement[] {
  return $$(el, '.error-summary a') as HTMLAnchorElement[];
}

export function documentInput(el: GovDossierForm, documentCode: string): HTMLInputElement {
  return $(el, `[data-document="${documentCode}"] input[type="file"]`) as HTMLInputElement;
}

/** Page 1 of the birth registration, with the host's applicant data already there. */
export async function fillRequester(el: GovDossierForm): Promise<void> {
  await select(el, 'relationship', 'cha');
}

/** Page 2: the child. */
export async function fillChild(el: GovDossierForm): Promise<void> {
  await type(el, 'childName', 'Nguyễn Minh Khôi');
  await tick(el, 'childGender', 'nam');
  await typeDate(el, 'childDateOfBirth', '3', '11', '2026');
  await tick(el, 'birthPlaceKind', 'co-so-y-te');
  await type(el, 'birthFacility', 'Bệnh viện Phụ sản Hà Nội');
  await select(el, 'childEthnicity', '01');
  await select(el, 'childNationality', 'VN');
}

/** Page 3: the parents; the residence comes prefilled from the applicant's address. */
export async function fillParents(el: GovDossierForm): Promise<void> {
  await type(el, 'motherName', 'Trần Thị Bình');
  await typeDate(el, 'motherDateOfBirth', '20', '8', '1992');
  await type(el, 'motherId', '001192034567');
  await select(el, 'motherEthnicity', '01');
}

/** Fills every step of the birth registration and uploads the birth certificate: lands on review. */
export async function fillBirthRegistration(el: GovDossierForm): Promise<void> {
  await fillRequester(el);
  await continueOn(el);
  await fillChild(el);
  await continueOn(el);
  await fillParents(el);
  await continueOn(el);
  await type(el, 'extractCopies', '1');
  await continueOn(el);
  chooseFiles(documentInput(el, 'GCS'), [pdf()]);
  await el.updateComplete;
  await until(() => $$(el, '[data-document="GCS"] .file.done').length === 1, 'the upload never finished');
  await continueOn(el);
}
