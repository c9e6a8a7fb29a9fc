/** "Kiểm tra tab này": every problem of one ward tab, with its A1 address, top to bottom. */
import { a1 } from "../a1";
import type { Framework } from "../framework";
import type { Roster } from "../model";
import { type Problem, sortProblems } from "../problem";
import { foldKey } from "../text";
import { PROBLEM } from "../text/problems";
import { judgeColumn, unitCellProblems } from "../workbook/unitProblems";
import { matchColumns } from "../workbook/units";
import { isWardTabRead, readWardTab } from "../workbook/wardTab";
import type { TabRead } from "../workbook/workbook";

export function validateWardTab(
  sheet: string,
  values: unknown[][],
  fw: Framework,
  roster: Roster,
  year: number | undefined,
  /** The tab already parsed (the workbook accessor's), so it is not parsed again. */
  read: TabRead = readWardTab(sheet, values, fw),
): Problem[] {
  if (!isWardTabRead(read)) return read.problems;
  const problems = [...read.problems];
  const ward =
    roster.wards.find((w) => foldKey(w.code) === foldKey(read.wardCode)) ??
    roster.wards.find((w) => foldKey(w.tab) === foldKey(sheet));
  if (!ward) {
    problems.push({
      sheet,
      cell: "B2",
      value: read.wardCode,
      message: PROBLEM.wardCodeUnknown,
    });
    return sortProblems(problems);
  }
  for (const f of read.foreignRows)
    problems.push({
      sheet,
      cell: a1(f.row, 1),
      value: f.code,
      message: PROBLEM.foreignRow(f.code),
    });
  const match = matchColumns(read, roster, ward, year);
  problems.push(...match.problems);
  for (const { column, unit } of match.matched) {
    const verdict = judgeColumn(fw, read, values, column.col, unit, ward);
    problems.push(
      ...unitCellProblems(fw, read, column.col, unit, verdict, false).filter((p) => p.cell !== ""),
    );
  }
  return sortProblems(problems);
}
