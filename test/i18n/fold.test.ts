import { expect } from '@open-wc/testing';
import { fold, foldedWords, matchRanges } from '../../src/i18n/fold.js';

describe('fold', () => {
  it('removes Vietnamese diacritics and case', () => {
    expect(fold('Đăng ký khai sinh')).to.equal('dang ky khai sinh');
    expect(fold('ĐĂNG KÝ THƯỜNG TRÚ')).to.equal('dang ky thuong tru');
    expect(fold('Cấp giấy phép xây dựng')).to.equal('cap giay phep xay dung');
  });

  it('maps đ and Đ, which have no decomposition', () => {
    expect(fold('đ')).to.equal('d');
    expect(fold('Đ')).to.equal('d');
  });

  it('folds decomposed input the same as precomposed input', () => {
    expect(fold('Hộ tịch'.normalize('NFD'))).to.equal(fold('Hộ tịch'));
  });

  it('splits a query into folded words and keeps procedure codes whole', () => {
    expect(foldedWords('  Giấy phép, xây-dựng  ')).to.deep.equal(['giay', 'phep', 'xay', 'dung']);
    expect(foldedWords('1.001193')).to.deep.equal(['1.001193']);
  });
});

describe('matchRanges', () => {
  it('finds folded words in the original text at the original offsets', () => {
    const text = 'Thủ tục đăng ký khai sinh';
    const ranges = matchRanges(text, foldedWords('dang ky'));
    expect(ranges.map(([start, end]) => text.slice(start, end))).to.deep.equal(['đăng', 'ký']);
  });

  it('merges overlapping matches and sorts them', () => {
    expect(matchRanges('xây dựng', ['xay dung', 'dung', 'xay'])).to.deep.equal([[0, 8]]);
  });

  it('returns nothing when nothing matches', () => {
    expect(matchRanges('Hộ tịch', ['xay'])).to.deep.equal([]);
  });
});
