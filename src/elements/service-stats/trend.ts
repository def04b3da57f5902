/**
 * The monthly trend: received dossiers as bars and the 766 on-time rate as a line, drawn as
 * SVG (no canvas, no chart library: docs/decisions.md), with a table saying the same in a
 * disclosure. Each month is one focusable point with a name that says its figures; the points
 * are one tab stop, the arrow keys move between them (a roving tabindex).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Stats } from '../../api/schemas.js';
import { heading } from '../shared/heading.js';
import { percent } from './breakdown.js';
import type { StatsL10n } from './messages.js';

export type Month = NonNullable<Stats['monthly']>[number];

/**
 * `Tháng 12/2026`, `Dec 2026`; `short`: `T12`, `Dec` (the axis). The catalogue says whether the
 * month is a number or a name (`stats.month-form`) and where it goes; Intl writes it.
 */
export function monthLabel(l10n: StatsL10n, key: string, short = false): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  const form = l10n.t('stats.month-form') === 'short' ? 'short' : 'numeric';
  const name = new Intl.DateTimeFormat(l10n.locale, { month: form, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  return l10n.t(short ? 'stats.month-short' : 'stats.month', { month: name, year });
}

/** What a month's point says, and the line under the chart repeats. */
export function describeMonth(l10n: StatsL10n, month: Month): string {
  return l10n.t('stats.trend.point', {
    month: monthLabel(l10n, month.month),
    received: l10n.number(month.received),
    resolved: l10n.number(month.resolved),
    rate: rateText(l10n, month.onTimeRate),
  });
}

const rateText = (l10n: StatsL10n, rate: number | null) => (rate === null ? l10n.t('stats.trend.no-rate') : percent(l10n, rate));

/** The key that moves the roving focus from `index` among `count` points, or undefined for other keys. */
export function moveTo(key: string, index: number, count: number): number | undefined {
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(count - 1, index + 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(0, index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

// The drawing's units: at 320 px wide one unit is one pixel; wider, it scales up.
const W = 320;
const LEFT = 36;
const RIGHT = 314;
const TOP = 8;
const BOTTOM = 140;
const HEIGHT = BOTTOM - TOP;
/** The tallest bar reaches 60 % of the height: the rate, usually above 90 %, runs clear above the bars. */
const BARS = HEIGHT * 0.6;

export interface TrendView {
  months: readonly Month[];
  /** The month whose point takes the tab stop and whose figures the line under the chart says. */
  active: number;
  level: number;
  onFocus: (index: number) => void;
  /** An arrow key, Home or End asked for the point at `index`. */
  onMove: (index: number) => void;
}

export function trendView(l10n: StatsL10n, { months, active, level, onFocus, onMove }: TrendView): TemplateResult | typeof nothing {
  if (months.length === 0) return nothing;
  const largest = Math.max(1, ...months.map((month) => month.received));
  const step = (RIGHT - LEFT) / months.length;
  // About twelve labels fit under 320 px: longer series name every second, third… month.
  const every = Math.ceil(months.length / 12);
  const x = (index: number) => LEFT + step * index + step / 2;
  const y = (rate: number) => BOTTOM - rate * HEIGHT;
  const onKey = (event: KeyboardEvent) => {
    const next = moveTo(event.key, active, months.length);
    if (next === undefined) return;
    event.preventDefault();
    onMove(next);
  };
  // The line breaks where a month has no rate rather than drawing through zero.
  const line = months.map((month, index) => (month.onTimeRate === null ? '' : `${months[index - 1]?.onTimeRate == null ? 'M' : 'L'}${x(index).toFixed(1)} ${y(month.onTimeRate).toFixed(1)}`)).join('');
  return html`<div class="trend">
    ${heading(level, 1, l10n.t('stats.trend'), { id: 'trend-title', class: 'group-title' })}
    <ul class="legend">
      <li class="volume-key">${l10n.t('stats.trend.volume', { max: l10n.number(largest) })}</li>
      <li class="rate-key">${l10n.t('stats.trend.rate')}</li>
    </ul>
    <svg class="chart" part="chart" viewBox="0 0 ${W} 166" role="group" aria-labelledby="trend-title" aria-describedby="trend-keys">
      <g aria-hidden="true">
        ${[0, 0.5, 1].map((rate) => svg`<line class="grid" x1=${LEFT} x2=${RIGHT} y1=${y(rate)} y2=${y(rate)}></line>
          <text class="axis" x=${LEFT - 4} y=${y(rate) + 4} text-anchor="end">${percent(l10n, rate)}</text>`)}
        ${months.map((month, index) =>
          index % every ? nothing : svg`<text class="axis" x=${x(index)} y="158" text-anchor="middle">${monthLabel(l10n, month.month, true)}</text>`,
        )}
      </g>
      ${months.map(
        (month, index) => svg`<g class="point" data-index=${index} tabindex=${index === active ? 0 : -1} role="img" aria-label=${describeMonth(l10n, month)}
          @focus=${() => onFocus(index)} @keydown=${onKey}>
          <rect class="hit" x=${(LEFT + step * index).toFixed(1)} y=${TOP} width=${step.toFixed(1)} height=${HEIGHT}></rect>
          <rect class="volume" x=${(LEFT + step * (index + 0.2)).toFixed(1)} y=${(BOTTOM - (month.received / largest) * BARS).toFixed(1)}
            width=${(step * 0.6).toFixed(1)} height=${((month.received / largest) * BARS).toFixed(1)}></rect>
          ${month.onTimeRate === null ? nothing : svg`<circle class="dot" cx=${x(index).toFixed(1)} cy=${y(month.onTimeRate).toFixed(1)} r="4"></circle>`}
        </g>`,
      )}
      <path class="line" d=${line} aria-hidden="true"></path>
    </svg>
    <p class="readout">${describeMonth(l10n, months[active] ?? months[0]!)}</p>
    <p class="hint" id="trend-keys">${l10n.t('stats.trend.keys')}</p>
    ${trendTable(l10n, months)}
  </div>`;
}

/** The chart's text alternative: the same figures as a table, in a disclosure. */
function trendTable(l10n: StatsL10n, months: readonly Month[]): TemplateResult {
  return html`<details class="trend-table">
    <summary>${l10n.t('stats.trend.table')}</summary>
    <table>
      <caption>${l10n.t('stats.trend')}</caption>
      <thead>
        <tr>
          <th scope="col">${l10n.t('stats.trend.month')}</th>
          <th scope="col" class="count">${l10n.t('stats.trend.received')}</th>
          <th scope="col" class="count">${l10n.t('stats.trend.resolved')}</th>
          <th scope="col" class="count">${l10n.t('stats.trend.onTime')}</th>
        </tr>
      </thead>
      <tbody>
        ${months.map(
          (month) => html`<tr>
            <th scope="row">${monthLabel(l10n, month.month)}</th>
            <td class="count">${l10n.number(month.received)}</td>
            <td class="count">${l10n.number(month.resolved)}</td>
            <td class="count">${rateText(l10n, month.onTimeRate)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </details>`;
}
