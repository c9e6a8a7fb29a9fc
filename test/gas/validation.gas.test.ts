/**
 * Data validation on the city's sheets (issue 13), through dist/Code.js on the strict fake: set-up
 * puts the rules in place, a user typing a bad value is refused (or, for a warning-only rule, the
 * value goes in and the cell is flagged), a good one goes in; set-up repairs the rules without
 * touching a value.
 */
import { describe, expect, it } from "vitest";
import { CRITERIA_TABLE, SHEET } from "../../src/core/vocabulary";
import { createAppsScriptGlobals } from "../fake/globals";
import { harness } from "../helpers/harness";

const K = CRITERIA_TABLE.rowKind;

function setUp() {
  const h = harness();
  h.ctx.menuSetupLaiChau();
  return h;
}

/** 1-based row of the first row whose column A is `kind` (and column B `code`, when given). */
function rowOf(h: ReturnType<typeof harness>, sheet: string, kind: string, code?: string): number {
  const i = h.ss
    .sheetValues(sheet)
    .findIndex((r) => String(r[0]) === kind && (code === undefined || String(r[1]) === code));
  if (i < 0) throw new Error(`no ${kind} ${code ?? ""} in ${sheet}`);
  return i + 1;
}

/** What happens to `input` typed into `a1`: refused, taken, or taken and flagged (warning-only). */
function typed(h: ReturnType<typeof harness>, sheet: string, a1: string, input: string): string {
  const r = h.ss.sheet(sheet).userTypes(a1, input);
  return r.accepted ? (r.flagged ? "flagged" : "ok") : "refused";
}

describe("Tiêu chí", () => {
  it("checks Loại, Thuộc tiêu chuẩn, Ngưỡng, the lists, Quy tắc and Năm đánh giá", () => {
    const h = setUp();
    const s = SHEET.criteria;
    const crit = rowOf(h, s, K.criterion, "1.1");
    const std = rowOf(h, s, K.standard, "1");
    expect(typed(h, s, `A${crit}`, "Tiêu chí phụ")).toBe("refused");
    expect(typed(h, s, `A${crit}`, K.criterion)).toBe("ok");
    expect(typed(h, s, `D${crit}`, "9")).toBe("refused");
    expect(typed(h, s, `D${crit}`, "2")).toBe("ok");
    // A criterion code typed as its standard is not a standard: the formula keeps to Loại = Tiêu chuẩn.
    expect(typed(h, s, `D${crit}`, "1.2")).toBe("refused");
    expect(typed(h, s, `E${std}`, "150")).toBe("refused");
    expect(typed(h, s, `E${std}`, "0")).toBe("refused");
    expect(typed(h, s, `E${std}`, "75")).toBe("ok");
    expect(typed(h, s, `F${crit}`, "tổ dân phố, bản")).toBe("ok");
    expect(typed(h, s, `F${crit}`, "bản, tổ dân phố")).toBe("flagged");
    expect(typed(h, s, `G${crit}`, "phường, xã")).toBe("ok");
    expect(typed(h, s, `G${crit}`, "thị trấn")).toBe("flagged");
    const rule = rowOf(h, s, K.rule);
    expect(typed(h, s, `B${rule}`, "Đa số tiêu chí đạt")).toBe("refused");
    expect(typed(h, s, `B${rule}`, CRITERIA_TABLE.rule["all-must-pass"])).toBe("ok");
    const year = rowOf(h, s, K.year);
    expect(typed(h, s, `B${year}`, "1999")).toBe("refused");
    expect(typed(h, s, `B${year}`, "năm 2025")).toBe("refused");
    expect(typed(h, s, `B${year}`, "2025")).toBe("ok");
    // Hạn gửi hồ sơ: a date typed dd/mm/yyyy; anything else only flagged (warning).
    const deadline = rowOf(h, s, K.deadline);
    expect(typed(h, s, `B${deadline}`, "22/11/2025")).toBe("ok");
    expect(typed(h, s, `B${deadline}`, "cuối tháng 11")).toBe("flagged");
  });

  it("flags a duplicate code and highlights it and a criterion whose standard is missing", () => {
    const h = setUp();
    const s = SHEET.criteria;
    const second = rowOf(h, s, K.criterion, "1.2");
    expect(typed(h, s, `B${second}`, "1.1")).toBe("flagged");
    expect(typed(h, s, `B${second}`, "1.9")).toBe("ok");
    const v = h.ss.sheet(s).getRange(`B${second}`).getDataValidations()[0][0]!;
    expect(v.getAllowInvalid()).toBe(true);
    expect(v.getHelpText()).toContain("bị trùng");
    const cf = h.ss.sheet(s).snapshot().conditionalFormats;
    expect(cf.map((c) => [c.condition?.type, c.ranges[0]])).toEqual([
      ["CUSTOM_FORMULA", expect.stringMatching(/!B4:B\d+$/)],
      ["CUSTOM_FORMULA", expect.stringMatching(/!D4:D\d+$/)],
    ]);
    expect(String(cf[0].condition?.values[0])).toMatch(
      /^=AND\(LEN\(B4\)>0,.*COUNTIFS\(\$A\$4:\$A\$\d+,\$A4,\$B\$4:\$B\$\d+,B4\)>1\)$/,
    );
    expect(String(cf[1].condition?.values[0])).toContain('"Tiêu chuẩn"');
    // The help of Thuộc tiêu chuẩn quotes the reader's message.
    const d = h.ss.sheet(s).getRange(`D${second}`).getDataValidations()[0][0]!;
    expect(d.getHelpText()).toContain("không có trong danh sách tiêu chuẩn");
    expect(d.getAllowInvalid()).toBe(false);
  });
});

describe("Danh mục", () => {
  it("checks ward kind, editors, unit type, the unit's ward, years and duplicate unit codes", () => {
    const h = setUp();
    const s = SHEET.roster;
    expect(typed(h, s, "C4", "thị trấn")).toBe("refused");
    expect(typed(h, s, "C4", "phường")).toBe("ok");
    expect(typed(h, s, "E4", "canbo.phuong.vn")).toBe("flagged");
    expect(typed(h, s, "E4", "a@x.vn, b@y.vn")).toBe("ok");
    expect(typed(h, s, "B2", "noivu@x.vn; ketoan")).toBe("flagged");
    expect(typed(h, s, "J4", "khu phố")).toBe("refused");
    expect(typed(h, s, "J4", "bản")).toBe("ok");
    expect(typed(h, s, "K4", "TP")).toBe("refused"); // no ward TP yet
    expect(typed(h, s, "A4", "TP")).toBe("ok");
    expect(typed(h, s, "K4", "TP")).toBe("ok");
    expect(typed(h, s, "L4", "1990")).toBe("refused");
    expect(typed(h, s, "L4", "2021")).toBe("ok");
    expect(typed(h, s, "M4", "2200")).toBe("refused");
    expect(typed(h, s, "H4", "TP-TDP01")).toBe("ok");
    expect(typed(h, s, "H5", "TP-TDP01")).toBe("flagged");
    expect(typed(h, s, "H5", "TP-TDP02")).toBe("ok");
    const k = h.ss.sheet(s).cellState("K4").validation!;
    expect(k.criteria).toBe("VALUE_IN_RANGE");
    expect(k.values[0]).toMatch(/!A4:A\d+$/);
    expect(h.ss.sheet(s).snapshot().conditionalFormats[0].ranges[0]).toMatch(/!H4:H\d+$/);
  });
});

describe("Kế hoạch and Lịch sử công nhận", () => {
  it("take roster codes with a warning for unknown ones, years in range, whole targets", () => {
    const h = setUp();
    h.ss.sheet(SHEET.roster).userTypes("H4", "TP-TDP01");
    const p = SHEET.plan;
    expect(typed(h, p, "A4", "TP-TDP99")).toBe("flagged");
    expect(typed(h, p, "A4", "TP-TDP01")).toBe("ok");
    const a = h.ss.sheet(p).cellState("A4").validation!;
    expect([a.criteria, a.allowInvalid]).toEqual(["VALUE_IN_RANGE", true]);
    expect(a.values[0]).toMatch(/^'Danh mục'!H4:H\d+$/);
    expect(typed(h, p, "C4", "1999")).toBe("refused");
    expect(typed(h, p, "C4", "2024")).toBe("ok");
    expect(typed(h, p, "E4", "năm sau")).toBe("refused");
    expect(typed(h, p, "E4", "Giai đoạn 2021–2025")).toBe("ok");
    expect(typed(h, p, "E5", "2024")).toBe("ok");
    expect(typed(h, p, "F4", "-1")).toBe("refused");
    expect(typed(h, p, "F4", "26")).toBe("ok");

    const hs = SHEET.history;
    const year = Number(h.ss.sheetValues(SHEET.criteria)[rowOf(h, SHEET.criteria, K.year) - 1][1]);
    expect(typed(h, hs, "A4", "XX-1")).toBe("flagged");
    expect(typed(h, hs, "A4", "TP-TDP01")).toBe("ok");
    expect(typed(h, hs, "B4", String(year + 1))).toBe("refused");
    expect(typed(h, hs, "B4", "abc")).toBe("refused");
    expect(typed(h, hs, "B4", String(year - 1))).toBe("ok");
  });
});

describe("set-up repairs the rules", () => {
  it("puts back removed rules on the city's sheets and leaves every value as it was", () => {
    const h = setUp();
    h.ss.sheet(SHEET.roster).userTypes("A4", "TP");
    for (const name of [SHEET.criteria, SHEET.roster, SHEET.plan, SHEET.history])
      h.ss.sheet(name).getRange("A1:Q600").clearDataValidations();
    h.ss.sheet(SHEET.criteria).setConditionalFormatRules([]);
    const before = [SHEET.criteria, SHEET.roster, SHEET.plan, SHEET.history].map((n) => h.ss.sheetValues(n));
    h.counter.reset();
    h.ctx.menuSetupLaiChau();
    const calls = h.counter.snapshot().calls;
    const after = [SHEET.criteria, SHEET.roster, SHEET.plan, SHEET.history].map((n) => h.ss.sheetValues(n));
    expect(after).toEqual(before);
    expect(typed(h, SHEET.roster, "C4", "thị trấn")).toBe("refused");
    expect(typed(h, SHEET.plan, "F4", "-1")).toBe("refused");
    expect(typed(h, SHEET.history, "A4", "XX-1")).toBe("flagged");
    const crit = rowOf(h, SHEET.criteria, K.criterion, "1.1");
    expect(typed(h, SHEET.criteria, `D${crit}`, "9")).toBe("refused");
    expect(h.ss.sheet(SHEET.criteria).snapshot().conditionalFormats).toHaveLength(2);
    // The repair's cost: one validation write per block of rows sharing a rule (Tiêu chí's Mã column
    // is cut around Năm đánh giá, Hạn gửi hồ sơ and Quy tắc), one range list and one rule list per sheet.
    // Tiêu chí 10 (A; B in 5 blocks; D–G), Danh mục 8 (B2, C, E, H, J–M), Kế hoạch 4, Lịch sử 2: the
    // rejecting dropdowns (A, C, J) as setDataValidations, the rest setDataValidation; plus the new
    // ward tab's one grid and its conditional rules.
    expect(calls["Range.setDataValidation"]).toBe(21);
    expect(calls["Range.setDataValidations"]).toBe(3 + 1);
    expect(calls["Sheet.setConditionalFormatRules"]).toBe(2 + 1);
    expect(calls["Sheet.getRangeList"]).toBe(4 + 2);
    // Run again with nothing changed: the marker and a look at the rules' cells, no write.
    h.counter.reset();
    h.ctx.menuSetupLaiChau();
    const again = h.counter.snapshot().calls;
    expect(again["Range.setDataValidation"] ?? 0).toBe(0);
    expect(again["Range.setDataValidations"] ?? 0).toBe(0);
    expect(again["Range.getDataValidations"]).toBe(4);
  });
});

describe("the strict fake's limits on the new kinds", () => {
  function fake() {
    const g = createAppsScriptGlobals({ user: "me@example.com", owner: "owner@example.com" });
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    return { g, ss, sheet: ss.getActiveSheet() };
  }

  it("refuses what Google refuses: a formula without =, another sheet in a formula, bounds that are not numbers, a long help", () => {
    const { g } = fake();
    const b = () => g.SpreadsheetApp.newDataValidation();
    expect(() => b().requireFormulaSatisfied("A1>0")).toThrow(/start with "="/);
    expect(() => b().requireFormulaSatisfied("=COUNTIF('Danh mục'!H:H,A1)>0")).toThrow(/other sheets/);
    expect(() => b().requireFormulaSatisfied('=COUNTIF($A$1:$A$9,"x!A1")>0')).not.toThrow();
    expect(() => b().requireNumberBetween(1, Number.NaN)).toThrow(/Invalid argument/);
    expect(() => b().requireNumberBetween(1, 100).setHelpText("x".repeat(1001))).toThrow(/help text/);
  });

  it("anchors a formula rule at its range's corner and takes it only through setDataValidation", () => {
    const { g, sheet } = fake();
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireFormulaSatisfied("=B2>A2")
      .setAllowInvalid(false)
      .build();
    expect(() => sheet.getRange("B2:B3").setDataValidations([[rule], [rule]])).toThrow(/setDataValidation/);
    sheet.getRange("B2:B3").setDataValidation(rule);
    sheet.getRange("A2:A3").setValues([[5], [10]]);
    // B3 is checked against A3 (the reference moves with the cell), not against A2.
    expect(sheet.userTypes("B3", "7")).toEqual({ accepted: false, flagged: false });
    expect(sheet.userTypes("B3", "11")).toEqual({ accepted: true, flagged: false });
    expect(sheet.userTypes("B2", "7")).toEqual({ accepted: true, flagged: false });
    const warn = g.SpreadsheetApp.newDataValidation().requireTextIsEmail().setAllowInvalid(true).build();
    sheet.getRange("C2").setDataValidation(warn);
    expect(sheet.userTypes("C2", "not an address")).toEqual({ accepted: true, flagged: true });
    expect(sheet.getRange("C2").getValue()).toBe("not an address");
  });
});
