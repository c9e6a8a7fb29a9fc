/** Which units a ward is expected to evaluate in a year (Kế hoạch and Lịch sử công nhận decide). */
import { activeIn, type History, type Plan, type Roster, type Unit, unitsOfWard, type Ward } from "./model";
import { looseKey, naturalCompare } from "./text";

/** Units a ward evaluates in `year`: registered by then or recognized before; all active units when no plan. */
export function expectedUnits(
  roster: Roster,
  plan: Plan,
  history: History,
  ward: Ward,
  year: number,
): Unit[] {
  const active = unitsOfWard(roster, ward.code).filter((u) => activeIn(u, year));
  if (!plan.registrations.length && !history.length) return active;
  const { registered, recognized } = expectedKeys(plan, history, year);
  return active
    .filter((u) => registered.has(looseKey(u.code)) || recognized.has(looseKey(u.code)))
    .sort((a, b) => naturalCompare(a.name, b.name));
}

interface ExpectedKeys {
  registrations: Plan["registrations"];
  registrationCount: number;
  history: History;
  historyCount: number;
  year: number;
  registered: ReadonlySet<string>;
  recognized: ReadonlySet<string>;
}

let lastKeys: ExpectedKeys | undefined;

/** Loose keys registered by `year` and recognized before it: made once for every ward of a roll-up. */
function expectedKeys(plan: Plan, history: History, year: number): ExpectedKeys {
  const k = lastKeys;
  if (
    k &&
    k.registrations === plan.registrations &&
    k.registrationCount === plan.registrations.length &&
    k.history === history &&
    k.historyCount === history.length &&
    k.year === year
  )
    return k;
  lastKeys = {
    registrations: plan.registrations,
    registrationCount: plan.registrations.length,
    history,
    historyCount: history.length,
    year,
    registered: new Set(plan.registrations.filter((r) => r.year <= year).map((r) => looseKey(r.unit))),
    recognized: new Set(history.filter((h) => h.year < year).map((h) => looseKey(h.unit))),
  };
  return lastKeys;
}
