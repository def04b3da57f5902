/**
 * The procedure detail's sections, loaded on demand (docs/decisions.md, "The search's detail
 * part"): what the procedure is, who may apply and how, each channel with its time and fees,
 * its cases with their steps and documents (and the blank templates to download), its legal
 * basis, and the button that starts an online application, or where to apply in person. One
 * chunk with `GET /procedures/{code}` and its rules, these words and styles: a page that only
 * searches never downloads it; the first procedure opened waits for it with its data.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Channel, FeeItem, ProcedureDetail, ProcedureSummary } from '../../api/schemas.js';

type AgencyRef = ProcedureSummary['agencies'][number];
import { heading } from '../shared/heading.js';
import { fact, isolate, safeUrl } from '../shared/server-text.js';
import { detailStyles } from './detail.styles.js';
import { feeAmount, feeSummary } from './fees.js';
import { addWords } from '../../i18n/translator.js';
import { catalog, type SearchKey } from './messages.js';
import { detailVi } from './messages-detail.vi.js';
import type { DetailView } from './procedure-detail.js';
import { badge, names } from './result-list.js';

export { getProcedure } from '../../api/endpoints/get-procedure.js';
export { detailStyles };

/** The part has arrived: its words join the catalogue. */
export function arrived(): void {
  addWords(catalog, detailVi);
}

export function detailBody(view: DetailView, d: ProcedureDetail): TemplateResult {
  const { l10n, formats } = view;
  const canApply = d.onlineLevel !== 'none' && d.formVersion !== null;
  const onlyCase = d.cases.length === 1 ? d.cases[0]!.id : undefined;
  const place = d.intakeAddress || names(d.agencies);
  const section = (key: SearchKey, content: unknown) => html`<section class="section">${heading(view.level, 1, l10n.t(key), { class: 'heading' })}${content}</section>`;
  return html`
    ${badge(l10n, d.onlineLevel)}
    <dl class="facts">
      ${fact(l10n.t('search.field.code'), d.code)} ${fact(l10n.t('search.field.sector'), d.sector.name)}
      ${d.levels.length ? fact(l10n.t('search.field.level'), d.levels.map((level) => l10n.t(`level.${level}`)).join(', ')) : nothing}
      ${d.agencies.length ? fact(l10n.t('search.field.agency'), agencies(view, d.agencies)) : nothing}
      ${fact(l10n.t('search.field.time'), formats.duration(d.processingTime))}
      ${fact(l10n.t('search.field.fee'), feeSummary(l10n, formats, d))}
    </dl>
    ${canApply
      ? html`<button type="button" class="button apply" part="apply" @click=${() => view.apply(d, onlyCase)}>${l10n.t('search.detail.apply')}</button>`
      : html`<div class="panel info" part="in-person">
          <p class="panel-title">${l10n.t('search.detail.inPersonTitle')}</p>
          <p>${l10n.isolated('search.detail.inPersonAt', { place })}</p>
        </div>`}
    ${d.description ? section('search.detail.description', html`<p>${d.description}</p>`) : nothing}
    ${d.audiences.length
      ? section('search.detail.audiences', html`<ul>${d.audiences.map((audience) => html`<li>${l10n.t(`search.audience.${audience}`)}</li>`)}</ul>`)
      : nothing}
    ${d.channels.length ? section('search.detail.channels', html`<ul class="plain">${d.channels.map((channel) => channelOf(view, channel))}</ul>`) : nothing}
    ${d.cases.length ? section('search.detail.cases', d.cases.map((procedureCase) => caseOf(view, d, procedureCase, canApply))) : nothing}
    ${d.requirements ? section('search.detail.requirements', html`<p>${d.requirements}</p>`) : nothing}
    ${d.results.length ? section('search.detail.results', html`<ul>${d.results.map((result) => html`<li>${result.name}</li>`)}</ul>`) : nothing}
    ${d.legalBasis.length
      ? section(
          'search.detail.legalBasis',
          html`<ul>
            ${d.legalBasis.map((basis) => {
              const href = safeUrl(basis.url);
              return html`<li>
                ${href ? html`<a class="link" href=${href} rel="noopener"><bdi>${basis.number}</bdi></a>` : html`<bdi>${basis.number}</bdi>`}
                <bdi>${basis.title}</bdi>
              </li>`;
            })}
          </ul>`,
        )
      : nothing}
    ${d.intakeAddress ? section('search.detail.intakeAddress', html`<p>${d.intakeAddress}</p>`) : nothing}
  `;
}

/**
 * The agencies; with the online level each offers when the back end says (1.1: a ministry may
 * offer the service fully online while its local offices take part of it on paper).
 */
function agencies(view: DetailView, list: readonly AgencyRef[]): unknown {
  const { l10n } = view;
  if (!list.some((agency) => agency.onlineLevel)) return names(list);
  return html`<ul class="plain agencies">
    ${list.map(
      (agency) => html`<li><bdi>${agency.name}</bdi>${agency.onlineLevel ? html`: <span class="muted">${l10n.t(`onlineLevel.${agency.onlineLevel}`)}</span>` : nothing}</li>`,
    )}
  </ul>`;
}

/** A channel (in person, online, post): its time, its online level, and its fees. */
function channelOf(view: DetailView, channel: Channel): TemplateResult {
  const { l10n, formats } = view;
  return html`<li class="card">
    <p class="strong">${l10n.t(`search.channel.${channel.kind}`)}</p>
    ${channel.onlineLevel ? html`<p>${l10n.t(`onlineLevel.${channel.onlineLevel}`)}</p>` : nothing}
    <p>${l10n.t('search.detail.channelTime', { time: formats.duration(channel.processingTime) })}</p>
    ${channel.feeItems
      ? feeList(view, channel.feeItems)
      : channel.fees.length
        ? html`<ul>
            ${channel.fees.map((fee) => html`<li><bdi>${fee.description}</bdi>: ${formats.money(fee.amount)}</li>`)}
          </ul>`
        : html`<p>${l10n.t('search.field.fee')}: ${l10n.t('common.free')}</p>`}
  </li>`;
}

/** Each fee: its kind, name and amount (per unit, or "Theo quy định"), its note, who is exempt. */
function feeList(view: DetailView, items: readonly FeeItem[]): TemplateResult {
  const { l10n, formats } = view;
  if (items.length === 0) return html`<p>${l10n.t('search.field.fee')}: ${l10n.t('common.free')}</p>`;
  return html`<ul class="plain fees">
    ${items.map(
      (item) => html`<li>
        <p><span class="fee-kind">${l10n.t(`search.fee.${item.kind}`)}</span> <bdi>${item.name}</bdi>: <span class="strong">${feeAmount(l10n, formats, item)}</span></p>
        ${item.note ? html`<p class="muted">${l10n.isolated('search.detail.feeNote', { note: item.note })}</p>` : nothing}
        ${item.exemptions?.length
          ? html`<p class="muted">${l10n.t('search.detail.exemptions')}</p>
              <ul>
                ${item.exemptions.map((who) => html`<li>${who}</li>`)}
              </ul>`
          : nothing}
      </li>`,
    )}
  </ul>`;
}

/** A case (trường hợp): its steps, its documents with their blank templates, and its own "apply" when there are several. */
function caseOf(view: DetailView, d: ProcedureDetail, procedureCase: ProcedureDetail['cases'][number], canApply: boolean): TemplateResult {
  const { l10n, level } = view;
  return html`<div class="case">
    ${heading(level, 2, procedureCase.name, { class: 'case-title' })}
    ${procedureCase.steps.length
      ? html`${heading(level, 3, l10n.t('search.detail.steps'), { class: 'subheading' })}
          <ol>
            ${procedureCase.steps.map((step) => html`<li>${step}</li>`)}
          </ol>`
      : nothing}
    ${heading(level, 3, l10n.t('search.detail.documents'), { class: 'subheading' })}
    ${procedureCase.documents.length
      ? html`<ul class="plain documents">
          ${procedureCase.documents.map((document) => {
            const template = safeUrl(document.templateUrl);
            return html`<li>
              <bdi class="strong">${document.name}</bdi>
              (${l10n.t(document.required ? 'common.required' : 'common.optional')})
              <span class="muted">${l10n.t('search.detail.copies', { originals: document.originals, copies: document.copies })}</span>
              ${template
                ? html`<a class="link" href=${template} rel="noopener" aria-label=${l10n.t('search.detail.templateOf', { name: isolate(document.name) })}
                    >${l10n.t('search.detail.template')}</a
                  >`
                : nothing}
            </li>`;
          })}
        </ul>`
      : html`<p>${l10n.t('search.detail.noDocuments')}</p>`}
    ${canApply && d.cases.length > 1
      ? html`<button type="button" class="button secondary" part="apply" @click=${() => view.apply(d, procedureCase.id)}>
          ${l10n.isolated('search.detail.applyCase', { name: procedureCase.name })}
        </button>`
      : nothing}
  </div>`;
}
