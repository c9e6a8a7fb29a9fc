/** Which units a ward is expected to evaluate in a year (Kế hoạch and Lịch sử công nhận decide). */
import { activeIn, type History, type Plan, type Roster, type Unit, type Ward } from "./model";
import { looseKey, naturalCompare } from "./text";

/** Units a ward evaluates in `year`: registered by then or recognized before; all active units when no plan. */
export function expectedUnits(
  roster: Roster,
  plan: Plan,
  history: History,
  ward: Ward,
  year: number,
): Unit[] {
  const active = roster.units.filter((u) => u.ward === ward.code && activeIn(u, year));
  if (!plan.registrations.length && !history.length) return active;
  const registered = new Set(plan.registrations.filter((r) => r.year <= year).map((r) => looseKey(r.unit)));
  const recognized = new Set(history.filter((h) => h.year < year).map((h) => looseKey(h.unit)));
  return active
    .filter((u) => registered.has(looseKey(u.code)) || recognized.has(looseKey(u.code)))
    .sort((a, b) => naturalCompare(a.name, b.name));
}
