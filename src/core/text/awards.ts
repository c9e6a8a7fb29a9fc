/** Display text of the awards sheets (khen thưởng); their sheet names, headers and cell words are AWARD_WORDS in src/core/vocabulary.ts. */

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
  tenureTitle: "DANH SÁCH TỔ TRƯỞNG TỔ DÂN PHỐ, TRƯỞNG THÔN XÉT KHEN THƯỞNG NIÊN HẠN",
  tenureCriterion:
    "Tiêu chuẩn xét khen thưởng: Cá nhân có thời gian công tác đủ từ 10 năm trở lên giữ chức vụ tổ trưởng tổ dân phố, trưởng thôn (được cộng dồn năm công tác nếu thời gian công tác bị ngắt quãng) và không bị bãi nhiệm hoặc đang bị kỷ luật hoặc đang xem xét xử lý kỷ luật, không vi phạm pháp luật thì sẽ được xem xét tặng Bằng khen. Mỗi cá nhân chỉ được Chủ tịch UBND thành phố xem xét và tặng Bằng khen niên hạn 01 lần. (Kế hoạch 71/KH-UBND, mục II.6.a)",
  deadlineWard:
    "Trước ngày 01 tháng 10 hằng năm, UBND phường, xã rà soát, tổng hợp trình UBND quận, huyện danh sách tổ trưởng tổ dân phố, trưởng thôn đủ điều kiện xét khen thưởng.",
  deadlineDistrict:
    "Trước ngày 15 tháng 10 hằng năm, UBND quận, huyện hoàn chỉnh hồ sơ đề nghị khen thưởng gửi Sở Nội vụ tổng hợp, thẩm định, trình Chủ tịch UBND thành phố xem xét, quyết định.",
  asOfHint: "(gõ ngày dd/mm/yyyy, không dùng =TODAY() hay =NOW(); để trống là hôm nay)",
  helpPost: "Chọn Tổ trưởng tổ dân phố hoặc Trưởng thôn",
  helpFlag: "Chọn Có hoặc Không (để trống là Không)",
  helpDeceased: "Có: đưa vào mục Truy tặng Bằng khen",
  missingName: "có thời gian giữ chức vụ nhưng thiếu họ và tên",

  // --- Phụ lục I
  listAgency: "ỦY BAN NHÂN DÂN QUẬN, HUYỆN....",
  listNation: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  listMotto: "Độc lập - Tự do - Hạnh phúc",
  listTitle: "DANH SÁCH",
  listSubtitle: "CÁC CÁ NHÂN ĐỀ NGHỊ CHỦ TỊCH UBND THÀNH PHỐ KHEN THƯỞNG NIÊN HẠN",
  listAttached: "(Ban hành kèm theo Tờ trình số /TTr-UBND ngày tháng năm của Chủ tịch UBND quận, huyện...)",
  listSectionAward: (n: number) => `1. Tặng Bằng khen cho ${String(n).padStart(2, "0")} cá nhân`,
  listSectionPosthumous: (n: number) => `2. Truy tặng Bằng khen cho ${String(n).padStart(2, "0")} cá nhân`,
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
  nominationTitle: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG TỔNG KẾT THỰC HIỆN CHỈ THỊ SỐ 40-CT/TU",
  quotaRule:
    "Chỉ tiêu khen thưởng: Tối đa không quá 67 chỉ tiêu, cụ thể: Cấp thành phố: Không quá 10 chỉ tiêu. Cấp quận, huyện: Không quá 07 chỉ tiêu. Cấp phường, xã: Không quá 20 chỉ tiêu. Cấp dưới phường, xã: Không quá 30 chỉ tiêu.",
  preferenceRule:
    "Phụ lục II, mục 2.b: ưu tiên những cá nhân thực sự tiêu biểu hoặc trực tiếp tham mưu triển khai Chỉ thị số 40-CT/TU (đối với cấp phường, xã trở lên) và các cá nhân có thời gian công tác từ 15 năm trở lên (đối với chi bộ khu dân cư, ban công tác Mặt trận, tổ dân phố, thôn).",
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
