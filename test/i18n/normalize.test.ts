import { expect } from '@open-wc/testing';
import {
  characterCount,
  isBlank,
  nationalIdDigits,
  nfc,
  phoneDigits,
  plainDigits,
  withoutInvisibles,
} from '../../src/i18n/normalize.js';

const ZWSP = '\u200b';
const BOM = '\ufeff';
const RLM = '\u200f';

describe('normalize', () => {
  it('puts free text in NFC and changes nothing else', () => {
    const decomposed = 'Nguyễn Thị Ánh'.normalize('NFD');
    expect(decomposed).to.not.equal('Nguyễn Thị Ánh');
    expect(nfc(decomposed)).to.equal('Nguyễn Thị Ánh');
    expect(nfc('  Hộ kinh doanh  ')).to.equal('  Hộ kinh doanh  ');
  });

  it('counts NFC characters: a decomposed letter once, an astral character once', () => {
    expect('Nguyễn'.normalize('NFD').length).to.equal(8);
    expect(characterCount('Nguyễn'.normalize('NFD'))).to.equal(6);
    expect(characterCount('𠀀𠀀')).to.equal(2);
    expect(characterCount('')).to.equal(0);
  });

  it('sees spaces and invisible characters alone as blank', () => {
    expect(isBlank(`${ZWSP} ${BOM}\u00a0`)).to.equal(true);
    expect(isBlank(`${ZWSP}a`)).to.equal(false);
    expect(withoutInvisibles(`an${ZWSP}@example${RLM}.vn`)).to.equal('an@example.vn');
  });

  it('reads full-width digits and signs as ASCII, without invisible characters', () => {
    expect(plainDigits('０９１２３４５６７８')).to.equal('0912345678');
    expect(plainDigits(`＋８４${ZWSP}９１２`)).to.equal('+84912');
    expect(plainDigits('1\u00a0500')).to.equal('1 500');
  });

  it('reads a CCCD however it was typed or pasted', () => {
    expect(nationalIdDigits('001 090 012345')).to.equal('001090012345');
    expect(nationalIdDigits('００１０９００１２３４５')).to.equal('001090012345');
    expect(nationalIdDigits(`001090${ZWSP}012345${BOM}`)).to.equal('001090012345');
    expect(nationalIdDigits('001.090-012345')).to.equal('001090012345');
  });

  it('reads a phone number in national form: +84, 0084, 84, (0), full-width, invisible characters', () => {
    expect(phoneDigits('0912 345 678')).to.equal('0912345678');
    expect(phoneDigits('+84 912 345 678')).to.equal('0912345678');
    expect(phoneDigits('0084 912.345.678')).to.equal('0912345678');
    expect(phoneDigits('84912345678')).to.equal('0912345678');
    expect(phoneDigits('+84 (0) 912 345 678')).to.equal('0912345678');
    expect(phoneDigits('＋８４ ９１２ ３４５ ６７８')).to.equal('0912345678');
    expect(phoneDigits(`0912${ZWSP}345${ZWSP}678`)).to.equal('0912345678');
    expect(phoneDigits('(024) 3826 1234')).to.equal('02438261234');
    expect(phoneDigits('0843 123 456'), 'a Vinaphone 084 number keeps its zero').to.equal('0843123456');
    expect(phoneDigits('8491'), 'too short to carry a country code').to.equal('8491');
  });
});
