// The whole citizen journey on the demo portal, exactly as `npm start` serves it
// (`node demo/serve.mjs`: demo/site/index.html, its external demo.js, the built autoloader
// and element modules, msw's service worker running the mock back end in the page, and the
// demo's strict CSP),
// driven in headless Chromium with the keyboard and the mouse, axe run on every state:
//
// search "dang ky khai sinh" → the procedure's detail → "Nộp hồ sơ trực tuyến" → the form
// the page opens on `gov-procedure-select` → every step typed like a person → documents
// attached → review → declaration → submit → receipt with its code → "track" → the tracker
// with the code → verifier → status → the office asks for a supplement → the supplement
// uploaded in the tracker → the status moves on to the result → the province's figures,
// and the language switch.
//
// The demo's mock moves a dossier one status per 15 s of its clock. Rather than wait, the
// test moves the page's clock forward (`Date.now`, which the mock reads), as a fake clock
// would: "ten minutes later" takes no time.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser, openPage } from './support/browser.mjs';
import { ROOT, requireCdnBundle } from './support/env.mjs';
import { ELEMENT_TAGS, whenDefined } from './support/pages.mjs';
import { deepText, tabUntil, typeInto, until, waitFor, waitForText } from './support/dom.mjs';
import { byRole, chooseUnit, clickButton, clickRole, focusedOn, typeIntoLabelled, valueOf } from './support/citizen.mjs';
import { axeViolations } from './support/axe.mjs';

const MOCKS_BUNDLE = resolve(ROOT, 'dist/dev/motcua-mocks.js');
const DEMO_SERVER = resolve(ROOT, 'demo/serve.mjs');
/** More than the demo's status interval times the steps to the supplement request. */
const OFFICE_WORKS_MS = 10 * 60_000;

/** Runs before the page's scripts: a clock the test can move, and a CSP violation log. */
const INSTRUMENTATION = `(() => {
  const realNow = Date.now.bind(Date);
  let skew = 0;
  Date.now = () => realNow() + skew;
  Object.defineProperty(window, '__e2e', { value: { advance: (ms) => { skew += ms; }, cspViolations: [] } });
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__e2e.cspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile });
  });
})();`;

/** A small valid PDF: what a scanned document looks like to the back end. */
function pdf(title) {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n` +
      `4 0 obj<</Length ${title.length + 20}>>stream\nBT /F1 12 Tf (${title}) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}
/** A 1×1 PNG: a phone photo of a document, as far as types go. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
  'base64',
);

/** Starts `node demo/serve.mjs` on a free port and resolves to its URL and a stop function. */
async function startDemo() {
  const child = spawn(process.execPath, [DEMO_SERVER], { cwd: ROOT, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`demo/serve.mjs printed no URL: ${output}`)), 10_000);
    const read = (chunk) => {
      output += chunk;
      const match = /(http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => fail(new Error(`demo/serve.mjs exited (${code}): ${output}`)));
  });
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return { url, stop };
}

describe('the citizen journey on the demo portal (npm start), through the built CDN bundle', () => {
  let browser;
  let demo;
  let files;

  before(async () => {
    requireCdnBundle();
    if (!existsSync(MOCKS_BUNDLE)) throw new Error(`${MOCKS_BUNDLE} is missing: run npx rollup -c first`);
    if (!existsSync(DEMO_SERVER)) throw new Error(`${DEMO_SERVER} is missing: the journey runs on the demo portal`);
    const dir = mkdtempSync(join(tmpdir(), 'motcua-journey-'));
    files = {
      dir,
      birthCertificate: join(dir, 'giay-chung-sinh.pdf'),
      marriageCertificate: join(dir, 'giay-chung-nhan-ket-hon.png'),
      declarationScan: join(dir, 'to-khai-dang-ky-khai-sinh.pdf'),
      clearerBirthCertificate: join(dir, 'giay-chung-sinh-ban-ro.pdf'),
    };
    writeFileSync(files.birthCertificate, pdf('Giay chung sinh'));
    writeFileSync(files.marriageCertificate, PNG);
    writeFileSync(files.declarationScan, pdf('To khai dang ky khai sinh'));
    writeFileSync(files.clearerBirthCertificate, pdf('Giay chung sinh - ban ro'));
    demo = await startDemo();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await demo?.stop();
    if (files) rmSync(files.dir, { recursive: true, force: true });
  });

  it('search → apply → attach → submit → track → supplement → result → figures, axe-clean in every state', async () => {
    const { page: tab, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await tab.evaluateOnNewDocument(INSTRUMENTATION);
    /** Every URL the page asks for (the mock answers in the page, but the requests are real). */
    const urls = [];
    tab.on('request', (request) => urls.push(request.url()));
    const storage = () =>
      tab.evaluate(() => ({
        local: Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])),
        session: sessionStorage.length,
        cookie: document.cookie,
      }));
    let current = 'opening the portal';
    /** Names the step a failure happened in. */
    const step = async (name, body) => {
      current = name;
      await body();
    };
    /** axe on each state, collected so that one problem does not hide the later states'. */
    const axeFindings = [];
    const checkAxe = async (state) => {
      const violations = await axeViolations(tab);
      for (const violation of violations) {
        const where = violation.nodes.map((node) => node.target.flat().join(' >> ')).join(', ');
        axeFindings.push(`${state}: ${violation.id} (${violation.impact}) ${violation.help} at ${where}`);
      }
    };

    try {
      await step('the portal loads with its mock back end', async () => {
        await tab.goto(`${demo.url}/`);
        // The demo loads the elements through the autoloader: the form only once it is shown.
        await whenDefined(tab, ELEMENT_TAGS.filter((tag) => tag !== 'gov-dossier-form'), problems);
        await waitForText(tab, '#mock-status', 'Máy chủ giả lập đang chạy');
        await waitForText(tab, 'gov-procedure-search', 'Thủ tục được quan tâm');
        await waitForText(tab, 'gov-service-stats', /[Gg]iải quyết đúng hạn\s*\d/);
        await checkAxe('portal loaded: suggestions, empty tracker, figures');
      });

      await step('search "dang ky khai sinh", typed like a citizen', async () => {
        await typeIntoLabelled(tab, 'Tìm thủ tục hành chính', 'dang ky khai sinh', { role: 'searchbox' });
        await waitForText(tab, 'gov-procedure-search', /Kết quả tìm kiếm.*Đăng ký khai sinh/);
        // The words typed last are answered: an earlier query's results, dimmed while the
        // last one loads, are not the state to check.
        await until(tab, () => document.querySelector('gov-procedure-search').state === 'results', [], { what: 'the search settled' });
        await checkAxe('search results');
      });

      await step('open the procedure from the keyboard', async () => {
        // From the search box, Tab to the first result, as a keyboard user does.
        await tabUntil(tab, (active) => active?.localName === 'a' && active.textContent.trim() === 'Đăng ký khai sinh');
        await tab.keyboard.press('Enter');
        await waitForText(tab, 'gov-procedure-search', 'Trường hợp thông thường');
        await focusedOn(tab, (active) => active.id === 'detail-title', 'the procedure title');
        await checkAxe('procedure detail');
      });

      await step('"Nộp hồ sơ trực tuyến" opens the form (gov-procedure-select)', async () => {
        await clickButton(tab, 'Nộp hồ sơ trực tuyến');
        await waitFor(tab, 'gov-dossier-form');
        await waitForText(tab, 'gov-dossier-form', 'Người yêu cầu');
        await checkAxe('form, first step');
      });

      await step('continuing with nothing filled shows the error summary', async () => {
        await clickButton(tab, 'Tiếp tục');
        await waitForText(tab, 'gov-dossier-form', 'Có lỗi cần sửa');
        await focusedOn(tab, (active) => active.text.startsWith('Có lỗi cần sửa'), 'the error summary');
        await checkAxe('form, first step with errors');
      });

      await step('step 1: the requester', async () => {
        await typeIntoLabelled(tab, 'Họ, chữ đệm và tên người yêu cầu', 'Nguyễn Thị Hoa');
        await typeIntoLabelled(tab, 'Số định danh cá nhân', '019195001234');
        await typeIntoLabelled(tab, 'Số điện thoại di động', '0987654321');
        // Optional questions are found by their field id: Chromium names them "Thư điện
        // tử(không bắt buộc)", without the space the label has.
        await typeInto(tab, 'gov-dossier-form >>> input[name="requesterEmail"]', 'hoa.nguyen@example.vn');
        await chooseByKeyboard(tab, 'Quan hệ với trẻ', 'Mẹ');
        // Enter in a text box continues, as on GOV.UK-style forms.
        await (await waitFor(tab, 'gov-dossier-form >>> input[name="requesterEmail"]')).click();
        await tab.keyboard.press('Enter');
        await waitForText(tab, 'gov-dossier-form', 'Thông tin của trẻ');
      });

      await step('step 2: the child', async () => {
        const born = new Date(Date.now() - 12 * 86_400_000);
        await typeIntoLabelled(tab, 'Họ, chữ đệm và tên của trẻ', 'Trần Minh Khang');
        await clickRole(tab, 'radio', 'Nam');
        await typeIntoLabelled(tab, 'Ngày', String(born.getDate()));
        await typeIntoLabelled(tab, 'Tháng', String(born.getMonth() + 1));
        await typeIntoLabelled(tab, 'Năm', String(born.getFullYear()));
        await clickRole(tab, 'radio', 'Tại cơ sở y tế');
        await typeIntoLabelled(tab, 'Tên cơ sở y tế', 'Bệnh viện Trung ương Thái Nguyên');
        await chooseByKeyboard(tab, 'Dân tộc', 'Kinh');
        await chooseByKeyboard(tab, 'Quốc tịch', 'Việt Nam');
        await typeInto(tab, 'gov-dossier-form >>> input[name="hometown"]', 'xã Đại Từ, tỉnh Thái Nguyên');
        await checkAxe('form, the child');
        await clickButton(tab, 'Tiếp tục');
        await waitForText(tab, 'gov-dossier-form', 'Thông tin của cha, mẹ');
      });

      await step('step 3: the parents and where they live', async () => {
        await typeIntoLabelled(tab, 'Họ, chữ đệm và tên người mẹ', 'Nguyễn Thị Hoa');
        await typeIntoLabelled(tab, 'Ngày', '15');
        await typeIntoLabelled(tab, 'Tháng', '3');
        await typeIntoLabelled(tab, 'Năm', '1995');
        await typeIntoLabelled(tab, 'Số định danh cá nhân của mẹ', '019195001234');
        await chooseByKeyboard(tab, 'Dân tộc của mẹ', 'Kinh');
        // The father's questions appear once the box is ticked (Space, from the keyboard).
        const fatherKnown = await waitFor(tab, byRole('checkbox', 'Khai thông tin người cha'));
        await fatherKnown.focus();
        await tab.keyboard.press('Space');
        await typeIntoLabelled(tab, 'Họ, chữ đệm và tên người cha', 'Trần Văn Bình');
        await typeIntoLabelled(tab, 'Số định danh cá nhân của cha', '019093004321');
        // Province, then commune: the commune list loads from the API for the province.
        // Each unit offered by its own name first (issue #20), so typing it finds it.
        await chooseUnit(tab, byRole('combobox', 'Tỉnh, thành phố'), 'Thái Nguyên (Tỉnh)');
        await chooseUnit(tab, byRole('combobox', 'Xã, phường, đặc khu'), 'Phan Đình Phùng (Phường)');
        await typeIntoLabelled(tab, 'Số nhà, tên đường, thôn, tổ dân phố', 'Số 12, tổ 5');
        await checkAxe('form, the parents');
        await clickButton(tab, 'Tiếp tục');
        await waitForText(tab, 'gov-dossier-form', 'Nhận kết quả');
      });

      await step('step 4: copies of the extract', async () => {
        await typeIntoLabelled(tab, 'Số bản sao trích lục khai sinh', '2');
        await clickButton(tab, 'Tiếp tục');
        await waitForText(tab, 'gov-dossier-form', 'Giấy tờ đính kèm');
      });

      await step('attach the documents', async () => {
        // Continuing without the required document says so.
        await clickButton(tab, 'Tiếp tục');
        await waitForText(tab, 'gov-dossier-form', 'Có lỗi cần sửa');
        // The file chooser of each document is a real <input type=file> in the shadow root.
        const required = await waitFor(tab, 'gov-dossier-form >>> [data-document="GCS"] input[type="file"]');
        await required.uploadFile(files.birthCertificate);
        const optional = await waitFor(tab, 'gov-dossier-form >>> [data-document="GCNKH"] input[type="file"]');
        await optional.uploadFile(files.marriageCertificate);
        await until(
          tab,
          () => document.querySelector('gov-dossier-form').shadowRoot.querySelectorAll('.file.done').length === 2,
          [],
          { what: 'both uploads to finish' },
        );
        await waitForText(tab, 'gov-dossier-form', 'giay-chung-sinh.pdf');
        await checkAxe('attachments uploaded');
        await clickButton(tab, 'Tiếp tục');
        await waitForText(tab, 'gov-dossier-form', 'Kiểm tra và nộp hồ sơ');
      });

      await step('review, then the declaration is required', async () => {
        const review = await deepText(tab, 'gov-dossier-form');
        for (const answer of ['Nguyễn Thị Hoa', 'Trần Minh Khang', 'Bệnh viện Trung ương Thái Nguyên', 'Trần Văn Bình', 'giay-chung-sinh.pdf', 'giay-chung-nhan-ket-hon.png']) {
          assert.ok(review.includes(answer), `the review does not show ${answer}`);
        }
        await checkAxe('review');
        // The unfinished application is kept on this device, under a key without personal data.
        const { local } = await storage();
        const drafts = Object.keys(local).filter((key) => key.startsWith('motcua:dossier-draft:'));
        assert.deepEqual(drafts.map((key) => key.split(':').slice(0, 4).join(':')), ['motcua:dossier-draft:v2:1.001193']);
        assert.ok(local[drafts[0]].includes('Trần Minh Khang'), 'the draft holds the answers');
        assert.ok(!local[drafts[0]].includes('%PDF'), 'the draft holds file contents');
        await clickButton(tab, 'Nộp hồ sơ');
        await waitForText(tab, 'gov-dossier-form', 'Có lỗi cần sửa');
        await checkAxe('review, declaration missing');
        await clickRole(tab, 'checkbox', 'Tôi xác nhận lời cam đoan trên');
      });

      let code;
      await step('submit: the receipt with the dossier code', async () => {
        await clickButton(tab, 'Nộp hồ sơ');
        await waitForText(tab, 'gov-dossier-form', 'Đã nộp hồ sơ thành công');
        const receipt = await deepText(tab, 'gov-dossier-form');
        code = /Mã hồ sơ\s+(\S+-\d{6}-\d{4})/.exec(receipt)?.[1];
        assert.ok(code, `no dossier code on the receipt: ${receipt.slice(0, 300)}`);
        await focusedOn(tab, (active) => active.text === 'Đã nộp hồ sơ thành công', 'the receipt heading');
        // Submitting removes the draft.
        const { local } = await storage();
        assert.deepEqual(Object.keys(local).filter((key) => key.startsWith('motcua:dossier-draft:')), []);
        await checkAxe('receipt');
      });

      await step('"Theo dõi hồ sơ" opens the tracker with the code (gov-track-dossier)', async () => {
        await clickButton(tab, 'Theo dõi hồ sơ');
        await until(tab, (code) => document.querySelector('gov-status-tracker').shadowRoot.querySelector('#code')?.value === code, [code], {
          what: 'the tracker prefilled with the code',
        });
        assert.equal(await valueOf(tab, 'textbox', 'Mã hồ sơ'), code);
        // The verifier: the last 4 digits of the phone given in the application.
        await typeIntoLabelled(tab, '4 số xác minh', '4321');
        await tab.keyboard.press('Enter');
        await waitForText(tab, 'gov-status-tracker', `Hồ sơ ${code}`);
        await waitForText(tab, 'gov-status-tracker', /Trạng thái hiện tại\s*Mới đăng ký/);
        await checkAxe('tracker: newly submitted dossier');
      });

      await step('the office works; a supplement is requested', async () => {
        await tab.evaluate((ms) => window.__e2e.advance(ms), OFFICE_WORKS_MS);
        // The citizen checks again.
        await typeIntoLabelled(tab, '4 số xác minh', '4321');
        await tab.keyboard.press('Enter');
        await waitForText(tab, 'gov-status-tracker', /Trạng thái hiện tại\s*Yêu cầu bổ sung giấy tờ/);
        const shown = await deepText(tab, 'gov-status-tracker');
        for (const status of ['Được tiếp nhận', 'Đang xử lý', 'Bạn cần bổ sung giấy tờ']) {
          assert.ok(shown.includes(status), `the tracker does not show ${status}`);
        }
        await checkAxe('tracker: supplement requested');
      });

      await step('send the supplement from the tracker', async () => {
        // Sending without the files says which are missing.
        await clickButton(tab, 'Gửi giấy tờ bổ sung');
        await waitForText(tab, 'gov-status-tracker', 'Chọn tệp cho giấy tờ');
        await checkAxe('tracker: supplement files missing');
        const inputs = await tab.$$('gov-status-tracker >>> form.supplement input[type="file"]');
        assert.equal(inputs.length, 2, 'the office asked for two documents');
        await inputs[0].uploadFile(files.declarationScan);
        await inputs[1].uploadFile(files.clearerBirthCertificate);
        await typeIntoLabelled(tab, 'Ghi chú gửi cơ quan (không bắt buộc)', 'Gửi lại bản chụp rõ nét hơn.');
        await clickButton(tab, 'Gửi giấy tờ bổ sung');
        await waitForText(tab, 'gov-status-tracker', 'Đã nhận giấy tờ bổ sung lúc');
        await waitForText(tab, 'gov-status-tracker', /Trạng thái hiện tại\s*Đang xử lý/);
        await checkAxe('tracker: supplement sent, processing again');
      });

      await step('the status moves on to the result', async () => {
        await tab.evaluate((ms) => window.__e2e.advance(ms), OFFICE_WORKS_MS);
        await typeIntoLabelled(tab, '4 số xác minh', '4321');
        await tab.keyboard.press('Enter');
        await waitForText(tab, 'gov-status-tracker', /Trạng thái hiện tại\s*Đã trả kết quả/);
        await waitForText(tab, 'gov-status-tracker', 'Kết quả giải quyết');
        await checkAxe('tracker: result delivered');
      });

      await step("the province's figures, and the language switch", async () => {
        await waitForText(tab, 'gov-service-stats', /Tổng cộng\s*[\d.]+/);
        await clickButton(tab, 'English');
        await waitForText(tab, 'gov-service-stats', /On-time rate\s*\d/);
        await waitForText(tab, 'gov-status-tracker', 'Result delivered');
        await waitForText(tab, 'gov-procedure-search', 'Find an administrative procedure');
        assert.equal(await tab.evaluate(() => document.documentElement.lang), 'en');
        await checkAxe('English');
      });

      current = 'the checks of the whole journey';
      // docs/security.md: nothing personal in a URL, nothing kept but the (removed) draft.
      const personal = ['4321', '0987654321', '019195001234', '019093004321', 'Nguy', 'hoa.nguyen'];
      assert.deepEqual(
        urls.filter((url) => personal.some((value) => decodeURIComponent(url).includes(value))),
        [],
        'URLs carrying personal data',
      );
      const kept = await storage();
      assert.deepEqual(
        { motcua: Object.keys(kept.local).filter((key) => key.startsWith('motcua')), session: kept.session, cookie: kept.cookie },
        { motcua: [], session: 0, cookie: '' },
      );
      assert.ok(axeFindings.length === 0, `axe violations, state by state:\n${axeFindings.join('\n')}`);
      const violations = await tab.evaluate(() => window.__e2e.cspViolations);
      assert.deepEqual(violations, [], 'CSP violations on the demo page');
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.consoleErrors, []);
    } catch (error) {
      const axe = axeFindings.length && current !== 'the checks of the whole journey' ? `\naxe findings up to there:\n${axeFindings.join('\n')}` : '';
      throw new Error(`journey failed at "${current}": ${error.message}${axe}`, { cause: error });
    }
  });
});

/**
 * Chooses an option of a closed <select> from the keyboard: focus it, type the start of the
 * option's text (the browser's type-ahead), as a keyboard user does.
 */
async function chooseByKeyboard(page, label, optionText) {
  const select = await waitFor(page, byRole('combobox', label), { visible: true });
  await select.focus();
  await page.keyboard.type(optionText, { delay: 20 });
  const chosen = await select.evaluate((element) => element.selectedOptions[0]?.textContent.trim());
  assert.equal(chosen, optionText, `${label}: type-ahead chose ${chosen}`);
}
