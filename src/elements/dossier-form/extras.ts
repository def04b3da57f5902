/**
 * The parts of a contract 1.1 form that most forms do not use, in a chunk fetched only by a
 * form that does (`needsExtras`): the applicant's questions (a type other than citizen, a
 * representative), repeating groups, and prefilled answers kept read-only. The form shows
 * once they are here. Their Vietnamese words come with them.
 */
import { addWords } from '../../i18n/translator.js';
import { catalog } from './messages.js';
import { extrasVi } from './messages-extras.vi.js';

addWords(catalog, extrasVi);

export { extrasStyles } from './extras.styles.js';
export { documentRequired, withApplicant } from './applicant.js';
export { addRow, groupView, itemName, removeRow } from './group-view.js';
export { readOnly } from './read-only.js';
