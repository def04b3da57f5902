// A portal with a strict Content-Security-Policy: only its own scripts and styles, and the
// API origin for connections. The elements must work with zero violations: no inline
// scripts or `style="…"` attributes, no eval, no stylesheet from elsewhere.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './support/browser.mjs';
import { startSiteWithApi } from './support/site.mjs';
import { bundleRoutes, ELEMENT_TAGS, page, whenDefined } from './support/pages.mjs';
import { typeInto, until, waitForText } from './support/dom.mjs';
import { assertAccessible } from './support/axe.mjs';

/** Loaded first, so it sees every violation, including those of the bundle's first render. */
const RECORDER_JS = `
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  window.__cspViolations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile + ':' + event.lineNumber + ':' + event.columnNumber,
    sample: event.sample,
    element: event.target && event.target.nodeName,
  });
});
`;

describe('a page with a strict Content-Security-Policy', () => {
  let browser;
  let site;
  let api;
  let close;

  before(async () => {
    ({ site, api, browser, close } = await startSiteWithApi({ ...bundleRoutes('/motcua.js'), '/csp-recorder.js': { body: RECORDER_JS } }));
    const csp = `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${api.origin}`;
    site.routes['/'] = {
      headers: { 'Content-Security-Policy': csp },
      body: page({
        head: '<script src="/csp-recorder.js"></script><script type="module" src="/motcua.js"></script>',
        body: `<main><h1>Dịch vụ công trực tuyến</h1>
          <gov-config api-base="${api.base}">
            <gov-procedure-search></gov-procedure-search>
            <gov-status-tracker></gov-status-tracker>
            <gov-dossier-form procedure="1.001193" drafts="off"></gov-dossier-form>
            <gov-service-stats></gov-service-stats>
          </gov-config></main>`,
      }),
    };
  });

  after(() => close?.());

  it('works with no CSP violation', async () => {
    const { page: tab, problems } = await openPage(browser);
    await tab.goto(`${site.origin}/`);
    await whenDefined(tab, ELEMENT_TAGS, problems);

    await typeInto(tab, 'gov-procedure-search >>> input', 'giay khai sinh');
    await waitForText(tab, 'gov-procedure-search', /Kết quả tìm kiếm.*khai sinh/i);
    await waitForText(tab, 'gov-service-stats', /[Gg]iải quyết đúng hạn\s*\d/);
    await waitForText(tab, 'gov-dossier-form', 'Người yêu cầu');

    // A lookup (JSON POST to the API origin) and a step's validation, each a new render.
    const dossier = api.api.demo.find((entry) => entry.status === 5);
    await typeInto(tab, 'gov-status-tracker >>> #code', dossier.code);
    await typeInto(tab, 'gov-status-tracker >>> #verifier', dossier.verifier);
    await tab.keyboard.press('Enter');
    await waitForText(tab, 'gov-status-tracker', 'Bạn cần bổ sung giấy tờ');
    await typeInto(tab, 'gov-dossier-form >>> input[name="requesterName"]', 'Trần Thị Bình');
    await tab.keyboard.press('Enter');
    await waitForText(tab, 'gov-dossier-form', 'Có lỗi cần sửa');
    await assertAccessible(tab, 'strict CSP: results, dossier with a supplement request, a step with errors');

    // A language switch: the English pack is a second module, fetched from the bundle's folder.
    await tab.evaluate(() => document.querySelector('gov-config').setAttribute('locale', 'en'));
    await waitForText(tab, 'gov-dossier-form', 'There is a problem');
    await waitForText(tab, 'gov-status-tracker', 'Track your application');

    const violations = await tab.evaluate(() => window.__cspViolations);
    assert.deepEqual(violations, [], 'CSP violations reported by the page');
    assert.deepEqual(
      problems.consoleErrors.filter((text) => /Content Security Policy/i.test(text)),
      [],
      'CSP errors in the console',
    );
    assert.deepEqual(problems.pageErrors, []);

    // The recorder itself works: an inline style attribute, as a careless template would
    // write one, is reported.
    await tab.evaluate(() => {
      const marker = document.createElement('p');
      marker.setAttribute('style', 'color: red');
      document.body.append(marker);
    });
    await until(tab, () => window.__cspViolations.length > 0, [], { what: 'the recorder to see an inline style' });
    const seen = await tab.evaluate(() => window.__cspViolations.map((violation) => violation.directive));
    assert.deepEqual(seen, ['style-src-attr']);
  });
});
