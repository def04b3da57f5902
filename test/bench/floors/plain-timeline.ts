/**
 * The floor of the tracker benchmark (issue #18): a dossier's status and its history as a
 * plain list, written the plain way a competent Lit developer would, with no motcua code.
 * Each step shows what the tracker's does: its time (a `<time>` with the instant, in
 * Vietnam's time), the status's name, the agency and department, and the note when there
 * is one; the last step is the current one.
 *
 * What it leaves out, because the bench does not exercise it: the lookup, refresh,
 * supplements, payment, translations and bidi isolation.
 */
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';

interface Step {
  at: string;
  status: number;
  agency?: string;
  department?: string;
  note?: string;
}

export interface PlainDossier {
  code: string;
  procedure: { code: string; name: string };
  status: number;
  agency: { name: string };
  submittedAt?: string;
  history: readonly Step[];
}

const STATUS: Record<number, string> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

const dateTime = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' });

@customElement('plain-timeline')
export class PlainTimeline extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: inherit;
    }
    .status {
      padding: 1rem;
      border-left: 4px solid #1d4ed8;
      background: #eef2ff;
    }
    dl {
      display: grid;
      grid-template-columns: 12em 1fr;
      gap: 0.25rem 1rem;
    }
    dd {
      margin: 0;
    }
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      position: relative;
      padding: 0 0 1rem 1.5rem;
      border-left: 2px solid #ccc;
    }
    li::before {
      content: '';
      position: absolute;
      left: -0.45rem;
      top: 0.3rem;
      width: 0.8rem;
      height: 0.8rem;
      border-radius: 50%;
      background: #1d4ed8;
    }
    time,
    .where {
      display: block;
      color: #555;
    }
    .name {
      font-weight: bold;
    }
    [aria-current] .name {
      color: #1d4ed8;
    }
  `;

  @property({ attribute: false }) dossier: PlainDossier | undefined;

  override render(): TemplateResult | typeof nothing {
    const dossier = this.dossier;
    if (!dossier) return nothing;
    const last = dossier.history.length - 1;
    return html`<article aria-labelledby="title">
      <h3 id="title">Hồ sơ ${dossier.code}</h3>
      <section class="status" aria-labelledby="status-label">
        <h4 id="status-label">Trạng thái</h4>
        <p>${STATUS[dossier.status]}</p>
      </section>
      <dl>
        <dt>Thủ tục</dt>
        <dd>${dossier.procedure.name} (${dossier.procedure.code})</dd>
        <dt>Cơ quan giải quyết</dt>
        <dd>${dossier.agency.name}</dd>
        ${dossier.submittedAt ? html`<dt>Ngày nộp</dt><dd>${dateTime.format(new Date(dossier.submittedAt))}</dd>` : nothing}
      </dl>
      <section aria-labelledby="timeline-title">
        <h4 id="timeline-title">Quá trình xử lý</h4>
        <ol aria-labelledby="timeline-title">
          ${dossier.history.map(
            (step, index) => html`<li aria-current=${index === last ? 'step' : nothing}>
              <time datetime=${step.at}>${dateTime.format(new Date(step.at))}</time>
              <span class="name">${STATUS[step.status]}</span>
              <span class="where">${[step.agency, step.department].filter(Boolean).join(' – ')}</span>
              ${step.note ? html`<p>${step.note}</p>` : nothing}
            </li>`,
          )}
        </ol>
      </section>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plain-timeline': PlainTimeline;
  }
}
