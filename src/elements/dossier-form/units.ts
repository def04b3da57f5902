/**
 * Administrative units for address fields: the provinces once, then the communes of each
 * province chosen, kept for every address field of the form. Each list is one request
 * (`RequestController`); the element says which lists the page shows (`want`) before it
 * renders, so a template only reads them.
 *
 * The lists show in a native select until the combobox (combobox.ts, fetched on demand once a
 * form has an address question) is here, and for good if it cannot be had.
 */
import type { CSSResult, ReactiveControllerHost } from 'lit';
import { listAdministrativeUnits } from '../../api/endpoints.js';
import type { ApiTransport } from '../../api/transport.js';
import type { AdministrativeUnit } from '../../api/schemas.js';
import { OnDemandPart } from '../shared/on-demand.js';
import { RequestController } from '../shared/request.js';
import { isAddress, type AnswerValue } from './answers.js';
import { comboboxLoader } from './combobox-loader.js';
import type * as Combobox from './combobox.js';

/** A unit as a select offers it: its name first ("Ba Đình (Phường)"), so typing its first letters finds it. */
export type ShownUnit = AdministrativeUnit & { label: string };

export type UnitList =
  | { state: 'loading' }
  | { state: 'ready'; items: ShownUnit[] }
  | { state: 'error'; error: unknown };

const LOADING: UnitList = { state: 'loading' };

/** The kind a unit's name begins with: every commune of a province starts with "Xã" or "Phường". */
const KIND = /^(Thành phố|Tỉnh|Thị trấn|Đặc khu|Phường|Xã)\s+(.+)$/u;

/**
 * Units sorted by their proper name, the kind left out ("Ba Đình", not "Phường Ba Đình"), and
 * labelled name first: the native select's own type-ahead (press "b", or type "ba đ") then
 * finds a commune among a hundred, with every keyboard and screen reader (issue #20).
 */
export function byName(units: readonly AdministrativeUnit[]): ShownUnit[] {
  const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  return units
    .map((unit) => {
      const found = KIND.exec(unit.name);
      return { unit: { ...unit, label: found ? `${found[2]} (${found[1]})` : unit.name }, key: found ? found[2]! : unit.name };
    })
    .sort((a, b) => collator.compare(a.key, b.key))
    .map(({ unit }) => unit);
}

/** The combobox part: when it arrives, its styles join the element's and the selects become comboboxes. */
class ComboboxPart extends OnDemandPart<typeof Combobox> {
  constructor(
    host: ReactiveControllerHost,
    readonly adopt: (styles: CSSResult) => void,
  ) {
    super(host);
  }

  protected fetch(): Promise<typeof Combobox> {
    return comboboxLoader.load().then((part) => (part.install(this.adopt), part));
  }
}

export class UnitsController {
  /** Each list as shown: `''` for the provinces, a province's code for its communes. A new object when it changes. */
  readonly #lists = new Map<string, UnitList>();
  readonly #requests: RequestController<[string], AdministrativeUnit[]>[] = [];
  readonly #host: ReactiveControllerHost;
  readonly #transport: () => ApiTransport;
  /** The combobox, fetched once the form has an address question (`combobox.prefetch()`); until then, the selects. */
  readonly combobox: ComboboxPart;
  constructor(host: ReactiveControllerHost, transport: () => ApiTransport, adoptStyles: (styles: CSSResult) => void) {
    this.#host = host;
    this.#transport = transport;
    this.combobox = new ComboboxPart(host, adoptStyles);
  }

  /** Loads the lists an address answer shows (the provinces, and the communes of its province), unless asked already. */
  want(value: AnswerValue | undefined): void {
    const province = isAddress(value) && typeof value.provinceCode === 'string' ? value.provinceCode : '';
    for (const key of province ? ['', province] : ['']) if (!this.#lists.has(key)) this.retry(key);
  }

  /** The provinces (`''`) or a province's communes, as far as they are loaded. */
  list(parent: string): UnitList {
    return this.#lists.get(parent) ?? LOADING;
  }

  /** The two lists an address answer shows, for the templates' caches. */
  shown(value: AnswerValue | undefined): [UnitList, UnitList | undefined] {
    const province = isAddress(value) ? value.provinceCode : '';
    return [this.list(''), province ? this.list(province) : undefined];
  }

  /** The name of a unit already loaded, for the review page. */
  name(code: string, parent?: string): string | undefined {
    const list = this.list(parent ?? '');
    return list.state === 'ready' ? list.items.find((unit) => unit.code === code)?.name : undefined;
  }

  /** Loads a list (again). */
  retry(parent = ''): void {
    const request = new RequestController<[string], AdministrativeUnit[]>(this.#host, {
      task: ([key], signal) => listAdministrativeUnits(this.#transport(), key || undefined, { signal }),
      settled: (outcome) => {
        this.#lists.set(parent, outcome.ok ? { state: 'ready', items: byName(outcome.value) } : { state: 'error', error: outcome.error });
        this.#requests.splice(this.#requests.indexOf(request), 1);
        this.#host.removeController(request);
      },
    });
    this.#requests.push(request);
    this.#lists.set(parent, LOADING);
    request.run([parent]);
  }

  /** Forgets every list: the API changed. */
  reset(): void {
    for (const request of this.#requests.splice(0)) {
      request.abort();
      this.#host.removeController(request);
    }
    this.#lists.clear();
    this.#host.requestUpdate();
  }
}
