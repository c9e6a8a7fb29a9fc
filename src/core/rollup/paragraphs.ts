/** The report's paste-ready paragraphs (docs/report.md), from the roll-up's counts, years and criteria. */
import type { Framework } from "../framework";
import { type Roster, type Unit, unitsByLooseCode, type Ward } from "../model";
import type { Paragraphs, Report, YearRow } from "../report";
import { looseKey } from "../text";
import { type ReportWords, REPORT_TEXT as T } from "../text/report";
import { percentTenths } from "../verdict";
import { unitLine } from "./unitLine";
import type { ListedUnit } from "./years";

export interface ParagraphsInput {
  framework: Framework;
  year: number;
  roster: Roster;
  /** The report's counts, targets, wards and criteria, already computed. */
  report: Pick<Report, "totals" | "targets" | "wards" | "criteria">;
  years: YearRow[];
  /** Each year's new units as roster entries (same order as `years`). */
  newUnits: ListedUnit[][];
  /** The units each failing criterion lists, as roster entries. */
  criterionUnits: ListedUnit[][];
  /** Kế hoạch's period, when the year lies in it. */
  period?: { from: number; to: number };
}

export function paragraphsOf(input: ParagraphsInput): Paragraphs {
  const w: ReportWords = {
    unit: input.framework.unitWord,
    place: input.framework.placeWord,
    title: input.framework.titleWord,
  };
  const first = input.years[0]?.year ?? input.year;
  return {
    headline: headline(w, input, first),
    yearsLead: yearsLead(w, input, first),
    years: input.years.map((_y, i) => yearLine(w, input.years, i, unitLine(input.newUnits[i], "list"))),
    criteria: input.report.criteria.map((c, i) =>
      T.criterion(w, c.code, c.text.replace(/[.;:,\s]+$/, ""), c.failed, unitLine(input.criterionUnits[i])),
    ),
    lost: lostLine(w, input),
  };
}

function headline(w: ReportWords, input: ParagraphsInput, first: number): string {
  const t = input.report.totals;
  const parts: string[] = [];
  if (t.maintained) parts.push(T.maintainedSince(w, first, t.maintained));
  if (t.new) parts.push(T.proposedNew(w, t.new));
  return T.headline(w, input.year, t.recognized, parts, targetsClause(input));
}

/** "hoàn thành vượt mức, đạt 109,4% so với mục tiêu năm 2024 và đạt 134,6% so với …", or "". */
function targetsClause(input: ParagraphsInput): string {
  const { year, period } = input.report.targets;
  const tenths = (x: { recognized: number; target: number }) => percentTenths(x.recognized, x.target);
  const parts: string[] = [];
  if (year && year.target > 0) parts.push(T.yearTarget(tenths(year), input.year));
  if (period && period.target > 0 && input.period)
    parts.push(T.periodTarget(tenths(period), input.period.from, input.period.to));
  const lead = year && year.target > 0 ? year : period && period.target > 0 ? period : undefined;
  return lead ? T.targets(T.achieved(tenths(lead)), parts) : "";
}

function yearsLead(w: ReportWords, input: ParagraphsInput, first: number): string {
  const maintained = input.report.totals.maintained;
  if (input.years.length < 2) return "";
  return maintained ? T.yearsLead(w, first, maintained) : T.yearsLeadNone(first, input.year);
}

function yearLine(w: ReportWords, years: YearRow[], i: number, list: string): string {
  const y = years[i];
  if (i === 0) return T.firstYear(w, y.year, y.recognized, list);
  const before = years
    .slice(0, i)
    .filter((x) => x.recognized > 0)
    .map((x) => x.year);
  return T.laterYear(w, y.year, y.recognized, before, y.maintained, y.new, list);
}

function lostLine(w: ReportWords, input: ParagraphsInput): string[] {
  const units = unitsByLooseCode(input.roster);
  const wards = new Map(input.roster.wards.map((x) => [x.code, x]));
  const lost: { unit: Unit; ward: Ward }[] = [];
  for (const r of input.report.wards)
    for (const l of r.lostUnits) {
      const unit = units.get(looseKey(l.code));
      const ward = unit && wards.get(unit.ward);
      if (unit && ward) lost.push({ unit, ward });
    }
  return lost.length ? [T.lost(w, lost.length, input.year - 1, unitLine(lost, "list"))] : [];
}
