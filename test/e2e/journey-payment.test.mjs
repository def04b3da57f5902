// Paying with the submission, on the built CDN folder (autoloader, element modules, the
// form's on-demand later part), with the mock API in Node on another origin so that its
// dossiers outlive the page: a citizen applies for a criminal record certificate (a
// procedure whose fee is paid with the submission), leaves for the payment platform, comes
// back to the portal page, and finds the receipt with the payment paid, the QR code of the
// tracker and the copy button. The mock's platform decides at once (`paid`) and sends the
// citizen straight back to the return address (docs/api.md, payments).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage } from './support/browser.mjs';
import { startSiteWithApi } from './support/site.mjs';
import { cdnFolderRoutes, page, whenDefined } from './support/pages.mjs';
import { deepText, until, waitFor, waitForText } from './support/dom.mjs';
import { byRole, clickButton, clickRole, typeIntoLabelled } from './support/citizen.mjs';
import { axeViolations } from './support/axe.mjs';

const FORM = 'gov-dossier-form';
const JUDICIAL_RECORD = '2.001417';

/** The portal's login hands the applicant's identity to the form (VNeID, in a real portal). */
const PORTAL_JS = `
customElements.whenDefined('gov-dossier-form').then(function () {
  document.querySelector('gov-dossier-form').applicant = {
    fullName: 'Nguyễn Văn An', nationalId: '001090012345', phone: '0912345678', gender: 'nam',
    dateOfBirth: '1990-05-12', address: { provinceCode: '01', communeCode: '00004', street: '12 Phố Đội Cấn' }
  };
});
`;

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

describe('paying with the submission, through the mock checkout, on the CDN folder', () => {
  let site;
  let api;
  let browser;
  let close;
  let dir;

  before(async () => {
    ({ site, api, browser, close } = await startSiteWithApi({ ...cdnFolderRoutes('/vendor/motcua'), '/portal.js': { body: PORTAL_JS } }));
    site.routes['/nop-ho-so'] = {
      body: page({
        head: '<script type="module" src="/vendor/motcua/autoloader.js"></script><script type="module" src="/portal.js"></script>',
        body: `<main><h1>Nộp hồ sơ trực tuyến</h1>
          <gov-dossier-form api-base="${api.base}" procedure="${JUDICIAL_RECORD}" tracker-url="${site.origin}/tra-cuu"></gov-dossier-form></main>`,
      }),
    };
    dir = mkdtempSync(join(tmpdir(), 'motcua-payment-'));
    writeFileSync(join(dir, 'can-cuoc.pdf'), pdf);
  });

  after(async () => {
    await close?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('apply → pay at the platform → back to the receipt: paid, with the QR code and the copy button', async () => {
    const { page: tab, problems } = await openPage(browser, { viewport: { width: 1024, height: 900 } });
    const axe = async (state) => assert.deepEqual(await axeViolations(tab), [], `axe in ${state}`);
    await tab.goto(`${site.origin}/nop-ho-so`);
    await whenDefined(tab, [FORM], problems);
    await waitForText(tab, FORM, 'Người được cấp Phiếu');
    await until(tab, () => document.querySelector('gov-dossier-form').shadowRoot.querySelector('input[name="fullName"], #f0')?.value === 'Nguyễn Văn An', [], {
      what: 'the prefill from the portal',
    });

    // Step 1: who applies (the procedure takes citizens and foreigners), and what the login did not give.
    await clickRole(tab, 'radio', 'Công dân Việt Nam');
    await typeIntoLabelled(tab, 'Nơi sinh', 'Thành phố Hà Nội');
    await (await waitFor(tab, byRole('combobox', 'Quốc tịch'))).select('VN');
    await clickButton(tab, 'Tiếp tục');
    await waitForText(tab, FORM, 'Nội dung yêu cầu');

    // Step 2: the request.
    await clickRole(tab, 'radio', 'Phiếu lý lịch tư pháp số 1');
    await (await waitFor(tab, byRole('combobox', 'Mục đích sử dụng Phiếu'))).select('xin-viec');
    await typeIntoLabelled(tab, 'Số lượng Phiếu yêu cầu cấp', '1');
    await typeIntoLabelled(tab, 'Quá trình cư trú từ đủ 14 tuổi', '2004 đến nay: Hà Nội, nhân viên văn phòng', { role: 'textbox' });
    await clickButton(tab, 'Tiếp tục');
    await waitForText(tab, FORM, 'Giấy tờ đính kèm');

    // The documents: a "Chọn tệp" button, and on a touch screen no word of dragging.
    // (Chromium puts a space before the visually hidden part of the name.)
    await waitFor(tab, byRole('button', 'Chọn tệp : Bản chụp Căn cước hoặc hộ chiếu'), { visible: true });
    const dragWords = () =>
      [...document.querySelector('gov-dossier-form').shadowRoot.querySelectorAll('.drop-hint')].some((hint) => hint.checkVisibility());
    // A touch screen: Chromium's touch emulation makes the pointer coarse and hover none.
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    assert.equal(await tab.evaluate(() => matchMedia('(pointer: coarse)').matches), true, 'the touch screen was not emulated');
    assert.equal(await tab.evaluate(dragWords), false, 'a touch screen is told to drag and drop');
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    // Headless Chromium's own pointer may not hover: the words follow what the device can do.
    const canDrag = await tab.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches);
    assert.equal(await tab.evaluate(dragWords), canDrag, 'the drop words do not follow the pointer');
    await (await waitFor(tab, `${FORM} >>> [data-document="CCCD"] input[type="file"]`)).uploadFile(join(dir, 'can-cuoc.pdf'));
    await waitForText(tab, FORM, 'Đã tải lên');
    await clickButton(tab, 'Tiếp tục');
    await waitForText(tab, FORM, 'Kiểm tra và nộp hồ sơ');

    // The review: the fees of the online channel, per unit, and their total.
    await waitForText(tab, FORM, 'Phí, lệ phí');
    const review = await deepText(tab, FORM);
    assert.match(review, /Lệ phí cấp Phiếu lý lịch tư pháp 100\.000 đồng\/Phiếu/);
    assert.match(review, /Được miễn:/);
    await axe('the review with its fees');
    await clickRole(tab, 'checkbox', 'Tôi xác nhận lời cam đoan trên');
    await clickButton(tab, 'Nộp hồ sơ');

    // The receipt: the code, and the fee to pay.
    await waitForText(tab, FORM, 'Cần thanh toán 100.000 đồng để hồ sơ được xử lý.');
    const receipt = await deepText(tab, FORM);
    const code = /Mã hồ sơ\s+(\S+-\d{6}-\d{4})/.exec(receipt)?.[1];
    assert.ok(code, `no dossier code on the receipt: ${receipt.slice(0, 300)}`);
    await axe('the receipt, payment due');

    // Printed: the answers and the documents join the code and the QR code; no button.
    await tab.emulateMediaType('print');
    const printed = await tab.evaluate(() => {
      const root = document.querySelector('gov-dossier-form').shadowRoot;
      const visible = (selector) => [...root.querySelectorAll(selector)].filter((node) => node.checkVisibility()).length;
      return { answers: visible('.receipt-submission .summary-row'), buttons: visible('button'), qr: visible('.receipt-qr svg'), width: root.querySelector('.receipt').getBoundingClientRect().width };
    });
    await tab.emulateMediaType(null);
    assert.ok(printed.answers > 5, `the printed copy lacks the answers: ${JSON.stringify(printed)}`);
    assert.equal(printed.buttons, 0);
    assert.equal(printed.qr, 1);

    // To the payment platform and back: a new page load at the return address.
    const back = tab.waitForNavigation({ waitUntil: 'load' });
    await clickButton(tab, 'Thanh toán 100.000 đồng');
    await back;
    assert.match(tab.url(), new RegExp(`^${site.origin}/nop-ho-so\\?`));
    assert.doesNotMatch(tab.url(), /0912345678|5678|001090012345|Nguy/, 'personal data in the return address');
    await whenDefined(tab, [FORM], problems);
    await waitForText(tab, FORM, 'Đã thanh toán 100.000 đồng lúc');
    const paid = await deepText(tab, FORM);
    assert.ok(paid.includes(code), 'the receipt shows the same dossier code');
    assert.match(paid, /Ngày hẹn trả kết quả\s*\d\d:\d\d \d\d\/\d\d\/\d{4}/, 'the appointment with its time');
    const qr = await tab.evaluate(() => document.querySelector('gov-dossier-form').shadowRoot.querySelector('.receipt-qr svg')?.getAttribute('aria-label'));
    assert.equal(qr, `Mã QR mở trang theo dõi hồ sơ ${code}`);
    // The state came from a lookup, with the verifier in the body, never in a URL.
    const lookups = api.requests.filter((request) => request.path === '/api/v1/dossiers/lookup');
    assert.ok(lookups.length >= 1, 'no lookup after the return');
    for (const request of api.requests) assert.doesNotMatch(request.path, /5678|0912345678/, request.path);
    await axe('the receipt, paid');

    // Copy the code: the clipboard holds exactly the code.
    await browser.defaultBrowserContext().overridePermissions(site.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await clickButton(tab, 'Sao chép mã');
    await waitForText(tab, FORM, 'Đã sao chép mã hồ sơ.');
    assert.equal(await tab.evaluate(() => navigator.clipboard.readText()), code);

    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
  });
});
