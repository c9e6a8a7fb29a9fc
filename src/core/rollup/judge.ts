/** The roll-up's judge step: one unit's column of a ward tab, its verdict, its problems, its outcome. */
import { a1 } from "../a1";
import { readCriterion, showValue } from "../cell";
import type { Framework } from "../framework";
import type { Unit, Ward } from "../model";
import type { Problem } from "../problem";
import { PROBLEM } from "../text/problems";
import { judgeColumn, unitCellProblems, type Verdict } from "../workbook/unitProblems";
import type { FoundTab } from "../workbook/workbook";

/** A unit judged on its ward's tab (the ward whose tab holds the column). */
export interface Judged {
  unit: Unit;
  ward: Ward;
  verdict: Verdict;
}

/**
 * What the roll-up makes of a judged unit: "failing" (not proposed), "overruled" (proposed, but the
 * city's appraisal — its TĐ row or a department's appraisal by field — says Không đạt) or "recognized".
 */
export type Outcome = "failing" | "overruled" | "recognized";

export interface JudgedUnit extends Judged {
  outcome: Outcome;
  /** Every criterion filled and readable. */
  complete: boolean;
  problems: Problem[];
}

/**
 * The unit in column `col` of `tab`: its verdict, the cells' problems and the appraisal row's;
 * `failedByField`: a department's appraisal fails it (overruled like the TĐ row's Không đạt).
 */
export function judgeUnit(
  fw: Framework,
  tab: FoundTab,
  col: number,
  unit: Unit,
  ward: Ward,
  failedByField = false,
): JudgedUnit {
  const verdict = judgeColumn(fw, tab.read, tab.values, col, unit, ward);
  const appraisal = appraisalAt(tab, col);
  const appraised = readCriterion(appraisal.value);
  return {
    unit,
    ward,
    verdict,
    outcome:
      verdict.verdict !== "pass"
        ? "failing"
        : appraised === "fail" || failedByField
          ? "overruled"
          : "recognized",
    complete: !verdict.missing.length && !verdict.invalid.length,
    problems: [
      ...unitCellProblems(fw, tab.read, col, unit, verdict),
      ...appraisalProblems(appraisal, appraised, unit, verdict),
    ],
  };
}

interface Appraisal {
  sheet: string;
  /** The A1 cell of the unit's appraisal (thẩm định) row, "" when the tab has none. */
  cell: string;
  value: unknown;
}

function appraisalAt(tab: FoundTab, col: number): Appraisal {
  const row = tab.read.appraisalRow;
  return {
    sheet: tab.name,
    cell: row ? a1(row, col) : "",
    value: row ? tab.values[row - 1]?.[col - 1] : "",
  };
}

/** An appraisal that is no Đạt / Không đạt, or Đạt on a unit whose self-assessment fails. */
function appraisalProblems(
  appraisal: Appraisal,
  appraised: ReturnType<typeof readCriterion>,
  unit: Unit,
  verdict: Verdict,
): Problem[] {
  const problem = (message: string): Problem => ({
    sheet: appraisal.sheet,
    cell: appraisal.cell,
    value: showValue(appraisal.value),
    message: PROBLEM.forUnit(unit.code, message),
  });
  if (appraised === "invalid" || appraised === "na") return [problem(PROBLEM.appraisalInvalid)];
  if (verdict.verdict !== "pass" && appraised === "pass") return [problem(PROBLEM.appraisalPassButFailing)];
  return [];
}
