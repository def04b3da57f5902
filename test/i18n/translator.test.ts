import { expect } from '@open-wc/testing';
import { commonCatalog, loadLocale, Translator, type Catalog } from '../../src/i18n/translator.js';

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
    expect(french.t('error.timeout')).to.equal('Hệ thống phản hồi quá lâu. Vui lòng thử lại.');
  });

  it('shows the key, never a blank, when a message is missing everywhere', () => {
    expect(new Translator('vi', [feature]).t('demo.missing')).to.equal('demo.missing');
  });

  it('survives a malformed locale tag from the host', () => {
    expect(() => new Translator('not a locale!', [feature])).not.to.throw();
  });
});

/** A catalogue whose English pack the test hands over when it chooses; counts fetches. */
function deferredCatalog() {
  let deliver!: (messages: Record<string, string>) => void;
  let fail!: (error: Error) => void;
  let fetches = 0;
  const catalog: Catalog = {
    vi: { 'late.title': 'Tiêu đề' },
    en: () => {
      fetches += 1;
      return new Promise((resolve, reject) => {
        deliver = resolve;
        fail = reject;
      });
    },
  };
  return { catalog, deliver: (m: Record<string, string>) => deliver(m), fail: (e: Error) => fail(e), fetches: () => fetches };
}

describe('loadLocale', () => {
  it('has nothing to wait for in Vietnamese, nor for a language no catalogue offers', () => {
    const { catalog, fetches } = deferredCatalog();
    expect(loadLocale('vi', [catalog])).to.equal(undefined);
    expect(loadLocale('fr', [catalog])).to.equal(undefined);
    expect(fetches()).to.equal(0);
  });

  it('loads a pack once for every element that asks, and the translator uses it once loaded', async () => {
    const { catalog, deliver, fetches } = deferredCatalog();
    const first = loadLocale('en', [catalog]);
    const second = loadLocale('en-GB', [catalog]);
    expect(first).to.be.instanceOf(Promise);
    expect(second).to.be.instanceOf(Promise);
    expect(fetches()).to.equal(1);
    expect(new Translator('en', [catalog]).t('late.title'), 'before the pack arrives').to.equal('Tiêu đề');
    deliver({ 'late.title': 'Title' });
    await Promise.all([first, second]);
    expect(new Translator('en', [catalog]).t('late.title')).to.equal('Title');
    expect(loadLocale('en', [catalog]), 'nothing left to load').to.equal(undefined);
  });

  it('settles with Vietnamese standing in when a pack cannot be loaded, and does not fetch it again', async () => {
    const { catalog, fail, fetches } = deferredCatalog();
    const pending = loadLocale('en', [catalog]);
    fail(new Error('offline'));
    await pending;
    expect(new Translator('en', [catalog]).t('late.title')).to.equal('Tiêu đề');
    expect(loadLocale('en', [catalog])).to.equal(undefined);
    expect(fetches()).to.equal(1);
  });

  it('loads the shared English pack', async () => {
    await loadLocale('en', [commonCatalog]);
    expect(new Translator('en', [commonCatalog]).t('common.retry')).to.equal('Try again');
  });
});
