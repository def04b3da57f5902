/**
 * The configuration every element shares, provided by `<gov-config>` through
 * @lit/context. An element inside no `<gov-config>` still works with its own
 * attributes and the defaults.
 */
import { createContext } from '@lit/context';
import type { TokenGetter } from '../api/client.js';
import type { MessageOverrides } from '../i18n/translator.js';

export interface GovConfig {
  /** Base URL of the API. */
  readonly apiBase?: string | undefined;
  /** BCP 47 tag; `vi` unless set. */
  readonly locale?: string | undefined;
  /** Supplies a bearer token per request (e.g. from the portal's VNeID login). */
  readonly getToken?: TokenGetter | undefined;
  /** Host wording and extra languages: locale → key → text. */
  readonly messages?: MessageOverrides | undefined;
}

/** Where the API lives when nobody says: the page's own origin. */
export const DEFAULT_API_BASE = '/api/v1';

/**
 * A string key rather than a Symbol, so that a `<gov-config>` from one copy of
 * the SDK still configures elements from another copy on the same page.
 */
export const configContext = createContext<GovConfig>('motcua/config');
