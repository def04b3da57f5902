import { adoptStyles, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { getStats, type StatsQuery } from '../../api/endpoints.js';
import { ApiError, isApiError } from '../../api/errors.js';
import type { Stats } from '../../api/schemas.js';
import { baseStyles } from '../../theme/styles.js';
import { clock } from '../shared/clock.js';
import { GovElement, internalState } from '../shared/gov-element.js';
import { RequestController } from '../shared/request.js';
import { breakdown, isEmpty, percent, type Breakdown } from './breakdown.js';
import { catalog, type StatsKey } from './messages.js';
import { parsePeriod, presetPeriod, PRESETS, type Preset } from './period.js';
import { readyPart, type ReadyPart } from './ready-loader.js';
import { styles } from './service-stats.styles.js';

export type StatsState = 'loading' | 'ready' | 'empty' | 'error' | 'offline' | 'invalid-period';

/** What one load brings: the figures, their 766 breakdown (1.1), and the part that shows them. */
interface Figures {
  stats: Stats;
  breakdown: Breakdown | undefined;
  part: ReadyPart;
}

/**
 * The transparency figures of `GET /stats` for an agency and a period: the inputs of the
 * Decision 766/QĐ-TTg indicator of handling progress (received by channel, resolved early, on
 * time or late, in progress within or over the deadline, the on-time rate), each explained in
 * plain words, and the monthly trend as an accessible SVG chart with a table beside it.
 *
 * @summary Public-service performance figures: the 766 indicators and a monthly trend.
 *
 * @attr api-base - Base URL of the API; overrides `<gov-config>`.
 * @attr locale - `vi` (default) or `en`; overrides `<gov-config>`.
 * @attr agency - Agency code (`GET /agencies`); all agencies when absent.
 * @attr period - `2025`, `2025-Q3`, `2025-07` or `2025-07-01/2025-09-30`; the server's default period when absent. The citizen's choice of "Tháng này", "Quý này", "Năm nay" sets it.
 * @attr heading-level - Level (1–6) of the element's title; the groups' headings go one deeper. Default 2.
 *
 * @fires {CustomEvent} gov-stats-loaded - The figures arrived. `detail: Stats`.
 *
 * @csspart figures - The groups of figures.
 * @csspart chart - The monthly trend chart (SVG).
 *
 * @cssprop --gov-color-primary - The on-time rate (figure and line), the periods' choice.
 * @cssprop --gov-color-success - Resolved early.
 * @cssprop --gov-color-info - Resolved on time.
 * @cssprop --gov-color-danger - Resolved late and overdue.
 * @cssprop --gov-color-border - The trend's volume bars and grid.
 * @cssprop --gov-color-surface - Bar tracks and loading placeholders.
 */
export class GovServiceStats extends GovElement<StatsKey> {
  static override styles = [...baseStyles, styles];
  protected static override catalog = catalog;
  static override properties: PropertyDeclarations = {
    agency: {},
    period: {},
    ...internalState('trendIndex'),
  };

  /** Agency code, as in `GET /agencies`. */
  agency?: string;

  /** Reporting period: year, quarter, month or `from/to` days; the citizen's choice of a preset sets it. */
  period?: string;

  /** The month of the trend whose point holds the tab stop; -1: the latest. */
  private trendIndex = -1;

  /** The figures' styles came with their part and are in this element's shadow root. */
  #adopted = false;

  /** The figures of the period and the part that shows them. */
  readonly #figures = new RequestController<[StatsQuery], Figures>(this, {
    task: async ([query], signal) => {
      // The part that shows the figures downloads beside them: no round trip of its own.
      const [stats, part] = await Promise.all([getStats(this.transport, query, { signal }), readyPart()]);
      const figures = breakdown(stats);
      // The contract says the 766 inputs add up; figures that do not would mislead.
      if (figures === null) throw new ApiError({ kind: 'invalid-response', endpoint: 'GET /stats', field: 'progress' });
      return { stats, breakdown: figures, part };
    },
    settled: (outcome) => {
      this.trendIndex = -1;
      if (!outcome.ok) return this.announcer.announce(this.#failure(outcome.error));
      const { stats, breakdown: figures } = outcome.value;
      const rate = figures ? figures.rate : stats.onTimeRate;
      this.announcer.announce(
        isEmpty(stats)
          ? this.l10n.t('stats.empty')
          : rate === null
            ? this.l10n.t('stats.rate-none')
            : this.l10n.t('stats.loaded', { rate: percent(this.l10n, rate) }),
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
    return isEmpty(figures.value!.stats) ? 'empty' : 'ready';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reattached (and not resuming a load the removal cut short): the figures may be stale.
    if (this.hasUpdated && !this.#figures.pending) this.load();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const part = this.#figures.value?.part;
    if (part && !this.#adopted) {
      adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof GovServiceStats).elementStyles, part.styles]);
      this.#adopted = true;
    }
    // Reload when what the figures depend on changes, whatever changed it (attribute, <gov-config>, a preset).
    if (changed.has('transport') || changed.has('agency') || changed.has('period')) this.load();
  }

  protected override online(): void {
    // Offline, or the part that shows the figures did not arrive (any error that is not the API's).
    if (this.state === 'offline' || (this.state === 'error' && !isApiError(this.#figures.error))) this.load();
  }

  /** Why the figures are not shown: the API's reason, or the part that shows them did not arrive. */
  #failure(error: unknown): string {
    return isApiError(error) ? this.errorMessage(error) : this.l10n.t('stats.part-failed');
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
    this.#figures.run([{ ...period, ...(agency ? { agency } : {}) }]);
    this.announcer.announce(this.l10n.t('stats.loading'));
  }

  protected override render(): TemplateResult {
    const { l10n } = this;
    const scope = this.#figures.value?.stats.scope;
    // What the figures cover, as the server names it (1.1): an agency, or the whole deployment.
    // The name is the server's: in a <bdi>, so it cannot reorder the words around it.
    const title = scope?.agency
      ? l10n.isolated('stats.title-agency', { agency: scope.agency.name })
      : scope
        ? l10n.isolated('stats.title-scope', { scope: scope.name })
        : l10n.t('stats.title');
    return html`
      <section lang=${l10n.locale} aria-labelledby="title" aria-busy=${this.state === 'loading' ? 'true' : 'false'}>
        ${this.announcer.region()} ${this.heading(0, title, { id: 'title', class: 'title' })} ${this.#renderPresets()} ${this.#renderPeriod()}
        ${this.#renderBody()}
      </section>
    `;
  }

  /** "Tháng này", "Quý này", "Năm nay": each a period from its first day to today, loaded at once. */
  #renderPresets(): TemplateResult {
    const { l10n } = this;
    const now = clock.now();
    const current = parsePeriod(this.period);
    return html`<fieldset class="presets">
      <legend>${l10n.t('stats.presets')}</legend>
      ${PRESETS.map((preset) => {
        const period = presetPeriod(preset, now);
        const checked = current?.from === period.from && current.to === period.to;
        return html`<label class="preset"
          ><input type="radio" name="preset" value=${preset} .checked=${checked} @change=${() => this.#choose(preset)} />${l10n.t(`stats.preset.${preset}`)}</label
        >`;
      })}
    </fieldset>`;
  }

  #choose(preset: Preset): void {
    const { from, to } = presetPeriod(preset, clock.now());
    this.period = `${from}/${to}`;
  }

  /** The period the figures cover, as the server states it (1.1), else as asked. */
  #renderPeriod(): TemplateResult | typeof nothing {
    const period = parsePeriod(this.period);
    if (period === null) return nothing;
    const { l10n } = this;
    const stats = this.#figures.value?.stats;
    const from = stats?.period?.from ?? stats?.from ?? period?.from;
    const to = stats?.period?.to ?? stats?.to ?? period?.to;
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
          <div class="figures placeholder" aria-hidden="true">${[0, 1, 2, 3].map(() => html`<div class="figure"></div>`)}</div>
        `;
      case 'empty':
        return html`<p class="panel info empty">${l10n.t('stats.empty')}</p>`;
      case 'invalid-period':
        return html`<div class="panel error"><p>${l10n.t('stats.period-invalid')}</p></div>`;
      case 'error':
      case 'offline':
        return html`
          <div class="panel ${state === 'offline' ? 'warning' : 'error'} failure">
            ${this.heading(1, l10n.t('stats.error.title'), { class: 'failure-title' })}
            <p>${this.#failure(this.#figures.error)}</p>
            <button class="button secondary retry" type="button" @click=${() => this.load()}>${l10n.t('common.retry')}</button>
          </div>
        `;
      default:
        return this.#renderStats(this.#figures.value!);
    }
  }

  #renderStats({ stats, breakdown: figures, part }: Figures): TemplateResult {
    return part.readyView(this.l10n, {
      stats,
      figures,
      level: this.headingLevel,
      active: this.trendIndex,
      onFocus: (index) => (this.trendIndex = index),
      onMove: (index) => {
        this.trendIndex = index;
        this.nextFocus.to(`.point[data-index="${index}"]`);
      },
    });
  }
}
