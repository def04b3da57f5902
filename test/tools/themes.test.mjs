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
});
