/**
 * Tổng hợp toàn thành phố: read every tab once (one batched read each), compute everything, then
 * write Tổng hợp and Lịch sử công nhận. Nothing is written if anything fails before the writes.
 */
import { NOTICE, SHEET, SUMMARY, TOAST } from "../core/messages";
import type { Problem } from "../core/problem";
import type { Report } from "../core/report";
import { foldKey } from "../core/text";
import { rollupWorkbook, UNREAD_BY_ROLLUP } from "../core/workbook/input";
import type { SummaryLayout } from "../core/workbook/summary";
import { BUTTON_PNG_BASE64 } from "./buttonImage";
import { renderSheet } from "./render";
import { type GSheet, gas } from "./types";
import { readWorkbook, valuesOf } from "./workbook";

export type RollupOutcome =
  | { ok: true; report: Report; headline: string }
  | { ok: false; message: string; problems: Problem[] };

export function runRollup(): RollupOutcome {
  const { LockService, SpreadsheetApp } = gas();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(100)) return { ok: false, message: NOTICE.busy, problems: [] };
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    ss.toast(TOAST.reading, TOAST.rollupTitle, 30);
    const skip = new Set(UNREAD_BY_ROLLUP.map(foldKey));
    const snapshot = readWorkbook(ss, (name) => !skip.has(foldKey(name)));
    ss.toast(TOAST.computing(snapshot.values.size), TOAST.rollupTitle, 30);
    const computed = rollupWorkbook(snapshot.values);
    if (!computed.ok) return { ok: false, message: NOTICE.criteriaBroken, problems: computed.problems };
    const { result, summary: spec, summaryLayout: layout, history: historyOut, tables } = computed;
    const historyRows = valuesOf(snapshot, SHEET.history);

    // Compute first, write last.
    ss.toast(TOAST.writing, TOAST.rollupTitle, 30);
    // Both output sheets exist before either is written, so a failure cannot leave half a result.
    let count = snapshot.sheets.size;
    const oldSummary = snapshot.sheets.get(SHEET.summary);
    const summary = oldSummary ?? ss.insertSheet(SHEET.summary, count++);
    const oldHistory = snapshot.sheets.get(SHEET.history);
    const historySheet = oldHistory ?? ss.insertSheet(SHEET.history, count++);
    renderSheet(SpreadsheetApp, summary, spec, oldSummary ? summary.getLastRow() : 0, !oldSummary);
    renderSheet(SpreadsheetApp, historySheet, historyOut, historyRows?.length ?? 0, !oldHistory);
    placeChart(summary, layout);
    placeButton(summary);

    const t = result.report.totals;
    const headline = TOAST.rollupDone(result.report.wards.length, tables.framework.wardWord, t.recognized);
    ss.toast(headline, TOAST.rollupTitle, 10);
    return { ok: true, report: result.report, headline };
  } finally {
    lock.releaseLock();
  }
}

/** One stacked bar chart (maintained / new per ward), replaced on every run. */
function placeChart(sheet: GSheet, layout: SummaryLayout): void {
  const { Charts } = gas();
  for (const c of sheet.getCharts()) sheet.removeChart(c);
  if (layout.wardLastRow < layout.wardFirstRow) return;
  const rows = layout.wardLastRow - layout.wardFirstRow + 2; // with the header row
  const from = layout.wardFirstRow - 1;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(from, layout.nameCol, rows, 1))
    .addRange(sheet.getRange(from, layout.maintainedCol, rows, 2))
    .setOption("isStacked", true)
    .setOption("title", SUMMARY.chartTitle)
    .setPosition(3, 14, 0, 0)
    .build();
  sheet.insertChart(chart);
}

/** The "Tổng hợp" button image, with the roll-up assigned; added once. */
function placeButton(sheet: GSheet): void {
  const { Utilities } = gas();
  if (sheet.getImages().some((i) => i.getScript() === "rollupButton")) return;
  const blob = Utilities.newBlob(Utilities.base64Decode(BUTTON_PNG_BASE64), "image/png", "tong-hop.png");
  sheet.insertImage(blob, 14, 1).assignScript("rollupButton").setAltTextTitle(SUMMARY.buttonAltText);
}
