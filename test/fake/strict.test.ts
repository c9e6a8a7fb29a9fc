/** The fake's strictness: every rule here is one a lenient fake would let through. */
import { describe, expect, it } from "vitest";
import { harness } from "../helpers/harness";
import { isDate } from "./env";
import { createAppsScriptGlobals } from "./globals";
import {
  EXCEEDED_TIME,
  MERGE_PARTIAL,
  PROTECTED,
  TOO_LONG_CELL,
  TOO_MANY_CELLS,
  TOO_MANY_COLUMNS,
  TOO_MANY_LIST_ITEMS,
} from "./limits";
import { FakeSpreadsheet, FormulaError } from "./spreadsheet";
import { type Locale, storeTyped } from "./typedInput";
import { wallTime } from "./zone";

const HCM = "Asia/Ho_Chi_Minh";
const NOW = new Date("2025-06-15T12:00:00+07:00");
const typed = (s: string, locale: Locale, numberFormat?: string) =>
  storeTyped(s, locale, HCM, { numberFormat, now: NOW });
const value = (s: string, locale: Locale) => {
  const t = typed(s, locale);
  if ("formula" in t) throw new Error(`${s} became a formula`);
  return t.value;
};
/** A Date's calendar day in Asia/Ho_Chi_Minh, as yyyy-mm-dd. */
const day = (v: unknown) => {
  if (!isDate(v)) return `not a date: ${JSON.stringify(v)}`;
  return new Date(v.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
};

function sheetIn(locale: Locale, opts: Partial<ConstructorParameters<typeof FakeSpreadsheet>[0]> = {}) {
  const ss = new FakeSpreadsheet({ locale, ...opts });
  return { ss, sheet: ss.getSheets()[0] };
}

describe("typed input (storeTyped)", () => {
  it("keeps text with the '@' format or a leading apostrophe; '=…' is a formula", () => {
    for (const locale of ["vi_VN", "en_US"] as const) {
      expect(typed("=1+1", locale, "@")).toEqual({ value: "=1+1" });
      expect(typed("007", locale, "@")).toEqual({ value: "007" });
      expect(typed(" 1.3 ", locale, "@")).toEqual({ value: " 1.3 " });
      expect(typed("'1.3", locale)).toEqual({ value: "1.3" });
      expect(typed("'=A1", locale)).toEqual({ value: "=A1" });
      expect(typed("=TDP_VERDICT(A1)", locale)).toEqual({ formula: "=TDP_VERDICT(A1)" });
      expect(typed("=", locale)).toEqual({ value: "=" });
      expect([value("TRUE", locale), value("false", locale), value("True", locale)]).toEqual([
        true,
        false,
        true,
      ]);
    }
  });

  it("reads numbers with the locale's separators, leading zeros dropped", () => {
    expect(["1,234.5", "007", "-3", "+2.5e3", "3.10", "1.3", ".5"].map((s) => value(s, "en_US"))).toEqual([
      1234.5, 7, -3, 2500, 3.1, 1.3, 0.5,
    ]);
    expect(["1.234,5", "007", "109,4", "-1,5e2", ",5"].map((s) => value(s, "vi_VN"))).toEqual([
      1234.5, 7, 109.4, -150, 0.5,
    ]);
    // The other locale's decimal form is still numeric-looking: its separator reads as grouping.
    expect(value("109,4", "en_US")).toBe(1094);
    expect(value("0.5", "vi_VN")).toBe(5);
    expect(["1,,2", "1.2.3x", "TP-TDP05", "II.1", "K4"].map((s) => value(s, "en_US"))).toEqual([
      "1,,2",
      "1.2.3x",
      "TP-TDP05",
      "II.1",
      "K4",
    ]);
  });

  it("reads percents in both locales (the other locale's form as a grouping: 109,4% in en_US is 1094%)", () => {
    expect(typed("109,4%", "vi_VN")).toEqual({ value: 1.094, impliedFormat: "0.0%" });
    expect(typed("109.4%", "en_US")).toEqual({ value: 1.094, impliedFormat: "0.0%" });
    expect(typed("134,6 %", "vi_VN")).toEqual({ value: 1.346, impliedFormat: "0.0%" });
    expect(value("109,4%", "en_US")).toBe(10.94);
    expect(value("109.4%", "vi_VN")).toBe(10.94);
    expect(typed("50%", "en_US")).toEqual({ value: 0.5, impliedFormat: "0%" });
  });

  it("reads dates per locale: m/d in en_US, d/m (and d.m) in vi_VN, ISO in both; no year is this year", () => {
    expect(day(value("7/7", "vi_VN"))).toBe("2025-07-07");
    expect(day(value("3/3", "en_US"))).toBe("2025-03-03");
    expect(day(value("1/12", "vi_VN"))).toBe("2025-12-01");
    expect(day(value("1/12", "en_US"))).toBe("2025-01-12");
    expect(day(value("1.3", "vi_VN"))).toBe("2025-03-01");
    expect(day(value("6.4", "vi_VN"))).toBe("2025-04-06");
    expect(day(value("30/09/2024", "vi_VN"))).toBe("2024-09-30");
    expect(day(value("3.10.2024", "vi_VN"))).toBe("2024-10-03");
    expect(day(value("2024-09-30", "en_US"))).toBe("2024-09-30");
    expect(day(value("2024-09-30", "vi_VN"))).toBe("2024-09-30");
    expect(day(value("1-2", "en_US"))).toBe("2025-01-02");
    expect(day(value("1/2/24", "en_US"))).toBe("2024-01-02");
    expect(value("30/30", "vi_VN")).toBe("30/30");
    expect(value("30/30", "en_US")).toBe("30/30");
    expect(value("30/09/2024", "en_US")).toBe("30/09/2024");
    expect(value("31/2", "vi_VN")).toBe("31/2");
    expect(typed("7/7", "vi_VN")).toMatchObject({ impliedFormat: "d/m/yyyy" });
    expect(typed("7/7", "en_US")).toMatchObject({ impliedFormat: "m/d/yyyy" });
  });

  it("stores a date as local midnight in the spreadsheet's time zone, and reads times", () => {
    const hcm = storeTyped("2024-09-30", "vi_VN", HCM) as { value: Date };
    expect(hcm.value.toISOString()).toBe("2024-09-29T17:00:00.000Z");
    const ny = storeTyped("2024-09-30", "vi_VN", "America/New_York") as { value: Date };
    expect(ny.value.toISOString()).toBe("2024-09-30T04:00:00.000Z");
    const t = storeTyped("10:30", "en_US", HCM) as { value: Date; impliedFormat: string };
    // 10:30 on Sheets' day 0 in the zone (whose 1899 offset was local mean time, +7:06:30).
    expect(wallTime(t.value.getTime(), HCM)).toEqual({ y: 1899, m: 12, d: 30, h: 10, mi: 30, s: 0 });
    expect(t.impliedFormat).toBe("h:mm:ss");
    const dt = storeTyped("7/7/2024 8:05 PM", "en_US", HCM) as { value: Date };
    expect(dt.value.toISOString()).toBe("2024-07-07T13:05:00.000Z");
  });
});

describe("values in the spreadsheet", () => {
  it("types what a script writes per the spreadsheet's locale (vi_VN)", () => {
    const { sheet } = sheetIn("vi_VN");
    sheet.getRange("A1:E1").setValues([["7/7/2024", "109,4%", "1.3", "II.1", "1,5"]]);
    const [[a, b, c, d, e]] = sheet.getRange("A1:E1").getValues();
    expect([day(a), b, day(c), d, e]).toEqual([
      "2024-07-07",
      1.094,
      `${new Date().getFullYear()}-03-01`,
      "II.1",
      1.5,
    ]);
    expect(sheet.getRange("A1:B1").getDisplayValues()).toEqual([["7/7/2024", "109,4%"]]);
    expect(sheet.getRange("E1").getDisplayValues()).toEqual([["1,5"]]);
  });

  it("types what a script writes per the spreadsheet's locale (en_US)", () => {
    const { sheet } = sheetIn("en_US");
    sheet.getRange("A1:D1").setValues([["7/7/2024", "109.4%", "1.3", "3.10"]]);
    const [[a, b, c, d]] = sheet.getRange("A1:D1").getValues();
    expect([day(a), b, c, d]).toEqual(["2024-07-07", 1.094, 1.3, 3.1]);
    expect(sheet.getRange("A1:C1").getDisplayValues()).toEqual([["7/7/2024", "109.4%", "1.3"]]);
  });

  it("keeps a number format like 0.0% when a number is written, and shows it", () => {
    for (const [locale, shown] of [
      ["vi_VN", "134,6%"],
      ["en_US", "134.6%"],
    ] as const) {
      const { sheet } = sheetIn(locale);
      sheet.getRange("A1").setNumberFormat("0.0%").setValue(1.346);
      expect(sheet.cellState("A1").format.numberFormat).toBe("0.0%");
      expect(sheet.getRange("A1").getValue()).toBe(1.346);
      expect(sheet.getRange("A1").getDisplayValues()).toEqual([[shown]]);
    }
  });

  it("shows numbers by their format: fixed and optional decimals, grouping, in the locale", () => {
    const { sheet } = sheetIn("vi_VN");
    const r = sheet.getRange("A1:E1");
    r.setNumberFormats([["0.###############", "0.###############", "0.00", "#,##0.0", "0%"]]);
    r.setValues([[2021, 1.5, 3, 1234567.89, 0.125]]);
    expect(r.getDisplayValues()).toEqual([["2021", "1,5", "3,00", "1.234.567,9", "13%"]]);
    expect(r.getValues()).toEqual([[2021, 1.5, 3, 1234567.89, 0.125]]);
  });

  it("returns values by number format: a number in a date cell is a Date, a Date in a number cell its serial", () => {
    const { sheet } = sheetIn("vi_VN");
    sheet.getRange("A1").setValue("7/7/2024"); // Sheets gives the cell a date format
    sheet.getRange("A1").setValue(45_000);
    expect(day(sheet.getRange("A1").getValue())).toBe("2023-03-15");
    sheet.getRange("B1").setNumberFormat("0.00").setValue(new Date("2024-07-07T00:00:00+07:00"));
    expect(sheet.getRange("B1").getValue()).toBe(45_480);
  });

  it("reads with the current locale after setSpreadsheetLocale, which takes only known codes", () => {
    const { ss, sheet } = sheetIn("vi_VN");
    ss.setSpreadsheetLocale("en_US");
    sheet.getRange("A1").setValue("1.3");
    expect(sheet.getRange("A1").getValue()).toBe(1.3);
    expect(ss.getSpreadsheetLocale()).toBe("en_US");
    expect(() => ss.setSpreadsheetLocale("vietnamese")).toThrow("Invalid argument: locale");
    expect(() => ss.setSpreadsheetLocale("fr_FR")).toThrow("vi_VN and en_US only");
    expect(() => ss.setSpreadsheetTimeZone("Mars/Olympus")).toThrow("Invalid argument: timeZone");
    ss.setSpreadsheetTimeZone("GMT+07:00");
    expect(ss.getSpreadsheetTimeZone()).toBe("GMT+07:00");
  });

  it("takes its default locale from FAKE_LOCALE and has no lenient mode", () => {
    expect(new FakeSpreadsheet().getSpreadsheetLocale()).toBe(process.env.FAKE_LOCALE ?? "vi_VN");
    expect(() => new FakeSpreadsheet({ parseStrings: false } as never)).toThrow("parseStrings was removed");
  });

  it("refuses values a cell cannot hold", () => {
    const { sheet } = sheetIn("vi_VN");
    const r = sheet.getRange("A1");
    expect(() => r.setValue(Number.NaN)).toThrow("Cannot write NaN");
    expect(() => r.setValue({ a: 1 })).toThrow("don't match the method signature");
    expect(() => r.setValue(new Date(Number.NaN))).toThrow("invalid Date");
  });
});

describe("Google's limits", () => {
  it("50,000 characters per cell, for values, formulas and notes", () => {
    const { sheet } = sheetIn("vi_VN");
    const r = sheet.getRange("A1");
    r.setValue("x".repeat(50_000));
    expect(() => r.setValue("x".repeat(50_001))).toThrow(TOO_LONG_CELL);
    expect(() => sheet.getRange("A1:A2").setValues([["ok"], [`=${"1+".repeat(25_000)}1`]])).toThrow(
      TOO_LONG_CELL,
    );
    expect(() => r.setNote("n".repeat(50_001))).toThrow(TOO_LONG_CELL);
    expect(r.getValue()).toHaveLength(50_000);
  });

  it("10,000,000 cells per spreadsheet and 18,278 columns per sheet", () => {
    const { ss, sheet } = sheetIn("vi_VN");
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(TOO_MANY_CELLS);
    sheet.insertRowsAfter(1000, 383_000); // 384,000 × 26 = 9,984,000 cells
    expect(ss.totalCells()).toBe(9_984_000);
    expect(() => ss.insertSheet("Tổng hợp")).toThrow(TOO_MANY_CELLS);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(TOO_MANY_CELLS);
    const wide = sheetIn("vi_VN").sheet;
    expect(() => wide.insertColumnsAfter(26, 18_278 - 26 + 1)).toThrow(TOO_MANY_COLUMNS);
  });

  it("dropdown items, help text, conditional format rules and their ranges", () => {
    const g = createAppsScriptGlobals();
    const app = g.SpreadsheetApp;
    const items = Array.from({ length: 501 }, (_, i) => `Tổ ${i + 1}`);
    expect(() => app.newDataValidation().requireValueInList(items.slice(0, 500))).not.toThrow();
    expect(() => app.newDataValidation().requireValueInList(items)).toThrow(TOO_MANY_LIST_ITEMS);
    expect(() => app.newDataValidation().setHelpText("h".repeat(1_001))).toThrow("help text");
    const sheet = g.spreadsheet.getSheets()[0];
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setRanges([sheet.getRange("A1")])
      .build();
    expect(() => sheet.setConditionalFormatRules(Array(101).fill(rule))).toThrow("conditional format rules");
    const ranges = Array.from({ length: 1_001 }, (_, i) => sheet.getRange((i % 1000) + 1, 1));
    expect(() => app.newConditionalFormatRule().setRanges(ranges)).toThrow("ranges");
  });
});

describe("formulas and spills", () => {
  function withEvaluator(fn: (sheet: string, a1: string, f: string) => unknown) {
    const { ss, sheet } = sheetIn("vi_VN");
    ss.setFormulaEvaluator(fn);
    return { ss, sheet };
  }

  it("spills a 2-D result right and down; the spilled values are readable where they land", () => {
    const { sheet } = withEvaluator(() => [
      [1, 2],
      [3, "bốn"],
    ]);
    sheet.getRange("B2").setFormula("=F()");
    expect(sheet.getRange("B2:C3").getValues()).toEqual([
      [1, 2],
      [3, "bốn"],
    ]);
    expect(sheet.getRange("B2:C3").getFormulas()).toEqual([
      ["=F()", ""],
      ["", ""],
    ]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
  });

  it("a spill over data gives #REF! with Google's message, recorded", () => {
    const { ss, sheet } = withEvaluator(() => [[1, 2, 3]]);
    sheet.getRange("B2").setFormula("=F()");
    sheet.getRange("D2").setValue("ghi chú");
    expect(sheet.getRange("B2:D2").getValues()).toEqual([["#REF!", "", "ghi chú"]]);
    expect(ss.formulaErrors).toEqual([
      {
        sheet: "Sheet1",
        a1: "B2",
        formula: "=F()",
        code: "#REF!",
        message: "Array result was not expanded because it would overwrite data in D2.",
      },
    ]);
    expect(() => ss.assertNoFormulaErrors()).toThrow("would overwrite data in D2");
    sheet.getRange("D2").clearContent();
    expect(sheet.getRange("B2:D2").getValues()).toEqual([[1, 2, 3]]);
  });

  it("a spill past the grid, a thrown error and NaN are errors too; values recalculate after edits", () => {
    const { ss, sheet } = withEvaluator((_s, a1, f) => {
      if (f === "=TALL()") return Array.from({ length: 5 }, () => [1]);
      if (f === "=BAD()") throw new FormulaError("#N/A", "nope");
      if (f === "=BOOM()") throw new Error("boom");
      if (f === "=NAN()") return Number.NaN;
      return `${a1}:${ss.getSheets()[0].getRange("A1").getValue()}`;
    });
    sheet.getRange("B998").setFormula("=TALL()");
    sheet.getRange("C1:E1").setFormulas([["=BAD()", "=BOOM()", "=NAN()"]]);
    expect(sheet.getRange("B998").getValue()).toBe("#REF!");
    expect(sheet.getRange("C1:E1").getValues()).toEqual([["#N/A", "#ERROR!", "#NUM!"]]);
    expect(ss.takeFormulaErrors().map((e) => e.message)).toEqual([
      "nope",
      "boom",
      "The result NaN is not a number.",
      "Result was not automatically expanded, please insert more rows (2).",
    ]);
    sheet.getRange("F1").setFormula("=ECHO()");
    sheet.getRange("A1").setValue("một");
    expect(sheet.getRange("F1").getValue()).toBe("F1:một");
    sheet.getRange("A1").setValue("hai");
    expect(sheet.getRange("F1").getValue()).toBe("F1:hai");
  });
});

/** A second script file of the project: probes that show what a custom function receives. */
const PROBES = `
/** @customfunction */
function PROBE(a, b, c) {
  const kind = (v) => v === undefined ? "undefined" : Object.prototype.toString.call(v) === "[object Date]" ? "Date"
    : Array.isArray(v) ? "array " + v.length + "x" + v[0].length : typeof v + " " + JSON.stringify(v);
  return [kind(a), kind(b), kind(c)].join(" | ");
}
/** @customfunction */
function ROWS3() { return [["a", "b", "c"]]; }
/** @customfunction */
function FLAT() { return [1, 2]; }
/** @customfunction */
function BIG() { return "x".repeat(50001); }
/** @customfunction */
function WRITES() { SpreadsheetApp.getActiveSpreadsheet().getRange("Z1").setValue(1); return 1; }
/** @customfunction */
function READS(n) { const r = SpreadsheetApp.getActiveSpreadsheet().getRange("A1"); for (let i = 0; i < n; i++) r.getValues(); return n; }
function slowScript(n) { const r = SpreadsheetApp.getActiveSpreadsheet().getRange("A1"); for (let i = 0; i < n; i++) r.getValues(); return n; }
function onSelectionChange() { slowScript(1000); }
function notCustom() { return 1; }
`;

describe("custom functions through the harness", () => {
  it("receive a one-cell range as its value, a larger range as a 2-D array, '' for empty, undefined when omitted, Date for dates", () => {
    const h = harness({ extraScript: PROBES });
    const sheet = h.ss.getSheets()[0];
    sheet.getRange("A1:B2").setValues([
      ["x", 2],
      ["", "2024-07-07"],
    ]);
    sheet
      .getRange("D1:D4")
      .setFormulas([["=PROBE(A1,A1:B2)"], ["=PROBE(A2,B2,)"], ['=probe("lit",3,TRUE)'], ["=PROBE()"]]);
    expect(sheet.getRange("D1:D4").getValues()).toEqual([
      ['string "x" | array 2x2 | undefined'],
      ['string "" | Date | undefined'],
      ['string "lit" | number 3 | boolean true'],
      ["undefined | undefined | undefined"],
    ]);
  });

  it("a 2-D result spills; over data it is #REF! and fails the test unless taken", () => {
    const h = harness({ extraScript: PROBES });
    const sheet = h.ss.getSheets()[0];
    sheet.getRange("A1").setFormula("=ROWS3()");
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["a", "b", "c"]]);
    sheet.getRange("C1").setValue("đã có");
    expect(sheet.getRange("A1").getValue()).toBe("#REF!");
    expect(() => h.assertNoFormulaErrors()).toThrow(
      "Array result was not expanded because it would overwrite data in C1.",
    );
    expect(h.takeFormulaErrors()).toHaveLength(1);
  });

  it("rejects results Sheets would not show, unknown functions, and writes from a custom function", () => {
    const h = harness({ extraScript: PROBES });
    const sheet = h.ss.getSheets()[0];
    sheet.getRange("A1:E1").setFormulas([["=BIG()", "=FLAT()", "=NOPE(A1)", "=notCustom()", "=WRITES()"]]);
    expect(sheet.getRange("A1:E1").getValues()).toEqual([
      ["#ERROR!", "#ERROR!", "#NAME?", "#NAME?", "#ERROR!"],
    ]);
    const messages = h.takeFormulaErrors().map((e) => e.message);
    expect(messages).toEqual([
      "Text result of BIG is longer than the limit of 50000 characters.",
      "FLAT returned a 1-D array; the fake wants a scalar or a 2-D array.",
      "Unknown function: 'NOPE'.",
      "Unknown function: 'notCustom'.",
      "You do not have permission to call setValue",
    ]);
    expect(h.ss.getRange("Z1").getValue()).toBe("");
  });

  it("a custom function has 30 s of estimated service time", () => {
    const h = harness({ extraScript: PROBES });
    const sheet = h.ss.getSheets()[0];
    const c = (k: string) => h.counter.costOf(k);
    const setup = c("SpreadsheetApp.getActiveSpreadsheet") + c("Spreadsheet.getRange");
    const n = Math.floor((30_000 - setup) / c("Range.getValues"));
    sheet.getRange("B1:C1").setFormulas([[`=READS(${n})`, `=READS(${n + 1})`]]);
    expect(sheet.getRange("B1:C1").getValues()).toEqual([[n, "#ERROR!"]]);
    expect(h.takeFormulaErrors().map((e) => e.message)).toEqual([EXCEEDED_TIME]);
    expect(() => h.ctx.READS(n + 1)).toThrow(EXCEEDED_TIME);
  });

  it("each call of a global is one execution of 6 minutes (simple triggers 30 s)", () => {
    const h = harness({ extraScript: PROBES });
    const c = (k: string) => h.counter.costOf(k);
    const setup = c("SpreadsheetApp.getActiveSpreadsheet") + c("Spreadsheet.getRange");
    const n = Math.floor((360_000 - setup) / c("Range.getValues"));
    expect(h.ctx.slowScript(n)).toBe(n);
    expect(h.ctx.slowScript(n)).toBe(n); // a new execution, a new budget
    expect(() => h.ctx.slowScript(n + 100)).toThrow(EXCEEDED_TIME);
    expect(() => h.ctx.onSelectionChange()).toThrow(EXCEEDED_TIME);
    expect(h.counter.estimatedMs).toBeGreaterThan(2 * 360_000 - 1_000);
  });
});

describe("execution budget (FakeEnv.beginExecution)", () => {
  it("throws once the estimate of the running execution passes its limit; end() restores", () => {
    const g = createAppsScriptGlobals();
    const range = g.spreadsheet.getSheets()[0].getRange("A1");
    const cost = g.counter.costOf("Range.getValues");
    expect(cost).toBeGreaterThanOrEqual(30);
    expect(g.counter.costOf("Range.setDataValidations")).toBeGreaterThanOrEqual(100);
    expect(g.counter.costOf("Range.protect")).toBeGreaterThanOrEqual(150);
    expect(g.counter.costOf("Spreadsheet.insertSheet")).toBeGreaterThanOrEqual(300);
    expect(g.counter.costOf("DataValidationBuilder.build")).toBe(0);
    const run = g.env.beginExecution(2 * cost);
    range.getValues();
    range.getValues();
    expect(run.spentMs).toBe(2 * cost);
    expect(() => range.getValues()).toThrow(EXCEEDED_TIME);
    run.end();
    expect(() => range.getValues()).not.toThrow();
    expect(g.counter.snapshot().estimatedMs).toBe(g.counter.estimatedMs);
  });
});

describe("protections as Google does them", () => {
  const OWNER = "owner@tp.gov.vn";
  const ME = "noivu@tp.gov.vn";
  const WARD = "phuong@tp.gov.vn";
  const OUTSIDER = "khach@gmail.com";

  function setup(extra: { domain?: string } = {}) {
    const g = createAppsScriptGlobals({ user: ME, owner: OWNER, fileEditors: [WARD], ...extra });
    const ss = g.spreadsheet;
    return { g, ss, sheet: ss.getSheets()[0] };
  }

  it("a new protection's editors are the file's editors; the owner and the runner are never removed", () => {
    const { ss, sheet } = setup();
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([OWNER, ME, WARD]);
    const p = sheet.getRange("A1:B5").protect();
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, ME, WARD]);
    p.removeEditors([OWNER, ME, WARD]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, ME]);
    expect(() => p.addEditor("không phải email")).toThrow("Invalid email: không phải email");
    expect(() => p.addEditors(["a@x.vn", "b@"])).toThrow("Invalid email: b@");
  });

  it("canUserEdit needs file access and every covering protection (editors, domain, warning-only)", () => {
    const { ss, sheet } = setup({ domain: "tp.gov.vn" });
    const p = sheet.protect();
    p.setUnprotectedRanges([sheet.getRange("C3:D10")]);
    p.removeEditors([WARD]).addEditor(OUTSIDER).setDomainEdit(false);
    const can = (email: string, a1: string) => ss.canUserEdit(email, "Sheet1", a1);
    expect(can(OUTSIDER, "A1")).toBe(false); // an editor of the protection without access to the file
    expect(can(WARD, "A1")).toBe(false);
    expect(can(WARD, "C3")).toBe(true); // unprotected range
    expect(can(OWNER, "A1")).toBe(true);
    expect(can(ME, "A1")).toBe(true);
    expect(can("canbo@tp.gov.vn", "C3")).toBe(true); // the domain may edit the file
    p.setDomainEdit(true);
    expect(can("canbo@tp.gov.vn", "A1")).toBe(true);
    expect(can(WARD, "A1")).toBe(true);
    p.setDomainEdit(false);
    sheet.getRange("C3:C4").protect().removeEditors([WARD]).setDomainEdit(false);
    expect(can(WARD, "C3")).toBe(false); // a range protection inside the unprotected range
    p.setWarningOnly(true);
    expect(can(WARD, "A1")).toBe(true);
  });

  it("a protection made by someone else: canEdit false, and every change (and cell write) throws", () => {
    const { g, ss, sheet } = setup();
    sheet.getRange("A1").setValue("trước");
    const p = ss.seedProtection("Sheet1", "A1:B2", { editors: [WARD], description: "Khoá của phường" });
    const [found] = sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE);
    expect(found).toBe(p);
    expect(p.canEdit()).toBe(false);
    expect(p.getDescription()).toBe("Khoá của phường");
    for (const change of [
      () => p.setDescription("x"),
      () => p.addEditor(ME),
      () => p.removeEditors([WARD]),
      () => p.getEditors(),
      () => p.setWarningOnly(true),
      () => p.setDomainEdit(false),
      () => p.remove(),
      () => sheet.getRange("B2").setValue("sau"),
      () => sheet.getRange("A1:C3").setBackground("#fff"),
      () => sheet.getRange("A1:B2").protect(),
    ])
      expect(change).toThrow(PROTECTED);
    expect(sheet.getRange("A1").getValue()).toBe("trước");
    sheet.getRange("C3").setValue("ngoài vùng");
    expect(ss.canUserEdit(WARD, "Sheet1", "A1")).toBe(true);
    expect(ss.canUserEdit(ME, "Sheet1", "A1")).toBe(false);
  });

  it("a sheet protection made by someone else: Sheet.protect() returns it, the sheet is read-only but its unprotected ranges", () => {
    const { ss, sheet } = setup();
    const p = ss.seedProtection("Sheet1", null, { editors: [WARD], unprotected: ["A5:B9"] });
    expect(sheet.protect()).toBe(p);
    expect(() => sheet.protect().setDescription("x")).toThrow(PROTECTED);
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow(PROTECTED);
    expect(() => sheet.setName("Khác")).toThrow(PROTECTED);
    expect(() => sheet.getRange("A1").setValue(1)).toThrow(PROTECTED);
    sheet.getRange("A5:B9").setValue("được");
    expect(sheet.getRange("B9").getValue()).toBe("được");
  });
});

describe("print layout: merges, fonts, row heights, range lists", () => {
  const fresh = () => {
    const ss = new FakeSpreadsheet({ locale: "vi_VN" });
    return { ss, sheet: ss.getSheets()[0], counter: ss.env.counter };
  };

  it("refuses a merge over a merged range, and breaking apart part of one (Google's message)", () => {
    const { sheet } = fresh();
    sheet.getRange("A1:C1").merge();
    expect(() => sheet.getRange("B1:D1").merge()).toThrow(MERGE_PARTIAL);
    expect(() => sheet.getRange("A1:C1").merge()).toThrow(MERGE_PARTIAL);
    expect(() => sheet.getRange("A1:B1").breakApart()).toThrow(MERGE_PARTIAL);
    expect(sheet.getRange("A1").isPartOfMerge()).toBe(true);
    sheet.getRange("A1:Z3").breakApart();
    expect(sheet.getRange("A1:C1").getMergedRanges()).toEqual([]);
  });

  it("mergeAcross merges each row apart; a value in a hidden cell of a merge is refused (stricter)", () => {
    const { ss, sheet } = fresh();
    sheet.getRange("A2:C3").mergeAcross();
    expect(ss.snapshotSheet("Sheet1").merges).toEqual(["A2:C2", "A3:C3"]);
    expect(() => sheet.getRange("B2").setValue("ẩn")).toThrow(/inside the merged range A2:C2/);
    expect(() => sheet.getRange("A3:C3").setValues([["ok", "", "=1+1"]])).toThrow(/C3/);
    sheet.getRange("A2:C2").setValues([["tiêu đề", "", ""]]);
    expect(sheet.getRange("A2").getValue()).toBe("tiêu đề");
    expect(() => sheet.getRange("A4:A5").mergeAcross()).toThrow(/one column/);
  });

  it("fonts are stateful and checked: family per cell, whole sizes 1–400", () => {
    const { ss, sheet } = fresh();
    sheet
      .getRange("A1:B2")
      .setFontFamily("Times New Roman")
      .setFontSizes([
        [14, 14],
        [11, 11],
      ]);
    expect(ss.sheet("Sheet1").cellState("B2").format).toMatchObject({
      fontFamily: "Times New Roman",
      fontSize: 11,
    });
    expect(ss.sheet("Sheet1").cellState("A1").format.fontSize).toBe(14);
    expect(() => sheet.getRange("A1").setFontSize(10.5)).toThrow(/font size/);
    expect(() => sheet.getRange("A1:B1").setFontSizes([[11]])).toThrow();
    expect(() => sheet.getRange("A1").setFontFamily("  ")).toThrow(/font family/);
  });

  it("row heights: whole pixels on existing rows; forced ones are recorded", () => {
    const { ss, sheet } = fresh();
    sheet.setRowHeights(2, 3, 40);
    sheet.setRowHeightsForced(4, 1, 30);
    const snap = ss.snapshotSheet("Sheet1");
    expect(snap.rowHeights).toMatchObject({ 2: 40, 3: 40, 4: 30 });
    expect(snap.forcedRowHeights).toEqual([4]);
    expect(() => sheet.setRowHeights(1, 1, 0)).toThrow(/row height/);
    expect(() => sheet.setRowHeights(999, 5, 20)).toThrow();
  });

  it("a RangeList setter is one counted call with a write's cost, all or nothing under protection", () => {
    const { ss, sheet, counter } = fresh();
    counter.reset();
    sheet.getRangeList(["A1:B2", "D4"]).setBorder(true, true, true, true, true, true);
    sheet.getRangeList(["A1", "C3"]).setHorizontalAlignment("center");
    const calls = counter.snapshot().calls;
    expect(calls["RangeList.setBorder"]).toBe(1);
    expect(calls["Range.setBorder"]).toBeUndefined();
    expect(counter.costOf("RangeList.setBorder")).toBeGreaterThanOrEqual(50);
    expect(ss.sheet("Sheet1").cellState("B2").format.borders).toEqual({
      top: true,
      left: true,
      bottom: true,
      right: true,
    });
    expect(ss.sheet("Sheet1").cellState("C3").format.horizontalAlignment).toBe("center");
    // Run by someone who is not the owner: a protection of D4 refuses the whole list.
    const g = createAppsScriptGlobals({ user: "nguoichay@tp.gov.vn", owner: "chu@tp.gov.vn" });
    const other = g.spreadsheet.getSheets()[0];
    other.getRange("A1").setHorizontalAlignment("center");
    g.spreadsheet.seedProtection(other.getName(), "D4", { editors: [] });
    expect(() => other.getRangeList(["A1", "D4"]).setHorizontalAlignment("left")).toThrow(PROTECTED);
    expect(g.spreadsheet.sheet(other.getName()).cellState("A1").format.horizontalAlignment).toBe("center");
  });
});
