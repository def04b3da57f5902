// A portal that enforces Trusted Types (`require-trusted-types-for 'script'`) and lists the
// policies it allows. Lit creates one policy, named `lit-html`; motcua creates none and
// never writes HTML from strings. So `trusted-types lit-html` is all such a page lists, and
// `'allow-duplicates'` when two copies of Lit can load (the all-in-one file beside the
// per-element modules, or another Lit app): docs/security.md says so, and this shows it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/browser.mjs';
import { startSiteWithApi } from './support/site.mjs';
import { cdnFolderRoutes, page } from './support/pages.mjs';
import { BACKSTOP_MS, typeInto, waitForText } from './support/dom.mjs';

const RECORDER_JS = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  window.__violations.push(event.effectiveDirective + ' ' + (event.sample || event.blockedURI));
});
`;

const trustedTypesCsp = (apiOrigin, policies) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${apiOrigin}; ` +
  `require-trusted-types-for 'script'; trusted-types ${policies}`;

describe('a page that enforces Trusted Types', () => {
  let browser;
  let site;
  let api;
  let close;

  const pageWith = (policies, scripts) => ({
    headers: { 'Content-Security-Policy': trustedTypesCsp(api.origin, policies) },
    body: page({
      head: `<script src="/recorder.js"></script>${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}`,
      body: `<main><h1>Tra cứu hồ sơ</h1>
        <gov-config api-base="${api.base}"><gov-status-tracker></gov-status-tracker></gov-config></main>`,
    }),
  });

  before(async () => {
    ({ site, api, browser, close } = await startSiteWithApi({ ...cdnFolderRoutes('/vendor/motcua'), '/recorder.js': { body: RECORDER_JS } }));
    site.routes['/one-copy'] = pageWith('lit-html', ['/vendor/motcua/autoloader.js']);
    site.routes['/two-copies'] = pageWith("lit-html 'allow-duplicates'", ['/vendor/motcua/motcua.js', '/vendor/motcua/autoloader.js']);
    site.routes['/two-copies-no-duplicates'] = pageWith('lit-html', ['/vendor/motcua/motcua.js', '/vendor/motcua/gov-status-tracker.js']);
  });

  after(() => close?.());

  async function lookUp(tab) {
    const dossier = api.api.demo.find((entry) => entry.status === 5);
    await typeInto(tab, 'gov-status-tracker >>> #code', dossier.code);
    await typeInto(tab, 'gov-status-tracker >>> #verifier', dossier.verifier);
    await tab.keyboard.press('Enter');
    await waitForText(tab, 'gov-status-tracker', 'Bạn cần bổ sung giấy tờ');
  }

  it('works when the page allows the lit-html policy: no violation, server text still text', async () => {
    const { page: tab, problems } = await openPage(browser);
    await tab.goto(`${site.origin}/one-copy`);
    await waitForText(tab, 'gov-status-tracker', 'Tra cứu');
    await lookUp(tab);
    assert.deepEqual(await tab.evaluate(() => window.__violations), []);
    assert.deepEqual(problems.pageErrors, []);
    // Enforcement is on: a sink fed a plain string is refused (the page's own mistake).
    const refused = await tab.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(refused, true, 'Trusted Types were not enforced on the test page');
    await tab.close();
  });

  it("works with two copies of Lit when the page adds 'allow-duplicates'", async () => {
    const { page: tab, problems } = await openPage(browser);
    await tab.goto(`${site.origin}/two-copies`);
    await waitForText(tab, 'gov-status-tracker', 'Tra cứu');
    await lookUp(tab);
    assert.deepEqual(await tab.evaluate(() => window.__violations), []);
    assert.deepEqual(problems.pageErrors, []);
    await tab.close();
  });

  it("refuses a second copy of Lit without 'allow-duplicates' (why the docs ask for it)", async () => {
    const { page: tab, problems } = await openPage(browser);
    await tab.goto(`${site.origin}/two-copies-no-duplicates`);
    // The first copy to load defines the tracker and works; the second one's policy is refused.
    await waitForText(tab, 'gov-status-tracker', 'Tra cứu');
    await tab.waitForFunction(() => window.__violations.some((text) => text.startsWith('trusted-types')), { timeout: BACKSTOP_MS });
    assert.ok(problems.pageErrors.some((text) => /lit-html|policy/i.test(text)), problems.pageErrors.join('\n'));
    await tab.close();
  });
});
