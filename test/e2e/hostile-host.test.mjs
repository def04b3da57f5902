// A hostile legacy portal: global `!important` rules, resets, a <form> around everything,
// an AMD loader and polluted prototypes. motcua must render and work inside it, and
// leave nothing of its own behind: no style change on the host's elements, no globals.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/browser.mjs';
import { startSiteWithApi } from './support/site.mjs';
import { bundleRoutes, ELEMENT_TAGS, LIBRARY_GLOBALS, page, whenDefined } from './support/pages.mjs';
import { typeInto, waitFor, waitForText } from './support/dom.mjs';

const HOSTILE_CSS = `
* {
  font-family: "Comic Sans MS", cursive !important;
  color: red !important;
  border: 3px dashed lime !important;
  box-sizing: content-box !important;
  line-height: 3 !important;
}
button, input, select, textarea { all: unset; }
div { display: inline !important; }
ul, ol { list-style: none; margin: 0; padding: 0; }
h1, h2, h3 { font-size: 11px; text-transform: uppercase; letter-spacing: 4px; }
html { font-size: 62.5%; }
`;

/** Runs before anything else on the page: the legacy scripts a 2008 portal still carries. */
const LEGACY_JS = `
window.__hostile = { submits: 0, resets: 0, defineCalls: 0, requireCalls: 0 };
// An AMD loader, as RequireJS/Dojo pages have: a UMD bundle would register itself here.
window.define = function () { window.__hostile.defineCalls++; };
window.define.amd = {};
window.require = function () { window.__hostile.requireCalls++; };
// Prototype extensions from an old utility library, enumerable on purpose.
Array.prototype.remove = function (item) { var i = this.indexOf(item); if (i >= 0) this.splice(i, 1); return this; };
Array.prototype.junk = 'enumerable junk';
Object.prototype.extend = function (other) { for (var key in other) this[key] = other[key]; return this; };
Object.prototype.junkFlag = true;
document.addEventListener('submit', function (event) {
  window.__hostile.submits++;
  event.preventDefault();
}, true);
document.addEventListener('reset', function () { window.__hostile.resets++; }, true);
`;

const BODY = `
<form id="aspnetForm" action="/postback" method="post">
  <div id="host-header"><h1 id="host-title">Cổng thông tin điện tử tỉnh Thái Nguyên</h1>
    <ul id="host-nav"><li><a id="host-link" href="#tin-tuc">Tin tức</a></li></ul>
  </div>
  <div id="host-content">
    <p id="host-paragraph">Trang thông tin của tỉnh.</p>
    <input id="host-input" name="q" value="tìm kiếm">
    <button id="host-button" type="button">Tìm</button>
    <gov-config api-base="API_BASE">
      <gov-procedure-search></gov-procedure-search>
      <gov-status-tracker></gov-status-tracker>
      <gov-dossier-form procedure="1.001193" drafts="off"></gov-dossier-form>
      <gov-service-stats></gov-service-stats>
    </gov-config>
  </div>
  <div id="host-footer"><p id="host-footer-text">© UBND tỉnh</p></div>
</form>`;

/** Host elements whose computed style must be identical before and after motcua loads. */
const HOST_SELECTORS = ['html', 'body', '#aspnetForm', '#host-header', '#host-title', '#host-nav', '#host-link',
  '#host-paragraph', '#host-input', '#host-button', '#host-footer', '#host-footer-text'];

/**
 * Computed values that are used sizes, so they follow the content: the page grows when
 * the elements render. Everything else (fonts, colours, borders, box model rules, display…)
 * must stay exactly as the host set it.
 */
const CONTENT_SIZED = new Set(['width', 'height', 'inline-size', 'block-size', 'transform-origin', 'perspective-origin']);

/** Loads the bundle the way a portal's CMS adds it: one module script, after the markup. */
function loadLikeACms(tab) {
  return tab.evaluate(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/motcua.js';
    document.head.append(script);
  });
}

describe('a hostile legacy host page', () => {
  let browser;
  let site;
  let api;
  let close;

  before(async () => {
    const routes = bundleRoutes('/motcua.js');
    ({ site, api, browser, close } = await startSiteWithApi({
      ...routes,
      '/': { body: '' },
      '/legacy.css': { body: HOSTILE_CSS, type: 'css' },
      '/legacy.js': { body: LEGACY_JS, type: 'js' },
    }));
    site.routes['/'].body = page({
      head: '<link rel="stylesheet" href="/legacy.css"><script src="/legacy.js"></script>',
      body: BODY.replace('API_BASE', api.base),
    });
    // The same page with its CSS only: the style check does not depend on the scripts.
    site.routes['/css-only'] = {
      body: page({ head: '<link rel="stylesheet" href="/legacy.css">', body: BODY.replace('API_BASE', api.base) }),
    };
  });

  after(() => close?.());

  it('renders and works, changes no host style, adds no global and never submits the host form', async () => {
    const { page: tab, problems } = await openPage(browser);
    await tab.goto(`${site.origin}/`);

    const styleOf = (selectors) =>
      tab.evaluate((selectors) => {
        const out = {};
        for (const selector of selectors) {
          const style = getComputedStyle(document.querySelector(selector));
          const props = {};
          for (let i = 0; i < style.length; i++) props[style[i]] = style.getPropertyValue(style[i]);
          out[selector] = props;
        }
        return out;
      }, selectors);
    const globals = () => tab.evaluate(() => Object.getOwnPropertyNames(window));
    const stylesheets = () =>
      tab.evaluate(() => ({ sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length }));

    const stylesBefore = await styleOf(HOST_SELECTORS);
    const globalsBefore = await globals();
    const sheetsBefore = await stylesheets();

    await loadLikeACms(tab);
    await whenDefined(tab, ELEMENT_TAGS, problems);

    // The search works: typed without diacritics, like a citizen on a phone keyboard.
    await typeInto(tab, 'gov-procedure-search >>> input', 'cap giay phep xay dung');
    await waitForText(tab, 'gov-procedure-search', /Kết quả tìm kiếm.*Cấp giấy phép xây dựng/i);
    // Enter inside the element must not submit the portal's form around it.
    await tab.keyboard.press('Enter');

    // The tracker looks a dossier up with Enter, inside the portal's <form>.
    const dossier = api.api.demo.find((entry) => entry.status === 4);
    await typeInto(tab, 'gov-status-tracker >>> #code', dossier.code);
    await typeInto(tab, 'gov-status-tracker >>> #verifier', dossier.verifier);
    await tab.keyboard.press('Enter');
    await waitForText(tab, 'gov-status-tracker', `Hồ sơ ${dossier.code}`);
    await waitForText(tab, 'gov-status-tracker', 'Đang xử lý');

    // Enter in the application form checks the step, and goes no further than the element.
    await typeInto(tab, 'gov-dossier-form >>> input[name="requesterName"]', 'Nguyễn Văn An');
    await tab.keyboard.press('Enter');
    await waitForText(tab, 'gov-dossier-form', 'Có lỗi cần sửa');

    await waitForText(tab, 'gov-service-stats', /[Gg]iải quyết đúng hạn\s*\d/);

    const hostile = await tab.evaluate(() => window.__hostile);
    assert.equal(hostile.submits, 0, 'the host <form> was submitted');
    assert.equal(hostile.resets, 0, 'the host <form> was reset');
    assert.equal(hostile.defineCalls, 0, 'the bundle registered itself with the AMD loader');
    assert.equal(hostile.requireCalls, 0, 'the bundle called the AMD require');
    assert.ok(!site.requests.some((request) => request.path === '/postback'), 'the host form posted back');

    const globalsAfter = await globals();
    const added = globalsAfter.filter((name) => !globalsBefore.includes(name));
    assert.deepEqual(added.filter((name) => !LIBRARY_GLOBALS.has(name)), [], 'globals added by motcua');

    assert.deepEqual(await stylesheets(), sheetsBefore, 'motcua added a document-level stylesheet');
    const stylesAfter = await styleOf(HOST_SELECTORS);
    for (const selector of HOST_SELECTORS) {
      const changed = Object.keys(stylesBefore[selector]).filter(
        (name) => !CONTENT_SIZED.has(name) && stylesBefore[selector][name] !== stylesAfter[selector][name],
      );
      assert.deepEqual(changed, [], `computed style of host element ${selector} changed`);
    }

    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });

  it("keeps the portal's global `* { … !important }` rules out of the elements (docs/theming.md)", async () => {
    const { page: tab, problems } = await openPage(browser);
    await tab.goto(`${site.origin}/css-only`);
    await loadLikeACms(tab);
    await whenDefined(tab, ELEMENT_TAGS, problems);
    await waitFor(tab, 'gov-status-tracker >>> label');
    await waitForText(tab, 'gov-service-stats', /[Gg]iải quyết đúng hạn\s*\d/);

    // Text inside each element, as the citizen reads it: the labels of the search and the
    // tracker, the statistics' heading. The hostile page sets `color: red !important` and
    // `line-height: 3 !important` on every element, the hosts included; the resets on
    // :host must keep those from being inherited inside.
    const inside = await tab.evaluate(() =>
      [
        ['gov-procedure-search', 'label'],
        ['gov-status-tracker', 'label'],
        ['gov-status-tracker', 'input'],
        ['gov-service-stats', 'dt'],
      ].map(([tag, selector]) => {
        const target = document.querySelector(tag).shadowRoot.querySelector(selector);
        const style = getComputedStyle(target);
        return { where: `${tag} ${selector}`, color: style.color, lineHeight: style.lineHeight, fontSize: style.fontSize };
      }),
    );
    const reached = inside.filter(
      (found) => found.color === 'rgb(255, 0, 0)' || parseFloat(found.lineHeight) >= 3 * parseFloat(found.fontSize),
    );
    assert.deepEqual(reached, [], 'the portal\'s `* { color: red !important; line-height: 3 !important }` reached inside');
    assert.deepEqual(problems.pageErrors, []);
  });
});
