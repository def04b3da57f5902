import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls back when the browser says the network is back (`online`), while the host is in the
 * page: what failed because the device was offline (a form definition, a search, an upload)
 * is tried again without the applicant having to find the retry button.
 *
 * @internal Part of the elements' kit (docs/contributing.md).
 */
export class OnlineController implements ReactiveController {
  readonly #onOnline: () => void;

  constructor(host: ReactiveControllerHost, onOnline: () => void) {
    this.#onOnline = () => onOnline();
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.#onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#onOnline);
  }
}
