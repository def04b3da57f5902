import { expect } from '@open-wc/testing';
import { commonCatalog, Translator, type Catalog } from '../../src/i18n/translator.js';

const feature: Catalog = {
  vi: { 'demo.greeting': 'Xin chào {name}', 'demo.results.one': '{count} kết quả', 'demo.results.other': '{count} kết quả' },
  en: { 'demo.greeting': 'Hello {name}', 'demo.results.one': '{count} result', 'demo.results.other': '{count} results' },
};

describe('Translator', () => {
  it('is Vietnamese by default and fills placeholders', () => {
    const t = new Translator('', [feature, commonCatalog]);
    expect(t.locale).to.equal('vi');
    expect(t.t('demo.greeting', { name: 'An' })).to.equal('Xin chào An');
  });

  it('uses English plural rules and Vietnamese number grouping', () => {
    const en = new Translator('en', [feature]);
    expect(en.plural('demo.results', 1)).to.equal('1 result');
    expect(en.plural('demo.results', 1200)).to.equal('1,200 results');
    expect(new Translator('vi', [feature]).plural('demo.results', 1200)).to.equal('1.200 kết quả');
  });

  it('falls back from a regional tag to the language, then to Vietnamese', () => {
    expect(new Translator('en-GB', [feature]).t('demo.greeting', { name: 'A' })).to.equal('Hello A');
    expect(new Translator('fr', [feature]).t('demo.greeting', { name: 'A' })).to.equal('Xin chào A');
  });

  it('lets the host override a message or add a language', () => {
    const overridden = new Translator('vi', [feature, commonCatalog], { vi: { 'common.retry': 'Tải lại' } });
    expect(overridden.t('common.retry')).to.equal('Tải lại');
    const french = new Translator('fr', [feature, commonCatalog], { fr: { 'common.retry': 'Réessayer' } });
    expect(french.t('common.retry')).to.equal('Réessayer');
    expect(french.t('common.close')).to.equal('Đóng');
  });

  it('shows the key, never a blank, when a message is missing everywhere', () => {
    expect(new Translator('vi', [feature]).t('demo.missing')).to.equal('demo.missing');
  });

  it('survives a malformed locale tag from the host', () => {
    expect(() => new Translator('not a locale!', [feature])).not.to.throw();
  });
});
