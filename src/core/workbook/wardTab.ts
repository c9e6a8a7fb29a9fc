/**
 * A ward tab, laid out like the paper form "Biểu các tiêu chí đánh giá":
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
import { CELL_WORDS, CRITERIA_TABLE, HEAD, SHEET, VERDICT } from "../vocabulary";
import { literal, range } from "./formula";
import {
  type CellValue,
  COLORS,
  type ConditionalSpec,
  type SheetFormula,
  type SheetSpec,
  type ValidationRule,
} from "./spec";

export const HEADER_ROW = 3;
export const FIRST_BODY_ROW = 4;
export const FIRST_UNIT_COL = 3;
export const DISQUALIFIER_HEADING_CODE = "II";
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
export const APPRAISAL_CODE = HEAD.appraisalCode;
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

function bodyRows(fw: Framework, extra: WardTabInput["extraRows"] = []): BodyRow[] {
  const rows: BodyRow[] = [];
  for (const s of fw.standards) {
    rows.push({ kind: "standard", code: s.code, text: HEAD.standardHeading(s.code, s.name) });
    for (const c of fw.criteria)
      if (c.standard === s.code) rows.push({ kind: "criterion", code: c.code, text: c.text });
  }
  if (fw.disqualifiers.length) {
    rows.push({ kind: "dqHeading", code: DISQUALIFIER_HEADING_CODE, text: HEAD.disqualifierHeading });
    for (const d of fw.disqualifiers) rows.push({ kind: "disqualifier", code: d.code, text: d.text });
  }
  for (const x of extra)
    rows.push({ kind: "extra", code: x.code, text: `${x.text} ${HEAD.flagRemovedCriterion}` });
  for (const s of fw.standards) rows.push({ kind: "result", code: "", text: HEAD.resultStandard(s.code) });
  rows.push({ kind: "gaps", code: "", text: HEAD.resultGaps });
  rows.push({ kind: "verdict", code: "", text: HEAD.resultVerdict });
  rows.push({ kind: "appraisal", code: APPRAISAL_CODE, text: HEAD.resultAppraisal });
  return rows;
}

export function unitHeader(u: Unit): string {
  return HEAD.unitHeader(u.code, u.name);
}

/** The whole ward tab as a SheetSpec. */
export function wardTabSpec(input: WardTabInput): SheetSpec {
  const { framework: fw, ward, columns } = input;
  const rows = bodyRows(fw, input.extraRows);
  const nUnits = columns.length;
  const noteCol = FIRST_UNIT_COL + nUnits;
  const width = noteCol;
  const height = FIRST_BODY_ROW - 1 + rows.length;
  const values: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(width).fill(""));
  values[0][0] = SHEET_TEXT.wardTitle(fw.name, input.year);
  values[1].splice(0, 3, HEAD.wardCodeLabel(fw.wardWord), ward.code, ward.name);
  values[2][0] = HEAD.wardCodeHeader;
  values[2][1] = HEAD.wardTextHeader;
  columns.forEach((c, i) => {
    values[2][FIRST_UNIT_COL - 1 + i] = c.header ?? (c.unit ? unitHeader(c.unit) : "");
  });
  values[2][noteCol - 1] = HEAD.wardNoteHeader;

  const extraByCode = new Map((input.extraRows ?? []).map((x) => [x.code, x]));
  rows.forEach((row, i) => {
    const r = values[FIRST_BODY_ROW - 1 + i];
    r[0] = row.code;
    r[1] = row.text;
    const kept = row.kind === "extra" ? extraByCode.get(row.code)?.values : input.values?.get(row.code);
    if (
      row.kind === "criterion" ||
      row.kind === "disqualifier" ||
      row.kind === "extra" ||
      row.kind === "appraisal"
    ) {
      for (let c = 0; c < nUnits; c++) r[FIRST_UNIT_COL - 1 + c] = kept?.[c] ?? "";
      r[noteCol - 1] =
        (row.kind === "extra" ? extraByCode.get(row.code)?.note : input.notes?.get(row.code)) ?? "";
    }
  });

  const firstBody = FIRST_BODY_ROW;
  const resultStart = FIRST_BODY_ROW + rows.findIndex((r) => r.kind === "result");
  const lastInput = resultStart - 1;
  const lastUnitCol = FIRST_UNIT_COL + nUnits - 1;
  // Each result row judges the unit block against the codes in column A and the Tiêu chí table.
  const block = range({ col: FIRST_UNIT_COL, row: firstBody }, { col: lastUnitCol, row: lastInput });
  const codes = range({ col: 1, row: firstBody }, { col: 1, row: lastInput }, { absolute: true });
  const criteria = range(
    { col: 1 },
    { col: CRITERIA_TABLE.headers.length },
    { sheet: SHEET.criteria, absolute: true },
  );
  const args = [block, literal(""), codes, criteria];
  const rowOfKind = (k: RowKind) => FIRST_BODY_ROW + rows.findIndex((r) => r.kind === k);
  const formulas: SheetFormula[] = [
    { row: resultStart, col: FIRST_UNIT_COL, fn: "TDP_STANDARD", args },
    { row: rowOfKind("gaps"), col: FIRST_UNIT_COL, fn: "TDP_GAPS", args },
    { row: rowOfKind("verdict"), col: FIRST_UNIT_COL, fn: "TDP_VERDICT", args },
  ];

  // Validation, one grid from the header row to the appraisal row (one write): the unit header
  // dropdown, criterion / disqualifier dropdowns with the criterion text as help, the appraisal.
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
  const validationRules = [
    columns.map(() => headerRule),
    ...rows
      .slice(0, rowOfKind("appraisal") - FIRST_BODY_ROW + 1)
      .map((row) => columns.map((col) => ruleFor(row, col))),
  ];

  const backgrounds = values.map((r, ri) =>
    r.map((_, ci) => {
      const row = rows[ri - (FIRST_BODY_ROW - 1)];
      if (ri === HEADER_ROW - 1) return COLORS.header;
      if (!row) return null;
      if (row.kind === "standard" || row.kind === "dqHeading") return COLORS.heading;
      if (row.kind === "result" || row.kind === "gaps" || row.kind === "verdict") return COLORS.result;
      if (row.kind === "appraisal" && ci < FIRST_UNIT_COL - 1) return COLORS.result;
      if (ci < FIRST_UNIT_COL - 1) return COLORS.locked;
      return null;
    }),
  );
  const bold = values.map((_, ri) => {
    const row = rows[ri - (FIRST_BODY_ROW - 1)];
    const b =
      ri === 0 ||
      ri === HEADER_ROW - 1 ||
      row?.kind === "standard" ||
      row?.kind === "verdict" ||
      row?.kind === "appraisal" ||
      row?.kind === "dqHeading";
    return Array(width).fill(b);
  });

  const criterionBlocks = rows
    .map((row, i) => ({ row, r: FIRST_BODY_ROW + i }))
    .filter((x) => x.row.kind === "criterion")
    .map((x) => ({ row: x.r, col: FIRST_UNIT_COL, numRows: 1, numCols: nUnits }));
  const verdictBlock = { row: rowOfKind("verdict"), col: FIRST_UNIT_COL, numRows: 1, numCols: nUnits };
  const conditional: ConditionalSpec[] = [
    ...criterionBlocks.map((b) => ({ ...b, whenText: CELL_WORDS.pass, background: COLORS.pass })),
    ...criterionBlocks.map((b) => ({ ...b, whenText: CELL_WORDS.fail, background: COLORS.fail })),
    // Blank is "missing" only under a chosen unit: spare columns stay white.
    ...criterionBlocks.map((b) => ({
      ...b,
      whenText: "",
      headerRow: HEADER_ROW,
      background: COLORS.missing,
    })),
    { ...verdictBlock, whenText: VERDICT.pass, background: COLORS.pass },
    { ...verdictBlock, whenText: VERDICT.fail, background: COLORS.fail },
    { ...verdictBlock, whenText: VERDICT.missing, background: COLORS.missing },
    { ...verdictBlock, row: rowOfKind("appraisal"), whenText: CELL_WORDS.fail, background: COLORS.fail },
  ];

  return {
    name: ward.tab,
    values,
    formulas,
    validations: [{ row: HEADER_ROW, col: FIRST_UNIT_COL, rules: validationRules }],
    backgrounds,
    bold,
    wrapColumns: [2, noteCol],
    textColumns: [1],
    alignTop: true,
    conditional,
    frozenRows: HEADER_ROW,
    frozenCols: 2,
    columnWidths: [56, 340, ...columns.map(() => 150), 220],
    tabColor: ward.kind === "xa" ? "#93c47d" : "#6fa8dc",
  };
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

/** Finds the layout of a ward tab from its values (one getValues of the data range). */
export function readWardTab(
  sheet: string,
  values: unknown[][],
  fw: Framework,
): WardTabRead | { problems: Problem[] } {
  const problems: Problem[] = [];
  let headerRow = 0;
  let wardCode = "";
  // Anywhere in the sheet: a letterhead inserted above must not make the tab unreadable.
  for (let r = 1; r <= values.length; r++) {
    const a = foldKey(values[r - 1]?.[0]);
    const b = foldKey(values[r - 1]?.[1]);
    // "Mã xã, phường", "Mã thôn", … : any "Mã …" label above the header row holds the ward code.
    if (a.startsWith("ma ") && !wardCode) wardCode = cleanText(values[r - 1]?.[1]);
    if (a === foldKey(HEAD.wardCodeHeader) && b.startsWith("noi dung")) {
      headerRow = r;
      break;
    }
  }
  if (!headerRow) {
    problems.push({
      sheet,
      cell: "A3",
      value: showValue(values[2]?.[0] ?? ""),
      message: PROBLEM.headerRowMissing(HEAD.wardCodeHeader, HEAD.wardTextHeader),
    });
    return { problems };
  }
  const header = values[headerRow - 1] ?? [];
  const width = Math.max(...values.map((r) => r?.length ?? 0));
  let noteCol: number | undefined;
  for (let c = FIRST_UNIT_COL; c <= width; c++) {
    if (foldKey(header[c - 1]).startsWith("ghi chu")) {
      noteCol = c;
      break;
    }
  }
  const lastUnitCol = (noteCol ?? width + 1) - 1;

  const codeKeys = new Map<string, string>([
    ...fw.criteria.map((c) => [foldKey(c.code), c.code] as [string, string]),
    ...fw.disqualifiers.map((d) => [foldKey(d.code), d.code] as [string, string]),
  ]);
  const headingKeys = new Set([
    ...fw.standards.map((s) => foldKey(s.code)),
    foldKey(DISQUALIFIER_HEADING_CODE),
  ]);
  const rowOf = new Map<string, number>();
  const foreignRows: WardTabRead["foreignRows"] = [];
  let appraisalRow: number | undefined;
  for (let r = headerRow + 1; r <= values.length; r++) {
    const raw = values[r - 1]?.[0];
    const key = foldKey(raw);
    if (!key) continue;
    const code = codeKeys.get(key);
    if (key === foldKey(APPRAISAL_CODE)) {
      appraisalRow ??= r;
    } else if (code) {
      if (rowOf.has(code)) {
        problems.push({
          sheet,
          cell: a1(r, 1),
          value: cleanText(raw),
          message: PROBLEM.criterionRowRepeated(code, rowOf.get(code)!),
        });
      } else rowOf.set(code, r);
    } else if (!headingKeys.has(key)) {
      foreignRows.push({ row: r, code: cleanText(raw), text: cleanText(values[r - 1]?.[1]) });
    }
  }
  const expected = [...fw.criteria.map((c) => c.code), ...fw.disqualifiers.map((d) => d.code)];
  const lacking = expected.filter((c) => !rowOf.has(c));
  for (const code of lacking) {
    problems.push({
      sheet,
      cell: `A${FIRST_BODY_ROW}:A${values.length}`,
      value: "",
      message: PROBLEM.criterionRowMissing(code),
    });
  }
  // A moved row is still read by its code, but the tab no longer looks like the paper form: the rows
  // outside the longest run in framework order are the moved ones.
  const present = expected.filter((c) => rowOf.has(c));
  const inOrder = new Set(longestIncreasing(present.map((c) => rowOf.get(c)!)).map((i) => present[i]));
  for (const code of present) {
    if (inOrder.has(code)) continue;
    const r = rowOf.get(code)!;
    problems.push({
      sheet,
      cell: a1(r, 1),
      value: code,
      message: PROBLEM.criterionRowMoved(code),
    });
  }

  const inputRows = [...rowOf.values()];
  const unitColumns: UnitColumnRead[] = [];
  for (let c = FIRST_UNIT_COL; c <= lastUnitCol; c++) {
    const { code, name } = parseUnitHeader(header[c - 1]);
    const hasData = inputRows.some((r) => cleanText(values[r - 1]?.[c - 1]) !== "");
    unitColumns.push({ col: c, header: cleanText(header[c - 1]), code, name, hasData });
  }
  return { sheet, wardCode, headerRow, unitColumns, noteCol, rowOf, appraisalRow, foreignRows, problems };
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
