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
