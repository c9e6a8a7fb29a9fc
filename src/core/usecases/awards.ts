/**
 * The awards commands as use cases: from the values of the award sheets to the sheet to write and the
 * lines of the dialog that reports it. The adapters only read the sheet, call one of these and write.
 */
import type { DayNumber } from "../awards/dates";
import { checkQuotas, quotaLines } from "../awards/quota";
import { buildTenureList, type PrintSheet, readTenureSheet, tenureAsOf } from "../awards/sheets";
import { formatProblem } from "../problem";
import { AWARD } from "../text/awards";

/** What a command reports: the dialog's lead line and its list. */
export interface Outcome {
  lead: string;
  lines: string[];
}

/** “Phụ lục I” from the values of “Khen thưởng niên hạn”, as of the sheet's date or `today`. */
export function tenureListOf(
  values: unknown[][],
  today: DayNumber,
  /** More lines for a list that was built (read only then: the time-zone warning costs a service call). */
  extraLines: () => string[] = () => [],
): { outcome: Outcome; sheet?: PrintSheet } {
  const data = readTenureSheet(values);
  if (data.broken) return { outcome: { lead: AWARD.failed, lines: data.problems.map(formatProblem) } };
  const asOf = tenureAsOf(data, today);
  if (asOf.problem) return { outcome: { lead: AWARD.failed, lines: [formatProblem(asOf.problem)] } };
  const list = buildTenureList(data, asOf.day);
  const lead = AWARD.listDone(
    list.award.length,
    list.posthumous.length,
    list.notYet.length,
    list.withIssues.length,
  );
  const lines = [
    ...list.problems.map(formatProblem),
    ...list.notYetLines.map(formatProblem),
    ...list.notes.map(formatProblem),
    ...extraLines(),
    `${AWARD.listDeadlines} ${AWARD.deadlineWard}`,
    `${AWARD.listDeadlines} ${AWARD.deadlineDistrict}`,
  ];
  return { outcome: { lead, lines }, sheet: list.sheet };
}

/** The summary-award quotas checked on the values of “Đề nghị khen thưởng tổng kết”. */
export function quotaCheckOf(values: unknown[][]): Outcome {
  const report = checkQuotas(values);
  if (report.broken) return { lead: AWARD.failed, lines: report.problems.map(formatProblem) };
  return quotaLines(report);
}
