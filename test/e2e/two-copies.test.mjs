// Two copies of the SDK on one page, as happens when a portal embeds one version and a
// widget from another team brings its own: the second copy must not throw, and the
// elements, including ones created after it loaded, keep working with the page's config.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/browser.mjs';
import { startSiteWithApi } from './support/site.mjs';
import { bundleRoutes, ELEMENT_TAGS, page, whenDefined } from './support/pages.mjs';
import { typeInto, waitForText } from './support/dom.mjs';

describe('two copies of the SDK on one page', () => {
  let browser;
  let site;
  let api;
  let close;

  before(async () => {
    ({ site, api, browser, close } = await startSiteWithApi(bundleRoutes('/v1/motcua.js', '/v2/motcua.js')));
    site.routes['/'] = {
      body: page({
        head: '<script type="module" src="/v1/motcua.js"></script>',
        body: `<main><h1>Dịch vụ công</h1><gov-config api-base="${api.base}">
          <gov-procedure-search></gov-procedure-search>
          <div id="later"></div>
        </gov-config></main>`,
      }),
    };
  });

  after(() => close?.());

  it('loads both without an exception, and the elements work', async () => {
    const { page: tab, problems } = await openPage(browser);
    await tab.goto(`${site.origin}/`);
    await whenDefined(tab, ELEMENT_TAGS, problems);
    // The second copy arrives after the first has rendered, like a late widget script.
    await tab.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const script = document.createElement('script');
          script.type = 'module';
          script.src = '/v2/motcua.js';
          script.onload = resolve;
          script.onerror = reject;
          document.head.append(script);
        }),
    );
    assert.ok(site.requests.some((request) => request.path === '/v2/motcua.js'), 'the second copy was not loaded');

    await typeInto(tab, 'gov-procedure-search >>> input', 'dang ky ho kinh doanh');
    await waitForText(tab, 'gov-procedure-search', /hộ kinh doanh/i);

    // An element created after both copies ran still gets the page's <gov-config>.
    await tab.evaluate(() => document.querySelector('#later').append(document.createElement('gov-service-stats')));
    await waitForText(tab, 'gov-service-stats', /\d/);
    assert.ok(api.requests.some((request) => request.path.startsWith('/api/v1/stats')), 'stats did not use the config');

    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});
