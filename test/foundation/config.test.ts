import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { listSectors } from '../../src/api/endpoints.js';
import '../../src/elements/config/index.js';
import type { GovConfigElement } from '../../src/elements/config/gov-config.js';
import { GovElement } from '../../src/elements/shared/gov-element.js';
import { defineElement } from '../../src/elements/shared/define.js';

/** The smallest element on the base: shows what it resolved. */
class ProbeElement extends GovElement<'probe.hello'> {
  protected static override catalog = { vi: { 'probe.hello': 'Xin chào' }, en: { 'probe.hello': 'Hello' } };

  get resolved() {
    return { apiBase: this.effectiveApiBase, locale: this.effectiveLocale, transport: this.transport };
  }

  message(key: 'probe.hello') {
    return this.l10n.t(key);
  }

  protected override render() {
    return litHtml`<p lang=${this.effectiveLocale}>${this.l10n.t('probe.hello')}</p>`;
  }
}
defineElement('gov-test-probe', ProbeElement);

describe('<gov-config> and the GovElement base', () => {
  it('uses the defaults without any configuration', async () => {
    const probe = await fixture<ProbeElement>(html`<gov-test-probe></gov-test-probe>`);
    expect(probe.resolved.apiBase).to.equal('/api/v1');
    expect(probe.resolved.locale).to.equal('vi');
    expect(probe.shadowRoot!.textContent).to.contain('Xin chào');
  });

  it('provides api-base and locale to elements inside it', async () => {
    const config = await fixture<GovConfigElement>(html`
      <gov-config api-base="https://api.example.gov.vn/v1" locale="en">
        <div><gov-test-probe></gov-test-probe></div>
      </gov-config>
    `);
    const probe = config.querySelector<ProbeElement>('gov-test-probe')!;
    await probe.updateComplete;
    expect(probe.resolved.apiBase).to.equal('https://api.example.gov.vn/v1');
    expect(probe.resolved.transport.baseUrl).to.equal('https://api.example.gov.vn/v1');
    expect(probe.shadowRoot!.textContent).to.contain('Hello');
  });

  it("lets an element's own attributes override the config", async () => {
    const config = await fixture<GovConfigElement>(html`
      <gov-config api-base="/a" locale="en"><gov-test-probe api-base="/b" locale="vi"></gov-test-probe></gov-config>
    `);
    const probe = config.querySelector<ProbeElement>('gov-test-probe')!;
    await probe.updateComplete;
    expect(probe.resolved.apiBase).to.equal('/b');
    expect(probe.resolved.locale).to.equal('vi');
  });

  it('updates elements when the config changes (language switch)', async () => {
    const config = await fixture<GovConfigElement>(html`<gov-config><gov-test-probe></gov-test-probe></gov-config>`);
    const probe = config.querySelector<ProbeElement>('gov-test-probe')!;
    config.locale = 'en';
    await config.updateComplete;
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelector('p')!.getAttribute('lang')).to.equal('en');
    expect(probe.shadowRoot!.textContent).to.contain('Hello');
  });

  it('passes the host messages and token getter through the JS API', async () => {
    const config = await fixture<GovConfigElement>(html`<gov-config><gov-test-probe></gov-test-probe></gov-config>`);
    config.messages = { vi: { 'probe.hello': 'Kính chào' } };
    let asked = 0;
    config.getToken = async () => {
      asked++;
      return 'token';
    };
    await config.updateComplete;
    const probe = config.querySelector<ProbeElement>('gov-test-probe')!;
    await probe.updateComplete;
    expect(probe.message('probe.hello')).to.equal('Kính chào');
    const original = window.fetch;
    let authorization: string | null = null;
    window.fetch = async (_input, init) => {
      authorization = new Headers(init?.headers).get('authorization');
      return new Response(JSON.stringify({ items: [] }), { headers: { 'content-type': 'application/json' } });
    };
    try {
      await listSectors(probe.resolved.transport);
    } finally {
      window.fetch = original;
    }
    expect(asked).to.equal(1);
    expect(authorization).to.equal('Bearer token');
  });

  it('configures elements that were upgraded before their provider (drop-in markup)', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<gov-late-config api-base="/late"><gov-test-probe></gov-test-probe></gov-late-config>';
    document.body.append(host);
    const probe = host.querySelector<ProbeElement>('gov-test-probe')!;
    await probe.updateComplete;
    expect(probe.resolved.apiBase).to.equal('/api/v1');
    // The provider is defined only now, as when a second script defines it later.
    const { GovConfigElement: Config } = await import('../../src/elements/config/gov-config.js');
    defineElement('gov-late-config', class extends Config {});
    await (host.firstElementChild as GovConfigElement).updateComplete;
    await probe.updateComplete;
    expect(probe.resolved.apiBase).to.equal('/late');
    host.remove();
  });

  it('never throws when an element is defined twice (two copies of the SDK)', () => {
    class Other extends HTMLElement {}
    expect(() => defineElement('gov-config', Other)).not.to.throw();
    expect(() => defineElement('gov-test-probe', Other)).not.to.throw();
    expect(customElements.get('gov-test-probe')).to.equal(ProbeElement);
  });
});
