/**
 * Excel has no TDP_VERDICT, TDP_STANDARD or TDP_GAPS. So the formula rows of a SheetSpec are written
 * to .xlsx as the values those custom functions would show in Google Sheets: each formula is evaluated
 * here by the same core functions the add-in's =TDP_* cells run (judge → verdictLabel / standardLabel /
 * gaps), on the ranges it names, and its result spills from the formula cell like an array formula.
 * A formula that is not a TDP_* call is kept as an Excel formula.
 */
import { columnNumber } from "../core/a1";
import { type Output, tdpGaps, tdpStandard, tdpVerdict } from "../core/sheetFunctions";
import { foldKey } from "../core/text";
import type { CellValue, SheetSpec } from "../core/workbook/spec";

type SheetFunction = (a?: unknown, b?: unknown, c?: unknown, d?: unknown) => Output;

const FUNCTIONS: Record<string, SheetFunction> = {
  TDP_VERDICT: tdpVerdict,
  TDP_STANDARD: tdpStandard,
  TDP_GAPS: tdpGaps,
};

export interface ComputedCell {
  row: number;
  col: number;
  value: CellValue;
}

export interface FormulaOutcome {
  /** Values to write (a spilled result gives one per cell). */
  values: ComputedCell[];
  /** Formulas kept as Excel formulas (without the leading "="). */
  formulas: { row: number; col: number; formula: string }[];
}

/** Splits "a, 'b,c'!A1, \"x,y\"" on top-level commas. */
export function splitArgs(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote = "";
  let depth = 0;
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    if (ch === "," && !quote && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

const REF = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Z]{1,3})?\$?(\d+)?(?::\$?([A-Z]{1,3})?\$?(\d+)?)?$/;

/** The values of a reference such as C4:Q44, $A$4:$A$44 or 'Tiêu chí'!$A:$G (whole columns). */
export function resolveRef(
  ref: string,
  here: string,
  sheets: ReadonlyMap<string, CellValue[][]>,
): CellValue[][] | undefined {
  const m = REF.exec(ref.trim());
  if (!m || (!m[3] && !m[4])) return undefined;
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? here);
  let values: CellValue[][] | undefined;
  for (const [n, v] of sheets) if (foldKey(n) === foldKey(name)) values = v;
  if (!values) return undefined;
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  const c1 = m[3] ? columnNumber(m[3]) : 1;
  const r1 = m[4] ? Number(m[4]) : 1;
  const hasEnd = m[5] !== undefined || m[6] !== undefined;
  const c2 = hasEnd ? (m[5] ? columnNumber(m[5]) : width) : c1;
  const r2 = hasEnd ? (m[6] ? Number(m[6]) : values.length) : m[4] ? r1 : values.length;
  const out: CellValue[][] = [];
  for (let r = r1; r <= Math.max(r1, r2); r++) {
    const row: CellValue[] = [];
    for (let c = c1; c <= Math.max(c1, c2); c++) row.push(values[r - 1]?.[c - 1] ?? "");
    out.push(row);
  }
  return out;
}

/** Evaluates one formula; undefined when it is not a TDP_* call this adapter knows. */
export function evaluateFormula(
  formula: string,
  here: string,
  sheets: ReadonlyMap<string, CellValue[][]>,
): Output | undefined {
  const m = /^=\s*([A-Z_][A-Z0-9_.]*)\s*\((.*)\)\s*$/is.exec(formula.trim());
  if (!m) return undefined;
  const fn = FUNCTIONS[m[1].toUpperCase()];
  if (!fn) return undefined;
  const args: unknown[] = [];
  for (const a of m[2].trim() === "" ? [] : splitArgs(m[2])) {
    if (a === "") args.push(undefined);
    else if (/^".*"$/s.test(a)) args.push(a.slice(1, -1).replace(/""/g, '"'));
    else if (/^-?\d+(\.\d+)?$/.test(a)) args.push(Number(a));
    else {
      const values = resolveRef(a, here, sheets);
      if (!values) return undefined;
      args.push(values.length === 1 && values[0].length === 1 ? values[0][0] : values);
    }
  }
  return fn(...args);
}

/** Every formula of `spec` as values (TDP_*) or kept formulas; `sheets` holds every sheet's values. */
export function computeFormulas(spec: SheetSpec, sheets: ReadonlyMap<string, CellValue[][]>): FormulaOutcome {
  const out: FormulaOutcome = { values: [], formulas: [] };
  for (const f of spec.formulas) {
    const result = evaluateFormula(f.formula, spec.name, sheets);
    if (result === undefined) {
      out.formulas.push({ row: f.row, col: f.col, formula: f.formula.replace(/^=/, "") });
      continue;
    }
    if (typeof result === "string") {
      out.values.push({ row: f.row, col: f.col, value: result });
      continue;
    }
    result.forEach((cells, i) => {
      cells.forEach((value, j) => {
        out.values.push({ row: f.row + i, col: f.col + j, value });
      });
    });
  }
  return out;
}
