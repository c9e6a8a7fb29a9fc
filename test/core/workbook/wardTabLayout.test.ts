/**
 * The ward tab's layout is declared once (wardTabLayout.ts): what wardTabSpec writes, readWardTab
 * reads back — the same units, rows and codes — and the reader knows each header by the declared
 * word, however it is typed.
 */
import { describe, expect, it } from "vitest";
import type { Framework } from "../../../src/core/framework";
import { builtinFramework } from "../../../src/core/frameworks";
import type { Unit, Ward } from "../../../src/core/model";
import { HEAD } from "../../../src/core/vocabulary";
import type { CellValue, SheetSpec } from "../../../src/core/workbook/spec";
import {
  isWardTabRead,
  readWardTab,
  unitInputAt,
  type WardTabInput,
  type WardTabRead,
  wardTabSpec,
} from "../../../src/core/workbook/wardTab";
import {
  isResultLabel,
  isWardCodeLabel,
  labelMatches,
  WARD_TAB,
  type WardTabLayout,
} from "../../../src/core/workbook/wardTabLayout";

const ward: Ward = {
  code: "TP",
  name: "Phường Tân Phong",
  kind: "phuong",
  tab: "Tân Phong",
  editors: [],
  pilot: false,
};
const units: Unit[] = [1, 2, 3, 4].map((n) => ({
  code: `TP-TDP0${n}`,
  name: `Tổ dân phố số ${n}`,
  type: "tdp",
  ward: "TP",
}));

/** A tab with four units and two spare columns, some cells typed, one row whose code left the framework. */
function input(fw: Framework): WardTabInput {
  const codes = [...fw.criteria.map((c) => c.code), ...fw.disqualifiers.map((d) => d.code)];
  const words = ["Đạt", "Không đạt", "", "Không áp dụng"];
  const values = new Map<string, CellValue[]>(
    codes.map((code, i) => [code, units.map((_, u) => words[(i + u) % words.length])]),
  );
  for (const d of fw.disqualifiers)
    values.set(
      d.code,
      units.map((_, u) => (u === 1 ? "Có" : "Không")),
    );
  values.set(WARD_TAB.rows.appraisalCode, ["", "Không đạt", "", ""]);
  return {
    framework: fw,
    year: 2024,
    ward,
    columns: [...units.map((unit) => ({ unit })), {}, {}],
    unitChoices: units.map((u) => `${u.code} – ${u.name}`),
    values,
    notes: new Map([[codes[0], "minh chứng 1"]]),
    extraRows: [{ code: "9.9", text: "Tiêu chí cũ", values: ["Đạt", "", "", "", "", ""], note: "" }],
  };
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
const VARIANTS: [string, (s: string) => string][] = [
  ["without diacritics", fold],
  ["in NFD", (s) => s.normalize("NFD")],
  ["in upper case", (s) => s.toUpperCase()],
  ["with extra spaces", (s) => `  ${s.replace(/ /g, "   ")} `],
];

function read(spec: SheetSpec, fw: Framework, layout?: WardTabLayout): WardTabRead {
  const r = readWardTab(spec.name, spec.values, fw, layout);
  if (!isWardTabRead(r)) throw new Error(JSON.stringify(r.problems));
  return r;
}

function expectRoundTrip(
  spec: SheetSpec,
  fw: Framework,
  given: WardTabInput,
  layout: WardTabLayout = WARD_TAB,
) {
  const r = read(spec, fw, layout);
  expect(r.problems).toEqual([]);
  expect(r.wardCode).toBe(ward.code);
  expect(r.headerRow).toBe(layout.headerRow);
  // Units: every written column, the spare ones blank, then the note column.
  expect(r.unitColumns.map((c) => [c.col, c.code, c.name])).toEqual([
    ...units.map((u, i) => [layout.firstUnitCol + i, u.code, u.name]),
    [layout.firstUnitCol + 4, "", ""],
    [layout.firstUnitCol + 5, "", ""],
  ]);
  expect(r.noteCol).toBe(layout.firstUnitCol + given.columns.length);
  // Rows: every criterion and disqualifier code at the row the writer put it, in framework order.
  const written = new Map(spec.values.map((row, i) => [String(row[layout.codeCol - 1]), i + 1]));
  const codes = [...fw.criteria.map((c) => c.code), ...fw.disqualifiers.map((d) => d.code)];
  expect([...r.rowOf.keys()]).toEqual(codes);
  for (const code of codes) expect(r.rowOf.get(code), code).toBe(written.get(code));
  expect(r.appraisalRow).toBe(written.get(layout.rows.appraisalCode));
  expect(r.foreignRows).toEqual([
    { row: written.get("9.9"), code: "9.9", text: `Tiêu chí cũ ${layout.rows.removedFlag}` },
  ]);
  // Values: each unit column gives back what was typed.
  units.forEach((_, u) => {
    const got = unitInputAt(r, spec.values, layout.firstUnitCol + u, fw);
    expect(got.criteria).toEqual(
      Object.fromEntries(fw.criteria.map((c) => [c.code, given.values!.get(c.code)![u]])),
    );
    expect(got.disqualifiers).toEqual(
      Object.fromEntries(fw.disqualifiers.map((d) => [d.code, given.values!.get(d.code)![u]])),
    );
  });
  return r;
}

for (const id of ["laichau-2021", "quynhvinh-6k3c"]) {
  const fw = builtinFramework(id)!;
  describe(`ward tab round trip: ${id}${fw.disqualifiers.length ? " (with disqualifiers)" : ""}`, () => {
    const given = input(fw);
    const spec = wardTabSpec(given);

    it("reads back the units, rows, codes and typed values that were written", () => {
      expectRoundTrip(spec, fw, given);
    });

    it("writes the layout's words where the layout says", () => {
      const L = WARD_TAB;
      expect(spec.values[L.wardRow - 1].slice(0, 3)).toEqual([
        HEAD.wardCodeLabel(fw.wardWord),
        ward.code,
        ward.name,
      ]);
      const header = spec.values[L.headerRow - 1];
      expect([header[L.codeCol - 1], header[L.textCol - 1], header.at(-1)]).toEqual([
        HEAD.wardCodeHeader,
        HEAD.wardTextHeader,
        HEAD.wardNoteHeader,
      ]);
      // The rows under the body: result rows known by their labels, the appraisal by its code.
      const below = spec.values.slice(spec.formulas[0].row - 1);
      expect(below.map((row) => isResultLabel(row[L.textCol - 1]))).toEqual([
        ...fw.standards.map(() => true),
        true,
        true,
        false,
      ]);
      expect(below.at(-1)![L.codeCol - 1]).toBe(L.rows.appraisalCode);
    });

    const cells: [string, (s: SheetSpec) => [number, number]][] = [
      ["the ward-code label", () => [WARD_TAB.wardRow, WARD_TAB.wardLabelCol]],
      ["the code header", () => [WARD_TAB.headerRow, WARD_TAB.codeCol]],
      ["the text header", () => [WARD_TAB.headerRow, WARD_TAB.textCol]],
      ["the note header", (s) => [WARD_TAB.headerRow, s.values[0].length]],
      ["the appraisal code", (s) => [s.values.length, WARD_TAB.codeCol]],
      ...(fw.disqualifiers.length
        ? [
            [
              "the disqualifier heading code",
              (s: SheetSpec) => [
                s.values.findIndex((r) => r[0] === WARD_TAB.rows.disqualifierHeadingCode) + 1,
                WARD_TAB.codeCol,
              ],
            ] as [string, (s: SheetSpec) => [number, number]],
          ]
        : []),
    ];
    for (const [what, at] of cells)
      for (const [how, change] of VARIANTS)
        it(`accepts ${what} typed ${how}`, () => {
          const [row, col] = at(spec);
          const typed = spec.values.map((r) => [...r]);
          const word = String(typed[row - 1][col - 1]);
          expect(word).not.toBe("");
          typed[row - 1][col - 1] = change(word);
          const r = read({ ...spec, values: typed }, fw);
          expect(r).toEqual(read(spec, fw));
        });
  });
}

describe("header words", () => {
  it("the text and note headers are known by their first words; the ward label by its fixed words", () => {
    expect(labelMatches("Nội dung", WARD_TAB.headers.text)).toBe(true);
    expect(labelMatches("NOI DUNG TIEU CHI DANH GIA", WARD_TAB.headers.text)).toBe(true);
    expect(labelMatches("Nội", WARD_TAB.headers.text)).toBe(false);
    expect(labelMatches("Ghi chú:", WARD_TAB.headers.note)).toBe(true);
    expect(labelMatches("Minh chứng", WARD_TAB.headers.note)).toBe(false);
    expect(labelMatches("Mã số", WARD_TAB.headers.code)).toBe(false);
    expect(isWardCodeLabel("Mã thôn")).toBe(true);
    expect(isWardCodeLabel("MA XA, PHUONG")).toBe(true);
    expect(isWardCodeLabel("Mã")).toBe(false);
    expect(isWardCodeLabel("Mãi")).toBe(false);
  });
});

describe("a layout with other words", () => {
  const fw = builtinFramework("laichau-2021")!;
  const renamed: WardTabLayout = {
    ...WARD_TAB,
    wardCodeLabel: (w) => `Số hiệu ${w}`,
    headers: {
      code: { text: "Số" },
      text: { text: "Tiêu chí đánh giá", keyWords: 1 },
      note: { text: "Minh chứng kèm theo", keyWords: 1 },
    },
    rows: { ...WARD_TAB.rows, appraisalCode: "TP-TĐ", disqualifierHeadingCode: "B" },
  };
  const given = input(fw);
  given.values!.set("TP-TĐ", ["", "Không đạt", "", ""]);
  const spec = wardTabSpec(given, renamed);

  it("writes its words and reads them back: a header renamed in the layout changes writer and reader", () => {
    expect(spec.values[renamed.headerRow - 1].slice(0, 2)).toEqual(["Số", "Tiêu chí đánh giá"]);
    expect(spec.values[renamed.wardRow - 1][0]).toBe(`Số hiệu ${fw.wardWord}`);
    expect(spec.values.some((r) => r[0] === "B")).toBe(true);
    expectRoundTrip(spec, fw, given, renamed);
  });

  it("is not read with the ward tab's own words", () => {
    const r = readWardTab(spec.name, spec.values, fw);
    expect(isWardTabRead(r)).toBe(false);
    expect(r.problems).toHaveLength(1);
  });
});
