import { expect } from '@open-wc/testing';
import { foldedWords } from '../../../src/i18n/fold.js';
import { highlightPieces } from '../../../src/elements/procedure-search/text.js';

describe('highlightPieces', () => {
  const marked = (text: string, query: string) =>
    highlightPieces(text, foldedWords(query))
      .map((piece) => (piece.match ? `[${piece.text}]` : piece.text))
      .join('');

  it('marks words typed without diacritics, and one mark for adjacent words', () => {
    expect(marked('Đăng ký khai sinh', 'dang ky khai sinh')).to.equal('[Đăng ký khai sinh]');
    expect(marked('Đăng ký lại khai sinh', 'dang ky khai sinh')).to.equal('[Đăng ký] lại [khai sinh]');
    expect(marked('ĐĂNG KÝ KẾT HÔN', 'đăng ký')).to.equal('[ĐĂNG KÝ] KẾT HÔN');
  });

  it('keeps the text as it is when nothing matches, and the pieces cover the whole text', () => {
    expect(marked('Cấp giấy phép xây dựng', 'khai sinh')).to.equal('Cấp giấy phép xây dựng');
    const pieces = highlightPieces('<b>Đăng ký</b>', ['dang']);
    expect(pieces.map((piece) => piece.text).join('')).to.equal('<b>Đăng ký</b>');
  });
});
