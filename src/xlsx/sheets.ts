/** Which sheets a workbook must have, and the closest existing name when one seems renamed. */
import type { Framework } from "../core/framework";
import type { Roster, Ward } from "../core/model";
import { editDistance, foldKey } from "../core/text";
import { SHEET } from "../core/vocabulary";
import { FIXED_SHEETS } from "../core/workbook/sheets";
import { isWardTabRead, readWardTab } from "../core/workbook/wardTab";

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
  const fixed = new Set(FIXED_SHEETS.map(foldKey));
  const others = names.filter((n) => !fixed.has(foldKey(n)));
  for (const sheet of [...REQUIRED_SHEETS, ...OPTIONAL_SHEETS]) {
    if (present.has(foldKey(sheet))) continue;
    const found = closestName(sheet, others);
    if (found) return { kind: "renamed", sheet, found };
    if (REQUIRED_SHEETS.includes(sheet)) return { kind: "missing", sheet };
  }
  return undefined;
}

export interface MissingTab {
  ward: Ward;
  /** A sheet that is not a ward tab of another ward and whose name is close to the expected one. */
  suggestion?: string;
}

/** Roster wards whose tab the roll-up cannot find (neither by name nor by the ward code in B2). */
export function missingWardTabs(
  values: ReadonlyMap<string, unknown[][]>,
  roster: Roster,
  fw: Framework,
): MissingTab[] {
  const fixed = new Set(FIXED_SHEETS.map(foldKey));
  const names = [...values.keys()].filter((n) => !fixed.has(foldKey(n)));
  const reads = new Map(names.map((n) => [n, readWardTab(n, values.get(n)!, fw)]));
  const claimed = new Set<string>();
  const out: MissingTab[] = [];
  for (const ward of roster.wards) {
    const byName = names.find((n) => foldKey(n) === foldKey(ward.tab));
    const byCode = names.find((n) => {
      const r = reads.get(n)!;
      return isWardTabRead(r) && r.wardCode !== "" && foldKey(r.wardCode) === foldKey(ward.code);
    });
    const found = byName ?? byCode;
    if (found) {
      claimed.add(found);
      continue;
    }
    out.push({ ward });
  }
  const free = names.filter((n) => !claimed.has(n));
  for (const m of out) m.suggestion = closestName(m.ward.tab, free);
  return out;
}
