/**
 * Raw material of the generated catalogue: real sector names, the agencies that carry out
 * procedures after the 2025 reorganisation (no district level), and name patterns taken
 * from the national procedure database. Names are combined as `action + subject + qualifier`.
 */
import type { Audience, Level } from '../api/schemas.js';

export interface AgencyData {
  code: string;
  name: string;
  level: Level;
  /**
   * The agency's 13-character electronic identifier (Decision 20/2020/QĐ-TTg), the unit part
   * of the dossier codes it issues (Circular 01/2018/TT-VPCP, now Circular 03/2025/TT-VPCP).
   */
  unitCode: string;
  /** A local office of a vertical system (ngành dọc): the code of the central body it belongs to. */
  vertical?: string;
}

export const AGENCIES: readonly AgencyData[] = [
  { code: 'ubnd-xa', name: 'Ủy ban nhân dân cấp xã', level: 'commune', unitCode: '000.20.01.H22' },
  { code: 'cong-an-xa', name: 'Công an cấp xã', level: 'commune', unitCode: '000.20.02.H22', vertical: 'bo-cong-an' },
  { code: 'ubnd-tinh', name: 'Ủy ban nhân dân cấp tỉnh', level: 'province', unitCode: '000.00.00.H22' },
  { code: 'so-tu-phap', name: 'Sở Tư pháp', level: 'province', unitCode: '000.00.01.H22' },
  { code: 'so-xay-dung', name: 'Sở Xây dựng', level: 'province', unitCode: '000.00.02.H22' },
  { code: 'so-nn-mt', name: 'Sở Nông nghiệp và Môi trường', level: 'province', unitCode: '000.00.03.H22' },
  { code: 'so-tai-chinh', name: 'Sở Tài chính', level: 'province', unitCode: '000.00.04.H22' },
  { code: 'so-gd-dt', name: 'Sở Giáo dục và Đào tạo', level: 'province', unitCode: '000.00.05.H22' },
  { code: 'so-y-te', name: 'Sở Y tế', level: 'province', unitCode: '000.00.06.H22' },
  { code: 'so-noi-vu', name: 'Sở Nội vụ', level: 'province', unitCode: '000.00.07.H22' },
  { code: 'so-cong-thuong', name: 'Sở Công Thương', level: 'province', unitCode: '000.00.08.H22' },
  { code: 'cong-an-tinh', name: 'Công an tỉnh', level: 'province', unitCode: '000.00.09.H22', vertical: 'bo-cong-an' },
  { code: 'vpdk-dat-dai', name: 'Văn phòng đăng ký đất đai', level: 'province', unitCode: '000.00.10.H22' },
  { code: 'trung-tam-lltp', name: 'Trung tâm Lý lịch tư pháp quốc gia', level: 'central', unitCode: '000.00.00.G09' },
  { code: 'bo-cong-an', name: 'Bộ Công an', level: 'central', unitCode: '000.00.00.G11' },
  { code: 'bo-xay-dung', name: 'Bộ Xây dựng', level: 'central', unitCode: '000.00.00.G12' },
  { code: 'bo-y-te', name: 'Bộ Y tế', level: 'central', unitCode: '000.00.00.G13' },
  { code: 'bo-gd-dt', name: 'Bộ Giáo dục và Đào tạo', level: 'central', unitCode: '000.00.00.G14' },
  // Vertical systems (contract 1.1): tax and social insurance offices of the province belong to
  // their central bodies, not to the provincial People's Committee.
  { code: 'cuc-thue', name: 'Cục Thuế', level: 'central', unitCode: '000.00.00.G15' },
  { code: 'bhxh-vn', name: 'Bảo hiểm xã hội Việt Nam', level: 'central', unitCode: '000.00.00.G16' },
  { code: 'thue-tinh', name: 'Thuế tỉnh', level: 'province', unitCode: '000.00.11.H22', vertical: 'cuc-thue' },
  { code: 'bhxh-tinh', name: 'Bảo hiểm xã hội tỉnh', level: 'province', unitCode: '000.00.12.H22', vertical: 'bhxh-vn' },
];

export interface SectorData {
  code: string;
  name: string;
  /** Which agency carries out the sector's procedures at each level. */
  agencies: Partial<Record<Level, string>>;
  audiences: Audience[];
  actions: string[];
  subjects: string[];
  qualifiers: string[];
  /** How many generated procedures the sector gets. */
  target: number;
  department: string;
  documents: string[];
  results: string[];
  legalBasis: Array<{ number: string; title: string }>;
  keywords: string[];
}

const IDENTITY = 'Bản sao Căn cước hoặc giấy tờ tùy thân có ảnh còn giá trị sử dụng';
const PROXY = 'Văn bản ủy quyền (trường hợp nộp thay)';
const ONE_STOP = { number: '118/2025/NĐ-CP', title: 'Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia' };

export const SECTORS: readonly SectorData[] = [
  {
    code: 'ho-tich', name: 'Hộ tịch', agencies: { commune: 'ubnd-xa', province: 'so-tu-phap' }, audiences: ['citizen'],
    actions: ['Đăng ký', 'Đăng ký lại', 'Cấp bản sao trích lục', 'Ghi vào Sổ hộ tịch việc', 'Thay đổi, cải chính, bổ sung thông tin'],
    subjects: ['khai sinh', 'kết hôn', 'khai tử', 'nhận cha, mẹ, con', 'giám hộ', 'chấm dứt giám hộ', 'xác định lại dân tộc', 'nuôi con nuôi', 'ly hôn đã được giải quyết ở nước ngoài'],
    qualifiers: ['', ' có yếu tố nước ngoài', ' lưu động', ' cho người đã có hồ sơ, giấy tờ cá nhân', ' kết hợp nhận cha, mẹ, con'],
    target: 110, department: 'Công chức Tư pháp - Hộ tịch',
    documents: ['Tờ khai theo mẫu', 'Giấy chứng sinh hoặc văn bản của người làm chứng', 'Giấy chứng nhận kết hôn của cha, mẹ', IDENTITY, PROXY],
    results: ['Trích lục hộ tịch', 'Giấy khai sinh (bản chính)', 'Giấy chứng nhận kết hôn'],
    legalBasis: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch' }, { number: '123/2015/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch' }, { number: '04/2020/TT-BTP', title: 'Thông tư quy định chi tiết thi hành Luật Hộ tịch' }],
    keywords: ['ho tich', 'tu phap'],
  },
  {
    code: 'chung-thuc', name: 'Chứng thực', agencies: { commune: 'ubnd-xa', province: 'so-tu-phap' }, audiences: ['citizen', 'business', 'organisation'],
    actions: ['Chứng thực', 'Cấp bản sao có chứng thực từ bản chính', 'Sửa lỗi sai sót trong'],
    subjects: ['bản sao từ bản chính giấy tờ, văn bản', 'chữ ký trong các giấy tờ, văn bản', 'hợp đồng, giao dịch liên quan đến tài sản là động sản', 'văn bản thỏa thuận phân chia di sản', 'di chúc', 'văn bản từ chối nhận di sản', 'hợp đồng ủy quyền', 'chữ ký người dịch'],
    qualifiers: ['', ' do cơ quan nước ngoài cấp', ' (người yêu cầu không ký được)', ' tại cấp xã'],
    target: 60, department: 'Bộ phận Chứng thực',
    documents: ['Bản chính giấy tờ, văn bản cần chứng thực', 'Dự thảo hợp đồng, giao dịch', IDENTITY, PROXY],
    results: ['Bản sao có chứng thực', 'Giấy tờ, văn bản đã được chứng thực chữ ký'],
    legalBasis: [{ number: '23/2015/NĐ-CP', title: 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch' }, { number: '01/2020/TT-BTP', title: 'Thông tư hướng dẫn về chứng thực' }],
    keywords: ['chung thuc', 'sao y', 'cong chung'],
  },
  {
    code: 'ly-lich-tu-phap', name: 'Lý lịch tư pháp', agencies: { province: 'so-tu-phap', central: 'trung-tam-lltp' }, audiences: ['citizen', 'organisation'],
    actions: ['Cấp Phiếu lý lịch tư pháp', 'Cấp lại Phiếu lý lịch tư pháp', 'Đính chính Phiếu lý lịch tư pháp', 'Tiếp nhận yêu cầu cấp Phiếu lý lịch tư pháp'],
    subjects: ['cho công dân Việt Nam', 'cho người nước ngoài đã cư trú tại Việt Nam', 'cho cơ quan nhà nước, tổ chức chính trị - xã hội', 'cho cơ quan tiến hành tố tụng', 'số 1', 'số 2'],
    qualifiers: ['', ' qua ứng dụng VNeID', ' theo ủy quyền'],
    target: 30, department: 'Phòng Hành chính tư pháp',
    documents: ['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', IDENTITY, 'Giấy tờ chứng minh nơi cư trú', PROXY],
    results: ['Phiếu lý lịch tư pháp'],
    legalBasis: [{ number: '28/2009/QH12', title: 'Luật Lý lịch tư pháp' }, { number: '111/2010/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều của Luật Lý lịch tư pháp' }],
    keywords: ['ly lich tu phap', 'llpt', 'phieu lltp'],
  },
  {
    code: 'cu-tru', name: 'Đăng ký cư trú', agencies: { commune: 'cong-an-xa', province: 'cong-an-tinh' }, audiences: ['citizen'],
    actions: ['Đăng ký', 'Xóa đăng ký', 'Điều chỉnh thông tin về', 'Gia hạn', 'Khai báo', 'Xác nhận thông tin về'],
    subjects: ['thường trú', 'tạm trú', 'lưu trú', 'tạm vắng', 'cư trú'],
    qualifiers: ['', ' tại chỗ ở hợp pháp do thuê, mượn, ở nhờ', ' cho người chưa thành niên', ' trên ứng dụng VNeID', ' cho người nước ngoài'],
    target: 60, department: 'Đội Quản lý cư trú',
    documents: ['Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 'Văn bản đồng ý cho đăng ký của chủ hộ, chủ sở hữu chỗ ở', PROXY],
    results: ['Thông báo về kết quả giải quyết, cập nhật thông tin cư trú'],
    legalBasis: [{ number: '68/2020/QH14', title: 'Luật Cư trú' }, { number: '154/2024/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều của Luật Cư trú' }, { number: '55/2021/TT-BCA', title: 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú' }],
    keywords: ['ho khau', 'cu tru', 'cong an'],
  },
  {
    code: 'xay-dung', name: 'Xây dựng', agencies: { commune: 'ubnd-xa', province: 'so-xay-dung', central: 'bo-xay-dung' }, audiences: ['citizen', 'business', 'organisation'],
    actions: ['Cấp', 'Cấp lại', 'Điều chỉnh', 'Gia hạn', 'Cấp điều chỉnh'],
    subjects: ['giấy phép xây dựng sửa chữa, cải tạo công trình', 'giấy phép di dời công trình', 'giấy phép xây dựng có thời hạn', 'chứng chỉ hành nghề hoạt động xây dựng', 'chứng chỉ năng lực hoạt động xây dựng', 'giấy phép xây dựng công trình quảng cáo', 'giấy phép xây dựng mới đối với công trình'],
    qualifiers: ['', ' hạng II, hạng III', ' trong đô thị', ' tại nông thôn', ' theo tuyến'],
    target: 100, department: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    documents: ['Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01)', 'Bản sao giấy tờ chứng minh quyền sử dụng đất', 'Bản vẽ thiết kế xây dựng', 'Cam kết bảo đảm an toàn đối với công trình liền kề', PROXY],
    results: ['Giấy phép xây dựng', 'Chứng chỉ hành nghề hoạt động xây dựng'],
    legalBasis: [{ number: '50/2014/QH13', title: 'Luật Xây dựng' }, { number: '62/2020/QH14', title: 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng' }, { number: '175/2024/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng' }],
    keywords: ['xay dung', 'giay phep', 'xin phep xay nha'],
  },
  {
    code: 'dat-dai', name: 'Đất đai', agencies: { commune: 'ubnd-xa', province: 'vpdk-dat-dai' }, audiences: ['citizen', 'business', 'organisation'],
    actions: ['Đăng ký', 'Cấp', 'Cấp đổi', 'Cấp lại', 'Đính chính', 'Xóa đăng ký', 'Đăng ký biến động về'],
    subjects: ['quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu', 'Giấy chứng nhận quyền sử dụng đất', 'thế chấp quyền sử dụng đất', 'chuyển mục đích sử dụng đất', 'tách thửa, hợp thửa đất', 'gia hạn sử dụng đất', 'chuyển nhượng, tặng cho quyền sử dụng đất'],
    qualifiers: ['', ' đối với hộ gia đình, cá nhân', ' đối với tổ chức', ' do bị mất', ' do thay đổi ranh giới'],
    target: 120, department: 'Phòng Đăng ký và Cấp Giấy chứng nhận',
    documents: ['Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)', 'Giấy chứng nhận đã cấp (bản gốc)', 'Hợp đồng, văn bản về chuyển quyền sử dụng đất', 'Mảnh trích đo địa chính thửa đất', PROXY],
    results: ['Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Xác nhận nội dung biến động trên Giấy chứng nhận'],
    legalBasis: [{ number: '31/2024/QH15', title: 'Luật Đất đai' }, { number: '101/2024/NĐ-CP', title: 'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận' }],
    keywords: ['so do', 'so hong', 'dat dai', 'nha dat'],
  },
  {
    code: 'ho-kinh-doanh', name: 'Thành lập và hoạt động của hộ kinh doanh', agencies: { commune: 'ubnd-xa' }, audiences: ['citizen', 'business'],
    actions: ['Đăng ký', 'Đăng ký thay đổi nội dung', 'Thông báo', 'Chấm dứt', 'Cấp lại', 'Tạm ngừng'],
    subjects: ['đăng ký hộ kinh doanh', 'Giấy chứng nhận đăng ký hộ kinh doanh', 'hoạt động kinh doanh', 'địa điểm kinh doanh của hộ kinh doanh', 'ngành, nghề kinh doanh của hộ kinh doanh'],
    qualifiers: ['', ' trước thời hạn đã thông báo', ' khi chuyển địa chỉ sang xã khác', ' do bị mất, cháy, hỏng'],
    target: 40, department: 'Phòng Kinh tế',
    documents: ['Giấy đề nghị đăng ký hộ kinh doanh', 'Bản sao biên bản họp thành viên hộ gia đình', 'Bản sao văn bản ủy quyền của thành viên hộ gia đình', IDENTITY],
    results: ['Giấy chứng nhận đăng ký hộ kinh doanh'],
    legalBasis: [{ number: '168/2025/NĐ-CP', title: 'Nghị định về đăng ký doanh nghiệp' }, { number: '59/2020/QH14', title: 'Luật Doanh nghiệp' }],
    keywords: ['kinh doanh', 'ho kinh doanh', 'giay phep kinh doanh', 'hkd'],
  },
  {
    code: 'giao-duc', name: 'Giáo dục và Đào tạo', agencies: { commune: 'ubnd-xa', province: 'so-gd-dt', central: 'bo-gd-dt' }, audiences: ['citizen', 'organisation'],
    actions: ['Cho phép thành lập', 'Cho phép hoạt động giáo dục đối với', 'Sáp nhập, chia, tách', 'Giải thể', 'Công nhận', 'Chuyển trường đối với'],
    subjects: ['trường mầm non', 'trường tiểu học', 'trường trung học cơ sở', 'nhóm trẻ, lớp mẫu giáo độc lập', 'trung tâm ngoại ngữ, tin học', 'học sinh trung học phổ thông', 'trường trung học phổ thông'],
    qualifiers: ['', ' tư thục', ' công lập', ' đạt chuẩn quốc gia', ' có vốn đầu tư nước ngoài'],
    target: 90, department: 'Phòng Giáo dục',
    documents: ['Tờ trình đề nghị', 'Đề án thành lập', 'Danh sách cán bộ quản lý, giáo viên', 'Văn bản xác nhận quyền sử dụng đất, cơ sở vật chất'],
    results: ['Quyết định cho phép', 'Văn bản chấp thuận'],
    legalBasis: [{ number: '43/2019/QH14', title: 'Luật Giáo dục' }, { number: '125/2024/NĐ-CP', title: 'Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục' }],
    keywords: ['giao duc', 'truong hoc', 'hoc sinh'],
  },
  {
    code: 'y-te', name: 'Y tế', agencies: { province: 'so-y-te', central: 'bo-y-te' }, audiences: ['citizen', 'business', 'organisation'],
    actions: ['Cấp', 'Cấp lại', 'Điều chỉnh', 'Cấp mới', 'Thu hồi'],
    subjects: ['giấy phép hành nghề khám bệnh, chữa bệnh', 'giấy phép hoạt động đối với phòng khám đa khoa', 'chứng chỉ hành nghề dược', 'giấy chứng nhận đủ điều kiện kinh doanh dược', 'giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'giấy phép hoạt động đối với trạm y tế cấp xã'],
    qualifiers: ['', ' đối với người Việt Nam', ' thuộc thẩm quyền của Sở Y tế', ' do bị mất hoặc hư hỏng', ' theo hình thức xét hồ sơ'],
    target: 90, department: 'Phòng Nghiệp vụ Y',
    documents: ['Đơn đề nghị theo mẫu', 'Bản sao văn bằng chuyên môn', 'Giấy xác nhận quá trình thực hành', 'Giấy chứng nhận đủ sức khỏe', IDENTITY],
    results: ['Giấy phép hành nghề', 'Giấy chứng nhận đủ điều kiện'],
    legalBasis: [{ number: '15/2023/QH15', title: 'Luật Khám bệnh, chữa bệnh' }, { number: '96/2023/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh' }],
    keywords: ['y te', 'benh vien', 'hanh nghe', 'duoc'],
  },
  {
    code: 'lao-dong', name: 'Lao động', agencies: { province: 'so-noi-vu' }, audiences: ['citizen', 'business'],
    actions: ['Cấp', 'Cấp lại', 'Gia hạn', 'Xác nhận', 'Đăng ký', 'Giải quyết'],
    subjects: ['giấy phép lao động cho người lao động nước ngoài', 'hưởng trợ cấp thất nghiệp', 'nội quy lao động của doanh nghiệp', 'thỏa ước lao động tập thể', 'giấy phép hoạt động dịch vụ việc làm', 'hợp đồng nhận lao động thực tập'],
    qualifiers: ['', ' làm việc tại Việt Nam', ' của doanh nghiệp', ' theo hình thức trực tuyến'],
    target: 70, department: 'Phòng Lao động - Việc làm',
    documents: ['Văn bản đề nghị theo mẫu', 'Giấy chứng nhận sức khỏe', 'Văn bản chứng minh trình độ chuyên môn', 'Bản sao hộ chiếu hoặc giấy tờ tùy thân'],
    results: ['Giấy phép lao động', 'Quyết định giải quyết'],
    legalBasis: [{ number: '45/2019/QH14', title: 'Bộ luật Lao động' }, { number: '219/2025/NĐ-CP', title: 'Nghị định quy định về người lao động nước ngoài làm việc tại Việt Nam' }],
    keywords: ['lao dong', 'viec lam', 'that nghiep'],
  },
  {
    code: 'bao-tro-xa-hoi', name: 'Bảo trợ xã hội', agencies: { commune: 'ubnd-xa', province: 'so-y-te' }, audiences: ['citizen', 'organisation'],
    actions: ['Thực hiện', 'Điều chỉnh, thôi hưởng', 'Hỗ trợ', 'Xác định, xác định lại', 'Chi trả'],
    subjects: ['trợ cấp xã hội hằng tháng', 'mức độ khuyết tật', 'chi phí mai táng', 'kinh phí chăm sóc, nuôi dưỡng hằng tháng', 'trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở'],
    qualifiers: ['', ' đối với trẻ em', ' đối với người cao tuổi', ' đối với người khuyết tật', ' khi thay đổi nơi cư trú'],
    target: 45, department: 'Phòng Văn hóa - Xã hội',
    documents: ['Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a)', 'Bản sao giấy xác nhận khuyết tật', 'Giấy tờ chứng minh thu nhập', IDENTITY],
    results: ['Quyết định trợ cấp xã hội', 'Giấy xác nhận khuyết tật'],
    legalBasis: [{ number: '20/2021/NĐ-CP', title: 'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội' }, { number: '76/2024/NĐ-CP', title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP' }],
    keywords: ['tro cap', 'bao tro xa hoi', 'khuyet tat'],
  },
  {
    code: 'giao-thong', name: 'Giao thông vận tải', agencies: { province: 'so-xay-dung', central: 'bo-cong-an' }, audiences: ['citizen', 'business'],
    actions: ['Cấp', 'Cấp lại', 'Đổi', 'Cấp đổi', 'Thu hồi'],
    subjects: ['giấy phép lái xe', 'giấy phép kinh doanh vận tải bằng xe ô tô', 'phù hiệu xe ô tô kinh doanh vận tải', 'giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn', 'chứng nhận đăng ký xe', 'giấy phép thi công công trình trên đường bộ đang khai thác'],
    qualifiers: ['', ' do ngành Giao thông vận tải cấp', ' quân sự do Bộ Quốc phòng cấp', ' do nước ngoài cấp', ' hạng A1'],
    target: 80, department: 'Phòng Quản lý vận tải, phương tiện và người lái',
    documents: ['Đơn đề nghị theo mẫu', 'Giấy chứng nhận sức khỏe của người lái xe', 'Bản sao giấy phép đã được cấp', IDENTITY],
    results: ['Giấy phép lái xe', 'Giấy phép kinh doanh vận tải'],
    legalBasis: [{ number: '36/2024/QH15', title: 'Luật Trật tự, an toàn giao thông đường bộ' }, { number: '35/2024/QH15', title: 'Luật Đường bộ' }],
    keywords: ['bang lai', 'giao thong', 'van tai', 'gplx'],
  },
  {
    code: 'tai-nguyen-moi-truong', name: 'Tài nguyên môi trường', agencies: { commune: 'ubnd-xa', province: 'so-nn-mt' }, audiences: ['business', 'organisation'],
    actions: ['Cấp', 'Cấp đổi', 'Điều chỉnh', 'Gia hạn', 'Thẩm định'],
    subjects: ['giấy phép môi trường', 'giấy phép khai thác nước dưới đất', 'giấy phép thăm dò khoáng sản', 'báo cáo đánh giá tác động môi trường', 'giấy phép xả nước thải vào nguồn nước', 'đăng ký môi trường'],
    qualifiers: ['', ' đối với dự án đầu tư nhóm II', ' thuộc thẩm quyền cấp tỉnh', ' với lưu lượng dưới 3.000 m³/ngày đêm', ' làm vật liệu xây dựng thông thường'],
    target: 70, department: 'Phòng Môi trường',
    documents: ['Văn bản đề nghị cấp phép', 'Báo cáo đề xuất cấp giấy phép môi trường', 'Bản đồ vị trí khu vực', 'Kết quả phân tích chất lượng nước'],
    results: ['Giấy phép môi trường', 'Quyết định phê duyệt'],
    legalBasis: [{ number: '72/2020/QH14', title: 'Luật Bảo vệ môi trường' }, { number: '08/2022/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường' }],
    keywords: ['moi truong', 'tai nguyen', 'khoang san', 'nuoc'],
  },
  {
    code: 'cong-thuong', name: 'Công thương', agencies: { commune: 'ubnd-xa', province: 'so-cong-thuong' }, audiences: ['business'],
    actions: ['Cấp', 'Cấp lại', 'Cấp sửa đổi, bổ sung', 'Gia hạn'],
    subjects: ['giấy phép bán lẻ sản phẩm rượu', 'giấy phép bán lẻ sản phẩm thuốc lá', 'giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai', 'giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài', 'giấy chứng nhận đủ điều kiện sản xuất hóa chất', 'giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ', 'giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp'],
    qualifiers: ['', ' trên địa bàn tỉnh', ' thuộc thẩm quyền cấp xã', ' do bị mất, hỏng', ' trong thời hạn hiệu lực'],
    target: 80, department: 'Phòng Quản lý thương mại',
    documents: ['Đơn đề nghị theo mẫu', 'Bản sao Giấy chứng nhận đăng ký doanh nghiệp', 'Bản kê cơ sở vật chất, trang thiết bị', 'Hồ sơ về địa điểm kinh doanh'],
    results: ['Giấy phép', 'Giấy chứng nhận đủ điều kiện'],
    legalBasis: [{ number: '36/2005/QH11', title: 'Luật Thương mại' }, { number: '105/2017/NĐ-CP', title: 'Nghị định về kinh doanh rượu' }],
    keywords: ['cong thuong', 'thuong mai', 'ruou', 'thuoc la'],
  },
  {
    code: 'nong-nghiep', name: 'Nông nghiệp', agencies: { commune: 'ubnd-xa', province: 'so-nn-mt' }, audiences: ['citizen', 'business'],
    actions: ['Cấp', 'Cấp lại', 'Công nhận', 'Phê duyệt', 'Hỗ trợ'],
    subjects: ['giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản', 'giấy phép khai thác thủy sản', 'chứng chỉ hành nghề thú y', 'giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật', 'giống cây trồng mới', 'phương án khai thác thực vật rừng thông thường', 'kinh phí khôi phục sản xuất vùng bị thiệt hại do thiên tai'],
    qualifiers: ['', ' đối với cơ sở sản xuất kinh doanh', ' thuộc thẩm quyền của cấp tỉnh', ' cho tàu cá', ' (trường hợp bị mất)'],
    target: 80, department: 'Phòng Trồng trọt và Chăn nuôi',
    documents: ['Đơn đề nghị theo mẫu', 'Bản thuyết minh điều kiện cơ sở vật chất', 'Bản sao văn bằng chuyên môn', IDENTITY],
    results: ['Giấy chứng nhận', 'Quyết định công nhận'],
    legalBasis: [{ number: '31/2018/QH14', title: 'Luật Trồng trọt' }, { number: '18/2017/QH14', title: 'Luật Thủy sản' }],
    keywords: ['nong nghiep', 'thuy san', 'thu y', 'cay trong'],
  },
  {
    // Luật Căn cước 2023 (in force since 1 July 2024): the card is "thẻ căn cước"; people still
    // search for CCCD and CMND (src/api/search-synonyms.ts). Every combination is generated.
    code: 'can-cuoc', name: 'Cấp, quản lý căn cước', agencies: { commune: 'cong-an-xa', province: 'cong-an-tinh', central: 'bo-cong-an' }, audiences: ['citizen'],
    actions: ['Cấp', 'Cấp đổi', 'Cấp lại'],
    subjects: ['thẻ căn cước', 'thẻ căn cước cho người dưới 14 tuổi', 'giấy chứng nhận căn cước'],
    qualifiers: ['', ' trên ứng dụng VNeID'],
    target: 18, department: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
    documents: ['Phiếu đề nghị giải quyết thủ tục về căn cước', 'Thẻ căn cước hoặc thẻ Căn cước công dân đã được cấp (trường hợp cấp đổi)', 'Văn bản của người đại diện hợp pháp (người dưới 14 tuổi)'],
    results: ['Thẻ căn cước', 'Giấy chứng nhận căn cước'],
    legalBasis: [{ number: '26/2023/QH15', title: 'Luật Căn cước' }, { number: '70/2024/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước' }],
    keywords: ['can cuoc', 'cccd', 'the can cuoc'],
  },
];

export const COMMON_LEGAL_BASIS = ONE_STOP;
