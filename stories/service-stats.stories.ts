import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import '../src/elements/service-stats/index.js';
import type { Stats, StatsProgress } from '../src/api/schemas.js';
import { figuresFrom } from '../src/mocks/stats.js';

interface StatsArgs {
  agency: string;
  period: string;
  headingLevel: number;
}

const STATS = '/api/v1/stats';

const meta: Meta<StatsArgs> = {
  title: 'Elements/Service stats',
  component: 'gov-service-stats',
  tags: ['autodocs'],
  args: { agency: '', period: '', headingLevel: 2 },
  argTypes: {
    agency: {
      control: 'select',
      options: ['', 'ubnd-xa', 'cong-an-xa', 'so-tu-phap', 'so-xay-dung', 'so-tai-chinh'],
      description: 'Agency code from `GET /agencies`; all agencies when empty.',
    },
    headingLevel: {
      control: { type: 'number', min: 1, max: 6 },
      description: 'Level of the title (`heading-level`); the groups and the trend go one deeper.',
    },
    period: {
      control: 'text',
      description: '`2025`, `2025-Q3`, `2025-07` or `2025-07-01/2025-09-30`; the server’s default when empty.',
    },
  },
  render: (args) => html`
    <gov-service-stats agency=${args.agency || nothing} period=${args.period || nothing} heading-level=${args.headingLevel}></gov-service-stats>
  `,
};
export default meta;

type Story = StoryObj<StatsArgs>;

/** All agencies, the server's default period (the last 30 days in the mock). */
export const Recent: Story = {};

/** One agency over one quarter, the way a provincial centre publishes its figures. */
export const AgencyQuarter: Story = { args: { agency: 'so-tu-phap', period: '2025-Q3' } };

/** A whole year for every agency. */
export const Year: Story = { args: { period: '2025' } };

/** Waiting for the figures: placeholders keep the layout from jumping. */
export const Loading: Story = {
  parameters: { msw: { handlers: [http.get(STATS, () => delay('infinite'))] } },
};

/** No dossier in the period. */
export const Empty: Story = {
  args: { period: '2030' },
  parameters: {
    msw: {
      handlers: [
        http.get(STATS, () =>
          HttpResponse.json({ from: '2030-01-01', to: '2030-12-31', received: 0, resolved: 0, inProgress: 0, awaitingSupplement: 0, overdue: 0, onTimeRate: 1 }),
        ),
      ],
    },
  },
};

/** The back end failed: a message and a retry. */
export const ServerError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(STATS, () =>
          HttpResponse.json(
            { type: 'https://motcua.dev/problems/server-error', title: 'Lỗi hệ thống', status: 500 },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
};

/** The host wrote a period the element cannot read: it says so instead of showing other figures. */
export const InvalidPeriod: Story = { args: { period: 'quý 3' } };

/** On a 320 px phone, an agency whose name is one unbroken 120-character word with a right-to-left override: it wraps, and reorders nothing. */
export const LongAgencyName: Story = {
  args: { agency: 'so-tu-phap', period: '2025' },
  decorators: [(story) => html`<style>.phone{max-width:320px;border:1px dashed #737d8c}</style><div class="phone">${story()}</div>`],
  parameters: {
    msw: {
      handlers: [
        http.get('/api/v1/agencies', () =>
          HttpResponse.json({ items: [{ code: 'so-tu-phap', name: `\u202eعربي${'Sởtưphápthànhphố'.repeat(8)}`, level: 'province' }] }),
        ),
      ],
    },
  },
};

/** A 1.1 answer, built from its 766 inputs (the 1.0 figures derived from them). */
function answer(progress: StatsProgress): Stats {
  return {
    ...figuresFrom(progress),
    period: { from: '2026-01-01', to: '2026-03-31' },
    scope: { name: 'Toàn tỉnh' },
    progress,
    monthly: [
      { month: '2026-01', received: 2, resolved: 0, onTimeRate: null },
      { month: '2026-02', received: 1, resolved: 0, onTimeRate: null },
    ],
  };
}

/** Dossiers received, but none resolved or in progress (all waiting for documents or withdrawn): no rate, said in words. */
export const NoRate: Story = {
  args: { period: '2026-Q1' },
  parameters: {
    msw: {
      handlers: [
        http.get(STATS, () =>
          HttpResponse.json(
            answer({
              carriedOver: 0,
              received: { online: 2, inPerson: 1, post: 0 },
              resolved: { early: 0, onTime: 0, late: 0 },
              inProgress: { withinDeadline: 0, overdue: 0 },
              awaitingSupplement: 2,
              withdrawn: 1,
              onTimeRate: null,
            }),
          ),
        ),
      ],
    },
  },
};

/** The server's 766 inputs do not add up: refused as an invalid answer, never shown. */
export const FiguresDoNotAddUp: Story = {
  args: { period: '2026-Q1' },
  parameters: {
    msw: {
      handlers: [
        http.get(STATS, () =>
          HttpResponse.json(
            answer({
              carriedOver: 10,
              received: { online: 5, inPerson: 5, post: 0 },
              resolved: { early: 5, onTime: 5, late: 0 },
              inProgress: { withinDeadline: 1, overdue: 0 },
              awaitingSupplement: 0,
              withdrawn: 0,
              onTimeRate: 1,
            }),
          ),
        ),
      ],
    },
  },
};

/** A contract 1.0 server: the five figures and its on-time share, no breakdown, no trend. */
export const ContractOneZero: Story = {
  args: { period: '2026-01-01/2026-06-30' },
  parameters: {
    msw: {
      handlers: [
        http.get(STATS, () =>
          HttpResponse.json({ from: '2026-01-01', to: '2026-06-30', received: 5808, resolved: 5601, inProgress: 113, awaitingSupplement: 94, overdue: 216, onTimeRate: 0.963 }),
        ),
      ],
    },
  },
};

/** No network: said, with a retry; tried again when the network is back. */
export const Offline: Story = {
  parameters: { msw: { handlers: [http.get(STATS, () => HttpResponse.error())] } },
};

/** Inside a host page whose own heading is an h2: the title is an h3, the groups h4. */
export const HeadingLevelThree: Story = { args: { period: '2025-Q3', headingLevel: 3 } };
