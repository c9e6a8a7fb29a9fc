/** The yes/no question before a held history is rewritten (a tab of another year, a closed year). */

import type { Report } from "../core/report";
import { NOTICE } from "../core/text/ui";
import { holdReasons } from "../core/workbook/summary";
import { gas } from "./types";

/** True when the user answers "Có" (Yes); anything else — No, closing the dialog — keeps the history. */
export function confirmHistoryRewrite(report: Report): boolean {
  const ui = gas().SpreadsheetApp.getUi();
  const answer = ui.alert(
    NOTICE.confirmHistoryTitle,
    NOTICE.confirmHistory(report.year, holdReasons(report)),
    ui.ButtonSet.YES_NO,
  );
  return answer === ui.Button.YES;
}
