/** Reading the workbook: every sheet's values in one batched read each. */

import type { Framework } from "../core/framework";
import { builtinFramework, DEFAULT_FRAMEWORK_ID } from "../core/frameworks";
import { frameworkFromRows } from "../core/frameworkTable";
import { SHEET } from "../core/messages";
import type { Problem } from "../core/problem";
import { foldKey } from "../core/text";
import { type RosterRead, readRoster } from "../core/workbook/tables";
import type { GSheet, GSpreadsheet } from "./types";

export interface WorkbookSnapshot {
  sheets: Map<string, GSheet>;
  values: Map<string, unknown[][]>;
}

/** getSheets once, then per sheet getName + getDataRange + getValues. */
export function readWorkbook(ss: GSpreadsheet, only?: (name: string) => boolean): WorkbookSnapshot {
  const sheets = new Map<string, GSheet>();
  const values = new Map<string, unknown[][]>();
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    sheets.set(name, sheet);
    if (!only || only(name)) values.set(name, sheet.getDataRange().getValues());
  }
  return { sheets, values };
}

export function valuesOf(snapshot: WorkbookSnapshot, name: string): unknown[][] | undefined {
  for (const [n, v] of snapshot.values) if (foldKey(n) === foldKey(name)) return v;
  return undefined;
}

/** The workbook's framework (Tiêu chí) or the default one; problems when the sheet is broken. */
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
