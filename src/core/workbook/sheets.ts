/** The workbook as sheets by name: its fixed sheets, and the one lenient lookup every reader uses. */

import { foldKey } from "../text";
import { SHEET } from "../vocabulary";

/** The sheets every workbook has; any other sheet may be a ward tab. */
export const FIXED_SHEETS: readonly string[] = [
  SHEET.guide,
  SHEET.criteria,
  SHEET.roster,
  SHEET.plan,
  SHEET.summary,
  SHEET.history,
];

const FIXED_KEYS = new Set(FIXED_SHEETS.map(foldKey));

/** Whether `name` is one of the fixed sheets, matched like findSheet. */
export function isFixedSheet(name: string): boolean {
  return FIXED_KEYS.has(foldKey(name));
}

/** The entry whose sheet name matches `name` leniently (case, NFC/NFD, diacritics), first one wins. */
export function findSheet<T>(sheets: Iterable<readonly [string, T]>, name: string): [string, T] | undefined {
  const key = foldKey(name);
  for (const [n, v] of sheets) if (foldKey(n) === key) return [n, v];
  return undefined;
}
