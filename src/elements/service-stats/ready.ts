/**
 * The part of `<gov-service-stats>` that shows the figures: the Decision 766/QĐ-TTg
 * indicators with what each counts (or the five figures of a 1.0 answer), and the monthly
 * trend with its table. It is fetched together with `GET /stats` (`ready-loader.ts`), so it
 * costs no round trip of its own, and a page shows its title, period and loading state
 * without it. Its words and styles come with it.
 */
import { html, type TemplateResult } from 'lit';
import type { Stats } from '../../api/schemas.js';
import type { Breakdown } from './breakdown.js';
import { legacyView, progressView } from './figures.js';
import { readyVi } from './messages-ready.vi.js';
import type { StatsL10n } from './messages.js';
import { trendView } from './trend.js';

export { readyVi as words };
export { styles } from './ready.styles.js';

export interface ReadyView {
  stats: Stats;
  /** The 766 breakdown of a 1.1 answer; undefined for a 1.0 answer. */
  figures: Breakdown | undefined;
  /** The element's heading level. */
  level: number;
  /** The month whose point holds the trend's tab stop; -1: the latest. */
  active: number;
  onFocus: (index: number) => void;
  onMove: (index: number) => void;
}

export function readyView(l10n: StatsL10n, { stats, figures, level, active, onFocus, onMove }: ReadyView): TemplateResult {
  const months = stats.monthly ?? [];
  return html`
    ${figures ? progressView(l10n, figures, level) : legacyView(l10n, stats)}
    ${trendView(l10n, { months, active: active < 0 ? months.length - 1 : Math.min(active, months.length - 1), level, onFocus, onMove })}
  `;
}
