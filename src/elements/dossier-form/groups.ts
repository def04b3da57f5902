/**
 * Repeating groups (`group`, contract 1.1): a question whose `fields` repeat as rows.
 *
 * The answers stay one flat `Map`: the group's own answer is the list of its rows' keys
 * (`['1', '2', '5']`, stable while the applicant adds and removes rows), and each question of
 * a row is answered under its own id, `<group>␟<row>␟<field>`. So a question of a row is a
 * question like any other for the rest of the element: it is rendered, checked, linked from
 * the error summary, kept in a draft and re-rendered alone on a keystroke, and a row that is
 * removed takes only its own answers away. The rows become an array of objects only when sent.
 */
import type { Field, GroupItemField } from '../../api/schemas.js';
import type { AnswerValue, Answers } from './answers.js';

/** Between the parts of a row question's id: no id a person writes contains it. */
export const ROW_SEPARATOR = '\u241F';

/** A question of one row: the group's field, with an id of its own. */
export interface RowField extends Field {
  readonly group: Field;
  readonly row: string;
  readonly item: GroupItemField;
}

export function isRowField(field: Field): field is RowField {
  return Object.hasOwn(field, 'row');
}

export function rowFieldId(group: string, row: string, item: string): string {
  return `${group}${ROW_SEPARATOR}${row}${ROW_SEPARATOR}${item}`;
}

/** The keys of a group's rows, in order. */
export function rowsOf(answers: Answers, group: Field): readonly string[] {
  const rows = answers.get(group.id);
  // Keys become parts of DOM ids: a draft edited by hand holds anything, and then no rows.
  return Array.isArray(rows) && rows.every((row) => /^\d{1,9}$/.test(row)) ? rows : [];
}

/** Fewest rows: `minItems`, and one when the group is required. */
export function leastRows(group: Field): number {
  return Math.max(group.minItems ?? 0, group.required ? 1 : 0);
}

const made = new WeakMap<Field, Map<string, RowField>>();

/**
 * The question `item` of row `row`: the same object each time it is asked for, so the
 * templates kept for it are kept.
 */
export function rowField(group: Field, row: string, item: GroupItemField): RowField {
  let byId = made.get(group);
  if (!byId) made.set(group, (byId = new Map()));
  const id = rowFieldId(group.id, row, item.id);
  let field = byId.get(id);
  if (!field) byId.set(id, (field = { ...item, id, group, row, item }));
  return field;
}

/** The questions of one row, in order. */
export function rowFields(group: Field, row: string): RowField[] {
  return (group.fields ?? []).map((item) => rowField(group, row, item));
}

/**
 * Every question with an answer of its own among `fields`: each field, and after a group the
 * questions of each of its rows.
 */
export function expandRows(fields: readonly Field[], answers: Answers): Field[] {
  const result: Field[] = [];
  for (const field of fields) {
    result.push(field);
    if (field.kind === 'group') for (const row of rowsOf(answers, field)) for (const item of field.fields ?? []) result.push(rowField(field, row, item));
  }
  return result;
}

/** A key for a new row: one more than the highest so far, so keys are never reused in a draft. */
export function nextRowKey(rows: readonly string[]): string {
  let highest = 0;
  for (const row of rows) highest = Math.max(highest, Number(row) || 0);
  return String(highest + 1);
}

/** The answers without those of one row, and the group's rows without it. */
export function withoutRow(answers: Answers, group: Field, row: string): Map<string, AnswerValue> {
  const next = new Map(answers);
  next.set(group.id, rowsOf(answers, group).filter((candidate) => candidate !== row));
  for (const item of group.fields ?? []) next.delete(rowFieldId(group.id, row, item.id));
  return next;
}

/**
 * DOM ids of the questions: `f<n>` by place in the form (safe whatever the server's id), and
 * for a question of a row its group's, the row's key and its place in the row.
 */
export class DomIds {
  readonly #ids = new Map<string, string>();
  readonly #groups = new Map<string, Field>();

  constructor(form: { steps: readonly { fields: readonly Field[] }[] } | undefined) {
    form?.steps.flatMap((step) => step.fields).forEach((field, index) => {
      this.#ids.set(field.id, `f${index}`);
      if (field.kind === 'group') this.#groups.set(field.id, field);
    });
  }

  of(fieldId: string): string {
    let id = this.#ids.get(fieldId);
    if (id === undefined) {
      const [group = '', row, item] = fieldId.split(ROW_SEPARATOR);
      const index = this.#groups.get(group)?.fields?.findIndex((candidate) => candidate.id === item) ?? -1;
      id = index >= 0 ? `${this.#ids.get(group)}-${row}-${index}` : 'f';
      this.#ids.set(fieldId, id);
    }
    return id;
  }
}
