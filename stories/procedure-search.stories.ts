import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { action } from 'storybook/actions';
import '../src/elements/procedure-search/index.js';
import type { GovProcedureSearch } from '../src/elements/procedure-search/procedure-search.js';
import { BIRTH_REGISTRATION, CONSTRUCTION_PERMIT, createMockApi } from '../src/mocks/index.js';
import { exampleThemes } from '../src/theme/examples.js';
import { until, untilState } from './support/play.js';

/**
 * The citizen's first step: find the procedure, understand it, start applying. Every story
 * runs against the mock back end (about 1,100 procedures); special states replace one
 * endpoint with a handler of their own.
 */
interface SearchArgs {
  query: string;
  sector: string;
  pageSize: number;
  debounce: number;
  syncUrl: boolean;
  headingLevel: number;
}

const PROCEDURES = '/api/v1/procedures';

/** A procedure that can only be filed in person, taken from the same seeded catalogue as the stories' back end. */
const informationOnly = createMockApi({ baseUrl: '/api/v1' }).store.catalogue.records.find(
  (record) => record.summary.onlineLevel === 'none',
)!.summary.code;

function searchIn(canvasElement: HTMLElement): GovProcedureSearch {
  const search = canvasElement.querySelector('gov-procedure-search');
  if (!search) throw new Error('no <gov-procedure-search> in the story');
  return search;
}

/** Waits for the results, then opens the first one as a citizen would. */
async function openFirstResult(canvasElement: HTMLElement): Promise<void> {
  const search = searchIn(canvasElement);
  await untilState(search, ['results']);
  search.shadowRoot!.querySelector<HTMLElement>('.results [data-code]')!.click();
  await until(() => !search.shadowRoot!.querySelector('.detail [aria-busy="true"]'), 'the procedure detail loaded');
  await search.updateComplete;
}

const meta: Meta<SearchArgs> = {
  title: 'Elements/Procedure search',
  component: 'gov-procedure-search',
  tags: ['autodocs'],
  args: { query: '', sector: '', pageSize: 20, debounce: 300, syncUrl: false, headingLevel: 2 },
  argTypes: {
    query: { control: 'text', description: 'Initial query: name, keyword or code, with or without diacritics.' },
    sector: {
      control: 'select',
      options: ['', 'ho-tich', 'xay-dung', 'cu-tru', 'ho-kinh-doanh', 'ly-lich-tu-phap'],
      description: 'Preset sector filter (sector code).',
    },
    pageSize: { control: { type: 'number', min: 1, max: 100 }, description: 'Results per page (1–100).' },
    debounce: { control: { type: 'number', min: 0, step: 50 }, description: 'Typing pause before searching, in ms.' },
    syncUrl: { control: 'boolean', description: 'Keep the query, filters, pages and open procedure in the page URL.' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: 'Level of the top headings (results, procedure name), to fit the host page’s outline.' },
  },
  render: (args) => html`
    <gov-procedure-search
      query=${args.query || nothing}
      sector=${args.sector || nothing}
      page-size=${args.pageSize}
      debounce=${args.debounce}
      sync-url=${args.syncUrl ? '' : nothing}
      heading-level=${args.headingLevel}
      @gov-procedure-select=${(event: CustomEvent) => action('gov-procedure-select')(event.detail)}
    ></gov-procedure-search>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'Search as you type (with or without diacritics, by name, keyword or code such as `1.001193`), ' +
          'filters with counts, highlighted results with “load more”, and the full procedure detail. ' +
          '“Nộp hồ sơ trực tuyến” dispatches `gov-procedure-select` (see the Actions panel).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<SearchArgs>;

// ------------------------------------------------------------ states

/** Before anything is typed: popular procedures and sectors. */
export const Idle: Story = {};

/** The first search is under way: a skeleton the size of the results, so nothing jumps. */
export const Loading: Story = {
  args: { query: 'khai sinh' },
  parameters: { msw: { handlers: [http.get(PROCEDURES, () => delay('infinite'))] } },
};

/** Typed without diacritics; the matched words are highlighted. */
export const Results: Story = { args: { query: 'dang ky khai sinh' } };

/** Found by the procedure code. */
export const ByCode: Story = { args: { query: CONSTRUCTION_PERMIT } };

/** A preset sector filter combined with a query, five results a page. */
export const FilteredWithLoadMore: Story = { args: { query: 'cap', sector: 'xay-dung', pageSize: 5 } };

/** Nothing matches: the query, tips, and ways out. */
export const Empty: Story = { args: { query: 'xyzzy khong ton tai' } };

/** Filters that exclude everything: "search again without filters". */
export const EmptyBecauseOfFilters: Story = { args: { query: 'khai sinh', sector: 'xay-dung' } };

/** The back end failed; "Thử lại" retries. */
export const ServerError: Story = {
  args: { query: 'khai sinh' },
  parameters: {
    msw: {
      handlers: [
        http.get(PROCEDURES, () =>
          HttpResponse.json(
            { type: 'https://motcua.dev/problems/server-error', title: 'Lỗi hệ thống', status: 500 },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
};

/** The back end answered with data that breaks the contract. */
export const InvalidResponse: Story = {
  args: { query: 'khai sinh' },
  parameters: { msw: { handlers: [http.get(PROCEDURES, () => HttpResponse.json({ items: 'not-a-list', total: -1 }))] } },
};

/** The browser has no network; the search runs again when it comes back. */
export const Offline: Story = {
  args: { query: 'khai sinh' },
  parameters: { msw: { handlers: [http.get(PROCEDURES, () => HttpResponse.error())] } },
  play: async ({ canvasElement }) => {
    // The client tells "offline" from "network" by navigator.onLine; pretend while this search fails.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await untilState(searchIn(canvasElement), ['offline', 'error']);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
    }
  },
};

/** A procedure's detail: channels, cases with steps and documents, legal basis, where to apply. */
export const Detail: Story = {
  args: { query: BIRTH_REGISTRATION },
  play: ({ canvasElement }) => openFirstResult(canvasElement),
};

/** A procedure that cannot be filed online says where to apply in person. */
export const DetailInformationOnly: Story = {
  args: { query: informationOnly },
  play: ({ canvasElement }) => openFirstResult(canvasElement),
};

/** The detail is loading: its title is known from the result, the rest is a skeleton. */
export const DetailLoading: Story = {
  args: { query: BIRTH_REGISTRATION },
  parameters: { msw: { handlers: [http.get(`${PROCEDURES}/:code`, () => delay('infinite'))] } },
  play: async ({ canvasElement }) => {
    const search = searchIn(canvasElement);
    await untilState(search, ['results']);
    search.shadowRoot!.querySelector<HTMLElement>('.results [data-code]')!.click();
    await search.updateComplete;
  },
};

/** The same search in English (the toolbar switches every story). */
export const English: Story = {
  args: { query: 'giay phep xay dung' },
  globals: { locale: 'en' },
};

/** An English query against a back end with English texts: the procedures in English too. */
export const EnglishDetail: Story = {
  args: { query: 'birth registration' },
  globals: { locale: 'en' },
  play: ({ canvasElement }) => openFirstResult(canvasElement),
};

const detailOf = (code: string) => `${PROCEDURES}/${code}`;

/**
 * Contract 1.1 fee lines: a lệ phí per unit with who is exempt, a phí "theo quy định" (never
 * shown as free) with its note, a free channel; each agency's online level; "Cấp Bộ".
 */
export const DetailFees: Story = {
  args: { query: CONSTRUCTION_PERMIT },
  parameters: {
    msw: {
      handlers: [
        http.get(detailOf(CONSTRUCTION_PERMIT), () => {
          const fee = (kind: string, name: string, amount: number | null, more: object = {}) => ({ kind, name, amount, currency: 'VND', ...more });
          return HttpResponse.json({
            code: CONSTRUCTION_PERMIT,
            name: 'Cấp giấy phép xây dựng',
            sector: { code: 'xay-dung', name: 'Xây dựng' },
            onlineLevel: 'full',
            processingTime: { value: 15, unit: 'working-day' },
            fee: { amount: 2000, currency: 'VND' },
            updatedAt: '2026-01-01T08:00:00+07:00',
            description: 'Cấp giấy phép xây dựng cho công trình.',
            audiences: ['citizen', 'business'],
            cases: [],
            results: [{ name: 'Giấy phép xây dựng' }],
            legalBasis: [],
            formVersion: '1',
            levels: ['central'],
            agencies: [
              { code: 'bxd', name: 'Bộ Xây dựng', onlineLevel: 'full' },
              { code: 'sxd', name: 'Sở Xây dựng', onlineLevel: 'partial' },
            ],
            feeItems: [fee('le-phi', 'Lệ phí cấp bản sao', 2000, { unit: 'trang' }), fee('phi', 'Phí thẩm định', null)],
            channels: [
              {
                kind: 'online',
                onlineLevel: 'full',
                processingTime: { value: 15, unit: 'working-day' },
                fees: [],
                feeItems: [
                  fee('le-phi', 'Lệ phí cấp bản sao', 2000, { unit: 'trang', exemptions: ['Người có công với cách mạng', 'Hộ nghèo'] }),
                  fee('phi', 'Phí thẩm định', null, { note: 'Theo nghị quyết của Hội đồng nhân dân tỉnh' }),
                ],
              },
              { kind: 'in-person', processingTime: { value: 20, unit: 'working-day' }, fees: [], feeItems: [fee('le-phi', 'Lệ phí', 0)] },
            ],
          });
        }),
      ],
    },
  },
  play: ({ canvasElement }) => openFirstResult(canvasElement),
};

/** The detail could not be loaded: the title names the procedure (never "Đang tải…"), the panel says why and retries. */
export const DetailError: Story = {
  args: { query: BIRTH_REGISTRATION },
  parameters: {
    msw: {
      handlers: [
        http.get(`${PROCEDURES}/:code`, () =>
          HttpResponse.json(
            { type: 'https://motcua.dev/problems/server-error', title: 'Lỗi hệ thống', status: 500 },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
  play: ({ canvasElement }) => openFirstResult(canvasElement),
};

/** On a narrow element (here a 300 px sidebar), the filters fold into "Lọc (2)"; the active filters are chips that remove them. */
export const FiltersFolded: Story = {
  args: { query: 'cap', sector: 'ho-tich' },
  decorators: [(story) => html`<style>.sidebar{max-width:300px;border:1px dashed #737d8c}</style><div class="sidebar">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const search = searchIn(canvasElement);
    search.level = 'commune';
    await untilState(search, ['results', 'empty']);
  },
};

/** The disclosure open on a phone: the four filters under the "Lọc" button. */
export const FiltersOpen: Story = {
  ...FiltersFolded,
  play: async ({ canvasElement }) => {
    const search = searchIn(canvasElement);
    await untilState(search, ['results', 'empty']);
    search.shadowRoot!.querySelector<HTMLElement>('[part="filter-toggle"]')!.click();
    await search.updateComplete;
  },
};

/** Under a host page's `<h2>`: `heading-level="3"` moves every heading one level down. */
export const HeadingLevel: Story = {
  args: { query: 'dang ky khai sinh', headingLevel: 3 },
  decorators: [(story) => html`<h2>Thủ tục hành chính</h2>${story()}`],
};

/** On a 320 px phone. */
export const NarrowPhone: Story = {
  args: { query: 'dang ky' },
  decorators: [(story) => html`<style>.phone{max-width:320px;border:1px dashed #737d8c}</style><div class="phone">${story()}</div>`],
};

const longWord = (word: string) => word.repeat(Math.ceil(120 / word.length));

/** On a 320 px phone, unbroken 120-character names from the server and a right-to-left override: they wrap, and reorder nothing. */
export const LongServerText: Story = {
  args: { query: 'xay dung' },
  decorators: [(story) => html`<style>.phone{max-width:320px;border:1px dashed #737d8c}</style><div class="phone">${story()}</div>`],
  parameters: {
    msw: {
      handlers: [
        http.get(PROCEDURES, () => {
          const item = {
            code: '1.009994',
            name: `${longWord('Cấpgiấyphépxâydựngnhàởriênglẻ')}\u202eعربي`,
            sector: { code: 'xay-dung', name: longWord('Hoạtđộngxâydựng') },
            levels: ['province'],
            agencies: [{ name: longWord('Sởxâydựngtỉnh') }, { name: longWord('Ủybannhândân') }],
            onlineLevel: 'partial',
            processingTime: { value: 15, unit: 'working-day', note: longWord('Kểtừngàynhậnđủhồsơ') },
            fee: { amount: 1_500_000, currency: 'VND' },
            updatedAt: '2026-01-01T08:00:00+07:00',
          };
          const facet = (value: string, word: string) => ({ value, label: longWord(word), count: 1 });
          return HttpResponse.json({
            items: [item],
            total: 1,
            page: 1,
            pageSize: 20,
            facets: { sector: [facet('xay-dung', 'Hoạtđộngxâydựng')], level: [facet('province', 'Cấptỉnh')], onlineLevel: [facet('partial', 'Mộtphần')] },
          });
        }),
      ],
    },
  },
};

// ------------------------------------------------------------ example themes

function themeStory(id: string): Story {
  const theme = exampleThemes.find((candidate) => candidate.id === id);
  if (!theme) throw new Error(`no example theme ${id}`);
  return { name: `Theme: ${theme.name}`, args: { query: 'dang ky khai sinh' }, globals: { theme: id } };
}

/** Themed only through `--gov-*` tokens set by the portal. */
export const ThemeRedHeritage = themeStory('red-heritage');
export const ThemeCoastalTeal = themeStory('coastal-teal');
export const ThemeHighContrast = themeStory('high-contrast');
