/**
 * Administrative units for address fields: the provinces once, then the communes of
 * each province chosen, cached for every address field of the form.
 */
import type { ReactiveControllerHost } from 'lit';
import { listAdministrativeUnits } from '../../api/endpoints.js';
import type { ApiTransport } from '../../api/transport.js';
import type { AdministrativeUnit } from '../../api/schemas.js';

export type UnitList =
  | { state: 'loading' }
  | { state: 'ready'; items: AdministrativeUnit[] }
  | { state: 'error'; error: unknown };

/** Needs no lifecycle hook: it only asks its host to render again when a list arrives. */
export class UnitsController {
  readonly #lists = new Map<string, UnitList>();
  #generation = 0;

  readonly #host: ReactiveControllerHost;
  readonly #client: () => ApiTransport;

  constructor(host: ReactiveControllerHost, client: () => ApiTransport) {
    this.#host = host;
    this.#client = client;
  }

  /** The provinces (`parent` undefined) or a province's communes, loading them on first use. */
  list(parent?: string): UnitList {
    const key = parent ?? '';
    const known = this.#lists.get(key);
    if (known) return known;
    void this.#load(key);
    return this.#lists.get(key)!;
  }

  /** The name of a unit already loaded, for the review page. */
  name(code: string, parent?: string): string | undefined {
    const list = this.#lists.get(parent ?? '');
    return list?.state === 'ready' ? list.items.find((unit) => unit.code === code)?.name : undefined;
  }

  retry(parent?: string): void {
    void this.#load(parent ?? '');
  }

  /** Forget everything: the API base or the language changed. */
  reset(): void {
    this.#generation++;
    this.#lists.clear();
    this.#host.requestUpdate();
  }

  async #load(key: string): Promise<void> {
    const generation = this.#generation;
    this.#lists.set(key, { state: 'loading' });
    this.#host.requestUpdate();
    let next: UnitList;
    try {
      next = { state: 'ready', items: await listAdministrativeUnits(this.#client(), key || undefined) };
    } catch (error) {
      next = { state: 'error', error };
    }
    if (generation !== this.#generation) return;
    this.#lists.set(key, next);
    this.#host.requestUpdate();
  }
}
