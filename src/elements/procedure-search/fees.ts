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
 * The result card's one line: per kind, the amounts of its fees ("Lệ phí: Miễn phí, Theo quy
 * định; Phí: 8.000 ₫/bản" for a birth registration, free on time and set by the province when
 * late); "Miễn phí" alone only when every fee is 0 or there is none.
 */
export function feeSummary(l10n: SearchL10n, formats: Formats, procedure: ProcedureSummary): string {
  const items = procedure.feeItems;
  if (!items) return formats.money(procedure.fee?.amount);
  if (items.every((item) => item.amount === 0)) return l10n.t('common.free');
  const byKind = new Map<FeeItem['kind'], Set<string>>();
  for (const item of items) {
    const amounts = byKind.get(item.kind) ?? new Set<string>();
    amounts.add(feeAmount(l10n, formats, item));
    byKind.set(item.kind, amounts);
  }
  return [...byKind]
    .map(([kind, amounts]) => l10n.t('search.fee.item', { kind: l10n.t(`search.fee.${kind}`), amount: [...amounts].join(', ') }))
    .join('; ');
}
