// A business applies through an authorised representative, on the built CDN bundle against
// the mock API on another origin (issue #16): the applicant type and the tax code, the
// representative's identity and authorisation, a repeating group of three land parcels added
// with "Thêm thửa đất", the documents, the review, the submission, and the permit's lệ phí paid
// with it through the mock payment platform (back to the receipt, paid); the body the back end
// receives carries `applicant.type`, the tax code, the representative with the authorisation's
// attachment, and the parcels as an array of three rows. axe on each state with new questions.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage } from './support/browser.mjs';
import { startSiteWithApi } from './support/site.mjs';
import { bundleRoutes, page, whenDefined } from './support/pages.mjs';
import { typeInto, until, waitFor, waitForText } from './support/dom.mjs';
import { chooseUnit, clickButton, clickRole } from './support/citizen.mjs';
import { axeViolations } from './support/axe.mjs';

const CONSTRUCTION_PERMIT = '1.009994';
const SEP = '\u241F';

function pdf(title) {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n` +
      `4 0 obj<</Length ${title.length + 20}>>stream\nBT /F1 12 Tf (${title}) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** The control of a question, by its id (the element's own questions begin with ␟). */
const field = (id, control = 'input') => `gov-dossier-form >>> [data-field="${id}"] ${control}`;

describe('a business applies through a representative, with a repeating group, on the CDN bundle', () => {
  let browser;
  let site;
  let api;
  let close;
  let dir;

  before(async () => {
    ({ site, api, browser, close } = await startSiteWithApi(bundleRoutes('/motcua.js')));
    site.routes['/'] = {
      body: page({
        head: '<script type="module" src="/motcua.js"></script>',
        body: `<main><h1>Cấp giấy phép xây dựng</h1>
          <gov-dossier-form api-base="${api.base}" procedure="${CONSTRUCTION_PERMIT}" drafts="off"></gov-dossier-form></main>`,
      }),
    };
    dir = mkdtempSync(join(tmpdir(), 'motcua-business-'));
    for (const name of ['so-do.pdf', 'ban-ve.pdf', 'uy-quyen.pdf']) writeFileSync(join(dir, name), pdf(name));
  });

  after(async () => {
    await close?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('types the applicant, the representative and three parcels, reviews, submits one dossier and pays with it', async () => {
    const { page: tab, problems } = await openPage(browser, { viewport: { width: 1024, height: 900 } });
    const posts = [];
    tab.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/dossiers')) posts.push(request.postData());
    });
    const findings = [];
    const checkAxe = async (state) => {
      for (const violation of await axeViolations(tab)) findings.push(`${state}: ${violation.id} ${violation.help}`);
    };
    const select = async (selector, value) => {
      await until(tab, (sel) => {
        const [host, inner] = sel.split(' >>> ');
        const control = document.querySelector(host)?.shadowRoot?.querySelector(inner);
        return control && [...control.options].some((option) => option.value && option.getAttribute('aria-disabled') !== 'true') && control.getAttribute('aria-disabled') !== 'true';
      }, [selector], { what: `the options of ${selector}` });
      await (await waitFor(tab, selector)).select(value);
    };
    const address = async (id, province, commune, street) => {
      await chooseUnit(tab, `gov-dossier-form >>> [data-field="${id}"] input[id$="-province"]`, province);
      await chooseUnit(tab, `gov-dossier-form >>> [data-field="${id}"] input[id$="-commune"]`, commune);
      await typeInto(tab, `gov-dossier-form >>> [data-field="${id}"] input[id$="-street"]`, street);
    };
    const date = async (id, day, month, year) => {
      await typeInto(tab, field(id, 'input[id$="-day"]'), day);
      await typeInto(tab, field(id, 'input[id$="-month"]'), month);
      await typeInto(tab, field(id, 'input[id$="-year"]'), year);
    };

    await tab.goto(`${site.origin}/`);
    await whenDefined(tab, ['gov-dossier-form'], problems);
    await waitForText(tab, 'gov-dossier-form', 'Bạn nộp hồ sơ với tư cách');

    // Who applies: a business, by its tax code with its check digit.
    await clickRole(tab, 'radio', 'Doanh nghiệp, chi nhánh doanh nghiệp');
    await typeInto(tab, field(`${SEP}businessName`), 'Công ty TNHH Xây dựng An Bình');
    await typeInto(tab, field(`${SEP}taxCode`), '0100233487');
    await typeInto(tab, field(`${SEP}phone`), '0912345678');
    await clickRole(tab, 'checkbox', 'Tôi nộp hồ sơ này thay cho người khác');
    await clickRole(tab, 'radio', 'Người được ủy quyền (có văn bản ủy quyền)');
    await typeInto(tab, field(`${SEP}repName`), 'Trần Thị Bình');
    await typeInto(tab, field(`${SEP}repNationalId`), '001192034567');
    await typeInto(tab, field(`${SEP}repPhone`), '0987654321');
    await typeInto(tab, field(`${SEP}authNumber`), '12/2026/UQ');
    await typeInto(tab, field('ownerName'), 'Công ty TNHH Xây dựng An Bình');
    await typeInto(tab, field('ownerId'), '001090012345');
    await typeInto(tab, field('ownerPhone'), '0912345678');
    await address('ownerAddress', 'Hà Nội (Thành phố)', 'Ba Đình (Phường)', 'Số 1 phố Đội Cấn');
    await checkAxe('the applicant step: a business through an authorised representative');
    await clickButton(tab, 'Tiếp tục');
    // The wrong check digit stops the applicant, with the problem linked from the summary.
    await waitForText(tab, 'gov-dossier-form', 'Có lỗi cần sửa');
    await waitForText(tab, 'gov-dossier-form', /Mã số thuế \(mã số doanh nghiệp\) không đúng/);
    await (await waitFor(tab, field(`${SEP}taxCode`))).evaluate((input) => input.select());
    await tab.keyboard.type('0100233488');
    await clickButton(tab, 'Tiếp tục');
    await waitForText(tab, 'gov-dossier-form', 'Các thửa đất xây dựng');

    // Three parcels: the first row is there, two more added with "Thêm thửa đất".
    await address('siteAddress', 'Hà Nội (Thành phố)', 'Ba Đình (Phường)', 'Số 2 phố Đội Cấn');
    const parcels = [
      ['12', '3', '80'],
      ['13', '3', '45,5'],
      ['27', '4', '30'],
    ];
    for (const [index, [number, sheet, area]] of parcels.entries()) {
      if (index > 0) {
        await clickButton(tab, 'Thêm thửa đất');
        // The new row's first question takes the focus: typing goes there.
        await until(tab, () => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.closest?.('[data-field]')?.getAttribute('data-field')?.endsWith('parcelNumber') && active.value === '';
        }, [], { what: 'the new row’s first question focused' });
        await tab.keyboard.type(number);
      } else {
        await typeInto(tab, field(`parcels${SEP}1${SEP}parcelNumber`), number);
      }
      const row = await tab.evaluate((i) => document.querySelector('gov-dossier-form').shadowRoot.querySelectorAll('.group-row')[i].dataset.row, index);
      await typeInto(tab, field(`parcels${SEP}${row}${SEP}mapSheet`), sheet);
      await typeInto(tab, field(`parcels${SEP}${row}${SEP}area`), area);
    }
    await select(field('buildingKind', 'select'), 'nha-pho');
    await typeInto(tab, field('floors'), '3');
    await typeInto(tab, field('buildingArea'), '60');
    await typeInto(tab, field('totalFloorArea'), '180');
    await typeInto(tab, field('height'), '12');
    await checkAxe('three parcels');
    await clickButton(tab, 'Tiếp tục');
    await waitForText(tab, 'gov-dossier-form', 'Dự kiến ngày khởi công');
    await date('startDate', '4', '1', '2027');
    await typeInto(tab, field('durationMonths'), '6');
    await clickButton(tab, 'Tiếp tục');

    // The documents, the authorisation among them.
    await waitForText(tab, 'gov-dossier-form', 'Giấy tờ đính kèm');
    await (await waitFor(tab, 'gov-dossier-form >>> [data-document="QSDD"] input[type="file"]')).uploadFile(join(dir, 'so-do.pdf'));
    await (await waitFor(tab, 'gov-dossier-form >>> [data-document="BVTK"] input[type="file"]')).uploadFile(join(dir, 'ban-ve.pdf'));
    await (await waitFor(tab, `gov-dossier-form >>> [data-document="${SEP}authorisation"] input[type="file"]`)).uploadFile(join(dir, 'uy-quyen.pdf'));
    await until(tab, () => document.querySelector('gov-dossier-form').shadowRoot.querySelectorAll('.file.done').length === 3, [], { what: 'three uploads' });
    await clickButton(tab, 'Tiếp tục');

    // The review: the rows in words, then the declaration and one submission.
    await waitForText(tab, 'gov-dossier-form', 'Thửa đất 1: 12, 3, 80; Thửa đất 2: 13, 3, 45,5; Thửa đất 3: 27, 4, 30');
    await checkAxe('the review');
    await clickRole(tab, 'checkbox', 'Tôi xác nhận lời cam đoan trên');
    await clickButton(tab, 'Nộp hồ sơ');
    await waitForText(tab, 'gov-dossier-form', /Mã hồ sơ/);
    const code = await tab.evaluate(() => document.querySelector('gov-dossier-form').shadowRoot.querySelector('.code').textContent.trim());

    // The permit's lệ phí is paid with the submission: to the payment platform and back to the
    // receipt, which shows the same code, paid.
    await checkAxe('the receipt, payment due');
    const back = tab.waitForNavigation({ waitUntil: 'load' });
    await clickButton(tab, 'Thanh toán 75.000 đồng');
    await back;
    assert.doesNotMatch(tab.url(), /0100233488|0912345678|0987654321|001192034567|An%20B|Tr%E1/, 'personal data in the return address');
    await whenDefined(tab, ['gov-dossier-form'], problems);
    await waitForText(tab, 'gov-dossier-form', 'Đã thanh toán 75.000 đồng lúc');
    assert.equal(await tab.evaluate(() => document.querySelector('gov-dossier-form').shadowRoot.querySelector('.code').textContent.trim()), code);
    await checkAxe('the receipt, paid');

    assert.equal(posts.length, 1, 'one submission');
    const body = JSON.parse(posts[0]);
    assert.equal(body.applicant.type, 'business');
    assert.equal(body.applicant.taxCode, '0100233488');
    assert.equal(body.applicant.fullName, 'Công ty TNHH Xây dựng An Bình');
    assert.equal(body.applicant.representative.basis, 'authorised');
    assert.equal(body.applicant.representative.nationalId, '001192034567');
    assert.equal(body.applicant.representative.authorisation.number, '12/2026/UQ');
    assert.match(body.applicant.representative.authorisation.attachmentId, /\S/);
    assert.deepEqual(body.answers.parcels, [
      { parcelNumber: '12', mapSheet: '3', area: 80 },
      { parcelNumber: '13', mapSheet: '3', area: 45.5 },
      { parcelNumber: '27', mapSheet: '4', area: 30 },
    ]);
    assert.equal(Object.keys(body.answers).some((id) => id.startsWith(SEP)), false, 'the element’s own questions are not answers');
    assert.equal(body.attachments.length, 2, 'the authorisation is named in the representative, not among the documents');
    assert.deepEqual(findings, [], findings.join('\n'));
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [] });
  });
});
