/**
 * Base of every motcua element: resolves the effective configuration (the
 * element's own attributes win over the surrounding `<gov-config>`, which wins
 * over the defaults) and gives the element its transport, its words and formats
 * (`l10n`), its live region (`announcer`) and the focus it moves after a render
 * (`nextFocus`).
 */
import { LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { ApiTransport, type TokenGetter } from '../../api/transport.js';
import { isApiError } from '../../api/errors.js';
import { configContext, DEFAULT_API_BASE, type GovConfig } from '../../context/config.js';
import { commonCatalog, DEFAULT_LOCALE, loadLocale, type Catalog, type MessageOverrides } from '../../i18n/translator.js';
import type { CommonMessageKey } from '../../i18n/messages/vi.js';
import { baseStyles } from '../../theme/styles.js';
import { Announcer } from './announcer.js';
import { FocusController } from './focus.js';
import { heading, type HeadingOptions } from './heading.js';
import { Localize } from './localize.js';
import { OnlineController } from './online.js';

/**
 * Reactive internal state: a change re-renders the element; no attribute, and nothing the
 * manifest lists (the fields are private).
 */
export function internalState(...names: string[]): PropertyDeclarations {
  return Object.fromEntries(names.map((name) => [name, { attribute: false }]));
}

/** The events the elements fire: every `gov-…` event declared in `HTMLElementEventMap`. */
export type GovEventName = Extract<keyof HTMLElementEventMap, `gov-${string}`>;

/** The `detail` an event of `HTMLElementEventMap` carries. */
export type EventDetail<E extends keyof HTMLElementEventMap> = HTMLElementEventMap[E] extends CustomEvent<infer D> ? D : never;

/**
 * `Key`: the element's own message keys (`keyof` its Vietnamese catalogue, plus the keys of the
 * shared catalogues it speaks from); the common words are always there.
 */
export class GovElement<Key extends string = never> extends LitElement {
  static override styles = baseStyles;

  // Reactive properties are declared here rather than with decorators: the decorator
  // functions would ship in every bundle (docs/decisions.md, "Size budgets").
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    locale: {},
    messages: { attribute: false },
    getToken: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    ...internalState('config', 'transport'),
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

  /**
   * Level (1–6) of the element's top headings, so they fit the host page's outline; inner
   * headings go one level deeper each. Default 2.
   */
  headingLevel = 2;

  /**
   * A heading `depth` levels below the element's top level (`heading-level`), as the kit's
   * `heading` renders it; template modules that are not methods call `heading` with
   * `this.headingLevel`.
   */
  protected heading(depth: number, content: unknown, options?: HeadingOptions): TemplateResult {
    return heading(this.headingLevel, depth, content, options);
  }

  /** What the surrounding `<gov-config>` provides; empty when there is none. */
  protected config: GovConfig = {};

  /**
   * The transport to pass to the endpoint functions of `api/endpoints.ts` (not the
   * `ApiClient` class, which would bring every response schema into every bundle). A reactive
   * property, replaced only when the base URL, the locale or the token getter changes: an
   * element reloads what depends on it when `changed.has('transport')`, and
   * `changed.get('transport')` is the one before.
   */
  protected transport!: ApiTransport;

  /** The element's words and formats in its locale. */
  protected readonly l10n = new Localize<Key | CommonMessageKey>();

  /** The element's polite live region (`announcer.region()` in its template). */
  protected readonly announcer = new Announcer(this);

  /** Where the focus goes once the next render is committed. */
  protected readonly nextFocus = new FocusController(this);

  constructor() {
    super();
    new ContextConsumer(this, { context: configContext, subscribe: true, callback: (config) => (this.config = config) });
    new OnlineController(this, () => this.online());
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

  /**
   * Fires one of the element's documented events (`@fires`, declared in `HTMLElementEventMap`
   * by the element's `index.ts`): it bubbles and crosses shadow roots. A misspelt name or a
   * wrong detail does not compile.
   */
  protected emit<E extends GovEventName>(type: E, detail: EventDetail<E>): void {
    /** @ignore for the manifest: each element documents the events it fires (`@fires`). */
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** The browser says the network is back: an element tries again what failed offline. */
  protected online(): void {}

  /** A message telling the applicant what went wrong, in their language. */
  protected errorMessage(error: unknown): string {
    if (!isApiError(error)) return this.l10n.t('error.network');
    const { kind, status = 500, problem } = error;
    if (kind !== 'http') {
      // Each of these kinds has its message at `error.<kind>`; `aborted` is never shown on
      // purpose, and should it be, it reads as a network failure.
      return this.l10n.t(kind === 'aborted' ? 'error.network' : `error.${kind}`);
    }
    if (status === 429) return this.l10n.t('error.rate-limited', { seconds: error.retryAfter ?? 60 });
    if (status === 404) return this.l10n.t('error.not-found');
    if (status >= 500) return this.l10n.t('error.server');
    return problem?.detail ?? problem?.title ?? this.l10n.t('error.server');
  }

  #refreshServices(): void {
    const getToken = this.getToken ?? this.config.getToken;
    const baseUrl = this.effectiveApiBase;
    const locale = this.effectiveLocale;
    const key = this.#transportKey;
    if (key[0] !== baseUrl || key[1] !== locale || key[2] !== getToken) {
      this.#transportKey = [baseUrl, locale, getToken];
      this.transport = new ApiTransport({ baseUrl, locale, getToken });
    }
    this.l10n.update(locale, this.#catalogs(), this.config.messages, this.messages);
  }

  /** What the transport was made for: the base URL, the locale and the token getter. */
  #transportKey: unknown[] = [];

  #catalogs(): Catalog[] {
    const { catalog, sharedCatalogs } = this.constructor as typeof GovElement;
    return catalog ? [catalog, ...sharedCatalogs] : [...sharedCatalogs];
  }
}
