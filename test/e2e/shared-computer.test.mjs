// <gov-dossier-form> from the built CDN bundle, the way a browser really navigates and
// really runs two tabs, which element tests cannot show:
//
// - Back and Forward in the middle of a submission, the page kept in the back/forward
//   cache or loaded again, with drafts on and off: never a second dossier.
// - Two tabs of one browser on one form: the second hears the first (storage events), is
//   told, and never writes the draft back after the first submitted it.
//
// The API answers the submission two seconds late (a slow uplink), so Back leaves while
// the request is in flight; the API creates the dossier anyway, as a server does.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { openPage } from './support/browser.mjs';
import { CHROME_PATH, CHROMIUM_FLAGS } from './support/env.mjs';
import { startSiteWithApi } from './support/site.mjs';
import { bundleRoutes, page, whenDefined } from './support/pages.mjs';
import { BACKSTOP_MS, deepText, typeInto, until, untilNode, waitFor, waitForText } from './support/dom.mjs';
import { byRole, clickButton } from './support/citizen.mjs';

const FORM = 'gov-dossier-form';
const APPLICANT = {
  fullName: 'Nguyễn Văn An',
  nationalId: '001090012345',
  phone: '0912345678',
  email: 'an.nguyen@example.vn',
  dateOfBirth: '1990-05-12',
  gender: 'nam',
  address: { provinceCode: '01', communeCode: '00004', street: '12 Phố Đội Cấn' },
};
const SUBMIT_DELAY_MS = 2000;

describe('a shared computer: Back and Forward during a submission, two tabs', () => {
  let browser;
  /** A browser that keeps no page in the back/forward cache, as when one was evicted from it. */
  let uncached;
  let site;
  let api;
  let close;
  let dir;
  let certificate;

  before(async () => {
    ({ site, api, browser, close } = await startSiteWithApi(bundleRoutes('/motcua.js')));
    uncached = await puppeteer.launch({
      executablePath: CHROME_PATH,
      headless: true,
      args: [...CHROMIUM_FLAGS, '--disable-back-forward-cache'],
      protocolTimeout: 30_000,
    });
    dir = mkdtempSync(join(tmpdir(), 'motcua-shared-'));
    certificate = join(dir, 'giay-chung-sinh.pdf');
    writeFileSync(certificate, '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    site.routes['/setup.js'] = { body: `document.querySelector('${FORM}').applicant = ${JSON.stringify(APPLICANT)};`, type: 'js' };
    site.routes['/start'] = { body: page({ body: '<main><h1>Cổng dịch vụ công</h1></main>' }) };
    for (const drafts of ['on', 'off']) {
      const body = page({
        head: '<script type="module" src="/motcua.js"></script><script type="module" src="/setup.js"></script>',
        body: `<main><h1>Đăng ký khai sinh</h1><${FORM} api-base="${api.base}" procedure="1.001193" drafts="${drafts}"></${FORM}></main>`,
      });
      site.routes[`/form-${drafts}`] = { body, headers: { 'Cache-Control': 'no-cache' } };
    }
  });

  after(async () => {
    await uncached?.close();
    await close?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const posts = () => api.requests.filter((request) => request.method === 'POST' && request.path === '/api/v1/dossiers');
  const keys = () => new Set(posts().map((request) => request.headers['idempotency-key']));

  /** Chooses an option of a select by its value, through the shadow root. */
  async function choose(tab, name, value) {
    const select = await waitFor(tab, `${FORM} >>> select[name="${name}"]`, { visible: true });
    await select.select(value);
  }

  async function fillToReview(tab) {
    await choose(tab, 'relationship', 'cha');
    await clickButton(tab, 'Tiếp tục');
    await waitForText(tab, FORM, 'Thông tin của trẻ');
    await typeInto(tab, `${FORM} >>> input[name="childName"]`, 'Nguyễn Minh Khôi');
    await (await waitFor(tab, byRole('radio', 'Nam'))).click();
    await typeInto(tab, `${FORM} >>> input[name="childDateOfBirth-day"]`, '3');
    await typeInto(tab, `${FORM} >>> input[name="childDateOfBirth-month"]`, '11');
    await typeInto(tab, `${FORM} >>> input[name="childDateOfBirth-year"]`, '2025');
    await (await waitFor(tab, byRole('radio', 'Tại cơ sở y tế'))).click();
    await typeInto(tab, `${FORM} >>> input[name="birthFacility"]`, 'Bệnh viện Phụ sản Hà Nội');
    await choose(tab, 'childEthnicity', '01');
    await choose(tab, 'childNationality', 'VN');
    await clickButton(tab, 'Tiếp tục');
    await waitForText(tab, FORM, 'Người mẹ');
    await typeInto(tab, `${FORM} >>> input[name="motherName"]`, 'Trần Thị Bình');
    await typeInto(tab, `${FORM} >>> input[name="motherDateOfBirth-day"]`, '20');
    await typeInto(tab, `${FORM} >>> input[name="motherDateOfBirth-month"]`, '8');
    await typeInto(tab, `${FORM} >>> input[name="motherDateOfBirth-year"]`, '1992');
    await typeInto(tab, `${FORM} >>> input[name="motherId"]`, '001192034567');
    await choose(tab, 'motherEthnicity', '01');
    await clickButton(tab, 'Tiếp tục');
    await typeInto(tab, `${FORM} >>> input[name="extractCopies"]`, '1');
    await clickButton(tab, 'Tiếp tục');
    await waitForText(tab, FORM, 'Giấy tờ đính kèm');
    await (await waitFor(tab, `${FORM} >>> [data-document="GCS"] input[type="file"]`)).uploadFile(certificate);
    await until(tab, (tag) => document.querySelector(tag).shadowRoot.querySelectorAll('[data-document="GCS"] .file.done').length === 1, [FORM], {
      what: 'the upload to finish',
    });
    await clickButton(tab, 'Tiếp tục');
    await waitForText(tab, FORM, 'Kiểm tra và nộp hồ sơ');
    await (await waitFor(tab, byRole('checkbox', 'Tôi xác nhận lời cam đoan trên'))).click();
  }

  /** A new tab on the site, with nothing of an earlier test in its storage. */
  async function freshTab(inBrowser) {
    const opened = await openPage(inBrowser);
    await opened.page.goto(`${site.origin}/start`);
    await opened.page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    return opened;
  }

  /**
   * Opens the form after another page, fills it, submits, and while the submission is on
   * its way goes Back and Forward. Answers whether the page came back from the cache (its
   * scripts' state intact) rather than loaded again.
   */
  async function submitThenBackAndForward(inBrowser, path) {
    const { page: tab, problems } = await freshTab(inBrowser);
    await tab.goto(`${site.origin}${path}`);
    await whenDefined(tab, [FORM], problems);
    await fillToReview(tab);
    api.api.faults.add({ method: 'POST', path: '/dossiers', delayMs: SUBMIT_DELAY_MS, times: 1 });
    await tab.evaluate(() => Object.defineProperty(window, '__sameDocument', { value: true }));
    await clickButton(tab, 'Nộp hồ sơ');
    await untilNode(() => posts().length > 0, { what: 'the submission to leave' });
    assert.equal(posts().length, 1, 'one submission left');
    await tab.goBack();
    await tab.goForward();
    const cached = await tab.evaluate(() => window.__sameDocument === true);
    return { tab, cached, problems };
  }

  /** Waits until the API has created the dossier of the first, slow request. */
  async function firstStored(seeded) {
    await untilNode(() => api.api.store.dossiers.count() > seeded, {
      timeout: SUBMIT_DELAY_MS + BACKSTOP_MS,
      what: 'the slow first request to create its dossier',
    });
  }

  for (const drafts of ['on', 'off']) {
    it(`drafts ${drafts}, the page kept in the back/forward cache: the submission completes, one dossier`, async () => {
      api.api.reset();
      api.requests.length = 0;
      const seeded = api.api.store.dossiers.count();
      const { tab, cached, problems } = await submitThenBackAndForward(browser, `/form-${drafts}`);
      assert.equal(cached, true, 'the page was not restored from the back/forward cache');
      await waitForText(tab, FORM, 'Đã nộp hồ sơ thành công', { timeout: SUBMIT_DELAY_MS + BACKSTOP_MS });
      assert.equal(api.api.store.dossiers.count() - seeded, 1);
      assert.equal(keys().size, 1);
      assert.deepEqual(problems.pageErrors, []);
      await tab.close();
    });

    it(`drafts ${drafts}, the page loaded again: the same key or nothing, one dossier`, async () => {
      api.api.reset();
      api.requests.length = 0;
      const seeded = api.api.store.dossiers.count();
      const { tab, cached, problems } = await submitThenBackAndForward(uncached, `/form-${drafts}`);
      assert.equal(cached, false, 'the page came from the cache: this test is about a real reload');
      await firstStored(seeded);
      assert.equal(api.api.store.dossiers.count() - seeded, 1, 'the first, slow request created the dossier');
      if (drafts === 'on') {
        // The draft holds the answers and the key: once the applicant says it is theirs, the
        // review offers "Nộp lại" with the same body, and the server answers with the first dossier.
        await waitForText(tab, FORM, /Tiếp tục bản khai lưu lúc/);
        await clickButton(tab, 'Tiếp tục');
        await waitForText(tab, FORM, 'Chưa rõ hồ sơ đã được nộp hay chưa');
        // The declaration is confirmed anew: it is not kept in a draft.
        await (await waitFor(tab, byRole('checkbox', 'Tôi xác nhận lời cam đoan trên'))).click();
        await clickButton(tab, 'Nộp lại');
        await waitForText(tab, FORM, 'Đã nộp hồ sơ thành công');
        assert.equal(posts().length, 2);
      } else {
        // Nothing personal was kept: the tab remembers it sent a submission, and says so; a
        // body typed again (here with a new upload) needs the applicant's confirmation.
        await waitForText(tab, FORM, /Một hồ sơ của thủ tục này đã được gửi từ thẻ này lúc \d\d:\d\d mà chưa rõ kết quả/);
        await fillToReview(tab);
        await waitForText(tab, FORM, 'Bản khai hiện tại khác bản đã gửi lúc');
        await clickButton(tab, 'Nộp lại');
        await waitForText(tab, FORM, 'Nộp thành một hồ sơ mới?');
        assert.equal(posts().length, 1, 'nothing sent without the confirmation');
      }
      assert.equal(keys().size, 1);
      assert.equal(api.api.store.dossiers.count() - seeded, 1, 'still one dossier');
      assert.deepEqual(problems.pageErrors, []);
      await tab.close();
    });
  }

  it('two tabs on one form: the second is told, chooses, and never writes back after the first submitted', async () => {
    api.api.reset();
    api.requests.length = 0;
    const first = await freshTab(browser);
    const second = await openPage(browser);
    for (const { page: tab, problems } of [first, second]) {
      await tab.goto(`${site.origin}/form-on`);
      await whenDefined(tab, [FORM], problems);
      await waitForText(tab, FORM, 'Người yêu cầu');
    }
    await first.page.bringToFront();
    await choose(first.page, 'relationship', 'me');
    await waitForText(second.page, FORM, 'Bản khai này vừa được sửa ở một thẻ khác');
    await second.page.bringToFront();
    await clickButton(second.page, 'Dùng bản ở thẻ kia');
    const relationship = await (await waitFor(second.page, `${FORM} >>> select[name="relationship"]`)).evaluate((select) => select.value);
    assert.equal(relationship, 'me');

    await first.page.bringToFront();
    await fillToReview(first.page);
    await clickButton(first.page, 'Nộp hồ sơ');
    await waitForText(first.page, FORM, 'Đã nộp hồ sơ thành công');
    await waitForText(second.page, FORM, 'Hồ sơ này đã được nộp ở một thẻ khác');
    assert.doesNotMatch(await deepText(second.page, FORM), /Trần Thị Bình/);

    // The second tab goes away (pagehide, a flush of anything pending): nothing written back.
    await second.page.goto(`${site.origin}/start`);
    const left = await first.page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('motcua:')));
    assert.deepEqual(left, []);
    assert.equal(posts().length, 1);
    for (const { page: tab, problems } of [first, second]) {
      assert.deepEqual(problems.pageErrors, []);
      await tab.close();
    }
  });
});
