/**
 * The catalogue in English, as far as the mock can translate it: sector and agency names,
 * the well-known procedures, the fixed sentences of every procedure, the laws of the
 * well-known procedures' sectors. Generated procedure names and the documents of generated
 * procedures stay Vietnamese; an answer that carries any of them says `Content-Language:
 * en, vi` (docs/api.md, "Language"). Strings stay strings: the back end answers in the
 * language asked for, never with both.
 */
import type { Locale, Text } from './problems.js';

const EN = new Map<string, string>([
  // Sectors
  ['Hộ tịch', 'Civil status'],
  ['Chứng thực', 'Certification'],
  ['Lý lịch tư pháp', 'Criminal records'],
  ['Đăng ký cư trú', 'Residence registration'],
  ['Xây dựng', 'Construction'],
  ['Đất đai', 'Land'],
  ['Thành lập và hoạt động của hộ kinh doanh', 'Household businesses'],
  ['Giáo dục và Đào tạo', 'Education and training'],
  ['Y tế', 'Health'],
  ['Lao động', 'Labour'],
  ['Bảo trợ xã hội', 'Social protection'],
  ['Giao thông vận tải', 'Transport'],
  ['Tài nguyên môi trường', 'Natural resources and environment'],
  ['Công thương', 'Industry and trade'],
  ['Nông nghiệp', 'Agriculture'],
  // Departments
  ['Công chức Tư pháp - Hộ tịch', 'Justice and civil status officer'],
  ['Bộ phận Chứng thực', 'Certification desk'],
  ['Phòng Hành chính tư pháp', 'Judicial Administration Division'],
  ['Đội Quản lý cư trú', 'Residence Management Team'],
  ['Phòng Kinh tế, Hạ tầng và Đô thị', 'Economy, Infrastructure and Urban Division'],
  ['Phòng Đăng ký và Cấp Giấy chứng nhận', 'Registration and Certificates Division'],
  ['Phòng Kinh tế', 'Economy Division'],
  ['Phòng Giáo dục', 'Education Division'],
  ['Phòng Nghiệp vụ Y', 'Medical Affairs Division'],
  ['Phòng Lao động - Việc làm', 'Labour and Employment Division'],
  ['Phòng Văn hóa - Xã hội', 'Culture and Social Affairs Division'],
  ['Phòng Quản lý vận tải, phương tiện và người lái', 'Transport, Vehicles and Drivers Division'],
  ['Phòng Môi trường', 'Environment Division'],
  ['Phòng Quản lý thương mại', 'Trade Management Division'],
  ['Phòng Trồng trọt và Chăn nuôi', 'Crops and Livestock Division'],
  // Agencies
  ['Ủy ban nhân dân cấp xã', 'Commune People’s Committee'],
  ['Công an cấp xã', 'Commune Police'],
  ['Ủy ban nhân dân cấp tỉnh', 'Provincial People’s Committee'],
  ['Sở Tư pháp', 'Department of Justice'],
  ['Sở Xây dựng', 'Department of Construction'],
  ['Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment'],
  ['Sở Tài chính', 'Department of Finance'],
  ['Sở Giáo dục và Đào tạo', 'Department of Education and Training'],
  ['Sở Y tế', 'Department of Health'],
  ['Sở Nội vụ', 'Department of Home Affairs'],
  ['Sở Công Thương', 'Department of Industry and Trade'],
  ['Công an tỉnh', 'Provincial Police'],
  ['Văn phòng đăng ký đất đai', 'Land Registration Office'],
  ['Thuế tỉnh', 'Provincial Tax Office'],
  ['Bảo hiểm xã hội tỉnh', 'Provincial Social Insurance'],
  ['Trung tâm Lý lịch tư pháp quốc gia', 'National Criminal Records Centre'],
  ['Bộ Công an', 'Ministry of Public Security'],
  ['Bộ Xây dựng', 'Ministry of Construction'],
  ['Bộ Y tế', 'Ministry of Health'],
  ['Bộ Giáo dục và Đào tạo', 'Ministry of Education and Training'],
  ['Cục Thuế', 'Tax Department (Ministry of Finance)'],
  ['Bảo hiểm xã hội Việt Nam', 'Viet Nam Social Security'],
  // Well-known procedures
  ['Đăng ký khai sinh', 'Birth registration'],
  ['Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'Building permit for a new detached house'],
  ['Đăng ký thành lập hộ kinh doanh', 'Registration of a household business'],
  [
    'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    'Criminal record certificate for Vietnamese citizens and foreigners residing in Viet Nam',
  ],
  ['Đăng ký thường trú', 'Permanent residence registration'],
  ['Đăng ký khai tử', 'Death registration'],
  ['Đăng ký kết hôn', 'Marriage registration'],
  ['Đăng ký tạm trú', 'Temporary residence registration'],
  [
    'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp',
    'Certified copies of documents issued by Vietnamese authorities',
  ],
  ['Chứng thực chữ ký trong các giấy tờ, văn bản', 'Certification of signatures on documents'],
  ['Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 'Exchange of a driving licence issued by the transport sector'],
  [
    'Đăng ký khai sinh cho trẻ em sinh ra tại Việt Nam, thực hiện tại Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ. Miễn lệ phí khi đăng ký đúng hạn.',
    'Registers the birth of a child born in Viet Nam, at the People’s Committee of the commune where the father or the mother resides. Free when registered on time.',
  ],
  [
    'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ của hộ gia đình, cá nhân; Ủy ban nhân dân cấp xã cấp phép kể từ ngày 01/7/2025.',
    'Building permits for new detached houses of households and individuals; issued by the commune People’s Committee from 1 July 2025.',
  ],
  [
    'Đăng ký thành lập hộ kinh doanh do một cá nhân hoặc các thành viên hộ gia đình làm chủ, tại cơ quan đăng ký kinh doanh cấp xã.',
    'Registers a household business owned by one individual or by the members of a household, at the commune business registration office.',
  ],
  [
    'Cấp Phiếu lý lịch tư pháp số 1 hoặc số 2 cho công dân Việt Nam và người nước ngoài đang cư trú tại Việt Nam.',
    'Issues criminal record certificate no. 1 or no. 2 to Vietnamese citizens and foreigners residing in Viet Nam.',
  ],
  [
    'Đăng ký thường trú tại chỗ ở hợp pháp, thực hiện tại Công an cấp xã nơi đăng ký thường trú.',
    'Registers permanent residence at a lawful residence, at the Police of the commune where it is.',
  ],
  // Documents and results of the well-known procedures
  ['Tờ khai đăng ký khai sinh', 'Birth registration form'],
  ['Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh', 'Birth certificate from the health facility, or a witness statement of the birth'],
  ['Giấy chứng nhận kết hôn của cha, mẹ (nếu có)', 'Marriage certificate of the parents (if any)'],
  ['Văn bản ủy quyền (trường hợp nộp thay)', 'Authorisation (when filing for someone else)'],
  ['Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01)', 'Application for a building permit (Form 01)'],
  ['Bản sao giấy tờ chứng minh quyền sử dụng đất', 'Copy of the proof of the land use right'],
  ['Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng)', 'Construction drawings (plan, sections, elevations, foundations)'],
  ['Bản cam kết bảo đảm an toàn đối với công trình liền kề', 'Undertaking on the safety of adjacent buildings'],
  ['Giấy đề nghị đăng ký hộ kinh doanh', 'Application to register a household business'],
  ['Bản sao biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', 'Copy of the minutes of the household members’ meeting founding the business'],
  ['Bản sao hợp đồng thuê, mượn địa điểm kinh doanh', 'Copy of the lease or loan of the place of business'],
  ['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP)', 'Application for a criminal record certificate (Form 03/2013/TT-LLTP)'],
  ['Bản chụp Căn cước hoặc hộ chiếu của người được cấp Phiếu', 'Copy of the identity card or passport of the person concerned'],
  ['Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cấp Phiếu số 1)', 'Authorisation (when someone else asks for certificate no. 1)'],
  ['Tờ khai thay đổi thông tin cư trú (Mẫu CT01)', 'Residence information form (CT01)'],
  ['Giấy tờ, tài liệu chứng minh việc sở hữu hoặc sử dụng chỗ ở hợp pháp', 'Proof of owning or lawfully using the residence'],
  ['Giấy tờ chứng minh quan hệ nhân thân (trường hợp nhập vào hộ của người thân)', 'Proof of the family relationship (when joining a relative’s household)'],
  ['Văn bản ủy quyền', 'Authorisation'],
  ['Giấy khai sinh (bản chính)', 'Birth certificate (original)'],
  ['Trích lục khai sinh (bản sao, theo yêu cầu)', 'Certified extract of the birth record (on request)'],
  ['Giấy phép xây dựng', 'Building permit'],
  ['Giấy chứng nhận đăng ký hộ kinh doanh', 'Household business registration certificate'],
  ['Phiếu lý lịch tư pháp (bản giấy hoặc bản điện tử)', 'Criminal record certificate (paper or electronic)'],
  ['Thông báo về kết quả giải quyết, cập nhật thông tin cư trú', 'Notice of the decision; the residence record is updated'],
  // Notes on times and fees
  ['Trong ngày nếu nhận hồ sơ trước 15 giờ', 'The same day when received before 15:00'],
  ['Hai bên nam, nữ phải có mặt khi đăng ký', 'Both partners must be present'],
  ['Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ', 'Fee for a building permit for a detached house'],
  ['Lệ phí đăng ký hộ kinh doanh khi nộp hồ sơ trực tuyến', 'Household business registration fee when filed online'],
  ['Giảm 50% khi nộp trực tuyến', 'Half when filed online'],
  ['Lệ phí khi nộp hồ sơ trực tuyến', 'Fee when filed online'],
  ['Mỗi trang', 'Per page'],
  ['Mỗi trường hợp', 'Per case'],
  ['Lệ phí', 'Fee'],
  ['Lệ phí (nộp trực tuyến)', 'Fee (filed online)'],
  // Cases, steps, requirements
  ['Trường hợp thông thường', 'Ordinary case'],
  ['Trường hợp nộp hồ sơ thông qua người được ủy quyền', 'Filed through an authorised person'],
  ['Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công hoặc trực tiếp tại Bộ phận Một cửa', 'File online on the public service portal or in person at the one-stop desk'],
  ['Nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính tại Bộ phận Một cửa', 'File in person or by post at the one-stop desk'],
  ['Bộ phận Một cửa kiểm tra, tiếp nhận hồ sơ và hẹn ngày trả kết quả', 'The one-stop desk checks and accepts the dossier and sets the appointment for the result'],
  ['Trả kết quả trực tuyến, qua dịch vụ bưu chính hoặc tại Bộ phận Một cửa', 'The result is returned online, by post or at the one-stop desk'],
  ['Người yêu cầu có năng lực hành vi dân sự đầy đủ.', 'The applicant has full civil capacity.'],
  [
    'Hồ sơ nộp trực tuyến phải được ký số hoặc xác thực bằng tài khoản định danh điện tử mức độ 2.',
    'A dossier filed online is digitally signed or authenticated with a level-2 electronic identification account.',
  ],
  [
    'Giấy tờ do cơ quan nước ngoài cấp phải được hợp pháp hóa lãnh sự, trừ trường hợp được miễn.',
    'Documents issued abroad need consular legalisation unless exempted.',
  ],
  ['Đăng ký trong thời hạn 60 ngày kể từ ngày sinh.', 'Register within 60 days of the birth.'],
  ['Trung tâm Phục vụ hành chính công tỉnh, số 1 đường Trần Hưng Đạo', 'Provincial Public Administration Service Centre, 1 Trần Hưng Đạo Street'],
  // Laws of the well-known procedures' sectors
  ['Luật Hộ tịch', 'Law on Civil Status'],
  ['Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', 'Decree detailing the Law on Civil Status and measures to implement it'],
  ['Thông tư quy định chi tiết thi hành Luật Hộ tịch', 'Circular detailing the implementation of the Law on Civil Status'],
  ['Luật Xây dựng', 'Law on Construction'],
  ['Luật sửa đổi, bổ sung một số điều của Luật Xây dựng', 'Law amending the Law on Construction'],
  [
    'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng',
    'Decree detailing the Law on Construction on the management of construction activities',
  ],
  ['Nghị định về đăng ký doanh nghiệp', 'Decree on business registration'],
  ['Luật Doanh nghiệp', 'Law on Enterprises'],
  ['Luật Lý lịch tư pháp', 'Law on Criminal Records'],
  ['Nghị định quy định chi tiết một số điều của Luật Lý lịch tư pháp', 'Decree detailing the Law on Criminal Records'],
  ['Luật Cư trú', 'Law on Residence'],
  ['Nghị định quy định chi tiết một số điều của Luật Cư trú', 'Decree detailing the Law on Residence'],
  ['Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', 'Circular detailing the Law on Residence and measures to implement it'],
  [
    'Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    'Decree on administrative procedures under the one-stop and inter-agency one-stop mechanisms at one-stop desks and on the National Public Service Portal',
  ],
]);

/**
 * Renders the catalogue's texts in one language and remembers whether any stayed Vietnamese,
 * so the answer can say so in `Content-Language`.
 */
export class Wording {
  #untranslated = false;

  constructor(readonly locale: Locale) {}

  /** The text in this language: its English when the mock has one, else the Vietnamese (and noted). */
  t(vi: string): string {
    if (this.locale === 'vi') return vi;
    const en = EN.get(vi);
    if (en !== undefined) return en;
    this.#untranslated = true;
    return vi;
  }

  /** A text written in both languages where it is built. */
  pick(text: Text): string {
    return text[this.locale];
  }

  /** The answer's languages: the one asked for, and Vietnamese when some text has no translation. */
  languages(): Locale[] {
    return this.locale === 'vi' ? ['vi'] : this.#untranslated ? ['en', 'vi'] : ['en'];
  }
}

/** Whether the mock has an English text for this Vietnamese one. */
export function hasEnglish(vi: string): boolean {
  return EN.has(vi);
}
