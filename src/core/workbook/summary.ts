/**
 * Sheet Tổng hợp: the Report laid out for a person and for paper (one batched write).
 *
 * One sheet, one grid of SUMMARY_COLUMNS narrow columns that fits an A4 page upright at 100 % (Sheets'
 * File → Print defaults; the xlsx gets the decree's page setup). Each section has its own column plan
 * made of spans of that grid (merged across), its header row, borders and centred numbers, so the
 * sections read on their own while the city office copies paragraphs and tables from one tab.
 * Paragraph cells (merged across the page) get row heights from their text: Sheets does not fit the
 * height of merged cells itself.
 */

import type { Report } from "../report";
import { CHARTS } from "../text/charts";
import { FIELD_APPRAISAL_TEXT } from "../text/fieldAppraisal";
import { SUMMARY } from "../text/sheets";
import { SHEET, standardTag } from "../vocabulary";
import { columnOf, type SummaryWardRole, summaryWardLayout } from "./layout";
import {
  type Block,
  type CellValue,
  type ChartSpec,
  COLORS,
  ownedFormats,
  type RowHeight,
  type SheetSpec,
} from "./spec";

/**
 * The grid: STT, a name column, then nine number columns: 583 px, inside an A4 page upright (624 px
 * between the decree's margins) with room for LibreOffice's wider rendering of xlsx column widths,
 * so the page prints at 100 % (12 pt) rather than shrunk to fit.
 */
export const SUMMARY_COLUMN_WIDTHS = [34, 134, 46, 46, 46, 46, 46, 46, 46, 46, 47] as const;
export const SUMMARY_WIDTH = SUMMARY_COLUMN_WIDTHS.length;
const PAGE_PX = SUMMARY_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);

/** Times New Roman, the font of administrative documents (Nghị định 30/2020/NĐ-CP); ≥ 10 pt on paper. */
export const SUMMARY_FONT = { family: "Times New Roman", size: 12, title: 14 } as const;
/** Pixels per line of 12 pt text, and the average width of a character of it (measured ≈ 6.3 px; generous: never clip). */
const LINE_PX = 20;
const CHAR_PX = 6.8;
const CHART = { width: PAGE_PX - 4, height: 300, rowPx: 20 } as const;
/** Row-height runs a list of units or problems may ask for (each is a setRowHeights call in Sheets). */
const MAX_RUNS = 6;

/** Where the chart's data sits (1-based rows/cols of section 1). */
export interface SummaryLayout {
  wardFirstRow: number;
  wardLastRow: number;
  nameCol: number;
  maintainedCol: number;
  newCol: number;
}

/** Why the roll-up will not rewrite the year's history without confirmation, one phrase per hold. */
export function holdReasons(r: Report): string[] {
  return r.history.holds.map((x) =>
    x.kind === "tabYear" ? SUMMARY.holdTabYear(x.sheets) : SUMMARY.holdClosedYear(r.year, x.newest),
  );
}

/** Lines under the headline: units without data, and what happened to Lịch sử công nhận. */
export function historyLines(r: Report): string[] {
  const lines: string[] = [];
  const missing = r.wards.filter((w) => w.tab !== "ok").map((w) => w.name);
  if (missing.length) lines.push(SUMMARY.noData(r.totals.noData, r.framework.unitWord, missing));
  const h = r.history;
  const reasons = holdReasons(r);
  if (!h.written) lines.push(SUMMARY.historyHeld(reasons));
  else if (h.holds.length && (h.added.length || h.removed.length))
    lines.push(SUMMARY.historyChanged(r.year, h.added, h.removed));
  return lines;
}

/** A section's column plan: how many grid columns each of its columns spans (summing to the grid). */
type Plan = readonly number[];
const FULL: Plan = [SUMMARY_WIDTH];

/** The sheet as it is built, row by row, with what each row needs. */
class Rows {
  readonly values: CellValue[][] = [];
  readonly bold = new Set<number>();
  readonly grey = new Set<number>();
  readonly merges: Block[] = [];
  readonly centered: Block[] = [];
  readonly bordered: Block[] = [];
  readonly heights: RowHeight[] = [];
  readonly percent = new Set<string>();
  readonly charts: ChartSpec[] = [];

  /** The 1-based row the next push writes. */
  get next(): number {
    return this.values.length + 1;
  }

  /** One row: cell i at the start of the plan's column i; spans merged across (runs joined later). */
  push(plan: Plan, cells: readonly CellValue[] = []): number {
    const row = Array<CellValue>(SUMMARY_WIDTH).fill("");
    let col = 1;
    for (const [i, span] of plan.entries()) {
      row[col - 1] = cells[i] ?? "";
      if (span > 1) this.merges.push({ row: this.next, col, numRows: 1, numCols: span });
      col += span;
    }
    this.values.push(row);
    return this.values.length;
  }

  /** A paragraph across the page, its row as tall as its wrapped text. */
  paragraph(text: string, opts: { bold?: boolean } = {}): void {
    const row = this.push(FULL, [text]);
    if (opts.bold) this.bold.add(row);
    this.heights.push({ row, height: heightOf(text, PAGE_PX) });
  }

  /** A blank row, then a section title. */
  section(title: string): void {
    this.push(FULL);
    this.bold.add(this.push(FULL, [title]));
  }

  head(plan: Plan, labels: readonly CellValue[]): number {
    const row = this.push(plan, labels);
    this.bold.add(row);
    this.grey.add(row);
    return row;
  }

  /** A table's frame: borders from its header to its last row, and centred number columns. */
  table(plan: Plan, headRow: number, lastRow: number, centredCols: number[]): void {
    this.bordered.push({ row: headRow, col: 1, numRows: lastRow - headRow + 1, numCols: SUMMARY_WIDTH });
    const starts = startsOf(plan);
    for (const i of centredCols)
      this.centered.push({ row: headRow, col: starts[i], numRows: lastRow - headRow + 1, numCols: plan[i] });
  }

  /**
   * Rows from..to as tall as the longest wrapped text of `cols` (plan columns) in each. `maxRuns`
   * bounds the calls of a table whose length follows the data (units, problems).
   */
  fitRows(plan: Plan, from: number, to: number, cols: number[], maxRuns = Number.POSITIVE_INFINITY): void {
    const starts = startsOf(plan);
    const px = (i: number) =>
      SUMMARY_COLUMN_WIDTHS.slice(starts[i] - 1, starts[i] - 1 + plan[i]).reduce((a, b) => a + b, 0);
    const heights: number[] = [];
    for (let r = from; r <= to; r++)
      heights.push(Math.max(...cols.map((i) => heightOf(String(this.values[r - 1][starts[i] - 1]), px(i)))));
    const runs: RowHeight[] = [];
    for (const [i, height] of heights.entries()) {
      const last = runs.at(-1);
      if (last && last.height === height && last.row + (last.count ?? 1) === from + i)
        last.count = (last.count ?? 1) + 1;
      else if (height > LINE_PX + 1) runs.push({ row: from + i, height });
    }
    // Each run is a service call: past maxRuns (a province's problems) one height for all rows, so
    // the writes stay bounded whatever the data. The criteria's rows are bounded by the framework.
    if (runs.length > maxRuns)
      this.heights.push({ row: from, count: heights.length, height: Math.max(...heights) });
    else this.heights.push(...runs);
  }
}

/** 1-based grid column where each plan column starts. */
function startsOf(plan: Plan): number[] {
  const starts: number[] = [];
  let col = 1;
  for (const span of plan) {
    starts.push(col);
    col += span;
  }
  return starts;
}

/** Pixels a wrapped text needs in a cell `px` wide (lines estimated from its length). */
function heightOf(text: string, px: number): number {
  const perLine = Math.max(1, Math.floor((px - 8) / CHAR_PX));
  const lines = text.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
  return lines * LINE_PX + 4;
}

export function summarySpec(r: Report): { spec: SheetSpec; layout: SummaryLayout } {
  const b = new Rows();
  b.push(FULL, [r.title]);
  b.bold.add(1);
  b.heights.push({ row: 1, height: heightOf(r.title, PAGE_PX) + 8 });
  paragraphs(b, r);
  const layout = wardSection(b, r);
  const yearsRow = yearsSection(b, r);
  chartsSection(b, r, layout, yearsRow);
  recognizedSection(b, r);
  criteriaSection(b, r);
  problemsSection(b, r);
  return { spec: summarySheet(b), layout };
}

/** The paste-ready paragraphs, one per cell, then the notes on data and history. */
function paragraphs(b: Rows, r: Report): void {
  b.section(SUMMARY.paragraphs);
  const p = r.paragraphs;
  for (const text of [p.headline, p.yearsLead, ...p.years, ...p.criteria, ...p.lost])
    if (text) b.paragraph(text);
  for (const line of historyLines(r)) b.paragraph(line);
  b.paragraph(SUMMARY.counted(r.totals.evaluated, r.problems.length));
}

/** STT, ward, then nine counts. */
const WARD_PLAN: Plan = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];

/** Section 1: one row per ward and the total, with a legend of its headings. */
function wardSection(b: Rows, r: Report): SummaryLayout {
  const t = r.totals;
  b.section(SUMMARY.byWard(r.framework.wardWord));
  const wards = summaryWardLayout(r.framework.wardWord, r.year, b.next);
  const cells = (c: Record<SummaryWardRole, CellValue>) => wards.columns.map((x) => c[x.key]);
  const headRow = b.head(
    WARD_PLAN,
    wards.columns.map((c) => c.label),
  );
  for (const [i, w] of r.wards.entries())
    b.push(WARD_PLAN, cells({ stt: i + 1, ward: wardName(w), ...counts(w) }));
  const wardLastRow = b.next - 1;
  const total = b.push(WARD_PLAN, cells({ stt: "", ward: SUMMARY.total, ...counts(t) }));
  b.bold.add(total);
  b.table(WARD_PLAN, headRow, total, [0, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  b.fitRows(WARD_PLAN, headRow, headRow, [2, 3, 4, 5, 6, 7, 8, 9, 10]);
  b.paragraph(SUMMARY.wardLegend(r.framework.unitWord, r.framework.wardWord, r.year));
  const col = (role: SummaryWardRole) => columnOf(wards, role);
  return {
    wardFirstRow: headRow + 1,
    wardLastRow,
    nameCol: col("ward"),
    maintainedCol: col("maintained"),
    newCol: col("new"),
  };
}

function wardName(w: Report["wards"][number]): string {
  const name = w.pilot ? SUMMARY.pilot(w.name) : w.name;
  return w.tab === "ok"
    ? name
    : `${name} (${w.tab === "missing" ? SUMMARY.tabMissing : SUMMARY.tabUnreadable})`;
}

function counts(c: Report["totals"]): Omit<Record<SummaryWardRole, CellValue>, "stt" | "ward"> {
  return {
    units: c.units,
    registered: c.registered,
    evaluated: c.evaluated,
    proposed: c.proposed,
    recognized: c.recognized,
    maintained: c.maintained,
    new: c.new,
    lost: c.lost,
    complete: `${c.complete}/${c.expected}`,
  };
}

/** Năm | Duy trì | Công nhận mới | Tổng số | Chỉ tiêu (lũy kế) | Tỷ lệ. */
const YEARS_PLAN: Plan = [2, 1, 2, 2, 2, 2];
const PERCENT_COL = startsOf(YEARS_PLAN)[5];

/** Section 2: the years at a glance against Kế hoạch's cumulative targets, and the period's target; its first year's row. */
function yearsSection(b: Rows, r: Report): number {
  b.section(SUMMARY.years);
  const headRow = b.head(YEARS_PLAN, SUMMARY.yearHeaders);
  b.fitRows(YEARS_PLAN, headRow, headRow, [0, 1, 2, 3, 4, 5]);
  for (const y of r.years) {
    const row = b.push(YEARS_PLAN, [
      y.year,
      y.maintained,
      y.new,
      y.recognized,
      y.target ?? "",
      ratio(y.percent),
    ]);
    if (y.percent !== null) b.percent.add(`${row},${PERCENT_COL}`);
  }
  const p = r.targets.period;
  if (p) {
    const row = b.push(YEARS_PLAN, [p.label, "", "", p.recognized, p.target, ratio(p.percent)]);
    b.percent.add(`${row},${PERCENT_COL}`);
  }
  b.table(YEARS_PLAN, headRow, b.next - 1, [0, 1, 2, 3, 4, 5]);
  if (!r.targets.year && !r.targets.period) b.paragraph(SUMMARY.noTargets);
  return headRow + 1;
}

/** 109.4 → 1.094, shown as 109,4 % by the cell's percent format. */
const ratio = (percent: number | null): CellValue =>
  percent === null ? "" : Math.round(percent * 10) / 1000;

/** Rows kept blank under the two charts (per ward, per year), each chart as wide as the page. */
function chartsSection(b: Rows, r: Report, layout: SummaryLayout, first: number): void {
  b.section(SUMMARY.charts);
  const rowsPerChart = Math.ceil(CHART.height / CHART.rowPx) + 1;
  const place = (chart: Omit<ChartSpec, "anchor" | "width" | "height">) => {
    const anchor = { row: b.next, col: 1 };
    for (let i = 0; i < rowsPerChart; i++) b.push(FULL);
    b.heights.push({ row: anchor.row, count: rowsPerChart, height: CHART.rowPx });
    b.charts.push({ ...chart, anchor, width: CHART.width, height: CHART.height });
  };
  if (layout.wardLastRow >= layout.wardFirstRow) {
    const rows = { fromRow: layout.wardFirstRow, toRow: layout.wardLastRow };
    place({
      id: "wards",
      title: CHARTS.wards.title,
      kind: "bar",
      stacked: true,
      categories: { col: layout.nameCol, ...rows },
      series: [
        { name: CHARTS.wards.maintained, values: { col: layout.maintainedCol, ...rows } },
        { name: CHARTS.wards.fresh, values: { col: layout.newCol, ...rows } },
      ],
    });
  }
  if (r.years.length) {
    const rows = { fromRow: first, toRow: first + r.years.length - 1 };
    const col = (i: number) => startsOf(YEARS_PLAN)[i];
    place({
      id: "years",
      title: CHARTS.years.title,
      kind: "column",
      stacked: true,
      categories: { col: col(0), ...rows },
      series: [
        { name: CHARTS.years.maintained, values: { col: col(1), ...rows } },
        { name: CHARTS.years.fresh, values: { col: col(2), ...rows } },
        ...(r.years.some((y) => y.target !== null)
          ? [{ name: CHARTS.years.target, values: { col: col(4), ...rows }, line: true }]
          : []),
      ],
    });
  }
}

/** STT | ward | unit "TP-TDP05 – Tổ dân phố số 5" | result. */
const LIST_PLAN: Plan = [1, 1, 6, 3];

/** Section 3: the units recognized this year, then those lost since last year. */
function recognizedSection(b: Rows, r: Report): void {
  b.section(SUMMARY.recognizedList(r.framework.unitWord, r.year));
  const headRow = b.head(LIST_PLAN, SUMMARY.recognizedHeaders(r.framework.wardWord));
  let n = 0;
  for (const w of r.wards)
    for (const u of w.recognizedUnits)
      b.push(LIST_PLAN, [++n, w.name, SUMMARY.unitLabel(u.code, u.name), SUMMARY.status[u.status]]);
  for (const w of r.wards)
    for (const u of w.lostUnits)
      b.push(LIST_PLAN, [++n, w.name, SUMMARY.unitLabel(u.code, u.name), SUMMARY.lost]);
  if (!n) b.push(LIST_PLAN, ["", "", SUMMARY.noneYet]);
  b.table(LIST_PLAN, headRow, b.next - 1, [0, 3]);
  b.fitRows(LIST_PLAN, headRow + 1, b.next - 1, [2], MAX_RUNS);
}

/** Mã | criterion text | units failing | their names. */
const CRITERIA_PLAN: Plan = [1, 4, 1, 5];

/** Section 4: the criteria failed, then the standards failed. */
function criteriaSection(b: Rows, r: Report): void {
  b.section(SUMMARY.criteria);
  const headRow = b.head(CRITERIA_PLAN, SUMMARY.criteriaHeaders);
  for (const c of r.criteria) b.push(CRITERIA_PLAN, [c.code, c.text, c.failed, c.line]);
  if (!r.criteria.length) b.push(CRITERIA_PLAN, ["", SUMMARY.nothing]);
  b.head(CRITERIA_PLAN, SUMMARY.standardHeaders);
  for (const s of r.standards) b.push(CRITERIA_PLAN, [s.code, s.name, s.failed, s.line]);
  if (r.fieldAppraisal.length) b.head(CRITERIA_PLAN, FIELD_APPRAISAL_TEXT.summaryHeaders);
  for (const f of r.fieldAppraisal)
    b.push(CRITERIA_PLAN, [f.department, standardTag(f.standard), f.failed, f.line]);
  b.table(CRITERIA_PLAN, headRow, b.next - 1, [0, 2]);
  b.fitRows(CRITERIA_PLAN, headRow, b.next - 1, [1, 2, 3]);
}

/** STT | sheet | cell | value | message. */
const PROBLEMS_PLAN: Plan = [1, 1, 1, 2, 6];

/** Section 5: the problems found, one per row. */
function problemsSection(b: Rows, r: Report): void {
  b.section(SUMMARY.problems);
  const headRow = b.head(PROBLEMS_PLAN, SUMMARY.problemHeaders);
  for (const [i, p] of r.problems.entries())
    b.push(PROBLEMS_PLAN, [i + 1, p.sheet, p.cell, p.value, p.message]);
  if (!r.problems.length) b.push(PROBLEMS_PLAN, ["", "", "", "", SUMMARY.nothing]);
  b.table(PROBLEMS_PLAN, headRow, b.next - 1, [0, 2]);
  b.fitRows(PROBLEMS_PLAN, headRow + 1, b.next - 1, [1, 3, 4], MAX_RUNS);
}

/** The rows styled: bold title, sections and headers, grey headers, the grid's widths and fonts. */
function summarySheet(b: Rows): SheetSpec {
  const { values } = b;
  const width = SUMMARY_WIDTH;
  const bold = values.map((_, i) => Array(width).fill(b.bold.has(i + 1)));
  const backgrounds = values.map((_, i) => Array(width).fill(b.grey.has(i + 1) ? COLORS.header : null));
  const sectionBreaks = values
    .map((row, i) => ({ row: i + 1, text: String(row[0]) }))
    .filter((x) => b.bold.has(x.row) && (/^[35]\. /.test(x.text) || x.text === SUMMARY.charts))
    .map((x) => x.row);
  return {
    name: SHEET.summary,
    values,
    formulas: [],
    validations: [],
    bold,
    backgrounds,
    numberFormats: ownedFormats(values, b.percent),
    wrapColumns: SUMMARY_COLUMN_WIDTHS.map((_, i) => i + 1),
    alignTop: true,
    frozenRows: 1,
    columnWidths: [...SUMMARY_COLUMN_WIDTHS],
    mergeAcross: mergeRuns(b.merges),
    centered: b.centered,
    bordered: b.bordered,
    rowHeights: b.heights,
    font: {
      family: SUMMARY_FONT.family,
      size: SUMMARY_FONT.size,
      rowSizes: [{ row: 1, size: SUMMARY_FONT.title }],
    },
    print: {
      orientation: "portrait",
      titleRows: 1,
      fitToWidth: true,
      breaks: sectionBreaks,
      areas: [{ row: 1, col: 1, numRows: values.length, numCols: width }],
    },
    charts: b.charts,
  };
}

/** Row merges of the same columns on consecutive rows, joined into one block (one mergeAcross each). */
function mergeRuns(merges: Block[]): Block[] {
  const runs: Block[] = [];
  const open = new Map<string, Block>();
  for (const m of merges) {
    const key = `${m.col}:${m.numCols}`;
    const run = open.get(key);
    if (run && run.row + run.numRows === m.row) run.numRows++;
    else {
      const block = { ...m };
      runs.push(block);
      open.set(key, block);
    }
  }
  return runs;
}
