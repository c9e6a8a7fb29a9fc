/**
 * The one message catalogue: every string a user sees (menus, sidebar, errors, problem messages, sheet
 * headers, set-up report lines, toasts, function results, the command-line tool's output and --help)
 * comes from here. Code and identifiers stay English. test/core/messages.test.ts fails on Vietnamese text
 * anywhere else in src/ (framework definitions and sample data excepted).
 */

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
    rule: "Quy tắc",
    unitWord: "Tên đơn vị",
    wardWord: "Tên cấp xã",
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

const q = (v: unknown) => `“${String(v)}”`;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const msg = {
  // --- framework validation ---
  fwThresholdRange: () => "ngưỡng phải là số nguyên từ 1 đến 100 (%)",
  fwEmpty: (field: string) => `thiếu ${field}`,
  fwListEmpty: (field: string) => `cần ít nhất một ${field.toLowerCase()}`,
  fwInvalidField: (field: string) => `giá trị không hợp lệ ở ${field}`,
  fwDuplicateCode: (code: string, first: string) => `mã ${q(code)} bị trùng (đã có ở ${first})`,
  fwUnknownStandard: (code: string, standard: string) =>
    `tiêu chí ${code} thuộc tiêu chuẩn ${q(standard)} không có trong danh sách tiêu chuẩn`,
  fwStandardWithoutCriteria: (code: string) => `tiêu chuẩn ${code} không có tiêu chí thành phần nào`,
  fwUnknownBuiltin: (id: string) => `không có khung tiêu chí ${q(id)} (có: laichau-2021, quynhvinh-6k3c)`,
  fwBadTable: (where: string, message: string) => `Khung tiêu chí, ${where}: ${message}`,
  fwTableCell: (cell: string) => `ô ${cell} của vùng khung`,
  fwUnknownKind: (value: unknown, kinds: readonly string[]) =>
    `loại dòng ${q(value)} không hiểu được (dùng: ${kinds.join(", ")})`,
  fwYearInvalid: "năm đánh giá phải là số năm, ví dụ 2025",
  fwRuleUnknown: (perStandard: string, allMustPass: string) =>
    `quy tắc không hiểu được (dùng ${q(perStandard)} hoặc ${q(allMustPass)})`,
  fwUnitTypeUnknown: "loại đơn vị không hiểu được (dùng: tổ dân phố, bản)",
  fwWardKindUnknown: "địa bàn không hiểu được (dùng: phường, xã)",
  fwVariantOrphan: (code: string) => `nội dung riêng cho tiêu chí ${code} chưa có ở trên`,
  /** Names of framework fields and lists, as problem locations say them. */
  fwFieldLabels: {
    code: "Mã",
    text: "Nội dung",
    name: "Tên",
    threshold: "Ngưỡng (%)",
    standard: "Tiêu chuẩn",
    standards: "Tiêu chuẩn",
    criteria: "Tiêu chí",
    rule: "Quy tắc",
    id: "Mã khung",
    year: "Năm",
    unitTypes: "Loại đơn vị",
    wardKinds: "Địa bàn",
  } as Readonly<Record<string, string>>,
  fwItem: (list: string, n: number) => `${list} thứ ${n}`,
  fwItemField: (list: string, n: number, field: string) => `${list} thứ ${n}, ${field}`,
  fwWhole: "khung tiêu chí",

  // --- cell reading ---
  cellInvalid: (code: string, value: unknown) =>
    `tiêu chí ${code}: giá trị ${q(value)} không hiểu được (dùng Đạt / Không đạt / Không áp dụng)`,
  disqualifierInvalid: (code: string, value: unknown) =>
    `trường hợp ${code}: giá trị ${q(value)} không hiểu được (dùng Có / Không)`,
  cellMissing: (code: string) => `tiêu chí ${code} còn trống`,
  errorPrefix: "Lỗi: ",

  // --- custom functions ---
  fnTooManyCells: (got: number, expected: number) =>
    `vùng kết quả có ${got} dòng nhưng khung tiêu chí có ${expected} tiêu chí; hãy chọn đúng ${expected} ô (hoặc thêm cột mã tiêu chí)`,
  fnDisqualifierCount: (got: number, expected: number) =>
    `vùng trường hợp không đảm bảo có ${got} ô, cần ${expected}`,
  fnDisqualifiersTwice: () =>
    "trường hợp không đảm bảo có cả trong vùng kết quả và ở tham số disqualifiers; hãy bỏ một trong hai",
  fnCodesMismatch: (rows: number, codes: number) =>
    `cột mã tiêu chí có ${codes} dòng, vùng kết quả có ${rows} dòng`,
  fnUnknownStandard: (value: unknown) => `không có tiêu chuẩn ${q(value)}`,
  fnMissingCodes: (codes: string[]) => `thiếu dòng cho tiêu chí ${codes.join(", ")}`,
  fnDuplicateCode: (code: string) => `tiêu chí ${code} xuất hiện hai lần`,
  fnInternal: () => "có lỗi không mong muốn, hãy báo cho Phòng Nội vụ",

  // --- verdict explanation ---
  standardLabel: (code: string) => (/^\d+$/.test(code) ? `TC${code}` : code),
  standardStatusPass: "đạt",
  standardStatusFail: "không đạt",
  standardStatusMissing: "thiếu dữ liệu",
  gapNeedMore: (label: string, n: number, failed: string[]) =>
    `${label}: cần thêm ${n} tiêu chí${failed.length ? ` (${failed.join(", ")} không đạt)` : ""}`,
  gapBlank: (label: string, blank: string[]) => `${label}: còn trống ${blank.join(", ")}`,
  gapNothingJudged: (label: string) => `${label}: mọi tiêu chí ghi Không áp dụng, chưa có gì để đánh giá`,
  notApplicableNote: (code: string) =>
    `tiêu chí ${code} ghi “Không áp dụng” nên không tính vào mẫu số; kiểm tra lại nếu tiêu chí này có áp dụng cho đơn vị`,
  gapDisqualified: (codes: string[]) => `có trường hợp ${codes.join(", ")}`,
  gapInvalid: (items: string[]) => `giá trị không hợp lệ: ${items.join("; ")}`,
  explainPass: (unitWord: string) =>
    `Đạt: mọi tiêu chuẩn đủ ngưỡng, không thuộc trường hợp không đảm bảo (${unitWord}).`,
  explainAllPass: () => "Đạt: mọi tiêu chí đều đạt.",
  explainFail: (gaps: string) => `Không đạt: ${gaps}.`,
  explainMissing: (gaps: string) => `Thiếu dữ liệu: ${gaps}.`,
  explainInvalid: (gaps: string) => `Lỗi: ${gaps}.`,
} as const;

/** Vietnamese number with a decimal comma and one decimal, from an integer count of tenths. */
/** 50000 → "50.000" (Vietnamese digit grouping; no Intl, which Apps Script does not fully have). */
export function thousandsVi(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export function tenthsToVi(tenths: number): string {
  const sign = tenths < 0 ? "-" : "";
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / 10)},${abs % 10}`;
}

/** Menu, dialogs and sidebar. */
export const UI = {
  menuTitle: "Tổ dân phố tự quản",
  menuSidebar: "Mở bảng điều khiển",
  menuValidate: "Kiểm tra tab này",
  menuSetup: "Khởi tạo / sửa biểu mẫu",
  menuSetupLaiChau: "Khởi tạo / sửa biểu mẫu (khung Lai Châu 2021)",
  menuSetupQuynhVinh: "Khởi tạo / sửa biểu mẫu (khung Quỳnh Vinh: 6 không, 3 có)",
  menuSample: "Nạp dữ liệu mẫu Lai Châu (tập huấn)",
  menuSampleQuynhVinh: "Nạp dữ liệu mẫu Quỳnh Vinh (tập huấn)",
  menuProtect: "Áp dụng phân quyền",
  menuRollup: "Tổng hợp toàn thành phố",
  menuHelp: "Hướng dẫn",
  sidebarTitle: "Bảng điều khiển",
  sidebarRefresh: "Làm mới",
  sidebarValidate: "Kiểm tra tab này",
  sidebarRollup: "Tổng hợp toàn thành phố",
  sidebarLoading: "Đang tải…",
  sidebarWorking: "Đang xử lý…",
  sidebarStandards: "Các tiêu chuẩn",
  sidebarFailing: "Tiêu chí không đạt",
  sidebarMissing: "Tiêu chí còn trống",
  sidebarInvalid: "Ô không hợp lệ",
  sidebarDisqualified: "Trường hợp không đảm bảo",
  sidebarNone: "Không có",
  sidebarPassedOfNeeded: (passed: number, needed: number, applicable: number) =>
    `${passed}/${applicable} đạt, cần ${needed}`,
  sidebarServerError: (detail: string) =>
    `Không lấy được dữ liệu từ máy chủ: ${detail}. Hãy bấm “Làm mới” để thử lại.`,
  sidebarBadPayload: "Dữ liệu trả về không đúng định dạng. Hãy tải lại trang tính rồi thử lại.",
  sidebarUpdatedAt: (time: string) => `Cập nhật lúc ${time}`,
  sidebarUnknownError: "không rõ lỗi",
  hintNotWardTab: (sheet: string) =>
    `Trang “${sheet}” không phải tab đánh giá của xã/phường. Hãy mở tab của xã/phường và đặt con trỏ vào cột của đơn vị.`,
  hintNotUnitColumn: "Hãy đặt con trỏ vào một ô trong cột của đơn vị cần xem.",
  sidebarFrameworkTitle: (name: string, year: number | undefined) => `${name}${year ? ` – năm ${year}` : ""}`,
  hintEmptyUnitColumn: "Cột này chưa chọn đơn vị. Hãy chọn đơn vị ở ô tiêu đề (dòng 3).",
  verdictWord: { pass: "Đạt", fail: "Không đạt", missing: "Thiếu dữ liệu", invalid: "Có lỗi" },
} as const;

/** Sheet names of the template. */
export const SHEET = {
  guide: "Hướng dẫn",
  criteria: "Tiêu chí",
  roster: "Danh mục",
  plan: "Kế hoạch",
  summary: "Tổng hợp",
  history: "Lịch sử công nhận",
} as const;

/** Headers and labels written into sheets. */
export const HEAD = {
  criteriaTitle: (name: string) => `KHUNG TIÊU CHÍ ĐÁNH GIÁ: ${name.toUpperCase()}`,
  criteriaNote:
    "Phòng Nội vụ sửa khung tại đây (thêm dòng Tiêu chí, đổi Ngưỡng…). Mọi công thức TDP_* trong sổ đọc bảng này nên tự tính lại.",
  rosterTitle: (wardWord: string, unitWord: string) =>
    `DANH MỤC ${wardWord.toUpperCase()} VÀ ${unitWord.toUpperCase()}`,
  cityEditors: "Email Phòng Nội vụ (sửa được mọi trang):",
  wardHeaders: (wardWord: string) => [
    `Mã ${wardWord}`,
    `Tên ${wardWord}`,
    "Loại địa bàn (phường/xã)",
    "Tên tab",
    "Người nhập liệu (email)",
    "Thí điểm / điểm chỉ đạo",
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
  planTitle: "KẾ HOẠCH ĐĂNG KÝ VÀ CHỈ TIÊU",
  planNote:
    "Bên trái: đơn vị đăng ký phấn đấu năm nào. Bên phải: chỉ tiêu lũy kế số đơn vị được công nhận đến hết mỗi năm, và cả giai đoạn.",
  planHeaders: ["Mã đơn vị", "Tên đơn vị (tham khảo)", "Năm đăng ký"],
  targetHeaders: ["Năm", "Chỉ tiêu lũy kế"],
  periodLabel: (from: number, to: number) => `Giai đoạn ${from}–${to}`,
  historyTitle: "LỊCH SỬ CÔNG NHẬN",
  /** Column A of the first row of a block of replaced rows, kept below the table; the reader stops there. */
  historyBackupMarker: "LỊCH SỬ (BẢN TRƯỚC)",
  historyBackupTitle: (year: number) =>
    `LỊCH SỬ (BẢN TRƯỚC) – các dòng năm ${year} trước khi tổng hợp lại; giữ để đối chiếu, tổng hợp không đọc khối này`,
  historyNote:
    "Mỗi dòng là một lần được công nhận. Tổng hợp năm nào thì ghi lại các dòng của năm đó; các năm trước có thể nhập tay.",
  historyHeaders: [
    "Mã đơn vị",
    "Năm công nhận",
    "Tên đơn vị (tham khảo)",
    "Xã/phường (tham khảo)",
    "Ghi chú",
  ],
  wardTitle: (fwName: string, year: number | undefined) =>
    `BIỂU ĐÁNH GIÁ ${fwName.toUpperCase()}${year ? ` – NĂM ${year}` : ""}`,
  wardCodeLabel: (wardWord: string) => `Mã ${wardWord}`,
  wardCodeHeader: "Mã",
  wardTextHeader: "Nội dung tiêu chí",
  wardNoteHeader: "Ghi chú / minh chứng",
  disqualifierHeading: "Các trường hợp không đảm bảo (ghi Có / Không)",
  standardHeading: (code: string, name: string) => `Tiêu chuẩn ${code}: ${name}`,
  resultStandard: (code: string) => `Kết quả ${msg.standardLabel(code)}`,
  /** How every result row's label starts (set-up recognises its own rows by it). */
  resultPrefix: "Kết quả",
  resultGaps: "Còn thiếu",
  resultVerdict: "KẾT QUẢ",
  resultAppraisal: "Thành phố thẩm định (để trống = chấp nhận kết quả tự đánh giá)",
  appraisalHelp: "Phòng Nội vụ ghi kết quả thẩm định: Không đạt để không công nhận dù tự đánh giá đạt.",
  /** Column-A code of the appraisal row (written by set-up, read back to find the row). */
  appraisalCode: "TĐ",
  unitHelp: (unitWord: string) => `Chọn ${unitWord} từ Danh mục`,
  unitHeader: (code: string, name: string) => `${code} – ${name}`,
  summaryTitle: "TỔNG HỢP KẾT QUẢ",
  summaryPending:
    "Chưa tổng hợp. Dùng menu Tổ dân phố tự quản → Tổng hợp toàn thành phố (tệp .xlsx: tdp rollup SỔ.xlsx --write).",
  flagRemovedUnit: "(không còn trong danh mục)",
  flagRemovedCriterion: "(không còn trong khung tiêu chí)",
} as const;

/** The Hướng dẫn sheet, in the framework's own words and rule. */
export function guideLines(
  words: { ward: string; unit: string },
  allMustPass: boolean,
  hasDisqualifiers: boolean,
): string[] {
  return [
    "HƯỚNG DẪN NHẬP LIỆU",
    "",
    `1. Mỗi ${words.ward} nhập ở tab mang tên mình. Mỗi cột là một đơn vị (${words.unit}); chọn đơn vị ở ô tiêu đề (dòng 3).`,
    "2. Ở mỗi tiêu chí chọn Đạt / Không đạt / Không áp dụng trong danh sách thả xuống.",
    hasDisqualifiers
      ? "3. Ở các trường hợp không đảm bảo chọn Có hoặc Không (để trống là Không)."
      : "3. Để trống ô nào thì kết quả ghi Thiếu dữ liệu nếu ô đó quyết định kết quả.",
    allMustPass
      ? "4. Các dòng Kết quả ở cuối tab tự tính: đơn vị đạt khi tất cả tiêu chí đều đạt."
      : `4. Các dòng Kết quả ở cuối tab tự tính: đạt khi mỗi tiêu chuẩn có đủ tỷ lệ tiêu chí đạt theo cột Ngưỡng (%) của trang Tiêu chí${hasDisqualifiers ? " và không thuộc trường hợp không đảm bảo nào" : ""}.`,
    "5. Ghi minh chứng ở cột Ghi chú / minh chứng. Không sửa cột Mã và các dòng kết quả (đã khoá).",
    "6. Menu Tổ dân phố tự quản → Kiểm tra tab này: liệt kê ô trống, ô sai, đơn vị trùng… kèm địa chỉ ô.",
    "7. Phòng Nội vụ: sửa Tiêu chí, Danh mục, Kế hoạch; ghi dòng Thành phố thẩm định; bấm Tổng hợp toàn thành phố để lập trang Tổng hợp.",
  ];
}

export const NOTICE = {
  sampleRefused: () =>
    "Sổ đã có Danh mục. Chỉ nạp dữ liệu mẫu vào một sổ trống để không ghi đè dữ liệu thật.",
  setupTitle: "Khởi tạo / sửa biểu mẫu",
  setupDone: (n: number) => `Đã xong. ${n} thông báo:`,
  setupFailed: "Chưa khởi tạo được",
  protectTitle: "Phân quyền hiện tại",
  validateTitle: "Kiểm tra tab",
  validateClean: (sheet: string) => `Tab “${sheet}” không có lỗi nào.`,
  validateFound: (sheet: string, n: number) => `Tab “${sheet}” có ${n} vấn đề. Đã chọn ô đầu tiên.`,
  notWardTab: (sheet: string) => `Trang “${sheet}” không phải tab đánh giá của xã/phường.`,
  busy: "Đang tổng hợp, vui lòng thử lại sau.",
  busySetup: "Đang có lệnh khác chạy trên sổ này (tổng hợp hoặc khởi tạo), vui lòng thử lại sau.",
  criteriaBroken: "Trang Tiêu chí có lỗi; hãy sửa trước:",
  helpText: "Xem trang Hướng dẫn trong sổ. Mã nguồn và tài liệu: README của dự án.",
  unexpected: (detail: string) => `Có lỗi không mong muốn: ${detail}`,
  confirmHistoryTitle: "Ghi lại Lịch sử công nhận?",
  confirmHistory: (year: number, reasons: string[]) =>
    `${reasons.join("; ")}. Chọn “Có” để ghi lại các dòng năm ${year} của Lịch sử công nhận (các dòng cũ được giữ ở khối “LỊCH SỬ (BẢN TRƯỚC)”), “Không” để chỉ ghi trang Tổng hợp.`,
  consentMissing: (permissions: string[]) =>
    `Lệnh này cần ${permissions.length > 1 ? "các quyền" : "quyền"}: ${permissions.join("; ")}. Bạn chưa cấp, nên lệnh chưa làm gì. Hãy chạy lại lệnh và đánh dấu chọn ${permissions.length > 1 ? "các quyền đó" : "quyền đó"} trong hộp thoại cấp quyền của Google.`,
} as const;

/** What each OAuth scope of appsscript.json lets the add-in do, as the consent dialog should be read. */
export const SCOPE_PURPOSE = {
  sheet: "xem và sửa bảng tính này (chỉ bảng tính này)",
  ui: "hiển thị hộp thoại và thanh bên trong bảng tính",
  email: "biết địa chỉ email của bạn (để nhận ra Phòng Nội vụ khi phân quyền)",
} as const;

/** Lines of the set-up report (“Khởi tạo / sửa biểu mẫu”), and why a ward tab is left untouched. */
export const REPORT_LINE = {
  criteriaBroken: "Trang Tiêu chí có lỗi; chưa sửa gì. Hãy sửa các ô được nêu rồi chạy lại.",
  frameworkKept: (name: string) =>
    `Sổ đã có khung ${q(name)}; giữ nguyên (xoá trang Tiêu chí nếu muốn đổi khung).`,
  frameworkUnknown: (id: string | undefined) => `Không có khung tiêu chí ${q(id)}.`,
  criteriaCreated: (sheet: string, name: string, year: number) =>
    `Đã tạo trang ${sheet} (${name}, năm ${year}).`,
  rosterCreated: (sheet: string, wardWord: string, unitWord: string) =>
    `Đã tạo trang ${sheet}: hãy nhập ${wardWord} và ${unitWord}.`,
  rosterEmpty: (sheet: string, wardWord: string) =>
    `${sheet} chưa có ${wardWord} nào; chưa tạo tab đánh giá.`,
  tabBlocked: (tab: string, ward: string, why: string) =>
    `Tab ${q(tab)} của ${ward}: ${why}. Không sửa tab này để khỏi mất dữ liệu; hãy đưa về đúng mẫu rồi chạy lại.`,
  tabCreated: (tab: string, n: number, unitWord: string) => `Đã tạo tab ${q(tab)} với ${n} ${unitWord}.`,
  tabRenamed: (ward: string, sheet: string, tab: string) =>
    `Tab của ${ward} đang mang tên ${q(sheet)} (Danh mục ghi ${q(tab)}); giữ tên hiện tại.`,
  tabUpdated: (sheet: string) => `Đã cập nhật tab ${q(sheet)}.`,
  tabShared: (ward: string, tab: string) =>
    `${ward}: Danh mục ghi tên tab ${q(tab)} trùng với một xã/phường khác; chưa tạo tab. Hãy đặt tên tab khác ở Danh mục rồi chạy lại (tab có mã của ${ward} ở ô B2 vẫn được tổng hợp).`,
  tabUnclaimed: (sheet: string, roster: string) =>
    `Tab ${q(sheet)} giống tab đánh giá nhưng không có trong ${roster}; giữ nguyên, không tổng hợp.`,
  columnUnitUnknown: (sheet: string, header: string, roster: string) =>
    `Tab ${q(sheet)}, cột ${header}: đơn vị không có trong ${roster}; giữ nguyên cột, cần kiểm tra.`,
  columnAdded: (sheet: string, header: string) => `Tab ${q(sheet)}: thêm cột ${header}.`,
  contentBeyondNotes: (sheet: string) =>
    `Tab ${q(sheet)}: có nội dung ở bên phải cột Ghi chú; các ô đó giữ nguyên chỗ, không dời theo dòng.`,
  protections: (n: number) => `Phân quyền: ${n} vùng được bảo vệ.`,
  setupPartial: (done: number, total: number) => `Đã khởi tạo ${done}/${total} tab, chạy lại để tiếp tục.`,
  protectionPartial: (done: number, total: number) =>
    `Đã áp dụng phân quyền cho ${done}/${total} trang, chạy lại để tiếp tục.`,
  protectionSkipped: (what: string) =>
    `Không sửa được vùng bảo vệ ${what}: bạn không có quyền sửa vùng này (nhờ chủ sở hữu tệp chạy lại).`,
  emailRefused:
    "Bạn chưa cấp quyền biết địa chỉ email: không ghi được email của bạn vào Danh mục; bạn vẫn luôn sửa được mọi vùng được bảo vệ.",
  localeSet: (from: string) =>
    `Đã đặt ngôn ngữ và định dạng của bảng tính là Tiếng Việt (vi_VN; trước là ${q(from)}), để số thập phân dùng dấu phẩy và ngày ghi ngày/tháng/năm.`,
  timeZoneSet: (from: string) =>
    `Đã đặt múi giờ của bảng tính là giờ Việt Nam (Asia/Ho_Chi_Minh; trước là ${q(from)}).`,
  // --- why a ward tab is not repaired
  layoutUnreadable: "không đọc được bố cục (không thấy dòng “Mã | Nội dung tiêu chí”)",
  headerMoved: (row: number, expected: number) =>
    `dòng tiêu đề đang ở dòng ${row}, mẫu là dòng ${expected} (có dòng chèn thêm phía trên?)`,
} as const;

/** Descriptions of protected ranges (shown in Google Sheets and in the “Phân quyền hiện tại” report). */
export const PROTECTION = {
  cityOnly: "chỉ Phòng Nội vụ",
  wardTab: (ward: string) => `tab ${ward}`,
  wardInput: (ward: string) => `ô nhập liệu ${ward}`,
  /** In a protection's description: the ranges the sheet protection leaves open ("mở C3:G3 …"). */
  openMarker: "mở",
  wardHeader: (ward: string) => `tiêu đề ${ward}`,
  codeColumns: (ward: string) => `cột mã và nội dung ${ward}`,
  noteHeader: (ward: string) => `tiêu đề ghi chú ${ward}`,
  resultRows: (ward: string) => `dòng kết quả ${ward}`,
  ownerOnly: "chỉ chủ sở hữu",
} as const;

/**
 * Problems found while reading the workbook (Danh mục, Kế hoạch, Lịch sử công nhận, ward tabs) and
 * rolling it up; each is shown with its sheet and cell.
 */
export const PROBLEM = {
  // --- Danh mục, Kế hoạch, Lịch sử công nhận
  notAYear: (what: string) => `${what} phải là một năm, ví dụ 2024`,
  emailInvalid:
    "địa chỉ email không hợp lệ (ví dụ đúng: canbo@phuong.gov.vn); bỏ qua địa chỉ này khi phân quyền",
  textTooLong: (length: number, limit: number) =>
    `nội dung dài ${thousandsVi(length)} ký tự, quá ${thousandsVi(limit)} ký tự một ô chứa được; đã cắt bớt (xem đủ trong báo cáo JSON hoặc chia nhỏ danh sách)`,
  fieldFrom: "Từ năm",
  fieldUntil: "Đến năm",
  fieldRegistered: "Năm đăng ký",
  fieldTargetYear: "Năm",
  fieldRecognized: "Năm công nhận",
  householdsNotInteger: "số hộ phải là số nguyên",
  wardCodeDuplicate: (cell: string) => `mã xã/phường trùng với ô ${cell}`,
  wardNameMissing: (code: string) => `xã/phường ${code} chưa có tên`,
  wardKindInvalid: "loại phải là “phường” hoặc “xã”",
  tabNameTooLong: (length: number) =>
    `tên tab dài ${length} ký tự; Excel chỉ cho 31 ký tự, tệp .xlsx sẽ bị cắt tên`,
  tabNameClash: (other: string, code: string) =>
    `tên tab trùng với ${other}; ${code} vẫn được tổng hợp nhưng tab của ${code} chỉ được nhận theo mã ở ô B2 — hãy đặt một tên tab khác`,
  tabNameFixed: (sheet: string, code: string) =>
    `tên tab trùng với ${sheet} (một trang cố định của sổ); ${code} bị bỏ qua cho đến khi đổi tên tab`,
  tabOwner: (code: string, cell: string) => `tab của ${code} (ô ${cell})`,
  unitCodeMissing: (name: string) => `đơn vị ${q(name)} chưa có mã`,
  unitCodeDuplicate: (cell: string) => `mã đơn vị trùng với ô ${cell}`,
  unitTypeInvalid: "loại đơn vị phải là “tổ dân phố”, “bản” hoặc “tổ tự quản”",
  unitWardUnknown: (code: string) => `không có xã/phường mã ${q(code)}`,
  registrationYearMissing: (unit: string) => `đơn vị ${unit} chưa có năm đăng ký`,
  targetInvalid: "chỉ tiêu phải là số nguyên không âm",
  recognitionYearMissing: "thiếu năm công nhận",
  historyUnitUnknown:
    "mã đơn vị không có trong Danh mục; năm công nhận này không được tính khi xét duy trì / công nhận mới",

  // --- ward tabs: layout
  headerRowMissing: (codeHeader: string, textHeader: string) =>
    `không tìm thấy dòng tiêu đề (${q(codeHeader)} | ${q(textHeader)}); tab không đọc được`,
  criterionRowRepeated: (code: string, first: number) =>
    `dòng tiêu chí ${code} lặp lại (đã có ở dòng ${first}); chỉ đọc dòng đầu`,
  criterionRowMissing: (code: string) =>
    `thiếu dòng tiêu chí ${code} (dòng đã bị xoá hoặc sửa mã?); hãy chạy Khởi tạo / sửa biểu mẫu`,
  criterionRowMoved: (code: string) =>
    `dòng tiêu chí ${code} không đúng thứ tự (bị di chuyển?); vẫn đọc theo mã`,
  wardCodeUnknown: "mã xã/phường không có trong Danh mục; không kiểm tra được đơn vị",
  foreignRow: (code: string) =>
    `mã ${q(code)} không có trong khung tiêu chí (tiêu chí đã bỏ?); dòng này không được tính`,

  // --- ward tabs: unit columns
  columnWithoutUnit:
    "cột có kết quả nhưng ô tiêu đề chưa chọn đơn vị (ô bị xoá hoặc gộp ô?); cột này không được tính",
  unitNameDiffers: (typed: string, rosterName: string, code: string) =>
    `tên ${q(typed)} khác tên trong Danh mục ${q(rosterName)}; đã nhận theo mã ${code}`,
  unitMatchedByName: (typedCode: string, code: string, name: string) =>
    `mã ${q(typedCode)} không có trong Danh mục; đã nhận theo tên là ${code} – ${name}, hãy chọn lại từ danh sách`,
  unitUnknown: (near: { code: string; name: string } | undefined) =>
    `đơn vị không có trong Danh mục${near ? ` (gần giống “${near.code} – ${near.name}”, không tự ghép)` : ""}; cột này không được tính`,
  unitOtherWard: (code: string, itsWard: string, ward: string) =>
    `đơn vị ${code} thuộc ${itsWard}, không thuộc ${ward}; cột này không được tính`,
  unitDuplicateColumn: (code: string, first: string) =>
    `đơn vị ${code} trùng với cột ${first}; chỉ tính cột đầu`,
  unitInactive: (code: string, year: number, from: number | undefined, until: number | undefined) =>
    `đơn vị ${code} không hoạt động năm ${year} (theo Danh mục: ${from ?? "…"}–${until ?? "…"})`,

  // --- roll-up
  wardTabMissing: (ward: string) =>
    `thiếu tab đánh giá của ${ward}: các đơn vị của ${ward} được tính là chưa có dữ liệu, không phải không còn đạt`,
  tabYearDiffers: (titleYear: number, year: number) =>
    `tiêu đề tab ghi năm ${titleYear}, nhưng năm đánh giá (trang Tiêu chí) là ${year}; Lịch sử công nhận chỉ được ghi khi bạn xác nhận`,
  beyondNotes:
    "ô ở bên phải cột Ghi chú / minh chứng: tổng hợp không đọc ô này; hãy chuyển nội dung vào cột Ghi chú",
  yearMissing:
    "chưa ghi năm đánh giá (ví dụ 2024) ở cột Mã của dòng “Năm đánh giá”; chưa tổng hợp để không ghi Lịch sử công nhận sai năm",
  yearRowMissing:
    "trang Tiêu chí không có dòng “Năm đánh giá” (Loại = Năm đánh giá, Mã = năm, ví dụ 2024); chưa tổng hợp để không ghi Lịch sử công nhận sai năm",
  historyYearAfter: (year: number) =>
    `năm công nhận sau năm đánh giá ${year}: kiểm tra lại (nếu đúng, năm ${year} là năm đã khép lại)`,
  historyYearFuture: (thisYear: number) =>
    `năm công nhận ở tương lai (bây giờ là năm ${thisYear}): có gõ nhầm không?`,
  wardTabRenamed: (ward: string, sheet: string, tab: string) =>
    `tab của ${ward} mang tên ${q(sheet)}, Danh mục ghi ${q(tab)}; vẫn tổng hợp theo mã`,
  wardCodeDiffers: (code: string) => `mã xã/phường ở ô B2 khác Danh mục (${code}); vẫn tổng hợp theo tên tab`,
  tabNotInRoster: (roster: string) => `tab không có trong ${roster}; không được tổng hợp`,
  /** A problem of one unit column: "TP-TDP05: …". */
  forUnit: (unit: string, message: string) => `${unit}: ${message}`,
  appraisalInvalid: "kết quả thẩm định phải là Đạt, Không đạt hoặc để trống",
  appraisalPassButFailing: "thành phố ghi Đạt nhưng các tiêu chí chưa đạt; hãy sửa ô tiêu chí sau thẩm định",
} as const;

/** The report's title and target labels, and the Tổng hợp sheet (headers, chart, button). */
export const SUMMARY = {
  title: (fwName: string, year: number) => `${HEAD.summaryTitle} ${fwName.toUpperCase()} NĂM ${year}`,
  yearTarget: (year: number) => `Chỉ tiêu năm ${year} (lũy kế)`,
  periodTarget: (from: number, to: number) => `Chỉ tiêu giai đoạn ${from}–${to}`,
  /** "Bản Nậm Loỏng 1" is written "bản Nậm Loỏng 1" inside a list of units. */
  banLower: "bản",
  headline: (
    recognized: number,
    unitWord: string,
    maintained: number,
    fresh: number,
    evaluated: number,
    problems: number,
  ) =>
    `${recognized} ${unitWord} được công nhận (duy trì ${maintained}, công nhận mới ${fresh}); ${evaluated} đã đánh giá; ${problems} vấn đề cần xử lý.`,
  noData: (units: number, unitWord: string, wards: string[]) =>
    `${units} ${unitWord} chưa có dữ liệu vì thiếu hoặc không đọc được tab: ${wards.join(", ")} (không tính là không còn đạt).`,
  historyHeld: (reasons: string[]) =>
    `Lịch sử công nhận CHƯA được cập nhật: ${reasons.join("; ")}. Chạy lại và chọn “Có” (hoặc tdp --force) nếu đúng.`,
  holdTabYear: (sheets: string[]) => `tiêu đề tab ${sheets.map(q).join(", ")} ghi năm khác năm đánh giá`,
  holdClosedYear: (year: number, newest: number) => `năm ${year} đã khép lại (Lịch sử đã có năm ${newest})`,
  historyChanged: (year: number, added: string[], removed: string[]) =>
    `Lịch sử công nhận năm ${year} đã được ghi lại: thêm ${added.length ? added.join(", ") : "không"}; bớt ${removed.length ? removed.join(", ") : "không"}. Các dòng cũ của năm ${year} được giữ ở khối “LỊCH SỬ (BẢN TRƯỚC)” cuối trang Lịch sử công nhận.`,
  tabMissing: "chưa có tab",
  tabUnreadable: "không đọc được tab",
  byWard: (wardWord: string) => `1. Kết quả theo ${wardWord}`,
  wardHeaders: (wardWord: string, year: number) => [
    "STT",
    capitalize(wardWord),
    "Số đơn vị",
    `Đăng ký năm ${year}`,
    "Đã đánh giá",
    "Tự đánh giá đạt",
    "Được công nhận",
    "Duy trì",
    "Công nhận mới",
    "Không còn đạt",
    "Đủ dữ liệu",
    "Tab",
  ],
  pilot: (ward: string) => `${ward} (điểm chỉ đạo)`,
  total: "Tổng số",
  recognizedList: (unitWord: string, year: number) => `2. Danh sách ${unitWord} được công nhận năm ${year}`,
  recognizedHeaders: (wardWord: string) => ["STT", capitalize(wardWord), "Đơn vị", "Mã", "Loại"],
  status: { maintained: "Duy trì", new: "Công nhận mới" },
  noneYet: "(chưa có)",
  lostSince: (year: number) => `Không còn đạt so với năm ${year}:`,
  lost: "Không còn đạt",
  targets: "3. So với chỉ tiêu",
  targetHeaders: ["", "Chỉ tiêu", "Số chỉ tiêu", "Được công nhận", "Tỷ lệ"],
  noTargets: "(Kế hoạch chưa có chỉ tiêu cho năm này)",
  criteria: "4. Tiêu chí chưa đạt",
  criteriaHeaders: ["STT", "Mã", "Tiêu chí", "Số đơn vị không đạt", "Đơn vị"],
  standardHeaders: ["", "Tiêu chuẩn", "", "Số đơn vị không đạt tiêu chuẩn", "Đơn vị"],
  problems: "5. Các vấn đề cần xử lý",
  problemHeaders: ["STT", "Trang", "Ô", "Giá trị", "Nội dung"],
  nothing: "(không có)",
  chartTitle: "Đơn vị được công nhận: duy trì / công nhận mới",
  buttonAltText: "Tổng hợp toàn thành phố",
} as const;

/** Progress toasts of the one-click roll-up in Google Sheets. */
export const TOAST = {
  rollupTitle: "Tổng hợp",
  reading: "Đang đọc các tab…",
  computing: (sheets: number) => `Đang tính kết quả ${sheets} trang…`,
  writing: "Đang ghi trang Tổng hợp…",
  rollupDone: (wards: number, wardWord: string, recognized: number) =>
    `Đã tổng hợp ${wards} ${wardWord}, ${recognized} đơn vị đạt.`,
} as const;

/**
 * Đà Nẵng, Kế hoạch 71/KH-UBND (2024): khen thưởng niên hạn (mục II.6.a, Phụ lục I) and the
 * summary-award quotas (mục II.6.b, Phụ lục II). Quoted wording is copied from the plan.
 */
export const AWARD = {
  // --- menu and dialogs
  menuTitle: "Khen thưởng (Đà Nẵng)",
  menuTenureSheet: "Tạo trang Khen thưởng niên hạn",
  menuTenureList: "Lập danh sách Phụ lục I (khen thưởng niên hạn)",
  menuNominationSheet: "Tạo trang Đề nghị khen thưởng tổng kết",
  menuQuota: "Kiểm tra chỉ tiêu khen thưởng",
  sheetExists: (name: string) => `Trang “${name}” đã có; không ghi đè. Đã mở trang đó.`,
  sheetCreated: (name: string) => `Đã tạo trang “${name}”.`,
  sheetMissing: (name: string, menu: string) =>
    `Chưa có trang “${name}”. Dùng menu Khen thưởng (Đà Nẵng) → ${menu} để tạo.`,
  layoutBroken: (name: string, missing: string[]) =>
    `Trang “${name}” thiếu cột: ${missing.join(", ")}. Hãy khôi phục tiêu đề cột (hoặc xoá trang rồi tạo lại).`,
  headerNotFound: (name: string, header: string) =>
    `Trang “${name}”: không tìm thấy dòng tiêu đề có ô “${header}”.`,
  timeZoneWarning: (zone: string) =>
    `Múi giờ của bảng tính là ${zone}, không phải Asia/Ho_Chi_Minh: ô ngày kiểu Date có thể lệch một ngày. Đổi ở Tệp → Cài đặt → Múi giờ.`,
  busy: "Đang có người chạy lệnh khác trên bảng tính, vui lòng thử lại sau.",
  failed: "Chưa thực hiện được. Hãy sửa rồi chạy lại:",

  // --- words read from and written to cells
  yes: "Có",
  no: "Không",
  posts: ["Tổ trưởng tổ dân phố", "Trưởng thôn"],
  stillServing: "nay",
  eligible: "Đủ điều kiện",
  notYet: (reasons: string[]) => `Chưa đủ: ${reasons.join("; ")}`,
  errorPrefix: "Lỗi: ",

  // --- service length
  years: (n: number) => `${n} năm`,
  months: (n: number) => `${n} tháng`,
  days: (n: number) => `${n} ngày`,
  zeroSpan: "0 ngày",

  // --- reasons (mục II.6.a of the plan)
  reasonShort: (have: string, need: number) => `${have}, cần ${need} năm`,
  reasonNoService: "chưa có thời gian giữ chức vụ",
  reasonDismissed: "bị bãi nhiệm",
  reasonDiscipline: "đang bị kỷ luật hoặc đang xem xét xử lý kỷ luật",
  reasonViolation: "vi phạm pháp luật",
  reasonAwarded: "đã được tặng Bằng khen niên hạn (mỗi cá nhân chỉ 01 lần)",

  // --- date reading
  dateUnreadable: "không đọc được ngày (ghi dd/mm/yyyy, mm/yyyy hoặc năm, ví dụ 01/10/2015, 10/2015, 2015)",
  dateTwoDigitYear: "năm phải ghi đủ 4 chữ số (ví dụ 01/10/2015, không ghi 01/10/15)",
  dateNoSuchDay: "không có ngày này trong lịch",
  dateYearRange: "năm phải từ 1900 đến 2100",
  dateFromOpen: "“Từ ngày” phải là một ngày, không ghi “nay”",
  dateFromMissing: "thiếu “Từ ngày” (đã có “Đến ngày”)",
  dateToBeforeFrom: (from: string, to: string) => `“Đến ngày” (${to}) trước “Từ ngày” (${from})`,
  dateDeceasedOpen: "đã từ trần nhưng “Đến ngày” để trống (đang giữ chức vụ)",
  flagInvalid: "không hiểu được (chọn Có hoặc Không)",
  impreciseDate: (label: string, used: string) =>
    `ngày “${label}” không đầy đủ, đã tính là ${used}; hãy kiểm tra lại`,
  fromLabel: (k: number) => `Từ ngày (lần ${k})`,
  toLabel: (k: number) => `Đến ngày (lần ${k})`,

  // --- custom functions
  issueText: (where: string, value: string, message: string) =>
    value ? `${where} “${value}”: ${message}` : `${where}: ${message}`,
  fnPosition: (label: string, range: string, col: number) => `${label}, cột ${col} của ${range}`,
  fnFromCell: "from_dates",
  fnToCell: "to_dates",
  fnShapeMismatch: (fromRows: number, fromCols: number, toRows: number, toCols: number) =>
    `vùng to_dates (${toRows} dòng × ${toCols} cột) phải cùng cỡ với from_dates (${fromRows} dòng × ${fromCols} cột)`,
  fnOddPairs: (cols: number) =>
    `khi bỏ trống to_dates, from_dates phải gồm các cặp cột Từ ngày / Đến ngày (số cột chẵn); vùng đang có ${cols} cột`,
  fnFlagMissing: (name: string) => `thiếu đối số ${name} (ô Có / Không, để trống là Không)`,
  fnFlagRows: (name: string, got: number, want: number) =>
    `vùng ${name} có ${got} dòng, cần ${want} (mỗi người một dòng)`,
  fnFlagPosition: (name: string, row: number) => `${name}, dòng ${row} của vùng`,
  fnAsOf: (value: string, reason: string) => `ngày tính as_of “${value}”: ${reason}`,
  fnInternal: "có lỗi không mong muốn, hãy báo cho Phòng Nội vụ",

  // --- the tenure sheet
  tenureSheet: "Khen thưởng niên hạn",
  tenureTitle: "DANH SÁCH TỔ TRƯỞNG TỔ DÂN PHỐ, TRƯỞNG THÔN XÉT KHEN THƯỞNG NIÊN HẠN",
  tenureCriterion:
    "Tiêu chuẩn xét khen thưởng: Cá nhân có thời gian công tác đủ từ 10 năm trở lên giữ chức vụ tổ trưởng tổ dân phố, trưởng thôn (được cộng dồn năm công tác nếu thời gian công tác bị ngắt quãng) và không bị bãi nhiệm hoặc đang bị kỷ luật hoặc đang xem xét xử lý kỷ luật, không vi phạm pháp luật thì sẽ được xem xét tặng Bằng khen. Mỗi cá nhân chỉ được Chủ tịch UBND thành phố xem xét và tặng Bằng khen niên hạn 01 lần. (Kế hoạch 71/KH-UBND, mục II.6.a)",
  deadlineWard:
    "Trước ngày 01 tháng 10 hằng năm, UBND phường, xã rà soát, tổng hợp trình UBND quận, huyện danh sách tổ trưởng tổ dân phố, trưởng thôn đủ điều kiện xét khen thưởng.",
  deadlineDistrict:
    "Trước ngày 15 tháng 10 hằng năm, UBND quận, huyện hoàn chỉnh hồ sơ đề nghị khen thưởng gửi Sở Nội vụ tổng hợp, thẩm định, trình Chủ tịch UBND thành phố xem xét, quyết định.",
  asOfLabel: "Tính thời gian đến ngày:",
  asOfHint: "(gõ ngày dd/mm/yyyy, không dùng =TODAY() hay =NOW(); để trống là hôm nay)",
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
  helpPost: "Chọn Tổ trưởng tổ dân phố hoặc Trưởng thôn",
  helpFlag: "Chọn Có hoặc Không (để trống là Không)",
  helpDeceased: "Có: đưa vào mục Truy tặng Bằng khen",
  missingName: "có thời gian giữ chức vụ nhưng thiếu họ và tên",

  // --- Phụ lục I
  listSheet: "Phụ lục I",
  listAgency: "ỦY BAN NHÂN DÂN QUẬN, HUYỆN....",
  listNation: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  listMotto: "Độc lập - Tự do - Hạnh phúc",
  listTitle: "DANH SÁCH",
  listSubtitle: "CÁC CÁ NHÂN ĐỀ NGHỊ CHỦ TỊCH UBND THÀNH PHỐ KHEN THƯỞNG NIÊN HẠN",
  listAttached: "(Ban hành kèm theo Tờ trình số /TTr-UBND ngày tháng năm của Chủ tịch UBND quận, huyện...)",
  listSectionAward: (n: number) => `1. Tặng Bằng khen cho ${String(n).padStart(2, "0")} cá nhân`,
  listSectionPosthumous: (n: number) => `2. Truy tặng Bằng khen cho ${String(n).padStart(2, "0")} cá nhân`,
  listHeaders: ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thời gian giữ chức vụ", "Ghi chú"],
  listNone: "(Không có)",
  listNotesTitle: "Lưu ý (Kế hoạch 71/KH-UBND, mục II.6.a):",
  listAsOf: (date: string, sheet: string) =>
    `Thời gian giữ chức vụ tính đến ngày ${date}; danh sách lập từ trang “${sheet}”.`,
  listPeriod: (from: string, to: string) => `${from} – ${to}`,
  listTotal: (periods: string, total: string) => `${periods} (tổng: ${total})`,
  listUnit: (unit: string, ward: string) => [unit, ward].filter((s) => s).join(", "),
  listTitleDialog: "Danh sách Phụ lục I",
  listDone: (award: number, posthumous: number, notYet: number, errors: number) =>
    `Đã lập trang “Phụ lục I”: ${award} người đề nghị tặng Bằng khen, ${posthumous} người truy tặng. ` +
    `${notYet} người chưa đủ điều kiện (không đưa vào danh sách)${errors ? `, ${errors} dòng có lỗi cần sửa` : ""}.`,
  listPersonNotYet: (name: string, reasons: string) => `${name}: ${reasons}`,
  listPersonIssue: (name: string, value: string, message: string) =>
    value ? `${name}: “${value}” – ${message}` : `${name}: ${message}`,
  listPersonReason: (message: string, cells: string) => (cells ? `${message} (ô ${cells})` : message),
  unnamed: (row: number) => `(dòng ${row}, chưa có tên)`,
  listDeadlines: "Thời hạn:",

  // --- summary-award quotas (mục II.6.b, Phụ lục II)
  nominationSheet: "Đề nghị khen thưởng tổng kết",
  nominationTitle: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG TỔNG KẾT THỰC HIỆN CHỈ THỊ SỐ 40-CT/TU",
  quotaRule:
    "Chỉ tiêu khen thưởng: Tối đa không quá 67 chỉ tiêu, cụ thể: Cấp thành phố: Không quá 10 chỉ tiêu. Cấp quận, huyện: Không quá 07 chỉ tiêu. Cấp phường, xã: Không quá 20 chỉ tiêu. Cấp dưới phường, xã: Không quá 30 chỉ tiêu.",
  preferenceRule:
    "Phụ lục II, mục 2.b: ưu tiên những cá nhân thực sự tiêu biểu hoặc trực tiếp tham mưu triển khai Chỉ thị số 40-CT/TU (đối với cấp phường, xã trở lên) và các cá nhân có thời gian công tác từ 15 năm trở lên (đối với chi bộ khu dân cư, ban công tác Mặt trận, tổ dân phố, thôn).",
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
  helpLevel: "Chọn cấp: thành phố / quận, huyện / phường, xã / dưới phường, xã",
  helpKind: "Chọn Tập thể hoặc Cá nhân",
  quotaTitle: "Kiểm tra chỉ tiêu khen thưởng",
  quotaLine: (level: string, n: number, max: number) =>
    `${level}: ${n}/${max}${n > max ? ` – vượt ${n - max} chỉ tiêu` : ""}`,
  quotaTotal: (n: number, max: number) =>
    `Tổng cộng: ${n}/${max}${n > max ? ` – vượt ${n - max} chỉ tiêu` : ""}`,
  quotaOk: (n: number, max: number) => `Trong chỉ tiêu: ${n}/${max} đề nghị.`,
  quotaOver: (n: number, max: number) => `Vượt chỉ tiêu: ${n}/${max} đề nghị (xem từng cấp bên dưới).`,
  quotaExcess: (name: string, level: string, rank: number, max: number) =>
    `${name}: vượt chỉ tiêu ${level.toLowerCase()} (thứ ${rank}, tối đa ${max})`,
  quotaUncounted: (n: number) => `${n} dòng chưa đọc được cấp khen thưởng nên chưa được đếm.`,
  levelMissing: "chưa chọn cấp khen thưởng",
  levelInvalid: "cấp khen thưởng không hiểu được (chọn trong danh sách)",
  kindMissing: "chưa chọn Tập thể / Cá nhân",
  kindInvalid: "không hiểu được (chọn Tập thể hoặc Cá nhân)",
  nameMissing: "thiếu họ và tên / tên tập thể",
  yearsInvalid: "số năm công tác không hiểu được (ghi một số, ví dụ 15)",
  preferenceNote: (name: string, years: string) =>
    `${name}: ${years} năm công tác, dưới 15 năm (ghi chú: Phụ lục II ưu tiên cá nhân có thời gian công tác từ 15 năm trở lên; không phải lý do loại)`,
  preferenceMissing: (name: string) =>
    `${name}: chưa ghi số năm công tác (ghi chú: Phụ lục II ưu tiên cá nhân từ 15 năm trở lên)`,
} as const;

// ================================================================ command line (tdp)

const HELP_MAIN = `tdp — đánh giá tổ dân phố, bản tự quản trên tệp .xlsx (không cần Google)

Cách dùng:
  tdp demo                      tạo sổ mẫu Lai Châu trong out/, tổng hợp, in bảng kết quả
  tdp template --out TỆP.xlsx   tạo biểu mẫu (mọi trang, danh sách thả xuống, định dạng)
  tdp rollup TỆP.xlsx           tổng hợp toàn thành phố, in bảng; ghi JSON / xlsx nếu yêu cầu
  tdp check TỆP.xlsx            kiểm tra mọi tab đánh giá, liệt kê ô trống / ô sai kèm địa chỉ ô
  tdp LỆNH --help               trợ giúp của từng lệnh

Mã thoát: 0 xong; 1 sổ có vấn đề (check) hoặc chưa tổng hợp được (Tiêu chí lỗi);
          2 không đọc được tệp hoặc sai tham số; 3 không ghi được tệp; 4 lỗi không mong muốn.

English:
  tdp demo | template | rollup | check — evaluates residential groups on .xlsx workbooks laid out
  like the Google Sheets add-in's. Run "tdp COMMAND --help" for each command.
  Exit codes: 0 done; 1 problems found (check) or roll-up impossible (broken Tiêu chí sheet);
  2 unreadable file or bad arguments; 3 cannot write an output file; 4 unexpected error.`;

const HELP_DEMO = `tdp demo [--out-dir THƯ_MỤC]

Tạo sổ mẫu Lai Châu (7 xã/phường, đơn vị, kế hoạch 2021–2025, lịch sử, tự đánh giá 2024) rồi
tổng hợp như nút "Tổng hợp toàn thành phố", in bảng kết quả và ghi:
  out/mau-lai-chau.xlsx   sổ mẫu
  out/tong-hop.xlsx       trang Tổng hợp và Lịch sử công nhận
  out/tong-hop.json       báo cáo dạng JSON (mô hình trong docs/report.md)
  --out-dir THƯ_MỤC       ghi vào thư mục khác thay cho out/

English: writes the Lai Châu training workbook to out/, rolls it up, prints the summary and writes
out/tong-hop.xlsx and out/tong-hop.json. --out-dir DIR writes elsewhere. (This is what "npm start" runs.)`;

const HELP_TEMPLATE = `tdp template --out TỆP.xlsx [--framework laichau-2021|quynhvinh-6k3c] [--sample] [--year NĂM] [--force]

Tạo biểu mẫu như menu "Khởi tạo / sửa biểu mẫu" của tiện ích: trang Hướng dẫn, Tiêu chí, Danh mục,
Kế hoạch, Lịch sử công nhận, Tổng hợp (và các tab xã/phường khi có dữ liệu mẫu), với danh sách thả
xuống Đạt / Không đạt / Không áp dụng và Có / Không, màu, cố định dòng tiêu đề, khổ in ngang.
  --framework ID   khung tiêu chí (mặc định laichau-2021)
  --sample         kèm dữ liệu mẫu (như "Nạp dữ liệu mẫu"): Lai Châu 2024, hoặc Quỳnh Vinh
                   khi dùng --framework quynhvinh-6k3c
  --year NĂM       năm đánh giá ghi vào trang Tiêu chí (mặc định: năm nay)
  --force          ghi đè tệp đã có
Các dòng kết quả (=TDP_STANDARD, =TDP_GAPS, =TDP_VERDICT trong Google Trang tính) được ghi thành giá
trị tính sẵn vì Excel không có các hàm này; chạy "tdp check" hoặc "tdp rollup" để tính lại.

English: writes the template workbook as .xlsx (every sheet, dropdown validations, formatting).
--framework picks the criteria framework, --sample adds its training data (Lai Châu 2024, or
Quỳnh Vinh with --framework quynhvinh-6k3c), --force overwrites.
The TDP_* formula rows are written as computed values (Excel has no such functions).`;

const HELP_ROLLUP = `tdp rollup TỆP.xlsx [--year NĂM] [--out TONG-HOP.xlsx] [--json BAO-CAO.json] [--write [--in-place]]

Đọc sổ, tổng hợp như nút "Tổng hợp toàn thành phố" và in bảng kết quả.
  --year NĂM            năm tổng hợp (mặc định: Năm đánh giá trong trang Tiêu chí)
  --out TỆP.xlsx        ghi trang Tổng hợp và Lịch sử công nhận ra một sổ riêng
  --json TỆP.json       ghi báo cáo dạng JSON (mô hình trong docs/report.md); "--json -" in JSON ra màn hình
  --write               ghi Tổng hợp và Lịch sử công nhận vào bản sao của sổ: TỆP.tong-hop.xlsx
                        cạnh sổ gốc; các trang khác giữ nguyên từng ô
  --in-place            (cùng --write) ghi thẳng vào sổ gốc
  --force               ghi đè tệp kết quả đã có; xác nhận ghi lại Lịch sử công nhận khi tab ghi
                        năm khác năm đánh giá, hoặc khi năm đó đã khép lại (Lịch sử có năm sau)

English: rolls the workbook up exactly like the add-in's one-click roll-up and prints the summary.
--json writes the report object, --out the summary workbook; --write puts Tổng hợp and
Lịch sử công nhận back into a copy of the workbook (NAME.tong-hop.xlsx), or into the file itself
with --in-place, leaving every other sheet's cells untouched. Exit 0 when done, 1 when the
Tiêu chí sheet is broken, 2 when the file cannot be read.`;

const HELP_CHECK = `tdp check TỆP.xlsx

Kiểm tra mọi tab đánh giá (như "Kiểm tra tab này") và các trang Tiêu chí, Danh mục, Kế hoạch,
Lịch sử công nhận; in mỗi vấn đề một dòng: Trang!Ô: nội dung.
Mã thoát: 0 không có vấn đề; 1 có vấn đề; 2 không đọc được tệp.

English: lists every problem of every ward tab (blank or unreadable criterion cells, unknown or
duplicate units…) with its sheet and cell. Exit code 0 when clean, 1 when problems, 2 when the
file cannot be read.`;

/** The command-line tool: file errors, usage errors, progress, output lines, the printed table, --help. */
export const CLI = {
  /** One line per unreadable file; the CLI prints it and exits non-zero. */
  FILE: {
    notFound: (path: string) => `Không tìm thấy tệp ${q(path)}.`,
    notFile: (path: string) => `${q(path)} là một thư mục, không phải tệp .xlsx.`,
    notReadable: (path: string, detail: string) => `Không đọc được tệp ${q(path)} (${detail}).`,
    empty: (path: string) => `Tệp ${q(path)} rỗng (0 byte), không phải sổ tính .xlsx.`,
    notZip: (path: string) =>
      `Tệp ${q(path)} không phải sổ tính .xlsx (không đúng định dạng tệp nén của Excel). Hãy mở bằng Excel hoặc Google Trang tính rồi lưu thành .xlsx.`,
    encrypted: (path: string) =>
      `Tệp ${q(path)} được đặt mật khẩu (mã hoá), không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hoá bằng mật khẩu → xoá mật khẩu), lưu rồi chạy lại.`,
    xls: (path: string) =>
      `Tệp ${q(path)} là định dạng Excel cũ (.xls). Hãy mở bằng Excel hoặc Google Trang tính rồi lưu thành .xlsx (Excel: Tệp → Lưu thành → Sổ làm việc Excel (*.xlsx); Google Trang tính: Tệp → Tải xuống → Microsoft Excel (.xlsx)).`,
    ods: (path: string) =>
      `Tệp ${q(path)} là định dạng OpenDocument (.ods). Hãy mở bằng LibreOffice, Excel hoặc Google Trang tính rồi lưu thành .xlsx.`,
    notWorkbook: (path: string) =>
      `Tệp ${q(path)} là tệp nén nhưng không phải sổ tính Excel (.xlsx) (không có trang tính nào).`,
    corrupt: (path: string, detail: string) =>
      `Tệp ${q(path)} bị hỏng hoặc không phải sổ tính .xlsx (${detail}). Hãy mở bằng Excel hoặc Google Trang tính rồi lưu lại thành .xlsx.`,
    sheetMissing: (path: string, sheet: string) =>
      `Sổ ${q(path)} không có trang ${q(sheet)}. Hãy dùng sổ tạo bằng “tdp template” hoặc tiện ích Google Trang tính (Khởi tạo / sửa biểu mẫu).`,
    sheetRenamed: (path: string, sheet: string, found: string) =>
      `Sổ ${q(path)} không có trang ${q(sheet)}; có trang ${q(found)} — có phải đã bị đổi tên? Hãy đổi tên lại thành ${q(sheet)} rồi chạy lại.`,
    cannotWrite: (path: string, detail: string) =>
      `Không ghi được tệp ${q(path)} (${detail}). Nếu tệp đang mở trong Excel, hãy đóng lại rồi chạy lại.`,
    exists: (path: string) => `Tệp ${q(path)} đã có. Thêm --force để ghi đè, hoặc chọn tên khác.`,
    sameAsInput: (path: string) =>
      `Tệp kết quả ${q(path)} trùng với sổ đang đọc. Dùng --write --in-place nếu muốn ghi vào chính sổ đó.`,
  },

  USAGE: {
    unknownCommand: (cmd: string) =>
      `Không có lệnh ${q(cmd)}. Các lệnh: demo, template, rollup, check (xem tdp --help).`,
    badOption: (detail: string, cmd: string) => `Sai tham số: ${detail}. Xem: tdp ${cmd} --help`,
    needFile: (cmd: string) =>
      `Thiếu tên tệp .xlsx. Ví dụ: tdp ${cmd} so-danh-gia.xlsx (xem tdp ${cmd} --help).`,
    tooManyFiles: (cmd: string) => `Lệnh ${cmd} chỉ nhận một tệp .xlsx (xem tdp ${cmd} --help).`,
    needOut: () => "Thiếu --out TỆP.xlsx. Ví dụ: tdp template --out so-danh-gia.xlsx",
    notXlsxName: (path: string) => `Tên tệp ${q(path)} phải có đuôi .xlsx.`,
    badYear: (value: string) => `Năm ${q(value)} không hợp lệ; ví dụ --year 2024.`,
    badFramework: (value: string) =>
      `Không có khung tiêu chí ${q(value)} (có: laichau-2021, quynhvinh-6k3c).`,
    inPlaceNeedsWrite: () => "--in-place chỉ dùng cùng --write.",
    unknownOption: (name: string, cmd: string) =>
      `Không có tùy chọn ${name} cho lệnh ${cmd}. Xem: tdp ${cmd} --help`,
    missingValue: (name: string, cmd: string) => `Tùy chọn ${name} cần một giá trị. Xem: tdp ${cmd} --help`,
    unexpectedArgument: (arg: string, cmd: string) =>
      `Lệnh ${cmd} không nhận ${q(arg)}. Xem: tdp ${cmd} --help`,
  },

  PROGRESS: {
    buildingSample: (sample: "laichau" | "quynhvinh") =>
      sample === "quynhvinh" ? "Đang tạo sổ mẫu Quỳnh Vinh…" : "Đang tạo sổ mẫu Lai Châu…",
    buildingTemplate: "Đang tạo biểu mẫu…",
    writing: (path: string) => `Đang ghi ${path}…`,
    reading: (path: string) => `Đang đọc ${path}…`,
    rolling: (tabs: number) => `Đang tổng hợp ${tabs} tab…`,
    checking: (tabs: number) => `Đang kiểm tra ${tabs} tab…`,
  },

  OUT: {
    wrote: (path: string) => `Đã ghi ${path}`,
    historyHeld:
      "Chỉ ghi trang Tổng hợp; Lịch sử công nhận giữ nguyên (xem lý do ở trên). Thêm --force nếu muốn ghi lại.",
    templateDone: (path: string, sheets: number) => `Đã tạo ${path} (${sheets} trang).`,
    checkClean: (tabs: number) => `Không có vấn đề nào (${tabs} tab đánh giá).`,
    checkFound: (n: number, tabs: number) => `Có ${n} vấn đề trong sổ (${tabs} tab đánh giá):`,
    missingTab: (ward: string, tab: string) =>
      `thiếu tab đánh giá của ${ward} (Danh mục ghi tên tab ${q(tab)})`,
    suggestTab: (ward: string, tab: string, found: string) =>
      `Gợi ý: không có tab ${q(tab)} của ${ward}; có trang ${q(found)} — có phải đã bị đổi tên?`,
    unexpected: (detail: string) =>
      `Có lỗi không mong muốn: ${detail}. Hãy báo cho người phụ trách (chạy lại với TDP_DEBUG=1 để xem chi tiết).`,
  },

  /** Labels of the table printed in the terminal. */
  TABLE: {
    headline: (recognized: number, unitWord: string, maintained: number, fresh: number, evaluated: number) =>
      `${recognized} ${unitWord} được công nhận (duy trì ${maintained}, công nhận mới ${fresh}); ${evaluated} đã đánh giá.`,
    byWard: (wardWord: string) => `Kết quả theo ${wardWord}`,
    wardHeaders: (wardWord: string, year: number) => [
      "STT",
      capitalize(wardWord),
      "Số ĐV",
      `ĐK ${year}`,
      "Đã ĐG",
      "Được CN",
      "Duy trì",
      "Mới",
      "Không còn đạt",
      "Đủ DL",
    ],
    total: "Tổng số",
    targets: "So với chỉ tiêu",
    targetHeaders: ["Chỉ tiêu", "Số chỉ tiêu", "Được công nhận", "Tỷ lệ"],
    noTargets: "(Kế hoạch chưa có chỉ tiêu cho năm này)",
    topCriteria: (n: number, of: number) =>
      n < of ? `Tiêu chí chưa đạt nhiều nhất (${n}/${of})` : `Tiêu chí chưa đạt (${of})`,
    criteriaHeaders: ["Mã", "Số ĐV", "Tiêu chí / đơn vị không đạt"],
    noCriteria: "(không có tiêu chí nào bị đánh giá không đạt)",
    problems: (n: number) => `Vấn đề cần xử lý (${n})`,
    noProblems: "(không có)",
    moreProblems: (n: number) => `… và ${n} vấn đề khác (xem trang Tổng hợp hoặc tệp JSON).`,
    legend: "ĐV: đơn vị · ĐK: đăng ký · ĐG: đánh giá · CN: công nhận · Đủ DL: đủ dữ liệu / dự kiến đánh giá",
  },
  HELP: {
    main: HELP_MAIN,
    demo: HELP_DEMO,
    template: HELP_TEMPLATE,
    rollup: HELP_ROLLUP,
    check: HELP_CHECK,
  },
} as const;

/** Strings the xlsx adapter writes into workbooks. */
export const XLSX = {
  /** A very hidden sheet holding dropdown lists too long for Excel's 255-character limit. */
  listsSheet: "Danh sách chọn",
  resultNote:
    "Tệp .xlsx: các dòng kết quả là giá trị tính sẵn lúc tạo tệp (Excel không có hàm TDP_*). Sau khi sửa, chạy “tdp check” hoặc “tdp rollup” để tính lại; trong Google Trang tính, chạy Khởi tạo / sửa biểu mẫu để có lại công thức.",
  invalidTitle: "Giá trị không hợp lệ",
  invalidText: "Hãy chọn một giá trị trong danh sách.",
} as const;
