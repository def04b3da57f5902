/** The behaviour every question shares (test/support/field-behaviour.ts), run over each kind that takes an answer. */
import { $$, control, fillAddress, group, mockBackEnd, select, tick, type, typeDate } from '../../support/dossier-form.js';
import type { GovDossierForm } from '../../../src/elements/dossier-form/dossier-form.js';
import { runFieldBehaviourTests, type FieldCase } from '../../support/field-behaviour.js';

const base = '/t-form-behaviour/api/v1';
const backEnd = mockBackEnd(base);

const OPTIONS = [
  { value: 'a', label: 'Thứ nhất' },
  { value: 'b', label: 'Thứ hai' },
];

/** The value of a question's first control. */
const value = (el: GovDossierForm, id: string) => group(el, id).querySelector<HTMLInputElement>('input, select, textarea')!.value;
/** The boxes ticked in a question, by value. */
const ticked = (el: GovDossierForm, id: string) =>
  $$<HTMLInputElement>(el, `[data-field="${id}"] input`)
    .filter((input) => input.checked)
    .map((input) => input.value || 'on')
    .join(',');

const CASES: Record<string, FieldCase> = {
  text: { field: { kind: 'text', label: 'Họ và tên' }, answer: (el, id) => type(el, id, 'Nguyễn Văn An'), shows: value },
  textarea: { field: { kind: 'textarea', label: 'Nội dung' }, answer: (el, id) => type(el, id, 'Xin cấp bản sao'), shows: value },
  number: { field: { kind: 'number', label: 'Số bản sao' }, answer: (el, id) => type(el, id, '2'), shows: value },
  email: { field: { kind: 'email', label: 'Thư điện tử' }, answer: (el, id) => type(el, id, 'an@example.vn'), shows: value },
  phone: { field: { kind: 'phone', label: 'Số điện thoại' }, answer: (el, id) => type(el, id, '0912 345 678'), shows: value },
  'national-id': { field: { kind: 'national-id', label: 'Số định danh' }, answer: (el, id) => type(el, id, '001090012345'), shows: value },
  date: {
    field: { kind: 'date', label: 'Ngày sinh' },
    group: true,
    answer: (el, id) => typeDate(el, id, '3', '11', '2020'),
    shows: (el, id) => $$<HTMLInputElement>(el, `[data-field="${id}"] input`).map((input) => input.value).join('/'),
  },
  select: { field: { kind: 'select', label: 'Dân tộc', options: OPTIONS }, answer: (el, id) => select(el, id, 'b'), shows: value },
  radio: { field: { kind: 'radio', label: 'Giới tính', options: OPTIONS }, group: true, answer: (el, id) => tick(el, id, 'a'), shows: ticked },
  checkbox: { field: { kind: 'checkbox', label: 'Tôi cam đoan' }, marksOptional: false, answer: (el, id) => tick(el, id), shows: (el, id) => String(control(el, id).checked) },
  checkboxes: { field: { kind: 'checkboxes', label: 'Ngày nhận', options: OPTIONS }, group: true, answer: (el, id) => tick(el, id, 'b'), shows: ticked },
  address: {
    field: { kind: 'address', label: 'Nơi thường trú' },
    group: true,
    answer: (el, id) => fillAddress(el, id, '01', '00004', '12 Phố Đội Cấn'),
    shows: (el, id) => $$<HTMLInputElement>(el, `[data-field="${id}"] select, [data-field="${id}"] input`).map((input) => input.value).join('|'),
  },
};

describe('<gov-dossier-form> questions of every kind', () => {
  before(() => backEnd.start());
  after(() => backEnd.stop());

  for (const [kind, fieldCase] of Object.entries(CASES)) runFieldBehaviourTests(kind, fieldCase, base);
});
