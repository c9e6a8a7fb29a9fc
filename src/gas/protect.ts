/** Applies a protection plan idempotently: our protections are found again by their description. */
import { PROTECTION_PREFIX, type ProtectionPlanItem } from "../core/workbook/protection";
import { currentUserEmail, type GProtection, type GSheet, type GSpreadsheetApp } from "./types";

export function applyProtections(
  app: GSpreadsheetApp,
  sheets: Map<string, GSheet>,
  plan: ProtectionPlanItem[],
  me: string = currentUserEmail(),
): void {
  const bySheet = new Map<string, ProtectionPlanItem[]>();
  for (const item of plan) bySheet.set(item.sheet, [...(bySheet.get(item.sheet) ?? []), item]);
  for (const [name, items] of bySheet) {
    const sheet = sheets.get(name);
    if (!sheet) continue;
    const ranges = sheet
      .getProtections(app.ProtectionType.RANGE)
      .filter((p) => p.getDescription().startsWith(PROTECTION_PREFIX));
    const byDescription = new Map(ranges.map((p) => [p.getDescription(), p]));
    for (const item of items) {
      let p: GProtection;
      if (item.range) {
        const existing = byDescription.get(item.description);
        byDescription.delete(item.description);
        // A range protection cannot move: replace it when the layout changed.
        if (existing && existing.getRange().getA1Notation() === item.range) p = existing;
        else {
          existing?.remove();
          p = sheet.getRange(item.range).protect();
        }
      } else p = sheet.protect();
      p.setDescription(item.description);
      setEditors(p, item.editors, me);
    }
    for (const stale of byDescription.values()) stale.remove();
  }
}

/**
 * Editors become exactly `wanted` plus the user running this (Sheets never removes the owner or the
 * current user). Adding comes before removing, as Google's own sample does: removing first can throw
 * when the runner's access comes through a group.
 */
function setEditors(p: GProtection, wanted: string[], me: string): void {
  const want = new Set([...wanted, me].map((e) => e.toLowerCase()).filter(Boolean));
  const current = p.getEditors().map((u) => u.getEmail().toLowerCase());
  const missing = [...want].filter((e) => !current.includes(e));
  const extra = current.filter((e) => !want.has(e));
  if (missing.length) p.addEditors(missing);
  if (extra.length) p.removeEditors(extra);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}
