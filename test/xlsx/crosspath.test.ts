/**
 * The same workbook through both paths: `tdp template --sample` → edited as Excel would → `tdp rollup`
 * (ExcelJS adapter), and the same cell values seeded into the SpreadsheetApp fake → the bundle's
 * one-click roll-up (dist/Code.js). Both must give the same report and write the same sheets.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Report, reportSchema } from "../../src/core/report";
import { rollup } from "../../src/core/rollup";
import { foldKey } from "../../src/core/text";
import { SHEET } from "../../src/core/vocabulary";
import { FIXED_SHEETS } from "../../src/core/workbook/sheets";
import { readHistory, readPlan } from "../../src/core/workbook/tables";
import { workbookFramework, workbookRoster } from "../../src/gas/workbook";
import { readXlsx } from "../../src/xlsx/read";
import { harness } from "../helpers/harness";
import { cellAt, cliOk, editWorkbook, ensureCli, tempDir, unitColumn } from "../helpers/xlsx";

/** Rows without trailing blank cells and trailing blank rows, so grids of different widths compare. */
function trimmed(rows: unknown[][]): unknown[][] {
  const out = rows.map((r) => {
    const x = [...r];
    while (x.length && (x[x.length - 1] === "" || x[x.length - 1] === null)) x.pop();
    return x;
  });
  while (out.length && !out[out.length - 1].length) out.pop();
  return out;
}

/** src/gas/rollup.ts's input, built with the Apps Script adapter's own helpers from sheet values. */
function gasSideReport(values: Map<string, unknown[][]>): Report {
  const skip = new Set([SHEET.guide, SHEET.summary].map(foldKey));
  const kept = new Map([...values].filter(([n]) => !skip.has(foldKey(n))));
  const of = (name: string) => [...kept].find(([n]) => foldKey(n) === foldKey(name))?.[1];
  const fw = workbookFramework(of(SHEET.criteria));
  const roster = workbookRoster(of(SHEET.roster));
  const plan = readPlan(of(SHEET.plan)!);
  const history = readHistory(of(SHEET.history)!);
  const fixed = new Set(FIXED_SHEETS.map(foldKey));
  return rollup({
    framework: fw.framework!,
    year: fw.framework!.year!,
    roster: roster.roster,
    plan: plan.plan,
    history: history.history,
    tabs: [...kept].filter(([n]) => !fixed.has(foldKey(n))).map(([sheet, v]) => ({ sheet, values: v })),
    problems: [...roster.problems, ...plan.problems, ...history.problems],
  }).report;
}

describe("xlsx adapter and Apps Script bundle give the same roll-up", () => {
  const dir = tempDir("tdp-cross-");
  const book = join(dir, "so.xlsx");
  let xlsxReport: Report;
  let xlsxSummary: unknown[][];
  let xlsxHistory: unknown[][];
  let values: Map<string, unknown[][]>;

  beforeAll(async () => {
    ensureCli();
    cliOk(["template", "--sample", "--out", book]);
    await editWorkbook(book, (wb) => {
      const tp = wb.getWorksheet("Phường Tân Phong")!;
      // TDP 8 fails TC1 (2/4 < 80%).
      cellAt(tp, "1.3", unitColumn(tp, "TP-TDP08")).value = "Không đạt";
      cellAt(tp, "1.4", unitColumn(tp, "TP-TDP08")).value = "Không đạt";
      // Typed the way people type: lower case, decomposed (NFD) Unicode, rich text, a formula.
      cellAt(tp, "2.1", unitColumn(tp, "TP-TDP10")).value = "đạt";
      cellAt(tp, "2.2", unitColumn(tp, "TP-TDP10")).value = "Đạt".normalize("NFD");
      cellAt(tp, "2.3", unitColumn(tp, "TP-TDP10")).value = {
        richText: [{ text: "Đ", font: { bold: true } }, { text: "ạt" }],
      };
      cellAt(tp, "2.4", unitColumn(tp, "TP-TDP10")).value = { formula: '"Đạt"', result: "Đạt" };
      // A blank criterion cell.
      const qt = wb.getWorksheet("Phường Quyết Tiến")!;
      const col = 3;
      cellAt(qt, "5.1", col).value = null;
      // A unit name in NFD in Danh mục, and a unit header in NFD on its tab.
      const dm = wb.getWorksheet(SHEET.roster)!;
      dm.eachRow((row) => {
        if (row.getCell(8).value === "TP-TDP10") row.getCell(9).value = "Tổ dân phố số 10".normalize("NFD");
      });
      const header = tp.getCell(3, unitColumn(tp, "TP-TDP16"));
      header.value = String(header.value).normalize("NFD");
    });
    const json = join(dir, "bao-cao.json");
    const out = join(dir, "tong-hop.xlsx");
    cliOk(["rollup", book, "--json", json, "--out", out]);
    xlsxReport = reportSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    const summaryBook = await readXlsx(out);
    xlsxSummary = summaryBook.values.get(SHEET.summary)!;
    xlsxHistory = summaryBook.values.get(SHEET.history)!;
    values = (await readXlsx(book)).values;
  });

  it("the edits reached the roll-up (so the comparison is about something)", () => {
    // 35 in the sample: TDP 8 now fails, and the first unit of Quyết Tiến lacks 5.1 (TC5 could be 3/4).
    expect(xlsxReport.totals.recognized).toBe(33);
    const tp = xlsxReport.wards.find((w) => w.name === "Phường Tân Phong")!;
    expect(tp.recognizedUnits.map((u) => u.code)).not.toContain("TP-TDP08");
    expect(tp.recognizedUnits.map((u) => u.code)).toContain("TP-TDP10");
    expect(
      xlsxReport.problems.some((p) => p.sheet === "Phường Quyết Tiến" && /5\.1 còn trống/.test(p.message)),
    ).toBe(true);
  });

  it("the bundle in the SpreadsheetApp fake writes the same Tổng hợp and Lịch sử công nhận", () => {
    const h = harness({ spreadsheet: { sheets: [...values.keys()] } });
    // As Sheets opens the .xlsx: its text cells stay text ("1.3" is not typed into a date).
    for (const [name, rows] of values) if (rows.length) h.ss.sheet(name).seedImported(rows);
    h.ctx.menuRollup();
    expect(h.ui.toasts.at(-1)!.msg).toBe("Đã tổng hợp 7 xã, phường, 33 đơn vị được công nhận.");
    const gasSummary = h.ss.sheetValues(SHEET.summary);
    expect(trimmed(gasSummary)).toEqual(trimmed(xlsxSummary));
    expect(trimmed(h.ss.sheetValues(SHEET.history))).toEqual(trimmed(xlsxHistory));

    // The report object: core roll-up fed the way src/gas/rollup.ts feeds it, from the fake's sheets.
    const after = new Map(h.ss.getSheets().map((s: any) => [s.getName(), h.ss.sheetValues(s.getName())]));
    expect(gasSideReport(after as Map<string, unknown[][]>)).toEqual(xlsxReport);
  });
});
