/**
 * Tổng hợp laid out for a person and for paper: a grid one A4 page wide, each section with its own
 * column plan (merged spans), header row, borders and centred numbers; paragraphs one per cell.
 */
import { describe, expect, it } from "vitest";
import type { Report } from "../../../src/core/report";
import { SUMMARY } from "../../../src/core/text/sheets";
import { rollupWorkbook } from "../../../src/core/usecases/rollupWorkbook";
import type { Block, SheetSpec } from "../../../src/core/workbook/spec";
import { SUMMARY_COLUMN_WIDTHS, summarySpec } from "../../../src/core/workbook/summary";
import { templateSpecs } from "../../../src/xlsx/workbook";

function sample(): { report: Report; spec: SheetSpec } {
  const plan = templateSpecs({ sample: true });
  if (!plan.ok) throw new Error("no sample");
  const r = rollupWorkbook(new Map(plan.specs.map((s) => [s.name, s.values.map((row) => [...row])])));
  if (!r.ok) throw new Error("roll-up failed");
  return { report: r.result.report, spec: summarySpec(r.result.report).spec };
}

const { report, spec } = sample();
const rowOf = (text: string) => spec.values.findIndex((r) => r[0] === text) + 1;
const inBlock = (b: Block, row: number, col: number) =>
  row >= b.row && row < b.row + b.numRows && col >= b.col && col < b.col + b.numCols;
/** Each merged cell of the sheet: mergeAcross blocks are one merge per row. */
const merged = (): Block[] =>
  (spec.mergeAcross ?? []).flatMap((b) =>
    Array.from({ length: b.numRows }, (_, i) => ({ ...b, row: b.row + i, numRows: 1 })),
  );
const widthOf = (m: Block) =>
  SUMMARY_COLUMN_WIDTHS.slice(m.col - 1, m.col - 1 + m.numCols).reduce((a, b) => a + b, 0);

describe("Tổng hợp: the page", () => {
  it("is one A4 page wide upright at 100 % (≤ 624 px: 16,5 cm between the decree's margins)", () => {
    expect(spec.columnWidths).toEqual([...SUMMARY_COLUMN_WIDTHS]);
    expect(SUMMARY_COLUMN_WIDTHS.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(624);
    expect(spec.values.every((r) => r.length === SUMMARY_COLUMN_WIDTHS.length)).toBe(true);
    expect(spec.print).toMatchObject({ orientation: "portrait", titleRows: 1, fitToWidth: true });
    expect(spec.frozenRows).toBe(1);
  });

  it("one font, Times New Roman, 12 pt (title 14): ≥ 10 pt on paper", () => {
    expect(spec.font).toEqual({ family: "Times New Roman", size: 12, rowSizes: [{ row: 1, size: 14 }] });
  });

  it("merges never overlap and hide no value", () => {
    const cells = new Set<string>();
    for (const m of merged())
      for (let c = m.col; c < m.col + m.numCols; c++) {
        const key = `${m.row},${c}`;
        expect(cells.has(key), key).toBe(false);
        cells.add(key);
        if (c > m.col) expect(spec.values[m.row - 1][c - 1], key).toBe("");
      }
  });
});

describe("Tổng hợp: the paragraphs", () => {
  it("each paragraph is its own cell, merged across the page, as tall as its wrapped text", () => {
    const p = report.paragraphs;
    for (const text of [p.headline, p.yearsLead, ...p.years, ...p.criteria]) {
      const row = rowOf(text);
      expect(row, text.slice(0, 40)).toBeGreaterThan(1);
      const m = merged().find((b) => b.row === row)!;
      expect(m).toMatchObject({ col: 1, numCols: SUMMARY_COLUMN_WIDTHS.length });
      const height = spec.rowHeights!.find((h) => row >= h.row && row < h.row + (h.count ?? 1))!.height;
      // At ≈ 7 px a character, the text's lines fit.
      expect(height).toBeGreaterThanOrEqual(Math.ceil((text.length * 7) / widthOf(m)) * 18);
    }
    expect(rowOf(p.headline)).toBeLessThan(rowOf(SUMMARY.byWard("xã, phường")));
  });
});

describe("Tổng hợp: section 1, per ward", () => {
  const head = rowOf("STT");
  it("a header row, one row per ward, a bold total; borders round it; numbers centred under their headings", () => {
    expect(spec.values[head - 1].slice(0, 3)).toEqual(["STT", "Xã, phường", "Số đơn vị"]);
    expect(spec.values[head - 1]).not.toContain("Tab");
    const total = head + report.wards.length + 1;
    expect(spec.values[total - 1].slice(1, 3)).toEqual([SUMMARY.total, report.totals.units]);
    expect(spec.bold![total - 1][1]).toBe(true);
    expect(spec.bordered).toContainEqual({ row: head, col: 1, numRows: total - head + 1, numCols: 11 });
    for (let col = 3; col <= 11; col++)
      expect(
        spec.centered!.some((b) => inBlock(b, head + 1, col) && inBlock(b, total, col)),
        `col ${col}`,
      ).toBe(true);
    expect(spec.centered!.some((b) => inBlock(b, head + 1, 2))).toBe(false); // names stay left
  });
  it("“Đủ dữ liệu” is a fraction of its own, and the legend explains it", () => {
    const col = spec.values[head - 1].indexOf("Đủ dữ liệu");
    expect(spec.values[head][col]).toMatch(/^\d+\/\d+$/);
    expect(spec.values[head][col - 1]).toBeTypeOf("number");
    const legend = spec.values.find((r) => String(r[0]).startsWith("Ghi chú:"))![0];
    expect(legend).toContain("Đủ dữ liệu – số tổ dân phố, bản phải đánh giá đã nhập đủ mọi tiêu chí");
  });
});

describe("Tổng hợp: section 2 and the charts", () => {
  it("one row per year with maintained / new / total / cumulative target / percent, then the period", () => {
    const head = rowOf("Năm");
    for (const [i, y] of report.years.entries()) {
      const row = spec.values[head + i].filter((v) => v !== "");
      expect(row).toEqual([
        y.year,
        y.maintained,
        y.new,
        y.recognized,
        y.target,
        Math.round(y.percent! * 10) / 1000,
      ]);
    }
    expect(spec.values[head + report.years.length][0]).toBe(report.targets.period!.label);
  });
  it("two charts, per ward and per year, anchored on rows kept blank for them, their ranges on the tables", () => {
    expect(spec.charts!.map((c) => [c.id, c.kind, c.stacked])).toEqual([
      ["wards", "bar", true],
      ["years", "column", true],
    ]);
    const [wards, years] = spec.charts!;
    const names = spec.values
      .slice(wards.categories.fromRow - 1, wards.categories.toRow)
      .map((r) => r[wards.categories.col - 1]);
    expect(names).toEqual(report.wards.map((w) => w.name));
    const yearCells = spec.values
      .slice(years.categories.fromRow - 1, years.categories.toRow)
      .map((r) => r[years.categories.col - 1]);
    expect(yearCells).toEqual(report.years.map((y) => y.year));
    const target = years.series.find((s) => s.line)!;
    expect(spec.values[target.values.toRow - 1][target.values.col - 1]).toBe(32);
    for (const c of spec.charts!) {
      const rows = Math.ceil(c.height / 20);
      for (let r = c.anchor.row; r < c.anchor.row + rows; r++)
        expect(spec.values[r - 1].every((v) => v === "")).toBe(true);
      expect(c.width).toBeLessThanOrEqual(624);
    }
  });
});

describe("Tổng hợp: the lists", () => {
  it("units as “TP-TDP05 – Tổ dân phố số 5” in a span wide enough never to clip", () => {
    const row = spec.values.findIndex((r) => r.includes("TP-TDP05 – Tổ dân phố số 5")) + 1;
    expect(row).toBeGreaterThan(0);
    const col = spec.values[row - 1].indexOf("TP-TDP05 – Tổ dân phố số 5") + 1;
    const m = merged().find((b) => inBlock(b, row, col))!;
    expect(widthOf(m)).toBeGreaterThan("TP-TDP05 – Tổ dân phố số 5".length * 8);
    const status = (r: unknown[]) => (typeof r[0] === "number" ? r[8] : "");
    expect(spec.values.filter((r) => status(r) === "Duy trì").length).toBe(28);
    expect(spec.values.filter((r) => status(r) === "Công nhận mới").length).toBe(7);
  });
  it("a page break before the charts (one page for both), the list of units and the problems (xlsx)", () => {
    const titles = spec.print!.breaks!.map((r) => String(spec.values[r - 1][0]).slice(0, 2));
    expect(titles).toEqual(["Bi", "3.", "5."]);
  });
});
