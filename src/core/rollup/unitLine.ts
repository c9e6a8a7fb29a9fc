/** The roll-up's one-line lists of units ("Tổ dân phố số 5, 9 phường Tân Phong; …"). */
import type { Unit, Ward } from "../model";
import { naturalCompare } from "../text";
import { SUMMARY } from "../text/sheets";

/**
 * How a list of units is written. "short" (the report's footnotes 48–49): "Tổ dân phố số 5, 9 phường
 * Tân Phong". "list" (its footnote 6): "Tổ dân phố số 5, số 16 (phường Tân Phong)".
 */
export type UnitLineStyle = "short" | "list";

/**
 * "Tổ dân phố số 5, 9 phường Tân Phong; bản Sáo Làn Than phường Quyết Thắng" — units grouped by ward
 * (in roster order), consecutive names sharing a prefix ("Tổ dân phố số") written once.
 */
export function unitLine(items: { unit: Unit; ward: Ward }[], style: UnitLineStyle = "short"): string {
  const byWard = new Map<string, { ward: Ward; units: Unit[] }>();
  for (const { unit, ward } of items) {
    const g = byWard.get(ward.code) ?? { ward, units: [] };
    g.units.push(unit);
    byWard.set(ward.code, g);
  }
  return [...byWard.values()]
    .map(({ ward, units }) =>
      !ward.name
        ? wardUnits(units, style)
        : style === "short"
          ? `${wardUnits(units, style)} ${lowerFirst(ward.name)}`
          : `${wardUnits(units, style)} (${lowerFirst(ward.name)})`,
    )
    .join("; ");
}

/**
 * One ward's units: tổ dân phố, then bản, then tổ, by name; "Tổ dân phố số 5, 9" for a shared prefix
 * ("Tổ dân phố số 5, số 9" in the list style, which keeps the prefix's last word).
 */
function wardUnits(units: Unit[], style: UnitLineStyle): string {
  const sorted = [...units].sort(
    (a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || naturalCompare(a.name, b.name),
  );
  const parts: string[] = [];
  let prefix = "";
  for (const u of sorted) {
    const m = /^(.*\D)\s*(\d+)$/.exec(u.name);
    const name = u.type === "ban" ? u.name.replace(/^Bản\b/, SUMMARY.banLower) : u.name;
    if (m && m[1].trim() === prefix)
      parts[parts.length - 1] += `, ${style === "list" ? lastWord(prefix) : ""}${m[2]}`;
    else {
      parts.push(name);
      prefix = m && u.type !== "ban" ? m[1].trim() : "";
    }
  }
  return parts.join(", ");
}

const TYPE_ORDER = { tdp: 0, ban: 1, to: 2 } as const;

/** "Tổ dân phố số" → "số " (the word before the number, kept in the list style). */
function lastWord(prefix: string): string {
  const w = prefix.split(/\s+/).at(-1) ?? "";
  return w ? `${w} ` : "";
}

export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
