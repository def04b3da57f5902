/**
 * Every catalogue must have exactly the keys of its Vietnamese reference in
 * every locale. Element catalogues are listed here as they are added.
 */
import { expect } from '@open-wc/testing';
import { commonCatalog, procedureCatalog, statusCatalog, type Catalog, type Messages } from '../../src/i18n/translator.js';
import { catalogs } from './all-catalogs.js';

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

describe('message catalogues', () => {
  const all: Array<[string, Catalog]> = [
    ['common', commonCatalog],
    ['procedure', procedureCatalog],
    ['status', statusCatalog],
    ...catalogs,
  ];

  /** Every locale's messages, packs loaded (the way an element would load them). */
  async function resolved(catalog: Catalog): Promise<Array<[string, Messages]>> {
    return Promise.all(
      Object.entries(catalog).map(async ([locale, source]) => [locale, typeof source === 'function' ? await source() : source] as [string, Messages]),
    );
  }

  for (const [name, catalog] of all) {
    describe(name, () => {
      const reference = Object.keys(catalog.vi).sort();

      it('has English as a pack of its own, so Vietnamese pages never load it', async () => {
        expect(catalog.en).to.be.a('function');
        const english = await (catalog.en as () => Promise<Messages>)();
        expect(Object.keys(english).length).to.be.greaterThan(0);
      });

      it('has exactly the Vietnamese keys and placeholders in every other locale', async () => {
        for (const [locale, messages] of await resolved(catalog)) {
          expect(Object.keys(messages).sort(), locale).to.deep.equal(reference);
          for (const key of reference) {
            expect(placeholders(messages[key]!), `${locale} ${key}`).to.deep.equal(placeholders(catalog.vi[key]!));
          }
        }
      });

      it('has no empty message', async () => {
        for (const [locale, messages] of await resolved(catalog)) {
          for (const [key, message] of Object.entries(messages)) expect(message.trim(), `${locale} ${key}`).not.to.equal('');
        }
      });
    });
  }
});
