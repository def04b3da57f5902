/**
 * The words citizens use for procedures, as data that the mock back end and a real back end
 * share. What the search does with them is in docs/search.md ("Synonyms"), which also shows
 * how a back end in another language gets them as JSON. Data only: no code below.
 *
 * Provenance. Written by the motcua maintainers (issue #20, 2026) from three kinds of source,
 * named per group in `source`:
 *  - `names`: the official names and short names in the national procedure database
 *    (Cơ sở dữ liệu quốc gia về thủ tục hành chính), e.g. "Giấy chứng nhận quyền sử dụng đất",
 *    and the laws behind them (Luật Căn cước 2023, Luật Cư trú 2020, Luật Hộ tịch 2014);
 *  - `usage`: what people call them in everyday Vietnamese, as the questions sent to the
 *    ministries' Q&A pages and the press write them ("làm giấy khai sinh", "sổ đỏ", "KT3");
 *  - `retired`: names of documents that were replaced but are still searched for (CMND since
 *    Luật Căn cước công dân 2014, sổ hộ khẩu since Luật Cư trú 2020 took effect in 2023).
 * No group is machine-made. Extend it the same way: add a phrase to a group (or a group) with
 * its source, run `npx wtr test/mocks/search-queries.test.ts test/mocks/search-index.test.ts`,
 * and add the query that needed it to the queries test, so the reason stays checked.
 *
 * Rules for the data (checked by test/mocks/search-index.test.ts):
 *  - phrases are written as a citizen would, with diacritics (they also match when typed
 *    without); acronyms in capitals;
 *  - one meaning per group, and a phrase in one group only;
 *  - `weak` marks generic action words (làm, xin, cấp…): they rank results but a result
 *    needs the query's other words, so "làm giấy khai sinh" lists birth registrations only.
 */

export interface SynonymGroup {
  /** Phrases that mean the same thing to a citizen looking for a procedure. */
  readonly phrases: readonly string[];
  /** Generic action words: matching them ranks, not matching them does not exclude. */
  readonly weak?: boolean;
  /** Where the phrases come from (see above). */
  readonly source: 'names' | 'usage' | 'retired' | 'names, usage' | 'names, retired' | 'usage, retired';
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  // Actions. "Làm" and "xin" are how people say they want a paper; the names say "cấp"
  // (issue) or "đăng ký" (register) for the same request.
  { phrases: ['làm', 'xin', 'xin cấp', 'cấp', 'cấp mới', 'đăng ký', 'đề nghị cấp'], weak: true, source: 'names, usage' },
  { phrases: ['cấp lại', 'làm lại', 'xin cấp lại', 'xin lại'], weak: true, source: 'names, usage' },
  { phrases: ['cấp đổi', 'đổi', 'đổi lại', 'xin đổi'], weak: true, source: 'names, usage' },
  // Documents and events.
  {
    phrases: ['căn cước', 'thẻ căn cước', 'căn cước công dân', 'CCCD', 'chứng minh nhân dân', 'CMND', 'chứng minh thư', 'CMT'],
    source: 'names, retired',
  },
  { phrases: ['khai sinh', 'giấy khai sinh'], source: 'names, usage' },
  { phrases: ['khai tử', 'giấy chứng tử', 'báo tử'], source: 'names, usage' },
  { phrases: ['kết hôn', 'giấy chứng nhận kết hôn', 'giấy đăng ký kết hôn', 'cưới'], source: 'names, usage' },
  {
    phrases: [
      'giấy chứng nhận quyền sử dụng đất',
      'sổ đỏ',
      'sổ hồng',
      'bìa đỏ',
      'bìa hồng',
      'GCN QSDĐ',
      'GCNQSDĐ',
      'giấy chứng nhận quyền sở hữu nhà ở',
    ],
    source: 'names, usage',
  },
  { phrases: ['thường trú', 'hộ khẩu', 'sổ hộ khẩu', 'nhập hộ khẩu', 'chuyển hộ khẩu', 'chuyển khẩu'], source: 'names, retired' },
  { phrases: ['tạm trú', 'sổ tạm trú', 'KT3'], source: 'names, retired' },
  { phrases: ['lý lịch tư pháp', 'LLTP', 'phiếu LLTP'], source: 'names, usage' },
  { phrases: ['giấy phép xây dựng', 'GPXD', 'giấy phép xây nhà', 'phép xây nhà'], source: 'names, usage' },
  { phrases: ['giấy phép lái xe', 'GPLX', 'bằng lái', 'bằng lái xe'], source: 'names, usage' },
  { phrases: ['hộ kinh doanh', 'HKD', 'kinh doanh cá thể'], source: 'names, usage' },
  {
    phrases: ['giấy chứng nhận đăng ký kinh doanh', 'giấy phép kinh doanh', 'GPKD', 'giấy đăng ký kinh doanh'],
    source: 'names, usage',
  },
  // Chứng thực (at the commune) and công chứng (at a notary) differ in law; people say
  // "công chứng" for both, and "sao y" for a certified copy.
  { phrases: ['chứng thực', 'công chứng', 'sao y', 'sao y bản chính'], source: 'usage' },
  { phrases: ['trợ cấp thất nghiệp', 'bảo hiểm thất nghiệp'], source: 'usage' },
];

/**
 * Words that say nothing about which procedure: how people phrase a question around it
 * ("thủ tục làm giấy khai sinh như thế nào", "tôi muốn xin…"). A query ignores them, unless it
 * has nothing else. Prepositions and other short grammar words are here too: names are full
 * of them ("cho", "của", "tại"), so matching them would rank by grammar.
 */
export const STOP_PHRASES: readonly string[] = [
  'thủ tục', 'thủ tục hành chính', 'hồ sơ', 'dịch vụ công', 'trực tuyến', 'online',
  'cách', 'như thế nào', 'thế nào', 'làm sao', 'làm thế nào', 'ở đâu', 'bao lâu', 'bao nhiêu', 'gì', 'nào',
  'tôi', 'em', 'mình', 'muốn', 'cần', 'phải', 'được', 'bị', 'là', 'thì', 'khi', 'để', 'ạ',
  'cho', 'của', 'và', 'các', 'những', 'có', 'tại', 'ở', 'về', 'theo', 'với', 'đối với', 'trong', 'từ', 'đến',
];
