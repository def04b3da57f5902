/**
 * Ten queries as a Vietnamese speaker types them (issue #20): spelling variants, missing
 * diacritics, everyday words for official ones, words around the procedure. Each must put
 * the expected procedure first, asked through the API as an element asks the mock.
 */
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { ApiClient } from '../../src/api/client.js';
import { BIRTH_REGISTRATION, CONSTRUCTION_PERMIT, createMockApi, JUDICIAL_RECORD, PERMANENT_RESIDENCE } from '../../src/mocks/index.js';

const baseUrl = '/t-search/api/v1';
const mock = createMockApi({ baseUrl });
const worker = setupWorker(...mock.handlers);
const client = new ApiClient({ baseUrl, retries: 0 });

/** The mock's names for the procedures the queries must find (generated ones are looked up by name). */
const MARRIAGE = '1.000894';
const REISSUE_ID_CARD = 'Cấp lại thẻ căn cước';
const LAND_CERTIFICATE = 'Cấp Giấy chứng nhận quyền sử dụng đất';

const QUERIES: ReadonlyArray<{ query: string; expected: string; why: string }> = [
  { query: 'dang ki khai sinh', expected: BIRTH_REGISTRATION, why: 'no diacritics, i for y' },
  { query: 'làm giấy khai sinh', expected: BIRTH_REGISTRATION, why: '"làm giấy" for "đăng ký"' },
  { query: 'xin cấp lại CCCD', expected: REISSUE_ID_CARD, why: 'acronym of the old card for "thẻ căn cước"' },
  { query: 'lý lịch tư pháp', expected: JUDICIAL_RECORD, why: 'part of the name' },
  { query: 'lí lịch tu phap', expected: JUDICIAL_RECORD, why: 'lí for lý, some diacritics missing' },
  { query: 'đăng ký thường trú', expected: PERMANENT_RESIDENCE, why: 'the name' },
  { query: 'hộ khẩu', expected: PERMANENT_RESIDENCE, why: 'the retired household book for "thường trú"' },
  { query: 'sổ đỏ', expected: LAND_CERTIFICATE, why: 'everyday name of the land use right certificate' },
  { query: 'giấy phép xây dựng', expected: CONSTRUCTION_PERMIT, why: 'part of the name, the popular one first' },
  { query: 'kết hôn', expected: MARRIAGE, why: 'one word of the name' },
];

describe('search as people type it (mock catalogue, through the API)', () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(() => worker.stop());

  for (const { query, expected, why } of QUERIES) {
    it(`"${query}" (${why}) finds ${expected} first`, async () => {
      const list = await client.searchProcedures({ q: query, pageSize: 5 });
      const first = list.items[0];
      expect(first, `no result for "${query}"`).to.not.equal(undefined);
      expect(/^\d\.\d{6}$/.test(expected) ? first!.code : first!.name, list.items.map((item) => item.name).join(' | ')).to.equal(expected);
    });
  }

  it('answers the same whatever the spelling variant of one query', async () => {
    const variants = ['đăng ký kết hôn', 'dang ky ket hon', 'ĐĂNG KÍ KẾT HÔN', 'đăng kí kết hôn'.normalize('NFD'), 'Ðăng ký kết hôn'];
    const answers = await Promise.all(variants.map((q) => client.searchProcedures({ q, pageSize: 20 })));
    for (const [index, answer] of answers.entries()) {
      expect(answer.items.map((item) => item.code), variants[index]).to.deep.equal(answers[0]!.items.map((item) => item.code));
    }
    expect(answers[0]!.items[0]!.code).to.equal(MARRIAGE);
  });

  it('filters and counts facets over the ranked matches, and pages them in rank order', async () => {
    const all = await client.searchProcedures({ q: 'cấp lại', pageSize: 100 });
    expect(all.total).to.be.greaterThan(20);
    const sectorTotal = (all.facets?.sector ?? []).reduce((sum, facet) => sum + facet.count, 0);
    expect(sectorTotal).to.equal(all.total);
    const second = await client.searchProcedures({ q: 'cấp lại', page: 2, pageSize: 10 });
    expect(second.items.map((item) => item.code)).to.deep.equal(all.items.slice(10, 20).map((item) => item.code));
    const idCards = await client.searchProcedures({ q: 'cấp lại', sector: 'can-cuoc' });
    expect(idCards.items.length).to.be.greaterThan(0);
    expect(idCards.items.every((item) => item.sector.code === 'can-cuoc')).to.equal(true);
    expect(idCards.items[0]!.name).to.equal(REISSUE_ID_CARD);
  });
});
