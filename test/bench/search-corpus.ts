/**
 * 10,000 procedures for the search benchmark, made from the mock catalogue's own material
 * (src/mocks/catalogue-data.ts, well-known.ts): every `action + subject + qualifier` of every
 * sector, each at the levels the national database lists a procedure at ("… (thực hiện tại
 * cấp tỉnh)"), with the sector's keywords and a one-line description, as the mock indexes them.
 * About 2,300 names in 5 forms (the fifth, "liên thông", to reach 10,000): the vocabulary is
 * the catalogue's, the size that of a large province's catalogue.
 */
import { SECTORS } from '../../src/mocks/catalogue-data.js';
import type { SearchDocument } from '../../src/mocks/search/index.js';
import { WELL_KNOWN } from '../../src/mocks/well-known.js';

const LEVEL_FORMS = ['', ' (thực hiện tại cấp xã)', ' (thực hiện tại cấp tỉnh)', ' (thực hiện tại cấp trung ương)', ' (liên thông)'];

export function benchCorpus(size = 10_000): SearchDocument[] {
  const documents: SearchDocument[] = WELL_KNOWN.map((known) => ({
    name: known.name,
    code: known.code,
    keywords: known.keywords,
    description: known.description ?? '',
    popularity: 1,
  }));
  const names: Array<{ name: string; sector: (typeof SECTORS)[number] }> = [];
  for (const sector of SECTORS) {
    for (const action of sector.actions) {
      for (const subject of sector.subjects) {
        for (const qualifier of sector.qualifiers) names.push({ name: `${action} ${subject}${qualifier}`, sector });
      }
    }
  }
  for (const form of LEVEL_FORMS) {
    for (const { name, sector } of names) {
      if (documents.length >= size) return documents;
      documents.push({
        name: name + form,
        code: `${documents.length % 3 === 0 ? 2 : 1}.${String(documents.length).padStart(6, '0')}`,
        keywords: [...sector.keywords, sector.name],
        description: `${name} thuộc lĩnh vực ${sector.name}, do ${sector.department} thẩm định.`,
      });
    }
  }
  return documents;
}

/** What a citizen types: the ten queries of the search tests and a few more, typed letter by letter. */
export const BENCH_QUERIES: readonly string[] = [
  'dang ki khai sinh',
  'làm giấy khai sinh',
  'xin cấp lại CCCD',
  'lý lịch tư pháp',
  'lí lịch tu phap',
  'đăng ký thường trú',
  'hộ khẩu',
  'sổ đỏ',
  'giấy phép xây dựng',
  'kết hôn',
  'cap doi giay phep lai xe',
  'ho kinh doanh',
  '1.001193',
];

/** Every prefix of every query, as the search box sends them while typing. */
export function typedQueries(queries: readonly string[] = BENCH_QUERIES): string[] {
  return queries.flatMap((query) => Array.from({ length: query.length }, (_, index) => query.slice(0, index + 1)));
}
