/**
 * Benchmark: how long `<gov-status-tracker>` takes to render a dossier with a
 * 200-step history (budget: one frame, 16 ms). Runs in a browser page.
 *
 * The dossier is given through the element's `dossier` property, so what is
 * timed is the render alone (template, formatting, DOM), not the network or
 * the contract validation. Each run uses a fresh element; the first run warms
 * up the JIT and the Intl caches and is not counted. The answer is the median.
 *
 * Floor (issue #18): the same dossier in a plain hand-written Lit list of its 200 steps
 * (`./floors/plain-timeline.ts`), rendered the same way in the same page, one run of each in
 * turn.
 */
import type { DossierStatus, HistoryEntry, StatusCode } from '../../src/api/schemas.js';
import '../../src/elements/status-tracker/index.js';
import type { GovStatusTracker } from '../../src/elements/status-tracker/status-tracker.js';
// By value, built with `new` (see dossier-form.bench.ts).
import { PlainTimeline } from './floors/plain-timeline.js';
import { lane, pairOrder, removeLanes, type Side } from './measure.js';

export interface TrackerBenchResult {
  /** Milliseconds to render the dossier in a fresh tracker, median of the runs. */
  median: number;
  samples: number[];
  /** The same for the plain Lit list, rendered in turn with the tracker. */
  floor: { median: number; samples: number[] };
}

export const HISTORY_STEPS = 200;

/** A plausible long-running dossier: 200 steps across departments, with notes. */
export function longDossier(steps = HISTORY_STEPS): DossierStatus {
  const start = Date.UTC(2026, 0, 5, 1, 30);
  const cycle: StatusCode[] = [2, 4, 5, 4, 6, 4];
  const history: HistoryEntry[] = Array.from({ length: steps }, (_, index) => {
    const at = new Date(start + index * 3 * 3_600_000).toISOString().replace('.000Z', '+00:00');
    const entry: HistoryEntry = {
      at,
      status: index === 0 ? 1 : (cycle[index % cycle.length] as StatusCode),
      agency: 'Ủy ban nhân dân phường Hoàn Kiếm',
      department: index % 2 ? 'Bộ phận Một cửa' : 'Phòng Kinh tế, Hạ tầng và Đô thị',
    };
    if (index % 3 === 0) entry.note = `Bước ${index + 1}: chuyên viên đã thẩm định và chuyển hồ sơ sang bộ phận tiếp theo.`;
    return entry;
  });
  return {
    code: '000.00.01.H22-260105-0001',
    procedure: { code: '1.009994', name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' },
    applicantName: 'Nguyễn V. A.',
    status: 4,
    submittedAt: '2026-01-05T08:30:00+07:00',
    acceptedAt: '2026-01-05T10:00:00+07:00',
    expectedReturnDate: '2026-02-20',
    overdue: false,
    timeliness: null,
    agency: { name: 'Ủy ban nhân dân phường Hoàn Kiếm' },
    history,
  };
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Renders the dossier in a fresh element of one side and times it up to laid out. */
async function renderOnce(side: Side, dossier: DossierStatus): Promise<number> {
  const el: GovStatusTracker | PlainTimeline = side === 'element' ? document.createElement('gov-status-tracker') : new PlainTimeline();
  lane(side).append(el);
  try {
    await el.updateComplete;
    const started = performance.now();
    el.dossier = dossier;
    await el.updateComplete;
    // Layout is part of what the applicant waits for.
    void el.shadowRoot!.querySelector('ol')!.getBoundingClientRect();
    const elapsed = performance.now() - started;
    if (el.shadowRoot!.querySelectorAll('ol > li').length !== dossier.history.length) {
      throw new Error(`the ${side} did not render every step`);
    }
    return elapsed;
  } finally {
    el.remove();
  }
}

/** Milliseconds to render one 200-step dossier in a fresh tracker and in the floor (medians of `runs`). */
export async function benchTracker(runs = 7): Promise<TrackerBenchResult> {
  const dossier = longDossier();
  const times: Record<Side, number[]> = { element: [], floor: [] };
  try {
    for (let run = 0; run <= runs; run++) {
      for (const side of pairOrder(run)) {
        const elapsed = await renderOnce(side, dossier);
        if (run > 0) times[side].push(elapsed);
      }
    }
  } finally {
    removeLanes();
  }
  return { median: median(times.element), samples: times.element, floor: { median: median(times.floor), samples: times.floor } };
}
