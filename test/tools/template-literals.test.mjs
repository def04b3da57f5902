// The build's template rewrite (scripts/template-literals.mjs): css`` minified by esbuild,
// html`` and svg`` without indentation, templates found by TypeScript's parser, nothing else
// touched.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSS_SOURCES, HTML_SOURCES, minifyCss, rewriteTemplates } from '../../scripts/template-literals.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const sources = readdirSync(join(root, 'src'), { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join(root, 'src', file));

describe('css`` templates', () => {
  it('are minified by esbuild, strings and meaningful spaces kept', () => {
    const source = "export const styles = css`\n  /* why */\n  .card :focus-visible,\n  .b {\n    margin: 0 auto;\n  }\n  a::after { content: ' (' attr(href) ')'; }\n  @media (min-width: 40em) and (max-width: 60em) { .a { width: calc(100% - 2 * 1em); } }\n`;\n";
    const out = rewriteTemplates(source, { html: false });
    assert.equal(
      out,
      "export const styles = css`.card :focus-visible,.b{margin:0 auto}a:after{content:\" (\" attr(href) \")\"}@media(min-width:40em)and (max-width:60em){.a{width:calc(100% - 2em)}}`;\n",
    );
  });

  it('refuses an interpolation or an escape (our css tag takes constant text)', () => {
    assert.throws(() => rewriteTemplates('css`a { color: ${x}; }`'), /constant text only/);
    assert.throws(() => rewriteTemplates("css`a::after { content: '\\\\201C'; }`"), /escape/);
  });

  it('reports CSS esbuild cannot read instead of shipping it', () => {
    assert.throws(() => minifyCss('.a { color: red; '), /template-literals/);
  });

  it('leave every stylesheet of src/ valid and smaller', () => {
    const stylesheets = sources.filter((file) => CSS_SOURCES.test(file));
    assert.ok(stylesheets.length >= 5, `${stylesheets.length} stylesheets`);
    for (const file of stylesheets) {
      const source = readFileSync(file, 'utf8');
      const out = rewriteTemplates(source, { file, html: false });
      assert.doesNotMatch(out, /css`[^`]*\n[^`]*`/, `${file}: a css\`\` template not minified`);
    }
  });
});

describe('html`` and svg`` templates', () => {
  it('lose the spaces after each newline and keep the newline', () => {
    assert.equal(rewriteTemplates('html`\n    <p>\n      a  b\n    </p>\n  `', { css: false }), 'html`\n<p>\na  b\n</p>\n`');
    assert.equal(rewriteTemplates('svg`\n  <path d="M0 0"/>`', { css: false }), 'svg`\n<path d="M0 0"/>`');
  });

  it('are dedented when nested in interpolations; plain templates and code around are not', () => {
    const source = [
      'const plain = `\n    keep`;',
      'const view = html`\n    <ul>\n      ${items.map((item) => html`\n        <li>${item}</li>`)}\n    </ul>`;',
      'const regex = /`/; // a ` in a comment',
      "const quoted = 'html`\\n    no';",
    ].join('\n');
    const out = rewriteTemplates(source, { css: false });
    assert.equal(
      out,
      [
        'const plain = `\n    keep`;',
        'const view = html`\n<ul>\n${items.map((item) => html`\n<li>${item}</li>`)}\n</ul>`;',
        'const regex = /`/; // a ` in a comment',
        "const quoted = 'html`\\n    no';",
      ].join('\n'),
    );
  });

  it('change only indentation, and no line number, in every element source', () => {
    const elements = sources.filter((file) => HTML_SOURCES.test(file));
    assert.ok(elements.some((file) => readFileSync(file, 'utf8').includes('html`')));
    for (const file of elements) {
      const source = readFileSync(file, 'utf8');
      const out = rewriteTemplates(source, { file, css: false });
      const before = source.split('\n');
      const after = out.split('\n');
      assert.equal(after.length, before.length, `${file}: lines kept`);
      after.forEach((line, index) => assert.equal(line, before[index].startsWith(line) ? line : before[index].trimStart(), `${file}:${index + 1}`));
    }
  });
});
