/**
 * Google's limits, enforced with Google's messages where Google documents them. Where no limit is
 * documented the fake picks a conservative bound (lower than any plausible real one) and says so.
 */

/**
 * 10 million cells per spreadsheet (every sheet's rows × columns, empty ones too) and 18,278 columns
 * (ZZZ) per sheet: "Files you can store in Google Drive", https://support.google.com/drive/answer/37603
 * ("Up to 10 million cells or 18,278 columns (column ZZZ) for spreadsheets that are created in or
 * converted to Google Sheets"); the 10,000,000 figure since March 2022 (Workspace Updates, "Google
 * Sheets doubles cell limit").
 */
export const MAX_CELLS = 10_000_000;
export const MAX_COLUMNS = 18_278;
export const TOO_MANY_CELLS = `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`;
export const TOO_MANY_COLUMNS = `This action would increase the number of columns in the sheet above the limit of ${MAX_COLUMNS} columns.`;

/** 50,000 characters in one cell (same Drive help page). Notes get the same bound (not documented). */
export const MAX_CELL_CHARS = 50_000;
export const TOO_LONG_CELL = `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`;

/**
 * Items of a dropdown from DataValidationBuilder.requireValueInList: no figure found in Google's
 * reference or help pages (searched); 500 is the commonly reported ceiling of a "list of items"
 * dropdown (longer lists must come from a range), used here as the bound.
 */
export const MAX_LIST_ITEMS = 500;
export const TOO_MANY_LIST_ITEMS = `The data validation rule has more than ${MAX_LIST_ITEMS} items. Use a list from a range instead.`;

/**
 * Data validation help text: Google documents no limit (searched the Apps Script reference and the
 * Sheets help). The fake's bound is 1,000 characters: a whole criterion's wording fits (the longest
 * this project writes is ~700), an unbounded text (a list, a pasted document) does not.
 */
export const MAX_HELP_TEXT = 1_000;
export const TOO_LONG_HELP_TEXT = `The help text of a data validation rule is longer than ${MAX_HELP_TEXT} characters (the fake's bound; Google documents none).`;

/**
 * Conditional format rules: Google documents no limit per sheet or per rule. Conservative bounds:
 * 100 rules per sheet and 1,000 ranges per rule (Sheets slows down long before either).
 */
export const MAX_CF_RULES = 100;
export const MAX_CF_RANGES = 1_000;
export const TOO_MANY_CF_RULES = `A sheet can have at most ${MAX_CF_RULES} conditional format rules (the fake's bound; Google documents none).`;
export const TOO_MANY_CF_RANGES = `A conditional format rule can have at most ${MAX_CF_RANGES} ranges (the fake's bound; Google documents none).`;

/**
 * Execution time: 6 min per script execution, 30 s per custom function call
 * (https://developers.google.com/apps-script/guides/services/quotas, "Script runtime",
 * "Custom function runtime"); simple triggers (onOpen, onEdit, onInstall…) 30 s
 * (https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
export const SCRIPT_LIMIT_MS = 360_000;
export const CUSTOM_FUNCTION_LIMIT_MS = 30_000;
export const SIMPLE_TRIGGER_LIMIT_MS = 30_000;
export const EXCEEDED_TIME = "Exceeded maximum execution time";

/** Protection.* on a protection the runner may not edit, and writes into cells they may not edit. */
export const PROTECTED =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

/** Throws Google's message when a string is too long for one cell. */
export function checkCellText(s: string): void {
  if (s.length > MAX_CELL_CHARS) throw new Error(TOO_LONG_CELL);
}

/**
 * Merges. Sheets refuses to merge or break apart a range that covers only part of a merged range,
 * with this message (the UI's and the API's; Range.merge / breakApart,
 * https://developers.google.com/apps-script/reference/spreadsheet/range#merge). The fake also
 * refuses a merge over a range that already holds a merge, even whole (Sheets would merge again):
 * a renderer must break apart first.
 */
export const MERGE_PARTIAL = "You must select all cells in a merged range to merge or unmerge them.";
/** Stricter than Google, which keeps the value hidden under the merge: a write there is a layout bug. */
export const MERGED_CELL_WRITE = (cell: string, merge: string) =>
  `Fake (stricter than Google): ${cell} lies inside the merged range ${merge}; only its top-left cell may hold a value.`;
/** Stricter than Google (no documented bound): fonts of 1–400 pt as the Sheets font-size box allows. */
export const BAD_FONT_SIZE = (size: unknown) =>
  `Invalid font size: ${String(size)} (the fake takes whole points 1–400).`;
/** Row heights: whole pixels of at least 1 (Google documents no upper bound; Excel's is 409 pt). */
export const BAD_ROW_HEIGHT = (h: unknown) =>
  `Invalid row height: ${String(h)} (the fake takes whole pixels ≥ 1).`;
