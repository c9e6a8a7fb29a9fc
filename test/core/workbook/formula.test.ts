/** Formulas as data: the one printer gives the text Sheets receives; the names are the add-in's functions. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tenureSheetSpec } from "../../../src/core/awards/sheets";
import { builtinFramework } from "../../../src/core/frameworks";
import type { Unit, Ward } from "../../../src/core/model";
import {
  formulaText,
  literal,
  range,
  SHEET_FUNCTIONS,
  sheetPrefix,
} from "../../../src/core/workbook/formula";
import { SHEET_FUNCTION_NAMES } from "../../../src/core/workbook/spec";
import { wardTabSpec } from "../../../src/core/workbook/wardTab";

const ward: Ward = {
  code: "TP",
  name: "Phường Tân Phong",
  kind: "phuong",
  tab: "Phường Tân Phong",
  editors: [],
  pilot: false,
};
const unit = (n: number): Unit => ({
  code: `TP-TDP0${n}`,
  name: `Tổ dân phố số ${n}`,
  type: "tdp",
  ward: "TP",
});

describe("printing a formula", () => {
  it("a Lai Châu ward tab's result rows, byte for byte as written before formulas were data", () => {
    const spec = wardTabSpec({
      framework: builtinFramework("laichau-2021")!,
      ward,
      columns: [1, 2, 3].map((n) => ({ unit: unit(n) })),
      unitChoices: [],
    });
    expect(spec.formulas.map((f) => [f.row, f.col, formulaText(f)])).toEqual([
      [43, 3, `=TDP_STANDARD(C4:E42,"",$A$4:$A$42,'Tiêu chí'!$A:$G)`],
      [49, 3, `=TDP_GAPS(C4:E42,"",$A$4:$A$42,'Tiêu chí'!$A:$G)`],
      [50, 3, `=TDP_VERDICT(C4:E42,"",$A$4:$A$42,'Tiêu chí'!$A:$G)`],
    ]);
  });

  it("the award sheet's two array formulas, open-ended to the last row", () => {
    const { spec } = tenureSheetSpec();
    expect(spec.formulas.map((f) => [f.row, f.col, formulaText(f)])).toEqual([
      [7, 18, '=TDP_NIEN_HAN(F7:K,"",$C$4)'],
      [7, 19, '=TDP_DU_DIEU_KIEN_NIEN_HAN(F7:K,"",L7:L,M7:M,N7:N,O7:O,$C$4)'],
    ]);
  });

  it("literals, empty arguments, absolute and whole-column ranges", () => {
    const text = formulaText({
      fn: "TDP_VERDICT",
      args: [
        range({ col: 27, row: 1 }, { col: 28, row: 10 }),
        { kind: "empty" },
        literal('say "hi"'),
        literal(12.5),
        literal(true),
        literal(false),
        range({ col: 2 }, { col: 2 }, { absolute: true }),
        range({ col: 3, row: 4 }),
      ],
    });
    expect(text).toBe('=TDP_VERDICT(AA1:AB10,,"say ""hi""",12.5,TRUE,FALSE,$B:$B,C4)');
    expect(formulaText({ fn: "TDP_GAPS", args: [] })).toBe("=TDP_GAPS()");
  });

  it("quotes a sheet name only when it is not a plain name that reads as itself", () => {
    expect(sheetPrefix("Data")).toBe("Data");
    expect(sheetPrefix("Sheet_2")).toBe("Sheet_2");
    for (const name of ["Tiêu chí", "It's", "AB12", "R1C1", "TRUE", "2024", "a-b", ""])
      expect(sheetPrefix(name), name).toBe(`'${name.replace(/'/g, "''")}'`);
    expect(
      formulaText({ fn: "TDP_GAPS", args: [range({ col: 1, row: 1 }, undefined, { sheet: "It's" })] }),
    ).toBe("=TDP_GAPS('It''s'!A1)");
  });
});

describe("the function list", () => {
  it("is exactly the @customfunction globals src/main.ts exports, each with an implementation", () => {
    const main = readFileSync(join(__dirname, "../../../src/main.ts"), "utf8");
    const exported = [...main.matchAll(/@customfunction\s*\*\/\s*export function (\w+)/g)].map((m) => m[1]);
    expect(exported.sort()).toEqual([...SHEET_FUNCTION_NAMES].sort());
    expect(Object.keys(SHEET_FUNCTIONS).sort()).toEqual([...SHEET_FUNCTION_NAMES].sort());
  });
});
