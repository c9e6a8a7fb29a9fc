/**
 * Who may edit what ("no one where they don't belong"): the city office edits everything; a ward's
 * editors edit only their tab's input cells; header and result rows of ward tabs are city-only.
 */
import { a1Range } from "../a1";
import { PROTECTION, SHEET } from "../messages";
import type { Roster } from "../model";
import { foldKey } from "../text";
import type { SheetSpec } from "./spec";
import { HEADER_ROW } from "./wardTab";

export const PROTECTION_PREFIX = "TDP: ";

export interface ProtectionPlanItem {
  sheet: string;
  /** undefined = the whole sheet */
  range?: string;
  description: string;
  editors: string[];
}

const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim().toLowerCase()).filter(Boolean))].sort();

export function protectionPlan(
  specs: SheetSpec[],
  roster: Roster,
  cityEditors: string[],
): ProtectionPlanItem[] {
  const city = uniq(cityEditors);
  const items: ProtectionPlanItem[] = [];
  const cityOnly = [SHEET.guide, SHEET.criteria, SHEET.roster, SHEET.plan, SHEET.summary, SHEET.history];
  for (const spec of specs) {
    if (cityOnly.some((n) => foldKey(n) === foldKey(spec.name))) {
      items.push({
        sheet: spec.name,
        description: `${PROTECTION_PREFIX}${PROTECTION.cityOnly}`,
        editors: city,
      });
      continue;
    }
    const ward =
      roster.wards.find((w) => foldKey(w.tab) === foldKey(spec.name)) ??
      roster.wards.find((w) => foldKey(w.code) === foldKey(String(spec.values[1]?.[1] ?? "")));
    if (!ward || !spec.formulas.length) continue;
    const width = spec.values[0].length;
    const resultFrom = Math.min(...spec.formulas.map((f) => f.row));
    items.push({
      sheet: spec.name,
      description: `${PROTECTION_PREFIX}${PROTECTION.wardTab(ward.name)}`,
      editors: uniq([...city, ...ward.editors]),
    });
    // Rows 1–2, the code/text columns and the note header; the unit header cells stay open (dropdown).
    items.push({
      sheet: spec.name,
      range: a1Range(1, 1, HEADER_ROW - 1, width),
      description: `${PROTECTION_PREFIX}${PROTECTION.wardHeader(ward.name)}`,
      editors: city,
    });
    items.push({
      sheet: spec.name,
      range: a1Range(HEADER_ROW, 1, resultFrom - HEADER_ROW, 2),
      description: `${PROTECTION_PREFIX}${PROTECTION.codeColumns(ward.name)}`,
      editors: city,
    });
    items.push({
      sheet: spec.name,
      range: a1Range(HEADER_ROW, width, 1, 1),
      description: `${PROTECTION_PREFIX}${PROTECTION.noteHeader(ward.name)}`,
      editors: city,
    });
    items.push({
      sheet: spec.name,
      range: a1Range(resultFrom, 1, spec.values.length - resultFrom + 1, width),
      description: `${PROTECTION_PREFIX}${PROTECTION.resultRows(ward.name)}`,
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
  editors: string[];
}

/**
 * The description written on a protection: the item's own plus what was applied, e.g.
 * "TDP: dòng kết quả Phường X [A40:AE48; a@x, b@y]". A re-run compares this one string instead of
 * reading the range and every editor back; when the roster changed, it says whom to add or remove.
 */
export function protectionRecord(item: ProtectionPlanItem, editors: string[]): string {
  return `${item.description} [${item.range ? `${item.range}; ` : ""}${editors.join(", ")}]`;
}

/** The record in a description written by protectionRecord; undefined for any other description. */
export function parseProtectionRecord(description: string): ProtectionRecord | undefined {
  const m = /^(.*) \[(?:([A-Z]+\d+(?::[A-Z]+\d+)?); )?([^\]]*)\]$/.exec(description);
  if (!m) return undefined;
  return { base: m[1], range: m[2], editors: m[3] ? m[3].split(", ") : [] };
}

/** "Phường Tân Phong (A1:H3): a@x, b@y" */
export function describeProtection(p: ProtectionPlanItem): string {
  return `${p.sheet}${p.range ? ` (${p.range})` : ""}: ${p.editors.join(", ") || PROTECTION.ownerOnly}`;
}
