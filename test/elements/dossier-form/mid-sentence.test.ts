import { expect } from '@open-wc/testing';
import { midSentence } from '../../../src/elements/dossier-form/problem-text.js';

describe('a label quoted inside a sentence (docs/i18n.md, "Terminology")', () => {
  it('starts with a small letter in the middle of a sentence', () => {
    expect(midSentence('Họ, chữ đệm và tên', 'Vui lòng nhập {label}', 'vi')).to.equal('họ, chữ đệm và tên');
    expect(midSentence('Đơn vị', 'Vui lòng chọn {label}', 'vi')).to.equal('đơn vị');
    expect(midSentence('Số CCCD', 'Vui lòng nhập {label}', 'vi')).to.equal('số CCCD');
    expect(midSentence('Tax code', 'Enter {label}', 'en')).to.equal('tax code');
  });

  it('keeps its capital at the start, after a colon, and in an acronym', () => {
    expect(midSentence('Ngày sinh', '{label} phải có đủ ngày, tháng và năm', 'vi')).to.equal('Ngày sinh');
    expect(midSentence('Tôi đồng ý', 'Vui lòng đánh dấu: {label}', 'vi')).to.equal('Tôi đồng ý');
    expect(midSentence('CCCD của mẹ', 'Vui lòng nhập {label}', 'vi')).to.equal('CCCD của mẹ');
    expect(midSentence('A', 'Vui lòng nhập {label}', 'vi')).to.equal('A');
    expect(midSentence('', 'Vui lòng nhập {label}', 'vi')).to.equal('');
  });
});
