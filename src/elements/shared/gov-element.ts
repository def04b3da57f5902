/**
 * Base of every motcua element: resolves the effective configuration (the
 * element's own attributes win over the surrounding `<gov-config>`, which wins
 * over the defaults) and gives the element its API client and translator.
 */
import { LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { ApiTransport, type TokenGetter } from '../../api/transport.js';
import { isApiError } from '../../api/errors.js';
import { configContext, DEFAULT_API_BASE, type GovConfig } from '../../context/config.js';
import {
  commonCatalog,
  DEFAULT_LOCALE,
  loadedPackCount,
  loadLocale,
  Translator,
  type Catalog,
  type MessageOverrides,
  type MessageParams,
  type Messages,
} from '../../i18n/translator.js';
import { baseStyles } from '../../theme/styles.js';
import { isolatedMessage } from './bidi.js';

export class GovElement extends LitElement {
  static override styles = baseStyles;

  // Reactive properties are declared here rather than with decorators: the decorator
  // functions would ship in every bundle (docs/decisions.md, "Size budgets").
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    locale: {},
    messages: { attribute: false },
    getToken: { attribute: false },
    // Internal state (fields below): reactive, no attribute.
    config: { attribute: false },
  };

  /** The element's own message catalogue, merged over the shared ones. */
  protected static catalog: Catalog | undefined;

  /**
   * The shared catalogues the element speaks from: `commonCatalog` always, plus
   * `procedureCatalog` or `statusCatalog` for elements that show those, so each element
   * ships only the shared words it uses.
   */
  protected static sharedCatalogs: readonly Catalog[] = [commonCatalog];

  /** Base URL of the API; overrides `<gov-config api-base>`. */
  apiBase?: string;

  /** Locale (`vi`, `en` or one the host added); overrides `<gov-config locale>`. */
  locale?: string;

  /** Host wording for this element only: locale → key → text. */
  messages?: MessageOverrides;

  /** Bearer-token getter for this element only; overrides the config's. */
  getToken?: TokenGetter;

  /** What the surrounding `<gov-config>` provides; empty when there is none. */
  protected config: GovConfig = {};

  /**
   * The transport to pass to the endpoint functions of `api/endpoints.ts` (not the
   * `ApiClient` class, which would bring every response schema into every bundle).
   * Recreated only when what it depends on changes; see `willUpdate`.
   */
  protected client!: ApiTransport;
  protected translator!: Translator;

  #clientKey: unknown[] = [];
  #translatorKey: unknown[] = [];

  constructor() {
    super();
    new ContextConsumer(this, { context: configContext, subscribe: true, callback: (config) => (this.config = config) });
  }

  get effectiveLocale(): string {
    return this.locale || this.config.locale || DEFAULT_LOCALE;
  }

  get effectiveApiBase(): string {
    return this.apiBase || this.config.apiBase || DEFAULT_API_BASE;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#refreshServices();
  }

  /**
   * Holds an update until the locale's message packs are loaded, so an element asked to
   * speak English never flashes Vietnamese first; `updateComplete` waits with it. In
   * Vietnamese nothing is pending and the update is scheduled as usual.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = loadLocale(this.effectiveLocale, this.#catalogs());
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#refreshServices();
  }

  /** The message for `key` in the effective locale. */
  protected t(key: string, params?: MessageParams): string {
    return this.translator.t(key, params);
  }

  /** The message for `key` as template parts, each value in its own `<bdi>` (see `bidi.ts`). */
  protected tIsolated(key: string, params: MessageParams): (string | TemplateResult)[] {
    return isolatedMessage(this.translator.t(key), params);
  }

  /** Fires one of the element's documented events: it bubbles and crosses shadow roots. */
  protected emit(type: string, detail: unknown): void {
    /** @ignore for the manifest: each element documents the events it fires (`@fires`). */
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** A message telling the applicant what went wrong, in their language. */
  protected errorMessage(error: unknown): string {
    if (!isApiError(error)) return this.t('error.network');
    const { kind, status = 500, problem } = error;
    if (kind !== 'http') {
      // Each of these kinds has its message at `error.<kind>`; `aborted` is never shown on
      // purpose, and should it be, it reads as a network failure.
      return this.t(kind === 'aborted' ? 'error.network' : `error.${kind}`);
    }
    if (status === 429) return this.t('error.rate-limited', { seconds: error.retryAfter ?? 60 });
    if (status === 404) return this.t('error.not-found');
    if (status >= 500) return this.t('error.server');
    return problem?.detail ?? problem?.title ?? this.t('error.server');
  }

  #refreshServices(): void {
    const getToken = this.getToken ?? this.config.getToken;
    const clientKey = [this.effectiveApiBase, this.effectiveLocale, getToken];
    if (!sameKeys(clientKey, this.#clientKey)) {
      this.#clientKey = clientKey;
      this.client = new ApiTransport({ baseUrl: this.effectiveApiBase, locale: this.effectiveLocale, getToken });
    }
    const catalogs = this.#catalogs();
    const translatorKey = [this.effectiveLocale, this.config.messages, this.messages, ...catalogs, loadedPackCount()];
    if (!sameKeys(translatorKey, this.#translatorKey)) {
      this.#translatorKey = translatorKey;
      const overrides = mergeOverrides(this.config.messages, this.messages);
      this.translator = new Translator(this.effectiveLocale, catalogs, overrides);
    }
  }

  #catalogs(): Catalog[] {
    const { catalog, sharedCatalogs } = this.constructor as typeof GovElement;
    return catalog ? [catalog, ...sharedCatalogs] : [...sharedCatalogs];
  }
}

function sameKeys(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Element-level wording wins over the config's, key by key. */
function mergeOverrides(outer: MessageOverrides = {}, inner: MessageOverrides = {}): MessageOverrides {
  const merged: Record<string, Messages> = { ...outer };
  for (const [locale, messages] of Object.entries(inner)) merged[locale] = { ...merged[locale], ...messages };
  return merged;
}
