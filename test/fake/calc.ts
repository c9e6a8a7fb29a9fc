/**
 * Recalculation of one sheet's formulas: each formula's value, and the arrays they spill. As in
 * Sheets, a 2-D array result fills the cells right of and below its formula cell when they are
 * empty; otherwise the formula cell shows #REF! (Google's text: "Array result was not expanded
 * because it would overwrite data in <A1>."). Formulas are evaluated once per change of the
 * document, in row-major order (a formula that reads a later formula's spill sees it empty).
 */
import { rectToA1 } from "./a1";
import { isDate } from "./env";
import type { CellValue } from "./typedInput";

/** An error value with its code ("#REF!", "#ERROR!", ...) and the message Sheets shows on hover. */
export class FormulaError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface FormulaErrorRecord {
  sheet: string;
  a1: string;
  formula: string;
  code: string;
  message: string;
}

export interface FormulaCell {
  row: number;
  col: number;
  formula: string;
}

/** Key of a cell in the computed map (columns stay below 2^15: the limit is 18,278). */
export function cellKey(row: number, col: number): number {
  return row * 32_768 + col;
}

export interface SheetCalc {
  formulas: FormulaCell[];
  maxRows: number;
  maxCols: number;
  /** The formula's raw result (a scalar or a 2-D array); may throw (a FormulaError or any error). */
  evaluate(f: FormulaCell): unknown;
  /** Whether a cell holds a value or a formula of its own (a spill may not cover it). */
  occupied(row: number, col: number): boolean;
  onError(f: FormulaCell, code: string, message: string): void;
}

/** Fills `out` (cellKey → value) with every formula's value and spilled cells. */
export function calculate(calc: SheetCalc, out: Map<number, CellValue>): void {
  for (const f of calc.formulas) {
    const fail = (code: string, message: string) => {
      calc.onError(f, code, message);
      out.set(cellKey(f.row, f.col), code);
    };
    let result: unknown;
    try {
      result = calc.evaluate(f);
    } catch (e) {
      if (e instanceof FormulaError) fail(e.code, e.message);
      else fail("#ERROR!", e instanceof Error ? e.message : String(e));
      continue;
    }
    if (!Array.isArray(result)) {
      const v = cellValue(result);
      if (v instanceof FormulaError) fail(v.code, v.message);
      else out.set(cellKey(f.row, f.col), v);
      continue;
    }
    const problem = spillProblem(calc, f, result, out);
    if (problem) {
      fail(problem.code, problem.message);
      continue;
    }
    const values = result.map((row: unknown[]) => row.map(cellValue));
    const bad = values.flat().find((v): v is FormulaError => v instanceof FormulaError);
    if (bad) {
      fail(bad.code, bad.message);
      continue;
    }
    values.forEach((row, i) => {
      row.forEach((v, j) => {
        out.set(cellKey(f.row + i, f.col + j), v as CellValue);
      });
    });
  }
}

function spillProblem(
  calc: SheetCalc,
  f: FormulaCell,
  rows: unknown[],
  out: Map<number, CellValue>,
): FormulaError | null {
  const width = Array.isArray(rows[0]) ? rows[0].length : 0;
  if (!rows.length || !width || rows.some((r) => !Array.isArray(r) || r.length !== width))
    return new FormulaError("#ERROR!", "An array result must be a non-empty rectangular 2-D array.");
  const extraRows = f.row + rows.length - 1 - calc.maxRows;
  if (extraRows > 0)
    return new FormulaError(
      "#REF!",
      `Result was not automatically expanded, please insert more rows (${extraRows}).`,
    );
  const extraCols = f.col + width - 1 - calc.maxCols;
  if (extraCols > 0)
    return new FormulaError(
      "#REF!",
      `Result was not automatically expanded, please insert more columns (${extraCols}).`,
    );
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < width; j++) {
      if (i === 0 && j === 0) continue;
      const [r, c] = [f.row + i, f.col + j];
      if (calc.occupied(r, c) || out.has(cellKey(r, c))) {
        const a1 = rectToA1({ row: r, col: c, numRows: 1, numCols: 1 });
        return new FormulaError(
          "#REF!",
          `Array result was not expanded because it would overwrite data in ${a1}.`,
        );
      }
    }
  }
  return null;
}

/** A result as a cell value: blank for null/undefined; #NUM! for NaN/±Infinity; #ERROR! for objects. */
function cellValue(v: unknown): CellValue | FormulaError {
  if (v === null || v === undefined) return "";
  if (typeof v === "number")
    return Number.isFinite(v) ? v : new FormulaError("#NUM!", `The result ${v} is not a number.`);
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (isDate(v)) return Number.isNaN(v.getTime()) ? new FormulaError("#NUM!", "Invalid date.") : v;
  return new FormulaError("#ERROR!", `A cell cannot hold ${Array.isArray(v) ? "a nested array" : typeof v}.`);
}
