import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { getStats, listAgencies, type StatsQuery } from '../../api/endpoints.js';
import { isApiError } from '../../api/errors.js';
import type { Stats } from '../../api/schemas.js';
import { baseStyles } from '../../theme/styles.js';
import { GovElement } from '../shared/gov-element.js';
import { fact } from '../shared/server-text.js';
import { RequestController } from '../shared/request.js';
import { catalog, type StatsKey } from './messages.js';
import { parsePeriod } from './period.js';
import { styles } from './service-stats.styles.js';

export type StatsState = 'loading' | 'ready' | 'empty' | 'error' | 'offline' | 'invalid-period';

type Figure = 'received' | 'resolved' | 'inProgress' | 'awaitingSupplement' | 'overdue';

/** The counts shown, in the order an annual report lists them. */
const FIGURES: readonly Figure[] = ['received', 'resolved', 'inProgress', 'awaitingSupplement', 'overdue'];

/** What one load brings: the figures, and the agency's name when it could be read. */
interface Figures {
  stats: Stats;
  agencyName: string | undefined;
}

/**
 * The transparency figures of `GET /stats` for an agency and a period:
 * received, resolved, in progress, awaiting supplement, overdue, and the
 * on-time rate, as numbers and as a bar chart that is a real table (so screen
 * readers and forced-colours users get the same figures).
 *
 * @summary Public-service performance figures: numbers and an accessible bar chart.
 *
 * @attr api-base - Base URL of the API; overrides `<gov-config>`.
 * @attr locale - `vi` (default) or `en`; overrides `<gov-config>`.
 * @attr agency - Agency code (`GET /agencies`); all agencies when absent.
 * @attr period - `2025`, `2025-Q3`, `2025-07` or `2025-07-01/2025-09-30`; the server's default period when absent.
 *
 * @fires {CustomEvent} gov-stats-loaded - The figures arrived. `detail: Stats`.
 *
 * @csspart figures - The list of figures.
 * @csspart chart - The table drawn as a bar chart.
 *
 * @cssprop --gov-color-primary - Bars and the on-time rate.
 * @cssprop --gov-color-danger - The overdue bar.
 * @cssprop --gov-color-surface - Bar tracks and loading placeholders.
 */
export class GovServiceStats extends GovElement<StatsKey> {
  static override styles = [...baseStyles, styles];
  protected static override catalog = catalog;
  static override properties: PropertyDeclarations = {
    agency: {},
    period: {},
  };

  /** Agency code, as in `GET /agencies`. */
  agency?: string;

  /** Reporting period: year, quarter, month or `from/to` days. */
  period?: string;

  /** The figures, and the agency's name for the heading. */
  readonly #figures = new RequestController<[StatsQuery, string | undefined], Figures>(this, {
    task: async ([query, agency], signal) => {
      const [stats, agencies] = await Promise.all([
        getStats(this.transport, query, { signal }),
        // The name is a nicety: without it the heading says nothing about the agency.
        agency ? listAgencies(this.transport, { signal }).catch(() => undefined) : undefined,
      ]);
      return { stats, agencyName: agencies?.find((candidate) => candidate.code === agency)?.name };
    },
    settled: (outcome) => {
      if (!outcome.ok) return this.announcer.announce(this.errorMessage(outcome.error));
      const { stats } = outcome.value;
      this.announcer.announce(
        stats.received === 0 ? this.l10n.t('stats.empty') : this.l10n.t('stats.loaded', { rate: this.#percent(stats.onTimeRate) }),
      );
      this.emit('gov-stats-loaded', stats);
    },
  });

  /** What the element is showing. */
  get state(): StatsState {
    if (parsePeriod(this.period) === null) return 'invalid-period';
    const figures = this.#figures;
    if (figures.status === 'error') return isApiError(figures.error) && figures.error.kind === 'offline' ? 'offline' : 'error';
    if (figures.status !== 'complete') return 'loading';
    return figures.value!.stats.received === 0 ? 'empty' : 'ready';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reattached (and not resuming a load the removal cut short): the figures may be stale.
    if (this.hasUpdated && !this.#figures.pending) this.load();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Reload when what the figures depend on changes, whatever changed it (attribute or <gov-config>).
    if (changed.has('transport') || changed.has('agency') || changed.has('period')) this.load();
  }

  /** Fetches the figures again (the retry button does this). */
  load(): void {
    const period = parsePeriod(this.period);
    if (period === null) {
      this.#figures.abort();
      this.announcer.announce(this.l10n.t('stats.period-invalid'));
      return;
    }
    const agency = this.agency?.trim() || undefined;
    this.#figures.run([{ ...period, ...(agency ? { agency } : {}) }, agency]);
    this.announcer.announce(this.l10n.t('stats.loading'));
  }

  #percent(fraction: number): string {
    return this.l10n.number(fraction, { style: 'percent', maximumFractionDigits: 1 });
  }

  protected override render(): TemplateResult {
    const { l10n } = this;
    const agencyName = this.#figures.value?.agencyName;
    // The agency's name is the server's: in a <bdi>, so it cannot reorder the words around it.
    const title = agencyName ? l10n.isolated('stats.title-agency', { agency: agencyName }) : l10n.t('stats.title');
    return html`
      <section lang=${l10n.locale} aria-labelledby="title" aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
        ${this.announcer.region()}
        <h2 id="title">${title}</h2>
        ${this.#renderPeriod()} ${this.#renderBody()}
      </section>
    `;
  }

  #renderPeriod(): TemplateResult | typeof nothing {
    const period = parsePeriod(this.period);
    if (period === null) return nothing;
    const { l10n } = this;
    const stats = this.#figures.value?.stats;
    const from = stats?.from ?? period?.from;
    const to = stats?.to ?? period?.to;
    return html`<p class="period">
      ${from && to ? l10n.t('stats.period', { from: l10n.date(from), to: l10n.date(to) }) : l10n.t('stats.period-recent')}
    </p>`;
  }

  #renderBody(): TemplateResult {
    const { l10n } = this;
    const state = this.state;
    switch (state) {
      case 'loading':
        return html`
          <p class="loading">${l10n.t('stats.loading')}</p>
          <div class="figures placeholder" aria-hidden="true">
            ${[...FIGURES, 'onTimeRate'].map(() => html`<div class="figure"></div>`)}
          </div>
        `;
      case 'empty':
        return html`<p class="panel info empty">${l10n.t('stats.empty')}</p>`;
      case 'invalid-period':
        return html`<div class="panel error"><p>${l10n.t('stats.period-invalid')}</p></div>`;
      case 'error':
      case 'offline':
        return html`
          <div class="panel ${state === 'offline' ? 'warning' : 'error'} failure">
            <h3>${l10n.t('stats.error.title')}</h3>
            <p>${this.errorMessage(this.#figures.error)}</p>
            <button class="button secondary retry" type="button" @click=${() => this.load()}>${l10n.t('common.retry')}</button>
          </div>
        `;
      default:
        return this.#renderStats(this.#figures.value!.stats);
    }
  }

  #renderStats(stats: Stats): TemplateResult {
    const { l10n } = this;
    const largest = Math.max(1, ...FIGURES.map((figure) => stats[figure]));
    return html`
      <dl class="figures" part="figures">
        ${fact(
          l10n.t('stats.onTimeRate'),
          html`<span class="value">${this.#percent(stats.onTimeRate)}</span>
            ${bar(stats.onTimeRate, 'rate-bar')}
            <span class="hint">${l10n.t('stats.onTimeRate-hint')}</span>`,
          'figure rate',
        )}
        ${FIGURES.map((figure) => fact(l10n.t(`stats.${figure}`), html`<span class="value">${l10n.number(stats[figure])}</span>`, `figure ${figure}`))}
      </dl>
      <table class="chart" part="chart">
        <caption>${l10n.t('stats.chart.title')}</caption>
        <thead>
          <tr>
            <th scope="col">${l10n.t('stats.chart.item')}</th>
            <th scope="col" class="count">${l10n.t('stats.chart.count')}</th>
            <th scope="col">${l10n.t('stats.chart.share')}</th>
          </tr>
        </thead>
        <tbody>
          ${FIGURES.map(
            (figure) => html`
              <tr class=${figure}>
                <th scope="row">${l10n.t(`stats.${figure}`)}</th>
                <td class="count">${l10n.number(stats[figure])}</td>
                <td class="share">
                  ${bar(stats[figure] / largest, 'bar')}
                  <span>${stats.received > 0 ? this.#percent(stats[figure] / stats.received) : '—'}</span>
                </td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    `;
  }
}

/**
 * A decorative bar (the number beside it says the same): SVG geometry, not
 * an inline style, so a strict `style-src` policy does not blank it.
 */
function bar(fraction: number, className: string): TemplateResult {
  const width = Math.max(0, Math.min(1, fraction)) * 100;
  return html`<svg class=${className} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect class="track" width="100" height="10"></rect><rect class="fill" width=${width.toFixed(2)} height="10"></rect>`}
  </svg>`;
}
