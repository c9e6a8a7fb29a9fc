/** `tdp check`: the add-in's "Kiểm tra tab này" for every ward tab, plus the city office's sheets. */

import type { Problem } from "../core/problem";
import { foldKey } from "../core/text";
import { CLI } from "../core/text/cli";
import { FIXED_SHEETS } from "../core/workbook/sheets";
import { validateWardTab } from "../core/usecases/checkTab";
import { isWardTabRead, readWardTab } from "../core/workbook/wardTab";
import { readTables, type WorkbookValues } from "./rollup";
import { type MissingTab, missingWardTabs } from "./sheets";

export interface CheckResult {
  /** Ward tabs checked, in tab order. */
  tabs: string[];
  problems: Problem[];
  missing: MissingTab[];
  /** True when Tiêu chí is broken: nothing else could be checked. */
  criteriaBroken: boolean;
}

export function checkWorkbook(values: WorkbookValues): CheckResult {
  const tables = readTables(values);
  if (!tables.ok) return { tabs: [], problems: tables.problems, missing: [], criteriaBroken: true };
  const { framework, roster, year, input } = tables;
  const problems: Problem[] = [...(input.problems ?? [])];
  const fixed = new Set(FIXED_SHEETS.map(foldKey));
  const tabs: string[] = [];
  for (const [sheet, v] of values) {
    if (fixed.has(foldKey(sheet))) continue;
    if (!isWardTabRead(readWardTab(sheet, v, framework))) continue;
    tabs.push(sheet);
    problems.push(...validateWardTab(sheet, v, framework, roster, year));
  }
  const missing = missingWardTabs(values, roster, framework);
  for (const m of missing)
    problems.push({
      sheet: m.ward.tab,
      cell: "",
      value: "",
      message: CLI.OUT.missingTab(m.ward.name, m.ward.tab),
    });
  return { tabs, problems, missing, criteriaBroken: false };
}
