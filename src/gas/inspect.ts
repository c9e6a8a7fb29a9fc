/** "Kiểm tra tab này" and the sidebar's view: read the active sheet with its context, call the use case. */
import {
  type ActionResult,
  cellRefSchema,
  type Selection,
  type SidebarState,
  selectionSchema,
} from "../core/rpc";
import { UI } from "../core/text/ui";
import {
  type ActiveSheetInput,
  checkActiveTab,
  sidebarState as unitSidebarState,
} from "../core/usecases/unitView";
import { SHEET } from "../core/vocabulary";
import { submissionNote } from "./submission";
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
  const range = ss.getActiveRange();
  const column = range?.getColumn();
  // The selection it was read at, so the sidebar's poll refetches only when the cursor leaves it.
  const selection = { sheet: input.sheet, range: range?.getA1Notation() ?? "" };
  const state = unitSidebarState({ ...input, column, user, now });
  const submission = state.onWardTab
    ? submissionNote(ss, input.sheet, input.values[1]?.[1], input.roster)
    : undefined;
  return { ...state, selection, ...(submission ? { submission } : {}) };
}

/**
 * The sidebar's poll, every few seconds while it is visible: only where the cursor is, so it reads
 * no values. Five calls, all metadata (getActiveSpreadsheet, getActiveRange, getSheet, getName,
 * getA1Notation); the sidebar fetches the full state only when the sheet or the column changes.
 */
export function activeSelection(): Selection {
  const ss = gas().SpreadsheetApp.getActiveSpreadsheet();
  const range = ss.getActiveRange();
  // No selection (rare: a sheet just inserted): the sheet alone, so the sidebar still notices a tab change.
  if (!range) return selectionSchema.parse({ sheet: ss.getActiveSheet().getName(), range: "" });
  return selectionSchema.parse({ sheet: range.getSheet().getName(), range: range.getA1Notation() });
}

/** A cell link of the sidebar: selects that one cell (its sheet becomes the active one). */
export function selectCell(sheet: unknown, cell: unknown): ActionResult {
  const ref = cellRefSchema.safeParse({ sheet, cell });
  if (!ref.success) return { ok: false, message: UI.sidebarBadCell, items: [] };
  const target = gas().SpreadsheetApp.getActiveSpreadsheet().getSheetByName(ref.data.sheet);
  if (!target) return { ok: false, message: UI.sidebarNoSheet(ref.data.sheet), items: [] };
  target.getRange(ref.data.cell).activate();
  return { ok: true, message: "", items: [] };
}
