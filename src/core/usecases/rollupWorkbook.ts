/**
 * From a workbook's sheet values to everything the roll-up needs — shared by the Apps Script and the
 * xlsx adapters so both paths build the same input (same sheets skipped, same readers, same defaults).
 */

import { type ResultsRead, readAssignments, readResults } from "../appraisal/fieldAppraisal";
import { showValue } from "../cell";
import { CELL_TEXT_LIMIT, capSpecText } from "../cellLimit";
import type { Framework } from "../framework";
import { builtinFramework, DEFAULT_FRAMEWORK_ID } from "../frameworks";
import { frameworkFromRows } from "../frameworkTable";
import type { Roster } from "../model";
import type { Problem } from "../problem";
import { type RollupInput, type RollupResult, rollup } from "../rollup";
import { changedAfterSubmission } from "../submission/changes";
import { foldKey, looseKey } from "../text";
import { PROBLEM } from "../text/problems";
import { CRITERIA_TABLE, FIELD_APPRAISAL, SHEET, SUBMISSION } from "../vocabulary";
import { annexSpec } from "../workbook/annex";
import { isFixedSheet, valuesOf } from "../workbook/sheets";
import type { CellValue, SheetSpec } from "../workbook/spec";
import { type SummaryLayout, summarySpec } from "../workbook/summary";
import {
  type HistoryRead,
  historyBackupBlock,
  historySpec,
  type RosterRead,
  readHistory,
  readPlan,
  readRoster,
} from "../workbook/tables";
import type { WorkbookValues } from "../workbook/workbook";

/** The workbook's framework (Tiêu chí) or the default one when the sheet is absent. */
export function workbookFramework(rows: unknown[][] | undefined): {
  framework: Framework | null;
  problems: Problem[];
} {
  if (!rows) return { framework: builtinFramework(DEFAULT_FRAMEWORK_ID)!, problems: [] };
  const parsed = frameworkFromRows(rows);
  return {
    framework: parsed.framework,
    problems: parsed.problems.map((p) => ({ sheet: SHEET.criteria, ...p })),
  };
}

export function workbookRoster(rows: unknown[][] | undefined): RosterRead {
  return rows ? readRoster(rows) : { roster: { wards: [], units: [] }, cityEditors: [], problems: [] };
}

/** Sheets the roll-up does not need to read at all. */
export const UNREAD_BY_ROLLUP = [SHEET.guide, SHEET.summary];

export interface WorkbookTables {
  framework: Framework;
  year: number;
  roster: Roster;
  input: RollupInput;
  /** Lịch sử công nhận rows that could not be read, and its backup blocks: written back verbatim. */
  historyUnreadable: CellValue[][];
  historyBackup: CellValue[][];
}

export type TablesRead = ({ ok: true } & WorkbookTables) | { ok: false; problems: Problem[] };

export interface ReadOptions {
  /** Overrides Tiêu chí's Năm đánh giá (tdp --year). */
  year?: number;
  /** Today, to tell a history year in the future (default: now). */
  today?: Date;
}

/**
 * Everything the roll-up needs, read from the sheets' values. The evaluation year is explicit: from
 * `opts.year` or Tiêu chí's Năm đánh giá, never the calendar year — a wrong year rewrites history.
 */
export function readTables(all: WorkbookValues, opts: ReadOptions = {}): TablesRead {
  const skip = new Set(UNREAD_BY_ROLLUP.map(foldKey));
  const values = new Map([...all].filter(([name]) => !skip.has(foldKey(name))));
  const fw = workbookFramework(valuesOf(values, SHEET.criteria));
  if (!fw.framework) return { ok: false, problems: fw.problems };
  const roster = workbookRoster(valuesOf(values, SHEET.roster));
  const plan = workbookPlan(valuesOf(values, SHEET.plan));
  const history = workbookHistory(valuesOf(values, SHEET.history));
  const strangers = unknownHistoryUnits(history, roster.roster);
  // Without a Tiêu chí sheet the built-in framework's own year (2021) is no evaluation year.
  const criteriaRows = valuesOf(values, SHEET.criteria);
  const year = opts.year ?? (criteriaRows ? fw.framework.year : undefined);
  if (year === undefined) return { ok: false, problems: [yearMissing(criteriaRows)] };
  const late = historyYearProblems(history, year, opts.today ?? new Date());
  const field = fieldAppraisalOf(values, fw.framework);
  const tabs = [...values]
    .filter(([name]) => !isFixedSheet(name))
    .map(([sheet, v]) => ({ sheet, values: v }));
  return {
    ok: true,
    framework: fw.framework,
    year,
    roster: roster.roster,
    input: {
      framework: fw.framework,
      year,
      roster: roster.roster,
      plan: plan.plan,
      history: history.history,
      tabs,
      fieldFailures: field.failures,
      problems: [
        ...fw.problems,
        ...roster.problems,
        ...plan.problems,
        ...history.problems,
        ...strangers,
        ...late,
        ...changedAfterSubmission(values, fw.framework, roster.roster),
        ...field.problems,
      ],
    },
    historyUnreadable: history.unreadable,
    historyBackup: history.backup,
  };
}

/** Phân công and Kết quả thẩm định, when the workbook has them. */
function fieldAppraisalOf(
  values: WorkbookValues,
  fw: Framework,
): { failures: ResultsRead["failures"]; problems: Problem[] } {
  const assign = valuesOf(values, FIELD_APPRAISAL.assignSheet);
  if (!assign) return { failures: new Map(), problems: [] };
  const { departments, problems } = readAssignments(assign, fw);
  const results = readResults(valuesOf(values, FIELD_APPRAISAL.resultSheet), departments);
  return { failures: results.failures, problems: [...problems, ...results.problems] };
}

/** Kế hoạch as read, or an empty plan when the sheet is absent. */
function workbookPlan(rows: unknown[][] | undefined): ReturnType<typeof readPlan> {
  return rows ? readPlan(rows) : { plan: { registrations: [], yearTargets: [] }, problems: [] };
}

/** Lịch sử công nhận as read, or an empty history when the sheet is absent. */
function workbookHistory(rows: unknown[][] | undefined): HistoryRead {
  return rows ? readHistory(rows) : { history: [], rows: [], unreadable: [], backup: [], problems: [] };
}

/** History rows whose unit is not in the roster: they would silently turn "duy trì" into "công nhận mới". */
function unknownHistoryUnits(history: HistoryRead, roster: Roster): Problem[] {
  const codes = new Set(roster.units.map((u) => looseKey(u.code)));
  const strangers: Problem[] = [];
  history.history.forEach((h, i) => {
    if (!codes.has(looseKey(h.unit)))
      strangers.push({
        sheet: SHEET.history,
        cell: `A${history.rows[i]}`,
        value: h.unit,
        message: PROBLEM.historyUnitUnknown,
      });
  });
  return strangers;
}

/** The problem that stops a roll-up without a year: at Tiêu chí's Năm đánh giá cell, or below the table. */
function yearMissing(rows: unknown[][] | undefined): Problem {
  const r = rows?.findIndex((row) => foldKey(row?.[0]) === foldKey(CRITERIA_TABLE.rowKind.year)) ?? -1;
  if (r >= 0)
    return {
      sheet: SHEET.criteria,
      cell: `B${r + 1}`,
      value: showValue(rows![r][1] ?? ""),
      message: PROBLEM.yearMissing,
    };
  return {
    sheet: SHEET.criteria,
    cell: `A${(rows?.length ?? 0) + 1}`,
    value: "",
    message: PROBLEM.yearRowMissing,
  };
}

/** History years after the evaluation year, or in the future, are typos until proven otherwise. */
function historyYearProblems(history: HistoryRead, year: number, today: Date): Problem[] {
  const thisYear = today.getFullYear();
  return history.history.flatMap((h, i) => {
    if (h.year <= year) return [];
    const message = h.year > thisYear ? PROBLEM.historyYearFuture(thisYear) : PROBLEM.historyYearAfter(year);
    return [{ sheet: SHEET.history, cell: `B${history.rows[i]}`, value: String(h.year), message }];
  });
}

export interface WorkbookRollup {
  tables: WorkbookTables;
  result: RollupResult;
  /** Tổng hợp and Lịch sử công nhận, as both adapters write them. */
  summary: SheetSpec;
  summaryLayout: SummaryLayout;
  /** Danh sách công nhận: the annex of the recognition decision. */
  annex: SheetSpec;
  history: SheetSpec;
  /** Lịch sử công nhận must not be written: a hold was not confirmed (`history` is then unchanged). */
  historyHeld: boolean;
}

export type WorkbookRollupOutcome = ({ ok: true } & WorkbookRollup) | { ok: false; problems: Problem[] };

/**
 * Compute everything (nothing is written here): the adapters write the two specs last. When
 * `historyHeld` is true the user has not confirmed a hold (docs/report.md): write Tổng hợp only.
 */
export function rollupWorkbook(
  values: WorkbookValues,
  opts: ReadOptions & { cellTextLimit?: number; confirmHistory?: boolean } = {},
): WorkbookRollupOutcome {
  const tables = readTables(values, opts);
  if (!tables.ok) return tables;
  const result = rollup({ ...tables.input, confirmHistory: opts.confirmHistory });
  const describe = describer(tables.roster);
  const limit = opts.cellTextLimit ?? CELL_TEXT_LIMIT.sheets;
  const history = historySpec(
    result.history,
    describe,
    tables.historyUnreadable,
    backupRows(tables, result, describe),
  );
  result.report.problems.push(...capSpecText(history, limit));
  let { spec, layout } = summarySpec(result.report);
  const cut = capSpecText(spec, limit);
  if (cut.length) {
    // Say so in the summary itself: its problems section lists each cut cell.
    result.report.problems.push(...cut);
    ({ spec, layout } = summarySpec(result.report));
    capSpecText(spec, limit);
  }
  const annex = annexSpec(result.report);
  capSpecText(annex, limit);
  return {
    ok: true,
    tables,
    result,
    summary: spec,
    summaryLayout: layout,
    annex,
    history,
    historyHeld: !result.report.history.written,
  };
}

/** Unit code → its name and ward name, from one index of the roster. */
function describer(roster: Roster): (code: string) => { name: string; ward: string } {
  const wards = new Map(roster.wards.map((w) => [w.code, w.name]));
  const units = new Map(roster.units.map((u) => [u.code, u]));
  return (code) => {
    const u = units.get(code);
    return { name: u?.name ?? "", ward: (u && wards.get(u.ward)) ?? "" };
  };
}

/** Backup blocks to keep: the old ones, and a new one for the year when a confirmed hold changed it. */
function backupRows(
  tables: WorkbookTables,
  result: RollupResult,
  describe: (code: string) => { name: string; ward: string },
): CellValue[][] {
  const h = result.report.history;
  const changed = h.written && h.holds.length > 0 && (h.added.length > 0 || h.removed.length > 0);
  if (!changed) return tables.historyBackup;
  const year = tables.year;
  const old = tables.input.history.filter((x) => x.year === year);
  return [...historyBackupBlock(year, old, describe), ...tables.historyBackup];
}

// Tab order: fixed sheets first, ward tabs, then Tổng hợp and Lịch sử công nhận.
const ORDER = [SHEET.guide, SHEET.criteria, SHEET.roster, SHEET.plan];
const LAST = [
  SUBMISSION.boardSheet,
  FIELD_APPRAISAL.assignSheet,
  FIELD_APPRAISAL.resultSheet,
  SHEET.summary,
  SHEET.annex,
  SHEET.history,
  SHEET.fileInfo,
  SHEET.collectLog,
  SUBMISSION.recordSheet,
];

export function sheetRank(name: string): number {
  const i = ORDER.findIndex((n) => foldKey(n) === foldKey(name));
  if (i >= 0) return i;
  const j = LAST.findIndex((n) => foldKey(n) === foldKey(name));
  return j >= 0 ? 100 + j : 50;
}
