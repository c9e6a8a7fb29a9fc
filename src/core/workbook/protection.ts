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

/** "Phường Tân Phong (A1:H3): a@x, b@y" */
export function describeProtection(p: ProtectionPlanItem): string {
  return `${p.sheet}${p.range ? ` (${p.range})` : ""}: ${p.editors.join(", ") || PROTECTION.ownerOnly}`;
}
