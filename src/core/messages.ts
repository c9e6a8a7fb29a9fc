/**
 * The one message catalogue: every string a user sees (menus, sidebar, errors, sheet headers,
 * function results) comes from here. Code and identifiers stay English.
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

const q = (v: unknown) => `“${String(v)}”`;

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
  fwUnknownKind: (value: unknown) =>
    `loại dòng ${q(value)} không hiểu được (dùng: Khung, Tiêu chuẩn, Tiêu chí, Trường hợp không đảm bảo)`,

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
  resultGaps: "Còn thiếu",
  resultVerdict: "KẾT QUẢ",
  unitHeader: (code: string, name: string) => `${code} – ${name}`,
  summaryTitle: "TỔNG HỢP KẾT QUẢ",
  summaryPending: "Chưa tổng hợp. Dùng menu Tổ dân phố tự quản → Tổng hợp toàn thành phố.",
  flagRemovedUnit: "(không còn trong danh mục)",
  flagRemovedCriterion: "(không còn trong khung tiêu chí)",
} as const;

export const GUIDE_LINES = [
  "HƯỚNG DẪN NHẬP LIỆU",
  "",
  "1. Mỗi xã, phường nhập ở tab mang tên mình. Mỗi cột là một đơn vị (tổ dân phố, bản); chọn đơn vị ở ô tiêu đề (dòng 3).",
  "2. Ở mỗi tiêu chí chọn Đạt / Không đạt / Không áp dụng trong danh sách thả xuống.",
  "3. Ở các trường hợp không đảm bảo chọn Có hoặc Không (để trống là Không).",
  "4. Các dòng Kết quả ở cuối tab tự tính: đạt khi mỗi tiêu chuẩn có ít nhất 80% tiêu chí đạt và không thuộc trường hợp không đảm bảo nào.",
  "5. Ghi minh chứng ở cột Ghi chú / minh chứng. Không sửa cột Mã và các dòng kết quả (đã khoá).",
  "6. Menu Tổ dân phố tự quản → Kiểm tra tab này: liệt kê ô trống, ô sai, đơn vị trùng… kèm địa chỉ ô.",
  "7. Phòng Nội vụ: sửa Tiêu chí, Danh mục, Kế hoạch; bấm Tổng hợp toàn thành phố để lập trang Tổng hợp.",
] as const;

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
  criteriaBroken: "Trang Tiêu chí có lỗi; hãy sửa trước:",
  helpText: "Xem trang Hướng dẫn trong sổ. Mã nguồn và tài liệu: README của dự án.",
  unexpected: (detail: string) => `Có lỗi không mong muốn: ${detail}`,
} as const;
