/**
 * The years at a glance: each year of the period up to the evaluation year, from Lịch sử công nhận for
 * the years before and from this roll-up for the year itself, against Kế hoạch's cumulative targets.
 */
import { type History, type Plan, type Roster, type Unit, unitsByLooseCode, type Ward } from "../model";
import type { YearRow } from "../report";
import { looseKey } from "../text";
import { percentTenths } from "../verdict";

export interface YearsInput {
  year: number;
  roster: Roster;
  plan: Plan;
  history: History;
  /** Codes of the units this roll-up recognizes. */
  recognizedNow: string[];
}

/** A unit of a year's list, with its ward (a code missing from Danh mục stands for itself). */
export interface ListedUnit {
  unit: Unit;
  ward: Ward;
}

export interface YearsOutcome {
  rows: YearRow[];
  /** Each row's new units as roster entries, for the report's sentences. */
  newUnits: ListedUnit[][];
}

/** The first year shown: the period's start when the year lies in it, else the oldest year in Lịch sử. */
export function firstYear(input: YearsInput): number {
  const p = input.plan.period;
  if (p && p.from <= input.year && input.year <= p.to) return p.from;
  return input.history.reduce((m, h) => (h.year < input.year ? Math.min(m, h.year) : m), input.year);
}

export function yearsOf(input: YearsInput): YearsOutcome {
  const lookup = unitLookup(input.roster);
  const byYear = new Map<number, string[]>();
  for (const h of input.history) {
    if (h.year >= input.year) continue;
    const codes = byYear.get(h.year);
    if (codes) codes.push(h.unit);
    else byYear.set(h.year, [h.unit]);
  }
  byYear.set(input.year, input.recognizedNow);
  const seen = new Set<string>();
  const first = firstYear(input);
  // Years before the first shown still make a unit "maintained" rather than new.
  for (const [y, codes] of byYear) if (y < first) for (const c of codes) seen.add(looseKey(c));
  const rows: YearRow[] = [];
  const newUnits: ListedUnit[][] = [];
  for (let y = first; y <= input.year; y++) {
    const codes = unique(byYear.get(y) ?? []);
    const fresh = codes.filter((c) => !seen.has(looseKey(c)));
    for (const c of codes) seen.add(looseKey(c));
    const listed = ordered(fresh.map(lookup), input.roster);
    const target = input.plan.yearTargets.find((t) => t.year === y)?.target ?? null;
    rows.push({
      year: y,
      recognized: codes.length,
      maintained: codes.length - fresh.length,
      new: fresh.length,
      target,
      percent: target === null ? null : percentTenths(codes.length, target) / 10,
      newUnits: listed.map(({ unit, ward }) => ({ code: unit.code, name: unit.name, ward: ward.name })),
    });
    newUnits.push(listed);
  }
  return { rows, newUnits };
}

/** Codes once each, by loose key (a history typed twice for one unit counts it once). */
function unique(codes: string[]): string[] {
  const keys = new Set<string>();
  return codes.filter((c) => {
    const k = looseKey(c);
    if (keys.has(k)) return false;
    keys.add(k);
    return true;
  });
}

/** Code → its roster unit and ward; an unknown code (reported when Lịch sử is read) stands alone. */
function unitLookup(roster: Roster): (code: string) => ListedUnit {
  const units = unitsByLooseCode(roster);
  const wards = new Map(roster.wards.map((w) => [w.code, w]));
  return (code) => {
    const unit = units.get(looseKey(code)) ?? {
      code,
      name: code,
      type: "tdp" as const,
      ward: "",
    };
    const ward = wards.get(unit.ward) ?? {
      code: "",
      name: "",
      kind: "phuong" as const,
      tab: "-",
      editors: [],
      pilot: false,
    };
    return { unit, ward };
  };
}

/** Wards in roster order (unknown last), so every list reads in the same order as Tổng hợp. */
function ordered(items: ListedUnit[], roster: Roster): ListedUnit[] {
  const rank = new Map(roster.wards.map((w, i) => [w.code, i]));
  return items
    .map((x, i) => ({ x, i }))
    .sort((a, b) => (rank.get(a.x.ward.code) ?? 1e9) - (rank.get(b.x.ward.code) ?? 1e9) || a.i - b.i)
    .map(({ x }) => x);
}
