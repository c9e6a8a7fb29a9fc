/** The xlsx writer's values for the formula rows are what the sheet functions give on the same cells. */
import { describe, expect, it } from "vitest";
import { tdpGaps, tdpStandard, tdpVerdict } from "../../src/core/sheetFunctions";
import { SHEET } from "../../src/core/vocabulary";
import { computeFormulas } from "../../src/core/workbook/computedFormulas";
import { sampleSpecs } from "../../src/core/workbook/sample";
import type { CellValue } from "../../src/core/workbook/spec";

const block = (values: CellValue[][], r1: number, r2: number, c1: number, c2: number) =>
  values.slice(r1 - 1, r2).map((row) => row.slice(c1 - 1, c2));

describe("the xlsx evaluator", () => {
  for (const sample of ["laichau", "quynhvinh"] as const)
    it(`gives each ${sample} ward tab's result rows as the sheet functions do`, () => {
      const specs = sampleSpecs(sample);
      const sheets = new Map(specs.map((s) => [s.name, s.values]));
      const criteria = sheets.get(SHEET.criteria)!.map((r) => r.slice(0, 7));
      const tabs = specs.filter((s) => s.formulas.length);
      expect(tabs.length).toBeGreaterThan(3);
      for (const spec of tabs) {
        const firstResult = Math.min(...spec.formulas.map((f) => f.row));
        const lastCol = spec.values[0].length - 1; // the note column follows the units
        const units = block(spec.values, 4, firstResult - 1, 3, lastCol);
        const codes = block(spec.values, 4, firstResult - 1, 1, 1);
        const expected = new Map<string, unknown>();
        const put = (row: number, out: string | string[][]) => {
          for (const [i, cells] of (typeof out === "string" ? [[out]] : out).entries())
            for (const [j, v] of cells.entries()) expected.set(`${row + i},${3 + j}`, v);
        };
        const [standard, gaps, verdict] = spec.formulas;
        put(standard.row, tdpStandard(units, "", codes, criteria));
        put(gaps.row, tdpGaps(units, "", codes, criteria));
        put(verdict.row, tdpVerdict(units, "", codes, criteria));
        const out = computeFormulas(spec, sheets);
        expect(out.formulas).toEqual([]);
        expect(new Map(out.values.map((c) => [`${c.row},${c.col}`, c.value]))).toEqual(expected);
        expect([...expected.values()].some((v) => v !== "")).toBe(true);
      }
    });
});
