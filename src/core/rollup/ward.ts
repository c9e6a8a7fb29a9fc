/** The roll-up's per-ward step: the ward's tab judged unit by unit and counted against plan and history. */

import { type ExpectedKeys, expectedKeys, expectedUnits } from "../expected";
import type { Framework } from "../framework";
import { activeIn, type History, type Plan, type Roster, type Unit, unitsOfWard, type Ward } from "../model";
import type { Problem } from "../problem";
import type { WardReport } from "../report";
import { looseKey, naturalCompare } from "../text";
import { PROBLEM } from "../text/problems";
import { matchColumns } from "../workbook/units";
import type { FoundTab, Workbook } from "../workbook/workbook";
import { type JudgedUnit, judgeUnit } from "./judge";
import { findWardTab, tabProblems } from "./tabs";

/** What every ward's step reads: the year's framework, Danh mục, Kế hoạch and Lịch sử công nhận. */
export interface Season {
  framework: Framework;
  year: number;
  roster: Roster;
  plan: Plan;
  history: History;
  /** The departments' Không đạt by loose unit code (appraisal by field). */
  fieldFailures?: ReadonlyMap<string, readonly unknown[]>;
  /** Loose keys of the units recognized before the year (a recognized unit is then "maintained"). */
  earlier: ReadonlySet<string>;
  /** Loose keys of the units recognized the year before (not recognized now: "lost"). */
  lastYear: ReadonlySet<string>;
  /** Kế hoạch's registrations for the year, by loose unit key: how many rows name the unit. */
  registeredNow?: ReadonlyMap<string, number>;
  /** What decides each ward's expected units this year. */
  expected: ExpectedKeys;
}

/** The year's inputs with the history's two look-ups made once for every ward. */
export function seasonOf(input: Omit<Season, "earlier" | "lastYear" | "expected">): Season {
  const keys = (keep: (year: number) => boolean) =>
    new Set(input.history.filter((h) => keep(h.year)).map((h) => looseKey(h.unit)));
  const registeredNow = new Map<string, number>();
  for (const r of input.plan.registrations)
    if (r.year === input.year)
      registeredNow.set(looseKey(r.unit), (registeredNow.get(looseKey(r.unit)) ?? 0) + 1);
  return {
    ...input,
    earlier: keys((y) => y < input.year),
    lastYear: keys((y) => y === input.year - 1),
    registeredNow,
    expected: expectedKeys(input.plan, input.history, input.year),
  };
}

export interface WardOutcome {
  report: WardReport;
  problems: Problem[];
  /** The units judged on the ward's tab, in column order. */
  judged: JudgedUnit[];
  /** Whether the tab's title names another year. */
  otherYear: boolean;
  /** The ward's active units when its tab is missing or unreadable: nothing is known about them. */
  noData: Unit[];
}

/** One ward: its tab found, read, judged and counted. */
export function rollupWard(book: Workbook, ward: Ward, season: Season): WardOutcome {
  const units = unitsOfWard(season.roster, ward.code).filter((u) => activeIn(u, season.year));
  const sheet = findWardTab(book, ward);
  const expected = expectedUnits(season.roster, season.expected, ward);
  const report = emptyReport(ward, sheet ?? "", units, expected, season);
  const tab = sheet === undefined ? undefined : book.readableTab(sheet);
  if (tab) return judgeWardTab(tab, ward, units, expected, report, season);
  // Missing is not lost: without the tab nothing is known about these units this year.
  report.tab = sheet === undefined ? "missing" : "unreadable";
  report.noData = units.length;
  const problems =
    sheet === undefined
      ? [{ sheet: ward.tab, cell: "", value: "", message: PROBLEM.wardTabMissing(ward.name) }]
      : book.wardTab(sheet).problems;
  return { report, problems, judged: [], otherYear: false, noData: units };
}

/** A readable tab: its own problems, then each unit with data judged, counted, and the lost ones. */
function judgeWardTab(
  tab: FoundTab,
  ward: Ward,
  units: Unit[],
  expected: Unit[],
  report: WardReport,
  season: Season,
): WardOutcome {
  const { framework: fw, roster, year } = season;
  const whole = tabProblems(tab, ward, year);
  const match = matchColumns(tab.read, roster, ward, year);
  const judged = match.matched
    .filter(({ column }) => column.hasData)
    .map(({ column, unit }) =>
      judgeUnit(
        fw,
        tab,
        column.col,
        unit,
        ward,
        (season.fieldFailures?.get(looseKey(unit.code))?.length ?? 0) > 0,
      ),
    );
  countJudged(report, judged, season.earlier, expected);
  report.lostUnits = lostUnits(units, season.lastYear, report.recognizedUnits);
  report.lost = report.lostUnits.length;
  const problems = [
    ...tab.read.problems,
    ...whole.problems,
    ...match.problems,
    ...judged.flatMap((j) => j.problems),
  ];
  return { report, problems, judged, otherYear: whole.otherYear, noData: [] };
}

/** Evaluated, proposed, recognized (maintained or new) and complete, from the judged units. */
function countJudged(
  report: WardReport,
  judged: JudgedUnit[],
  earlier: ReadonlySet<string>,
  expected: Unit[],
) {
  report.evaluated = judged.length;
  report.proposed = judged.filter((j) => j.outcome !== "failing").length;
  for (const { unit } of judged.filter((j) => j.outcome === "recognized")) {
    const status = earlier.has(looseKey(unit.code)) ? "maintained" : "new";
    report[status]++;
    report.recognizedUnits.push({ code: unit.code, name: unit.name, status });
  }
  report.recognized = report.recognizedUnits.length;
  report.recognizedUnits.sort((a, b) => naturalCompare(a.name, b.name));
  const complete = new Set(judged.filter((j) => j.complete).map((j) => j.unit.code));
  report.complete = expected.filter((u) => complete.has(u.code)).length;
}

/** The ward's units recognized last year and not now, in roster order (only when its tab was read). */
function lostUnits(units: Unit[], lastYear: ReadonlySet<string>, recognized: WardReport["recognizedUnits"]) {
  const now = new Set(recognized.map((u) => looseKey(u.code)));
  return units
    .filter((u) => lastYear.has(looseKey(u.code)) && !now.has(looseKey(u.code)))
    .map((u) => ({ code: u.code, name: u.name }));
}

/** The ward's line before its tab is read: the roster's counts, every other count 0. */
function emptyReport(ward: Ward, sheet: string, units: Unit[], expected: Unit[], season: Season): WardReport {
  const inWard = new Set(units.map((u) => looseKey(u.code)));
  return {
    code: ward.code,
    name: ward.name,
    sheet,
    pilot: ward.pilot,
    units: units.length,
    registered: registeredIn(inWard, season),
    evaluated: 0,
    proposed: 0,
    recognized: 0,
    maintained: 0,
    new: 0,
    lost: 0,
    complete: 0,
    expected: expected.length,
    noData: 0,
    tab: "ok",
    recognizedUnits: [],
    lostUnits: [],
  };
}

/** How many of Kế hoạch's registrations for the year name one of the ward's units (by loose key). */
function registeredIn(inWard: ReadonlySet<string>, season: Season): number {
  const { plan, year } = season;
  if (!season.registeredNow)
    return plan.registrations.filter((r) => r.year === year && inWard.has(looseKey(r.unit))).length;
  let n = 0;
  for (const key of inWard) n += season.registeredNow.get(key) ?? 0;
  return n;
}
