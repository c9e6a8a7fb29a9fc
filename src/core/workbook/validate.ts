/** "Kiểm tra tab này": every problem of one ward tab, with its A1 address, top to bottom. */
import { a1 } from "../a1";
import type { Framework } from "../framework";
import { CELL_WORDS, msg, PROBLEM } from "../messages";
import type { Roster } from "../model";
import { type Problem, sortProblems } from "../problem";
import { foldKey } from "../text";
import { judge } from "../verdict";
import { matchColumns } from "./units";
import { isWardTabRead, readWardTab, unitInputAt } from "./wardTab";

export function validateWardTab(
  sheet: string,
  values: unknown[][],
  fw: Framework,
  roster: Roster,
  year: number | undefined,
): Problem[] {
  const read = readWardTab(sheet, values, fw);
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
  for (const { column } of match.matched) {
    const r = judge(fw, unitInputAt(read, values, column.col, fw));
    for (const code of r.missing) {
      const row = read.rowOf.get(code);
      if (row) problems.push({ sheet, cell: a1(row, column.col), value: "", message: msg.cellMissing(code) });
    }
    for (const code of r.notApplicable) {
      const c = fw.criteria.find((x) => x.code === code);
      const row = read.rowOf.get(code);
      if (row && !c?.unitTypes && !c?.wardKinds)
        problems.push({
          sheet,
          cell: a1(row, column.col),
          value: CELL_WORDS.na,
          message: msg.notApplicableNote(code),
        });
    }
    for (const bad of r.invalid) {
      const row = read.rowOf.get(bad.code);
      if (row) problems.push({ sheet, cell: a1(row, column.col), value: bad.value, message: bad.message });
    }
  }
  return sortProblems(problems);
}
