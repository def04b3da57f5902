import { expect, fixture, html } from '@open-wc/testing';
import { tokens } from '../../src/theme/token-docs.js';
import { exampleThemes } from '../../src/theme/examples.js';
import { tokenStyles } from '../../src/theme/styles.js';
import { GovElement } from '../../src/elements/shared/gov-element.js';
import { defineElement } from '../../src/elements/shared/define.js';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function paletteOf(overrides: Readonly<Record<string, string>> = {}) {
  const value = (name: string) => overrides[name] ?? tokens.find((token) => token.name === name)!.value;
  return value;
}

/** Text colour, its background, and the minimum ratio WCAG 2.2 AA asks for. */
const pairs: Array<[string, string, number]> = [
  ['gov-color-text', 'gov-color-background', 4.5],
  ['gov-color-text-muted', 'gov-color-background', 4.5],
  ['gov-color-text-muted', 'gov-color-surface', 4.5],
  ['gov-color-on-primary', 'gov-color-primary', 4.5],
  ['gov-color-on-primary', 'gov-color-primary-hover', 4.5],
  ['gov-color-primary', 'gov-color-background', 4.5],
  ['gov-color-primary', 'gov-color-info-surface', 4.5],
  ['gov-color-text', 'gov-color-highlight', 4.5],
  ['gov-color-danger', 'gov-color-danger-surface', 4.5],
  ['gov-color-success', 'gov-color-success-surface', 4.5],
  ['gov-color-warning', 'gov-color-warning-surface', 4.5],
  ['gov-color-info', 'gov-color-info-surface', 4.5],
  ['gov-color-border', 'gov-color-background', 3],
  ['gov-focus-color', 'gov-color-background', 3],
];

class ThemedProbe extends GovElement {
  protected override render() {
    return html`<span style="color: var(--_gov-color-primary)">x</span>`;
  }
}

const wrappers: HTMLElement[] = [];
afterEach(() => wrappers.splice(0).forEach((wrapper) => wrapper.remove()));

/**
 * The probe inside a styled wrapper. Built by hand rather than with open-wc's fixture, which
 * waits for an animation frame on a plain <div> — a frame a background tab under load may
 * not get for seconds.
 */
async function themedInside(style: (wrapper: HTMLDivElement) => void): Promise<ThemedProbe> {
  const wrapper = document.createElement('div');
  style(wrapper);
  const probe = document.createElement('gov-test-themed') as ThemedProbe;
  wrapper.append(probe);
  document.body.append(wrapper);
  wrappers.push(wrapper);
  await probe.updateComplete;
  return probe;
}
defineElement('gov-test-themed', ThemedProbe);

describe('theme', () => {
  it('names every token with the --gov- prefix, once', () => {
    const names = tokens.map((token) => token.name);
    expect(new Set(names).size).to.equal(names.length);
    for (const name of names) expect(name).to.match(/^gov-[a-z0-9-]+$/);
  });

  it('meets WCAG 2.2 AA contrast with the default tokens', () => {
    const value = paletteOf();
    for (const [fg, bg, min] of pairs) {
      expect(contrast(value(fg), value(bg)), `${fg} on ${bg}`).to.be.at.least(min);
    }
  });

  for (const theme of exampleThemes) {
    it(`keeps AA contrast in the example theme "${theme.id}"`, () => {
      const value = paletteOf(theme.tokens);
      for (const [fg, bg, min] of pairs) {
        expect(contrast(value(fg), value(bg)), `${fg} on ${bg}`).to.be.at.least(min);
      }
    });
  }

  it('declares a private alias with a default for every token', () => {
    const text = tokenStyles.cssText;
    for (const token of tokens) expect(text).to.contain(`--_${token.name}:var(--${token.name},`);
  });

  it('lets the page theme an element through an inherited token', async () => {
    const probe = await themedInside((wrapper) => wrapper.style.setProperty('--gov-color-primary', '#a4161a'));
    const span = probe.shadowRoot!.querySelector('span')!;
    expect(getComputedStyle(span).color).to.equal('rgb(164, 22, 26)');
  });

  it('falls back to the default when the page sets nothing', async () => {
    const probe = await fixture<ThemedProbe>(html`<gov-test-themed></gov-test-themed>`);
    const span = probe.shadowRoot!.querySelector('span')!;
    expect(getComputedStyle(span).color).to.equal('rgb(11, 79, 156)');
  });

  it('does not let the page shrink the text below 16 px or transform it', async () => {
    const probe = await themedInside((wrapper) => {
      wrapper.style.fontSize = '10px';
      wrapper.style.textTransform = 'uppercase';
      wrapper.style.letterSpacing = '4px';
    });
    const style = getComputedStyle(probe);
    expect(parseFloat(style.fontSize)).to.be.at.least(16);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
  });
});
