/**
 * Data validation in the xlsx template (issue 13): `tdp template` read back with ExcelJS has the
 * rules on Tiêu chí, Danh mục, Kế hoạch and Lịch sử công nhận with the right type, operator, formula
 * and error style, and a small evaluator of those rules (as Excel applies them to typed input)
 * refuses a bad value — or, for a warning-only rule, lets it through flagged — and takes a good one.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { CRITERIA_TABLE, SHEET } from "../../src/core/vocabulary";
import { evalRuleFormula } from "../fake/rules";
import { cliOk, ensureCli, tempDir } from "../helpers/xlsx";

const K = CRITERIA_TABLE.rowKind;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  ensureCli();
  const out = join(tempDir(), "template.xlsx");
  cliOk(["template", "--year", "2024", "--out", out]);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
});

type Dv = ExcelJS.DataValidation;
const sheet = (name: string) => wb.getWorksheet(name)!;
/** ExcelJS keeps what it read of a sheet's conditional formats here (not in its typings). */
const formats = (name: string) =>
  (
    sheet(name) as unknown as {
      conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[];
    }
  ).conditionalFormattings;
/** ExcelJS reads a rule's sqref back as one entry per cell. */
const dvAt = (name: string, a1: string): Dv | undefined =>
  (sheet(name) as unknown as { dataValidations: { model: Record<string, Dv> } }).dataValidations.model[a1];

const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const split = (a1: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return { row: Number(m[2]), col: col(m[1]) };
};

function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  return v;
}

/** Excel stores typed digits as a number unless the cell is formatted as text. */
function typedValue(ws: ExcelJS.Worksheet, a1: string, input: string): unknown {
  if (ws.getCell(a1).numFmt === "@") return input;
  return /^-?\d+(\.\d+)?$/.test(input) ? Number(input) : input;
}

/** The items of a list rule: a literal "a,b" or a range (of this sheet or another). */
function listItems(ws: ExcelJS.Worksheet, formula: string): string[] {
  if (formula.startsWith('"')) return formula.slice(1, -1).split(",");
  const m = /^(?:'?(.+?)'?!)?\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(formula);
  if (!m) throw new Error(`list formula ${formula}`);
  const target = m[1] ? wb.getWorksheet(m[1].replace(/''/g, "'"))! : ws;
  const out: string[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++)
    for (let c = col(m[2]); c <= col(m[4]); c++) out.push(String(plain(target.getCell(r, c).value)));
  return out.filter((s) => s !== "");
}

/** The top-left cell of the block a formula rule was written for: its column's run of equal formulas. */
function anchorOf(name: string, a1: string): { row: number; col: number } {
  const at = split(a1);
  const f = dvAt(name, a1)?.formulae?.[0];
  let row = at.row;
  const letters = a1.replace(/\d+$/, "");
  while (row > 1 && dvAt(name, `${letters}${row - 1}`)?.formulae?.[0] === f) row--;
  return { row, col: at.col };
}

/** What Excel does with `input` typed into `a1`: "refused" (stop), "flagged" (warning), or "ok". */
function typed(name: string, a1: string, input: string): string {
  const ws = sheet(name);
  const dv = dvAt(name, a1);
  const value = typedValue(ws, a1, input);
  if (!dv || input === "") return "ok";
  let pass: boolean;
  const f = String(dv.formulae[0]);
  switch (dv.type) {
    case "list":
      pass = listItems(ws, f).some((i) => i.toLowerCase() === String(value).toLowerCase());
      break;
    case "whole":
      expect(dv.operator).toBe("between");
      pass =
        typeof value === "number" &&
        Number.isInteger(value) &&
        value >= Number(dv.formulae[0]) &&
        value <= Number(dv.formulae[1]);
      break;
    case "custom": {
      const at = split(a1);
      const anchor = anchorOf(name, a1);
      const get = (r: number, c: number) =>
        r === at.row && c === at.col ? value : plain(ws.getCell(r, c).value);
      pass = evalRuleFormula(f, get, { row: at.row - anchor.row, col: at.col - anchor.col }) === true;
      break;
    }
    default:
      throw new Error(`rule type ${dv.type} not evaluated`);
  }
  if (pass) return "ok";
  return dv.errorStyle === "warning" ? "flagged" : "refused";
}

function rowOf(name: string, kind: string, code?: string): number {
  const ws = sheet(name);
  for (let r = 1; r <= ws.rowCount; r++) {
    const a = String(plain(ws.getCell(r, 1).value));
    if (a === kind && (code === undefined || String(plain(ws.getCell(r, 2).value)) === code)) return r;
  }
  throw new Error(`no ${kind} ${code ?? ""}`);
}

describe("the template's validation, read back", () => {
  it("Tiêu chí: kinds, standards, thresholds, the comma lists, the rule and the year", () => {
    const s = SHEET.criteria;
    const crit = rowOf(s, K.criterion, "1.1");
    const std = rowOf(s, K.standard, "1");
    expect(dvAt(s, `D${crit}`)).toMatchObject({ type: "custom", errorStyle: "stop" });
    expect(dvAt(s, "D4")?.formulae[0]).toBe('COUNTIFS($A$4:$A$503,"Tiêu chuẩn",$B$4:$B$503,D4)>0');
    expect(dvAt(s, `E${std}`)).toMatchObject({ type: "whole", operator: "between", formulae: [1, 100] });
    expect(dvAt(s, `F${crit}`)).toMatchObject({ type: "list", errorStyle: "warning" });
    expect(dvAt(s, "A503")).toBeDefined();
    expect(dvAt(s, "A3")).toBeUndefined(); // not the header row
    expect(typed(s, `A${crit}`, "Tiêu chí phụ")).toBe("refused");
    expect(typed(s, `A${crit}`, K.criterion)).toBe("ok");
    expect(typed(s, `D${crit}`, "9")).toBe("refused");
    expect(typed(s, `D${crit}`, "1.2")).toBe("refused");
    expect(typed(s, `D${crit}`, "2")).toBe("ok");
    expect(typed(s, `E${std}`, "150")).toBe("refused");
    expect(typed(s, `E${std}`, "80.5")).toBe("refused");
    expect(typed(s, `E${std}`, "80")).toBe("ok");
    expect(typed(s, `F${crit}`, "bản, tổ dân phố")).toBe("flagged");
    expect(typed(s, `F${crit}`, "tổ dân phố, bản")).toBe("ok");
    expect(typed(s, `G${crit}`, "thị trấn")).toBe("flagged");
    expect(typed(s, `G${crit}`, "xã")).toBe("ok");
    const rule = rowOf(s, K.rule);
    expect(typed(s, `B${rule}`, "Đa số")).toBe("refused");
    expect(typed(s, `B${rule}`, CRITERIA_TABLE.rule["per-standard-threshold"])).toBe("ok");
    const year = rowOf(s, K.year);
    expect(typed(s, `B${year}`, "1999")).toBe("refused");
    expect(typed(s, `B${year}`, "2030")).toBe("ok");
    // Mã: a duplicate within its Loại is flagged, and highlighted by a formula rule.
    const second = rowOf(s, K.criterion, "1.2");
    expect(typed(s, `B${second}`, "1.1")).toBe("flagged");
    expect(typed(s, `B${second}`, "1.9")).toBe("ok");
    const cf = formats(s);
    expect(cf.map((c) => [c.ref, c.rules[0].type])).toEqual([
      ["B4:B503", "expression"],
      ["D4:D503", "expression"],
    ]);
    const dup = cf[0].rules[0].formulae![0];
    const get = (r: number, c: number) => plain(sheet(s).getCell(r, c).value);
    // The highlight is off on the sheet as written, on for a duplicated code.
    expect(evalRuleFormula(dup, get, { row: second - 4, col: 0 })).toBe(false);
    const withDup = (r: number, c: number) => (r === second && c === 2 ? "1.1" : get(r, c));
    expect(evalRuleFormula(dup, withDup, { row: second - 4, col: 0 })).toBe(true);
  });

  it("Danh mục: ward kind, editors, unit type, the unit's ward, years, duplicate codes", () => {
    const s = SHEET.roster;
    expect(dvAt(s, "K4")).toMatchObject({ type: "list", formulae: ["$A$4:$A$503"], errorStyle: "stop" });
    expect(dvAt(s, "E4")).toMatchObject({ type: "custom", errorStyle: "warning" });
    expect(dvAt(s, "L4")).toMatchObject({ type: "whole", operator: "between", formulae: [2000, 2100] });
    expect(typed(s, "C4", "thị trấn")).toBe("refused");
    expect(typed(s, "C4", "phường")).toBe("ok");
    expect(typed(s, "E4", "canbo.phuong.vn")).toBe("flagged");
    expect(typed(s, "E4", "a@x.vn, b@y.vn")).toBe("ok");
    expect(typed(s, "B2", "noivu@x.vn, ketoan")).toBe("flagged");
    expect(typed(s, "J4", "khu phố")).toBe("refused");
    expect(typed(s, "J4", "tổ tự quản")).toBe("ok");
    expect(typed(s, "K4", "TP")).toBe("refused"); // the template has no wards yet
    expect(typed(s, "L4", "1990")).toBe("refused");
    expect(typed(s, "M4", "2025")).toBe("ok");
    expect(formats(s).map((c) => c.ref)).toEqual(["H4:H503"]);
  });

  it("Kế hoạch and Lịch sử: roster codes warn, years in range, whole targets", () => {
    const p = SHEET.plan;
    expect(dvAt(p, "A4")).toMatchObject({
      type: "list",
      formulae: ["'Danh mục'!$H$4:$H$503"],
      errorStyle: "warning",
    });
    expect(typed(p, "A4", "TP-TDP99")).toBe("flagged");
    expect(typed(p, "C4", "1999")).toBe("refused");
    expect(typed(p, "C4", "2024")).toBe("ok");
    expect(typed(p, "E4", "năm sau")).toBe("refused");
    expect(typed(p, "E4", "Giai đoạn 2021–2025")).toBe("ok");
    expect(typed(p, "E4", "2025")).toBe("ok");
    expect(typed(p, "F4", "-1")).toBe("refused");
    expect(typed(p, "F4", "2.5")).toBe("refused");
    expect(typed(p, "F4", "26")).toBe("ok");
    const h = SHEET.history;
    expect(dvAt(h, "B4")).toMatchObject({ type: "custom", errorStyle: "stop" });
    expect(dvAt(h, "B4")?.formulae[0]).toBe("AND(VALUE(B4)>=2000,VALUE(B4)<=2024)");
    expect(typed(h, "A4", "XX-1")).toBe("flagged");
    expect(typed(h, "B4", "2025")).toBe("refused");
    expect(typed(h, "B4", "2023")).toBe("ok");
  });

  it("every prompt fits Excel's 255 characters and every rule says what it takes", () => {
    for (const name of [SHEET.criteria, SHEET.roster, SHEET.plan, SHEET.history]) {
      const model = (sheet(name) as unknown as { dataValidations: { model: Record<string, Dv> } })
        .dataValidations.model;
      const rules = Object.values(model);
      expect(rules.length, name).toBeGreaterThan(0);
      for (const dv of rules) {
        expect(dv.prompt?.length ?? 0).toBeLessThanOrEqual(255);
        expect(dv.prompt, name).toBeTruthy();
      }
    }
  });
});
