/** Display text: problems found reading a framework, a cell or the workbook, and verdict explanations. */

import { standardTag } from "../vocabulary";
import { q, thousandsVi } from "./format";

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
  fwUnknownBuiltin: (id: string, known: readonly string[]) =>
    `không có khung tiêu chí ${q(id)} (có: ${known.join(", ")})`,
  fwBadTable: (where: string, message: string) => `Khung tiêu chí, ${where}: ${message}`,
  fwTableCell: (cell: string) => `ô ${cell} của vùng khung`,
  fwUnknownKind: (value: unknown, kinds: readonly string[]) =>
    `loại dòng ${q(value)} không hiểu được (dùng: ${kinds.join(", ")})`,
  fwYearInvalid: "năm đánh giá phải là số năm, ví dụ 2025",
  fwDeadlineInvalid: "hạn gửi hồ sơ phải là một ngày, ví dụ 22/11/2025",
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
    unitWord: "Tên đơn vị",
    wardWord: "Tên cấp xã",
    placeWord: "Tên địa bàn",
    titleWord: "Danh hiệu",
    source: "Nguồn",
    note: "Ghi chú",
    variants: "Nội dung riêng",
    disqualifiers: "Trường hợp không đảm bảo",
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
  standardLabel: standardTag,
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
