// motcua/adapters/dvcqg on realistic national JSON: a procedure package of two procedures
// (LayThuTuc), three synchronised dossiers (DongBoHoSoMC) and their progress updates
// (CapNhatTienDoHoSoMC). Every answer must match the contract (zod is the oracle), the values must
// be the ones docs/api.md maps, and every key of the fixtures must be either mapped (removing it
// changes the output) or listed as unmapped, in the code and in docs/api.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, kit, ROOT } from './support.mjs';

const { dvcqg } = kit;
const read = (name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const procedures = read('dvcqg-procedures.json').result;
const dossiers = read('dvcqg-dossiers.json').data;
const steps = read('dvcqg-progress.json').data;
const NOW = '2025-11-25T09:00:00+07:00';

const byCode = (code) => dossiers.find((record) => record.MaHoSo === code);
const statusOf = (record, options = {}) => dvcqg.dossierStatusFromDvcqg(record, { steps, now: NOW, ...options });

describe('dates', () => {
  it('reads and writes yyyyMMddHHmmss in Vietnam time', () => {
    assert.equal(dvcqg.fromDvcqgDate('20251124100500'), '2025-11-24T10:05:00+07:00');
    assert.equal(dvcqg.fromDvcqgDate('20251124'), '2025-11-24T00:00:00+07:00');
    assert.equal(dvcqg.toDvcqgDate('2025-11-24T03:05:00Z'), '20251124100500');
    assert.equal(dvcqg.toDvcqgDate('2025-11-24T17:30:00Z'), '20251125003000', 'past midnight in Vietnam');
    for (const bad of ['', '2025112', '20250230101010', '20251124250000', null, undefined]) assert.equal(dvcqg.fromDvcqgDate(bad), undefined, String(bad));
  });
});

describe('procedures', () => {
  const [birth, household] = procedures.map((record) => dvcqg.procedureFromDvcqg(record, { formVersion: record.MATTHC === '1.001193' ? '2025.07.1' : null }));

  it('match ProcedureDetail and ProcedureSummary', () => {
    for (const detail of [birth, household]) {
      assert.equal(kit.firstMismatch('ProcedureDetail', detail), undefined, JSON.stringify(kit.firstMismatch('ProcedureDetail', detail)));
      assert.equal(kit.firstMismatch('ProcedureSummary', dvcqg.procedureSummary(detail)), undefined);
    }
  });

  it('maps the keys as docs/api.md says', () => {
    assert.equal(birth.code, '1.001193');
    assert.equal(birth.name, 'Thủ tục đăng ký khai sinh');
    assert.deepEqual(birth.sector, { code: 'G09-TP01', name: 'Hộ tịch' });
    assert.deepEqual(birth.levels, ['commune']);
    assert.deepEqual(birth.agencies, [{ code: '000.20.01.H22', name: 'Ủy ban nhân dân phường Ba Đình', onlineLevel: 'full' }]);
    assert.equal(birth.onlineLevel, 'full');
    assert.deepEqual(birth.processingTime, { value: 1, unit: 'working-day' });
    assert.deepEqual(birth.channels.map((channel) => channel.kind), ['in-person', 'online']);
    assert.equal(birth.channels[1].onlineLevel, 'full');
    assert.equal(birth.updatedAt, '2025-07-01T08:00:00+07:00');
    assert.deepEqual(birth.audiences, ['citizen']);
    assert.equal(birth.requirements, 'Đăng ký khai sinh trong thời hạn 60 ngày kể từ ngày sinh.\nNgười yêu cầu xuất trình giấy tờ tùy thân theo quy định.');
    assert.equal(birth.intakeAddress, 'Bộ phận Một cửa, Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ');
    assert.equal(birth.formVersion, '2025.07.1');
    assert.deepEqual(birth.results, [{ code: 'KQ-KS', name: 'Giấy khai sinh (bản chính)' }]);
    assert.equal(birth.legalBasis[1].url, 'https://vbpl.vn/tw/Pages/vbpq-toanvan.aspx?ItemID=96234');
  });

  it('keeps "theo quy định" apart from free, and reads phí, lệ phí and units from the text', () => {
    const online = birth.channels.find((channel) => channel.kind === 'online');
    assert.deepEqual(online.feeItems, [
      { kind: 'le-phi', name: 'Lệ phí đăng ký khai sinh', amount: 0, currency: 'VND', note: 'Miễn lệ phí khi đăng ký đúng hạn' },
      { kind: 'le-phi', name: 'Lệ phí đăng ký khai sinh quá hạn', amount: null, currency: 'VND', note: 'Theo quy định của Hội đồng nhân dân cấp tỉnh' },
      {
        kind: 'phi',
        name: 'Phí cấp bản sao trích lục khai sinh',
        amount: 8000,
        currency: 'VND',
        unit: 'bản',
        note: '8.000 đồng/bản. Miễn phí đối với trẻ em thuộc hộ nghèo',
        exemptions: ['Miễn phí đối với trẻ em thuộc hộ nghèo'],
      },
    ]);
    // The deprecated 1.0 fee: the lowest fixed amount above zero; "theo quy định" is never shown as free.
    assert.deepEqual(birth.fee, { amount: 8000, currency: 'VND', note: '8.000 đồng/bản. Miễn phí đối với trẻ em thuộc hộ nghèo' });
    assert.equal(household.feeItems[0].amount, null);
    assert.deepEqual(online.fees.map((fee) => fee.amount), [0, 8000]);
  });

  it('joins cases and steps on TRUONGHOP, and reads "(nếu có)" as optional', () => {
    assert.deepEqual(birth.cases.map((procedureCase) => [procedureCase.id, procedureCase.steps.length, procedureCase.documents.length]), [
      ['dang-ky-khai-sinh-dung-han', 3, 3],
      ['dang-ky-khai-sinh-qua-han', 2, 2],
    ]);
    assert.equal(birth.cases[0].steps[1], 'Bước 2: Công chức tư pháp - hộ tịch kiểm tra hồ sơ & ghi vào Sổ đăng ký khai sinh.');
    assert.deepEqual(birth.cases[0].documents.map((document) => [document.code, document.required, document.copies]), [
      ['TK-KS', true, 0],
      ['GCS', true, 0],
      ['UQ', false, 0],
    ]);
    assert.match(birth.cases[0].documents[0].templateUrl, /^https:\/\/csdl\.dichvucong\.gov\.vn\//);
    // A procedure without cases gets one, named after it.
    assert.deepEqual(household.cases.map((procedureCase) => procedureCase.name), ['Đăng ký thành lập hộ kinh doanh']);
  });

  it('maps district procedures, MucDo levels, working hours and fractions of days', () => {
    assert.deepEqual(household.levels, ['commune']);
    assert.deepEqual(dvcqg.procedureFromDvcqg(procedures[1], { districtLevel: 'province' }).levels, ['province']);
    assert.equal(household.onlineLevel, 'partial');
    assert.deepEqual(household.audiences, ['business']);
    assert.deepEqual(household.channels.find((channel) => channel.kind === 'post').processingTime, { value: 16, unit: 'working-hour' });
    assert.deepEqual(dvcqg.durationFromDvcqg({ THOIGIANGIAIQUYET: '0,5', DONVITINH: 'ngày làm việc' }), { value: 0.5, unit: 'working-day' });
    assert.deepEqual(dvcqg.durationFromDvcqg({ THOIGIANGIAIQUYET: 2, DONVITINH: 'Tuần' }), { value: 2, unit: 'day', note: 'Đơn vị: Tuần' });
    // The fees of a channel's other times (per case) are kept; only its time is the first one's.
    assert.deepEqual(household.channels[0].feeItems.map((item) => item.amount), [null, 20000]);
    assert.equal(dvcqg.isInForce(procedures[0]), true);
    assert.equal(dvcqg.isInForce({ ...procedures[0], TRANGTHAI: '0' }), false);
  });

  it('go back to national records and come out the same', () => {
    for (const detail of [birth, household]) {
      const again = dvcqg.procedureFromDvcqg(dvcqg.procedureToDvcqg(detail), { formVersion: detail.formVersion });
      assert.deepEqual(again, detail);
    }
  });

  it('ask for updatedAt when the record has no date', () => {
    const { NgayCapNhat: _date, ...undated } = procedures[0];
    assert.throws(() => dvcqg.procedureFromDvcqg(undated), /options\.updatedAt/);
    assert.equal(dvcqg.procedureFromDvcqg(undated, { updatedAt: '2025-08-01T00:00:00+07:00' }).updatedAt, '2025-08-01T00:00:00+07:00');
  });
});

describe('dossiers', () => {
  it('match DossierStatus and DossierReceipt', () => {
    for (const record of dossiers) {
      const status = statusOf(record);
      assert.equal(kit.firstMismatch('DossierStatus', status), undefined, JSON.stringify(kit.firstMismatch('DossierStatus', status)));
      assert.equal(kit.firstMismatch('DossierReceipt', dvcqg.dossierReceiptFromDvcqg(record)), undefined);
    }
  });

  it('a dossier waiting for a supplement', () => {
    const status = statusOf(byCode('000.20.01.H22-251120-0003'));
    assert.equal(status.status, 5);
    assert.equal(status.applicantName, 'Nguyễn V. A.');
    assert.equal(status.submittedAt, '2025-11-20T09:15:00+07:00');
    assert.equal(status.acceptedAt, '2025-11-20T10:05:00+07:00');
    assert.equal(status.appointmentAt, '2025-11-24T10:05:00+07:00');
    assert.equal(status.expectedReturnDate, '2025-11-24');
    assert.equal(status.overdue, false, 'waiting for the applicant is not overdue');
    assert.deepEqual(status.supplementRequest, {
      requestedAt: '2025-11-21T14:20:00+07:00',
      reason: 'Giấy chứng sinh bị mờ, đề nghị nộp lại bản rõ nét.',
      documents: [{ code: 'GCS', name: 'Giấy chứng sinh' }],
    });
    assert.deepEqual(status.history.map((entry) => entry.status), [1, 2, 5]);
    assert.deepEqual(status.history[2], {
      at: '2025-11-21T14:20:00+07:00',
      status: 5,
      agency: 'Ủy ban nhân dân phường Ba Đình',
      department: 'Tư pháp - Hộ tịch',
      note: 'Giấy chứng sinh bị mờ, đề nghị nộp lại bản rõ nét.',
    });
    // Personal data and officers never come out.
    const text = JSON.stringify(status);
    for (const secret of ['001190012345', '0912345678', 'nguyen.van.an@example.vn', 'Trần Văn Công', 'Công chức kiểm tra']) assert.ok(!text.includes(secret), secret);
  });

  it('a dossier asked to pay: payment requests by HinhThucThu', () => {
    const status = statusOf(byCode('000.20.05.H22-251118-0012'));
    assert.equal(status.status, 6);
    assert.deepEqual(status.paymentRequests.map((payment) => [payment.id, payment.stage, payment.state, payment.amount]), [
      ['000.20.05.H22-251118-0012-1', 'submission', 'paid', 100000],
      ['000.20.05.H22-251118-0012-2', 'processing', 'pending', 20000],
    ]);
    assert.deepEqual(status.paymentRequests[0].items, [{ kind: 'le-phi', name: 'Lệ phí đăng ký hộ kinh doanh', amount: 100000, code: 'LP-HKD' }]);
    assert.deepEqual(status.payment, { amount: 20000, currency: 'VND', description: 'Phí cung cấp thông tin về đăng ký hộ kinh doanh' });
    assert.equal(status.overdue, true, 'past NgayHenTra at NOW');
    assert.deepEqual(dvcqg.dossierReceiptFromDvcqg(byCode('000.20.05.H22-251118-0012')).paymentRequests.map((payment) => payment.stage), ['submission']);
  });

  it('a delivered dossier: result documents, the supplement wait, timeliness', () => {
    const status = statusOf(byCode('000.20.01.H22-251103-0041'));
    assert.equal(status.status, 10);
    assert.equal(status.completedAt, '2025-11-06T11:00:00+07:00');
    assert.equal(status.timeliness, 'on-time');
    assert.equal(status.overdue, false);
    assert.deepEqual(status.appointmentHistory, [
      { at: '2025-11-04T09:00:00+07:00', cause: 'supplement', previous: '2025-11-05T09:00:00+07:00', next: '2025-11-06T09:00:00+07:00', reason: 'Bổ sung văn bản ủy quyền có chứng thực.' },
    ]);
    assert.deepEqual(status.result.documents, [
      { name: 'Giấy khai sinh (bản điện tử)', code: 'KQ-KS', electronicCopy: { url: 'https://dvc.example.gov.vn/ket-qua/77310.pdf' } },
      { name: 'Trích lục khai sinh (bản sao)', code: 'TL-KS' },
    ]);
    assert.match(status.result.pickup, /^Nhận tại Bộ phận Một cửa/);
    assert.deepEqual(status.history.map((entry) => entry.status), [1, 2, 4, 5, 4, 9, 10]);
    // A deadline the extensions did not move makes it late.
    assert.equal(statusOf(byCode('000.20.01.H22-251103-0041'), { deadline: '2025-11-05T09:00:00+07:00' }).timeliness, 'late');
  });

  it('refuses a status that is not national', () => {
    assert.throws(() => dvcqg.statusFromDvcqg('11'), /not a national status/);
    assert.throws(() => statusOf({ ...dossiers[0], TrangThaiHoSo: 'Đang xử lý' }), RangeError);
  });

  it('turns a submission and its receipt into a synchronisation record', () => {
    const submission = {
      procedureCode: '1.001193',
      formVersion: '2025.07.1',
      answers: {},
      attachments: [{ documentCode: 'GCS', attachmentId: 'att-000001' }],
      delivery: 'post',
      applicant: { type: 'citizen', fullName: 'Nguyễn Văn An', nationalId: '001190012345', phone: '0912345678', email: 'an@example.vn' },
    };
    const receipt = dvcqg.dossierReceiptFromDvcqg(byCode('000.20.05.H22-251118-0012'));
    const record = dvcqg.dossierToDvcqg(submission, receipt, { agencyName: 'Ủy ban nhân dân phường Hoàn Kiếm', vneidAuthenticated: true });
    assert.equal(record.NgayNopHoSo, '20251118081000');
    assert.equal(record.NgayHenTra, '20251121090000');
    assert.equal(record.LoaiDoiTuong, 1);
    assert.equal(record.HinhThuc, 1);
    assert.deepEqual(record.DinhDanhCHS, [{ LoaiDinhDanh: 1, SoDinhDanh: '001190012345' }]);
    assert.deepEqual(record.TaiLieuNop, [{ TepDinhKemId: 'att-000001', MaThanhPhanHoSo: 'GCS' }]);
    assert.deepEqual(record.DanhSachLePhi, [{ TenPhiLePhi: 'Lệ phí đăng ký hộ kinh doanh', MaPhiLePhi: 'LP-HKD', HinhThucThu: 1, Gia: 100000 }]);
    // And back: the receipt survives the trip.
    assert.deepEqual(dvcqg.dossierReceiptFromDvcqg(record), receipt);
    assert.deepEqual(dvcqg.historyEntryToDvcqg('X', { at: '2025-11-03T09:00:00+07:00', status: 2, department: 'Một cửa' }), { MaHoSo: 'X', ThoiDiemXuLy: '20251103090000', TrangThai: 2, PhongBanXuLy: 'Một cửa' });
  });
});

// ------------------------------------------------------------------ every key accounted for

/** Key paths of a JSON value with array positions as `[]`: `CACHTHUCTHUCHIEN[].KENH`. */
function paths(value, prefix = '', found = new Set()) {
  if (Array.isArray(value)) for (const item of value) paths(item, `${prefix}[]`, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      found.add(path);
      paths(inner, path, found);
    }
  }
  return found;
}

/** A copy without the key at that path, wherever it occurs. */
function without(value, path) {
  if (Array.isArray(value)) {
    const inner = path.startsWith('[].') ? path.slice(3) : path;
    return value.map((item) => without(item, inner));
  }
  if (!value || typeof value !== 'object') return value;
  const dot = path.indexOf('.');
  const head = dot === -1 ? path : path.slice(0, dot);
  const rest = dot === -1 ? '' : path.slice(dot + 1);
  const inArray = head.endsWith('[]');
  const key = inArray ? head.slice(0, -2) : head;
  if (!Object.hasOwn(value, key)) return value;
  const copy = { ...value };
  if (!rest) delete copy[key];
  else copy[key] = without(value[key], inArray ? `[].${rest}` : rest);
  return copy;
}

/** Whether a path is listed (exactly, or as the tail `PHILEPHI[].MAPHILEPHI`), or under a listed parent. */
function listed(path, unmapped) {
  const names = Object.keys(unmapped);
  return names.some(
    (name) => path === name || (name.includes('[].') && path.endsWith(`.${name}`)) || path.startsWith(`${name}.`) || path.startsWith(`${name}[]`),
  );
}

function outcome(make) {
  try {
    return JSON.stringify(make());
  } catch (error) {
    return `threw ${error.message}`;
  }
}

describe('every key of the fixtures', () => {
  it('of the procedure records is mapped or listed in UNMAPPED_PROCEDURE_KEYS', () => {
    const make = (records) => () => records.map((record) => dvcqg.procedureFromDvcqg(record));
    const base = outcome(make(procedures));
    for (const path of paths(procedures.map((record) => record)).values()) {
      const key = path.replace(/^\[\]\./, '');
      const changed = outcome(make(without(procedures, `[].${key}`))) !== base;
      if (listed(key, dvcqg.UNMAPPED_PROCEDURE_KEYS)) assert.ok(!changed, `${key} is listed as unmapped but changes the output`);
      else assert.ok(changed, `${key} is neither mapped nor listed in UNMAPPED_PROCEDURE_KEYS`);
    }
  });

  it('of the dossiers and their progress updates is mapped or listed in UNMAPPED_DOSSIER_KEYS', () => {
    const make = (records, updates) => () => records.map((record) => [dvcqg.dossierStatusFromDvcqg(record, { steps: updates, now: NOW }), dvcqg.dossierReceiptFromDvcqg(record)]);
    const base = outcome(make(dossiers, steps));
    for (const path of paths(dossiers).values()) {
      const key = path.replace(/^\[\]\./, '');
      const changed = outcome(make(without(dossiers, `[].${key}`), steps)) !== base;
      if (listed(key, dvcqg.UNMAPPED_DOSSIER_KEYS)) assert.ok(!changed, `${key} is listed as unmapped but changes the output`);
      else assert.ok(changed, `${key} is neither mapped nor listed in UNMAPPED_DOSSIER_KEYS`);
    }
    for (const path of paths(steps).values()) {
      const key = path.replace(/^\[\]\./, '');
      const changed = outcome(make(dossiers, without(steps, `[].${key}`))) !== base;
      if (listed(`CapNhatTienDoHoSoMC.${key}`, dvcqg.UNMAPPED_DOSSIER_KEYS)) assert.ok(!changed, `CapNhatTienDoHoSoMC.${key} is listed as unmapped but changes the output`);
      else assert.ok(changed, `CapNhatTienDoHoSoMC.${key} is neither mapped nor listed`);
    }
  });

  it('left unmapped is listed in docs/api.md', () => {
    const docs = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');
    const section = docs.slice(docs.indexOf('## Adapter functions'));
    assert.ok(section.length > 100, 'docs/api.md has no "## Adapter functions" section');
    for (const key of [...Object.keys(dvcqg.UNMAPPED_PROCEDURE_KEYS), ...Object.keys(dvcqg.UNMAPPED_DOSSIER_KEYS)]) {
      assert.ok(section.includes(`\`${key}\``), `docs/api.md does not list ${key}`);
    }
  });
});
