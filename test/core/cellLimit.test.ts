/** Text longer than a cell holds is cut with "…" and reported with its cell. */
import { describe, expect, it } from "vitest";
import { CELL_TEXT_LIMIT, capSpecText, capText, fitCells } from "../../src/core/cellLimit";
import { rollupWorkbook } from "../../src/core/usecases/rollupWorkbook";
import { SHEET } from "../../src/core/vocabulary";
import { emptySpec } from "../../src/core/workbook/spec";
import { harness } from "../helpers/harness";

describe("cell text limits", () => {
  it("cuts to exactly the limit, ending in …, never splitting a surrogate pair", () => {
    expect(capText("a".repeat(50_001))).toHaveLength(50_000);
    expect(capText("a".repeat(50_001)).endsWith("…")).toBe(true);
    expect(capText("a".repeat(50_000))).toBe("a".repeat(50_000));
    const emoji = `${"a".repeat(8)}😀${"b".repeat(10)}`; // the pair sits at 8–9
    const cut = capText(emoji, 10);
    expect(cut).toBe(`${"a".repeat(8)}…`);
    expect(CELL_TEXT_LIMIT).toEqual({ sheets: 50_000, excel: 32_767 });
  });

  it("a custom function's result never holds more than a cell can", () => {
    const long = "x".repeat(60_000);
    expect(fitCells(long)).toHaveLength(50_000);
    const grid = fitCells([[long, "Đạt", 3]]);
    expect(grid[0][0]).toHaveLength(50_000);
    expect(grid[0].slice(1)).toEqual(["Đạt", 3]);
  });

  it("capSpecText names the sheet, the A1 cell and the start of the value", () => {
    const spec = emptySpec("Tổng hợp", [["ngắn", "y".repeat(40_000)]]);
    const problems = capSpecText(spec, CELL_TEXT_LIMIT.excel);
    expect(spec.values[0][1]).toHaveLength(32_767);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: "Tổng hợp", cell: "B1", value: `${"y".repeat(60)}…` });
    expect(problems[0].message).toContain("40.000 ký tự, quá 32.767 ký tự");
  });

  it("the roll-up cuts long summary cells and lists each in the summary's problems", () => {
    const h = harness();
    h.ctx.menuLoadSample();
    const values = new Map(h.ss.sheets.map((s) => [s.name, h.ss.sheetValues(s.name)]));
    const r = rollupWorkbook(values, { cellTextLimit: 80 });
    if (!r.ok) throw new Error("roll-up failed");
    const cut = r.result.report.problems.filter((p) => p.message.includes("đã cắt bớt"));
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.some((p) => p.sheet === SHEET.summary)).toBe(true);
    expect(cut.every((p) => p.sheet === SHEET.summary || p.sheet === SHEET.history)).toBe(true);
    for (const row of r.summary.values)
      for (const v of row) if (typeof v === "string") expect(v.length).toBeLessThanOrEqual(80);
    const listed = r.summary.values.filter((row) => row[1] === cut[0].sheet && row[2] === cut[0].cell);
    expect(listed).toHaveLength(1);
  });
});
