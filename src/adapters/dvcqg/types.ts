/**
 * The national portal's JSON as one-stop systems exchange it with DVCQG, as loosely as they
 * write it: numbers often come as strings, optional keys as empty strings. Keys in CAPITALS are
 * the procedure package of the national procedure database (LayThuTuc); CamelCase keys are the
 * dossier synchronisation (DongBoHoSoMC) and its progress updates (CapNhatTienDoHoSoMC). Read
 * from public one-stop implementations; the integration specification a province received is
 * authoritative (docs/api.md, mapping).
 */

type Loose = string | number | null | undefined;

/** One fee of a channel's processing time. */
export interface DvcqgFee {
  MAPHILEPHI?: string;
  /** đồng; empty or not a number means "theo quy định". */
  SOTIEN?: Loose;
  DONVI?: string;
  MOTA?: string;
}

export interface DvcqgTime {
  THOIGIANGIAIQUYET?: Loose;
  /** "Ngày làm việc", "Ngày", "Giờ làm việc", "Giờ", "Tháng". */
  DONVITINH?: string;
  MOTA?: string;
  PHILEPHI?: DvcqgFee[];
}

export interface DvcqgChannel {
  /** 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích. */
  KENH?: Loose;
  THOIGIAN?: DvcqgTime[];
}

export interface DvcqgDocument {
  MAGIAYTO?: string;
  TENGIAYTO?: string;
  SOBANCHINH?: Loose;
  SOBANSAO?: Loose;
  TENMAUDON?: string;
  URL?: string;
}

/** A procedure record of the national procedure database (the LayThuTuc package). */
export interface DvcqgProcedure {
  ID?: Loose;
  MATTHC: string;
  TENTTHC: string;
  MACOQUANCONGBO?: string;
  LOAITTHC?: Loose;
  /** 1: in force. */
  TRANGTHAI?: Loose;
  TUKHOA?: string;
  IDQUYETDINHCONGBO?: Loose;
  MOTADOITUONGTHUCHIEN?: string;
  DIACHITIEPNHAN?: string;
  YEUCAU?: string;
  YEUCAUDIEUKIEN?: string;
  MOTACOQUANTHUCHIEN?: string;
  MOTACOQUANTHAMQUYEN?: string;
  MOTA?: string;
  /** 0 Cấp Bộ, 1 Cấp Tỉnh, 2 Cấp Huyện, 3 Cấp Xã (or the names). */
  CAPTHUCHIEN?: Array<{ CAPTHUCHIEN?: Loose }>;
  LINHVUCTHUCHIEN?: Array<{ MALINHVUC?: string; TENLINHVUC?: string }>;
  COQUANTHUCHIEN?: Array<{ MADONVI?: string; TENDONVI?: string }>;
  COQUANCOTHAMQUYEN?: unknown[];
  COQUANDUOCUYQUYEN?: unknown[];
  COQUANPHOIHOP?: unknown[];
  DOITUONGTHUCHIEN?: Array<{ MADOITUONG?: Loose; TENDOITUONG?: string }>;
  CACHTHUCTHUCHIEN?: DvcqgChannel[];
  TRINHTUTHUCHIEN?: Array<{ TRUONGHOP?: string; TRINHTU?: Array<{ TENTRINHTU?: string }> }>;
  THANHPHANHOSO?: Array<{ TRUONGHOP?: string; GIAYTO?: DvcqgDocument[] }>;
  KETQUATHUCHIEN?: Array<{ MAKETQUA?: string; TENKETQUA?: string }>;
  CANCUPHAPLY?: Array<{ SOVANBAN?: string; TENVANBAN?: string; URL?: string }>;
  TTHCLIENQUAN?: unknown[];
  TTHCLIENTHONG?: unknown[];
  /** The online service level, as the one-stop system configures it (older data: 2–4). */
  MucDo?: Loose;
  NgayCapNhat?: string;
  [key: string]: unknown;
}

/** A fee of a dossier (DanhSachLePhi). */
export interface DvcqgDossierFee {
  TenPhiLePhi?: string;
  MaPhiLePhi?: string;
  /** 1 at intake, 2 at a supplement, 4 at the result (one implementation's values). */
  HinhThucThu?: Loose;
  Gia?: Loose;
  LoaiPhiLePhi?: Loose;
}

/** A supplement request of a dossier (DanhSachHoSoBoSung). */
export interface DvcqgSupplement {
  HoSoBoSungId?: Loose;
  NguoiYeuCauBoSung?: string;
  NoiDungBoSung?: string;
  NgayBoSung?: string;
  NguoiTiepNhanBoSung?: string;
  ThongTinTiepNhan?: string;
  NgayTiepNhanBoSung?: string;
  TrangThaiBoSung?: Loose;
  DanhSachGiayToBoSung?: Array<{ MaGiayTo?: string; MaThanhPhanHoSo?: string; TenGiayTo?: string }> | string;
  DanhSachLePhiBoSung?: DvcqgDossierFee[];
  NgayHenTraTruoc?: string;
  NgayHenTraMoi?: string;
}

export interface DvcqgResultDocument {
  TenGiayTo?: string;
  MaThanhPhanHoSo?: string;
  MaGiayToKetQua?: string;
  GiayToId?: Loose;
  DuongDanTepTinKetQua?: string;
}

/** A dossier as one-stop systems synchronise it with DVCQG (DongBoHoSoMC). Dates are `yyyyMMddHHmmss`, Vietnam time. */
export interface DvcqgDossier {
  MaHoSo: string;
  MaTTHC?: string;
  TenTTHC?: string;
  MaLinhVuc?: string;
  TenLinhVuc?: string;
  /** 1 trực tiếp, 2 trực tuyến, 3 bưu chính. */
  KenhThucHien?: Loose;
  ChuHoSo?: string;
  /** 1 công dân, 2 doanh nghiệp, 3 cơ quan nhà nước, 4 tổ chức (one implementation's values). */
  LoaiDoiTuong?: Loose;
  MaDoiTuong?: string;
  SoGiayToChuHoSo?: string;
  DinhDanhCHS?: Array<{ LoaiDinhDanh?: Loose; SoDinhDanh?: string }>;
  ThongTinKhac?: string;
  Email?: string;
  Fax?: string;
  SoDienThoai?: string;
  TrichYeuHoSo?: string;
  NgayNopHoSo?: string;
  NgayTiepNhan?: string;
  NgayHenTra?: string;
  NgayTuChoi?: string;
  TrangThaiHoSo: Loose;
  NgayTra?: string;
  ThongTinTra?: string;
  /** 1: the result goes by post. */
  HinhThuc?: Loose;
  NgayKetThucXuLy?: string;
  DonViXuLy?: string;
  GhiChu?: string;
  TaiKhoanDuocXacThucVoiVNeID?: Loose;
  DSKetNoiCSDL?: Array<{ MaCSDL?: string }>;
  DuocThanhToanTrucTuyen?: Loose;
  TaiLieuNop?: Array<{ TepDinhKemId?: Loose; TenTepDinhKem?: string; IsDeleted?: Loose; MaThanhPhanHoSo?: string; DuongDanTaiTepTin?: string }>;
  DanhSachLePhi?: DvcqgDossierFee[];
  DanhSachTepDinhKemKhac?: unknown[];
  DanhSachHoSoBoSung?: DvcqgSupplement[];
  DanhSachGiayToKetQua?: DvcqgResultDocument[];
  [key: string]: unknown;
}

/** One processing step (CapNhatTienDoHoSoMC). */
export interface DvcqgStep {
  MaHoSo?: string;
  NguoiXuLy?: string;
  ChucDanh?: string;
  ThoiDiemXuLy?: string;
  DonViXuLy?: string;
  PhongBanXuLy?: string;
  NoiDungXuLy?: string;
  TrangThai?: Loose;
  NgayBatDau?: string;
  NgayKetThucTheoQuyDinh?: string;
  [key: string]: unknown;
}
