// The API on another origin than the page, with a bearer token from the host: the browser
// sends a CORS preflight, and everything works when the back end allows the headers
// docs/security.md lists.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/browser.mjs';
import { startSiteWithApi } from './support/site.mjs';
import { ALLOWED_HEADERS } from './support/api-server.mjs';
import { bundleRoutes, page, whenDefined } from './support/pages.mjs';
import { typeInto, until, waitForText } from './support/dom.mjs';

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
  let close;

  before(async () => {
    ({ site, api, browser, close } = await startSiteWithApi({ ...bundleRoutes('/motcua.js'), '/portal-config.js': { body: CONFIG_JS } }));
    site.routes['/'] = {
      body: page({
        head: '<script type="module" src="/motcua.js"></script><script type="module" src="/portal-config.js"></script>',
        body: `<main><h1>Tra cứu thủ tục</h1>
          <gov-config api-base="${api.base}">
            <gov-procedure-search></gov-procedure-search>
            <gov-status-tracker></gov-status-tracker>
          </gov-config></main>`,
      }),
    };
  });

  after(() => close?.());

  it('sends a preflight, then the request with Authorization, and shows the answer', async () => {
    const { page: tab, problems } = await openPage(browser);
    await tab.goto(`${site.origin}/`);
    await whenDefined(tab, ['gov-config', 'gov-procedure-search'], problems);
    await until(tab, () => typeof document.querySelector('gov-config').getToken === 'function');
    // The first suggestions may leave before the portal's script has set the getter (they
    // are public, so that is fine); the search typed afterwards must carry the token.

    await typeInto(tab, 'gov-procedure-search >>> input', 'ly lich tu phap');
    await waitForText(tab, 'gov-procedure-search', /Kết quả tìm kiếm.*lý lịch tư pháp/i);

    // The search for what was typed, and everything sent after the getter was in place.
    const searches = api.requests.filter((request) => /[?&]q=ly(\+|%20)lich(\+|%20)tu(\+|%20)phap/.test(request.path));
    assert.equal(searches.length, 1, `one search for the typed words: ${JSON.stringify(api.requests.map((r) => r.path))}`);
    const [search] = searches;
    assert.equal(search.headers.authorization, `Bearer ${TOKEN}`);
    assert.equal(search.origin, site.origin);
    assert.match(String(search.headers['accept-language']), /^vi/);
    const afterToken = api.requests.slice(api.requests.indexOf(search));
    for (const request of afterToken) assert.equal(request.headers.authorization, `Bearer ${TOKEN}`, request.path);

    // Its preflight: same path, asked by the page's origin, for a GET carrying Authorization.
    const preflight = api.preflights.find((entry) => entry.path === '/api/v1/procedures' && /authorization/i.test(entry.headers ?? ''));
    assert.ok(preflight, `the browser sent no preflight: ${JSON.stringify(api.preflights)}`);
    assert.equal(preflight.origin, site.origin);
    assert.equal(preflight.method, 'GET');
    const asked = preflight.headers.split(',').map((name) => name.trim().toLowerCase());
    assert.ok(asked.includes('authorization'), preflight.headers);
    // Everything the browser asked for is in what docs/security.md tells back ends to allow.
    const allowed = ALLOWED_HEADERS.split(',').map((name) => name.trim().toLowerCase());
    assert.deepEqual(asked.filter((name) => !allowed.includes(name)), [], 'headers the documented CORS answer does not allow');
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });

  it('POSTs JSON after a preflight, and an error answer reaches the citizen as itself, not as "no connection"', async () => {
    const { page: tab, problems } = await openPage(browser);
    await tab.goto(`${site.origin}/`);
    await whenDefined(tab, ['gov-config', 'gov-status-tracker'], problems);
    await until(tab, () => typeof document.querySelector('gov-config').getToken === 'function');
    const dossier = api.api.demo.find((entry) => entry.status === 4);
    api.preflights.length = 0;

    // A wrong verifier: the back end answers 404 problem+json, with the CORS headers.
    await typeInto(tab, 'gov-status-tracker >>> #code', dossier.code);
    await typeInto(tab, 'gov-status-tracker >>> #verifier', '0000');
    await tab.keyboard.press('Enter');
    await waitForText(tab, 'gov-status-tracker', 'Không tìm thấy hồ sơ');

    // The right one: found, through the same preflighted POST.
    await typeInto(tab, 'gov-status-tracker >>> #verifier', dossier.verifier);
    await tab.keyboard.press('Enter');
    await waitForText(tab, 'gov-status-tracker', `Hồ sơ ${dossier.code}`);

    const lookups = api.requests.filter((request) => request.path === '/api/v1/dossiers/lookup');
    assert.equal(lookups.length, 2);
    for (const lookup of lookups) {
      assert.equal(lookup.method, 'POST');
      assert.equal(lookup.headers.authorization, `Bearer ${TOKEN}`);
      assert.match(String(lookup.headers['content-type']), /^application\/json/);
    }
    const preflight = api.preflights.find((entry) => entry.path === '/api/v1/dossiers/lookup');
    assert.ok(preflight, `no preflight for the lookup: ${JSON.stringify(api.preflights)}`);
    assert.equal(preflight.method, 'POST');
    const asked = preflight.headers.split(',').map((name) => name.trim().toLowerCase());
    assert.ok(asked.includes('content-type') && asked.includes('authorization'), preflight.headers);
    const allowed = ALLOWED_HEADERS.split(',').map((name) => name.trim().toLowerCase());
    assert.deepEqual(asked.filter((name) => !allowed.includes(name)), [], 'headers the documented CORS answer does not allow');
    assert.deepEqual(problems.pageErrors, []);
    // The browser itself logs the 404 of the wrong verifier; nothing else may be there.
    assert.deepEqual(problems.consoleErrors.filter((text) => !/status of 404/.test(text)), []);
  });
});
