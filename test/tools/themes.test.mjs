// The package's theme files come from src/theme/ (the source of docs/theming.md's table):
// one stylesheet per example theme, and every token in DTCG JSON.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { transformSync } from 'esbuild';
import { dtcgTokens, dtcgValue, themeFiles, themeSource } from '../../scripts/themes.mjs';

describe('theme files', () => {
  let files;
  let source;
  before(async () => {
    files = await themeFiles();
    source = await themeSource();
  });

  it('are one valid stylesheet per example theme, setting exactly its tokens on :root', () => {
    assert.ok(source.exampleThemes.length >= 3);
    for (const theme of source.exampleThemes) {
      const css = files[`${theme.id}.css`];
      assert.ok(css, `${theme.id}.css`);
      const { warnings } = transformSync(css, { loader: 'css' });
      assert.deepEqual(warnings, []);
      const declared = Object.fromEntries([...css.matchAll(/^\s+--([\w-]+): (.+);$/gm)].map((match) => [match[1], match[2]]));
      assert.deepEqual(declared, theme.tokens);
      assert.match(css, /^:root \{$/m);
    }
  });

  it('list every token once in DTCG form, with its default and description', () => {
    const json = JSON.parse(files['tokens.json']);
    assert.equal(Object.keys(json.gov).length, source.tokens.length);
    for (const token of source.tokens) {
      const entry = json.gov[token.name.replace(/^gov-/, '')];
      assert.ok(entry, token.name);
      assert.equal(entry.$description, token.description);
      assert.equal(entry.$extensions['dev.motcua'].cssProperty, `--${token.name}`);
    }
    assert.deepEqual(json.gov['color-primary'].$value.hex, '#0b4f9c');
  });

  it('type values the way the format defines them, and leave the rest as CSS text', () => {
    assert.deepEqual(dtcgValue({ name: 'gov-color-text', value: '#ffffff' }), {
      $type: 'color',
      $value: { colorSpace: 'srgb', components: [1, 1, 1], hex: '#ffffff' },
    });
    assert.deepEqual(dtcgValue({ name: 'gov-radius', value: '4px' }), { $type: 'dimension', $value: { value: 4, unit: 'px' } });
    assert.deepEqual(dtcgValue({ name: 'gov-line-height', value: '1.5' }), { $type: 'number', $value: 1.5 });
    assert.deepEqual(dtcgValue({ name: 'gov-font-weight-bold', value: '700' }), { $type: 'fontWeight', $value: 700 });
    assert.deepEqual(dtcgValue({ name: 'gov-space-1', value: '0.25em' }), { $value: '0.25em' });
    assert.deepEqual(dtcgValue({ name: 'gov-font-family', value: 'inherit' }), { $value: 'inherit' });
    assert.equal(dtcgTokens([]).gov && Object.keys(dtcgTokens([]).gov).length, 0);
  });

  it('never give information, success or warning a colour that reads as the error colour (docs/theming.md)', () => {
    const defaults = Object.fromEntries(source.tokens.map((token) => [token.name, token.value]));
    const themes = [{ id: 'default', tokens: {} }, ...source.exampleThemes];
    for (const theme of themes) {
      const colour = (name) => theme.tokens[name] ?? defaults[name];
      for (const state of ['info', 'success', 'warning']) {
        const distance = deltaE(colour('gov-color-danger'), colour(`gov-color-${state}`));
        assert.ok(distance >= MIN_DELTA_E, `${theme.id}: ${state} ${colour(`gov-color-${state}`)} is ${distance.toFixed(1)} ΔE from danger ${colour('gov-color-danger')}`);
      }
    }
    // The check can fail: the red theme as it was (information in the brand red).
    assert.ok(deltaE('#b42318', '#a4161a') < MIN_DELTA_E);
  });
});

/** Below this CIE76 distance two colours are easily taken for one another at a glance. */
const MIN_DELTA_E = 20;

/** CIE76 colour difference of two #rrggbb colours (sRGB, D65). */
function deltaE(a, b) {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

function lab(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116));
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}
