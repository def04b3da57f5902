/**
 * Repeating groups (contract 1.1 `group`) and compound conditions: GOV.UK's "add another" with
 * rows that are checked, linked from the error summary, spoken of, kept in a draft and sent as
 * an array of rows; `all` / `any` / `not` over several questions, also inside a row.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Field, FormDefinition } from '../../../src/api/schemas.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import { rowFieldId } from '../../../src/elements/dossier-form/groups.js';
import { byName } from '../../../src/elements/dossier-form/units.js';
import { groupInWords, mapServerErrors, submittedAnswers } from '../../../src/elements/dossier-form/submission.js';
import { visibleFieldIds } from '../../../src/elements/dossier-form/visibility.js';
import { withPrefill } from '../../../src/elements/dossier-form/prefill.js';
import { BUSINESS_HOUSEHOLD } from '../../../src/mocks/index.js';
import { expectFitsWidth, phoneViewport, resetViewport } from '../../support/layout.js';
import { recordAnnouncements } from '../../support/dom.js';
import { until } from '../../support/wait.js';
import {
  $,
  $$,
  button,
  click,
  continueOn,
  describeNode,
  fillAddress,
  focused,
  group,
  mockBackEnd,
  settled,
  summaryLinks,
  text,
  tick,
  type,
} from '../../support/dossier-form.js';

const base = '/t-form-groups/api/v1';
const backEnd = mockBackEnd(base);
before(() => backEnd.start());
after(() => backEnd.stop());

const A = (entries: Record<string, unknown>) => new Map(Object.entries(entries)) as Map<string, never>;

/** A household's members: at least one, at most three, each with a row-scoped condition. */
const MEMBERS: Field = {
  id: 'members',
  kind: 'group',
  label: 'Thành viên hộ gia đình',
  itemLabel: 'Thành viên',
  required: true,
  minItems: 1,
  maxItems: 3,
  visibleWhen: { any: [{ field: 'ownerKind', equals: 'ho' }, { all: [{ field: 'staff', filled: true }, { not: { field: 'staff', equals: 0 } }] }] },
  fields: [
    { id: 'name', kind: 'text', label: 'Họ và tên', required: true },
    { id: 'contributes', kind: 'checkbox', label: 'Có góp vốn' },
    { id: 'capital', kind: 'number', label: 'Số vốn góp', required: true, visibleWhen: { all: [{ field: 'contributes', equals: true }, { not: { field: 'ownerKind', equals: 'mot' } }] } },
  ],
};

const FORM: FormDefinition = {
  procedureCode: BUSINESS_HOUSEHOLD,
  version: 'groups-1',
  title: 'Hộ kinh doanh',
  steps: [
    {
      id: 'chu-ho',
      title: 'Chủ hộ',
      fields: [
        { id: 'ownerKind', kind: 'radio', label: 'Hộ kinh doanh do', required: true, options: [{ value: 'mot', label: 'Một cá nhân' }, { value: 'ho', label: 'Hộ gia đình' }] },
        { id: 'staff', kind: 'number', label: 'Số lao động' },
        MEMBERS,
      ],
    },
    { id: 'cuoi', title: 'Bước cuối', fields: [{ id: 'note', kind: 'text', label: 'Ghi chú' }] },
  ],
  attachments: [],
};

async function mount(options: { locale?: string; level?: number; definition?: FormDefinition; drafts?: string } = {}): Promise<GovDossierForm> {
  const el = await fixture<GovDossierForm>(html`<gov-dossier-form
    api-base=${base}
    drafts=${options.drafts ?? 'off'}
    locale=${options.locale ?? 'vi'}
    heading-level=${options.level ?? 2}
    .definition=${options.definition ?? FORM}
  ></gov-dossier-form>`);
  await settled(el);
  return el;
}

const rows = (el: GovDossierForm) => $$(el, '[data-field="members"] .group-row');
const rowLegends = (el: GovDossierForm) => rows(el).map((row) => text(row.querySelector('legend')));
const rowInput = (el: GovDossierForm, index: number, item: string) => rows(el)[index]!.querySelector<HTMLInputElement>(`[data-field$="${item}"] input`)!;

describe('<gov-dossier-form> repeating groups', () => {
  afterEach(resetViewport);

  it('starts with the rows the group needs, shown by a compound condition', async () => {
    const el = await mount();
    expect($$(el, '[data-field="members"]')).to.have.length(0);
    await tick(el, 'ownerKind', 'ho');
    expect(rowLegends(el)).to.deep.equal(['Thành viên 1']);
    expect(text($(el, '[data-field="members"] .hint'))).to.equal('Có thể khai tối đa 3 mục.');
    // One row and one needed: nothing to remove.
    expect($$(el, '.group-remove')).to.have.length(0);
    await tick(el, 'ownerKind', 'mot');
    expect($$(el, '[data-field="members"]'), 'any: neither branch holds').to.have.length(0);
    await type(el, 'staff', '2');
    expect(rowLegends(el), 'any: the second branch, all of staff filled and not 0').to.deep.equal(['Thành viên 1']);
    await type(el, 'staff', '0');
    expect($$(el, '[data-field="members"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('adds a row with the focus on its first question, removes one with the focus on "Thêm", and says both', async () => {
    const el = await mount();
    await tick(el, 'ownerKind', 'ho');
    const heard = recordAnnouncements(el);
    await click(el, button(el, 'Thêm thành viên'));
    await until(() => focused(el) === describeNode(rowInput(el, 1, 'name')), 'the new row’s first question never took the focus');
    expect(rowLegends(el)).to.deep.equal(['Thành viên 1', 'Thành viên 2']);
    await until(() => heard.includes('Đã thêm thành viên 2.'), 'the new row was not announced');
    await typeInto(el, 0, 'Lê Văn Cường');
    await typeInto(el, 1, 'Lê Thị Dung');
    await click(el, button(el, 'Thêm thành viên'));
    expect(rowLegends(el)).to.have.length(3);
    expect($$(el, 'button').some((candidate) => text(candidate) === 'Thêm thành viên'), 'three is the most').to.equal(false);
    // "Xóa thành viên 1": the row it removes is named to a screen reader.
    expect(text($$(el, '.group-remove')[0]!)).to.equal('Xóa thành viên 1');
    await click(el, $$(el, '.group-remove')[0] as HTMLElement);
    expect(rowLegends(el)).to.deep.equal(['Thành viên 1', 'Thành viên 2']);
    expect(rowInput(el, 0, 'name').value, 'the second row moved up with its answer').to.equal('Lê Thị Dung');
    await until(() => focused(el).startsWith('button#') && focused(el).includes('Thêm thành viên'), 'the focus did not go to "Thêm"');
    await until(() => heard.includes('Đã xóa thành viên 1.'), 'the removal was not announced');
    await expect(el).to.be.accessible();
  });

  it('checks every row, links each problem from the summary to its row’s control, and checks a row-scoped condition', async () => {
    const el = await mount();
    await tick(el, 'ownerKind', 'ho');
    await click(el, button(el, 'Thêm thành viên'));
    await typeInto(el, 0, 'Lê Văn Cường');
    rows(el)[1]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    // The box of the second row shows the second row's amount, not the first's.
    expect(rows(el)[0]!.querySelectorAll('[data-field$="capital"]')).to.have.length(0);
    expect(rows(el)[1]!.querySelectorAll('[data-field$="capital"]')).to.have.length(1);
    await continueOn(el);
    const links = summaryLinks(el);
    expect(links.map(text)).to.deep.equal(['Vui lòng nhập họ và tên', 'Vui lòng nhập số vốn góp']);
    links[0]!.click();
    await until(() => focused(el) === describeNode(rowInput(el, 1, 'name')), 'the link did not reach the second row’s name');
    await typeInto(el, 1, 'Lê Thị Dung');
    expect(summaryLinks(el).map(text), 'corrected as typed').to.deep.equal(['Vui lòng nhập số vốn góp']);
    await expect(el).to.be.accessible();
  });

  it('asks for the fewest rows when none is left (an optional group may be emptied)', async () => {
    const optional: FormDefinition = { ...FORM, steps: [{ ...FORM.steps[0]!, fields: [{ ...MEMBERS, required: false, minItems: 2, visibleWhen: undefined }] }, FORM.steps[1]!] };
    const el = await mount({ definition: optional });
    expect(rowLegends(el)).to.deep.equal(['Thành viên 1', 'Thành viên 2']);
    await typeInto(el, 0, 'A B');
    await typeInto(el, 1, 'C D');
    await continueOn(el);
    expect(el.currentPage).to.equal(1);
  });

  it('in English: the count in plural words, the rows named, nothing Vietnamese quoted in a sentence; 320 px wide', async () => {
    await phoneViewport();
    const el = await mount({ locale: 'en' });
    await tick(el, 'ownerKind', 'ho');
    await until(() => text($(el, '[data-field="members"] .hint')) === 'You can add up to 3 entries.', 'no English plural');
    // The item label came in Vietnamese only: the English buttons use their own word.
    expect(rowLegends(el)).to.deep.equal(['Entry 1']);
    expect($$(el, 'button').map(text)).to.include('Add entry');
    await click(el, button(el, 'Continue'));
    expect(summaryLinks(el).map(text)).to.include('Enter the answer');
    expectFitsWidth(el);
    await expect(el).to.be.accessible();
  });

  it('keeps the rows in the draft', async () => {
    localStorage.clear();
    const el = await mount({ drafts: 'on' });
    await tick(el, 'ownerKind', 'ho');
    await click(el, button(el, 'Thêm thành viên'));
    await typeInto(el, 1, 'Lê Thị Dung');
    await continueOn(el);
    el.remove();
    const again = await mount({ drafts: 'on' });
    await click(again, $(again, '[data-action="resume"]') as HTMLElement);
    await until(() => again.currentPage === 0 && rows(again).length === 2, 'the rows did not come back');
    expect(rowInput(again, 1, 'name').value).to.equal('Lê Thị Dung');
    localStorage.clear();
  });

  it('puts its headings at the host’s heading-level', async () => {
    const el = await mount({ level: 3, definition: { ...FORM, steps: [{ ...FORM.steps[0]!, fields: [{ id: 's', kind: 'section', label: 'Phần' }, ...FORM.steps[0]!.fields] }] } });
    expect($(el, '.page-heading').localName).to.equal('h3');
    expect($(el, '.section-title').localName).to.equal('h4');
    el.headingLevel = 2;
    await el.updateComplete;
    expect($(el, '.page-heading').localName).to.equal('h2');
    expect($(el, '.section-title').localName).to.equal('h3');
  });
});

async function typeInto(el: GovDossierForm, row: number, value: string): Promise<void> {
  const input = rowInput(el, row, 'name');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('dossier-form conditions and rows (pure)', () => {
  it('evaluates all, any and not, a row’s leaf in its own row first', () => {
    const answers = withPrefill(FORM, A({ ownerKind: 'ho' }), undefined) as Map<string, never>;
    const first = rowFieldId('members', '1', 'capital');
    expect(visibleFieldIds(FORM, answers).has(rowFieldId('members', '1', 'name'))).to.equal(true);
    expect(visibleFieldIds(FORM, answers).has(first)).to.equal(false);
    answers.set(rowFieldId('members', '1', 'contributes'), true as never);
    expect(visibleFieldIds(FORM, answers).has(first)).to.equal(true);
    answers.set('ownerKind', 'mot' as never);
    expect(visibleFieldIds(FORM, answers).has(first), 'a hidden group hides its rows').to.equal(false);
  });

  it('nests a condition ten thousand deep without a stack overflow, and hides a circle', () => {
    let deep: NonNullable<Field['visibleWhen']> = { field: 'a', equals: 'x' };
    for (let n = 0; n < 10_000; n++) deep = { not: { not: deep } };
    const form: FormDefinition = {
      ...FORM,
      steps: [
        {
          id: 's',
          title: 'S',
          fields: [
            { id: 'a', kind: 'text', label: 'A' },
            { id: 'b', kind: 'text', label: 'B', visibleWhen: deep },
            { id: 'c', kind: 'text', label: 'C', visibleWhen: { any: [{ field: 'd' }, { field: 'a' }] } },
            { id: 'd', kind: 'text', label: 'D', visibleWhen: { not: { field: 'c' } } },
          ],
        },
      ],
    };
    const visible = visibleFieldIds(form, A({ a: 'x' }));
    expect(visible.has('b')).to.equal(true);
    expect(visible.has('c') || visible.has('d'), 'c and d read each other').to.equal(false);
  });

  it('sends a group as its rows, each with its visible answers', () => {
    const answers = A({ ownerKind: 'ho', members: ['1', '3'] });
    answers.set(rowFieldId('members', '1', 'name'), ' Lê Văn Cường ' as never);
    answers.set(rowFieldId('members', '3', 'name'), 'Lê Thị Dung' as never);
    answers.set(rowFieldId('members', '3', 'contributes'), true as never);
    answers.set(rowFieldId('members', '3', 'capital'), '1.000.000' as never);
    answers.set(rowFieldId('members', '1', 'capital'), '5' as never);
    const sent = submittedAnswers(FORM, answers, visibleFieldIds(FORM, answers));
    expect(JSON.parse(JSON.stringify(sent['members']))).to.deep.equal([
      { name: 'Lê Văn Cường' },
      { name: 'Lê Thị Dung', contributes: true, capital: 1000000 },
    ]);
  });
});

describe('dossier-form rows on the review and in a 422 (pure)', () => {
  it('puts answers.members.1.name on the second row’s question, and says the rows in words', () => {
    const answers = A({ ownerKind: 'ho', members: ['1', '4'] });
    answers.set(rowFieldId('members', '1', 'name'), 'Lê Văn Cường' as never);
    answers.set(rowFieldId('members', '4', 'name'), 'Lê Thị Dung' as never);
    const visible = visibleFieldIds(FORM, answers);
    const mapped = mapServerErrors(FORM, [{ field: 'answers.members.1.name', code: 'x', message: 'Trùng tên' }, { field: 'answers.members.7.name', code: 'x', message: 'Không có' }], visible, answers);
    // A row the form no longer has: the message goes on the group.
    expect([...mapped.fields]).to.deep.equal([[rowFieldId('members', '4', 'name'), 'Trùng tên'], ['members', 'Không có']]);
    const l10n = { t: (key: string, params: Record<string, unknown>) => (key === 'form.group.row' ? `${String(params['item'])} ${String(params['number'])}` : key), locale: 'vi' };
    expect(groupInWords(MEMBERS, answers, visible, l10n as never, (_field, raw) => (typeof raw === 'string' ? raw : null))).to.equal('Thành viên 1: Lê Văn Cường; Thành viên 2: Lê Thị Dung');
  });
});

describe('dossier-form address lists (issue #20)', () => {
  it('sorts units by their proper name and offers it first, so typing its first letters finds it', () => {
    const units = ['Phường Phúc Xá', 'Xã Ba Vì', 'Phường Ba Đình', 'Thị trấn Đông Anh', 'Xã Ân Thi'].map((name, index) => ({ code: String(index), name, level: 'commune' as const }));
    expect(byName(units).map((unit) => unit.label)).to.deep.equal(['Ân Thi (Xã)', 'Ba Đình (Phường)', 'Ba Vì (Xã)', 'Đông Anh (Thị trấn)', 'Phúc Xá (Phường)']);
  });

  it('shows the communes of a province so in the form', async () => {
    const definition: FormDefinition = { ...FORM, steps: [{ id: 's', title: 'S', fields: [{ id: 'home', kind: 'address', label: 'Nơi ở' }] }] };
    const el = await mount({ definition });
    await fillAddress(el, 'home', '01', '00004', 'Số 1');
    const communes = [...group(el, 'home').querySelectorAll('select')[1]!.options].slice(1).map((option) => option.textContent!.trim());
    expect(communes.length).to.be.greaterThan(10);
    expect(communes.every((label) => /\((Xã|Phường|Đặc khu)\)$/.test(label))).to.equal(true);
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    expect([...communes].sort(collator.compare)).to.deep.equal(communes);
  });
});
