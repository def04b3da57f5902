// A citizen follows a dossier on the national model (#16), through the built CDN bundle
// (dist/cdn/motcua.js and the parts it loads beside itself) on a portal page, with the mock
// back end as a real HTTP API on another origin, driven with the keyboard and the mouse and
// axe run on every state:
//
// the receipt's QR code opens the tracker page with `?code=` → the verifier, typed → the
// extension with its apology slip → the office asks for a fee (status 6) → "Thanh toán trực
// tuyến" → the mock payment platform sends the citizen back → the verifier again → paid, with
// the e-receipt → the result, its electronic copy downloaded → the rating, sent once → the
// page reloaded: the rating shows as sent.
//
// The office's steps are the mock back end's, moved by the test through its store, as an
// officer's actions would move a real one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage } from './support/browser.mjs';
import { startApiServer } from './support/api-server.mjs';
import { startStaticServer } from './support/static-server.mjs';
import { bundleRoutes, page, whenDefined } from './support/pages.mjs';
import { deepText, waitFor, waitForText } from './support/dom.mjs';
import { byRole, clickButton, focusedOn } from './support/citizen.mjs';
import { axeViolations } from './support/axe.mjs';

/** Where the tracker lives on the portal: the receipts' QR codes open `<this page>?code=CODE`. */
const TRACKING_PATH = '/tra-cuu-ho-so';
const EXTENDED = 'Gia hạn, có phiếu xin lỗi';

describe('tracking a dossier by its QR code, through the built CDN bundle', () => {
  let browser;
  let site;
  let api;

  before(async () => {
    site = await startStaticServer(bundleRoutes('/motcua.js'));
    api = await startApiServer({ allowOrigin: site.origin, mockOptions: { trackingPage: `${site.origin}${TRACKING_PATH}` } });
    site.routes[TRACKING_PATH] = {
      body: page({
        title: 'Tra cứu hồ sơ - Cổng dịch vụ công tỉnh Thái Nguyên',
        head: '<script type="module" src="/motcua.js"></script>',
        body: `<header><p>Cổng dịch vụ công tỉnh Thái Nguyên</p></header>
          <main><h1>Tra cứu hồ sơ</h1><gov-status-tracker api-base="${api.base}"></gov-status-tracker></main>`,
      }),
    };
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await api?.close();
    await site?.close();
  });

  it('QR link → verifier → extension and apology slip → pay → receipt → result download → rating, axe-clean throughout', async () => {
    const { page: tab, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    const store = api.api.store;
    const seeded = api.api.demo.find((dossier) => dossier.label === EXTENDED);
    assert.ok(seeded, `no demo dossier "${EXTENDED}"`);
    const { code, verifier } = seeded;
    const record = store.dossiers.get(code);
    // The result's electronic copy lives on another host: the browser's request for it is answered here.
    const downloads = [];
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      if (request.url().startsWith('https://motcua.dev/')) {
        downloads.push(request.url());
        void request.respond({ status: 200, contentType: 'application/pdf', headers: { 'Content-Disposition': 'attachment' }, body: '%PDF-1.4\n%%EOF\n' });
      } else void request.continue();
    });

    let current = 'opening the QR link';
    const step = async (name, body) => {
      current = name;
      await body();
    };
    const axeFindings = [];
    const checkAxe = async (state) => {
      for (const violation of await axeViolations(tab)) {
        const where = violation.nodes.map((node) => node.target.flat().join(' >> ')).join(', ');
        axeFindings.push(`${state}: ${violation.id} (${violation.impact}) ${violation.help} at ${where}`);
      }
    };
    /** The citizen types the verifier into the box that has the focus and presses Enter. */
    const typeVerifier = async () => {
      await focusedOn(tab, (node) => node.id === 'verifier', 'the verifier box');
      await tab.keyboard.type(verifier, { delay: 2 });
      await tab.keyboard.press('Enter');
    };
    /** The citizen looks the dossier up again: the code is still in its box. */
    const lookUpAgain = async () => {
      const box = await waitFor(tab, byRole('textbox', '4 số xác minh'), { visible: true });
      await box.click();
      await tab.keyboard.type(verifier, { delay: 2 });
      await tab.keyboard.press('Enter');
    };

    try {
      await step('the receipt’s QR code opens the tracker with the code, the verifier asked', async () => {
        // What the receipt's QR code encodes: the back end's trackingUrl, `<tracker page>?code=CODE`.
        const { trackingUrl } = store.dossiers.receipt(record, 'vi', record.procedure.name, `${site.origin}${TRACKING_PATH}`);
        assert.equal(trackingUrl, `${site.origin}${TRACKING_PATH}?code=${encodeURIComponent(code)}`);
        await tab.goto(trackingUrl);
        await whenDefined(tab, ['gov-status-tracker'], problems);
        await waitForText(tab, 'gov-status-tracker', 'điền sẵn từ đường dẫn');
        const shown = await tab.$eval('gov-status-tracker >>> #code', (input) => input.value);
        assert.equal(shown, code);
        await checkAxe('tracker opened by QR link');
        await typeVerifier();
      });

      await step('the extension with its apology slip', async () => {
        await waitForText(tab, 'gov-status-tracker', `Hồ sơ ${code}`);
        await waitForText(tab, 'gov-status-tracker', 'Cơ quan gia hạn giải quyết');
        const text = await deepText(tab, 'gov-status-tracker');
        assert.match(text, /Hẹn cũ\s*\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
        assert.match(text, /Hẹn mới\s*\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
        const slip = await waitFor(tab, byRole('link', 'Tải xuống Phiếu xin lỗi và hẹn lại ngày trả kết quả'));
        assert.match(await slip.evaluate((link) => link.href), /^https:\/\/motcua\.dev\/phieu-xin-loi\//);
        await checkAxe('extension with apology slip');
      });

      await step('the office asks for a fee; the citizen pays through the platform and comes back', async () => {
        store.dossiers.setStatus(code, 6);
        await lookUpAgain();
        await waitForText(tab, 'gov-status-tracker', 'Bạn cần nộp phí, lệ phí');
        await waitForText(tab, 'gov-status-tracker', 'Chờ thanh toán');
        await checkAxe('payment requested');
        await Promise.all([tab.waitForNavigation(), clickButton(tab, 'Thanh toán trực tuyến')]);
        // Back on the portal from the platform: the address names the dossier and the request, never the verifier.
        const back = new URL(tab.url());
        assert.equal(back.pathname, TRACKING_PATH);
        assert.equal(back.searchParams.get('code'), code);
        assert.ok(back.searchParams.get('motcua-payment'));
        assert.ok(!tab.url().includes(verifier), 'the verifier is in the address');
        await whenDefined(tab, ['gov-status-tracker'], problems);
        await typeVerifier();
        await waitForText(tab, 'gov-status-tracker', 'Thanh toán thành công');
        const receipt = await waitFor(tab, byRole('link', 'Tải xuống biên lai điện tử'));
        assert.match(await receipt.evaluate((link) => link.href), /^https:\/\/motcua\.dev\/bien-lai\//);
        await waitForText(tab, 'gov-status-tracker', /Trạng thái hiện tại\s*Đang xử lý/);
        await checkAxe('back from the payment platform, paid');
      });

      await step('the result, its electronic copy downloaded', async () => {
        store.dossiers.setStatus(code, 9);
        store.dossiers.setStatus(code, 10);
        await lookUpAgain();
        await waitForText(tab, 'gov-status-tracker', /Trạng thái hiện tại\s*Đã trả kết quả/);
        const download = await waitFor(tab, `gov-status-tracker >>> .documents a.link`, { visible: true });
        assert.ok(await download.evaluate((link) => link.hasAttribute('download')));
        await Promise.all([tab.waitForRequest((request) => /^https:\/\/motcua\.dev\/ket-qua\/.+\.pdf$/.test(request.url())), download.click()]);
        assert.ok(downloads.some((url) => url.includes('/ket-qua/')), `no result download: ${downloads.join(', ')}`);
        await checkAxe('result delivered');
      });

      await step('the rating: two questions, three levels each, sent once', async () => {
        await waitForText(tab, 'gov-status-tracker', 'Đánh giá mức độ hài lòng');
        const send = await waitFor(tab, byRole('button', 'Gửi đánh giá'), { visible: true });
        await send.click();
        await waitForText(tab, 'gov-status-tracker', 'Chọn một mức cho câu: Mức độ thuận tiện khi thực hiện thủ tục');
        await checkAxe('rating without answers');
        await (await waitFor(tab, 'gov-status-tracker >>> #rating-convenience-very-satisfied')).click();
        await (await waitFor(tab, 'gov-status-tracker >>> #rating-overall-satisfied')).click();
        await (await waitFor(tab, 'gov-status-tracker >>> #rating-comment')).click();
        await tab.keyboard.type('Cán bộ hướng dẫn tận tình.', { delay: 2 });
        const again = await waitFor(tab, byRole('button', 'Gửi đánh giá'), { visible: true });
        await again.click({ count: 2 });
        await waitForText(tab, 'gov-status-tracker', 'Cảm ơn bạn. Đã nhận đánh giá lúc');
        const ratings = api.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/rating'));
        assert.equal(ratings.length, 1, 'one rating sent for a double click');
        assert.deepEqual(
          { convenience: record.rating?.convenience, overall: record.rating?.overall, comment: record.rating?.comment },
          { convenience: 'very-satisfied', overall: 'satisfied', comment: 'Cán bộ hướng dẫn tận tình.' },
        );
        await checkAxe('rating sent');
      });

      await step('reloaded, the rating shows as sent', async () => {
        await tab.reload();
        await whenDefined(tab, ['gov-status-tracker'], problems);
        await typeVerifier();
        await waitForText(tab, 'gov-status-tracker', 'Bạn đã đánh giá hồ sơ này lúc');
        assert.equal(await tab.$('gov-status-tracker >>> .rating-form'), null);
        await checkAxe('rating already sent');
      });
    } catch (error) {
      throw new Error(`step "${current}": ${error.message}`, { cause: error });
    }
    assert.deepEqual(axeFindings, []);
    assert.deepEqual(problems.pageErrors, []);
    // The electronic copies' host is answered by the test; nothing else may fail.
    assert.deepEqual(problems.consoleErrors, []);
  });
});
