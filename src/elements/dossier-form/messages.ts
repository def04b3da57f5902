/**
 * The catalogue of `<gov-dossier-form>`: its Vietnamese words (`messages.vi.ts`, the reference,
 * always at hand) and its English pack (`messages.en.ts`, loaded the first time the element
 * speaks English). English has exactly the Vietnamese keys: the compiler checks it, and so does
 * a test.
 */
import { catalogOf } from '../../i18n/translator.js';
import type { CommonMessageKey } from '../../i18n/messages/vi.js';
import type { Localize } from '../shared/localize.js';
import { vi, type FormMessageKey } from './messages.vi.js';

export type { FormMessageKey };

export const catalog = catalogOf(vi, () => import('./messages.en.js'));

/** Every key the element speaks: its own and the shared ones it uses. */
export type FormKey = FormMessageKey | CommonMessageKey;

/** The element's words and formats, as its template modules receive them. */
export type FormL10n = Localize<FormKey>;
