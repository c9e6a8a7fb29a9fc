/**
 * Menu actions for the Đà Nẵng awards (Kế hoạch 71/KH-UBND): create the “Khen thưởng niên hạn”
 * and “Đề nghị khen thưởng tổng kết” sheets, build the “Phụ lục I” list, check the summary-award
 * quotas. Each action ends in a Vietnamese dialog (src/gas/commands.ts turns an error into one too).
 */
import { todayInVietnam } from "../core/awards/dates";
import { nominationSheetSpec } from "../core/awards/quota";
import { type PrintSheet, tenureSheetSpec } from "../core/awards/sheets";
import { AWARD } from "../core/text/awards";
import { isUtcPlus7 } from "../core/timeZone";
import { type Outcome, quotaCheckOf, tenureListOf } from "../core/usecases/awards";
import { AWARD_WORDS } from "../core/vocabulary";
import { showReport } from "./dialog";
import { renderSheet } from "./render";
import { type GSheet, type GSpreadsheetApp, gas } from "./types";

/** The spec carries its merges, centred and bordered blocks and row heights: renderSheet writes them all. */
function renderPrint(app: GSpreadsheetApp, sheet: GSheet, print: PrintSheet): void {
  renderSheet(app, sheet, print.spec, 0);
}

/** Creates the sheet if it is missing; never overwrites one that exists. */
function createIfMissing(print: PrintSheet): Outcome {
  const { SpreadsheetApp } = gas();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const name = print.spec.name;
  const existing = ss.getSheetByName(name);
  if (existing) {
    ss.setActiveSheet(existing);
    return { lead: AWARD.sheetExists(name), lines: [] };
  }
  const sheet = ss.insertSheet(name, ss.getSheets().length);
  renderPrint(SpreadsheetApp, sheet, print);
  ss.setActiveSheet(sheet);
  return { lead: AWARD.sheetCreated(name), lines: [] };
}

function timeZoneLines(): string[] {
  const zone = gas().SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  return isUtcPlus7(zone) ? [] : [AWARD.timeZoneWarning(zone)];
}

export function runCreateTenureSheet(): Outcome {
  return createIfMissing(tenureSheetSpec());
}

export function runCreateNominationSheet(): Outcome {
  return createIfMissing({ spec: nominationSheetSpec() });
}

/** Reads “Khen thưởng niên hạn”, writes “Phụ lục I” (replacing an earlier one) and reports. */
export function runTenureList(nowMs: number = Date.now()): Outcome {
  const { SpreadsheetApp } = gas();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const source = ss.getSheetByName(AWARD_WORDS.tenureSheet);
  if (!source) return { lead: AWARD.sheetMissing(AWARD_WORDS.tenureSheet, AWARD.menuTenureSheet), lines: [] };
  const list = tenureListOf(source.getDataRange().getValues(), todayInVietnam(nowMs), timeZoneLines);
  if (!list.sheet) return list.outcome;
  let target = ss.getSheetByName(AWARD_WORDS.listSheet);
  if (target) {
    target.getRange(1, 1, target.getMaxRows(), target.getMaxColumns()).breakApart().clearDataValidations();
    target.clear();
  } else {
    target = ss.insertSheet(AWARD_WORDS.listSheet, ss.getSheets().length);
  }
  renderPrint(SpreadsheetApp, target, list.sheet);
  ss.setActiveSheet(target);
  return list.outcome;
}

export function runQuotaCheck(): Outcome {
  const ss = gas().SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(AWARD_WORDS.nominationSheet);
  if (!sheet)
    return { lead: AWARD.sheetMissing(AWARD_WORDS.nominationSheet, AWARD.menuNominationSheet), lines: [] };
  return quotaCheckOf(sheet.getDataRange().getValues());
}

/** The award commands' bodies: each ends in a dialog with its outcome (src/gas/commands.ts wraps them). */
export const awardActions = {
  tenureSheet: (title: string) => show(title, runCreateTenureSheet()),
  tenureList: (title: string) => show(title, runTenureList()),
  nominationSheet: (title: string) => show(title, runCreateNominationSheet()),
  quota: (title: string) => show(title, runQuotaCheck()),
};

function show(title: string, out: Outcome): void {
  showReport(title, out.lead, out.lines);
}
