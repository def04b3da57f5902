/**
 * Template of a procedure's detail: what it is, who may apply and how, its cases with their
 * steps and documents (and the blank templates to download), its legal basis, and the button
 * that starts an online application, or where to apply in person.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProcedureDetail, ProcedureSummary } from '../../api/schemas.js';
import { fact, isolate, safeUrl } from '../shared/server-text.js';
import type { SearchKey, SearchL10n } from './messages.js';
import { badge, errorPanel, names, skeleton, type Formats } from './result-list.js';

export interface DetailView {
  l10n: SearchL10n;
  formats: Formats;
  /** The detail, once it arrived. */
  detail: ProcedureDetail | undefined;
  /** The result it was opened from, whose name shows while the detail loads. */
  summary: ProcedureSummary | undefined;
  error: unknown;
  loading: boolean;
  describe: (error: unknown) => string;
  retry: () => void;
  back: () => void;
  /** "Nộp hồ sơ trực tuyến", for the procedure or one of its cases. */
  apply: (detail: ProcedureDetail, caseId?: string) => void;
}

export function procedureDetail(view: DetailView): TemplateResult {
  const { l10n, detail, error } = view;
  const title = detail?.name ?? view.summary?.name ?? l10n.t('search.detail.loading');
  return html`<article class="detail" part="detail" aria-labelledby="detail-title">
    <button type="button" class="link back" part="back" @click=${view.back}><span aria-hidden="true">←</span> ${l10n.t('search.detail.back')}</button>
    <h2 id="detail-title" class="detail-title" tabindex="-1">${title}</h2>
    <div class="detail-body" aria-busy=${view.loading ? 'true' : 'false'}>
      ${error !== undefined
        ? errorPanel(l10n, view.describe, error, view.retry, 'search.detail.error')
        : detail
          ? detailBody(view, detail)
          : skeleton(l10n.t('search.detail.loading'))}
    </div>
  </article>`;
}

function detailBody(view: DetailView, d: ProcedureDetail): TemplateResult {
  const { l10n, formats } = view;
  const canApply = d.onlineLevel !== 'none' && d.formVersion !== null;
  const onlyCase = d.cases.length === 1 ? d.cases[0]!.id : undefined;
  const place = d.intakeAddress || names(d.agencies);
  const section = (key: SearchKey, content: unknown) => html`<section class="section"><h3 class="heading">${l10n.t(key)}</h3>${content}</section>`;
  return html`
    ${badge(l10n, d.onlineLevel)}
    <dl class="facts">
      ${fact(l10n.t('search.field.code'), d.code)} ${fact(l10n.t('search.field.sector'), d.sector.name)}
      ${d.levels.length ? fact(l10n.t('search.field.level'), d.levels.map((level) => l10n.t(`level.${level}`)).join(', ')) : nothing}
      ${d.agencies.length ? fact(l10n.t('search.field.agency'), names(d.agencies)) : nothing}
      ${fact(l10n.t('search.field.time'), formats.duration(d.processingTime))}
      ${fact(l10n.t('search.field.fee'), formats.money(d.fee?.amount))}
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
    ${d.channels.length
      ? section(
          'search.detail.channels',
          html`<ul class="plain">
            ${d.channels.map(
              (channel) => html`<li class="card">
                <p class="strong">${l10n.t(`search.channel.${channel.kind}`)}</p>
                <p>${l10n.t('search.detail.channelTime', { time: formats.duration(channel.processingTime) })}</p>
                ${channel.fees.length
                  ? html`<ul>
                      ${channel.fees.map((fee) => html`<li><bdi>${fee.description}</bdi>: ${formats.money(fee.amount)}</li>`)}
                    </ul>`
                  : html`<p>${l10n.t('search.field.fee')}: ${l10n.t('common.free')}</p>`}
              </li>`,
            )}
          </ul>`,
        )
      : nothing}
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

/** A case (trường hợp): its steps, its documents with their blank templates, and its own "apply" when there are several. */
function caseOf(view: DetailView, d: ProcedureDetail, procedureCase: ProcedureDetail['cases'][number], canApply: boolean): TemplateResult {
  const { l10n } = view;
  return html`<div class="case">
    <h4 class="case-title">${procedureCase.name}</h4>
    ${procedureCase.steps.length
      ? html`<h5 class="subheading">${l10n.t('search.detail.steps')}</h5>
          <ol>
            ${procedureCase.steps.map((step) => html`<li>${step}</li>`)}
          </ol>`
      : nothing}
    <h5 class="subheading">${l10n.t('search.detail.documents')}</h5>
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
