/**
 * Khen thưởng tổng kết Chỉ thị số 40-CT/TU (Kế hoạch 71/KH-UBND mục II.6.b, Phụ lục II): the
 * nominations sheet and the quota check. Pure: no Apps Script globals.
 *
 * Quotas, from the plan: “Tối đa không quá 67 chỉ tiêu, cụ thể: Cấp thành phố: Không quá 10 chỉ
 * tiêu. Cấp quận, huyện: Không quá 07 chỉ tiêu. Cấp phường, xã: Không quá 20 chỉ tiêu. Cấp dưới
 * phường, xã: Không quá 30 chỉ tiêu.” Each nomination (a collective or an individual) uses one.
 * Phụ lục II 2.b prefers individuals below ward level with 15 years of service or more: a shorter
 * service is a note, never a rejection.
 *
 * Layout of “Đề nghị khen thưởng tổng kết”: rows 1–3 title, quota rule, preference rule; row 5
 * headers; from row 6 one nomination per row: A STT · B Cấp khen thưởng (dropdown) · C Tập thể / Cá
 * nhân (dropdown) · D Họ và tên / Tên tập thể · E Đơn vị · F Số năm công tác (cá nhân) · G Ghi chú, as
 * declared by NOMINATION_LAYOUT (core/workbook/layout.ts); the reader finds the columns by header text.
 */
import { a1 } from "../a1";
import { formatProblem, type Problem } from "../problem";
import { cleanText, foldKey, looseKey } from "../text";
import { AWARD } from "../text/awards";
import { AWARD_WORDS } from "../vocabulary";
import {
  columnOf,
  type FoundTable,
  findTable,
  lastCol,
  NOMINATION_LAYOUT,
  type NominationRole,
  sheetWidths,
  writeHeaders,
} from "../workbook/layout";
import { type CellValue, COLORS, type SheetSpec, type ValidationRule } from "../workbook/spec";
import { quoteValue } from "./dates";

export const QUOTAS: readonly { level: string; max: number }[] = [
  { level: AWARD_WORDS.levels[0], max: 10 },
  { level: AWARD_WORDS.levels[1], max: 7 },
  { level: AWARD_WORDS.levels[2], max: 20 },
  { level: AWARD_WORDS.levels[3], max: 30 },
];
export const TOTAL_QUOTA = 67;
export const PREFERRED_YEARS = 15;
/** Index of “Cấp dưới phường, xã” in QUOTAS. */
export const BELOW_WARD = 3;

const L = NOMINATION_LAYOUT;
export const NOMINATION_HEADER_ROW = L.headerRow;
export const NOMINATION_DATA_ROWS = 200;
const label = (role: NominationRole) => L.columns.find((c) => c.key === role)!.label;

export function nominationSheetSpec(): SheetSpec {
  const width = lastCol(L);
  const height = NOMINATION_HEADER_ROW + NOMINATION_DATA_ROWS;
  const values: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(width).fill(""));
  values[0][0] = AWARD.nominationTitle;
  values[1][0] = AWARD.quotaRule;
  values[2][0] = AWARD.preferenceRule;
  writeHeaders(values, L);
  const bold = values.map((r, i) => r.map(() => i === 0 || i === NOMINATION_HEADER_ROW - 1));
  const backgrounds = values.map((r, i) =>
    r.map(() => (i === NOMINATION_HEADER_ROW - 1 ? COLORS.header : null)),
  );
  const level: ValidationRule = { values: [...AWARD_WORDS.levels], help: AWARD.helpLevel };
  const kind: ValidationRule = { values: [...AWARD_WORDS.kinds], help: AWARD.helpKind };
  const rules = (rule: ValidationRule) => Array.from({ length: NOMINATION_DATA_ROWS }, () => [rule]);
  return {
    name: AWARD_WORDS.nominationSheet,
    values,
    formulas: [],
    validations: [
      { row: L.firstDataRow, col: columnOf(L, "level"), rules: rules(level) },
      { row: L.firstDataRow, col: columnOf(L, "kind"), rules: rules(kind) },
    ],
    bold,
    backgrounds,
    alignMiddle: true,
    frozenRows: NOMINATION_HEADER_ROW,
    columnWidths: sheetWidths([L]),
    tabColor: "#b45f06",
  };
}

/** “Cấp quận, huyện”, “quận/huyện”, “huyen” → 1; unknown → -1. */
export function readLevel(value: unknown): number {
  const k = looseKey(value).replace(/^cap\s+/, "");
  if (k === "") return -1;
  if (k.startsWith("duoi")) return 3;
  if (k === "thanh pho" || k === "tp") return 0;
  if (["quan huyen", "quan", "huyen", "huyen quan"].includes(k)) return 1;
  if (["phuong xa", "phuong", "xa", "xa phuong"].includes(k)) return 2;
  return -1;
}

export function readKind(value: unknown): "collective" | "individual" | "blank" | "invalid" {
  const k = looseKey(value);
  if (k === "") return "blank";
  if (k === "tap the") return "collective";
  if (k === "ca nhan") return "individual";
  return "invalid";
}

/** A number of years: 15, “15”, “15 năm”, “15,5”. null = blank; NaN = unreadable. */
export function readYears(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : Number.NaN;
  const s = foldKey(value)
    .replace(/\s*nam$/, "")
    .replace(",", ".");
  if (s === "") return null;
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

export interface QuotaCount {
  level: string;
  max: number;
  count: number;
  over: number;
}

export interface QuotaReport {
  counts: QuotaCount[];
  total: number;
  totalOver: number;
  /** Nominations beyond a level's quota (in sheet order), each with its cell. */
  excess: Problem[];
  /** Cells to fix: unreadable level (not counted), missing name or kind, unreadable years. */
  problems: Problem[];
  uncounted: number;
  /** Individuals below ward level with under 15 years (or none given): notes, not rejections. */
  notes: Problem[];
  broken: boolean;
}

/** 0-based column of each role read from the nominations sheet (-1 for a unit column not found). */
type NominationColumns = Record<"level" | "kind" | "name" | "unit" | "years", number>;

export function checkQuotas(values: unknown[][], sheet: string = AWARD_WORDS.nominationSheet): QuotaReport {
  const counts: QuotaCount[] = QUOTAS.map((q) => ({ ...q, count: 0, over: 0 }));
  const report: QuotaReport = {
    counts,
    total: 0,
    totalOver: 0,
    excess: [],
    problems: [],
    uncounted: 0,
    notes: [],
    broken: false,
  };
  const table = findTable(values, L, sheet);
  const c = nominationColumns(table, sheet, report);
  if (!c) return report;
  for (let i = table.headerRow; i < values.length; i++) checkNomination(report, values[i], i + 1, c, sheet);
  for (const q of counts) q.over = Math.max(0, q.count - q.max);
  report.totalOver = Math.max(0, report.total - TOTAL_QUOTA);
  return report;
}

/** The columns of the sheet's roles, or undefined (the report marked broken) when a header is missing. */
function nominationColumns(
  table: FoundTable<NominationRole>,
  sheet: string,
  report: QuotaReport,
): NominationColumns | undefined {
  if (!table.found) {
    report.broken = true;
    report.problems.push({
      sheet,
      cell: "",
      value: "",
      message: AWARD.headerNotFound(sheet, label("level")),
    });
    return undefined;
  }
  /** 0-based column of a role, -1 when its header is not in the header row. */
  const find = (role: NominationRole) => (table.missing.includes(role) ? -1 : table.col[role] - 1);
  const c = {
    level: find("level"),
    kind: find("kind"),
    name: find("name"),
    unit: find("unit"),
    years: find("years"),
  };
  const missing = (["level", "kind", "name", "years"] as const).filter((role) => c[role] < 0).map(label);
  if (missing.length) {
    report.broken = true;
    report.problems.push({ sheet, cell: "", value: "", message: AWARD.layoutBroken(sheet, missing) });
    return undefined;
  }
  return c;
}

/** Adds one nomination row (sheet row `row`) to the report: its problems, its count, its note. */
function checkNomination(
  report: QuotaReport,
  r: unknown[],
  row: number,
  c: NominationColumns,
  sheet: string,
) {
  const cell = (j: number) => a1(row, j + 1);
  const text = (j: number) => (j >= 0 ? cleanText(quoteValue(r[j])) : "");
  if (![c.level, c.kind, c.name, c.unit, c.years].some((j) => text(j) !== "")) return;
  const name = text(c.name) || AWARD.unnamed(row);
  const problem = (j: number, message: string) =>
    report.problems.push({
      sheet,
      cell: cell(j),
      value: text(j),
      message: AWARD.listPersonIssue(name, text(j), message),
    });
  if (!text(c.name)) problem(c.name, AWARD.nameMissing);
  const kind = readKind(r[c.kind]);
  if (kind === "blank") problem(c.kind, AWARD.kindMissing);
  if (kind === "invalid") problem(c.kind, AWARD.kindInvalid);
  const years = readYears(r[c.years]);
  if (years !== null && Number.isNaN(years)) problem(c.years, AWARD.yearsInvalid);
  const level = readLevel(r[c.level]);
  if (level < 0) {
    problem(c.level, text(c.level) ? AWARD.levelInvalid : AWARD.levelMissing);
    report.uncounted++;
    return;
  }
  const q = report.counts[level];
  q.count++;
  report.total++;
  if (q.count > q.max)
    report.excess.push({
      sheet,
      cell: cell(c.name),
      value: name,
      message: AWARD.quotaExcess(name, q.level, q.count, q.max),
    });
  if (level === BELOW_WARD && kind === "individual")
    notePreference(report, cell(c.years), name, years, sheet);
}

/** Notes an individual below ward level with no service length given, or under the preferred years. */
function notePreference(
  report: QuotaReport,
  cell: string,
  name: string,
  years: number | null,
  sheet: string,
) {
  if (years === null) report.notes.push({ sheet, cell, value: "", message: AWARD.preferenceMissing(name) });
  else if (!Number.isNaN(years) && years < PREFERRED_YEARS)
    report.notes.push({
      sheet,
      cell,
      value: String(years),
      message: AWARD.preferenceNote(name, String(years).replace(".", ",")),
    });
}

/** Dialog lead and lines: one per level, the total, then what is over, what to fix, and the notes. */
export function quotaLines(r: QuotaReport): { lead: string; lines: string[] } {
  const over = r.totalOver > 0 || r.counts.some((q) => q.over > 0);
  const lead = over ? AWARD.quotaOver(r.total, TOTAL_QUOTA) : AWARD.quotaOk(r.total, TOTAL_QUOTA);
  return {
    lead,
    lines: [
      ...r.counts.map((q) => AWARD.quotaLine(q.level, q.count, q.max)),
      AWARD.quotaTotal(r.total, TOTAL_QUOTA),
      ...r.excess.map(formatProblem),
      ...(r.uncounted ? [AWARD.quotaUncounted(r.uncounted)] : []),
      ...r.problems.map(formatProblem),
      ...r.notes.map(formatProblem),
    ],
  };
}
