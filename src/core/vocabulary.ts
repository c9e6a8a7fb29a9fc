/**
 * The vocabulary: words that are the workbook's file format — sheet names, column and row headers, cell
 * words (Đạt / Có), kind words, protection descriptions. Set-up writes them and the readers find cells by
 * them, so changing one changes what old workbooks must contain: treat every entry as a contract
 * (test/core/vocabulary.test.ts reads each one back). Display text lives in src/core/text/.
 */

/** How a standard is named in result rows and explanations: “TC1” for a numeric code. */
export const standardTag = (code: string): string => (/^\d+$/.test(code) ? `TC${code}` : code);

export const VERDICT = {
  pass: "Đạt",
  fail: "Không đạt",
  missing: "Thiếu dữ liệu",
} as const;

export const CELL_WORDS = {
  pass: "Đạt",
  fail: "Không đạt",
  na: "Không áp dụng",
  yes: "Có",
  no: "Không",
} as const;

/** Words for unit types and ward kinds: written into Tiêu chí / Danh mục and read back from them. */
export const KIND_WORDS = {
  unitType: { tdp: "tổ dân phố", ban: "bản", to: "tổ tự quản" },
  wardKind: { phuong: "phường", xa: "xã" },
  /** A framework's words for its units and wards when it does not name them. */
  defaultUnitWord: "tổ dân phố, bản",
  defaultWardWord: "xã, phường",
  /** "toàn thành phố" in the report's headline; a province office types "tỉnh", a phường "phường". */
  defaultPlaceWord: "thành phố",
  /** "đạt các tiêu chuẩn, tiêu chí tự quản, phát triển toàn diện". */
  defaultTitleWord: "tự quản, phát triển toàn diện",
} as const;

/**
 * The Tiêu chí sheet as a table: its header row, the words of column Loại and of the rule row. Written
 * by set-up and read back by the framework reader.
 */
export const CRITERIA_TABLE = {
  headers: [
    "Loại",
    "Mã",
    "Nội dung",
    "Thuộc tiêu chuẩn",
    "Ngưỡng (%)",
    "Áp dụng cho loại đơn vị",
    "Áp dụng cho địa bàn",
  ],
  rowKind: {
    framework: "Khung",
    year: "Năm đánh giá",
    /** Seed 002: the wards send their dossiers "trước ngày 22/11/2021" — a submission on that day is late. */
    deadline: "Hạn gửi hồ sơ (trước ngày)",
    rule: "Quy tắc",
    unitWord: "Tên đơn vị",
    wardWord: "Tên cấp xã",
    placeWord: "Tên địa bàn",
    titleWord: "Danh hiệu",
    source: "Nguồn",
    note: "Ghi chú",
    standard: "Tiêu chuẩn",
    criterion: "Tiêu chí",
    variant: "Nội dung riêng",
    disqualifier: "Trường hợp không đảm bảo",
  },
  rule: {
    "per-standard-threshold": "Mỗi tiêu chuẩn đạt ngưỡng",
    "all-must-pass": "Tất cả tiêu chí phải đạt",
  },
} as const;

/** Sheet names of the template. */
export const SHEET = {
  guide: "Hướng dẫn",
  criteria: "Tiêu chí",
  roster: "Danh mục",
  plan: "Kế hoạch",
  summary: "Tổng hợp",
  history: "Lịch sử công nhận",
  /** The annex of the recognition decision, written by the roll-up (core/workbook/annex.ts). */
  annex: "Danh sách công nhận",
  /** Hidden: what a ward file (or a master that was split) is; see core/wardFile/info.ts. */
  fileInfo: "Thông tin tệp",
  /** Hidden, in the master: which ward file was collected when (core/wardFile/log.ts). */
  collectLog: "Nhật ký thu thập",
} as const;

/** Headers and labels written into sheets and read back (titles and notes written only: SHEET_TEXT). */
export const HEAD = {
  wardHeaders: (wardWord: string) => [
    `Mã ${wardWord}`,
    `Tên ${wardWord}`,
    "Loại địa bàn (phường/xã)",
    "Tên tab",
    "Người nhập liệu (email)",
    "Thí điểm / điểm chỉ đạo",
    `Tệp riêng của ${wardWord} (đường dẫn)`,
  ],
  unitHeaders: (wardWord: string) => [
    "Mã đơn vị",
    "Tên đơn vị",
    "Loại (tổ dân phố/bản/tổ tự quản)",
    `Mã ${wardWord}`,
    "Từ năm",
    "Đến năm",
    "Ghi chú",
    "Số hộ",
    "Tổ trưởng",
    "Tổ phó",
  ],
  planHeaders: ["Mã đơn vị", "Tên đơn vị (tham khảo)", "Năm đăng ký"],
  targetHeaders: ["Năm", "Chỉ tiêu lũy kế"],
  periodLabel: (from: number, to: number) => `Giai đoạn ${from}–${to}`,
  /** Column A of the first row of a block of replaced rows, kept below the table; the reader stops there. */
  historyBackupMarker: "LỊCH SỬ (BẢN TRƯỚC)",
  historyHeaders: [
    "Mã đơn vị",
    "Năm công nhận",
    "Tên đơn vị (tham khảo)",
    "Xã/phường (tham khảo)",
    "Ghi chú",
  ],
  wardCodeLabel: (wardWord: string) => `Mã ${wardWord}`,
  wardCodeHeader: "Mã",
  wardTextHeader: "Nội dung tiêu chí",
  wardNoteHeader: "Ghi chú / minh chứng",
  disqualifierHeading: "Các trường hợp không đảm bảo (ghi Có / Không)",
  standardHeading: (code: string, name: string) => `Tiêu chuẩn ${code}: ${name}`,
  resultStandard: (code: string) => `Kết quả ${standardTag(code)}`,
  /** How every result row's label starts (set-up recognises its own rows by it). */
  resultPrefix: "Kết quả",
  resultGaps: "Còn thiếu",
  resultVerdict: "KẾT QUẢ",
  resultAppraisal: "Thành phố thẩm định (để trống = chấp nhận kết quả tự đánh giá)",
  /** Column-A code of the appraisal row (written by set-up, read back to find the row). */
  appraisalCode: "TĐ",
  unitHeader: (code: string, name: string) => `${code} – ${name}`,
  flagRemovedCriterion: "(không còn trong khung tiêu chí)",
} as const;

/**
 * The award sheets (khen thưởng, Đà Nẵng Kế hoạch 71/KH-UBND): their names, headers and cell words.
 * Display text (menus, dialogs, reasons) is AWARD in src/core/text/awards.ts.
 */
export const AWARD_WORDS = {
  // --- cell words: dropdowns (read back) and the sheet functions' results
  yes: "Có",
  no: "Không",
  posts: ["Tổ trưởng tổ dân phố", "Trưởng thôn"],
  stillServing: "nay",
  eligible: "Đủ điều kiện",
  notYet: (reasons: string[]) => `Chưa đủ: ${reasons.join("; ")}`,
  errorPrefix: "Lỗi: ",
  // --- Khen thưởng niên hạn: read back by header text
  tenureSheet: "Khen thưởng niên hạn",
  /** Label left of the as-of date cell; the reader finds the date next to it. */
  asOfLabel: "Tính thời gian đến ngày:",
  tenureHeaders: {
    stt: "STT",
    name: "Họ và tên",
    post: "Chức vụ",
    unit: "Đơn vị (tổ dân phố, thôn)",
    ward: "Xã/phường",
    periods:
      "Thời gian giữ chức vụ (ghi dd/mm/yyyy, mm/yyyy hoặc năm; để trống “Đến ngày” nếu đang giữ chức vụ)",
    from: "Từ ngày",
    to: "Đến ngày",
    dismissed: "Bị bãi nhiệm",
    discipline: "Đang bị kỷ luật hoặc đang xem xét xử lý kỷ luật",
    violation: "Vi phạm pháp luật",
    awarded: "Đã được tặng Bằng khen niên hạn",
    deceased: "Đã từ trần",
    note: "Ghi chú",
    total: "Thời gian giữ chức vụ (tự tính)",
    result: "Kết quả xét (tự tính)",
  },
  // --- Phụ lục I (written from the tenure sheet)
  listSheet: "Phụ lục I",
  listHeaders: ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thời gian giữ chức vụ", "Ghi chú"],
  // --- Đề nghị khen thưởng tổng kết: read back by header text, levels and kinds from its dropdowns
  nominationSheet: "Đề nghị khen thưởng tổng kết",
  nominationHeaders: [
    "STT",
    "Cấp khen thưởng",
    "Tập thể / Cá nhân",
    "Họ và tên / Tên tập thể",
    "Đơn vị",
    "Số năm công tác (cá nhân)",
    "Ghi chú",
  ],
  levels: ["Cấp thành phố", "Cấp quận, huyện", "Cấp phường, xã", "Cấp dưới phường, xã"],
  kinds: ["Tập thể", "Cá nhân"],
} as const;

/** Descriptions of protected ranges (shown in Google Sheets and in the “Phân quyền hiện tại” report). */
export const PROTECTION = {
  cityOnly: "chỉ Phòng Nội vụ",
  wardTab: (ward: string) => `tab ${ward}`,
  wardInput: (ward: string) => `ô nhập liệu ${ward}`,
  /** A department's columns of Kết quả thẩm định. */
  department: (name: string) => `kết quả thẩm định ${name}`,
  /** In a protection's description: the ranges the sheet protection leaves open ("mở C3:G3 …"). */
  openMarker: "mở",
  ownerOnly: "chỉ chủ sở hữu",
} as const;

/**
 * The hidden sheet "Thông tin tệp" of a ward file (and of a master that was split): one label and
 * value a row, read back by label (core/wardFile/info.ts), so its rows may move.
 */
export const FILE_INFO = {
  kind: "Loại tệp",
  kindWard: "Tệp của một xã/phường",
  kindBook: "Sổ tổng hợp",
  format: "Phiên bản định dạng",
  bookId: "Mã sổ tổng hợp",
  bookName: "Tên sổ tổng hợp",
  frameworkId: "Khung tiêu chí",
  frameworkHash: "Mã nội dung trang Tiêu chí",
  year: "Năm đánh giá",
  wardCode: "Mã xã/phường",
  wardName: "Tên xã/phường",
  tab: "Tab đánh giá",
  createdAt: "Tạo lúc",
} as const;

/** The hidden sheet "Nhật ký thu thập" of the master: one row per ward file collected. */
export const COLLECT_LOG = {
  headers: ["Mã xã/phường", "Tệp", "Sửa lúc", "Thu lúc", "Kết quả"],
  taken: "Đã thu",
} as const;

/**
 * Submission and appraisal (seed 002: the ward sends its dossier to the city before a deadline; the
 * city's appraisal team checks it, each department by its own field). Sheet names, the hidden record
 * sheet's headers and the status words, written and read back.
 */
export const SUBMISSION = {
  boardSheet: "Theo dõi",
  recordSheet: "Hồ sơ gửi",
  recordHeaders: [
    "Mã xã/phường",
    "Trạng thái",
    "Gửi lúc",
    "Người gửi",
    "Mã kiểm tra",
    "Trả lại lúc",
    "Người trả lại",
    "Lý do trả lại",
    "Giá trị lúc gửi",
  ],
  status: {
    notSent: "Chưa gửi",
    sent: "Đã gửi",
    late: "Quá hạn",
    sentLate: "Đã gửi (quá hạn)",
    returned: "Đã trả lại",
    /** Sent, and every department has entered its results for the ward's proposed units. */
    appraised: "Đã thẩm định",
  },
} as const;

/**
 * Appraisal by field (seed 002: the city's departments check the criteria "theo chức năng, nhiệm vụ
 * được giao"): who checks which standards, and their results per unit. Written and read back.
 */
export const FIELD_APPRAISAL = {
  assignSheet: "Phân công thẩm định",
  assignHeaders: ["Cơ quan", "Email", "Tiêu chuẩn phụ trách"],
  resultSheet: "Kết quả thẩm định",
  resultHeaders: ["Mã đơn vị", "Tên đơn vị", "Xã/phường"],
  /** A result column: "Công an thành phố – TC6". */
  column: (department: string, tag: string) => `${department} – ${tag}`,
  /** A department's note column. */
  noteColumn: (department: string) => `${department} – ghi chú`,
} as const;
