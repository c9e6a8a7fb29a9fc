/** Sheet Tổng hợp: the Report laid out for the annual report (Vietnamese headers, one batched write). */
import { SHEET, tenthsToVi } from "../messages";
import type { Report } from "../report";
import { type CellValue, COLORS, type SheetSpec } from "./spec";

export const SUMMARY_WIDTH = 12;

/** Where the chart's data sits (1-based rows/cols of section 1). */
export interface SummaryLayout {
  wardFirstRow: number;
  wardLastRow: number;
  nameCol: number;
  maintainedCol: number;
  newCol: number;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pct = (p: number) => `${tenthsToVi(Math.round(p * 10))}%`;
const STATUS = { maintained: "Duy trì", new: "Công nhận mới" } as const;

export function summarySpec(r: Report): { spec: SheetSpec; layout: SummaryLayout } {
  const rows: CellValue[][] = [];
  const heads: number[] = [];
  const sections: number[] = [];
  const push = (...cells: CellValue[]): void => {
    rows.push(cells);
  };
  const head = (...cells: CellValue[]) => {
    heads.push(rows.length);
    rows.push(cells);
  };
  const section = (title: string) => {
    push();
    sections.push(rows.length);
    push(title);
  };
  const t = r.totals;
  push(r.title);
  push(
    `${t.recognized} ${r.framework.unitWord} được công nhận (duy trì ${t.maintained}, công nhận mới ${t.new}); ${t.evaluated} đã đánh giá; ${r.problems.length} vấn đề cần xử lý.`,
  );

  section(`1. Kết quả theo ${r.framework.wardWord}`);
  head(
    "STT",
    capitalize(r.framework.wardWord),
    "Số đơn vị",
    `Đăng ký năm ${r.year}`,
    "Đã đánh giá",
    "Tự đánh giá đạt",
    "Được công nhận",
    "Duy trì",
    "Công nhận mới",
    "Không còn đạt",
    "Đủ dữ liệu",
    "Tab",
  );
  const wardFirstRow = rows.length + 1;
  for (const [i, w] of r.wards.entries())
    push(
      i + 1,
      w.pilot ? `${w.name} (điểm chỉ đạo)` : w.name,
      w.units,
      w.registered,
      w.evaluated,
      w.proposed,
      w.recognized,
      w.maintained,
      w.new,
      w.lost,
      `${w.complete}/${w.expected}`,
      w.sheet,
    );
  const wardLastRow = rows.length;
  heads.push(rows.length);
  push(
    "",
    "Tổng số",
    t.units,
    t.registered,
    t.evaluated,
    t.proposed,
    t.recognized,
    t.maintained,
    t.new,
    t.lost,
    `${t.complete}/${t.expected}`,
    "",
  );

  section(`2. Danh sách ${r.framework.unitWord} được công nhận năm ${r.year}`);
  head("STT", capitalize(r.framework.wardWord), "Đơn vị", "Mã", "Loại");
  let n = 0;
  for (const w of r.wards)
    for (const u of w.recognizedUnits) push(++n, w.name, u.name, u.code, STATUS[u.status]);
  if (!n) push("", "(chưa có)");
  const lost = r.wards.flatMap((w) => w.lostUnits.map((u) => ({ w, u })));
  if (lost.length) {
    push();
    push("", `Không còn đạt so với năm ${r.year - 1}:`);
    for (const [i, { w, u }] of lost.entries()) push(i + 1, w.name, u.name, u.code, "Không còn đạt");
  }

  section("3. So với chỉ tiêu");
  head("", "Chỉ tiêu", "Số chỉ tiêu", "Được công nhận", "Tỷ lệ");
  for (const x of [r.targets.year, r.targets.period])
    if (x) push("", x.label, x.target, x.recognized, pct(x.percent));
  if (!r.targets.year && !r.targets.period) push("", "(Kế hoạch chưa có chỉ tiêu cho năm này)");

  section("4. Tiêu chí chưa đạt");
  head("STT", "Mã", "Tiêu chí", "Số đơn vị không đạt", "Đơn vị");
  for (const [i, c] of r.criteria.entries()) push(i + 1, c.code, c.text, c.failed, c.line);
  if (!r.criteria.length) push("", "", "(không có)");
  push();
  head("", "Tiêu chuẩn", "", "Số đơn vị không đạt tiêu chuẩn", "Đơn vị");
  for (const s of r.standards) push("", s.code, s.name, s.failed, s.line);

  section("5. Các vấn đề cần xử lý");
  head("STT", "Trang", "Ô", "Giá trị", "Nội dung");
  for (const [i, p] of r.problems.entries()) push(i + 1, p.sheet, p.cell, p.value, p.message);
  if (!r.problems.length) push("", "(không có)");

  const width = SUMMARY_WIDTH;
  const values = rows.map((row) => [...row, ...Array<CellValue>(width - row.length).fill("")]);
  const bold = values.map((_, i) => Array(width).fill(i === 0 || heads.includes(i) || sections.includes(i)));
  const backgrounds = values.map((_, i) => Array(width).fill(heads.includes(i) ? COLORS.header : null));
  const spec: SheetSpec = {
    name: SHEET.summary,
    values,
    formulas: [],
    validations: [],
    bold,
    backgrounds,
    wrapColumns: [3, 5],
    alignTop: true,
    frozenRows: 1,
    columnWidths: [48, 170, 260, 110, 420, 110, 110, 90, 110, 110, 90, 150],
  };
  return { spec, layout: { wardFirstRow, wardLastRow, nameCol: 2, maintainedCol: 8, newCol: 9 } };
}
