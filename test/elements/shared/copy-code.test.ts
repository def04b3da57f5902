import { expect, fixture } from '@open-wc/testing';
import { html, LitElement, render } from 'lit';
import { baseStyles } from '../../../src/theme/styles.js';
import { copyCode, copyCodeStyles } from '../../../src/elements/shared/copy-code.js';
import { phoneViewport, resetViewport, expectFitsWidth } from '../../support/layout.js';
import { until } from '../../support/wait.js';

const CODE = '000.00.01.H22-261122-0001';

/** A host with a shadow root and the kit's styles, as an element has. */
class CopyCodeHost extends LitElement {
  static override styles = [...baseStyles, copyCodeStyles];
  said: string[] = [];
  override render() {
    return copyCode({
      code: CODE,
      label: 'Sao chép mã',
      copied: 'Đã sao chép mã hồ sơ.',
      failed: 'Không sao chép tự động được.',
      announce: (text) => this.said.push(text),
    });
  }
}
customElements.define('copy-code-host', CopyCodeHost);

function withClipboard(writeText: (text: string) => Promise<void>): () => void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return () => delete (navigator as { clipboard?: unknown }).clipboard;
}

describe('kit: copy code', () => {
  afterEach(resetViewport);

  it('puts exactly the code on the clipboard and says so', async () => {
    const written: string[] = [];
    const restore = withClipboard(async (text) => void written.push(text));
    try {
      const el = await fixture<CopyCodeHost>(html`<copy-code-host></copy-code-host>`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.copy-button')!.click();
      await until(() => el.said.length > 0, 'the live region to speak');
      expect(written).to.deep.equal([CODE]);
      expect(el.said).to.deep.equal(['Đã sao chép mã hồ sơ.']);
    } finally {
      restore();
    }
  });

  it('selects the code and tells the applicant to copy it when the browser refuses', async () => {
    const restore = withClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    try {
      const el = await fixture<CopyCodeHost>(html`<copy-code-host></copy-code-host>`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.copy-button')!.click();
      await until(() => el.said.length > 0, 'the live region to speak');
      expect(el.said).to.deep.equal(['Không sao chép tự động được.']);
      expect(document.getSelection()!.toString()).to.equal(CODE);
    } finally {
      restore();
    }
  });

  it('never breaks the code at its hyphens, and fits a 320 px phone', async () => {
    await phoneViewport();
    const host = await fixture<HTMLDivElement>(html`<div style="width: 288px"><copy-code-host></copy-code-host></div>`);
    const el = host.querySelector<CopyCodeHost>('copy-code-host')!;
    await el.updateComplete;
    const code = el.shadowRoot!.querySelector<HTMLElement>('.code')!;
    const lineHeight = parseFloat(getComputedStyle(code).lineHeight);
    expect(code.getBoundingClientRect().height).to.be.below(lineHeight * 1.5);
    expect(code.textContent).to.equal(CODE);
    expectFitsWidth(el);
    const button = el.shadowRoot!.querySelector<HTMLElement>('.copy-button')!;
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('renders outside an element too, with the code as plain text', () => {
    const host = document.createElement('div');
    render(copyCode({ code: '<b>x</b>-261122-0001', label: 'Copy', copied: '', failed: '', announce: () => {} }), host);
    expect(host.querySelector('b')).to.equal(null);
    expect(host.querySelector('.code')!.textContent).to.equal('<b>x</b>-261122-0001');
  });
});
