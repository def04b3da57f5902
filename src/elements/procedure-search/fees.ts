/**
 * Fees as a citizen reads them (contract 1.1 `feeItems`): phí or lệ phí, an amount per unit
 * ("2.000 ₫/trang"), and "Theo quy định" when the amount is set elsewhere (`amount: null`),
 * which is never shown as free or as 0. A 1.0 back end sends only `fee` (the lowest fixed
 * fee, `null` when free), read as before.
 */
import type { FeeItem, ProcedureSummary } from '../../api/schemas.js';
import { isolate } from '../shared/server-text.js';
import type { SearchL10n } from './messages.js';
import type { Formats } from './result-list.js';

/** `8.000 ₫`, `2.000 ₫/trang`, "Miễn phí" (0) or "Theo quy định" (null). */
export function feeAmount(l10n: SearchL10n, formats: Formats, item: FeeItem): string {
  if (item.amount === null) return l10n.t('search.fee.byRule');
  const money = formats.money(item.amount);
  return item.unit && item.amount > 0 ? l10n.t('search.fee.perUnit', { amount: money, unit: isolate(item.unit) }) : money;
}

/**
 * The result card's one line: every fee to pay, with its kind ("Lệ phí: 8.000 ₫; Phí: Theo quy
 * định"); "Miễn phí" only when every fee is 0 or there is none.
 */
export function feeSummary(l10n: SearchL10n, formats: Formats, procedure: ProcedureSummary): string {
  const items = procedure.feeItems;
  if (!items) return formats.money(procedure.fee?.amount);
  const due = items.filter((item) => item.amount !== 0);
  if (due.length === 0) return l10n.t('common.free');
  return due.map((item) => l10n.t('search.fee.item', { kind: l10n.t(`search.fee.${item.kind}`), amount: feeAmount(l10n, formats, item) })).join('; ');
}
