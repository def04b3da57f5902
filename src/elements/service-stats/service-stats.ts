import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { getStats, listAgencies, type StatsQuery } from '../../api/endpoints.js';
import { isApiError } from '../../api/errors.js';
import type { Stats } from '../../api/schemas.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { baseStyles } from '../../theme/styles.js';
import { GovElement } from '../shared/gov-element.js';
import { catalog } from './messages.js';
import { parsePeriod } from './period.js';
import { styles } from './service-stats.styles.js';

export type StatsState = 'loading' | 'ready' | 'empty' | 'error' | 'offline' | 'invalid-period';

type Figure = 'received' | 'resolved' | 'inProgress' | 'awaitingSupplement' | 'overdue';

/** The counts shown, in the order an annual report lists them. */
const FIGURES: readonly Figure[] = ['received', 'resolved', 'inProgress', 'awaitingSupplement', 'overdue'];

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
export class GovServiceStats extends GovElement {
  static override styles = [...baseStyles, styles];
  protected static override catalog = catalog;
  static override properties: PropertyDeclarations = {
    agency: {},
    period: {},
    // Internal state (private fields below): reactive, no attribute.
    view: { attribute: false },
    stats: { attribute: false },
    agencyName: { attribute: false },
    failure: { attribute: false },
    announcement: { attribute: false },
  };

  /** Agency code, as in `GET /agencies`. */
  agency?: string;

  /** Reporting period: year, quarter, month or `from/to` days. */
  period?: string;

  private view: StatsState = 'loading';
  private stats: Stats | undefined;
  private agencyName: string | undefined;
  private failure: unknown;
  private announcement = '';

  #inFlight: AbortController | undefined;
  #loadedKey = '';

  /** What the element is showing. */
  get state(): StatsState {
    return this.view;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reattached: the figures may be stale; willUpdate decides whether to fetch.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    this.#loadedKey = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Reload when what the figures depend on changes, whatever changed it (attribute or <gov-config>).
    const key = JSON.stringify([this.effectiveApiBase, this.effectiveLocale, this.agency ?? '', this.period ?? '']);
    if (key !== this.#loadedKey) {
      this.#loadedKey = key;
      void this.load();
    }
  }

  /** Fetches the figures again (the retry button does this). */
  async load(): Promise<void> {
    this.#inFlight?.abort();
    const controller = new AbortController();
    this.#inFlight = controller;
    const period = parsePeriod(this.period);
    if (period === null) {
      this.#inFlight = undefined;
      this.stats = undefined;
      this.view = 'invalid-period';
      this.#announce(this.t('stats.period-invalid'));
      return;
    }
    const agency = this.agency?.trim() || undefined;
    const query: StatsQuery = { ...period, ...(agency ? { agency } : {}) };
    this.view = 'loading';
    this.#announce(this.t('stats.loading'));
    try {
      const [stats, agencies] = await Promise.all([
        getStats(this.client, query, { signal: controller.signal }),
        // The name is a nicety: without it the heading says nothing about the agency.
        agency ? listAgencies(this.client, { signal: controller.signal }).catch(() => undefined) : undefined,
      ]);
      if (this.#inFlight !== controller) return;
      this.stats = stats;
      this.agencyName = agencies?.find((candidate) => candidate.code === agency)?.name;
      this.view = stats.received === 0 ? 'empty' : 'ready';
      this.#announce(
        this.view === 'empty' ? this.t('stats.empty') : this.t('stats.loaded', { rate: this.#percent(stats.onTimeRate) }),
      );
      this.emit('gov-stats-loaded', stats);
    } catch (error) {
      if (this.#inFlight !== controller || (isApiError(error) && error.kind === 'aborted')) return;
      this.failure = error;
      this.stats = undefined;
      this.view = isApiError(error) && error.kind === 'offline' ? 'offline' : 'error';
      this.#announce(this.errorMessage(error));
    } finally {
      if (this.#inFlight === controller) this.#inFlight = undefined;
    }
  }

  #announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u200b` : text;
  }

  #number(value: number): string {
    return formatNumber(value, this.effectiveLocale);
  }

  #percent(fraction: number): string {
    return formatNumber(fraction, this.effectiveLocale, { style: 'percent', maximumFractionDigits: 1 });
  }

  protected override render(): TemplateResult {
    // The agency's name is the server's: in a <bdi>, so it cannot reorder the words around it.
    const title = this.agencyName ? this.tIsolated('stats.title-agency', { agency: this.agencyName }) : this.t('stats.title');
    return html`
      <section lang=${this.effectiveLocale} aria-labelledby="title" aria-busy=${this.view === 'loading' ? 'true' : 'false'}>
        <div class="visually-hidden" role="status">${this.announcement}</div>
        <h2 id="title">${title}</h2>
        ${this.#renderPeriod()} ${this.#renderBody()}
      </section>
    `;
  }

  #renderPeriod(): TemplateResult | typeof nothing {
    if (this.view === 'invalid-period') return nothing;
    const locale = this.effectiveLocale;
    const period = parsePeriod(this.period);
    const from = this.stats?.from ?? period?.from;
    const to = this.stats?.to ?? period?.to;
    return html`<p class="period">
      ${from && to ? this.t('stats.period', { from: formatDate(from, locale), to: formatDate(to, locale) }) : this.t('stats.period-recent')}
    </p>`;
  }

  #renderBody(): TemplateResult {
    switch (this.view) {
      case 'loading':
        return html`
          <p class="loading">${this.t('stats.loading')}</p>
          <div class="figures placeholder" aria-hidden="true">
            ${[...FIGURES, 'onTimeRate'].map(() => html`<div class="figure"></div>`)}
          </div>
        `;
      case 'empty':
        return html`<p class="panel info empty">${this.t('stats.empty')}</p>`;
      case 'invalid-period':
        return html`<div class="panel error"><p>${this.t('stats.period-invalid')}</p></div>`;
      case 'error':
      case 'offline':
        return html`
          <div class="panel ${this.view === 'offline' ? 'warning' : 'error'} failure">
            <h3>${this.t('stats.error.title')}</h3>
            <p>${this.errorMessage(this.failure)}</p>
            <button class="button secondary retry" type="button" @click=${() => void this.load()}>${this.t('common.retry')}</button>
          </div>
        `;
      default:
        return this.stats ? this.#renderStats(this.stats) : html``;
    }
  }

  #renderStats(stats: Stats): TemplateResult {
    const largest = Math.max(1, ...FIGURES.map((figure) => stats[figure]));
    return html`
      <dl class="figures" part="figures">
        <div class="figure rate">
          <dt>${this.t('stats.onTimeRate')}</dt>
          <dd>
            <span class="value">${this.#percent(stats.onTimeRate)}</span>
            ${bar(stats.onTimeRate, 'rate-bar')}
            <span class="hint">${this.t('stats.onTimeRate-hint')}</span>
          </dd>
        </div>
        ${FIGURES.map(
          (figure) => html`
            <div class="figure ${figure}">
              <dt>${this.t(`stats.${figure}`)}</dt>
              <dd><span class="value">${this.#number(stats[figure])}</span></dd>
            </div>
          `,
        )}
      </dl>
      <table class="chart" part="chart">
        <caption>${this.t('stats.chart.title')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('stats.chart.item')}</th>
            <th scope="col" class="count">${this.t('stats.chart.count')}</th>
            <th scope="col">${this.t('stats.chart.share')}</th>
          </tr>
        </thead>
        <tbody>
          ${FIGURES.map(
            (figure) => html`
              <tr class=${figure}>
                <th scope="row">${this.t(`stats.${figure}`)}</th>
                <td class="count">${this.#number(stats[figure])}</td>
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
