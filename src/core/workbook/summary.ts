/** Sheet Tổng hợp: the Report laid out for the annual report (Vietnamese headers, one batched write). */

import type { Report } from "../report";
import { SUMMARY } from "../text/sheets";
import { SHEET } from "../vocabulary";
import { columnOf, lastCol, type SummaryWardRole, summaryWardLayout } from "./layout";
import { type CellValue, COLORS, ownedFormats, type SheetSpec } from "./spec";

/** Columns of the sheet: its widest table, the wards of section 1. */
export const SUMMARY_WIDTH = lastCol(summaryWardLayout("", 0, 1));

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

/** The sheet's rows as they are written, and which of them are styled. */
interface SummaryRows {
  rows: CellValue[][];
  /** Header rows (0-based), bold on grey. */
  heads: number[];
  /** Section title rows (0-based), bold. */
  sections: number[];
  /** Cells ("row,col") holding a ratio shown as a percentage. */
  percent: Set<string>;
}

/** Adds a plain row. */
function push(b: SummaryRows, ...cells: CellValue[]): void {
  b.rows.push(cells);
}

/** Adds a header row. */
function head(b: SummaryRows, ...cells: CellValue[]): void {
  b.heads.push(b.rows.length);
  b.rows.push(cells);
}

/** Adds a blank row, then a section title. */
function section(b: SummaryRows, title: string): void {
  push(b);
  b.sections.push(b.rows.length);
  push(b, title);
}

export function summarySpec(r: Report): { spec: SheetSpec; layout: SummaryLayout } {
  const b: SummaryRows = { rows: [], heads: [], sections: [], percent: new Set<string>() };
  const t = r.totals;
  push(b, r.title);
  push(
    b,
    SUMMARY.headline(t.recognized, r.framework.unitWord, t.maintained, t.new, t.evaluated, r.problems.length),
  );
  for (const line of historyLines(r)) push(b, line);
  const { wards, wardFirstRow, wardLastRow } = wardSection(b, r);
  recognizedSection(b, r);
  targetsSection(b, r);
  criteriaSection(b, r);
  problemsSection(b, r);
  const col = (role: SummaryWardRole) => columnOf(wards, role);
  return {
    spec: summarySheet(b),
    layout: {
      wardFirstRow,
      wardLastRow,
      nameCol: col("ward"),
      maintainedCol: col("maintained"),
      newCol: col("new"),
    },
  };
}

/** Section 1: one row per ward and the total; gives its layout and the rows of the wards. */
function wardSection(b: SummaryRows, r: Report) {
  const t = r.totals;
  section(b, SUMMARY.byWard(r.framework.wardWord));
  const wards = summaryWardLayout(r.framework.wardWord, r.year, b.rows.length + 1);
  const wardRow = (cells: Record<SummaryWardRole, CellValue>) =>
    push(b, ...wards.columns.map((c) => cells[c.key]));
  head(b, ...wards.columns.map((c) => c.label));
  const wardFirstRow = b.rows.length + 1;
  for (const [i, w] of r.wards.entries())
    wardRow({
      stt: i + 1,
      ward: w.pilot ? SUMMARY.pilot(w.name) : w.name,
      units: w.units,
      registered: w.registered,
      evaluated: w.evaluated,
      proposed: w.proposed,
      recognized: w.recognized,
      maintained: w.maintained,
      new: w.new,
      lost: w.lost,
      complete: `${w.complete}/${w.expected}`,
      tab: w.tab === "ok" ? w.sheet : w.tab === "missing" ? SUMMARY.tabMissing : SUMMARY.tabUnreadable,
    });
  const wardLastRow = b.rows.length;
  b.heads.push(b.rows.length);
  wardRow({
    stt: "",
    ward: SUMMARY.total,
    units: t.units,
    registered: t.registered,
    evaluated: t.evaluated,
    proposed: t.proposed,
    recognized: t.recognized,
    maintained: t.maintained,
    new: t.new,
    lost: t.lost,
    complete: `${t.complete}/${t.expected}`,
    tab: "",
  });
  return { wards, wardFirstRow, wardLastRow };
}

/** Section 2: the units recognized this year, then those lost since last year. */
function recognizedSection(b: SummaryRows, r: Report): void {
  section(b, SUMMARY.recognizedList(r.framework.unitWord, r.year));
  head(b, ...SUMMARY.recognizedHeaders(r.framework.wardWord));
  let n = 0;
  for (const w of r.wards)
    for (const u of w.recognizedUnits) push(b, ++n, w.name, u.name, u.code, SUMMARY.status[u.status]);
  if (!n) push(b, "", SUMMARY.noneYet);
  const lost = r.wards.flatMap((w) => w.lostUnits.map((u) => ({ w, u })));
  if (lost.length) {
    push(b);
    push(b, "", SUMMARY.lostSince(r.year - 1));
    for (const [i, { w, u }] of lost.entries()) push(b, i + 1, w.name, u.name, u.code, SUMMARY.lost);
  }
}

/** Section 3: the year's and the period's targets against the units recognized. */
function targetsSection(b: SummaryRows, r: Report): void {
  section(b, SUMMARY.targets);
  head(b, ...SUMMARY.targetHeaders);
  for (const x of [r.targets.year, r.targets.period])
    if (x) {
      push(b, "", x.label, x.target, x.recognized, Math.round(x.percent * 10) / 1000);
      b.percent.add(`${b.rows.length},5`);
    }
  if (!r.targets.year && !r.targets.period) push(b, "", SUMMARY.noTargets);
}

/** Section 4: the criteria failed, then the standards failed. */
function criteriaSection(b: SummaryRows, r: Report): void {
  section(b, SUMMARY.criteria);
  head(b, ...SUMMARY.criteriaHeaders);
  for (const [i, c] of r.criteria.entries()) push(b, i + 1, c.code, c.text, c.failed, c.line);
  if (!r.criteria.length) push(b, "", "", SUMMARY.nothing);
  push(b);
  head(b, ...SUMMARY.standardHeaders);
  for (const s of r.standards) push(b, "", s.code, s.name, s.failed, s.line);
}

/** Section 5: the problems found, one per row. */
function problemsSection(b: SummaryRows, r: Report): void {
  section(b, SUMMARY.problems);
  head(b, ...SUMMARY.problemHeaders);
  for (const [i, p] of r.problems.entries()) push(b, i + 1, p.sheet, p.cell, p.value, p.message);
  if (!r.problems.length) push(b, "", SUMMARY.nothing);
}

/** The rows padded to the sheet's width, styled: bold title, sections and headers, grey headers. */
function summarySheet(b: SummaryRows): SheetSpec {
  const { rows, heads, sections, percent } = b;
  const width = SUMMARY_WIDTH;
  const values = rows.map((row) => [...row, ...Array<CellValue>(width - row.length).fill("")]);
  const bold = values.map((_, i) => Array(width).fill(i === 0 || heads.includes(i) || sections.includes(i)));
  const backgrounds = values.map((_, i) => Array(width).fill(heads.includes(i) ? COLORS.header : null));
  return {
    name: SHEET.summary,
    values,
    formulas: [],
    validations: [],
    bold,
    backgrounds,
    numberFormats: ownedFormats(values, percent),
    wrapColumns: [3, 5],
    alignTop: true,
    frozenRows: 1,
    columnWidths: [48, 170, 260, 110, 420, 110, 110, 90, 110, 110, 90, 150],
  };
}
