/** The workbook as sheets by name: its fixed sheets, and the one lenient lookup every reader uses. */

import { editDistance, foldKey } from "../text";
import { FIELD_APPRAISAL, SHEET, SUBMISSION } from "../vocabulary";

/** The sheets every workbook has; any other sheet may be a ward tab. */
export const FIXED_SHEETS: readonly string[] = [
  SHEET.guide,
  SHEET.criteria,
  SHEET.roster,
  SHEET.plan,
  SHEET.summary,
  SHEET.history,
];

/**
 * Sheets of the file-per-ward, submission and appraisal commands (a ward file's identity, the collect
 * log, the board and the records, the appraisal by field): never ward tabs.
 */
export const SERVICE_SHEETS: readonly string[] = [
  SHEET.fileInfo,
  SHEET.collectLog,
  SUBMISSION.boardSheet,
  SUBMISSION.recordSheet,
  FIELD_APPRAISAL.assignSheet,
  FIELD_APPRAISAL.resultSheet,
  SHEET.annex,
];

const FIXED_KEYS = new Set([...FIXED_SHEETS, ...SERVICE_SHEETS].map(foldKey));

/** Whether `name` is one of the fixed sheets (or a service sheet), matched like findSheet. */
export function isFixedSheet(name: string): boolean {
  return FIXED_KEYS.has(foldKey(name));
}

/** A sheet's values by name, matched leniently like findSheet. */
export function valuesOf<T>(sheets: Iterable<readonly [string, T]>, name: string): T | undefined {
  return findSheet(sheets, name)?.[1];
}

/** The entry whose sheet name matches `name` leniently (case, NFC/NFD, diacritics), first one wins. */
export function findSheet<T>(sheets: Iterable<readonly [string, T]>, name: string): [string, T] | undefined {
  const key = foldKey(name);
  for (const [n, v] of sheets) if (foldKey(n) === key) return [n, v];
  return undefined;
}

/** The name among `candidates` closest to `wanted` (diacritics and case ignored), if close enough. */
export function closestName(wanted: string, candidates: Iterable<string>): string | undefined {
  const key = foldKey(wanted);
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const name of candidates) {
    const k = foldKey(name);
    if (!k) continue;
    const d = editDistance(key, k);
    const contains = k.includes(key) || key.includes(k);
    const limit = Math.max(2, Math.floor(Math.max(key.length, k.length) * 0.4));
    if (!contains && d > limit) continue;
    const score = contains ? d / 10 : d;
    if (score < bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/** Sheets the CLI cannot work without (the add-in would fall back to defaults and say nothing). */
export const REQUIRED_SHEETS: string[] = [SHEET.criteria, SHEET.roster];
/** Optional input sheets: absent is fine (empty), but a near name means it was renamed. */
const OPTIONAL_SHEETS: string[] = [SHEET.plan, SHEET.history];

export type SheetIssue =
  | { kind: "missing"; sheet: string }
  | { kind: "renamed"; sheet: string; found: string };

/** The first required sheet that is missing or renamed, or undefined when the workbook has them all. */
export function sheetIssue(names: string[]): SheetIssue | undefined {
  const present = new Set(names.map(foldKey));
  const others = names.filter((n) => !isFixedSheet(n));
  for (const sheet of [...REQUIRED_SHEETS, ...OPTIONAL_SHEETS]) {
    if (present.has(foldKey(sheet))) continue;
    const found = closestName(sheet, others);
    if (found) return { kind: "renamed", sheet, found };
    if (REQUIRED_SHEETS.includes(sheet)) return { kind: "missing", sheet };
  }
  return undefined;
}
