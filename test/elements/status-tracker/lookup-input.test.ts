import { expect } from '@open-wc/testing';
import {
  checkDossierCode,
  checkVerifier,
  normalizeDossierCode,
  normalizeVerifier,
} from '../../../src/elements/status-tracker/lookup-input.js';

describe('dossier code and verifier input', () => {
  it('normalises a code: spaces and line breaks out, upper case, typographic dashes to hyphens', () => {
    expect(normalizeDossierCode(' 000.00.01.h22 -261122 - 0001\n')).to.equal('000.00.01.H22-261122-0001');
    expect(normalizeDossierCode('000.00.01.H22\u2013261122\u20140001')).to.equal('000.00.01.H22-261122-0001');
    expect(normalizeDossierCode('')).to.equal('');
  });

  it('accepts the national format <unit>-<YYMMDD>-<NNNN> with a real day', () => {
    expect(checkDossierCode('000.00.01.H22-261122-0001')).to.equal(undefined);
    expect(checkDossierCode('H22-240229-0001')).to.equal(undefined);
  });

  it('rejects what is not the format', () => {
    expect(checkDossierCode('')).to.equal('missing');
    expect(checkDossierCode('000.00.01.H22-261122-001')).to.equal('format');
    expect(checkDossierCode('000.00.01.H22-2611220-0001')).to.equal('format');
    expect(checkDossierCode('000.00.01.H22_261122_0001')).to.equal('format');
    expect(checkDossierCode('-261122-0001')).to.equal('format');
    expect(checkDossierCode('H22-261301-0001'), 'month 13').to.equal('format');
    expect(checkDossierCode('H22-261100-0001'), 'day 0').to.equal('format');
    expect(checkDossierCode('H22-250229-0001'), '29 Feb 2025').to.equal('format');
    expect(checkDossierCode('H22-261131-0001'), '31 Nov').to.equal('format');
  });

  it('takes exactly four digits as the verifier, ignoring spaces, dots and dashes', () => {
    expect(normalizeVerifier(' 56 78 ')).to.equal('5678');
    expect(normalizeVerifier('56-78')).to.equal('5678');
    expect(checkVerifier('5678')).to.equal(undefined);
    expect(checkVerifier('')).to.equal('missing');
    expect(checkVerifier('567')).to.equal('format');
    expect(checkVerifier('56789')).to.equal('format');
    expect(checkVerifier('56a8')).to.equal('format');
  });
});

describe('lookup input copied from phones, PDFs and other input methods', () => {
  it('reads full-width digits and letters in a code as their ASCII selves', () => {
    const fullWidth = '０００．００．０１．Ｈ２２－２６１１２２－０００１';
    expect(normalizeDossierCode(fullWidth)).to.equal('000.00.01.H22-261122-0001');
    expect(checkDossierCode(normalizeDossierCode(fullWidth))).to.equal(undefined);
  });

  it('drops zero-width spaces, joiners, soft hyphens and bidi marks in a code', () => {
    const pasted = '\u200b000.00.01.H22\u200c-261122\u00ad-0001\u2060\ufeff\u200e\u2069';
    expect(normalizeDossierCode(pasted)).to.equal('000.00.01.H22-261122-0001');
  });

  it('reads a verifier typed in full-width digits or pasted with zero-width spaces', () => {
    expect(normalizeVerifier('５６７８')).to.equal('5678');
    expect(normalizeVerifier('5\u200b6\u200b7\u200b8')).to.equal('5678');
    expect(normalizeVerifier('\ufeff５６ ７８\u200d')).to.equal('5678');
    expect(checkVerifier(normalizeVerifier('５６７８'))).to.equal(undefined);
  });

  it('still refuses what is not four digits once normalised', () => {
    expect(checkVerifier(normalizeVerifier('５６７'))).to.equal('format');
    expect(checkVerifier(normalizeVerifier('\u200b\u200b'))).to.equal('missing');
  });
});
