import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { GovElement } from '../../src/elements/shared/gov-element.js';
import { defineElement } from '../../src/elements/shared/define.js';
import type { Catalog, Messages } from '../../src/i18n/translator.js';
import { until } from '../support/wait.js';

/** The English pack of this catalogue arrives only when the test delivers it. */
let deliverEnglish: (messages: Messages) => void = () => {};
let englishFetches = 0;
const englishPack = new Promise<Messages>((resolve) => {
  deliverEnglish = resolve;
});

class PackProbe extends GovElement<'pack.hello'> {
  protected static override catalog: Catalog = {
    vi: { 'pack.hello': 'Xin chào' },
    en: () => {
      englishFetches += 1;
      return englishPack;
    },
  };

  protected override render() {
    return litHtml`<p>${this.l10n.t('pack.hello')}</p>`;
  }
}
defineElement('gov-test-pack-probe', PackProbe);

const text = (element: Element) => element.shadowRoot?.textContent?.trim() ?? '';

describe('GovElement with a language loaded on first use', () => {
  it('renders Vietnamese at once, without loading any pack', async () => {
    const probe = await fixture<PackProbe>(html`<gov-test-pack-probe></gov-test-pack-probe>`);
    expect(text(probe)).to.equal('Xin chào');
    expect(englishFetches).to.equal(0);
  });

  it('waits for the English pack before its first render, so Vietnamese never flashes', async () => {
    const probe = document.createElement('gov-test-pack-probe') as PackProbe;
    probe.locale = 'en';
    document.body.append(probe);
    try {
      // Once the pack is asked for, the first render waits on it: no time can make it happen sooner.
      await until(() => englishFetches === 1, 'the English pack was never asked for');
      expect(probe.hasUpdated, 'rendered before its language arrived').to.equal(false);
      expect(text(probe)).to.equal('');
      deliverEnglish({ 'pack.hello': 'Hello' });
      await probe.updateComplete;
      expect(text(probe)).to.equal('Hello');
      expect(englishFetches).to.equal(1);
    } finally {
      probe.remove();
    }
  });

  it('switches a rendered element to a loaded language without fetching it again', async () => {
    const probe = await fixture<PackProbe>(html`<gov-test-pack-probe></gov-test-pack-probe>`);
    probe.locale = 'en';
    await probe.updateComplete;
    expect(text(probe)).to.equal('Hello');
    probe.locale = 'vi';
    await probe.updateComplete;
    expect(text(probe)).to.equal('Xin chào');
    expect(englishFetches).to.equal(1);
  });
});
