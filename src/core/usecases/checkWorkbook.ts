/**
 * Check the whole workbook (`tdp check`): "Kiểm tra tab này" for every ward tab, the problems of the city
 * office's sheets, and the roster wards whose tab cannot be found.
 */
import type { Roster, Ward } from "../model";
import type { Problem } from "../problem";
import { foldKey } from "../text";
import { CLI } from "../text/cli";
import { closestName } from "../workbook/sheets";
import { Workbook, type WorkbookValues } from "../workbook/workbook";
import { validateWardTab } from "./checkTab";
import { readTables } from "./rollupWorkbook";

export interface MissingTab {
  ward: Ward;
  /** A sheet that is not a ward tab of another ward and whose name is close to the expected one. */
  suggestion?: string;
}

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
  const book = new Workbook(values, framework);
  const problems: Problem[] = [...(input.problems ?? [])];
  const tabs = book.otherSheets().filter((name) => book.readableTab(name));
  for (const name of tabs)
    problems.push(
      ...validateWardTab(name, values.get(name) ?? [], framework, roster, year, book.wardTab(name)),
    );
  const missing = missingWardTabs(book, roster);
  for (const m of missing)
    problems.push({
      sheet: m.ward.tab,
      cell: "",
      value: "",
      message: CLI.OUT.missingTab(m.ward.name, m.ward.tab),
    });
  return { tabs, problems, missing, criteriaBroken: false };
}

/** Roster wards whose tab the roll-up cannot find (neither by name nor by the ward code in B2). */
export function missingWardTabs(book: Workbook, roster: Roster): MissingTab[] {
  const names = book.otherSheets();
  const claimed = new Set<string>();
  const out: MissingTab[] = [];
  // Other sheets by folded name, the first of a name wins (as a search of the list would).
  const byKey = new Map<string, string>();
  for (const n of names) if (!byKey.has(foldKey(n))) byKey.set(foldKey(n), n);
  for (const ward of roster.wards) {
    const found = byKey.get(foldKey(ward.tab)) ?? book.tabsWithWardCode(ward)[0]?.name;
    if (found) claimed.add(found);
    else out.push({ ward });
  }
  const free = names.filter((n) => !claimed.has(n));
  for (const m of out) m.suggestion = closestName(m.ward.tab, free);
  return out;
}
