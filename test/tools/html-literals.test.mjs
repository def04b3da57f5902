// The build drops only the indentation inside html`` templates (scripts/html-literals.mjs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dedentHtmlTemplates } from '../../scripts/html-literals.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const lines = (...text) => text.join('\n');

describe('dedentHtmlTemplates', () => {
  it('drops the spaces after each newline of an html`` template and keeps the newline', () => {
    const source = lines('render() {', '  return html`', '    <p class="a">', '      ${this.text}', '    </p>`;', '}');
    assert.equal(dedentHtmlTemplates(source), lines('render() {', '  return html`', '<p class="a">', '${this.text}', '</p>`;', '}'));
  });

  it('keeps spaces that are not indentation, and svg`` is markup too', () => {
    assert.equal(dedentHtmlTemplates('html`<b>a</b>  <i>b</i>`'), 'html`<b>a</b>  <i>b</i>`');
    assert.equal(dedentHtmlTemplates('svg`<g>\n\t\t<rect />\n</g>`'), 'svg`<g>\n<rect />\n</g>`');
  });

  it('dedents templates nested in interpolations but never a plain template or the code around', () => {
    const source = lines(
      'const plain = `line',
      '    kept`;',
      'const view = html`<ul>',
      '  ${items.map((item) => html`<li>',
      '      ${`${item.a}',
      '        ${item.b}`}',
      '    </li>`)}',
      '  </ul>`;',
      '    const after = 1;',
    );
    assert.equal(
      dedentHtmlTemplates(source),
      lines(
        'const plain = `line',
        '    kept`;',
        'const view = html`<ul>',
        '${items.map((item) => html`<li>',
        '${`${item.a}',
        '        ${item.b}`}',
        '</li>`)}',
        '</ul>`;',
        '    const after = 1;',
      ),
    );
  });

  it('is not misled by backticks in strings, comments and regular expressions, or by braces in them', () => {
    const source = lines(
      "const a = '`';",
      'const b = "}`";',
      '// a ` in a comment',
      '/* and ` here */',
      'const c = /[`}]/.test(x) ? 1 : 2;',
      'function f() { return /`/; }',
      'const d = x / 2 / y;',
      'const e = html`<p title=${"}"}>',
      '    ${a}</p>`;',
    );
    assert.equal(dedentHtmlTemplates(source), source.replace('\n    ${a}', '\n${a}'));
  });

  it('refuses a template, string or comment that never ends', () => {
    assert.throws(() => dedentHtmlTemplates('const t = html`<p>'), /template never ends/);
    assert.throws(() => dedentHtmlTemplates("const s = 'open\nnext';"), /string never ends/);
    assert.throws(() => dedentHtmlTemplates('/* open'), /comment never ends/);
  });

  it('changes only indentation inside templates, and no line number, in every element source', () => {
    const files = readdirSync(join(root, 'src/elements'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.styles.ts'))
      .map((file) => join(root, 'src/elements', file));
    let changed = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const dedented = dedentHtmlTemplates(source);
      if (dedented !== source) changed++;
      assert.equal(dedented.split('\n').length, source.split('\n').length, `${file}: lines kept`);
      // Outside templates nothing moves at all: each line is the source line or its
      // indentation-free end.
      const before = source.split('\n');
      dedented.split('\n').forEach((line, index) => {
        const original = before[index];
        assert.ok(line === original || (line === original.trimStart() && original.startsWith(' ')), `${file}:${index + 1}`);
      });
    }
    assert.ok(changed >= 4, `the templates of at least four elements got smaller (${changed})`);
  });
});
