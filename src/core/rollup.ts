/**
 * The city roll-up: every ward tab judged, counted against the plan and the history, into one Report.
 * Pure: the adapters read the sheets (one batched read each) and write the result.
 *
 * A pipeline of steps, each in src/core/rollup/: find each ward's tab (tabs.ts) → judge each unit
 * (judge.ts) → count per ward (ward.ts) → totals, targets, criteria (totals.ts) → next history (history.ts).
 */

import type { FieldFailure } from "./appraisal/fieldAppraisal";
import type { Framework } from "./framework";
import type { History, Plan, Roster } from "./model";
import { type Problem, sortProblems } from "./problem";
import { type Report, reportSchema } from "./report";
import { historyOutcome, nextHistory } from "./rollup/history";
import type { JudgedUnit } from "./rollup/judge";
import { paragraphsOf } from "./rollup/paragraphs";
import { unclaimedTabs } from "./rollup/tabs";
import { criterionLines, failingByCriterion, standardLines, targetsOf, totalsOf } from "./rollup/totals";
import { unitLine } from "./rollup/unitLine";
import { rollupWard, seasonOf } from "./rollup/ward";
import { yearsOf } from "./rollup/years";
import { foldKey, looseKey } from "./text";
import { SUMMARY } from "./text/sheets";
import { Workbook } from "./workbook/workbook";

export { unitLine };

export interface RollupInput {
  framework: Framework;
  year: number;
  roster: Roster;
  plan: Plan;
  history: History;
  /** Every sheet of the workbook except the fixed ones, with its values; names are unique, as in a workbook. */
  tabs: { sheet: string; values: unknown[][] }[];
  /** Problems already found while reading Tiêu chí / Danh mục / Kế hoạch / Lịch sử. */
  problems?: Problem[];
  /** The user confirmed rewriting the year's history despite the holds (dialog "Có" / tdp --force). */
  confirmHistory?: boolean;
  /** Kết quả thẩm định: loose unit code → the departments' Không đạt (core/appraisal/fieldAppraisal.ts). */
  fieldFailures?: ReadonlyMap<string, FieldFailure[]>;
}

export interface RollupResult {
  report: Report;
  /** History with year Y replaced by this roll-up's recognized units (unchanged when not written). */
  history: History;
}

export function rollup(input: RollupInput): RollupResult {
  const { framework: fw, year } = input;
  const book = workbookOf(input);
  const season = seasonOf(input);
  const outcomes = input.roster.wards.map((ward) => rollupWard(book, ward, season));
  const wards = outcomes.map((o) => o.report);
  const judged = outcomes.flatMap((o) => o.judged);
  const claimed = new Set(wards.filter((w) => w.tab !== "missing").map((w) => foldKey(w.sheet)));
  const problems = [
    ...(input.problems ?? []),
    ...outcomes.flatMap((o) => o.problems),
    ...unclaimedTabs(book, claimed),
  ];
  const totals = totalsOf(wards);
  const step = {
    ...input,
    otherYearTabs: outcomes.filter((o) => o.otherYear).map((o) => o.report.sheet),
    recognizedNow: wards.flatMap((w) => w.recognizedUnits.map((u) => u.code)),
    noDataUnits: new Set(outcomes.flatMap((o) => o.noData).map((u) => looseKey(u.code))),
  };
  const failing = failingByCriterion(judged);
  const counted = {
    totals,
    targets: targetsOf(input.plan, year, totals.recognized),
    wards,
    criteria: criterionLines(fw, judged, failing),
  };
  const years = yearsOf({ ...input, recognizedNow: step.recognizedNow });
  const paragraphs = paragraphsOf({
    ...input,
    report: counted,
    years: years.rows,
    newUnits: years.newUnits,
    criterionUnits: counted.criteria.map((c) => failing.get(c.code) ?? []),
    period: periodOf(input),
  });
  const report = reportSchema.parse({
    history: historyOutcome(step),
    year,
    framework: {
      id: fw.id,
      name: fw.name,
      unitWord: fw.unitWord,
      wardWord: fw.wardWord,
      placeWord: fw.placeWord,
      titleWord: fw.titleWord,
    },
    title: SUMMARY.title(fw.name, year),
    ...counted,
    standards: standardLines(fw, judged),
    fieldAppraisal: fieldLines(judged, input.fieldFailures),
    problems: sortProblems(problems),
    years: years.rows,
    paragraphs,
  });
  return { report, history: report.history.written ? nextHistory(step) : input.history };
}

/** Kế hoạch's period when the year lies in it. */
function periodOf(input: RollupInput): { from: number; to: number } | undefined {
  const p = input.plan.period;
  return p && p.from <= input.year && input.year <= p.to ? p : undefined;
}

/** The tabs as a workbook, each parsed once whichever step asks first; a repeated name keeps its first sheet. */
function workbookOf(input: RollupInput): Workbook {
  const values = new Map<string, unknown[][]>();
  for (const t of input.tabs) if (!values.has(t.sheet)) values.set(t.sheet, t.values);
  return new Workbook(values, input.framework);
}

/**
 * What each department changed: per (department, standard), the units whose self-assessment passed
 * and that department failed, in the order the roll-up judged them.
 */
function fieldLines(judged: JudgedUnit[], failures: ReadonlyMap<string, FieldFailure[]> | undefined) {
  if (!failures?.size) return [];
  const groups = new Map<string, { department: string; standard: string; units: JudgedUnit[] }>();
  for (const j of judged) {
    if (j.verdict.verdict !== "pass") continue;
    for (const f of failures.get(looseKey(j.unit.code)) ?? []) {
      const key = `${f.department}\u0001${f.standard}`;
      const g = groups.get(key) ?? { department: f.department, standard: f.standard, units: [] };
      g.units.push(j);
      groups.set(key, g);
    }
  }
  return [...groups.values()].map((g) => ({
    department: g.department,
    standard: g.standard,
    failed: g.units.length,
    units: g.units.map((j) => ({ code: j.unit.code, name: j.unit.name, ward: j.ward.name })),
    line: unitLine(g.units),
  }));
}
