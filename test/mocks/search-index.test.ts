import { expect } from '@open-wc/testing';
import { STOP_PHRASES, SYNONYM_GROUPS } from '../../src/api/search-synonyms.js';
import { searchTokens } from '../../src/i18n/fold.js';
import { SearchIndex, requiredMatches, type SearchDocument } from '../../src/mocks/search/index.js';
import { analyzeQuery } from '../../src/mocks/search/query.js';

/** The names of the results of `query`, best first. */
function names(documents: readonly SearchDocument[], query: string): string[] {
  return (new SearchIndex(documents).search(query) ?? []).map((index) => documents[index]!.name);
}

const BIRTH = { name: 'Đăng ký khai sinh', code: '1.001193', keywords: ['giấy khai sinh'], popularity: 1 };
const CATALOGUE: SearchDocument[] = [
  { name: 'Đăng ký kết hôn', code: '1.000894' },
  BIRTH,
  { name: 'Cấp bản sao trích lục khai sinh', code: '1.012066' },
  { name: 'Cấp lại thẻ căn cước', code: '2.013166' },
  { name: 'Cấp thẻ căn cước', code: '1.002002' },
  { name: 'Cấp lại Phiếu lý lịch tư pháp', code: '1.000174' },
  { name: 'Cấp Giấy chứng nhận quyền sử dụng đất', code: '1.009603' },
  { name: 'Đăng ký thường trú', code: '1.004194' },
];

describe('mock search index', () => {
  it('finds the same procedures whatever the spelling: i/y, tone placement, diacritics, đ, case, NFD', () => {
    const expected = names(CATALOGUE, 'Đăng ký khai sinh');
    expect(expected[0]).to.equal('Đăng ký khai sinh');
    for (const query of ['dang ky khai sinh', 'đăng kí khai sinh', 'DANG KI KHAI SINH', 'Đăng ký khai sinh'.normalize('NFD'), 'đăng ky khai sinh']) {
      expect(names(CATALOGUE, query), query).to.deep.equal(expected);
    }
    const harmony = [{ name: 'Xã Hòa An' }, { name: 'Xã Thúy Hà' }, { name: 'Sở Y tế' }];
    expect(names(harmony, 'hoà')).to.deep.equal(['Xã Hòa An']);
    expect(names(harmony, 'Thuý')).to.deep.equal(['Xã Thúy Hà']);
    // y alone is never an i.
    expect(names(harmony, 'y ')).to.deep.equal(['Sở Y tế']);
    expect(names(harmony, 'i ')).to.deep.equal([]);
  });

  it('ranks by how many words match, then where: code, name, keywords, description', () => {
    const documents: SearchDocument[] = [
      { name: 'Khai báo tạm vắng', description: 'Giấy phép xây dựng không cần' },
      { name: 'Gia hạn tạm trú', keywords: ['giấy phép xây dựng'] },
      { name: 'Cấp giấy phép xây dựng' },
      { name: 'Cấp giấy phép di dời công trình' },
    ];
    expect(names(documents, 'giấy phép di dời')).to.deep.equal([
      'Cấp giấy phép di dời công trình',
      'Cấp giấy phép xây dựng',
      'Gia hạn tạm trú',
      'Khai báo tạm vắng',
    ]);
    expect(names(documents, 'giay phep xay dung')).to.deep.equal(['Cấp giấy phép xây dựng', 'Gia hạn tạm trú', 'Khai báo tạm vắng']);
  });

  it('needs at least half of the words, the most matched first', () => {
    expect([1, 2, 3, 4, 5, 6].map(requiredMatches)).to.deep.equal([1, 1, 2, 2, 3, 3]);
    const documents = [{ name: 'Cấp giấy phép lái xe' }, { name: 'Cấp giấy phép xây dựng' }, { name: 'Cấp phù hiệu xe' }];
    expect(names(documents, 'giấy phép xây dựnh')).to.deep.equal(['Cấp giấy phép xây dựng', 'Cấp giấy phép lái xe']);
    expect(names(documents, 'phép xây')).to.deep.equal(['Cấp giấy phép xây dựng', 'Cấp giấy phép lái xe']);
    expect(names(documents, 'zzzz khong co thu tuc nay')).to.deep.equal([]);
  });

  it('needs the words that say what, not the action words: "làm giấy khai sinh" lists birth registrations only', () => {
    expect(names(CATALOGUE, 'làm giấy khai sinh')).to.deep.equal(['Đăng ký khai sinh', 'Cấp bản sao trích lục khai sinh']);
    expect(analyzeQuery('làm giấy khai sinh').map((concept) => [concept.text, concept.weak])).to.deep.equal([
      ['lam', true],
      ['giay khai sinh', false],
    ]);
    // Action words alone still search.
    expect(names(CATALOGUE, 'cấp lại')).to.deep.equal(['Cấp lại thẻ căn cước', 'Cấp lại Phiếu lý lịch tư pháp']);
  });

  it('ignores how a question is phrased around the procedure', () => {
    expect(names(CATALOGUE, 'thủ tục đăng ký khai sinh như thế nào')).to.deep.equal(names(CATALOGUE, 'đăng ký khai sinh'));
    expect(names(CATALOGUE, 'tôi muốn làm giấy khai sinh cho con')).to.deep.equal(names(CATALOGUE, 'làm giấy khai sinh'));
    // …unless there is nothing else.
    expect(names([{ name: 'Hồ sơ mẫu' }], 'hồ sơ')).to.deep.equal(['Hồ sơ mẫu']);
  });

  it('finds by synonyms, and prefers the words typed', () => {
    expect(names(CATALOGUE, 'xin cấp lại CCCD')[0]).to.equal('Cấp lại thẻ căn cước');
    expect(names(CATALOGUE, 'chứng minh nhân dân')).to.deep.equal(['Cấp thẻ căn cước', 'Cấp lại thẻ căn cước']);
    expect(names(CATALOGUE, 'sổ đỏ')).to.deep.equal(['Cấp Giấy chứng nhận quyền sử dụng đất']);
    expect(names(CATALOGUE, 'so do')).to.deep.equal(['Cấp Giấy chứng nhận quyền sử dụng đất']);
    expect(names(CATALOGUE, 'hộ khẩu')).to.deep.equal(['Đăng ký thường trú']);
    // "sơ đồ" (a map) folds like "sổ đỏ" but was typed with other marks: not the land certificate.
    expect(names(CATALOGUE, 'sơ đồ')).to.deep.equal([]);
    // The literal word ranks above its synonym: "đăng ký" above "cấp".
    expect(names(CATALOGUE, 'đăng ký khai sinh')).to.deep.equal(['Đăng ký khai sinh', 'Cấp bản sao trích lục khai sinh']);
  });

  it('prefers the marks typed: "hồ" above "hộ", "ho" for both alike', () => {
    const documents = [{ name: 'Đăng ký hộ kinh doanh' }, { name: 'Khai thác hồ chứa' }];
    expect(names(documents, 'hồ')).to.deep.equal(['Khai thác hồ chứa', 'Đăng ký hộ kinh doanh']);
    expect(names(documents, 'hộ')).to.deep.equal(['Đăng ký hộ kinh doanh', 'Khai thác hồ chứa']);
    // Unmarked, neither is preferred: the shorter name first.
    expect(names(documents, 'ho')).to.deep.equal(['Khai thác hồ chứa', 'Đăng ký hộ kinh doanh']);
  });

  it('completes the last word while it is typed, not once it is finished', () => {
    expect(names(CATALOGUE, 'khai si')).to.deep.equal(['Đăng ký khai sinh', 'Cấp bản sao trích lục khai sinh']);
    expect(names(CATALOGUE, 'kết h')).to.deep.equal(['Đăng ký kết hôn']);
    expect(names(CATALOGUE, 'sin')).to.deep.equal(['Đăng ký khai sinh', 'Cấp bản sao trích lục khai sinh']);
    expect(names(CATALOGUE, 'sin ')).to.deep.equal([]);
  });

  it('finds a procedure by its code or its number, above any name', () => {
    const documents = [{ name: 'Hướng dẫn 1.001193' }, BIRTH];
    expect(names(documents, '1.001193')[0]).to.equal('Đăng ký khai sinh');
    expect(names(documents, '001193')).to.deep.equal(['Đăng ký khai sinh']);
  });

  it('ranks the words next to each other as typed, then the popular, then the shorter name, then catalogue order', () => {
    const documents: SearchDocument[] = [
      { name: 'Cấp giấy phép khai thác khoáng sản làm vật liệu xây dựng' },
      { name: 'Gia hạn giấy phép xây dựng có thời hạn' },
      { name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', popularity: 120 },
      { name: 'Cấp giấy phép xây dựng có thời hạn' },
      { name: 'Điều chỉnh giấy phép xây dựng có thời hạn' },
    ];
    expect(names(documents, 'giấy phép xây dựng')).to.deep.equal([
      'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
      'Cấp giấy phép xây dựng có thời hạn',
      'Gia hạn giấy phép xây dựng có thời hạn',
      'Điều chỉnh giấy phép xây dựng có thời hạn',
    ]);
    // Words: in the order typed, next to each other, beats the same words apart.
    expect(names(documents, 'giấy phép khai thác')[0]).to.equal('Cấp giấy phép khai thác khoáng sản làm vật liệu xây dựng');
    expect(names([{ name: 'Xây dựng giấy phép' }, { name: 'Giấy phép xây dựng' }], 'giấy phép xây')).to.deep.equal([
      'Giấy phép xây dựng',
      'Xây dựng giấy phép',
    ]);
  });

  it('leaves an empty query to the caller (every procedure, in catalogue order)', () => {
    const index = new SearchIndex(CATALOGUE);
    expect(index.search('')).to.equal(undefined);
    expect(index.search('  , ')).to.equal(undefined);
  });

  it('keeps the synonym table well-formed: one group per phrase, none also a stop phrase, each phrase searchable', () => {
    const seen = new Map<string, number>();
    SYNONYM_GROUPS.forEach((group, index) => {
      expect(group.phrases.length, `group ${index}`).to.be.greaterThan(1);
      for (const phrase of group.phrases) {
        const key = searchTokens(phrase)
          .map((token) => token.accent)
          .join(' ');
        expect(key, phrase).not.to.equal('');
        expect(seen.has(key), `"${phrase}" is in groups ${seen.get(key)} and ${index}`).to.equal(false);
        seen.set(key, index);
      }
    });
    for (const phrase of STOP_PHRASES) {
      const key = searchTokens(phrase)
        .map((token) => token.accent)
        .join(' ');
      expect(seen.has(key), `"${phrase}" is a synonym and a stop phrase`).to.equal(false);
    }
  });
});
