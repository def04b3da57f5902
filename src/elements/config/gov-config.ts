import { LitElement, html, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import type { TokenGetter } from '../../api/transport.js';
import { configContext } from '../../context/config.js';
import { css } from '../../theme/css.js';
import type { MessageOverrides } from '../../i18n/translator.js';

/**
 * Shares configuration with every motcua element inside it.
 *
 * @summary Configuration provider: API base URL, locale, token getter, messages.
 * @slot - The portal content containing motcua elements.
 *
 * @example
 * <gov-config api-base="https://dichvucong.example.gov.vn/api/v1" locale="vi">
 *   <gov-procedure-search></gov-procedure-search>
 * </gov-config>
 */
export class GovConfigElement extends LitElement {
  // Minified at build time like the stylesheets (scripts/template-literals.mjs).
  static override styles = css`:host{display:contents}`;

  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    locale: {},
    getToken: { attribute: false },
    messages: { attribute: false },
  };

  /** Base URL of the API for all elements inside. */
  apiBase?: string;

  /** Locale for all elements inside: `vi` (default), `en`, or one added through `messages`. */
  locale?: string;

  /** Bearer-token getter (JS property only): called before each request. */
  getToken?: TokenGetter;

  /** Extra or replacement messages (JS property only): `{ en: { 'search.label': '…' } }`. */
  messages?: MessageOverrides;

  readonly #provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  protected override willUpdate(): void {
    // A new object each time so that subscribed consumers re-render.
    this.#provider.setValue({
      apiBase: this.apiBase,
      locale: this.locale,
      getToken: this.getToken,
      messages: this.messages,
    });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
