// The demo portal's outline (#20): one h1, no skipped level, no heading twice, and every
// element's `heading-level` one below the heading of the section it sits in, so its own
// headings (results, a procedure's name, a dossier's status…) continue the page's outline.
// The form is created by demo.js when a procedure is chosen: its heading-level is checked there.
// The elements' own headings follow heading-level (each element's tests check that).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE = join(dirname(fileURLToPath(import.meta.url)), '../../demo/site');

/** Headings and elements in document order. The demo's pages are our own plain HTML. */
function outline(html) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const items = [];
  for (const match of withoutComments.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>|<(gov-[a-z-]+)\b([^>]*)>/g)) {
    if (match[1]) items.push({ heading: Number(match[1]), text: match[2].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim() });
    else if (match[3] !== 'gov-config') items.push({ element: match[3], level: Number(/heading-level="(\d)"/.exec(match[4])?.[1] ?? 2) });
  }
  return items;
}

const pages = readdirSync(SITE).filter((name) => name.endsWith('.html'));

describe('the demo pages’ outline', () => {
  it('has pages to check', () => assert.ok(pages.length > 0));

  for (const name of pages) {
    const items = outline(readFileSync(join(SITE, name), 'utf8'));
    const headings = items.filter((item) => item.heading);

    it(`${name}: one h1, first, and no skipped level`, () => {
      assert.equal(headings[0]?.heading, 1, 'the first heading is the h1');
      assert.equal(headings.filter((item) => item.heading === 1).length, 1, 'one h1');
      headings.reduce((previous, item) => {
        assert.ok(item.heading <= previous + 1, `"${item.text}" (h${item.heading}) skips a level after h${previous}`);
        return item.heading;
      }, 0);
    });

    it(`${name}: no heading twice`, () => {
      const texts = headings.map((item) => item.text);
      assert.deepEqual(texts.filter((text, index) => texts.indexOf(text) !== index), []);
    });

    it(`${name}: each element's headings start one level below its section's`, () => {
      let current = 0;
      const wrong = [];
      for (const item of items) {
        if (item.heading) current = item.heading;
        else if (item.level !== current + 1) wrong.push(`${item.element} has heading-level ${item.level} under an h${current}`);
      }
      assert.deepEqual(wrong, []);
    });
  }

  it('demo.js opens the form under the h2 "Nộp hồ sơ trực tuyến" with heading-level 3', () => {
    const script = readFileSync(join(SITE, 'demo.js'), 'utf8');
    assert.match(script, /form\.setAttribute\('heading-level', '3'\)/);
    const index = readFileSync(join(SITE, 'index.html'), 'utf8');
    assert.match(index, /<h2 id="nop-ho-so-title"[^>]*>/);
  });
});
