// The build's css`` minifier removes only what CSS does not need (scripts/css-literals.mjs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCssTemplates, minifyCssText } from '../../scripts/css-literals.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

describe('minifyCssText', () => {
  it('drops comments, indentation, the spaces around braces, semicolons and commas, and the semicolon before a brace', () => {
    const css = `
      /* why */
      .a,
      .b {
        color: red;
        margin: 0 auto;
      }
    `;
    assert.equal(minifyCssText(css), '.a,.b{color:red;margin:0 auto}');
  });

  it('keeps the space that makes a descendant selector and the one before a media feature', () => {
    assert.equal(minifyCssText('.card :focus-visible { outline: none; }'), '.card :focus-visible{outline:none}');
    assert.equal(
      minifyCssText('@media (min-width: 40em) and (max-width: 60em) { .a { gap: 1em; } }'),
      '@media (min-width:40em) and (max-width:60em){.a{gap:1em}}',
    );
    assert.equal(minifyCssText('.a { width: calc(100% - 2 * 1em); }'), '.a{width:calc(100% - 2 * 1em)}');
  });

  it('copies quoted strings verbatim, whitespace and comment-like text included', () => {
    assert.equal(
      minifyCssText(`a::after { content: ' (' attr(href) ')'; } b::before { content: "/*  kept  */"; }`),
      `a::after{content:' (' attr(href) ')'}b::before{content:"/*  kept  */"}`,
    );
  });

  it('keeps a semicolon that is inside a string', () => {
    assert.equal(minifyCssText(`a::after { content: ';}'; }`), `a::after{content:';}'}`);
  });

  it('keeps one space at an edge that touches an interpolation', () => {
    assert.equal(minifyCssText('  margin: ', { first: true, last: false }), 'margin:');
    assert.equal(minifyCssText(' ', { first: false, last: false }), ' ');
    assert.equal(minifyCssText(' solid ', { first: false, last: false }), ' solid ');
  });

  it('refuses an unterminated comment', () => {
    assert.throws(() => minifyCssText('.a { /* never closed'), /unterminated comment/);
  });
});

describe('minifyCssTemplates', () => {
  it('rewrites css`` templates only, leaving interpolations and other code as written', () => {
    const source = [
      "const label = `  keep  me  `;",
      'export const styles = css`',
      '  .a {',
      '    border: ${width} ${style} var(--c);',
      '    ${unsafeCSS(`x { y: z }`.length > 0 ? "" : "")}',
      '  }',
      '`;',
      'const other = html`<p>  spaced  </p>`;',
    ].join('\n');
    assert.equal(
      minifyCssTemplates(source),
      [
        "const label = `  keep  me  `;",
        'export const styles = css`.a{border:${width} ${style} var(--c);${unsafeCSS(`x { y: z }`.length > 0 ? "" : "")}}`;',
        'const other = html`<p>  spaced  </p>`;',
      ].join('\n'),
    );
  });

  it('refuses a template that never ends', () => {
    assert.throws(() => minifyCssTemplates('const s = css`.a { color: red; }'), /never ends/);
  });

  it('changes nothing but whitespace, comments and closing semicolons in every stylesheet of the elements', () => {
    const files = [
      join(root, 'src/theme/styles.ts'),
      ...readdirSync(join(root, 'src/elements'), { recursive: true })
        .filter((file) => String(file).endsWith('.styles.ts'))
        .map((file) => join(root, 'src/elements', String(file))),
    ];
    assert.ok(files.length >= 5, `found ${files.length} stylesheets`);
    // Both sides without comments (no stylesheet has "/*" in a string), then without any
    // whitespace, and without a semicolon before a brace, outside quoted strings.
    const squeeze = (text) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split(/('[^']*'|"[^"]*")/)
        .map((part, index) => (index % 2 === 1 ? part : part.replace(/\s+/g, '').replace(/;}/g, '}')))
        .join('');
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const minified = minifyCssTemplates(source);
      assert.ok(minified.length < source.length, `${file} got smaller`);
      const templates = (text) => [...text.matchAll(/css`([^`]*)`/g)].map((match) => squeeze(match[1]));
      assert.deepEqual(templates(minified), templates(source), file);
    }
  });
});
