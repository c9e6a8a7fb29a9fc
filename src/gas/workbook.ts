import { valuesOf as valuesByName } from "../core/workbook/sheets";
import type { GSheet, GSpreadsheet } from "./types";

export { workbookFramework, workbookRoster } from "../core/usecases/rollupWorkbook";

export interface WorkbookSnapshot {
  sheets: Map<string, GSheet>;
  values: Map<string, unknown[][]>;
}

/** getSheets once, then per sheet getName + getSheetValues (only for sheets `only` accepts). */
export function readWorkbook(ss: GSpreadsheet, only?: (name: string) => boolean): WorkbookSnapshot {
  const sheets = new Map<string, GSheet>();
  const values = new Map<string, unknown[][]>();
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    sheets.set(name, sheet);
    if (!only || only(name)) values.set(name, allValues(sheet));
  }
  return { sheets, values };
}

/**
 * The sheet's data grid in one call: getSheetValues(1, 1, -1, -1) reaches the last row and column
 * with data, like getDataRange().getValues() but one round trip fewer. An empty sheet has no grid:
 * it reads as one blank cell, as getDataRange gives.
 */
export function allValues(sheet: GSheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    return [[""]];
  }
}

export function valuesOf(snapshot: WorkbookSnapshot, name: string): unknown[][] | undefined {
  return valuesByName(snapshot.values, name);
}
