// The API on another origin than the page, with a bearer token from the host: the browser
// sends a CORS preflight, and everything works when the back end allows the headers
// docs/security.md lists.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage } from './support/browser.mjs';
import { startStaticServer } from './support/static-server.mjs';
import { startApiServer } from './support/api-server.mjs';
import { bundleRoutes, ELEMENT_TAGS, page, whenDefined } from './support/pages.mjs';
import { typeInto, waitForText } from './support/dom.mjs';

const TOKEN = 'e2e-token-9f3a';

/** The portal's own script: its login gives the token; motcua asks for it per request. */
const CONFIG_JS = `
customElements.whenDefined('gov-config').then(function () {
  document.querySelector('gov-config').getToken = async function () { return '${TOKEN}'; };
});
`;

describe('an API on another origin, with a bearer token', () => {
  let browser;
  let site;
  let api;

  before(async () => {
    site = await startStaticServer({ ...bundleRoutes('/motcua.js'), '/portal-config.js': { body: CONFIG_JS } });
    api = await startApiServer({ allowOrigin: site.origin });
    site.routes['/'] = {
      body: page({
        head: '<script type="module" src="/motcua.js"></script><script type="module" src="/portal-config.js"></script>',
        body: `<main><h1>Tra cứu thủ tục</h1>
          <gov-config api-base="${api.base}"><gov-procedure-search></gov-procedure-search></gov-config></main>`,
      }),
    };
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
  });

  it('sends a preflight, then the request with Authorization, and shows the answer', async () => {
    const { page: tab, problems } = await openPage(browser);
    await tab.goto(`${site.origin}/`);
    await whenDefined(tab, ['gov-config', 'gov-procedure-search']);
    await tab.waitForFunction(() => typeof document.querySelector('gov-config').getToken === 'function');

    await typeInto(tab, 'gov-procedure-search >>> input', 'ly lich tu phap');
    await waitForText(tab, 'gov-procedure-search', /lý lịch tư pháp/i);

    const searches = api.requests.filter((request) => request.path.startsWith('/api/v1/procedures'));
    assert.ok(searches.length > 0, 'no search reached the API');
    for (const request of searches) {
      assert.equal(request.headers.authorization, `Bearer ${TOKEN}`);
      assert.equal(request.origin, site.origin);
      assert.match(String(request.headers['accept-language']), /^vi/);
    }
    const preflight = api.preflights.find((entry) => entry.path.startsWith('/api/v1/procedures'));
    assert.ok(preflight, 'the browser sent no preflight');
    assert.equal(preflight.origin, site.origin);
    assert.equal(preflight.method, 'GET');
    assert.ok(preflight.headers.split(',').map((name) => name.trim()).includes('authorization'), preflight.headers);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});
