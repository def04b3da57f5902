import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { Field, FieldKind, FormDefinition } from '../src/api/schemas.js';
import '../src/elements/dossier-form/index.js';
import { until, untilState } from './support/play.js';
import type { ApplicantPrefill, GovDossierForm } from '../src/elements/dossier-form/index.js';
import { storedText } from '../src/elements/dossier-form/draft-format.js';
import { draftKey } from '../src/elements/dossier-form/drafts.js';
import { laterLoader } from '../src/elements/dossier-form/later-loader.js';
import { shapeOf } from '../src/elements/dossier-form/versions.js';
import {
  BIRTH_REGISTRATION,
  BUSINESS_HOUSEHOLD,
  CONSTRUCTION_PERMIT,
  createMockApi,
  JUDICIAL_RECORD,
  PERMANENT_RESIDENCE,
} from '../src/mocks/index.js';

/**
 * Stories of `<gov-dossier-form>` against the mock back end. Stories that need the
 * applicant further along (review, receipt, server verdicts) get there in their play
 * function the way an applicant does: answers restored from a draft, a file chosen,
 * "Tiếp tục" pressed.
 */
interface FormArgs {
  procedure: string;
  case: string;
  drafts: 'on' | 'off';
  apiBase: string;
  applicant: ApplicantPrefill | undefined;
  definition: FormDefinition | undefined;
  headingLevel: number;
  trackerUrl: string;
}

const FORM = `/api/v1/procedures/${BIRTH_REGISTRATION}/form`;

const APPLICANT: ApplicantPrefill = {
  fullName: 'Nguyễn Văn An',
  nationalId: '001090012345',
  phone: '0912345678',
  email: 'nguyen.van.an@example.vn',
  dateOfBirth: '1990-05-12',
  gender: 'nam',
  address: { provinceCode: '01', communeCode: '00004', street: '12 Phố Đội Cấn' },
};

/** Every answer of the birth registration (form version 2025.07.1), as a draft holds them. */
const BIRTH_ANSWERS = {
  requesterName: 'Nguyễn Văn An',
  requesterId: '001090012345',
  requesterPhone: '0912345678',
  relationship: 'cha',
  childName: 'Nguyễn Minh Khôi',
  childGender: 'nam',
  childDateOfBirth: '2026-11-3',
  birthPlaceKind: 'co-so-y-te',
  birthFacility: 'Bệnh viện Phụ sản Hà Nội',
  childEthnicity: '01',
  childNationality: 'VN',
  motherName: 'Trần Thị Bình',
  motherDateOfBirth: '1992-8-20',
  motherId: '001192034567',
  motherEthnicity: '01',
  residence: { provinceCode: '01', communeCode: '00004', street: '12 Phố Đội Cấn' },
  extractCopies: '1',
};

let birthShape: ReturnType<typeof shapeOf> | undefined;
/** The birth registration's questions and documents, as a draft records them. */
function birthRegistrationShape(): ReturnType<typeof shapeOf> {
  birthShape ??= shapeOf(createMockApi().store.forms.get(BIRTH_REGISTRATION)!);
  return birthShape;
}

/** Puts a draft of the birth registration on the device (left on page `at`); the returned function removes it. */
function seedDraft(at?: string): () => void {
  const key = draftKey({ procedure: BIRTH_REGISTRATION });
  const draft = {
    form: birthRegistrationShape(),
    answers: new Map(Object.entries(BIRTH_ANSWERS)),
    attachments: new Map(),
    savedAt: new Date().toISOString(),
    writer: 'story',
    ...(at ? { at } : {}),
  };
  localStorage.setItem(key, storedText(draft));
  return () => localStorage.removeItem(key);
}

function formIn(canvasElement: HTMLElement): GovDossierForm {
  const form = canvasElement.querySelector('gov-dossier-form');
  if (!form) throw new Error('no <gov-dossier-form> in the story');
  return form;
}

async function ready(form: GovDossierForm): Promise<void> {
  await until(() => form.state !== 'loading', 'the form loaded');
  await form.updateComplete;
}

/** Loaded, and the seeded draft taken back ("Tiếp tục" on the restore prompt). */
async function restored(form: GovDossierForm): Promise<void> {
  await ready(form);
  await until(() => !!form.shadowRoot!.querySelector('.restore-prompt'), 'the restore prompt');
  form.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="resume"]')!.click();
  await form.updateComplete;
}

async function press(form: GovDossierForm, label: string): Promise<void> {
  const button = [...form.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === label);
  button?.click();
  await form.updateComplete;
  await form.updateComplete;
}

/** From a restored draft to the review page: four steps, then the birth certificate. */
async function toReview(form: GovDossierForm): Promise<void> {
  await restored(form);
  for (let step = 0; step < 4; step++) await press(form, 'Tiếp tục');
  const input = form.shadowRoot!.querySelector<HTMLInputElement>('[data-document="GCS"] input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File(['%PDF-1.7 giấy chứng sinh'], 'giay-chung-sinh.pdf', { type: 'application/pdf' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await until(() => !!form.shadowRoot!.querySelector('[data-document="GCS"] .file.done'), 'the birth certificate uploaded');
  await press(form, 'Tiếp tục');
  await until(() => form.state === 'review', 'the review page');
}

async function declareAndSubmit(form: GovDossierForm): Promise<void> {
  form.shadowRoot!.querySelector<HTMLInputElement>('#declaration')!.click();
  await form.updateComplete;
  await press(form, 'Nộp hồ sơ');
}

const meta: Meta<FormArgs> = {
  title: 'Elements/Dossier form',
  component: 'gov-dossier-form',
  tags: ['autodocs'],
  args: {
    procedure: BIRTH_REGISTRATION,
    case: '',
    drafts: 'off',
    apiBase: '',
    applicant: undefined,
    definition: undefined,
    headingLevel: 2,
    trackerUrl: 'https://dichvucong.example.gov.vn/tra-cuu',
  },
  argTypes: {
    procedure: {
      control: 'select',
      options: [BIRTH_REGISTRATION, CONSTRUCTION_PERMIT, BUSINESS_HOUSEHOLD, JUDICIAL_RECORD, PERMANENT_RESIDENCE, '1.001022'],
      description: 'Code of the procedure whose form is filled in.',
    },
    case: { control: 'text', description: 'Case of the procedure (its id), when it has several.' },
    drafts: { control: 'inline-radio', options: ['on', 'off'], description: '`off` keeps nothing on the device (shared computers).' },
    apiBase: { table: { disable: true } },
    applicant: { control: 'object', description: 'Applicant data from the portal’s login (JS property `applicant`).' },
    definition: { table: { disable: true } },
    headingLevel: { control: { type: 'range', min: 1, max: 6 }, description: 'Level of the element’s top headings (`heading-level`), to fit the host page’s outline.' },
    trackerUrl: { control: 'text', description: 'The portal’s tracking page (`tracker-url`): the receipt’s QR code opens it with `?code=`.' },
  },
  render: (args) => html`
    <gov-dossier-form
      procedure=${args.procedure || nothing}
      case=${args.case || nothing}
      drafts=${args.drafts}
      heading-level=${args.headingLevel}
      tracker-url=${args.trackerUrl || nothing}
      api-base=${args.apiBase || nothing}
      .applicant=${args.applicant}
      .definition=${args.definition}
    ></gov-dossier-form>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Apply online from the procedure’s versioned form definition: steps, every field kind, attachments, check your answers, ' +
          'one idempotent submission and a receipt. Drafts are kept on the device unless `drafts="off"`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<FormArgs>;

// ------------------------------------------------------------ the five hand-written forms and a generated one

/** Tờ khai đăng ký khai sinh: conditions, addresses, dates, attachments with a template. */
export const BirthRegistration: Story = {};
/** Cấp giấy phép xây dựng: numbers with bounds, patterns with their messages. */
export const ConstructionPermit: Story = { args: { procedure: CONSTRUCTION_PERMIT } };
/** Đăng ký hộ kinh doanh: checkboxes, a pattern on the business name. */
export const BusinessHousehold: Story = { args: { procedure: BUSINESS_HOUSEHOLD } };
/** Cấp phiếu lý lịch tư pháp: sections shown by a condition. */
export const JudicialRecord: Story = { args: { procedure: JUDICIAL_RECORD } };
/** Đăng ký thường trú: several conditions on one answer. */
export const PermanentResidence: Story = { args: { procedure: PERMANENT_RESIDENCE } };
/** Any other online procedure gets the generic form. */
export const GenericForm: Story = { args: { procedure: '1.001022' } };

/** With the applicant's data from the portal's login: prefilled, still editable. */
export const Prefilled: Story = { args: { applicant: APPLICANT } };

// ------------------------------------------------------------ contract 1.1: who applies, groups, provenance (issue #16)

/** A business filing through an authorised representative: the identity questions of that type, the tax code checked. */
export const BusinessThroughRepresentative: Story = {
  args: { procedure: CONSTRUCTION_PERMIT },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('gov-dossier-form')!;
    await untilState(form, ['filling']);
    const root = form.shadowRoot!;
    const choose = (selector: string) => (root.querySelector(selector) as HTMLInputElement).click();
    choose('[data-field="\u241Ftype"] input[value="business"]');
    await form.updateComplete;
    choose('[data-field="\u241FonBehalf"] input');
    await form.updateComplete;
    choose('[data-field="\u241Fbasis"] input[value="authorised"]');
    await form.updateComplete;
  },
};

/** The members of a household business: a repeating group ("Thêm thành viên", "Xóa"), shown by a condition. */
export const RepeatingGroup: Story = {
  args: { procedure: BUSINESS_HOUSEHOLD },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('gov-dossier-form')!;
    await untilState(form, ['filling']);
    (form.shadowRoot!.querySelector('[data-field="ownerKind"] input[value="ho-gia-dinh"]') as HTMLInputElement).click();
    await form.updateComplete;
    (form.shadowRoot!.querySelector('.group-add') as HTMLButtonElement).click();
    await form.updateComplete;
  },
};

/** Prefilled answers with their sources (contract 1.1 `PrefillEntry`): "Từ tài khoản VNeID", "Từ Cơ sở dữ liệu quốc gia về dân cư". */
export const PrefillProvenance: Story = {
  args: {
    applicant: [
      { key: 'fullName', value: 'Nguyễn Văn An', source: 'vneid' },
      { key: 'nationalId', value: '001090012345', source: 'vneid' },
      { key: 'phone', value: '0912345678', source: 'host' },
      { key: 'address', value: { provinceCode: '01', communeCode: '00004', street: '12 Phố Đội Cấn' }, source: 'population-db' },
    ],
  },
};

/** A prefilled answer the definition keeps read-only (`prefillReadOnly`): shown as text with its source. */
export const PrefillReadOnly: Story = {
  args: {
    applicant: [
      { key: 'fullName', value: 'Nguyễn Văn An', source: 'vneid' },
      { key: 'ethnicity', value: '01', source: 'population-db' },
    ],
    definition: {
      procedureCode: BIRTH_REGISTRATION,
      version: 'story-read-only',
      title: 'Tờ khai',
      steps: [
        {
          id: 'a',
          title: 'Người yêu cầu',
          fields: [
            { id: 'name', kind: 'text', label: 'Họ, chữ đệm và tên', required: true, prefill: 'fullName', prefillReadOnly: true },
            { id: 'ethnicity', kind: 'select', label: 'Dân tộc', prefill: 'ethnicity', prefillReadOnly: true, options: [{ value: '01', label: 'Kinh' }, { value: '02', label: 'Tày' }] },
            { id: 'phone', kind: 'phone', label: 'Số điện thoại', required: true, prefill: 'phone' },
          ],
        },
      ],
      attachments: [],
    },
  },
};

/** Inside a host page whose outline puts the form under an `<h2>`: its headings start at `<h3>`. */
export const HeadingLevel3: Story = { args: { headingLevel: 3 } };

// ------------------------------------------------------------ states

/** Waiting for the form definition. */
export const Loading: Story = {
  parameters: { msw: { handlers: [http.get(FORM, () => delay('infinite'))] } },
};

/** The definition could not be loaded; "Thử lại" loads it again. */
export const LoadError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(FORM, () =>
          HttpResponse.json(
            { type: 'https://motcua.dev/problems/server-error', title: 'Lỗi hệ thống', status: 500 },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
};

/** The server sent a definition that breaks the contract. */
export const InvalidDefinition: Story = {
  parameters: { msw: { handlers: [http.get(FORM, () => HttpResponse.json({ procedureCode: BIRTH_REGISTRATION, steps: 'none' }))] } },
};

/** No online form for this procedure (404). */
export const NotOnline: Story = { args: { procedure: '9.999999' } };

/** The browser has no network; the form loads by itself when it comes back. */
export const Offline: Story = {
  parameters: { msw: { handlers: [http.get(FORM, () => HttpResponse.error())] } },
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => {
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
    };
  },
};

/**
 * The part of the form past its steps (documents, review, submission) could not be downloaded,
 * the network gone since the first step showed: the applicant stays on the step, with what they
 * entered, and is told; the part is fetched again when the network is back.
 */
export const LaterPartFailed: Story = {
  args: {
    procedure: '',
    definition: {
      procedureCode: BIRTH_REGISTRATION,
      version: 'story-later',
      title: 'Tờ khai đăng ký khai sinh',
      steps: [{ id: 'one', title: 'Người yêu cầu', fields: [{ id: 'name', kind: 'text', label: 'Họ và tên', required: true }] }],
      attachments: [{ documentCode: 'GCS', name: 'Giấy chứng sinh', required: true, accept: ['application/pdf'], maxBytes: 5_000_000, maxFiles: 1 }],
    },
  },
  beforeEach: () => {
    const load = laterLoader.load;
    laterLoader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    return () => {
      laterLoader.load = load;
    };
  },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await ready(form);
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('[data-field="name"] input')!;
    input.value = 'Nguyễn Văn An';
    input.dispatchEvent(new Event('input'));
    await press(form, 'Tiếp tục');
    await until(() => !!form.shadowRoot!.querySelector('.later-failed'), 'the notice of the part that did not come');
  },
};

/** "Tiếp tục" with nothing answered: inline errors and the error summary, focused. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await ready(form);
    await press(form, 'Tiếp tục');
  },
};

/** The attachments step: a file uploaded, one refused before upload, one that failed to upload. */
export const Attachments: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
  parameters: {
    msw: {
      handlers: [
        http.post('/api/v1/attachments', async ({ request }) => {
          const file = (await request.clone().formData()).get('file') as File;
          if (file.name.startsWith('mat-mang')) return HttpResponse.error();
          return undefined;
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await restored(form);
    for (let step = 0; step < 4; step++) await press(form, 'Tiếp tục');
    const choose = async (code: string, files: File[]) => {
      const input = form.shadowRoot!.querySelector<HTMLInputElement>(`[data-document="${code}"] input[type="file"]`)!;
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await form.updateComplete;
    };
    await choose('GCS', [new File(['%PDF-1.7'], 'giay-chung-sinh.pdf', { type: 'application/pdf' })]);
    await choose('GCNKH', [new File(['x'], 'ket-hon.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })]);
    await choose('UQ', [new File(['%PDF-1.7'], 'mat-mang-uy-quyen.pdf', { type: 'application/pdf' })]);
    await until(() => form.shadowRoot!.querySelectorAll('.file.done, .file.failed').length === 2, 'both uploads settled');
  },
};

/** Check your answers: every answer and file with a "change" link, and the declaration. */
export const Review: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
  play: async ({ canvasElement }) => toReview(formIn(canvasElement)),
};

/** Submitted: the dossier code, the times, what comes next, print and track. */
export const Submitted: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toReview(form);
    await declareAndSubmit(form);
    await until(() => form.state === 'submitted', 'the receipt');
  },
};

/**
 * No answer to the submission (a dropped connection): the dossier may exist, so the answers
 * are held as sent and "Nộp lại" resends them with the same key.
 */
export const SubmitFailed: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
  parameters: { msw: { handlers: [http.post('/api/v1/dossiers', () => HttpResponse.error())] } },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toReview(form);
    await declareAndSubmit(form);
    await until(() => !!form.shadowRoot!.querySelector('.submit-error'), 'the submit error');
  },
};

/** The gateway answered 503: the outcome is unknown, as after a dropped connection. */
export const UncertainSubmit: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
  parameters: {
    msw: {
      handlers: [
        http.post('/api/v1/dossiers', () =>
          HttpResponse.json(
            { type: 'https://motcua.dev/problems/unavailable', title: 'Dịch vụ tạm ngừng', status: 503 },
            { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toReview(form);
    await declareAndSubmit(form);
    await until(() => !!form.shadowRoot!.querySelector('.submit-error'), 'the unknown outcome');
  },
};

/** "Sửa bản khai và nộp thành hồ sơ mới" after an unknown outcome: the confirmation it needs. */
export const ConfirmNewDossier: Story = {
  ...UncertainSubmit,
  play: async (context) => {
    await UncertainSubmit.play!(context);
    const form = formIn(context.canvasElement);
    form.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    await until(() => !!form.shadowRoot!.querySelector('.confirm-new'), 'the confirmation');
  },
};

/** 429 on submit: "Nộp lại" waits for Retry-After (45 s here), counting down. */
export const RateLimited: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
  parameters: {
    msw: {
      handlers: [
        http.post('/api/v1/dossiers', () =>
          HttpResponse.json(
            { type: 'https://motcua.dev/problems/too-many-requests', title: 'Quá nhiều yêu cầu', status: 429, retryAfter: 45 },
            { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '45' } },
          ),
        ),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toReview(form);
    await declareAndSubmit(form);
    await until(() => !!form.shadowRoot!.querySelector('#submit-wait'), 'the countdown');
  },
};

/** 201 with a receipt that breaks the contract: submitted, with the code read from it, and said so. */
export const IncompleteReceipt: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
  parameters: {
    msw: { handlers: [http.post('/api/v1/dossiers', () => HttpResponse.json({ code: '000.00.01.H22-261122-0042', status: 'đã nhận' }, { status: 201 }))] },
  },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toReview(form);
    await declareAndSubmit(form);
    await until(() => form.state === 'submitted', 'the receipt');
  },
};

/** The server refused answers (422): the applicant is taken to the question. */
export const ServerValidation: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
  parameters: {
    msw: {
      handlers: [
        http.post('/api/v1/dossiers', () =>
          HttpResponse.json(
            {
              type: 'https://motcua.dev/problems/validation-failed',
              title: 'Dữ liệu chưa hợp lệ',
              status: 422,
              errors: [{ field: 'answers.childName', code: 'format', message: 'Tên của trẻ có ký tự không hợp lệ' }],
            },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toReview(form);
    await declareAndSubmit(form);
    await until(() => form.state === 'filling', 'a step of the form');
  },
};

/**
 * The form changed while the applicant filled it (409): the new version is loaded, the
 * answers kept, and the applicant told what changed. This story has a back end of its own
 * so that it can publish a new version of the form.
 */
const versionMock = createMockApi({ baseUrl: '/version-story/api/v1' });
export const FormVersionChanged: Story = {
  args: { apiBase: '/version-story/api/v1', drafts: 'on' },
  parameters: { msw: { handlers: versionMock.handlers } },
  beforeEach: () => {
    versionMock.reset();
    return seedDraft();
  },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toReview(form);
    versionMock.store.forms.bump(BIRTH_REGISTRATION, (definition) => {
      const child = definition.steps[1]!;
      child.fields = child.fields.filter((field) => field.id !== 'hometown');
      child.fields.push({ id: 'childNickname', kind: 'text', label: 'Tên gọi ở nhà', required: true, maxLength: 50 });
    });
    await declareAndSubmit(form);
    await until(() => !!form.shadowRoot!.querySelector('.version-notice'), 'the version notice');
  },
};

/**
 * A draft was found on the device: before anything of it is shown, the applicant is asked
 * whether it is theirs (shared computers), with "Tiếp tục" and "Bắt đầu lại".
 */
export const RestorePrompt: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
};

/** The draft was confirmed and restored: the applicant is told when it was saved and can start again. */
export const DraftRestored: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
  play: async ({ canvasElement }) => restored(formIn(canvasElement)),
};

/** A draft left on the parents' step: after "Tiếp tục" the applicant is back on that step, not the first. */
export const DraftRestoredToStep: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft('cha-me'),
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await restored(form);
    await until(() => form.currentPage === 2, 'the parents’ step');
  },
};

/** Kiosk setting (`drafts="off"`): nothing is kept on the computer, and the applicant is told so. */
export const Kiosk: Story = { args: { drafts: 'off' } };

/** "Xóa dữ liệu đã lưu trên máy này" pressed: the confirmation before every draft on the device goes. */
export const ClearDevice: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await ready(form);
    form.shadowRoot!.querySelector<HTMLButtonElement>('.device-clear')!.click();
    await until(() => !!form.shadowRoot!.querySelector('.device-confirm'), 'the confirmation');
  },
};

/** Another tab of the browser, a same-origin frame here, writes or removes this form's draft. */
async function otherTab(change: (storage: Storage, key: string) => void): Promise<() => void> {
  const frame = document.createElement('iframe');
  frame.title = 'another tab';
  frame.hidden = true;
  document.body.append(frame);
  change(frame.contentWindow!.localStorage, draftKey({ procedure: BIRTH_REGISTRATION }));
  return () => frame.remove();
}

/** The same form was saved in another tab: nothing is saved here until the applicant chooses. */
export const TwoTabConflict: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await restored(form);
    const draft = {
      form: birthRegistrationShape(),
      answers: new Map(Object.entries({ ...BIRTH_ANSWERS, requesterName: 'Trần Thị Bình', relationship: 'me' })),
      attachments: new Map(),
      savedAt: new Date().toISOString(),
      writer: 'another-tab',
    };
    const close = await otherTab((storage, key) => storage.setItem(key, storedText(draft)));
    await until(() => !!form.shadowRoot!.querySelector('.tab-notice'), 'the notice of the other tab');
    close();
  },
};

/** Another tab submitted this application: this tab neither saves nor submits it again. */
export const SubmittedInAnotherTab: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await restored(form);
    const close = await otherTab((storage, key) => {
      storage.setItem(key, JSON.stringify({ v: 2, submittedAt: new Date().toISOString(), writer: 'another-tab' }));
      storage.removeItem(key);
    });
    await until(() => !!form.shadowRoot!.querySelector('.tab-submitted'), 'the word of the other tab');
    close();
  },
};

/**
 * The browser's storage is full: nothing is saved, and the applicant is told. (A procedure no
 * other story keeps a draft of: stories share the origin's storage.)
 */
export const StorageFull: Story = {
  args: { drafts: 'on', procedure: CONSTRUCTION_PERMIT },
  beforeEach: () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    return () => {
      Storage.prototype.setItem = setItem;
    };
  },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await ready(form);
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('.page input.input')!;
    input.value = 'Trần Thị Bình';
    input.dispatchEvent(new Event('input'));
    await until(() => !!form.shadowRoot!.querySelector('.storage-notice'), 'the storage notice');
  },
};

// ------------------------------------------------------------ each field kind

const OPTIONS = [
  { value: 'a', label: 'Lựa chọn thứ nhất' },
  { value: 'b', label: 'Lựa chọn thứ hai' },
];

const KIND_FIELDS: Record<FieldKind, Field> = {
  text: { id: 'text', kind: 'text', label: 'Họ, chữ đệm và tên', hint: 'Viết có dấu', required: true, minLength: 2, maxLength: 100 },
  textarea: { id: 'textarea', kind: 'textarea', label: 'Nội dung đề nghị', required: true, minLength: 10, maxLength: 2000 },
  number: { id: 'number', kind: 'number', label: 'Số bản sao', required: true, min: 1, max: 10 },
  email: { id: 'email', kind: 'email', label: 'Thư điện tử', hint: 'Để nhận thông báo về hồ sơ' },
  phone: { id: 'phone', kind: 'phone', label: 'Số điện thoại di động', required: true },
  date: { id: 'date', kind: 'date', label: 'Ngày sinh', required: true, min: '1900-01-01' },
  select: { id: 'select', kind: 'select', label: 'Quan hệ với trẻ', required: true, options: OPTIONS },
  radio: { id: 'radio', kind: 'radio', label: 'Giới tính', required: true, options: OPTIONS },
  checkbox: { id: 'checkbox', kind: 'checkbox', label: 'Tôi đồng ý nhận kết quả qua bưu chính', required: true },
  checkboxes: { id: 'checkboxes', kind: 'checkboxes', label: 'Ngành nghề kinh doanh', required: true, options: OPTIONS },
  'national-id': { id: 'national-id', kind: 'national-id', label: 'Số định danh cá nhân', required: true },
  address: { id: 'address', kind: 'address', label: 'Nơi cư trú', required: true },
  section: { id: 'section', kind: 'section', label: 'Thông tin người mẹ', hint: 'Khai theo giấy tờ tùy thân của mẹ' },
  note: { id: 'note', kind: 'note', label: 'Bản sao trích lục khai sinh có thu phí 8.000 đồng mỗi bản.' },
  // Contract 1.1: no story yet, the element renders groups with issue 16.
  group: { id: 'group', kind: 'group', label: 'Thành viên hộ gia đình', itemLabel: 'Thành viên', minItems: 1, fields: [{ id: 'name', kind: 'text', label: 'Họ và tên', required: true }] },
};

function kindForm(kind: FieldKind): FormDefinition {
  return {
    procedureCode: BIRTH_REGISTRATION,
    version: `preview-${kind}`,
    title: `Loại câu hỏi: ${kind}`,
    steps: [{ id: kind, title: `Câu hỏi loại “${kind}”`, fields: [KIND_FIELDS[kind]] }],
    attachments: [],
  };
}

/** One question of a kind, then "Tiếp tục" pressed so its error shows (display kinds have none). */
const kindStory = (kind: FieldKind): Story => ({
  args: { procedure: '', definition: kindForm(kind) },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await ready(form);
    if (kind !== 'section' && kind !== 'note' && kind !== 'email') await press(form, 'Tiếp tục');
  },
});

export const KindText = kindStory('text');
export const KindTextarea = kindStory('textarea');
export const KindNumber = kindStory('number');
export const KindEmail = kindStory('email');
export const KindPhone = kindStory('phone');
export const KindDate = kindStory('date');
export const KindSelect = kindStory('select');
export const KindRadio = kindStory('radio');
export const KindCheckbox = kindStory('checkbox');
export const KindCheckboxes = kindStory('checkboxes');
export const KindNationalId = kindStory('national-id');
export const KindAddress = kindStory('address');

/**
 * The address typed into (issue #20): Hà Nội chosen by typing "ha noi" and Enter, then "đình"
 * typed in the commune combobox, whose filtered list is open, the count announced.
 */
export const AddressComboboxOpen: Story = {
  args: { procedure: '', definition: kindForm('address') },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await ready(form);
    const box = (part: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`[role="combobox"][id$="-${part}"]`);
    const typeIn = (input: HTMLInputElement, text: string) => {
      input.focus();
      input.value = text;
      input.dispatchEvent(new Event('input'));
    };
    await until(() => !!box('province'), 'the province combobox');
    typeIn(box('province')!, 'ha noi');
    box('province')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await until(() => !!box('commune'), 'the commune combobox');
    typeIn(box('commune')!, 'đình');
    await until(() => box('commune')!.getAttribute('aria-expanded') === 'true', 'the communes found');
  },
};
export const KindSection = kindStory('section');
export const KindNote = kindStory('note');

// ------------------------------------------------------------ a definition that cannot be used

/** The definition has two questions with one id: reported as unusable, never merged. */
export const DuplicateIds: Story = {
  args: {
    procedure: '',
    definition: {
      ...kindForm('text'),
      steps: [{ id: 's', title: 'Câu hỏi', fields: [KIND_FIELDS.text, { ...KIND_FIELDS.text, label: 'Cùng mã' }] }],
    },
  },
};

// ------------------------------------------------------------ after the questions (#16, #20)

/** The review in a narrow column of a wide page: one "Thay đổi" per step, by the element's own width. */
export const ReviewNarrowColumn: Story = {
  args: { drafts: 'on' },
  beforeEach: () => seedDraft(),
  render: (args, context) => html`<div class="story-narrow-column" style="max-width: 22rem">${meta.render!(args, context)}</div>`,
  play: async ({ canvasElement }) => toReview(formIn(canvasElement)),
};

/** The headings one level down (`heading-level="3"`), for a portal that puts the form under its own h2. */
export const HeadingLevelThree: Story = {
  args: { drafts: 'on', headingLevel: 3 },
  beforeEach: () => seedDraft(),
  play: async ({ canvasElement }) => toReview(formIn(canvasElement)),
};

const CODE = '000.20.01.H22-261207-0042';
const PAYMENT = {
  id: 'pay_story',
  stage: 'submission' as const,
  createdAt: '2026-12-07T09:30:00+07:00',
  items: [{ kind: 'le-phi' as const, name: 'Lệ phí cấp Phiếu lý lịch tư pháp', amount: 100000, quantity: 1, unitAmount: 100000, unit: 'Phiếu' }],
  amount: 100000,
  currency: 'VND' as const,
  dueDate: '2026-12-09',
  platform: 'dvcqg' as const,
};
const RECEIPT = {
  code: CODE,
  status: 1,
  submittedAt: '2026-12-07T09:30:00+07:00',
  expectedReturnDate: '2026-12-21',
  appointmentAt: '2026-12-21T14:00:00+07:00',
  procedure: { code: JUDICIAL_RECORD, name: 'Cấp Phiếu lý lịch tư pháp' },
  paymentRequests: [{ ...PAYMENT, state: 'pending' as const }],
};

/** The lookup after the return from the payment platform, with the payment in `state`. */
function lookupAnswers(state: 'paid' | 'pending' | 'processing') {
  return http.post('/api/v1/dossiers/lookup', () =>
    HttpResponse.json({
      code: CODE,
      procedure: RECEIPT.procedure,
      applicantName: 'Nguyễn V. A.',
      status: 1,
      submittedAt: RECEIPT.submittedAt,
      overdue: false,
      timeliness: null,
      agency: { name: 'Sở Tư pháp tỉnh Thái Nguyên' },
      history: [{ at: RECEIPT.submittedAt, status: 1 }],
      paymentRequests: [
        state === 'paid'
          ? { ...PAYMENT, state, paidAt: '2026-12-07T09:41:00+07:00', receiptUrl: 'https://motcua.dev/bien-lai/pay_story.pdf' }
          : { ...PAYMENT, state },
      ],
    }),
  );
}

/** Back from the payment platform: this tab's record of the trip, as the form wrote it before leaving. */
function seedTrip(): () => void {
  const key = `motcua:dossier-payment:v1:${BIRTH_REGISTRATION}:`;
  sessionStorage.setItem(key, JSON.stringify({ receipt: RECEIPT, paymentId: PAYMENT.id, verifier: '5678', returnUrl: location.href }));
  return () => sessionStorage.removeItem(key);
}

/** Submitted, the fee due with the submission: "Thanh toán 100.000 đồng" hands the applicant to the payment platform. */
export const PaymentDue: Story = {
  args: { drafts: 'on', applicant: APPLICANT },
  beforeEach: () => seedDraft(),
  parameters: { msw: { handlers: [http.post('/api/v1/dossiers', () => HttpResponse.json(RECEIPT, { status: 201 }))] } },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toReview(form);
    await declareAndSubmit(form);
    await until(() => !!form.shadowRoot!.querySelector('.payment-pending'), 'the payment due');
  },
};

/** Back from the payment platform, paid: the time of payment and the electronic receipt. */
export const PaymentPaid: Story = {
  beforeEach: () => seedTrip(),
  parameters: { msw: { handlers: [lookupAnswers('paid')] } },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await until(() => !!form.shadowRoot?.querySelector('.payment-paid'), 'the payment paid');
  },
};

/** Back from the payment platform without paying (given up, refused): "Thanh toán lại". */
export const PaymentFailed: Story = {
  beforeEach: () => seedTrip(),
  parameters: { msw: { handlers: [lookupAnswers('pending')] } },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await until(() => !!form.shadowRoot?.querySelector('.payment-failed'), 'the payment failed');
  },
};

/** Back from the payment platform, its confirmation not in yet: "Kiểm tra lại kết quả thanh toán". */
export const PaymentWaiting: Story = {
  beforeEach: () => seedTrip(),
  parameters: { msw: { handlers: [lookupAnswers('processing')] } },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await until(() => !!form.shadowRoot?.querySelector('.payment-processing'), 'the payment waiting');
  },
};
