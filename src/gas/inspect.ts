/** "Kiểm tra tab này" and the sidebar's view: read the active sheet with its context, call the use case. */
import type { ActionResult, SidebarState } from "../core/rpc";
import {
  type ActiveSheetInput,
  checkActiveTab,
  sidebarState as unitSidebarState,
} from "../core/usecases/unitView";
import { SHEET } from "../core/vocabulary";
import { currentUserEmail, type GSheet, type GSpreadsheet, gas } from "./types";

/** Tiêu chí, Danh mục and the active sheet: one batched read each. */
function readActive(ss: GSpreadsheet, sheet: GSheet): ActiveSheetInput {
  const read = (name: string) => ss.getSheetByName(name)?.getDataRange().getValues();
  return {
    criteria: read(SHEET.criteria),
    roster: read(SHEET.roster),
    sheet: sheet.getName(),
    values: sheet.getDataRange().getValues(),
  };
}

/** Problems of the active ward tab; selects the first problem cell. */
export function validateActiveTab(): ActionResult {
  const ss = gas().SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const check = checkActiveTab(readActive(ss, sheet));
  if (check.firstCell) sheet.getRange(check.firstCell).activate();
  return check.result;
}

/** The unit column under the cursor, judged — what the sidebar shows. */
export function sidebarState(now: Date = new Date()): SidebarState {
  const ss = gas().SpreadsheetApp.getActiveSpreadsheet();
  const input = readActive(ss, ss.getActiveSheet());
  const user = currentUserEmail();
  const column = ss.getActiveRange()?.getColumn();
  return unitSidebarState({ ...input, column, user, now });
}
