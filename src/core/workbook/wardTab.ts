/**
 * A ward tab, laid out like the paper form "Biểu các tiêu chí đánh giá" (the layout and its words:
 * ./wardTabLayout.ts):
 *
 *   row 1  title
 *   row 2  A "Mã xã, phường" (the framework's word: "Mã thôn" …) | B ward code | C ward name
 *   row 3  A "Mã" | B "Nội dung tiêu chí" | C… one column per unit ("TP-TDP05 – Tổ dân phố số 5") | "Ghi chú / minh chứng"
 *   row 4… for each standard: a heading row (A = "1"), then its criteria (A = "1.1" …);
 *          heading "II", then the disqualifying cases II.1 … ; then the result rows:
 *          one per standard (=TDP_STANDARD spills), "Còn thiếu" (=TDP_GAPS), "KẾT QUẢ" (=TDP_VERDICT).
 *
 * Readers find everything by content (header labels, codes in column A), never by fixed row numbers,
 * so a moved row is still read correctly and a deleted one is reported.
 */
import { a1 } from "../a1";
import { showValue } from "../cell";
import { criterionTextFor, type Framework } from "../framework";
import type { Unit, Ward } from "../model";
import type { Problem } from "../problem";
import { cleanText, foldKey } from "../text";
import { PROBLEM } from "../text/problems";
import { SHEET_TEXT } from "../text/sheets";
import type { UnitInput } from "../verdict";
import { CELL_WORDS, CRITERIA_TABLE, SHEET, VERDICT } from "../vocabulary";
import { literal, range } from "./formula";
import {
  A4_PRINT,
  type CellValue,
  COLORS,
  type ConditionalSpec,
  type SheetFormula,
  type SheetSpec,
  type ValidationRule,
} from "./spec";
import { isWardCodeLabel, labelMatches, WARD_TAB, WARD_TAB_PRINT, type WardTabLayout } from "./wardTabLayout";

export const HEADER_ROW = WARD_TAB.headerRow;
export const FIRST_BODY_ROW = WARD_TAB.firstBodyRow;
export const FIRST_UNIT_COL = WARD_TAB.firstUnitCol;
export const DISQUALIFIER_HEADING_CODE = WARD_TAB.rows.disqualifierHeadingCode;
export const CRITERION_CHOICES = [CELL_WORDS.pass, CELL_WORDS.fail, CELL_WORDS.na];
export const DISQUALIFIER_CHOICES = [CELL_WORDS.yes, CELL_WORDS.no];
/** Blank unit columns left for the ward to add a unit from the dropdown. */
export const SPARE_COLUMNS = 2;

type RowKind =
  | "standard"
  | "criterion"
  | "dqHeading"
  | "disqualifier"
  | "extra"
  | "result"
  | "gaps"
  | "verdict"
  | "appraisal";

/** Column-A code of the city's appraisal row (under KẾT QUẢ; only the city office may edit it). */
export const APPRAISAL_CODE = WARD_TAB.rows.appraisalCode;
export const APPRAISAL_CHOICES = [CELL_WORDS.pass, CELL_WORDS.fail];

interface BodyRow {
  kind: RowKind;
  code: string;
  text: string;
}

export interface WardColumn {
  /** Unit chosen for the column, if known. */
  unit?: Unit;
  /** Header text as it stands in the sheet (kept as typed); defaults to "code – name". */
  header?: string;
}

export interface WardTabInput {
  framework: Framework;
  year?: number;
  ward: Ward;
  columns: WardColumn[];
  /** Dropdown choices for the unit header cells. */
  unitChoices: string[];
  /** Values already typed, by row code, one per column (kept on repair). */
  values?: Map<string, CellValue[]>;
  notes?: Map<string, CellValue>;
  /** Rows whose code left the framework: kept at the bottom, flagged. */
  extraRows?: { code: string; text: string; values: CellValue[]; note: CellValue }[];
}

function bodyRows(fw: Framework, L: WardTabLayout, extra: WardTabInput["extraRows"] = []): BodyRow[] {
  const words = L.rows;
  const rows: BodyRow[] = [];
  for (const s of fw.standards) {
    rows.push({ kind: "standard", code: s.code, text: words.standardHeading(s.code, s.name) });
    for (const c of fw.criteria)
      if (c.standard === s.code) rows.push({ kind: "criterion", code: c.code, text: c.text });
  }
  if (fw.disqualifiers.length) {
    rows.push({ kind: "dqHeading", code: words.disqualifierHeadingCode, text: words.disqualifierHeading });
    for (const d of fw.disqualifiers) rows.push({ kind: "disqualifier", code: d.code, text: d.text });
  }
  for (const x of extra) rows.push({ kind: "extra", code: x.code, text: `${x.text} ${words.removedFlag}` });
  for (const s of fw.standards) rows.push({ kind: "result", code: "", text: words.resultStandard(s.code) });
  rows.push({ kind: "gaps", code: "", text: words.resultGaps });
  rows.push({ kind: "verdict", code: "", text: words.resultVerdict });
  rows.push({ kind: "appraisal", code: words.appraisalCode, text: words.appraisalText });
  return rows;
}

export function unitHeader(u: Unit): string {
  return WARD_TAB.unitHeader(u.code, u.name);
}

/** The whole ward tab as a SheetSpec (laid out as `L` declares: the ward tab's layout unless a test says otherwise). */
export function wardTabSpec(input: WardTabInput, L: WardTabLayout = WARD_TAB): SheetSpec {
  const { framework: fw, ward, columns } = input;
  const { firstUnitCol, headerRow } = L;
  const rows = bodyRows(fw, L, input.extraRows);
  const noteCol = firstUnitCol + columns.length;
  const values = tabValues(input, L, rows);
  const widths = [
    ...Array.from({ length: firstUnitCol - 1 }, (_, i) =>
      i + 1 === L.codeCol ? L.widths.code : L.widths.text,
    ),
    ...columns.map(() => L.widths.unit),
    L.widths.note,
  ];
  return {
    name: ward.tab,
    values,
    formulas: resultFormulas(rows, L, columns.length),
    validations: [{ row: headerRow, col: firstUnitCol, rules: validationGrid(input, L, rows) }],
    backgrounds: backgroundsOf(values, rows, L),
    bold: boldOf(values, rows, L, noteCol),
    // Unit columns wrap too: a header such as "TP-TDP05 – Tổ dân phố số 5" and the gaps row show
    // whole on two lines instead of clipped (Sheets grows the row; the xlsx estimates its height).
    // Column A too: the ward-code label (A2) reads on two lines instead of clipped by B2.
    wrapColumns: [L.codeCol, L.textCol, ...columns.map((_, i) => firstUnitCol + i), noteCol],
    // The title wraps over the fixed columns, which print on every page: left to overflow, it
    // would run into the unit columns and print garbled on every page after the first across.
    // (A merge across the whole width would split the frozen columns, which Sheets refuses.)
    merges: [{ row: L.titleRow, col: 1, numRows: 1, numCols: firstUnitCol - 1 }],
    rowHeights: [
      { row: L.titleRow, height: titleHeight(values[L.titleRow - 1][0], widths, firstUnitCol - 1) },
    ],
    textColumns: [L.codeCol],
    alignTop: true,
    font: {
      family: WARD_TAB_PRINT.font,
      size: WARD_TAB_PRINT.size,
      rowSizes: [{ row: L.titleRow, size: WARD_TAB_PRINT.titleSize }],
    },
    conditional: conditionalOf(rows, L, columns.length),
    frozenRows: headerRow,
    frozenCols: firstUnitCol - 1,
    columnWidths: widths,
    tabColor: ward.kind === "xa" ? "#93c47d" : "#6fa8dc",
    print: {
      orientation: "landscape",
      titleRows: headerRow,
      titleCols: firstUnitCol - 1,
      fitToWidth: fitsShrunk(widths),
    },
  };
}

/**
 * The title row's height in px: merged cells do not grow to fit in Sheets, so the row is given its
 * lines (about 10 px a character of 14 pt bold Times New Roman, 22 px a line).
 */
function titleHeight(title: CellValue, widths: number[], cols: number): number {
  const px = widths.slice(0, cols).reduce((a, b) => a + b, 0) - 8;
  const lines = Math.max(1, Math.ceil((String(title).length * 10) / px));
  return lines * 22 + 6;
}

/**
 * Fit to one page wide only when the shrinking keeps the text at 10 pt or more: a tab wider than
 * the page (952 px at 100 %) but at most 1,047 px. At the layout's widths two units fit at 100 %
 * and three need 1,066 px, so in practice a tab prints at 100 %. Fitting the sample's Tân Phong
 * (7 units, 1,666 px) would print it at 6 pt; instead it runs onto pages across, with the code and
 * criterion columns repeated on each (print.titleCols).
 */
function fitsShrunk(widths: number[]): boolean {
  const total = widths.reduce((a, b) => a + b, 0);
  const page = A4_PRINT.widthPx.landscape;
  return total > page && total <= (page * WARD_TAB_PRINT.size) / WARD_TAB_PRINT.minPrintedSize;
}

/** The 1-based sheet row of the first body row of kind `k`. */
function rowOfKind(rows: BodyRow[], L: WardTabLayout, k: RowKind): number {
  return L.firstBodyRow + rows.findIndex((r) => r.kind === k);
}

/** The tab's cell values: title, ward row, header row, then the body rows with the kept values and notes. */
function tabValues(input: WardTabInput, L: WardTabLayout, rows: BodyRow[]): CellValue[][] {
  const { framework: fw, ward, columns } = input;
  const { firstUnitCol, firstBodyRow, headerRow } = L;
  const noteCol = firstUnitCol + columns.length;
  const height = firstBodyRow - 1 + rows.length;
  const values: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(noteCol).fill(""));
  values[L.titleRow - 1][0] = SHEET_TEXT.wardTitle(fw.name, input.year);
  const wardRow = values[L.wardRow - 1];
  wardRow[L.wardLabelCol - 1] = L.wardCodeLabel(fw.wardWord);
  wardRow[L.wardCodeCol - 1] = ward.code;
  wardRow[L.wardNameCol - 1] = ward.name;
  const header = values[headerRow - 1];
  header[L.codeCol - 1] = L.headers.code.text;
  header[L.textCol - 1] = L.headers.text.text;
  columns.forEach((c, i) => {
    header[firstUnitCol - 1 + i] = c.header ?? (c.unit ? L.unitHeader(c.unit.code, c.unit.name) : "");
  });
  header[noteCol - 1] = L.headers.note.text;
  fillBody(values, input, L, rows);
  return values;
}

/** Writes each body row's code and text, and on input rows the kept unit values and note. */
function fillBody(values: CellValue[][], input: WardTabInput, L: WardTabLayout, rows: BodyRow[]): void {
  const { firstUnitCol, firstBodyRow } = L;
  const nUnits = input.columns.length;
  const noteCol = firstUnitCol + nUnits;
  const extraByCode = new Map((input.extraRows ?? []).map((x) => [x.code, x]));
  rows.forEach((row, i) => {
    const r = values[firstBodyRow - 1 + i];
    r[L.codeCol - 1] = row.code;
    r[L.textCol - 1] = row.text;
    const kept = row.kind === "extra" ? extraByCode.get(row.code)?.values : input.values?.get(row.code);
    if (
      row.kind === "criterion" ||
      row.kind === "disqualifier" ||
      row.kind === "extra" ||
      row.kind === "appraisal"
    ) {
      for (let c = 0; c < nUnits; c++) r[firstUnitCol - 1 + c] = kept?.[c] ?? "";
      r[noteCol - 1] =
        (row.kind === "extra" ? extraByCode.get(row.code)?.note : input.notes?.get(row.code)) ?? "";
    }
  });
}

/** The result rows' formulas: each judges the unit block against the codes in column A and the Tiêu chí table. */
function resultFormulas(rows: BodyRow[], L: WardTabLayout, nUnits: number): SheetFormula[] {
  const { firstUnitCol, firstBodyRow } = L;
  const resultStart = rowOfKind(rows, L, "result");
  const lastInput = resultStart - 1;
  const lastUnitCol = firstUnitCol + nUnits - 1;
  const block = range({ col: firstUnitCol, row: firstBodyRow }, { col: lastUnitCol, row: lastInput });
  const codes = range(
    { col: L.codeCol, row: firstBodyRow },
    { col: L.codeCol, row: lastInput },
    { absolute: true },
  );
  const criteria = range(
    { col: 1 },
    { col: CRITERIA_TABLE.headers.length },
    { sheet: SHEET.criteria, absolute: true },
  );
  const args = [block, literal(""), codes, criteria];
  return [
    { row: resultStart, col: firstUnitCol, fn: "TDP_STANDARD", args },
    { row: rowOfKind(rows, L, "gaps"), col: firstUnitCol, fn: "TDP_GAPS", args },
    { row: rowOfKind(rows, L, "verdict"), col: firstUnitCol, fn: "TDP_VERDICT", args },
  ];
}

/**
 * Validation, one grid from the header row to the appraisal row (one write): the unit header
 * dropdown, criterion / disqualifier dropdowns with the criterion text as help, the appraisal.
 */
function validationGrid(input: WardTabInput, L: WardTabLayout, rows: BodyRow[]): (ValidationRule | null)[][] {
  const { framework: fw, ward, columns } = input;
  const headerRule = { values: input.unitChoices, help: SHEET_TEXT.unitHelp(fw.unitWord) };
  const appraisalRule = { values: APPRAISAL_CHOICES, help: SHEET_TEXT.appraisalHelp };
  const ruleFor = (row: BodyRow, col: WardColumn): ValidationRule | null => {
    if (row.kind === "criterion") {
      const c = fw.criteria.find((x) => x.code === row.code)!;
      return {
        values: CRITERION_CHOICES,
        help: `${c.code}. ${criterionTextFor(c, col.unit?.type, ward.kind)}`,
      };
    }
    if (row.kind === "disqualifier")
      return { values: DISQUALIFIER_CHOICES, help: `${row.code}. ${row.text}` };
    return row.kind === "appraisal" ? appraisalRule : null;
  };
  return [
    columns.map(() => headerRule),
    ...rows
      .slice(0, rowOfKind(rows, L, "appraisal") - L.firstBodyRow + 1)
      .map((row) => columns.map((col) => ruleFor(row, col))),
  ];
}

/** Cell fills: the header row, heading and result rows, and the locked code / text columns. */
function backgroundsOf(values: CellValue[][], rows: BodyRow[], L: WardTabLayout): (string | null)[][] {
  const { firstUnitCol, firstBodyRow, headerRow } = L;
  return values.map((r, ri) =>
    r.map((_, ci) => {
      const row = rows[ri - (firstBodyRow - 1)];
      if (ri === headerRow - 1) return COLORS.header;
      if (!row) return null;
      if (row.kind === "standard" || row.kind === "dqHeading") return COLORS.heading;
      if (row.kind === "result" || row.kind === "gaps" || row.kind === "verdict") return COLORS.result;
      if (row.kind === "appraisal" && ci < firstUnitCol - 1) return COLORS.result;
      if (ci < firstUnitCol - 1) return COLORS.locked;
      return null;
    }),
  );
}

/** Bold rows: the title, the header, standard and disqualifier headings, the verdict and the appraisal. */
function boldOf(values: CellValue[][], rows: BodyRow[], L: WardTabLayout, width: number): boolean[][] {
  return values.map((_, ri) => {
    const row = rows[ri - (L.firstBodyRow - 1)];
    const b =
      ri === L.titleRow - 1 ||
      ri === L.headerRow - 1 ||
      row?.kind === "standard" ||
      row?.kind === "verdict" ||
      row?.kind === "appraisal" ||
      row?.kind === "dqHeading";
    return Array(width).fill(b);
  });
}

/** Conditional colours: criterion cells by their word (blank only under a chosen unit), the verdict, a failed appraisal. */
function conditionalOf(rows: BodyRow[], L: WardTabLayout, nUnits: number): ConditionalSpec[] {
  const { firstUnitCol, firstBodyRow, headerRow } = L;
  const criterionBlocks = rows
    .map((row, i) => ({ row, r: firstBodyRow + i }))
    .filter((x) => x.row.kind === "criterion")
    .map((x) => ({ row: x.r, col: firstUnitCol, numRows: 1, numCols: nUnits }));
  const verdictBlock = { row: rowOfKind(rows, L, "verdict"), col: firstUnitCol, numRows: 1, numCols: nUnits };
  return [
    ...criterionBlocks.map((b) => ({ ...b, whenText: CELL_WORDS.pass, background: COLORS.pass })),
    ...criterionBlocks.map((b) => ({ ...b, whenText: CELL_WORDS.fail, background: COLORS.fail })),
    // Blank is "missing" only under a chosen unit: spare columns stay white.
    ...criterionBlocks.map((b) => ({
      ...b,
      whenText: "",
      headerRow: headerRow,
      background: COLORS.missing,
    })),
    { ...verdictBlock, whenText: VERDICT.pass, background: COLORS.pass },
    { ...verdictBlock, whenText: VERDICT.fail, background: COLORS.fail },
    { ...verdictBlock, whenText: VERDICT.missing, background: COLORS.missing },
    {
      ...verdictBlock,
      row: rowOfKind(rows, L, "appraisal"),
      whenText: CELL_WORDS.fail,
      background: COLORS.fail,
    },
  ];
}

// ---------------------------------------------------------------- reading

export interface UnitColumnRead {
  /** 1-based sheet column. */
  col: number;
  header: string;
  code: string;
  name: string;
  /** Whether any criterion or disqualifier cell of the column holds something. */
  hasData: boolean;
}

export interface WardTabRead {
  sheet: string;
  wardCode: string;
  headerRow: number;
  unitColumns: UnitColumnRead[];
  noteCol?: number;
  /** Framework code → 1-based row. */
  rowOf: Map<string, number>;
  /** Row of the city's appraisal (Thành phố thẩm định), if the tab has one. */
  appraisalRow?: number;
  /** Codes in column A that are not in the framework (1-based rows). */
  foreignRows: { row: number; code: string; text: string }[];
  problems: Problem[];
}

/** "TP-TDP05 – Tổ dân phố số 5" → code + name; a header without a dash is all code (or all name). */
export function parseUnitHeader(raw: unknown): { code: string; name: string } {
  const text = cleanText(raw);
  const m = /^(.*?)\s+[–—-]\s+(.+)$/.exec(text) ?? /^([^\s:]+)\s*:\s*(.+)$/.exec(text);
  if (m) return { code: m[1].trim(), name: m[2].trim() };
  return /\s/.test(text) ? { code: "", name: text } : { code: text, name: "" };
}

/**
 * Finds the layout of a ward tab from its values (one getValues of the data range), by the words
 * `L` declares (the ward tab's layout unless a test says otherwise), matched leniently.
 */
export function readWardTab(
  sheet: string,
  values: unknown[][],
  fw: Framework,
  L: WardTabLayout = WARD_TAB,
): WardTabRead | { problems: Problem[] } {
  const problems: Problem[] = [];
  const { headerRow, wardCode } = findHeaderRow(values, L);
  if (!headerRow) {
    problems.push({
      sheet,
      cell: a1(L.headerRow, L.codeCol),
      value: showValue(values[L.headerRow - 1]?.[L.codeCol - 1] ?? ""),
      message: PROBLEM.headerRowMissing(L.headers.code.text, L.headers.text.text),
    });
    return { problems };
  }
  const header = values[headerRow - 1] ?? [];
  const width = Math.max(...values.map((r) => r?.length ?? 0));
  const noteCol = findNoteCol(header, width, L);
  const lastUnitCol = (noteCol ?? width + 1) - 1;
  const body = readBodyRows(sheet, values, headerRow, fw, L, problems);
  const { rowOf, appraisalRow, foreignRows } = body;
  problems.push(...rowOrderProblems(sheet, values.length, rowOf, fw, L));
  const unitColumns = unitColumnsOf(values, header, [...rowOf.values()], L.firstUnitCol, lastUnitCol);
  return { sheet, wardCode, headerRow, unitColumns, noteCol, rowOf, appraisalRow, foreignRows, problems };
}

/**
 * The header row (0 when absent) and the ward code from a ward-code label above it, searched
 * anywhere in the sheet: a letterhead inserted above must not make the tab unreadable.
 */
function findHeaderRow(values: unknown[][], L: WardTabLayout): { headerRow: number; wardCode: string } {
  let wardCode = "";
  const cellAt = (r: number, c: number) => values[r - 1]?.[c - 1];
  for (let r = 1; r <= values.length; r++) {
    // "Mã xã, phường", "Mã thôn", … : any ward-code label above the header row holds the ward code.
    if (!wardCode && isWardCodeLabel(cellAt(r, L.wardLabelCol), L))
      wardCode = cleanText(cellAt(r, L.wardCodeCol));
    if (
      labelMatches(cellAt(r, L.codeCol), L.headers.code) &&
      labelMatches(cellAt(r, L.textCol), L.headers.text)
    ) {
      return { headerRow: r, wardCode };
    }
  }
  return { headerRow: 0, wardCode };
}

/** The first note-header column from the first unit column on, if any. */
function findNoteCol(header: unknown[], width: number, L: WardTabLayout): number | undefined {
  for (let c = L.firstUnitCol; c <= width; c++) {
    if (labelMatches(header[c - 1], L.headers.note)) return c;
  }
  return undefined;
}

/** The rows below the header by their column-A code: framework rows, the appraisal row, foreign codes; a repeated code is a problem. */
function readBodyRows(
  sheet: string,
  values: unknown[][],
  headerRow: number,
  fw: Framework,
  L: WardTabLayout,
  problems: Problem[],
): Pick<WardTabRead, "rowOf" | "appraisalRow" | "foreignRows"> {
  const codeKeys = new Map<string, string>([
    ...fw.criteria.map((c) => [foldKey(c.code), c.code] as [string, string]),
    ...fw.disqualifiers.map((d) => [foldKey(d.code), d.code] as [string, string]),
  ]);
  const headingKeys = new Set([
    ...fw.standards.map((s) => foldKey(s.code)),
    foldKey(L.rows.disqualifierHeadingCode),
  ]);
  const rowOf = new Map<string, number>();
  const foreignRows: WardTabRead["foreignRows"] = [];
  let appraisalRow: number | undefined;
  for (let r = headerRow + 1; r <= values.length; r++) {
    const raw = values[r - 1]?.[L.codeCol - 1];
    const key = foldKey(raw);
    if (!key) continue;
    const code = codeKeys.get(key);
    if (key === foldKey(L.rows.appraisalCode)) {
      appraisalRow ??= r;
    } else if (code) {
      if (rowOf.has(code)) {
        problems.push({
          sheet,
          cell: a1(r, L.codeCol),
          value: cleanText(raw),
          message: PROBLEM.criterionRowRepeated(code, rowOf.get(code)!),
        });
      } else rowOf.set(code, r);
    } else if (!headingKeys.has(key)) {
      foreignRows.push({ row: r, code: cleanText(raw), text: cleanText(values[r - 1]?.[L.textCol - 1]) });
    }
  }
  return { rowOf, appraisalRow, foreignRows };
}

/**
 * Framework rows missing from the tab, then moved ones: a moved row is still read by its code, but
 * the tab no longer looks like the paper form; the rows outside the longest run in framework order moved.
 */
function rowOrderProblems(
  sheet: string,
  height: number,
  rowOf: Map<string, number>,
  fw: Framework,
  L: WardTabLayout,
): Problem[] {
  const problems: Problem[] = [];
  const expected = [...fw.criteria.map((c) => c.code), ...fw.disqualifiers.map((d) => d.code)];
  const lacking = expected.filter((c) => !rowOf.has(c));
  for (const code of lacking) {
    problems.push({
      sheet,
      cell: `${a1(L.firstBodyRow, L.codeCol)}:${a1(height, L.codeCol)}`,
      value: "",
      message: PROBLEM.criterionRowMissing(code),
    });
  }
  const present = expected.filter((c) => rowOf.has(c));
  const inOrder = new Set(longestIncreasing(present.map((c) => rowOf.get(c)!)).map((i) => present[i]));
  for (const code of present) {
    if (inOrder.has(code)) continue;
    const r = rowOf.get(code)!;
    problems.push({
      sheet,
      cell: a1(r, L.codeCol),
      value: code,
      message: PROBLEM.criterionRowMoved(code),
    });
  }
  return problems;
}

/** Each unit column's header, parsed, and whether any of its input cells holds something. */
function unitColumnsOf(
  values: unknown[][],
  header: unknown[],
  inputRows: number[],
  firstUnitCol: number,
  lastUnitCol: number,
): UnitColumnRead[] {
  const unitColumns: UnitColumnRead[] = [];
  for (let c = firstUnitCol; c <= lastUnitCol; c++) {
    const { code, name } = parseUnitHeader(header[c - 1]);
    const hasData = inputRows.some((r) => cleanText(values[r - 1]?.[c - 1]) !== "");
    unitColumns.push({ col: c, header: cleanText(header[c - 1]), code, name, hasData });
  }
  return unitColumns;
}

export function isWardTabRead(x: WardTabRead | { problems: Problem[] }): x is WardTabRead {
  return "rowOf" in x;
}

/** One unit column as verdict input (raw cell values by code). */
export function unitInputAt(read: WardTabRead, values: unknown[][], col: number, fw: Framework): UnitInput {
  const pick = (code: string) => {
    const r = read.rowOf.get(code);
    return r === undefined ? "" : values[r - 1]?.[col - 1];
  };
  return {
    criteria: Object.fromEntries(fw.criteria.map((c) => [c.code, pick(c.code)])),
    disqualifiers: Object.fromEntries(fw.disqualifiers.map((d) => [d.code, pick(d.code)])),
  };
}

/** Indices of one longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(xs: number[]): number[] {
  const tails: number[] = [];
  const prev: number[] = Array(xs.length).fill(-1);
  xs.forEach((x, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]] < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const out: number[] = [];
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i]) out.unshift(i);
  return out;
}
