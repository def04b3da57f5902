/**
 * The catalogue of `<gov-procedure-search>`: its Vietnamese words (`messages.vi.ts`, the reference,
 * always at hand) and its English pack (`messages.en.ts`, loaded the first time the element
 * speaks English). English has exactly the Vietnamese keys: the compiler checks it, and so does
 * a test.
 */
import { catalogOf } from '../../i18n/translator.js';
import type { CommonMessageKey } from '../../i18n/messages/vi.js';
import type { ProcedureMessageKey } from '../../i18n/messages/procedure-vi.js';
import type { Localize } from '../shared/localize.js';
import { vi, type SearchMessageKey } from './messages.vi.js';

export type { SearchMessageKey };

export const catalog = catalogOf(vi, () => import('./messages.en.js'));

/** Every key the element speaks: its own and the shared ones it uses. */
export type SearchKey = SearchMessageKey | CommonMessageKey | ProcedureMessageKey;

/** The element's words and formats, as its template modules receive them. */
export type SearchL10n = Localize<SearchKey>;
