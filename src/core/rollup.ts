/**
 * The city roll-up: every ward tab judged, counted against the plan and the history, into one Report.
 * Pure: the adapters read the sheets (one batched read each) and write the result.
 */
import { a1 } from "./a1";
import { readCriterion, showValue } from "./cell";
import { expectedUnits } from "./expected";
import type { Framework } from "./framework";
import { activeIn, type History, type Plan, type Roster, type Ward } from "./model";
import { type Problem, sortProblems } from "./problem";
import { type Report, reportSchema, type WardReport } from "./report";
import { historyOutcome, nextHistory } from "./rollup/history";
import type { Judged } from "./rollup/judge";
import { criterionLines, standardLines, targetsOf, totalsOf } from "./rollup/totals";
import { unitLine } from "./rollup/unitLine";
import { cleanText, foldKey, looseKey, naturalCompare } from "./text";
import { PROBLEM } from "./text/problems";
import { SUMMARY } from "./text/sheets";
import { SHEET } from "./vocabulary";
import { tabTitleYear } from "./workbook/tabYear";
import { judgeColumn, unitCellProblems } from "./workbook/unitProblems";
import { matchColumns } from "./workbook/units";
import { isWardTabRead, readWardTab, type WardTabRead } from "./workbook/wardTab";

export { unitLine };

export interface RollupInput {
  framework: Framework;
  year: number;
  roster: Roster;
  plan: Plan;
  history: History;
  /** Every sheet of the workbook except the fixed ones, with its values. */
  tabs: { sheet: string; values: unknown[][] }[];
  /** Problems already found while reading Tiêu chí / Danh mục / Kế hoạch / Lịch sử. */
  problems?: Problem[];
  /** The user confirmed rewriting the year's history despite the holds (dialog "Có" / tdp --force). */
  confirmHistory?: boolean;
}

export interface RollupResult {
  report: Report;
  /** History with year Y replaced by this roll-up's recognized units (unchanged when not written). */
  history: History;
}

type TabRead = ReturnType<typeof readWardTab>;

export function rollup(input: RollupInput): RollupResult {
  const { framework: fw, year, roster, plan, history } = input;
  const problems: Problem[] = [...(input.problems ?? [])];
  const earlier = new Set(history.filter((h) => h.year < year).map((h) => looseKey(h.unit)));
  const lastYear = new Set(history.filter((h) => h.year === year - 1).map((h) => looseKey(h.unit)));
  const claimed = new Set<string>();
  const wards: WardReport[] = [];
  // Each tab's layout is parsed once, whichever step needs it first.
  const reads = new Map<RollupInput["tabs"][number], TabRead>();
  const readOf = (t: RollupInput["tabs"][number]): TabRead => {
    let r = reads.get(t);
    if (!r) {
      r = readWardTab(t.sheet, t.values, fw);
      reads.set(t, r);
    }
    return r;
  };
  const judged: Judged[] = [];
  const otherYearTabs: string[] = [];
  const noDataUnits = new Set<string>();

  for (const ward of roster.wards) {
    const found = findTab(input.tabs, ward, readOf);
    const units = roster.units.filter((u) => u.ward === ward.code && activeIn(u, year));
    const registered = plan.registrations.filter(
      (r) => r.year === year && units.some((u) => looseKey(u.code) === looseKey(r.unit)),
    ).length;
    const expected = expectedUnits(roster, plan, history, ward, year);
    const report: WardReport = {
      code: ward.code,
      name: ward.name,
      sheet: found?.sheet ?? "",
      pilot: ward.pilot,
      units: units.length,
      registered,
      evaluated: 0,
      proposed: 0,
      recognized: 0,
      maintained: 0,
      new: 0,
      lost: 0,
      complete: 0,
      expected: expected.length,
      noData: 0,
      tab: found ? "ok" : "missing",
      recognizedUnits: [],
      lostUnits: [],
    };
    wards.push(report);
    const recognizedHere = new Set<string>();
    if (!found) {
      problems.push({ sheet: ward.tab, cell: "", value: "", message: PROBLEM.wardTabMissing(ward.name) });
    } else {
      claimed.add(foldKey(found.sheet));
      const { sheet, values } = found;
      const read = readOf(found);
      problems.push(...read.problems);
      if (!isWardTabRead(read)) report.tab = "unreadable";
      else {
        const title = tabTitleYear(values, read.headerRow);
        if (title && title.year !== year) {
          otherYearTabs.push(sheet);
          problems.push({
            sheet,
            cell: title.cell,
            value: title.text,
            message: PROBLEM.tabYearDiffers(title.year, year),
          });
        }
        problems.push(...beyondNotes(sheet, values, read));
        if (foldKey(sheet) !== foldKey(ward.tab))
          problems.push({
            sheet,
            cell: "B2",
            value: read.wardCode,
            message: PROBLEM.wardTabRenamed(ward.name, sheet, ward.tab),
          });
        else if (read.wardCode && foldKey(read.wardCode) !== foldKey(ward.code))
          problems.push({
            sheet,
            cell: "B2",
            value: read.wardCode,
            message: PROBLEM.wardCodeDiffers(ward.code),
          });
        const match = matchColumns(read, roster, ward, year);
        problems.push(...match.problems);
        const completeCodes = new Set<string>();
        for (const { column, unit } of match.matched) {
          if (!column.hasData) continue;
          const verdict = judgeColumn(fw, read, values, column.col, unit, ward);
          judged.push({ unit, ward, verdict });
          report.evaluated++;
          problems.push(...unitCellProblems(fw, read, column.col, unit, verdict));
          if (!verdict.missing.length && !verdict.invalid.length) completeCodes.add(unit.code);
          const appraisal = read.appraisalRow ? values[read.appraisalRow - 1]?.[column.col - 1] : "";
          const appraised = readCriterion(appraisal);
          const appraisalCell = read.appraisalRow ? a1(read.appraisalRow, column.col) : "";
          if (appraised === "invalid" || appraised === "na")
            problems.push({
              sheet,
              cell: appraisalCell,
              value: showValue(appraisal),
              message: PROBLEM.forUnit(unit.code, PROBLEM.appraisalInvalid),
            });
          if (verdict.verdict !== "pass") {
            if (appraised === "pass")
              problems.push({
                sheet,
                cell: appraisalCell,
                value: showValue(appraisal),
                message: PROBLEM.forUnit(unit.code, PROBLEM.appraisalPassButFailing),
              });
            continue;
          }
          report.proposed++;
          if (appraised === "fail") continue; // the city's appraisal overrides the self-assessment
          report.recognized++;
          recognizedHere.add(looseKey(unit.code));
          const status = earlier.has(looseKey(unit.code)) ? "maintained" : "new";
          report[status]++;
          report.recognizedUnits.push({ code: unit.code, name: unit.name, status });
        }
        report.complete = expected.filter((u) => completeCodes.has(u.code)).length;
        report.recognizedUnits.sort((a, b) => naturalCompare(a.name, b.name));
      }
    }
    if (report.tab !== "ok") {
      // Missing is not lost: without the tab nothing is known about these units this year.
      report.noData = units.length;
      for (const u of units) noDataUnits.add(looseKey(u.code));
      continue;
    }
    for (const u of units) {
      if (lastYear.has(looseKey(u.code)) && !recognizedHere.has(looseKey(u.code))) {
        report.lost++;
        report.lostUnits.push({ code: u.code, name: u.name });
      }
    }
  }

  // Ward-like tabs that no roster ward claims.
  for (const tab of input.tabs) {
    if (claimed.has(foldKey(tab.sheet))) continue;
    const read = readOf(tab);
    if (isWardTabRead(read))
      problems.push({
        sheet: tab.sheet,
        cell: "B2",
        value: read.wardCode,
        message: PROBLEM.tabNotInRoster(SHEET.roster),
      });
  }

  const totals = totalsOf(wards);

  const recognizedNow = wards.flatMap((w) => w.recognizedUnits.map((u) => u.code));
  const step = { ...input, otherYearTabs, recognizedNow, noDataUnits };
  const report = reportSchema.parse({
    history: historyOutcome(step),
    year,
    framework: { id: fw.id, name: fw.name, unitWord: fw.unitWord, wardWord: fw.wardWord },
    title: SUMMARY.title(fw.name, year),
    totals,
    targets: targetsOf(plan, year, totals.recognized),
    wards,
    criteria: criterionLines(fw, judged),
    standards: standardLines(fw, judged),
    problems: sortProblems(problems),
  });
  return { report, history: report.history.written ? nextHistory(step) : history };
}

function findTab(tabs: RollupInput["tabs"], ward: Ward, readOf: (t: RollupInput["tabs"][number]) => TabRead) {
  // A ward whose tab name Danh mục gave to another ward is found by its code only.
  const byName = ward.sharedTab ? undefined : tabs.find((t) => foldKey(t.sheet) === foldKey(ward.tab));
  if (byName) return byName;
  return tabs.find((t) => {
    const read = readOf(t);
    return isWardTabRead(read) && read.wardCode !== "" && foldKey(read.wardCode) === foldKey(ward.code);
  });
}

/** Every value typed right of the Ghi chú column, from the header row down: the roll-up ignores it. */
function beyondNotes(sheet: string, values: unknown[][], read: WardTabRead): Problem[] {
  if (!read.noteCol) return [];
  const out: Problem[] = [];
  for (let r = read.headerRow; r <= values.length; r++) {
    const row = values[r - 1] ?? [];
    for (let c = read.noteCol + 1; c <= row.length; c++) {
      const v = row[c - 1];
      if (cleanText(v) !== "")
        out.push({ sheet, cell: a1(r, c), value: showValue(v), message: PROBLEM.beyondNotes });
    }
  }
  return out;
}
