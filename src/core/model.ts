import * as z from "zod";
import { UNIT_TYPES, WARD_KINDS } from "./framework";
import { looseKey } from "./text";

/** A ward / commune (xã, phường; thôn for Quỳnh Vinh) that fills one tab. */
export const wardSchema = z.object({
  code: z.string().trim().min(1),
  name: z.string().trim().min(1),
  kind: z.enum(WARD_KINDS),
  /** Sheet tab name; defaults to the ward name. */
  tab: z.string().trim().min(1),
  /** Google accounts allowed to edit this ward's tab. */
  editors: z.array(z.string().trim().toLowerCase()).default([]),
  /** Marked as a pilot (thí điểm) area — Quỳnh Vinh's thôn 6, 11, 16. */
  pilot: z.boolean().default(false),
  /**
   * Set when Danh mục gives this ward the tab name of an earlier ward (its code): the ward stays in the
   * roster and its tab is found only by the ward code in B2.
   */
  sharedTab: z.string().optional(),
  /** The ward's own file (a link or a file name), when the city office works with a file per ward. */
  file: z.string().optional(),
});

/** A residential unit with a stable code (names vary between documents; codes do not). */
export const unitSchema = z.object({
  code: z.string().trim().min(1),
  name: z.string().trim().min(1),
  type: z.enum(UNIT_TYPES),
  ward: z.string().trim().min(1),
  /** First and last year the unit exists (a split unit ends; the new ones start). */
  from: z.number().int().optional(),
  until: z.number().int().optional(),
  note: z.string().optional(),
  /** Quỳnh Vinh's tổ tự quản: number of households (15–30), leader and deputy (2,5-year term). */
  households: z.number().int().min(0).optional(),
  leader: z.string().optional(),
  deputy: z.string().optional(),
});

export const rosterSchema = z.object({
  wards: z.array(wardSchema),
  units: z.array(unitSchema),
});

/** Registration plan and cumulative targets (sheet Kế hoạch). */
export const planSchema = z.object({
  /** Unit code → year it registered to reach recognition. */
  registrations: z.array(z.object({ unit: z.string().trim().min(1), year: z.number().int() })),
  /** Cumulative number of recognized units targeted by the end of each year. */
  yearTargets: z.array(z.object({ year: z.number().int(), target: z.number().int().min(0) })),
  /** Target for the whole period (e.g. 26 by 2025), with its last year. */
  period: z
    .object({ from: z.number().int(), to: z.number().int(), target: z.number().int().min(0) })
    .optional(),
});

/** Years each unit was recognized (sheet Lịch sử công nhận). */
export const historySchema = z.array(
  z.object({
    unit: z.string().trim().min(1),
    year: z.number().int(),
    /** The city office's note (decision number…), kept across roll-ups. */
    note: z.string().optional(),
  }),
);

export type Ward = z.infer<typeof wardSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Roster = z.infer<typeof rosterSchema>;
export type Plan = z.infer<typeof planSchema>;
export type History = z.infer<typeof historySchema>;

const wardIndex = new WeakMap<readonly Unit[], { size: number; byWard: Map<string, Unit[]> }>();

/**
 * The roster's units of one ward (by ward code), in roster order — the roster is indexed once, not
 * filtered per ward (a province has thousands of units). The list is shared: do not mutate it.
 */
export function unitsOfWard(roster: Roster, ward: string): readonly Unit[] {
  let entry = wardIndex.get(roster.units);
  if (!entry || entry.size !== roster.units.length) {
    const byWard = new Map<string, Unit[]>();
    for (const u of roster.units) {
      const list = byWard.get(u.ward);
      if (list) list.push(u);
      else byWard.set(u.ward, [u]);
    }
    entry = { size: roster.units.length, byWard };
    wardIndex.set(roster.units, entry);
  }
  return entry.byWard.get(ward) ?? [];
}

const codeIndex = new WeakMap<readonly Unit[], { size: number; byCode: Map<string, Unit> }>();

/**
 * The roster's units by loose code (looseKey; of two units with one loose code the later wins, as a
 * Map built from the list does), indexed once per roster for every step that looks a code up.
 */
export function unitsByLooseCode(roster: Roster): ReadonlyMap<string, Unit> {
  let entry = codeIndex.get(roster.units);
  if (!entry || entry.size !== roster.units.length) {
    entry = { size: roster.units.length, byCode: new Map(roster.units.map((u) => [looseKey(u.code), u])) };
    codeIndex.set(roster.units, entry);
  }
  return entry.byCode;
}

export function activeIn(unit: Unit, year: number): boolean {
  return (unit.from === undefined || unit.from <= year) && (unit.until === undefined || unit.until >= year);
}
