/**
 * Tổng hợp toàn thành phố: read every tab once (one batched read each), compute everything, then
 * write Tổng hợp and Lịch sử công nhận. Nothing is written if anything fails before the writes.
 * When the two sheets keep their layout (the usual click: same wards, same row structure), only
 * their values are written: formats, the charts and the button stay as they are (the layout key
 * covers `spec.charts`: layoutKey hashes every spec field but the values).
 */
import type { Problem } from "../core/problem";
import type { Report } from "../core/report";
import { foldKey } from "../core/text";
import { SUMMARY } from "../core/text/sheets";
import { NOTICE, TOAST } from "../core/text/ui";
import { rollupWorkbook, UNREAD_BY_ROLLUP } from "../core/usecases/rollupWorkbook";
import { SHEET } from "../core/vocabulary";
import { BUTTON_PNG_BASE64 } from "./buttonImage";
import { placeCharts } from "./charts";
import { confirmHistoryRewrite } from "./confirm";
import { layoutKey, RuleBuilders, readLayoutMarker, renderSheet, writeLayoutMarker } from "./render";
import { refreshBoardAfterRollup } from "./submission";
import { type GSheet, gas } from "./types";
import { readWorkbook, valuesOf } from "./workbook";

export type RollupOutcome =
  | { ok: true; report: Report; headline: string; summary: GSheet }
  | { ok: false; message: string; problems: Problem[] };

/** The roll-up; the caller holds the document lock (the menu's command table, the sidebar's call). */
export function rollUp(): RollupOutcome {
  const { SpreadsheetApp } = gas();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.toast(TOAST.reading, TOAST.rollupTitle, 30);
  const skip = new Set(UNREAD_BY_ROLLUP.map(foldKey));
  const snapshot = readWorkbook(ss, (name) => !skip.has(foldKey(name)));
  let computed = rollupWorkbook(snapshot.values);
  if (!computed.ok) return { ok: false, message: NOTICE.criteriaBroken, problems: computed.problems };
  // A tab of another year or a closed year: the user decides whether the year's history is rewritten.
  if (computed.historyHeld && confirmHistoryRewrite(computed.result.report)) {
    const confirmed = rollupWorkbook(snapshot.values, { confirmHistory: true });
    if (confirmed.ok) computed = confirmed;
  }
  const { result, summary: spec, summaryLayout: layout, history: historyOut, annex, tables } = computed;
  const historyRows = valuesOf(snapshot, SHEET.history);

  // Compute first, write last. Both output sheets exist before either is written, so a failure
  // cannot leave half a result.
  let count = snapshot.sheets.size;
  const oldSummary = snapshot.sheets.get(SHEET.summary);
  const summary = oldSummary ?? ss.insertSheet(SHEET.summary, count++);
  const oldHistory = snapshot.sheets.get(SHEET.history);
  const historySheet = oldHistory ?? ss.insertSheet(SHEET.history, count++);
  const oldAnnex = snapshot.sheets.get(SHEET.annex);
  const annexSheet = oldAnnex ?? ss.insertSheet(SHEET.annex, count++);
  // One key for the three sheets and the charts, kept in Tổng hợp's A1 note.
  const key = `${layoutKey(spec, JSON.stringify(layout))}.${layoutKey(historyOut)}.${layoutKey(annex)}`;
  const same = oldSummary !== undefined && readLayoutMarker(summary) === key;
  const rules = new RuleBuilders(SpreadsheetApp);
  const summaryHeight = oldSummary && !same ? summary.getLastRow() : 0;
  renderSheet(SpreadsheetApp, summary, spec, summaryHeight, !oldSummary, {
    rules,
    sameLayout: same,
  });
  if (!computed.historyHeld || !oldHistory)
    renderSheet(SpreadsheetApp, historySheet, historyOut, historyRows?.length ?? 0, !oldHistory, {
      rules,
      sameLayout: same && oldHistory !== undefined,
    });
  renderSheet(SpreadsheetApp, annexSheet, annex, valuesOf(snapshot, SHEET.annex)?.length ?? 0, !oldAnnex, {
    rules,
    sameLayout: same && oldAnnex !== undefined,
  });
  if (!same) {
    placeCharts(summary, spec.charts ?? []);
    placeButton(summary);
    writeLayoutMarker(summary, key);
  }
  refreshBoardAfterRollup(ss, snapshot);

  const t = result.report.totals;
  const headline = TOAST.rollupDone(result.report.wards.length, tables.framework.wardWord, t.recognized);
  ss.toast(headline, TOAST.rollupTitle, 10);
  return { ok: true, report: result.report, headline, summary };
}

/** The "Tổng hợp" button image, with the roll-up assigned; added once. */
function placeButton(sheet: GSheet): void {
  const { Utilities } = gas();
  if (sheet.getImages().some((i) => i.getScript() === "rollupButton")) return;
  const blob = Utilities.newBlob(Utilities.base64Decode(BUTTON_PNG_BASE64), "image/png", "tong-hop.png");
  sheet.insertImage(blob, 14, 1).assignScript("rollupButton").setAltTextTitle(SUMMARY.buttonAltText);
}
