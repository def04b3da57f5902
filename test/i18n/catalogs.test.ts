/**
 * Every catalogue must have exactly the keys of its Vietnamese reference in
 * every locale. Element catalogues are listed here as they are added.
 */
import { expect } from '@open-wc/testing';
import { commonCatalog, type Catalog } from '../../src/i18n/translator.js';
import { catalogs } from './all-catalogs.js';

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

describe('message catalogues', () => {
  const all: Array<[string, Catalog]> = [['common', commonCatalog], ...catalogs];

  for (const [name, catalog] of all) {
    describe(name, () => {
      const reference = Object.keys(catalog.vi).sort();

      it('has an English catalogue', () => {
        expect(catalog).to.have.property('en');
      });

      for (const locale of Object.keys(catalog).filter((l) => l !== 'vi')) {
        it(`${locale} has exactly the Vietnamese keys`, () => {
          expect(Object.keys(catalog[locale]!).sort()).to.deep.equal(reference);
        });

        it(`${locale} uses the same placeholders as Vietnamese`, () => {
          for (const key of reference) {
            expect(placeholders(catalog[locale]![key]!), key).to.deep.equal(placeholders(catalog.vi[key]!));
          }
        });
      }

      it('has no empty message', () => {
        for (const messages of Object.values(catalog)) {
          for (const [key, message] of Object.entries(messages)) expect(message.trim(), key).not.to.equal('');
        }
      });
    });
  }
});
