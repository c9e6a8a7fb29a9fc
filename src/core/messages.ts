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
  resultAppraisal: "Thành phố thẩm định (để trống = chấp nhận kết quả tự đánh giá)",
  appraisalHelp: "Phòng Nội vụ ghi kết quả thẩm định: Không đạt để không công nhận dù tự đánh giá đạt.",
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
  asOfHint: "(dd/mm/yyyy; để trống là hôm nay)",
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
