import { expect } from '@open-wc/testing';
import { accentKey, fold, foldedWords, matchRanges, searchKey, searchTokens } from '../../src/i18n/fold.js';

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

  it('reads the letters old fonts and keyboards type for Đ (eth, African D) as d', () => {
    expect(fold('\u00D0ăng ký')).to.equal('dang ky');
    expect(fold('\u0189ăng \u00F0ất \u0256ai')).to.equal('dang dat dai');
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

  it('marks a word typed with the other spelling of i/y, and only where spelling allows it', () => {
    const text = 'Đăng ký cấp Phiếu lý lịch tư pháp';
    const marked = (query: string) => matchRanges(text, foldedWords(query)).map(([start, end]) => text.slice(start, end));
    expect(marked('dang ki')).to.deep.equal(['Đăng', 'ký']);
    expect(marked('lí lịch')).to.deep.equal(['lý', 'lịch']);
    expect(marked('ky')).to.deep.equal(['ký']);
    expect(matchRanges('Thủ tục hành chính', ['tui'])).to.deep.equal([]);
    expect(matchRanges('thúy', ['thui'])).to.deep.equal([]);
  });

  it('merges overlapping matches and sorts them', () => {
    expect(matchRanges('xây dựng', ['xay dung', 'dung', 'xay'])).to.deep.equal([[0, 8]]);
  });

  it('returns nothing when nothing matches', () => {
    expect(matchRanges('Hộ tịch', ['xay'])).to.deep.equal([]);
  });
});

describe('searchKey: one spelling for what Vietnamese writes two ways', () => {
  it('makes i and y one letter when they are the whole vowel after a consonant', () => {
    for (const [a, b] of [
      ['đăng kí', 'đăng ký'],
      ['lí lịch', 'lý lịch'],
      ['kĩ thuật', 'kỹ thuật'],
      ['Mĩ', 'Mỹ'],
      ['bác sĩ', 'bác sỹ'],
      ['tỉ lệ', 'tỷ lệ'],
      ['công ti', 'công ty'],
      ['hi sinh', 'hy sinh'],
      ['qui định', 'quy định'],
      ['quí', 'quý'],
    ]) {
      const keys = (text: string) => searchTokens(text).map((token) => token.key);
      expect(keys(a!), `${a} = ${b}`).to.deep.equal(keys(b!));
    }
  });

  it('keeps y where it is not interchangeable: alone, after a vowel, in yê/uyê', () => {
    expect(searchKey('y')).to.equal('y'); // y tế
    expect(searchKey('ý')).to.equal('y'); // ý kiến
    expect(searchKey('tay')).not.to.equal(searchKey('tai'));
    expect(searchKey('máy')).not.to.equal(searchKey('mái'));
    expect(searchKey('thúy')).not.to.equal(searchKey('thúi'));
    expect(searchKey('huy')).not.to.equal(searchKey('hui'));
    expect(searchKey('quay')).to.equal('quay');
    expect(searchKey('yêu')).to.equal('yeu');
    expect(searchKey('khuyên')).to.equal('khuyen');
  });

  it('ignores diacritics, đ, case and normalisation', () => {
    for (const variant of ['Đăng ký', 'dang ky', 'ĐĂNG KÝ', 'đăng kí', 'Đăng ký'.normalize('NFD'), 'DANG KI']) {
      expect(searchTokens(variant).map((token) => token.key), variant).to.deep.equal(['dang', 'ki']);
    }
  });
});

describe('accentKey: the word as written, wherever its tone was placed', () => {
  it('gives old and new tone placement one key', () => {
    for (const [old, current] of [
      ['hoà', 'hòa'],
      ['thuý', 'thúy'],
      ['hoá', 'hóa'],
      ['khoẻ', 'khỏe'],
      ['Hoà', 'HÒA'],
      ['uỷ', 'ủy'],
    ]) {
      expect(accentKey(old!), `${old} = ${current}`).to.equal(accentKey(current!));
    }
    expect(accentKey('hòa'.normalize('NFD'))).to.equal(accentKey('hoà'));
  });

  it('keeps what tells words apart: tone, vowel marks and đ', () => {
    expect(accentKey('hồ')).not.to.equal(accentKey('hộ'));
    expect(accentKey('hồ')).not.to.equal(accentKey('hố'));
    expect(accentKey('đa')).not.to.equal(accentKey('da'));
    expect(accentKey('ăn')).not.to.equal(accentKey('ân'));
    expect(accentKey('kí')).to.equal(accentKey('ký'));
  });

  it('marks the tokens typed with marks', () => {
    expect(searchTokens('so Đỏ 1.001193').map((token) => [token.key, token.marked])).to.deep.equal([
      ['so', false],
      ['do', true],
      ['1.001193', false],
    ]);
  });
});
