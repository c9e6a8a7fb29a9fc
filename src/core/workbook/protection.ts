/**
 * Who may edit what ("no one where they don't belong"): the city office edits everything; a ward's
 * editors edit only their tab's input cells; header and result rows of ward tabs are city-only.
 *
 * A ward tab takes two protections (each costs Apps Script about a second to make): the sheet,
 * city-only except its input cells, and a range over the input cells for the ward and the city.
 * A cell can be edited by whoever is an editor of every protection covering it, so the note header
 * inside that range stays city-only: the sheet's unprotected ranges leave it out.
 */
import { a1Range } from "../a1";
import type { Roster, Ward } from "../model";
import { foldKey } from "../text";
import { PROTECTION, SHEET } from "../vocabulary";
import type { SheetSpec } from "./spec";
import { FIRST_UNIT_COL, HEADER_ROW } from "./wardTab";

export const PROTECTION_PREFIX = "TDP: ";

export interface ProtectionPlanItem {
  sheet: string;
  /** undefined = the whole sheet */
  range?: string;
  /** For a sheet protection: the ranges it leaves open (another protection covers them). */
  unprotected?: string[];
  description: string;
  editors: string[];
}

const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim().toLowerCase()).filter(Boolean))].sort();

/**
 * `locked`: codes of the wards whose tab is sent for appraisal (Hồ sơ gửi says "Đã gửi"): their input
 * cells are the city office's only, until it returns the tab.
 */
export function protectionPlan(
  specs: SheetSpec[],
  roster: Roster,
  cityEditors: string[],
  locked: readonly string[] = [],
): ProtectionPlanItem[] {
  const city = uniq(cityEditors);
  const lockedCodes = new Set(locked.map(foldKey));
  const items: ProtectionPlanItem[] = [];
  const cityOnly = [SHEET.guide, SHEET.criteria, SHEET.roster, SHEET.plan, SHEET.summary, SHEET.history];
  // Wards by folded tab name and by folded code, the first of a key wins (as a search of the list would).
  const byTab = new Map<string, Ward>();
  const byCode = new Map<string, Ward>();
  for (const w of roster.wards) {
    if (!byTab.has(foldKey(w.tab))) byTab.set(foldKey(w.tab), w);
    if (!byCode.has(foldKey(w.code))) byCode.set(foldKey(w.code), w);
  }
  for (const spec of specs) {
    if (cityOnly.some((n) => foldKey(n) === foldKey(spec.name))) {
      items.push({
        sheet: spec.name,
        description: `${PROTECTION_PREFIX}${PROTECTION.cityOnly}`,
        editors: city,
      });
      continue;
    }
    const ward = byTab.get(foldKey(spec.name)) ?? byCode.get(foldKey(String(spec.values[1]?.[1] ?? "")));
    if (!ward || !spec.formulas.length) continue;
    const width = spec.values[0].length;
    let resultFrom = spec.values.length + 1;
    for (const f of spec.formulas) resultFrom = Math.min(resultFrom, f.row);
    // The input cells: unit headers (dropdown) and the body, units and notes, down to the results.
    const input = a1Range(HEADER_ROW, FIRST_UNIT_COL, resultFrom - HEADER_ROW, width - FIRST_UNIT_COL + 1);
    // Made before the sheet's own protection closes the rest: a run that stops in between leaves
    // the ward's cells protected either way.
    items.push({
      sheet: spec.name,
      range: input,
      description: `${PROTECTION_PREFIX}${PROTECTION.wardInput(ward.name)}`,
      editors: lockedCodes.has(foldKey(ward.code)) ? city : uniq([...city, ...ward.editors]),
    });
    items.push({
      sheet: spec.name,
      unprotected: [
        a1Range(HEADER_ROW, FIRST_UNIT_COL, 1, width - FIRST_UNIT_COL),
        a1Range(HEADER_ROW + 1, FIRST_UNIT_COL, resultFrom - HEADER_ROW - 1, width - FIRST_UNIT_COL + 1),
      ],
      description: `${PROTECTION_PREFIX}${PROTECTION.wardTab(ward.name)}`,
      editors: city,
    });
  }
  return items;
}

/** The editors a protection gets: the plan's plus the user running the command, lower case, sorted. */
export function protectionEditors(item: ProtectionPlanItem, me: string): string[] {
  return uniq([...item.editors, me]);
}

/** What a protection's description records about the last time it was applied. */
export interface ProtectionRecord {
  /** The plan item's description (how the protection is found again). */
  base: string;
  range?: string;
  unprotected?: string[];
  editors: string[];
}

/**
 * The description written on a protection: the item's own plus what was applied, e.g.
 * "TDP: dòng kết quả Phường X [A40:AE48; a@x, b@y]". A re-run compares this one string instead of
 * reading the range and every editor back; when the roster changed, it says whom to add or remove.
 */
export function protectionRecord(item: ProtectionPlanItem, editors: string[]): string {
  const range = item.range ? `${item.range}; ` : "";
  const open = item.unprotected?.length ? `${OPEN} ${item.unprotected.join(" ")}; ` : "";
  return `${item.description} [${range}${open}${editors.join(", ")}]`;
}

/** Marks the unprotected ranges in a record. */
const OPEN = PROTECTION.openMarker;
const RECORD = new RegExp(
  `^(.*) \\[(?:([A-Z]+\\d+(?::[A-Z]+\\d+)?); )?(?:${OPEN} ([A-Z0-9: ]+); )?([^\\]]*)\\]$`,
);

/** The record in a description written by protectionRecord; undefined for any other description. */
export function parseProtectionRecord(description: string): ProtectionRecord | undefined {
  const m = RECORD.exec(description);
  if (!m) return undefined;
  return {
    base: m[1],
    range: m[2],
    unprotected: m[3] ? m[3].split(" ") : undefined,
    editors: m[4] ? m[4].split(", ") : [],
  };
}

/** "Phường Tân Phong (A1:H3): a@x, b@y" */
export function describeProtection(p: ProtectionPlanItem): string {
  return `${p.sheet}${p.range ? ` (${p.range})` : ""}: ${p.editors.join(", ") || PROTECTION.ownerOnly}`;
}
