import { SUMMARY } from "./sheets";

/** Display text of the Word report (tdp report --docx, tdp demo): table captions and labels not on Tổng hợp. */

/** The Word report's own words; the ward table's headers come from sheet Tổng hợp (SUMMARY.wardHeaders). */
export const DOCX = {
  wardTable: (wardWord: string, year: number) =>
    `Bảng 1. Kết quả đánh giá, công nhận theo ${wardWord} năm ${year}`,
  yearsTable: "Bảng 2. Kết quả công nhận qua các năm so với mục tiêu",
  /** The same headings as Tổng hợp's years table. */
  yearHeaders: SUMMARY.yearHeaders,
  year: (year: number) => `Năm ${year}`,
  /** A ward whose tab is missing or unreadable: the sheet's Tab column, folded into the name. */
  withNote: (name: string, note: string) => `${name} (${note})`,
  /** A cell with no value (no target for that year). */
  none: "–",
  noYears: "(chưa có số liệu các năm)",
  /** The file's properties (Tệp → Thông tin). */
  creator: "tdp — tổ dân phố, bản tự quản",
} as const;
