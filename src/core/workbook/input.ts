/**
 * From a workbook's sheet values to everything the roll-up needs — shared by the Apps Script and the
 * xlsx adapters so both paths build the same input (same sheets skipped, same readers, same defaults).
 */

import { CELL_TEXT_LIMIT, capSpecText } from "../cellLimit";
import type { Framework } from "../framework";
import { builtinFramework, DEFAULT_FRAMEWORK_ID } from "../frameworks";
import { frameworkFromRows } from "../frameworkTable";
import { PROBLEM, SHEET } from "../messages";
import type { Roster } from "../model";
import type { Problem } from "../problem";
import { FIXED_SHEET_NAMES, type RollupInput, type RollupResult, rollup } from "../rollup";
import { foldKey, looseKey } from "../text";
import type { CellValue, SheetSpec } from "./spec";
import { type SummaryLayout, summarySpec } from "./summary";
import { historySpec, type RosterRead, readHistory, readPlan, readRoster } from "./tables";

export type WorkbookValues = ReadonlyMap<string, unknown[][]>;

/** A sheet's values by name, matched leniently (case, NFC/NFD, diacritics). */
export function valuesOf(values: WorkbookValues, name: string): unknown[][] | undefined {
  for (const [n, v] of values) if (foldKey(n) === foldKey(name)) return v;
  return undefined;
}

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
  /** Lịch sử công nhận rows that could not be read: written back verbatim. */
  historyUnreadable: CellValue[][];
}

export type TablesRead = ({ ok: true } & WorkbookTables) | { ok: false; problems: Problem[] };

/** Everything the roll-up needs, read from the sheets' values. `year` overrides the framework's year. */
export function readTables(all: WorkbookValues, opts: { year?: number } = {}): TablesRead {
  const skip = new Set(UNREAD_BY_ROLLUP.map(foldKey));
  const values = new Map([...all].filter(([name]) => !skip.has(foldKey(name))));
  const fw = workbookFramework(valuesOf(values, SHEET.criteria));
  if (!fw.framework) return { ok: false, problems: fw.problems };
  const roster = workbookRoster(valuesOf(values, SHEET.roster));
  const planRows = valuesOf(values, SHEET.plan);
  const historyRows = valuesOf(values, SHEET.history);
  const plan = planRows ? readPlan(planRows) : { plan: { registrations: [], yearTargets: [] }, problems: [] };
  const history = historyRows
    ? readHistory(historyRows)
    : { history: [], rows: [], unreadable: [], problems: [] };
  // A history row whose code is not in the roster would silently turn "duy trì" into "công nhận mới".
  const codes = new Set(roster.roster.units.map((u) => looseKey(u.code)));
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
  const year = opts.year ?? fw.framework.year ?? new Date().getFullYear();
  const fixed = new Set(FIXED_SHEET_NAMES.map(foldKey));
  const tabs = [...values]
    .filter(([name]) => !fixed.has(foldKey(name)))
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
      problems: [...roster.problems, ...plan.problems, ...history.problems, ...strangers],
    },
    historyUnreadable: history.unreadable,
  };
}

export interface WorkbookRollup {
  tables: WorkbookTables;
  result: RollupResult;
  /** Tổng hợp and Lịch sử công nhận, as both adapters write them. */
  summary: SheetSpec;
  summaryLayout: SummaryLayout;
  history: SheetSpec;
}

export type WorkbookRollupOutcome = ({ ok: true } & WorkbookRollup) | { ok: false; problems: Problem[] };

/** Compute everything (nothing is written here): the adapters write the two specs last. */
export function rollupWorkbook(
  values: WorkbookValues,
  opts: { year?: number; cellTextLimit?: number } = {},
): WorkbookRollupOutcome {
  const tables = readTables(values, opts);
  if (!tables.ok) return tables;
  const result = rollup(tables.input);
  const { roster } = tables;
  const describe = (code: string) => {
    const u = roster.units.find((x) => x.code === code);
    return { name: u?.name ?? "", ward: roster.wards.find((w) => w.code === u?.ward)?.name ?? "" };
  };
  const limit = opts.cellTextLimit ?? CELL_TEXT_LIMIT.sheets;
  let { spec, layout } = summarySpec(result.report);
  const cut = capSpecText(spec, limit);
  if (cut.length) {
    // Say so in the summary itself: its problems section lists each cut cell.
    result.report.problems.push(...cut);
    ({ spec, layout } = summarySpec(result.report));
    capSpecText(spec, limit);
  }
  const history = historySpec(result.history, describe, tables.historyUnreadable);
  result.report.problems.push(...capSpecText(history, limit));
  return {
    ok: true,
    tables,
    result,
    summary: spec,
    summaryLayout: layout,
    history,
  };
}

// Tab order: fixed sheets first, ward tabs, then Tổng hợp and Lịch sử công nhận.
const ORDER = [SHEET.guide, SHEET.criteria, SHEET.roster, SHEET.plan];
const LAST = [SHEET.summary, SHEET.history];

export function sheetRank(name: string): number {
  const i = ORDER.findIndex((n) => foldKey(n) === foldKey(name));
  if (i >= 0) return i;
  const j = LAST.findIndex((n) => foldKey(n) === foldKey(name));
  return j >= 0 ? 100 + j : 50;
}
