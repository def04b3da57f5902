/**
 * The fees of the online channel on the review (contract 1.1 `FeeItem`): phí or lệ phí, the
 * amount per unit ("2.000 đồng/trang"), the note and who is exempt, and their total. An amount
 * the back end does not state (`null`, "theo quy định") is said as such and never counted as
 * free; a total over such items, or over amounts per unit (the quantity is the agency's to
 * count), says what it leaves out (docs/api.md, "Money"; docs/decisions.md, "Fees on the
 * review").
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { getProcedure } from '../../api/endpoints.js';
import type { FeeItem, ProcedureDetail } from '../../api/schemas.js';
import type { ApiTransport } from '../../api/transport.js';
import { heading } from '../shared/heading.js';
import { RequestController } from '../shared/request.js';
import type { FormL10n } from './messages.js';

/** The online channel's fees; the summary's (online, else in person) when the detail has no online channel. */
export function onlineFees(detail: ProcedureDetail): readonly FeeItem[] | undefined {
  const online = detail.channels.find((channel) => channel.kind === 'online');
  return online?.feeItems ?? detail.feeItems;
}

export interface FeeTotal {
  /** The sum of the fixed amounts, in đồng. */
  amount: number;
  /** Some amounts are "theo quy định": the total leaves them out. */
  regulated: boolean;
  /** Some amounts are per unit: the total counts none of them. */
  perUnit: boolean;
}

export function feeTotal(items: readonly FeeItem[]): FeeTotal {
  let amount = 0;
  let regulated = false;
  let perUnit = false;
  for (const item of items) {
    if (item.amount === null) regulated = true;
    else if (item.unit) perUnit = true;
    else amount += item.amount;
  }
  return { amount, regulated, perUnit };
}

/** "2.000 đồng/trang", "50.000 đồng", "Miễn phí", "Theo quy định". */
export function feeAmount(l10n: FormL10n, item: Pick<FeeItem, 'amount' | 'unit'>): string {
  if (item.amount === null) return l10n.t('form.fees.regulated');
  if (item.amount === 0) return l10n.t('form.fees.free');
  const amount = l10n.number(item.amount);
  return item.unit ? l10n.t('form.fees.per-unit', { amount, unit: item.unit }) : l10n.t('form.fees.amount', { amount });
}

/** Loads the procedure's fees once the later part is here, again when the procedure or the API changes. */
export class FeesController implements ReactiveController {
  readonly #request: RequestController<[string, ApiTransport], ProcedureDetail>;
  readonly #code: () => string | undefined;
  readonly #transport: () => ApiTransport;

  constructor(host: ReactiveControllerHost, code: () => string | undefined, transport: () => ApiTransport) {
    this.#code = code;
    this.#transport = transport;
    this.#request = new RequestController(host, { task: ([procedure, api], signal) => getProcedure(api, procedure, { signal }) });
    host.addController(this);
  }

  hostUpdate(): void {
    const code = this.#code();
    const transport = this.#transport();
    const args = this.#request.args;
    if (code && (args?.[0] !== code || args[1] !== transport)) this.#request.run([code, transport]);
  }

  get status(): RequestController<[string, ApiTransport], ProcedureDetail>['status'] {
    return this.#request.status;
  }

  get items(): readonly FeeItem[] | undefined {
    const detail = this.#request.value;
    return detail ? onlineFees(detail) : undefined;
  }

  retry(): void {
    this.#request.retry();
  }
}

/** The fees block of the review; nothing when the back end states no fees (a 1.0 back end). */
export function feesSection(l10n: FormL10n, level: number, fees: Pick<FeesController, 'status' | 'items' | 'retry'>): TemplateResult | typeof nothing {
  const title = heading(level, 1, l10n.t('form.fees.title'), { class: 'review-heading' });
  if (fees.status === 'pending' && !fees.items) return html`<section class="fees" aria-busy="true">${title}<p class="placeholder">${l10n.t('form.fees.loading')}</p></section>`;
  if (fees.status === 'error') {
    return html`<section class="fees">
      ${title}
      <p>${l10n.t('form.fees.failed')}</p>
      <button type="button" class="button secondary" @click=${() => fees.retry()}>${l10n.t('form.fees.retry')}</button>
    </section>`;
  }
  const items = fees.items;
  if (!items) return nothing;
  if (items.length === 0) return html`<section class="fees">${title}<p class="fees-none">${l10n.t('form.fees.none')}</p></section>`;
  return html`<section class="fees">
    ${title}
    <ul class="fee-lines">
      ${items.map((item) => feeLine(l10n, item))}
    </ul>
    ${totalLine(l10n, feeTotal(items))}
  </section>`;
}

function feeLine(l10n: FormL10n, item: FeeItem): TemplateResult {
  return html`<li class="fee-line">
    <span class="fee-kind">${l10n.t(item.kind === 'phi' ? 'form.fees.phi' : 'form.fees.le-phi')}</span>
    <span class="fee-name">${item.name}</span>
    <span class="fee-amount ${item.amount === null ? 'regulated' : ''}">${feeAmount(l10n, item)}</span>
    ${item.note ? html`<span class="fee-note">${item.note}</span>` : nothing}
    ${item.exemptions?.length
      ? html`<span class="fee-exemptions">${l10n.t('form.fees.exempt')}</span>
          <ul class="fee-exemption-list">
            ${item.exemptions.map((who) => html`<li>${who}</li>`)}
          </ul>`
      : nothing}
  </li>`;
}

function totalLine(l10n: FormL10n, total: FeeTotal): TemplateResult {
  // A sum only when there is one: "theo quy định" alone is not "0 đồng".
  const fixed = total.amount > 0 || (!total.regulated && !total.perUnit);
  const value = fixed
    ? total.amount === 0
      ? l10n.t('form.fees.free')
      : l10n.t('form.fees.amount', { amount: l10n.number(total.amount) })
    : l10n.t(total.regulated ? 'form.fees.regulated' : 'form.fees.by-quantity');
  return html`<p class="fee-total">
    <strong>${l10n.t('form.fees.total', { amount: value })}</strong>
    ${total.regulated ? html`<span class="fee-total-note">${l10n.t(fixed ? 'form.fees.total.regulated' : 'form.fees.total.regulated-only')}</span>` : nothing}
    ${total.perUnit ? html`<span class="fee-total-note">${l10n.t('form.fees.total.per-unit')}</span>` : nothing}
  </p>`;
}
