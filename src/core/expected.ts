/** Which units a ward is expected to evaluate in a year (Kế hoạch and Lịch sử công nhận decide). */
import { activeIn, type History, type Plan, type Roster, type Unit, unitsOfWard, type Ward } from "./model";
import { looseKey, naturalCompare } from "./text";

/** What decides the expected units of a year, made once for every ward (a roll-up, a set-up). */
export interface ExpectedKeys {
  year: number;
  /** No plan and no history: every active unit is expected. */
  open: boolean;
  /** Loose keys registered by the year, and recognized before it. */
  registered: ReadonlySet<string>;
  recognized: ReadonlySet<string>;
}

export function expectedKeys(plan: Plan, history: History, year: number): ExpectedKeys {
  return {
    year,
    open: !plan.registrations.length && !history.length,
    registered: new Set(plan.registrations.filter((r) => r.year <= year).map((r) => looseKey(r.unit))),
    recognized: new Set(history.filter((h) => h.year < year).map((h) => looseKey(h.unit))),
  };
}

/** Units a ward evaluates in the keys' year: registered by then or recognized before; all active units when no plan. */
export function expectedUnits(roster: Roster, keys: ExpectedKeys, ward: Ward): Unit[] {
  const active = unitsOfWard(roster, ward.code).filter((u) => activeIn(u, keys.year));
  if (keys.open) return active;
  return active
    .filter((u) => keys.registered.has(looseKey(u.code)) || keys.recognized.has(looseKey(u.code)))
    .sort((a, b) => naturalCompare(a.name, b.name));
}
