/**
 * The sample workbook on paper: `tdp demo` (npm start) writes it as the CLI does, LibreOffice prints
 * one sheet of it to PDF, poppler reads the PDF back. Needs soffice and poppler (test/helpers/office.ts:
 * skipped loudly without them, failing under CI=true).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { SHEET } from "../../src/core/vocabulary";
import { bodyFontSize, officeTestsEnabled, pdfInfo, pdfText, toPdf } from "../helpers/office";
import { cliOk, ensureCli, tempDir } from "../helpers/xlsx";

const WARD = "Phường Tân Phong";
const A4 = { short: 595.3, long: 841.9 };

/**
 * A copy of `file` where only `sheet` is visible (LibreOffice prints no hidden sheet), made in the
 * package itself so the charts ExcelJS cannot read stay in it.
 */
async function onlySheet(file: string, sheet: string, out: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const names = [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
  const active = names.indexOf(sheet);
  expect(active, `${sheet} in ${file}`).toBeGreaterThanOrEqual(0);
  const edited = xml
    .replace(/<sheet ([^>]*?)name="([^"]*)"([^>]*?)\/>/g, (all, before, name, after) =>
      name === sheet
        ? all
        : `<sheet ${before}name="${name}"${after.replace(/ state="[^"]*"/, "")} state="hidden"/>`,
    )
    .replace(/<bookViews>.*?<\/bookViews>/, "");
  // The active tab must be the visible one (LibreOffice shows and prints a hidden active sheet).
  const view = `<bookViews><workbookView activeTab="${active}" firstSheet="${active}"/></bookViews>`;
  zip.file("xl/workbook.xml", edited.replace(/(<workbookPr[^>]*\/>)/, `$1${view}`));
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer" }));
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
    // At 100 %: A:B (378 px) repeat on every page and leave room for 5 unit columns of 100 px on the
    // 952 px line, so Tân Phong's 7 units and the note take 2 strips across; the 28 criteria, the
    // cases and the result rows at 11 pt, under the 3 repeated title rows, take at most 9 pages down.
    expect(info.pages).toBeGreaterThanOrEqual(2);
    expect(info.pages).toBeLessThanOrEqual(2 * 9);
    expect(bodyFontSize(wardPdf)).toBeGreaterThanOrEqual(10);
    const text = flatText(wardPdf);
    expect(text).toContain("TP-TDP05 – Tổ dân phố số 5");
    expect(text).toContain("TP-TDP19 – Tổ dân phố số 19");
    for (const [i, page] of pagesOf(wardPdf, info.pages).entries()) {
      expect(page, `page ${i + 1}`).toContain("BIỂU ĐÁNH GIÁ TỔ DÂN PHỐ");
      expect(page, `page ${i + 1}`).toContain("Nội dung tiêu chí");
    }
  });

  it("Tổng hợp: A4 upright, ≥ 10 pt, title on every page, the paragraphs, tables, charts and lists", () => {
    const info = pdfInfo(summaryPdf);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([
      Math.round(A4.short),
      Math.round(A4.long),
    ]);
    // Paragraphs; wards and years; the two charts; the 35 units; criteria and standards; problems:
    // a page each (breaks before the charts, the list and the problems), the criteria two.
    expect(info.pages).toBeGreaterThanOrEqual(5);
    expect(info.pages).toBeLessThanOrEqual(8);
    expect(bodyFontSize(summaryPdf)).toBeGreaterThanOrEqual(10);
    for (const [i, page] of pagesOf(summaryPdf, info.pages).entries())
      expect(page.replace(/\s+/g, " "), `page ${i + 1}`).toContain("TỔNG HỢP KẾT QUẢ TỔ DÂN PHỐ");
    const text = flatText(summaryPdf);
    expect(text).toContain(
      "Đến hết năm 2024, toàn thành phố có 35 tổ dân phố, bản đủ điều kiện công nhận đạt các tiêu chuẩn, tiêu chí tự quản, phát triển toàn diện",
    );
    expect(text).toContain("+ Năm 2022 có 17 tổ dân phố, bản.");
    expect(text).toContain("TP-TDP05 – Tổ dân phố số 5");
    expect(text).toContain("Kết quả công nhận qua các năm"); // the years chart's title, drawn by LibreOffice
    expect(text).toContain("5. Các vấn đề cần xử lý");
  });
});
