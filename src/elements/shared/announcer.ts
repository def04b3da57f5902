import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * The element's polite live region and what it says. The region is rendered from the start
 * (`region()` in the element's template): a region inserted together with its text is not
 * announced.
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
export class Announcer {
  /** What the region says now. */
  text = '';
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /**
   * Says `text`. A region whose text does not change says nothing, so the same sentence twice
   * in a row gets a no-break space after it and is read again ('' stays silent).
   */
  announce(text: string): void {
    this.set(text && text === this.text ? `${text}\u00a0` : text);
  }

  /** Sets the region's text as it is: the same words as before are not read again. */
  set(text: string): void {
    this.text = text;
    this.#host.requestUpdate();
  }

  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.text}</div>`;
  }
}
