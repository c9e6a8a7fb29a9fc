/**
 * The sample workbook on paper: `tdp demo` (npm start) writes it as the CLI does, LibreOffice prints
 * one sheet of it to PDF, poppler reads the PDF back. Needs soffice and poppler (test/helpers/office.ts:
 * skipped loudly without them, failing under CI=true).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { SHEET } from "../../src/core/vocabulary";
import { bodyFontSize, officeTestsEnabled, pdfInfo, pdfText, toPdf } from "../helpers/office";
import { cliOk, ensureCli, tempDir } from "../helpers/xlsx";

const WARD = "Phường Tân Phong";
const A4 = { short: 595.3, long: 841.9 };

/** A copy of `file` where only `sheet` is visible: LibreOffice prints no hidden sheet. */
async function onlySheet(file: string, sheet: string, out: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const ws of wb.worksheets) if (ws.name !== sheet && ws.state === "visible") ws.state = "hidden";
  wb.views = [{ activeTab: wb.worksheets.findIndex((w) => w.name === sheet) } as ExcelJS.WorkbookView];
  await wb.xlsx.writeFile(out);
  return out;
}

/** The PDF's text in drawing order, whitespace collapsed: a wrapped cell reads as one line. */
function flatText(pdf: string): string {
  const r = spawnSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.normalize("NFC").replace(/\s+/g, " ");
}

const pagesOf = (pdf: string, n: number) => Array.from({ length: n }, (_, i) => pdfText(pdf, i + 1));

describe.runIf(officeTestsEnabled())("the Lai Châu sample printed on A4 (LibreOffice)", () => {
  let wardPdf = "";
  let summaryPdf = "";
  beforeAll(async () => {
    ensureCli();
    const cwd = tempDir("tdp-print-");
    cliOk(["demo"], { cwd });
    const ward = await onlySheet(join(cwd, "out/mau-lai-chau.xlsx"), WARD, join(cwd, "ward.xlsx"));
    const summary = await onlySheet(join(cwd, "out/tong-hop.xlsx"), SHEET.summary, join(cwd, "summary.xlsx"));
    wardPdf = toPdf(ward);
    summaryPdf = toPdf(summary);
  }, 300_000);

  it("a ward tab: A4 landscape, ≥ 10 pt, unit headers whole, titles on every page", () => {
    const info = pdfInfo(wardPdf);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([
      Math.round(A4.long),
      Math.round(A4.short),
    ]);
    // 12 columns at 100 %: A:B (396 px) repeat on every page and leave room for 3 unit columns of
    // the 952 px line, so 4 strips across (9 unit columns, then the note); the 28 criteria, the
    // cases and the result rows at 11 pt take about 7 pages down. LibreOffice drops empty pages.
    expect(info.pages).toBeGreaterThanOrEqual(4);
    expect(info.pages).toBeLessThanOrEqual(4 * 7);
    expect(bodyFontSize(wardPdf)).toBeGreaterThanOrEqual(10);
    const text = flatText(wardPdf);
    expect(text).toContain("TP-TDP05 – Tổ dân phố số 5");
    expect(text).toContain("TP-TDP19 – Tổ dân phố số 19");
    for (const [i, page] of pagesOf(wardPdf, info.pages).entries()) {
      expect(page, `page ${i + 1}`).toContain("BIỂU ĐÁNH GIÁ TỔ DÂN PHỐ");
      expect(page, `page ${i + 1}`).toContain("Nội dung tiêu chí");
    }
  });

  it("Tổng hợp: A4, ≥ 10 pt, the headline paragraph", () => {
    const info = pdfInfo(summaryPdf);
    expect([Math.min(info.width, info.height), Math.max(info.width, info.height)].map(Math.round)).toEqual([
      Math.round(A4.short),
      Math.round(A4.long),
    ]);
    expect(bodyFontSize(summaryPdf)).toBeGreaterThanOrEqual(10);
    // The summary layout the team lead is rewriting (src/core/workbook/summary.ts) writes this.
    expect(flatText(summaryPdf)).toContain("Đến hết năm 2024, toàn thành phố có 35 tổ dân phố, bản");
  });
});
