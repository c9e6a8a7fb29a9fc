/**
 * The values-only package reader (src/xlsx/values.ts) gives what ExcelJS's full load gives, on every
 * kind of workbook the commands meet: the sample and its roll-up (charts, merges, inline strings),
 * a generated province, a file Excel-like tools write with dates, rich text, booleans, errors and
 * formulas, and the same re-saved by LibreOffice (shared strings, another package layout).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { generatedSpecs } from "../../src/core/workbook/generate";
import { workbookValues } from "../../src/xlsx/read";
import { packageValues } from "../../src/xlsx/values";
import { specsWorkbook, writeWorkbook } from "../../src/xlsx/workbook";
import { officeTestsEnabled, resavedByLibreOffice } from "../helpers/office";
import { cliOk, ensureCli, tempDir } from "../helpers/xlsx";

async function viaExcelJs(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return {
    sheets: wb.worksheets.map((w) => ({ name: w.name, state: w.state })),
    values: workbookValues(wb),
    modified: wb.modified,
  };
}

/** `fix`: where ExcelJS is known to read wrong, the value that is right (changes `want` in place). */
async function expectSame(path: string, fix: (want: Map<string, unknown[][]>) => void = () => {}) {
  const want = await viaExcelJs(path);
  fix(want.values);
  const got = await packageValues(readFileSync(path));
  expect(got.sheets).toEqual(want.sheets);
  expect([...got.values.keys()]).toEqual([...want.values.keys()]);
  for (const [name, v] of want.values) expect(got.values.get(name), name).toEqual(v);
  return got;
}

describe("packageValues reads what ExcelJS reads", () => {
  const dir = tempDir("tdp-values-");
  const odd = join(dir, "kieu-o.xlsx");

  beforeAll(async () => {
    ensureCli();
    cliOk(["demo", "--out-dir", dir]);
    cliOk(["template", "--out", join(dir, "trong.xlsx")]);
    await writeWorkbook(specsWorkbook(generatedSpecs({ wards: 12, units: 300 })), join(dir, "sinh.xlsx"));
    const wb = new ExcelJS.Workbook();
    wb.modified = new Date("2026-11-30T10:20:30Z");
    const ws = wb.addWorksheet("Ô đủ kiểu");
    ws.getCell("A1").value = "Đạt".normalize("NFD");
    ws.getCell("B1").value = { richText: [{ text: "Đ", font: { bold: true } }, { text: "ạt & <x>" }] };
    ws.getCell("C1").value = true;
    ws.getCell("D1").value = false;
    ws.getCell("E1").value = 1.25;
    ws.getCell("F1").value = new Date(Date.UTC(2024, 10, 18));
    ws.getCell("G1").value = { formula: '"Đạt"', result: "Đạt" } as ExcelJS.CellFormulaValue;
    ws.getCell("H1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("A3").value = { formula: "A1" } as ExcelJS.CellFormulaValue;
    ws.getCell("B4").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("C5").value = "  khoảng trắng  ";
    ws.getCell("D6").value = 45614;
    ws.getCell("D6").numFmt = "dd/mm/yyyy";
    ws.getCell("E6").value = 0.5;
    ws.getCell("E6").numFmt = "0.0%";
    ws.mergeCells("A8:C8");
    ws.getCell("A8").value = "gộp";
    const hidden = wb.addWorksheet("Ẩn", { state: "hidden" });
    hidden.getCell("A1").value = 1;
    wb.addWorksheet("Rất ẩn", { state: "veryHidden" }).getCell("B2").value = "x";
    await wb.xlsx.writeFile(odd);
  }, 180_000);

  it("on the sample rolled up into itself, its summary and the empty template", async () => {
    for (const f of ["mau-lai-chau.xlsx", "tong-hop.xlsx", "trong.xlsx"]) await expectSame(join(dir, f));
  });

  it("on a generated province", async () => {
    const got = await expectSame(join(dir, "sinh.xlsx"));
    expect(got.values.size).toBeGreaterThan(12);
  });

  it("on every kind of cell, hidden sheets and the modified time", async () => {
    const got = await expectSame(odd);
    const v = got.values.get("Ô đủ kiểu")!;
    expect(v[0].slice(0, 5)).toEqual(["Đạt".normalize("NFD"), "Đạt & <x>", true, false, 1.25]);
    expect(v[0][5]).toBeInstanceOf(Date);
    expect(v[5][3]).toBeInstanceOf(Date);
    expect(got.sheets.map((s) => s.state)).toEqual(["visible", "hidden", "veryHidden"]);
    expect(got.modified?.toISOString()).toBe("2026-11-30T10:20:30.000Z");
  });

  it.skipIf(!officeTestsEnabled())(
    "on files re-saved by LibreOffice Calc",
    async () => {
      // LibreOffice saves a FALSE cell as the formula FALSE() with its result 0: ExcelJS reads the
      // result as blank, Sheets (and this reader) as FALSE, which a checkbox criterion needs.
      await expectSame(resavedByLibreOffice(odd), (want) => {
        const row = want.get("Ô đủ kiểu")![0];
        expect(row[3]).toBe("");
        row[3] = false;
      });
      await expectSame(resavedByLibreOffice(join(dir, "mau-lai-chau.xlsx")));
    },
    240_000,
  );
});
