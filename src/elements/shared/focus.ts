import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Focus that moves deliberately, once the render that shows its target is committed: to a new
 * view's heading, to an error summary, back to what opened a detail. One target at a time:
 * the last asked for before the render wins.
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
export class FocusController implements ReactiveController {
  #pending: (() => void) | undefined;
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Focuses what `selector` finds in the element after the next render. `scroll`: also brings
   * it into view when it is off screen (the form's pages are taller than a phone's screen).
   */
  to(selector: string, { scroll = false }: { scroll?: boolean } = {}): void {
    this.run(() => {
      const target = this.#host.renderRoot.querySelector<HTMLElement>(selector);
      if (!target) return;
      target.focus();
      if (scroll && typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'nearest' });
    });
  }

  /** Runs `action` after the next render (for targets only the element can find). */
  run(action: () => void): void {
    this.#pending = action;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const action = this.#pending;
    this.#pending = undefined;
    action?.();
  }
}
