import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { DossierStatus, StatusCode } from '../src/api/schemas.js';
import '../src/elements/status-tracker/index.js';
import type { GovStatusTracker, TrackerState } from '../src/elements/status-tracker/index.js';
import { createMockApi, DEMO_DOSSIERS } from '../src/mocks/index.js';
import { until, untilState } from './support/play.js';

/**
 * Every story looks a dossier up the way an applicant does: its play function
 * types the code and the verifier into the form and submits it, against the
 * mock back end (its demo dossiers, one per national status).
 */
interface TrackerArgs {
  code: string;
  order: 'oldest-first' | 'newest-first';
  refresh: number;
  headingLevel: number;
}

const LOOKUP = '/api/v1/dossiers/lookup';

function trackerIn(canvasElement: HTMLElement): GovStatusTracker {
  const tracker = canvasElement.querySelector('gov-status-tracker');
  if (!tracker) throw new Error('no <gov-status-tracker> in the story');
  return tracker;
}

/** Fills the form and submits it, as the applicant would. */
async function lookUp(canvasElement: HTMLElement, code: string, verifier: string, settle: TrackerState[] = []): Promise<void> {
  const tracker = trackerIn(canvasElement);
  await tracker.updateComplete;
  const root = tracker.shadowRoot!;
  root.querySelector<HTMLInputElement>('#code')!.value = code;
  root.querySelector<HTMLInputElement>('#verifier')!.value = verifier;
  root.querySelector('form')!.requestSubmit();
  await untilState(tracker, settle.length ? settle : ['found', 'not-found', 'error', 'offline', 'rate-limited', 'validating']);
}

function demo(status: StatusCode, overdue = false) {
  const found = DEMO_DOSSIERS.find((dossier) => dossier.status === status && dossier.overdue === overdue);
  if (!found) throw new Error(`no demo dossier in status ${status}`);
  return found;
}

const problem = (status: number, title: string, retryAfter?: number) =>
  HttpResponse.json(
    { type: `https://motcua.dev/problems/${status === 429 ? 'too-many-requests' : 'server-error'}`, title, status, ...(retryAfter ? { retryAfter } : {}) },
    {
      status,
      headers: { 'Content-Type': 'application/problem+json', ...(retryAfter ? { 'Retry-After': String(retryAfter) } : {}) },
    },
  );

const meta: Meta<TrackerArgs> = {
  title: 'Elements/Status tracker',
  component: 'gov-status-tracker',
  tags: ['autodocs'],
  args: { code: '', order: 'oldest-first', refresh: 0, headingLevel: 2 },
  argTypes: {
    code: { control: 'text', description: 'Prefills the dossier code (never submits by itself).' },
    order: { control: 'inline-radio', options: ['oldest-first', 'newest-first'], description: 'Order of the timeline.' },
    refresh: { control: { type: 'number', min: 0, step: 5 }, description: 'Seconds between background refreshes; 0 = off.' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: 'Level of the top heading (`heading-level`); the others follow below it.' },
  },
  render: (args) => html`
    <gov-status-tracker
      code=${args.code || nothing}
      order=${args.order}
      refresh=${args.refresh > 0 ? args.refresh : nothing}
      heading-level=${args.headingLevel}
    ></gov-status-tracker>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Follow a dossier by its code and the last 4 digits of the applicant’s phone or identity number. Demo dossiers: ' +
          DEMO_DOSSIERS.map((dossier) => `\`${dossier.code}\` (${dossier.label}, ${dossier.verifier})`).join(', ') +
          '.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<TrackerArgs>;

// ------------------------------------------------------------ states

/** The empty form, ready for a code. */
export const Idle: Story = {};

/** The code from the receipt's link is filled in; the applicant adds the verifier. */
export const PrefilledCode: Story = { args: { code: demo(4).code } };

/** What was typed is wrong: inline errors, and an error summary that takes focus. */
export const Validating: Story = {
  play: ({ canvasElement }) => lookUp(canvasElement, '000.00.01.H22-2611-1', '12', ['validating']),
};

/** Waiting for the back end. */
export const Loading: Story = {
  parameters: { msw: { handlers: [http.post(LOOKUP, () => delay('infinite'))] } },
  play: ({ canvasElement }) => lookUp(canvasElement, demo(4).code, demo(4).verifier, ['loading']),
};

/** Unknown code and wrong verifier answer the same. */
export const NotFound: Story = {
  play: ({ canvasElement }) => lookUp(canvasElement, demo(4).code, '0000'),
};

/** The back end failed; "Try again" retries without retyping the verifier. */
export const ServerError: Story = {
  parameters: { msw: { handlers: [http.post(LOOKUP, () => problem(500, 'Lỗi hệ thống'))] } },
  play: ({ canvasElement }) => lookUp(canvasElement, demo(4).code, demo(4).verifier),
};

/** The browser has no network. */
export const Offline: Story = {
  parameters: { msw: { handlers: [http.post(LOOKUP, () => HttpResponse.error())] } },
  play: async ({ canvasElement }) => {
    // The client tells "offline" from "network" by navigator.onLine; pretend for this one lookup.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await lookUp(canvasElement, demo(4).code, demo(4).verifier);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
    }
  },
};

/** Too many lookups: a countdown from Retry-After, the retry enabled at zero. */
export const RateLimited: Story = {
  parameters: { msw: { handlers: [http.post(LOOKUP, () => problem(429, 'Quá nhiều yêu cầu', 30))] } },
  play: ({ canvasElement }) => lookUp(canvasElement, demo(4).code, demo(4).verifier),
};

// ------------------------------------------------------------ found, one per national status

const statusStory = (status: StatusCode, overdue = false): Story => ({
  play: ({ canvasElement }) => lookUp(canvasElement, demo(status, overdue).code, demo(status, overdue).verifier),
});

/** 1 · Mới đăng ký: waiting for the one-stop desk. */
export const Status1Submitted = statusStory(1);
/** 2 · Được tiếp nhận: accepted, the deadline runs. */
export const Status2Accepted = statusStory(2);
/** 3 · Không được tiếp nhận: refused at intake, with the reason in the timeline. */
export const Status3Rejected = statusStory(3);
/** 4 · Đang xử lý: being processed, within the deadline. */
export const Status4Processing = statusStory(4);
/** 5 · Yêu cầu bổ sung: reason, documents, due date and the upload. */
export const Status5SupplementRequested = statusStory(5);
/** 6 · Yêu cầu nộp phí: the fee items, the total, the due date and the pay button. */
export const Status6PaymentRequested = statusStory(6);
/** 7 · Công dân yêu cầu rút hồ sơ: the request, shown as a request until the agency decides. */
export const Status7Withdrawn = statusStory(7);
/** 8 · Dừng xử lý: stopped. */
export const Status8Stopped = statusStory(8);
/** 9 · Đã xử lý xong: decided; how and where to collect the result. */
export const Status9Decided = statusStory(9);
/** 10 · Đã trả kết quả: delivered, the electronic result to download, and the rating. */
export const Status10Delivered = statusStory(10);
/** Past the promised date while still being processed. */
export const Overdue = statusStory(4, true);

/** The timeline with the newest step first (a reversed ordered list keeps the step numbers). */
export const NewestFirst: Story = {
  args: { order: 'newest-first' },
  play: ({ canvasElement }) => lookUp(canvasElement, demo(10).code, demo(10).verifier),
};

// ------------------------------------------------------------ background refresh

/** A dossier that the office moves from "processing" to "decided" after a few refreshes. */
function refreshingDossier(): { before: DossierStatus; after: DossierStatus; code: string; verifier: string } {
  const mock = createMockApi({ baseUrl: '/api/v1' });
  const seeded = mock.demo.find((dossier) => dossier.status === 4 && !dossier.overdue)!;
  const record = mock.store.dossiers.get(seeded.code)!;
  const before = mock.store.dossiers.status(record);
  mock.store.dossiers.setStatus(seeded.code, 9);
  return { before, after: mock.store.dossiers.status(record), code: seeded.code, verifier: seeded.verifier };
}

const refreshing = refreshingDossier();
let refreshCalls = 0;

/** `refresh="3"`: the status changes on the third lookup and a live region announces it. */
export const BackgroundRefresh: Story = {
  args: { refresh: 3 },
  loaders: [
    async () => {
      refreshCalls = 0;
      return {};
    },
  ],
  parameters: {
    msw: {
      handlers: [http.post(LOOKUP, () => HttpResponse.json(++refreshCalls < 3 ? refreshing.before : refreshing.after))],
    },
  },
  play: ({ canvasElement }) => lookUp(canvasElement, refreshing.code, refreshing.verifier),
};

// ------------------------------------------------------------ supplement (status 5)

const ATTACHMENTS = '/api/v1/attachments';

/** Looks up the demo dossier awaiting a supplement, then puts `file` on its first document. */
async function supplementWith(canvasElement: HTMLElement, file: File, settled: (tracker: GovStatusTracker) => boolean): Promise<void> {
  await lookUp(canvasElement, demo(5).code, demo(5).verifier);
  const tracker = trackerIn(canvasElement);
  const input = tracker.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => settled(tracker), 'the file in the expected state');
  await tracker.updateComplete;
}

const fileState = (tracker: GovStatusTracker, state: string) => tracker.shadowRoot!.querySelector(`#file-0-status.${state}`) !== null;
const scan = (name = 'giay-khai-sinh.pdf') => new File(['%PDF-1.7 scan'], name, { type: 'application/pdf' });

/** A file uploading as soon as it is chosen: its progress, and a cancel button. */
export const SupplementUploading: Story = {
  parameters: { msw: { handlers: [http.post(ATTACHMENTS, () => delay('infinite'))] } },
  play: ({ canvasElement }) => supplementWith(canvasElement, scan(), (tracker) => fileState(tracker, 'uploading')),
};

/** A file refused on the device (here, its type): why, beside the input; nothing was sent. */
export const SupplementFileRefused: Story = {
  play: ({ canvasElement }) =>
    supplementWith(canvasElement, new File(['ghi chú'], 'ghi-chu.txt', { type: 'text/plain' }), (tracker) => fileState(tracker, 'rejected')),
};

/** The network dropped during the upload: the tracker says so and uploads again when it is back. */
export const SupplementWaitingForNetwork: Story = {
  parameters: { msw: { handlers: [http.post(ATTACHMENTS, () => HttpResponse.error())] } },
  play: async ({ canvasElement }) => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await supplementWith(canvasElement, scan(), (tracker) => fileState(tracker, 'waiting'));
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
    }
  },
};

/** A 202 without a readable receipt is still a supplement received: said without a time. */
export const SupplementSentWithoutReceipt: Story = {
  parameters: { msw: { handlers: [http.post('/api/v1/dossiers/:code/supplements', () => new HttpResponse(null, { status: 202 }))] } },
  play: async ({ canvasElement }) => {
    await lookUp(canvasElement, demo(5).code, demo(5).verifier);
    const tracker = trackerIn(canvasElement);
    const inputs = [...tracker.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="file"]')];
    for (const [index, input] of inputs.entries()) {
      const transfer = new DataTransfer();
      transfer.items.add(scan(`bo-sung-${index}.pdf`));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await until(() => inputs.every((_, index) => tracker.shadowRoot!.querySelector(`#file-${index}-status.done`)), 'every file uploaded');
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('button.send')!.click();
    await until(() => tracker.shadowRoot!.querySelector('#supplement-sent') !== null, 'the confirmation');
    await tracker.updateComplete;
  },
};

// ------------------------------------------------------------ long server text

const longWord = (word: string) => word.repeat(Math.ceil(120 / word.length));

/** Unbroken 120-character names, notes and reasons, and a right-to-left override: they wrap, and reorder nothing. */
export const LongServerText: Story = {
  decorators: [(story) => html`<style>.phone{max-width:320px;border:1px dashed #737d8c}</style><div class="phone">${story()}</div>`],
  parameters: {
    msw: {
      handlers: [
        http.post(LOOKUP, () => {
          const mock = createMockApi({ baseUrl: '/api/v1' });
          const base = mock.store.dossiers.status(mock.store.dossiers.get(demo(5).code)!);
          return HttpResponse.json({
            ...base,
            procedure: { ...base.procedure, name: `${longWord('Giấychứngnhậnquyềnsửdụngđất')}\u202eعربي` },
            applicantName: longWord('NguyễnThịThanhHương'),
            agency: { name: longWord('ỦybannhândânxãPhúThượng') },
            history: base.history.map((step) => ({ ...step, note: longWord('Ghichúdàikhôngdấucách') })),
            supplementRequest: {
              ...base.supplementRequest!,
              reason: longWord('Thiếubảnsaochứngthực'),
              documents: base.supplementRequest!.documents.map((document) => ({ ...document, name: longWord('Bảnsaogiấykhaisinh') })),
            },
          });
        }),
      ],
    },
  },
  play: ({ canvasElement }) => lookUp(canvasElement, demo(5).code, demo(5).verifier),
};

// ------------------------------------------------------------ the national model (contract 1.1)

const labelled = (label: string) => DEMO_DOSSIERS.find((dossier) => dossier.label === label)!;
const trackerRoot = (canvasElement: HTMLElement) => trackerIn(canvasElement).shadowRoot!;

/** Opens the story with `search` in the page's address (a QR code's link, the platform's return), and puts it back after. */
const atAddress = (search: () => string) => () => {
  const before = window.location.href;
  const url = new URL(before);
  for (const [name, value] of new URLSearchParams(search())) url.searchParams.set(name, value);
  window.history.replaceState(null, '', url);
  return () => window.history.replaceState(null, '', before);
};

/** Opened from the receipt's QR code (`<tracker page>?code=CODE`): the code filled in, the focus on the verifier. */
export const OpenedFromQrLink: Story = {
  beforeEach: atAddress(() => `code=${demo(4).code}`),
};

/** The agency extended the handling time: old and new appointment, the reason and the apology slip. */
export const ExtensionWithApologySlip: Story = {
  play: ({ canvasElement }) => lookUp(canvasElement, labelled('Gia hạn, có phiếu xin lỗi').code, labelled('Gia hạn, có phiếu xin lỗi').verifier),
};

/** The lookup after the payment platform sent the applicant back, as the back end tells it (`paid`, `processing`, `pending`). */
const returnedFromPayment = (state: 'paid' | 'processing' | 'pending'): Story => ({
  beforeEach: atAddress(() => `code=${demo(6).code}&motcua-payment=pay-story`),
  parameters: {
    msw: {
      handlers: [
        http.post(LOOKUP, () => {
          const mock = createMockApi({ baseUrl: '/api/v1' });
          const base = mock.store.dossiers.status(mock.store.dossiers.get(demo(6).code)!);
          const request = base.paymentRequests!.at(-1)!;
          const paid = state === 'paid' ? { paidAt: base.submittedAt, receiptUrl: 'https://motcua.dev/bien-lai/pay-story.pdf' } : {};
          return HttpResponse.json({ ...base, paymentRequests: [{ ...request, id: 'pay-story', state, ...paid }] });
        }),
      ],
    },
  },
  play: ({ canvasElement }) => lookUp(canvasElement, demo(6).code, demo(6).verifier),
});

/** Back from the platform, paid: the e-receipt link. */
export const PaymentReturnedPaid = returnedFromPayment('paid');
/** Back from the platform, its confirmation not in yet: do not pay again. */
export const PaymentReturnedProcessing = returnedFromPayment('processing');
/** Back from the platform, cancelled or failed: pay again. */
export const PaymentReturnedNotCompleted = returnedFromPayment('pending');

/** The hand-off to the payment platform failed: why, and the button to try again. */
export const PaymentHandOffFailed: Story = {
  parameters: { msw: { handlers: [http.post('/api/v1/dossiers/:code/payments/:paymentId/checkout', () => problem(503, 'Service Unavailable'))] } },
  play: async ({ canvasElement }) => {
    await lookUp(canvasElement, demo(6).code, demo(6).verifier);
    trackerRoot(canvasElement).querySelector<HTMLButtonElement>('button.pay')!.click();
    await until(() => trackerRoot(canvasElement).querySelector('#payment-failed') !== null, 'the failure');
  },
};

/** Asks to withdraw: the reason, then the confirmation step. */
export const WithdrawalConfirmation: Story = {
  play: async ({ canvasElement }) => {
    await lookUp(canvasElement, demo(4).code, demo(4).verifier);
    const root = trackerRoot(canvasElement);
    root.querySelector<HTMLButtonElement>('#withdrawal-open')!.click();
    await trackerIn(canvasElement).updateComplete;
    const reason = root.querySelector<HTMLTextAreaElement>('#withdrawal-reason')!;
    reason.value = 'Tôi đã nộp nhầm thủ tục.';
    reason.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('.withdrawal .button-row .button')!.click();
    await until(() => root.querySelector('#withdrawal-confirm') !== null, 'the confirmation step');
  },
};

/** The rating sent without answers: the error summary names both questions. */
export const RatingMissingAnswers: Story = {
  play: async ({ canvasElement }) => {
    await lookUp(canvasElement, demo(10).code, demo(10).verifier);
    trackerRoot(canvasElement).querySelector<HTMLButtonElement>('.rating-form button[type="submit"]')!.click();
    await until(() => trackerRoot(canvasElement).querySelector('#rating-summary') !== null, 'the error summary');
  },
};

/** Rated before (a reload, another tab): shown as sent, with the back end's indices read-only. */
export const RatingAlreadySent: Story = {
  play: ({ canvasElement }) => lookUp(canvasElement, labelled('Đã trả kết quả, đã đánh giá').code, labelled('Đã trả kết quả, đã đánh giá').verifier),
};

/** `heading-level="4"`: the tracker under a host page's `<h3>`. */
export const HeadingLevel4: Story = {
  args: { headingLevel: 4 },
  play: ({ canvasElement }) => lookUp(canvasElement, demo(10).code, demo(10).verifier),
};
