import { valuesOf as valuesByName } from "../core/workbook/input";
import type { GSheet, GSpreadsheet } from "./types";

export { workbookFramework, workbookRoster } from "../core/workbook/input";

export interface WorkbookSnapshot {
  sheets: Map<string, GSheet>;
  values: Map<string, unknown[][]>;
}

/** getSheets once, then per sheet getName + getDataRange + getValues (only for sheets `only` accepts). */
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
  return valuesByName(snapshot.values, name);
}
