/**
 * Real procedures everyone looks for; they head the catalogue and the hand-written forms
 * belong to the first five. Names and legal bases follow the national procedure database.
 */
import type { Duration, Fee, FeeKind, Level, OnlineLevel } from '../api/schemas.js';
import type { Text } from './problems.js';

export interface WellKnownDocument {
  code: string;
  name: string;
  originals: number;
  copies: number;
  required: boolean;
  template?: boolean;
}

/** One fee of a well-known procedure, in both languages; `amount: null` is "theo quy định". */
export interface FeeSpec {
  kind: FeeKind;
  name: Text;
  amount: number | null;
  unit?: Text;
  note?: Text;
  exemptions?: Text[];
}

export interface WellKnownProcedure {
  code: string;
  name: string;
  sector: string;
  level: Level;
  agency: string;
  onlineLevel: OnlineLevel;
  processingTime: Duration;
  fee: Fee | null;
  keywords: string[];
  description?: string;
  documents?: WellKnownDocument[];
  results?: string[];
  /** 1.1: the fees, online and in person (the in-person list defaults to the online one). */
  fees?: { online: FeeSpec[]; inPerson?: FeeSpec[] };
  /** 1.1: the fees are paid with the submission, before processing starts. */
  payAtSubmission?: boolean;
}

const EXTRACT_FEE: FeeSpec = {
  kind: 'phi',
  name: { vi: 'Phí cấp bản sao trích lục khai sinh', en: 'Charge for a certified extract of the birth record' },
  amount: 8000,
  unit: { vi: 'bản', en: 'copy' },
};

export const BIRTH_REGISTRATION = '1.001193';
export const CONSTRUCTION_PERMIT = '1.009994';
export const BUSINESS_HOUSEHOLD = '2.000720';
export const JUDICIAL_RECORD = '2.001417';
export const PERMANENT_RESIDENCE = '1.004194';

export const WELL_KNOWN: readonly WellKnownProcedure[] = [
  {
    code: BIRTH_REGISTRATION, name: 'Đăng ký khai sinh', sector: 'ho-tich', level: 'commune', agency: 'ubnd-xa',
    onlineLevel: 'full', processingTime: { value: 1, unit: 'working-day', note: 'Trong ngày nếu nhận hồ sơ trước 15 giờ' },
    fee: null, keywords: ['giay khai sinh', 'tre so sinh', 'khai sinh cho con'],
    description: 'Đăng ký khai sinh cho trẻ em sinh ra tại Việt Nam, thực hiện tại Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ. Miễn lệ phí khi đăng ký đúng hạn.',
    documents: [
      { code: 'TK-KS', name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, required: true, template: true },
      { code: 'GCS', name: 'Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh', originals: 1, copies: 0, required: true },
      { code: 'GCNKH', name: 'Giấy chứng nhận kết hôn của cha, mẹ (nếu có)', originals: 0, copies: 1, required: false },
      { code: 'UQ', name: 'Văn bản ủy quyền (trường hợp nộp thay)', originals: 1, copies: 0, required: false },
    ],
    results: ['Giấy khai sinh (bản chính)', 'Trích lục khai sinh (bản sao, theo yêu cầu)'],
    fees: {
      online: [
        {
          kind: 'le-phi',
          name: { vi: 'Lệ phí đăng ký khai sinh', en: 'Birth registration fee' },
          amount: 0,
          note: { vi: 'Miễn lệ phí khi đăng ký đúng hạn', en: 'Free when registered on time' },
        },
        {
          kind: 'le-phi',
          name: { vi: 'Lệ phí đăng ký khai sinh quá hạn', en: 'Fee for a late birth registration' },
          amount: null,
          note: { vi: 'Theo nghị quyết của Hội đồng nhân dân tỉnh', en: 'Set by the resolution of the Provincial People’s Council' },
          exemptions: [
            { vi: 'Trẻ em thuộc hộ nghèo', en: 'Children of poor households' },
            { vi: 'Người khuyết tật', en: 'Persons with disabilities' },
          ],
        },
        EXTRACT_FEE,
      ],
    },
  },
  {
    code: CONSTRUCTION_PERMIT, name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', sector: 'xay-dung', level: 'commune',
    agency: 'ubnd-xa', onlineLevel: 'full', processingTime: { value: 15, unit: 'day' },
    fee: { amount: 75000, currency: 'VND', note: 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ' },
    keywords: ['xin phep xay nha', 'giay phep xay dung', 'nha o rieng le', 'gpxd'],
    description: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ của hộ gia đình, cá nhân; Ủy ban nhân dân cấp xã cấp phép kể từ ngày 01/7/2025.',
    documents: [
      { code: 'DON-GPXD', name: 'Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01)', originals: 1, copies: 0, required: true, template: true },
      { code: 'QSDD', name: 'Bản sao giấy tờ chứng minh quyền sử dụng đất', originals: 0, copies: 1, required: true },
      { code: 'BVTK', name: 'Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng)', originals: 2, copies: 0, required: true },
      { code: 'CKAT', name: 'Bản cam kết bảo đảm an toàn đối với công trình liền kề', originals: 1, copies: 0, required: false },
    ],
    results: ['Giấy phép xây dựng'],
    fees: {
      online: [
        {
          kind: 'le-phi',
          name: { vi: 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', en: 'Fee for a building permit for a detached house' },
          amount: 75000,
          note: { vi: 'Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh', en: 'The amount is set by the Provincial People’s Council' },
        },
        {
          kind: 'phi',
          name: { vi: 'Phí thẩm định thiết kế xây dựng', en: 'Charge for the review of the construction design' },
          amount: null,
          note: { vi: 'Theo biểu phí do Bộ Tài chính quy định, tính trên chi phí xây dựng', en: 'By the schedule of the Ministry of Finance, on the construction cost' },
        },
      ],
    },
    // The lệ phí is paid with the online submission (the design review's phí, with no fixed
    // amount, later): the business journey pays at submission (issue #16, test/e2e/journey-business).
    payAtSubmission: true,
  },
  {
    code: BUSINESS_HOUSEHOLD, name: 'Đăng ký thành lập hộ kinh doanh', sector: 'ho-kinh-doanh', level: 'commune', agency: 'ubnd-xa',
    onlineLevel: 'full', processingTime: { value: 3, unit: 'working-day' },
    fee: { amount: 50000, currency: 'VND', note: 'Lệ phí đăng ký hộ kinh doanh khi nộp hồ sơ trực tuyến' },
    keywords: ['giay phep kinh doanh', 'mo cua hang', 'kinh doanh ca the', 'hkd'],
    description: 'Đăng ký thành lập hộ kinh doanh do một cá nhân hoặc các thành viên hộ gia đình làm chủ, tại cơ quan đăng ký kinh doanh cấp xã.',
    documents: [
      { code: 'GDN-HKD', name: 'Giấy đề nghị đăng ký hộ kinh doanh', originals: 1, copies: 0, required: true, template: true },
      { code: 'BBH', name: 'Bản sao biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', originals: 0, copies: 1, required: false },
      { code: 'HDTM', name: 'Bản sao hợp đồng thuê, mượn địa điểm kinh doanh', originals: 0, copies: 1, required: false },
    ],
    results: ['Giấy chứng nhận đăng ký hộ kinh doanh'],
    fees: {
      online: [
        {
          kind: 'le-phi',
          name: { vi: 'Lệ phí đăng ký hộ kinh doanh', en: 'Household business registration fee' },
          amount: 50000,
          note: { vi: 'Khi nộp hồ sơ trực tuyến', en: 'When filed online' },
        },
      ],
    },
    payAtSubmission: true,
  },
  {
    code: JUDICIAL_RECORD, name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    sector: 'ly-lich-tu-phap', level: 'province', agency: 'so-tu-phap', onlineLevel: 'full',
    processingTime: { value: 10, unit: 'working-day' },
    fee: { amount: 100000, currency: 'VND', note: 'Giảm 50% khi nộp trực tuyến' },
    keywords: ['ly lich tu phap', 'llpt', 'phieu so 1', 'phieu so 2', 'xac nhan khong tien an'],
    description: 'Cấp Phiếu lý lịch tư pháp số 1 hoặc số 2 cho công dân Việt Nam và người nước ngoài đang cư trú tại Việt Nam.',
    documents: [
      { code: 'TK-LLTP', name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP)', originals: 1, copies: 0, required: true, template: true },
      { code: 'CCCD', name: 'Bản chụp Căn cước hoặc hộ chiếu của người được cấp Phiếu', originals: 0, copies: 1, required: true },
      { code: 'UQ', name: 'Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cấp Phiếu số 1)', originals: 1, copies: 0, required: false },
    ],
    results: ['Phiếu lý lịch tư pháp (bản giấy hoặc bản điện tử)'],
    fees: {
      online: [
        {
          kind: 'le-phi',
          name: { vi: 'Lệ phí cấp Phiếu lý lịch tư pháp', en: 'Criminal record certificate fee' },
          amount: 100000,
          unit: { vi: 'Phiếu', en: 'certificate' },
          note: { vi: 'Giảm 50% khi nộp trực tuyến', en: 'Half when filed online' },
          exemptions: [
            { vi: 'Trẻ em, người cao tuổi, người khuyết tật', en: 'Children, the elderly, persons with disabilities' },
            { vi: 'Người thuộc hộ nghèo', en: 'Members of poor households' },
            { vi: 'Người có công với cách mạng và thân nhân', en: 'People with meritorious services to the revolution and their relatives' },
          ],
        },
        {
          kind: 'le-phi',
          name: { vi: 'Lệ phí cấp Phiếu thứ 3 trở đi', en: 'Fee for each certificate from the third on' },
          amount: 5000,
          unit: { vi: 'Phiếu', en: 'certificate' },
        },
      ],
      inPerson: [
        {
          kind: 'le-phi',
          name: { vi: 'Lệ phí cấp Phiếu lý lịch tư pháp', en: 'Criminal record certificate fee' },
          amount: 200000,
          unit: { vi: 'Phiếu', en: 'certificate' },
        },
        {
          kind: 'le-phi',
          name: { vi: 'Lệ phí cấp Phiếu thứ 3 trở đi', en: 'Fee for each certificate from the third on' },
          amount: 5000,
          unit: { vi: 'Phiếu', en: 'certificate' },
        },
      ],
    },
    payAtSubmission: true,
  },
  {
    code: PERMANENT_RESIDENCE, name: 'Đăng ký thường trú', sector: 'cu-tru', level: 'commune', agency: 'cong-an-xa',
    onlineLevel: 'full', processingTime: { value: 7, unit: 'working-day' },
    fee: { amount: 10000, currency: 'VND', note: 'Lệ phí khi nộp hồ sơ trực tuyến' },
    keywords: ['nhap khau', 'ho khau', 'chuyen khau', 'thuong tru'],
    description: 'Đăng ký thường trú tại chỗ ở hợp pháp, thực hiện tại Công an cấp xã nơi đăng ký thường trú.',
    documents: [
      { code: 'CT01', name: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01)', originals: 1, copies: 0, required: true, template: true },
      { code: 'CMCO', name: 'Giấy tờ, tài liệu chứng minh việc sở hữu hoặc sử dụng chỗ ở hợp pháp', originals: 0, copies: 1, required: true },
      { code: 'QHNT', name: 'Giấy tờ chứng minh quan hệ nhân thân (trường hợp nhập vào hộ của người thân)', originals: 0, copies: 1, required: false },
    ],
    results: ['Thông báo về kết quả giải quyết, cập nhật thông tin cư trú'],
  },
  {
    code: '1.001022', name: 'Đăng ký khai tử', sector: 'ho-tich', level: 'commune', agency: 'ubnd-xa', onlineLevel: 'full',
    processingTime: { value: 1, unit: 'working-day' }, fee: null, keywords: ['giay chung tu', 'bao tu'],
  },
  {
    code: '1.000894', name: 'Đăng ký kết hôn', sector: 'ho-tich', level: 'commune', agency: 'ubnd-xa', onlineLevel: 'partial',
    processingTime: { value: 1, unit: 'working-day', note: 'Hai bên nam, nữ phải có mặt khi đăng ký' }, fee: null,
    keywords: ['giay dang ky ket hon', 'cuoi'],
  },
  {
    code: '1.004227', name: 'Đăng ký tạm trú', sector: 'cu-tru', level: 'commune', agency: 'cong-an-xa', onlineLevel: 'full',
    processingTime: { value: 3, unit: 'working-day' }, fee: { amount: 7000, currency: 'VND' }, keywords: ['tam tru', 'thue nha'],
  },
  {
    code: '2.000815', name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp',
    sector: 'chung-thuc', level: 'commune', agency: 'ubnd-xa', onlineLevel: 'partial',
    processingTime: { value: 1, unit: 'working-day' }, fee: { amount: 2000, currency: 'VND', note: 'Mỗi trang' },
    keywords: ['sao y ban chinh', 'cong chung'],
    fees: {
      online: [
        {
          kind: 'phi',
          name: { vi: 'Phí chứng thực bản sao từ bản chính', en: 'Charge for certifying a copy' },
          amount: 2000,
          unit: { vi: 'trang', en: 'page' },
          note: {
            vi: 'Từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa 200.000 đồng/bản',
            en: 'From the third page on 1,000 dong a page, at most 200,000 dong a copy',
          },
        },
      ],
    },
  },
  {
    code: '2.000884', name: 'Chứng thực chữ ký trong các giấy tờ, văn bản', sector: 'chung-thuc', level: 'commune',
    agency: 'ubnd-xa', onlineLevel: 'none', processingTime: { value: 1, unit: 'working-day' },
    fee: { amount: 10000, currency: 'VND', note: 'Mỗi trường hợp' }, keywords: ['chung thuc chu ky'],
    fees: {
      online: [
        { kind: 'phi', name: { vi: 'Phí chứng thực chữ ký', en: 'Charge for certifying a signature' }, amount: 10000, unit: { vi: 'trường hợp', en: 'case' } },
      ],
    },
  },
  {
    code: '1.012271', name: 'Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp', sector: 'giao-thong', level: 'province',
    agency: 'cong-an-tinh', onlineLevel: 'full', processingTime: { value: 5, unit: 'working-day' },
    fee: { amount: 135000, currency: 'VND' }, keywords: ['doi bang lai', 'gplx', 'bang lai xe'],
  },
];
