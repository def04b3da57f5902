/**
 * Template of a procedure's detail as the element draws it: the back action and the title at
 * once (the name from the result it was opened from), a skeleton while the detail and its part
 * load, the failure with its retry, then the sections, which the part loaded on demand draws
 * (`detail-part.ts`).
 */
import { html, type TemplateResult } from 'lit';
import type { ProcedureDetail, ProcedureSummary } from '../../api/schemas.js';
import { heading } from '../shared/heading.js';
import type * as DetailPart from './detail-part.js';
import type { SearchL10n } from './messages.js';
import { errorPanel, skeleton, type Formats } from './result-list.js';

export interface DetailView {
  l10n: SearchL10n;
  formats: Formats;
  /** The element's `heading-level`: the detail's title is at its top level. */
  level: number;
  code: string;
  /** The detail, once it arrived (with the part that draws it). */
  detail: ProcedureDetail | undefined;
  part: typeof DetailPart | undefined;
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
  const { l10n, detail, error, part } = view;
  // Never "Đang tải…" as the title: above a failure it would contradict it, and the code is known.
  const title = detail?.name ?? view.summary?.name ?? l10n.t('search.detail.title', { code: view.code });
  return html`<article class="detail" part="detail" aria-labelledby="detail-title">
    <button type="button" class="link back" part="back" @click=${view.back}><span aria-hidden="true">←</span> ${l10n.t('search.detail.back')}</button>
    ${heading(view.level, 0, title, { id: 'detail-title', class: 'detail-title', focusable: true })}
    <div class="detail-body" aria-busy=${view.loading ? 'true' : 'false'}>
      ${error !== undefined
        ? errorPanel(l10n, view.describe, error, view.retry, 'search.detail.error')
        : detail && part
          ? part.detailBody(view, detail)
          : skeleton(l10n.t('search.detail.loading'))}
    </div>
  </article>`;
}
