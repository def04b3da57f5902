// A pointer reaches what it aims at, also far down a list. Results after the first eight are
// laid out only when they come near the view (content-visibility, docs/elements/
// procedure-search.md); a tool that scrolls a result into view and clicks at once (as
// puppeteer does, and as voice-control software may) must still land on that result.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/browser.mjs';
import { startSiteWithApi } from './support/site.mjs';
import { bundleRoutes, ELEMENT_TAGS, page, whenDefined } from './support/pages.mjs';
import { typeInto, until, waitFor, waitForText } from './support/dom.mjs';

describe('a pointer on a long list of results', () => {
  let browser;
  let site;
  let api;
  let close;

  before(async () => {
    ({ site, api, browser, close } = await startSiteWithApi(bundleRoutes('/motcua.js')));
    site.routes['/'] = {
      body: page({
        head: '<script type="module" src="/motcua.js"></script>',
        body: `<main><h1>Dịch vụ công</h1><gov-config api-base="${api.base}">
          <gov-procedure-search page-size="20"></gov-procedure-search>
        </gov-config></main>`,
      }),
    };
  });

  after(() => close?.());

  it('opens the result it clicks, even one not yet laid out', async () => {
    const { page: tab, problems } = await openPage(browser);
    await tab.setViewport({ width: 800, height: 600 });
    await tab.goto(`${site.origin}/`);
    await whenDefined(tab, ELEMENT_TAGS, problems);
    await typeInto(tab, 'gov-procedure-search >>> input[type="search"]', 'giay');
    await waitForText(tab, 'gov-procedure-search', /Kết quả tìm kiếm/);
    await until(tab, () => document.querySelector('gov-procedure-search').shadowRoot.querySelectorAll('[part="result-link"]').length >= 16, [], {
      what: 'at least 16 results',
    });

    for (const index of [15, 11]) {
      const link = await waitFor(tab, `gov-procedure-search >>> li[part="result"]:nth-child(${index + 1}) [part="result-link"]`);
      const aimedAt = await link.evaluate((element) => element.textContent.trim());
      await link.click();
      await waitFor(tab, 'gov-procedure-search >>> #detail-title');
      const opened = await tab.evaluate(() => document.querySelector('gov-procedure-search').shadowRoot.querySelector('#detail-title').textContent.trim());
      assert.equal(opened, aimedAt, `clicked result ${index + 1}`);
      // Back to the same list, with the element's own back action.
      const back = await tab.evaluate(() => {
        const root = document.querySelector('gov-procedure-search').shadowRoot;
        const button = [...root.querySelectorAll('button, a')].find((element) => /Quay lại/.test(element.textContent));
        button?.click();
        return Boolean(button);
      });
      assert.ok(back, 'a back action');
      await until(tab, () => document.querySelector('gov-procedure-search').shadowRoot.querySelectorAll('[part="result-link"]').length >= 16, [], {
        what: 'the list again',
      });
    }
    assert.deepEqual(problems.pageErrors, []);
  });
});
