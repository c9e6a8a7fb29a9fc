/** The ExcelJS adapter in-process: reading cells like getValues, rendering SheetSpecs, bad files. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { formatSummary } from "../../src/cli/summary";
import { displayWidth, wrap } from "../../src/cli/text";
import { builtinFramework } from "../../src/core/frameworks";
import { rollup } from "../../src/core/rollup";
import { XLSX } from "../../src/core/text/cli";
import { rollupWorkbook } from "../../src/core/usecases/rollupWorkbook";
import { judge, verdictLabel } from "../../src/core/verdict";
import { SHEET } from "../../src/core/vocabulary";
import { computeFormulas, evaluateFormula, resolveRange } from "../../src/core/workbook/computedFormulas";
import { literal, range } from "../../src/core/workbook/formula";
import { closestName, sheetIssue } from "../../src/core/workbook/sheets";
import type { Formula } from "../../src/core/workbook/spec";
import { historySpec } from "../../src/core/workbook/tables";
import { readWardTab, unitInputAt, type WardTabRead } from "../../src/core/workbook/wardTab";
import {
  cellValue,
  loadWorkbook,
  sheetValues,
  sniff,
  workbookValues,
  XlsxFileError,
} from "../../src/xlsx/read";
import { ruleBlocks } from "../../src/xlsx/render";
import { replaceSheets, specsWorkbook, templateSpecs } from "../../src/xlsx/workbook";
import { tempDir, tooWide } from "../helpers/xlsx";

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return out;
}

function sampleSpecsOk() {
  const plan = templateSpecs({ sample: true });
  if (!plan.ok) throw new Error(plan.lines.join("; "));
  return plan.specs;
}

describe("cell values as Apps Script's getValues gives them", () => {
  it("converts every ExcelJS value shape", () => {
    expect(cellValue(null)).toBe("");
    expect(cellValue(undefined)).toBe("");
    expect(cellValue("Đạt")).toBe("Đạt");
    expect(cellValue(0)).toBe(0);
    expect(cellValue(false)).toBe(false);
    expect(cellValue({ richText: [{ text: "Không " }, { text: "đạt", font: { bold: true } }] })).toBe(
      "Không đạt",
    );
    expect(cellValue({ formula: "A1", result: "Đạt" })).toBe("Đạt");
    expect(cellValue({ formula: "A1" })).toBe("");
    expect(cellValue({ sharedFormula: "A1", result: 7 })).toBe(7);
    expect(cellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(cellValue({ error: "#REF!" })).toBe("#REF!");
    expect(cellValue({ text: "minh chứng", hyperlink: "https://example.gov.vn" })).toBe("minh chứng");
    expect(cellValue({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" })).toBe("ab");
    const d = cellValue(new Date(Date.UTC(2024, 0, 1))) as Date;
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2024, 0, 1, 0]);
  });

  it("reads the data range: formulas by cached result, merged cells blank outside the top-left, styles ignored", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("A");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = { formula: "A1+1", result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { sharedFormula: "A2", result: 3 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("C1").value = "gộp";
    ws.mergeCells("C1:D1");
    ws.getCell("H20").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    const values = sheetValues((await reload(wb)).getWorksheet("A")!);
    expect(values).toEqual([
      [1, "", "gộp"],
      [2, 3, ""],
    ]);
  });

  it("keeps the sheet order, hidden sheets included", async () => {
    const wb = new ExcelJS.Workbook();
    for (const n of ["Hướng dẫn", "Tiêu chí", "Ẩn", "Tân Phong"]) wb.addWorksheet(n).getCell("A1").value = n;
    wb.getWorksheet("Ẩn")!.state = "hidden";
    expect([...workbookValues(await reload(wb)).keys()]).toEqual([
      "Hướng dẫn",
      "Tiêu chí",
      "Ẩn",
      "Tân Phong",
    ]);
  });
});

describe("bad files are recognised before ExcelJS", () => {
  const cfb = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  it("tells encrypted, .xls, .ods, text and empty files apart", () => {
    expect(sniff(Buffer.alloc(0), "a.xlsx")).toBe("empty");
    expect(
      sniff(Buffer.concat([cfb, Buffer.alloc(100), Buffer.from("EncryptedPackage", "utf16le")]), "a.xlsx"),
    ).toBe("encrypted");
    expect(sniff(Buffer.concat([cfb, Buffer.alloc(100), Buffer.from("Workbook", "utf16le")]), "a.xlsx")).toBe(
      "xls",
    );
    expect(
      sniff(
        Buffer.concat([
          Buffer.from("PK\x03\x04"),
          Buffer.from("....mimetypeapplication/vnd.oasis.opendocument.spreadsheet"),
        ]),
        "a.ods",
      ),
    ).toBe("ods");
    expect(sniff(Buffer.from("STT;Tên\n1;A"), "a.xlsx")).toBe("notZip");
    expect(sniff(Buffer.from("<html><table>"), "bao-cao.xls")).toBe("xls");
    expect(sniff(Buffer.from("PK\x03\x04rest"), "a.xlsx")).toBe("zip");
  });

  it("a truncated .xlsx is reported as corrupt, not thrown as an ExcelJS error", async () => {
    const dir = tempDir();
    const good = await specsWorkbook(sampleSpecsOk()).xlsx.writeBuffer();
    const path = join(dir, "cut.xlsx");
    writeFileSync(path, Buffer.from(good as ArrayBuffer).subarray(0, 4000));
    await expect(loadWorkbook(path)).rejects.toMatchObject({ kind: "corrupt" });
    await expect(loadWorkbook(join(dir, "none.xlsx"))).rejects.toBeInstanceOf(XlsxFileError);
  });
});

describe("the template as xlsx", () => {
  it("writes every sheet of the sample in order, the dropdown lists on a very hidden sheet last", async () => {
    const specs = sampleSpecsOk();
    const wb = await reload(specsWorkbook(specs));
    expect(wb.worksheets.map((w) => w.name)).toEqual([...specs.map((s) => s.name), XLSX.listsSheet]);
    expect(wb.getWorksheet(XLSX.listsSheet)!.state).toBe("veryHidden");
    expect(specs.map((s) => s.name).slice(0, 4)).toEqual([
      SHEET.guide,
      SHEET.criteria,
      SHEET.roster,
      SHEET.plan,
    ]);
  });

  it("every cell round-trips: spec values, and the formula rows as the values =TDP_* would show", async () => {
    const specs = sampleSpecsOk();
    const wb = await reload(specsWorkbook(specs));
    const all = new Map(specs.map((s) => [s.name, s.values]));
    for (const spec of specs) {
      const read = sheetValues(wb.getWorksheet(spec.name)!);
      const expected = spec.values.map((r) => [...r]);
      for (const c of computeFormulas(spec, all).values) {
        while (expected.length < c.row) expected.push(Array(expected[0].length).fill(""));
        expected[c.row - 1][c.col - 1] = c.value;
      }
      for (let r = 0; r < expected.length; r++)
        for (let c = 0; c < expected[r].length; c++)
          expect(read[r]?.[c] ?? "", `${spec.name} row ${r + 1} col ${c + 1}`).toEqual(expected[r][c]);
    }
  });

  it("the KẾT QUẢ row holds each unit's verdict as computed by the core", async () => {
    const fw = builtinFramework("laichau-2021")!;
    const wb = await reload(specsWorkbook(sampleSpecsOk()));
    const values = sheetValues(wb.getWorksheet("Phường Tân Phong")!);
    const read = readWardTab("Phường Tân Phong", values, fw) as WardTabRead;
    const verdictRow = values.findIndex((r) => r[1] === "KẾT QUẢ");
    expect(verdictRow).toBeGreaterThan(0);
    const units = read.unitColumns.filter((c) => c.hasData);
    expect(units.length).toBeGreaterThan(3);
    for (const u of units)
      expect(values[verdictRow][u.col - 1]).toBe(
        verdictLabel(judge(fw, unitInputAt(read, values, u.col, fw))),
      );
    expect(values.some((r) => String(r[2]).includes("6/7 (85,7%) – đạt"))).toBe(true);
  });

  it("criterion and disqualifier cells have rejecting dropdowns with the criterion as prompt", async () => {
    const wb = await reload(specsWorkbook(sampleSpecsOk()));
    const ws = wb.getWorksheet("Phường Tân Phong")!;
    const values = sheetValues(ws);
    const row = (code: string) => values.findIndex((r) => r[0] === code) + 1;
    const criterion = ws.getCell(row("1.3"), 4).dataValidation;
    expect(criterion).toMatchObject({
      type: "list",
      formulae: ['"Đạt,Không đạt,Không áp dụng"'],
      showErrorMessage: true,
    });
    expect(criterion.prompt).toMatch(/^1\.3\. /);
    expect(ws.getCell(row("II.2"), 3).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Có,Không"'],
    });
    expect(ws.getCell(row("1"), 3).dataValidation).toBeUndefined(); // a standard heading row
    // The unit header list is too long for a literal: it points to the hidden lists sheet.
    const header = ws.getCell(3, 3).dataValidation;
    const m = /^'(.+)'!\$([A-Z]+)\$1:\$[A-Z]+\$(\d+)$/.exec(header.formulae[0]);
    expect(m?.[1]).toBe(XLSX.listsSheet);
    const list = sheetValues(wb.getWorksheet(XLSX.listsSheet)!).map((r) => r[m![2].charCodeAt(0) - 65]);
    expect(list.slice(0, Number(m![3]))).toContain("TP-TDP05 – Tổ dân phố số 5");
    // Excel refuses prompts over 255 characters.
    for (const w of wb.worksheets)
      w.eachRow((r) =>
        r.eachCell((c) => {
          expect((c.dataValidation?.prompt ?? "").length).toBeLessThanOrEqual(255);
        }),
      );
  });

  it("formatting: frozen panes, widths, tab colour, fills, bold, conditional colours, landscape print", async () => {
    const wb = await reload(specsWorkbook(sampleSpecsOk()));
    const ws = wb.getWorksheet("Phường Tân Phong")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3 });
    expect(ws.getColumn(2).width).toBeCloseTo(330 / 7, 1);
    expect(ws.properties.tabColor).toEqual({ argb: "FF6FA8DC" });
    expect(ws.getCell("A3").fill).toMatchObject({ fgColor: { argb: "FFD9D9D9" } });
    // One family everywhere, bold headings included; the title larger.
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, name: "Times New Roman", size: 14 });
    expect(ws.getCell("A3").font).toMatchObject({ bold: true, name: "Times New Roman", size: 11 });
    expect(ws.getCell("C5").font).toMatchObject({ name: "Times New Roman", size: 11 });
    expect(ws.getCell("C3").alignment).toMatchObject({ wrapText: true });
    // A4 landscape at 100 % (fitting 9 units to the width would print 6 pt), titles on every page,
    // the margins of Nghị định 30/2020: 2 cm top and bottom, 3 cm left, 1.5 cm right.
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: false,
      scale: 100,
      printTitlesRow: "1:3",
      printTitlesColumn: "A:B",
    });
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.7874, bottom: 0.7874, left: 1.1811, right: 0.5906 });
    // A sheet without its own print setup keeps landscape, one page wide.
    expect(wb.getWorksheet("Tiêu chí")!.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    // Wrapped criterion text gets a taller row (Excel does not grow rows as Sheets does).
    const r11 = sheetValues(ws).findIndex((r) => r[0] === "1.1") + 1;
    expect(ws.getRow(r11).height).toBeGreaterThan(15);
    expect(ws.getRow(3).height ?? 15).toBeLessThanOrEqual(30);
    const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const rules = cf.flatMap((c) => c.rules) as { type: string; formulae?: string[] }[];
    expect(rules.some((r) => r.type === "expression" && r.formulae?.[0] === 'TRIM(C5)="Không đạt"')).toBe(
      true,
    );
    // blank is amber only under a chosen unit (spare columns stay white)
    expect(
      rules.some((r) => r.type === "expression" && r.formulae?.[0] === "AND(LEN(C$3)>0,LEN(TRIM(C5))=0)"),
    ).toBe(true);
    const crit = wb.getWorksheet(SHEET.criteria)!;
    expect(crit.getCell("B10").numFmt).toBe("@"); // codes such as "1.10" stay text
    expect(crit.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  });

  it("the Quỳnh Vinh framework gives its own Tiêu chí sheet", async () => {
    const plan = templateSpecs({ frameworkId: "quynhvinh-6k3c" });
    expect(plan.ok).toBe(true);
    const wb = await reload(specsWorkbook(plan.ok ? plan.specs : []));
    const crit = sheetValues(wb.getWorksheet(SHEET.criteria)!);
    expect(crit.flat().join("|")).toContain("quynhvinh-6k3c");
    expect(crit.filter((r) => r[0] === "Tiêu chí")).toHaveLength(9);
  });
});

describe("formulas", () => {
  const sheets = new Map([
    [
      "Tiêu chí",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    ["It's", [["x"]]],
  ]);
  it("resolves ranges, whole columns and other sheets (found leniently)", () => {
    const abs = { absolute: true };
    expect(resolveRange(range({ col: 1 }, { col: 2 }, { sheet: "Tiêu chí", ...abs }), "X", sheets)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(resolveRange(range({ col: 2, row: 2 }), "Tiêu chí", sheets)).toEqual([["d"]]);
    expect(resolveRange(range({ col: 1, row: 1 }, undefined, { sheet: "It's" }), "X", sheets)).toEqual([
      ["x"],
    ]);
    expect(resolveRange(range({ col: 1, row: 2 }, { col: 2 }, { sheet: "TIÊU CHÍ" }), "X", sheets)).toEqual([
      ["c", "d"],
    ]);
    expect(
      resolveRange(range({ col: 1, row: 1 }, undefined, { sheet: "Không có" }), "X", sheets),
    ).toBeUndefined();
  });
  it("evaluates TDP_* with the core and keeps as Excel formulas those it cannot compute", () => {
    const col = [["Đạt"], ["Đạt"], ["Không đạt"], ["Đạt"]];
    const s = new Map([["T", col]]);
    const cells = range({ col: 1, row: 1 }, { col: 1, row: 4 });
    const standard: Formula = {
      fn: "TDP_STANDARD",
      args: [cells, literal(""), literal(""), literal("quynhvinh")],
    };
    expect(evaluateFormula(standard, "T", s)).toMatch(/^Lỗi: /);
    // Today's date as the default as-of date: a value computed now would go stale in the file.
    expect(evaluateFormula({ fn: "TDP_NIEN_HAN", args: [cells] }, "T", s)).toBeUndefined();
    const elsewhere = range({ col: 1, row: 1 }, { col: 1, row: 4 }, { sheet: "Không có" });
    const out = computeFormulas(
      {
        name: "T",
        values: col,
        formulas: [{ row: 5, col: 1, fn: "TDP_VERDICT", args: [elsewhere] }],
        validations: [],
      },
      s,
    );
    expect(out).toEqual({
      values: [],
      formulas: [{ row: 5, col: 1, formula: "TDP_VERDICT('Không có'!A1:A4)" }],
    });
  });
});

describe("formula injection", () => {
  it("user text beginning with = + - @ is written as text, never as a formula", async () => {
    const names = ['=HYPERLINK("x")', "+84 912 345 678", "-5", "@lan"];
    const spec = historySpec(
      names.map((_, i) => ({ unit: `U${i}`, year: 2024 })),
      (code) => ({ name: names[Number(code.slice(1))], ward: "=1+1" }),
    );
    const ws = (await reload(specsWorkbook([spec]))).getWorksheet(SHEET.history)!;
    for (const [i, name] of names.entries()) {
      const cell = ws.getCell(4 + i, 3);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(name);
      expect(ws.getCell(4 + i, 4).value).toBe("=1+1");
    }
  });
});

describe("layout helpers", () => {
  it("groups identical dropdown rules into rectangles", () => {
    const a = { values: ["Đạt"], help: "a" };
    const b = { values: ["Có"], help: "b" };
    const blocks = ruleBlocks([
      [a, a, null],
      [a, a, b],
      [a, a, b],
    ]);
    expect(blocks.map(({ r, c, rows, cols, rule }) => ({ r, c, rows, cols, help: rule.help }))).toEqual(
      expect.arrayContaining([
        { r: 0, c: 0, rows: 3, cols: 2, help: "a" },
        { r: 1, c: 2, rows: 2, cols: 1, help: "b" },
      ]),
    );
    expect(blocks).toHaveLength(2);
  });

  it("finds renamed and missing sheets", () => {
    expect(closestName("Danh mục", ["Phường Tân Phong", "Danh muc 2024"])).toBe("Danh muc 2024");
    expect(closestName("Danh mục", ["Phường Tân Phong", "Xã San Thàng"])).toBeUndefined();
    expect(sheetIssue(["Tiêu chí", "Danh mục", "Kế hoạch", "Tân Phong"])).toBeUndefined();
    expect(sheetIssue(["Tiêu chí", "Kế hoạch", "Tân Phong"])).toEqual({ kind: "missing", sheet: "Danh mục" });
    expect(sheetIssue(["Tiêu chí", "DANH MUC (2)", "Tân Phong"])).toEqual({
      kind: "renamed",
      sheet: "Danh mục",
      found: "DANH MUC (2)",
    });
    expect(sheetIssue(["Tieu chi", "Danh mục"])).toBeUndefined(); // matched without diacritics
    expect(sheetIssue(["Tiêu chí", "Danh mục", "Ke hoach cu"])).toMatchObject({
      kind: "renamed",
      sheet: "Kế hoạch",
    });
  });

  it("terminal text: display width ignores combining marks; wrapping respects it", () => {
    expect(displayWidth("Tổ dân phố".normalize("NFD"))).toBe(10);
    expect(displayWidth("表")).toBe(2);
    for (const line of wrap("Tổ dân phố số 5, 9 phường Tân Phong; bản Nậm Loỏng 1", 12))
      expect(displayWidth(line)).toBeLessThanOrEqual(12);
  });
});

describe("roll-up on xlsx values", () => {
  it("gives the Lai Châu 2024 headline and keeps the printed table within 100 columns", async () => {
    const values = workbookValues(await reload(specsWorkbook(sampleSpecsOk())));
    const r = rollupWorkbook(values);
    if (!r.ok) throw new Error("roll-up failed");
    expect(r.result.report.totals).toMatchObject({ recognized: 35, maintained: 28, new: 7 });
    expect(r.result.report.targets.year?.percent).toBe(109.4);
    expect(r.result.report.targets.period?.percent).toBe(134.6);
    const text = formatSummary(r.result.report);
    expect(text).toContain("35 tổ dân phố, bản được công nhận (duy trì 28, công nhận mới 7)");
    expect(tooWide(text, 100)).toEqual([]);
    expect(text).toBe(text.normalize("NFC"));
  });

  it("a broken Tiêu chí stops the roll-up with the cell to fix", async () => {
    const values = workbookValues(await reload(specsWorkbook(sampleSpecsOk())));
    const crit = values.get(SHEET.criteria)!.map((r) => [...r]);
    const r = crit.findIndex((row) => row[0] === "Tiêu chuẩn");
    crit[r][4] = 150;
    values.set(SHEET.criteria, crit);
    const out = rollupWorkbook(values);
    expect(out.ok).toBe(false);
    expect(out.ok ? [] : out.problems.map((p) => p.cell)).toContain(`E${r + 1}`);
  });

  it("replaceSheets rewrites Tổng hợp and Lịch sử in place, keeping their tab position", async () => {
    const wb = await reload(specsWorkbook(sampleSpecsOk()));
    const before = wb.worksheets.map((w) => w.name);
    const values = workbookValues(wb);
    const r = rollupWorkbook(values);
    if (!r.ok) throw new Error("roll-up failed");
    replaceSheets(wb, [r.summary, r.history]);
    const again = await reload(wb);
    expect(again.worksheets.map((w) => w.name)).toEqual(before);
    expect(sheetValues(again.getWorksheet(SHEET.summary)!)[0][0]).toBe(r.result.report.title);
    const history = sheetValues(again.getWorksheet(SHEET.history)!);
    expect(history.filter((row) => row[1] === 2024)).toHaveLength(35);
    // Same report as the core on the same values.
    expect(r.result.report).toEqual(rollup(r.tables.input).report);
  });
});
