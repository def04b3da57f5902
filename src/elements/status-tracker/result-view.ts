/**
 * The result of a dossier at statuses 9 and 10 (part of the actions part: a citizen meets it in
 * a later state): the summary, where to collect it, and each result document with its download
 * when the agency issued an electronic copy (1.1 `electronicCopy`; 1.0 `url`), its number, date,
 * size and whether it is digitally signed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DossierStatus, ResultDocument } from '../../api/schemas.js';
import { fact, isolate, safeUrl } from '../shared/server-text.js';
import type { HeadingOptions } from '../shared/heading.js';
import type { TrackerL10n } from './messages.js';

interface ResultView {
  l10n: TrackerL10n;
  dossier: DossierStatus;
  heading(depth: number, content: unknown, options?: HeadingOptions): TemplateResult;
}

/** Statuses 9 and 10: the result, where to collect it, and its documents with their electronic copies. */
export function resultInfo(view: ResultView): TemplateResult | typeof nothing {
  const { l10n, dossier } = view;
  const { status, result } = dossier;
  if (status < 9 || !result) return nothing;
  const documents = result.documents ?? [];
  return html`
    <section class="panel success action" part="action" aria-labelledby="action-title">
      ${view.heading(2, l10n.t(`tracker.action.${status as 9 | 10}`), { id: 'action-title', class: 'section-title' })}
      <p>${result.summary}</p>
      ${result.pickup ? html`<dl class="facts compact">${fact(l10n.t('tracker.result-info.pickup'), result.pickup)}</dl>` : nothing}
      ${documents.length > 0
        ? html`${view.heading(3, l10n.t('tracker.result-info.documents'), { class: 'subsection-title' })}
            <ul class="documents">
              ${documents.map((document) => resultDocument(l10n, document))}
            </ul>`
        : nothing}
    </section>
  `;
}

/** A result document: its download when the agency issued an electronic copy (1.1 `electronicCopy`, or 1.0 `url`). */
function resultDocument(l10n: TrackerL10n, document: ResultDocument): TemplateResult {
  const copy = document.electronicCopy;
  const url = safeUrl(copy?.url ?? document.url);
  const meta = [
    document.number && l10n.t('tracker.result-info.number', { number: isolate(document.number) }),
    document.issuedOn && l10n.t('tracker.result-info.issued', { date: l10n.date(document.issuedOn) }),
    copy?.size !== undefined && l10n.bytes(copy.size),
    copy?.signed && l10n.t('tracker.result-info.signed'),
    !url && l10n.t('tracker.result-info.paper'),
  ].filter(Boolean);
  return html`<li>
    ${url ? html`<a class="link" href=${url} rel="noopener noreferrer" download>${l10n.isolated('tracker.result-info.download', { name: document.name })}</a>` : html`<bdi>${document.name}</bdi>`}
    ${meta.length > 0 ? html`<span class="document-meta">(${meta.join(', ')})</span>` : nothing}
  </li>`;
}
