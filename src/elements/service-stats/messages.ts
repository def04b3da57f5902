/**
 * The catalogue of `<gov-service-stats>`: its Vietnamese words (`messages.vi.ts`, the reference,
 * always at hand) and its English pack (`messages.en.ts`, loaded the first time the element
 * speaks English). English has exactly the Vietnamese keys: the compiler checks it, and so does
 * a test.
 */
import { catalogOf } from '../../i18n/translator.js';
import type { CommonMessageKey } from '../../i18n/messages/vi.js';
import type { Localize } from '../shared/localize.js';
import { vi, type StatsMessageKey } from './messages.vi.js';

export type { StatsMessageKey };

export const catalog = catalogOf(vi, () => import('./messages.en.js'));

/** Every key the element speaks: its own and the shared ones it uses. */
export type StatsKey = StatsMessageKey | CommonMessageKey;

/** The element's words and formats, as its template modules receive them. */
export type StatsL10n = Localize<StatsKey>;
