/** The roll-up's city-wide step: totals over the wards, the plan's targets, the failing criteria. */
import type { Framework } from "../framework";
import type { Plan } from "../model";
import type { Report, WardReport } from "../report";
import { SUMMARY } from "../text/sheets";
import { percentTenths } from "../verdict";
import type { Judged } from "./judge";
import { unitLine } from "./unitLine";

type Totals = Report["totals"];

/** Each count summed over the wards. */
export function totalsOf(wards: WardReport[]): Totals {
  const sum = (k: keyof Totals) => wards.reduce((n, w) => n + w[k], 0);
  return {
    units: sum("units"),
    registered: sum("registered"),
    evaluated: sum("evaluated"),
    proposed: sum("proposed"),
    recognized: sum("recognized"),
    maintained: sum("maintained"),
    new: sum("new"),
    lost: sum("lost"),
    complete: sum("complete"),
    expected: sum("expected"),
    noData: sum("noData"),
  };
}

/** The year's target from Kế hoạch, and the period's when the year lies in it, against the recognized. */
export function targetsOf(plan: Plan, year: number, recognized: number): Report["targets"] {
  const yearTarget = plan.yearTargets.find((t) => t.year === year);
  const period = plan.period && plan.period.from <= year && year <= plan.period.to ? plan.period : undefined;
  const target = (label: string, t: number) => ({
    label,
    target: t,
    recognized,
    percent: percentTenths(recognized, t) / 10,
  });
  return {
    year: yearTarget ? target(SUMMARY.yearTarget(year), yearTarget.target) : null,
    period: period ? target(SUMMARY.periodTarget(period.from, period.to), period.target) : null,
  };
}

/** The judged units failing each criterion (by code), in judged order: one pass over the units. */
export function failingByCriterion(judged: Judged[]): Map<string, Judged[]> {
  const by = new Map<string, Judged[]>();
  for (const j of judged)
    for (const code of new Set(j.verdict.failing)) {
      const list = by.get(code);
      if (list) list.push(j);
      else by.set(code, [j]);
    }
  return by;
}

/** The criteria some judged unit fails, most failed first (framework order among equals). */
export function criterionLines(
  fw: Framework,
  judged: Judged[],
  failing: ReadonlyMap<string, Judged[]> = failingByCriterion(judged),
): Report["criteria"] {
  return fw.criteria
    .map((c) => ({
      code: c.code,
      standard: c.standard,
      text: c.text,
      ...failures(failing.get(c.code) ?? []),
    }))
    .filter((c) => c.failed > 0)
    .sort((a, b) => b.failed - a.failed);
}

/** Every standard of the framework with the judged units that fail it (a unit's first line per code). */
export function standardLines(fw: Framework, judged: Judged[]): Report["standards"] {
  const failing = new Map<string, Judged[]>();
  for (const j of judged) {
    const seen = new Set<string>();
    for (const x of j.verdict.standards) {
      if (seen.has(x.code)) continue;
      seen.add(x.code);
      if (x.status !== "fail") continue;
      const list = failing.get(x.code);
      if (list) list.push(j);
      else failing.set(x.code, [j]);
    }
  }
  return fw.standards.map((s) => ({ code: s.code, name: s.name, ...failures(failing.get(s.code) ?? []) }));
}

function failures(failing: Judged[]) {
  return {
    failed: failing.length,
    units: failing.map((j) => ({ code: j.unit.code, name: j.unit.name, ward: j.ward.name })),
    line: unitLine(failing),
  };
}
