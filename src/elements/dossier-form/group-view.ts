/**
 * A repeating group on a step, as GOV.UK's "add another" pattern: the group is a fieldset
 * whose legend is the question; each row is a fieldset of its own, its legend naming it
 * ("Thành viên 2") so a screen reader says which row a question belongs to; "Xóa" under each
 * row while there are more rows than the group needs, "Thêm thành viên" while fewer than it
 * takes. The element moves the focus and speaks through its live region (`onAdd`, `onRemove`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Field } from '../../api/schemas.js';
import { describedBy, hint } from '../shared/field.js';
import { controlId, errorTemplate, optionalMark, type FieldHost } from './fields.js';
import { leastRows, nextRowKey, rowFieldId, rowFields, rowsOf, withoutRow } from './groups.js';
import type { FormL10n } from './messages.js';
import { quotable } from './problem-text.js';
import type { AnswerValue, Answers } from './answers.js';

/** What one row calls itself mid-sentence ("thành viên"), in the locale's words only. */
export function itemName(group: Field, l10n: FormL10n, midSentence: boolean): string {
  const own = group.itemLabel ? quotable(group.itemLabel, l10n) : undefined;
  const name = own ?? l10n.t('form.group.item');
  // Lower-cased mid-sentence, unless it starts with an acronym ("CCCD").
  return midSentence && !/^\p{Lu}{2}/u.test(name) ? name.charAt(0).toLocaleLowerCase(l10n.locale) + name.slice(1) : name;
}

export interface GroupView {
  group: Field;
  answers: Answers;
  /** Base of the group's DOM ids. */
  id: string;
  visible: ReadonlySet<string>;
  problemText: unknown;
  host: FieldHost;
  /** A question of a row, as its step renders (and keeps) the others. */
  question: (field: Field) => unknown;
}

export function groupView(view: GroupView): TemplateResult {
  const { group, id, host } = view;
  const l10n = host.l10n;
  const rows = rowsOf(view.answers, group);
  const least = leastRows(group);
  const most = group.maxItems ?? Number.POSITIVE_INFINITY;
  const limits = Number.isFinite(most) ? l10n.plural('form.group.max', most) : undefined;
  const hintText = [group.hint, limits].filter(Boolean).join(' ') || undefined;
  return html`<div class=${view.problemText ? 'field group has-error' : 'field group'} data-field=${group.id}
    ><fieldset class="fieldset" aria-describedby=${describedBy(hintText && `${id}-hint`, !!view.problemText && `${id}-error`) ?? nothing}
      ><legend class="legend">${optionalMark(group.label, least > 0, l10n)}</legend
      >${hint(id, hintText)}${errorTemplate(id, view.problemText, l10n)}${rows.length === 0
        ? html`<p class="group-none">${l10n.t('form.group.none')}</p>`
        : nothing}${rows.map((row, index) => {
        const name = l10n.t('form.group.row', { item: itemName(group, l10n, false), number: index + 1 });
        return html`<fieldset class="group-row" data-row=${row}
          ><legend class="row-legend">${name}</legend
          >${rowFields(group, row).map((field) => (view.visible.has(field.id) ? view.question(field) : nothing))}${rows.length > least
            ? html`<button type="button" class="link group-remove" @click=${() => host.onRemove(group, row, index)}
                >${l10n.t('form.group.remove')}<span class="visually-hidden"> ${itemName(group, l10n, true)} ${index + 1}</span></button
              >`
            : nothing}</fieldset
        >`;
      })}${rows.length < most
        ? html`<button type="button" class="button secondary group-add" id="${id}-add" @click=${() => host.onAdd(group)}
            >${l10n.t('form.group.add', { item: itemName(group, l10n, true) })}</button
          >`
        : nothing}</fieldset
    ></div
  >`;
}

/** What adding and removing rows asks of the element (part of its one host object). */
export interface RowHost {
  readonly l10n: FormL10n;
  readonly answers: Answers;
  /** A question was answered (here: the group's rows). */
  change(field: Field, value: AnswerValue): void;
  /** The answers replaced at once (a row and its answers gone). */
  replace(answers: Answers): void;
  readonly flow: { answered(field: Field, value: AnswerValue): void };
  domId(id: string): string;
  focus(target: `#${string}`): void;
  announce(text: string): void;
}

/** "Thêm …": a row at the end, its first question focused, the new row said. */
export function addRow(host: RowHost, group: Field): void {
  const before = rowsOf(host.answers, group);
  const rows = [...before, nextRowKey(before)];
  host.change(group, rows);
  const first = group.fields?.[0];
  if (first) host.focus(`#${controlId(first as Field, host.domId(rowFieldId(group.id, rows.at(-1)!, first.id)))}`);
  host.announce(host.l10n.t('form.group.added', { item: itemName(group, host.l10n, true), number: rows.length }));
}

/** "Xóa": the row and its answers gone, the focus on "Thêm …" (there is room again), the removal said. */
export function removeRow(host: RowHost, group: Field, row: string, index: number): void {
  const answers = withoutRow(host.answers, group, row);
  host.replace(answers);
  host.flow.answered(group, answers.get(group.id)!);
  host.focus(`#${host.domId(group.id)}-add`);
  host.announce(host.l10n.t('form.group.removed', { item: itemName(group, host.l10n, true), number: index + 1 }));
}
