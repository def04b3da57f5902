/**
 * The figures of a period: the Decision 766/QĐ-TTg inputs of a 1.1 answer (received by
 * channel, resolved early / on time / late, in progress within / over the deadline, the
 * on-time rate) with what each one counts in plain words, or the five figures of a 1.0 answer.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { Stats } from '../../api/schemas.js';
import { heading } from '../shared/heading.js';
import { fact } from '../shared/server-text.js';
import { percent, type Breakdown, type Group } from './breakdown.js';
import type { StatsL10n } from './messages.js';

/** The 766 view. `level` is the element's heading level. */
export function progressView(l10n: StatsL10n, figures: Breakdown, level: number): TemplateResult {
  const n = (value: number) => l10n.number(value);
  const { received, resolved, inProgress } = figures;
  return html`
    ${rateCard(l10n, figures.rate, l10n.t('stats.rate'), l10n.t('stats.rate-hint'))}
    <p class="balance">
      ${l10n.plural('stats.balance', figures.toHandle, {
        carriedOver: n(figures.carriedOver),
        received: n(received.total),
        resolved: n(resolved.total),
        inProgress: n(inProgress.total),
        awaitingSupplement: n(figures.awaitingSupplement),
        withdrawn: n(figures.withdrawn),
      })}
    </p>
    <div class="groups" part="figures">
      ${groupView(l10n, 'received', received, level)} ${groupView(l10n, 'resolved', resolved, level)}
      ${groupView(l10n, 'inProgress', inProgress, level)}
      <dl class="group others">
        ${fact(l10n.t('stats.part.carriedOver'), n(figures.carriedOver), 'part carriedOver')}
        ${fact(l10n.t('stats.part.awaitingSupplement'), n(figures.awaitingSupplement), 'part awaitingSupplement')}
        ${fact(l10n.t('stats.part.withdrawn'), n(figures.withdrawn), 'part withdrawn')}
      </dl>
    </div>
    ${definitions(l10n)}
  `;
}

/** A group's parts and their total, which is their sum. */
function groupView(l10n: StatsL10n, name: 'received' | 'resolved' | 'inProgress', group: Group<string>, level: number): TemplateResult {
  // A heading and a list, not a <section>: four landmarks of a few lines each would crowd a
  // screen reader's list of regions.
  return html`<div class="group ${name}">
    ${heading(level, 1, l10n.t(`stats.group.${name}`), { class: 'group-title' })}
    <dl>
      ${group.parts.map(([part, count]) => fact(l10n.t(`stats.part.${part}` as 'stats.part.online'), l10n.number(count), `part ${part}`))}
      ${fact(l10n.t('stats.total'), l10n.number(group.total), 'part total')}
    </dl>
  </div>`;
}

/** What each figure counts, in the words of a citizen (the terms as they read above). */
function definitions(l10n: StatsL10n): TemplateResult {
  const terms = [
    ['stats.group.received', 'received'],
    ['stats.part.carriedOver', 'carriedOver'],
    ['stats.part.early', 'early'],
    ['stats.part.onTime', 'onTime'],
    ['stats.part.late', 'late'],
    ['stats.part.withinDeadline', 'withinDeadline'],
    ['stats.part.overdue', 'overdue'],
    ['stats.part.awaitingSupplement', 'awaitingSupplement'],
    ['stats.part.withdrawn', 'withdrawn'],
    ['stats.rate', 'rate'],
  ] as const;
  return html`<details class="definitions">
    <summary>${l10n.t('stats.definitions')}</summary>
    <dl>${terms.map(([term, definition]) => fact(l10n.t(term), l10n.t(`stats.def.${definition}`), `definition ${definition}`))}</dl>
  </details>`;
}

/** The rate, large, with a bar; a sentence instead when there is nothing to divide by. */
function rateCard(l10n: StatsL10n, rate: number | null, label: string, hint: string): TemplateResult {
  return html`<dl class="rate">
    ${fact(
      label,
      rate === null
        ? html`<span class="hint none">${l10n.t('stats.rate-none')}</span>`
        : html`<span class="value">${percent(l10n, rate)}</span>${bar(rate)}<span class="hint">${hint}</span>`,
      'figure',
    )}
  </dl>`;
}

/** The 1.0 figures, named as their 766 counterparts are. */
const FIGURES_1_0 = [
  ['received', 'stats.group.received'],
  ['resolved', 'stats.group.resolved'],
  ['inProgress', 'stats.group.inProgress'],
  ['awaitingSupplement', 'stats.part.awaitingSupplement'],
  ['overdue', 'stats.overdue'],
] as const;

/** A 1.0 answer: the five figures and the share of resolved dossiers resolved on time. */
export function legacyView(l10n: StatsL10n, stats: Stats): TemplateResult {
  return html`
    ${rateCard(l10n, stats.onTimeRate, l10n.t('stats.onTimeRate'), l10n.t('stats.onTimeRate-hint'))}
    <dl class="figures" part="figures">
      ${FIGURES_1_0.map(([figure, label]) => fact(l10n.t(label), html`<span class="value">${l10n.number(stats[figure])}</span>`, `figure ${figure}`))}
    </dl>
  `;
}

/**
 * A decorative bar (the number beside it says the same): SVG geometry, not an inline style,
 * so a strict `style-src` policy does not blank it.
 */
function bar(fraction: number): TemplateResult {
  const width = Math.max(0, Math.min(1, fraction)) * 100;
  return html`<svg class="rate-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect class="track" width="100" height="10"></rect><rect class="fill" width=${width.toFixed(2)} height="10"></rect>`}
  </svg>`;
}
