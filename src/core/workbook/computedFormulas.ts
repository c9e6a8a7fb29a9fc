/**
 * Excel has no TDP_VERDICT, TDP_STANDARD or TDP_GAPS. So the formula rows of a SheetSpec are written
 * to .xlsx as the values those custom functions would show in Google Sheets: each formula's range
 * arguments are read from the sheets' values and the core sheet function is called on them (the same
 * code the add-in's =TDP_* cells run), and its result spills from the formula cell like an array
 * formula. A formula whose result depends on today's date, or whose range names a sheet that is not
 * there, is kept as formula text.
 */
import { foldKey } from "../text";
import { formulaText, SHEET_FUNCTIONS, type SheetFunctionOutput } from "./formula";
import type { CellValue, Formula, RangeArg, SheetSpec } from "./spec";

export interface ComputedCell {
  row: number;
  col: number;
  value: CellValue;
}

export interface FormulaOutcome {
  /** Values to write (a spilled result gives one per cell). */
  values: ComputedCell[];
  /** Formulas kept as Excel formulas (their text without the leading "="). */
  formulas: { row: number; col: number; formula: string }[];
}

/** The values of a range on `here` or on the sheet it names (found leniently); undefined if absent. */
export function resolveRange(
  r: RangeArg,
  here: string,
  sheets: ReadonlyMap<string, CellValue[][]>,
): CellValue[][] | undefined {
  const name = r.sheet ?? here;
  let values: CellValue[][] | undefined;
  for (const [n, v] of sheets) if (foldKey(n) === foldKey(name)) values = v;
  if (!values) return undefined;
  // A corner without a row: from the first row, or (the end corner) down to the last.
  const c1 = r.from.col;
  const r1 = r.from.row ?? 1;
  const c2 = r.to ? r.to.col : c1;
  const r2 = r.to ? (r.to.row ?? values.length) : (r.from.row ?? values.length);
  const out: CellValue[][] = [];
  for (let row = r1; row <= Math.max(r1, r2); row++) {
    const cells: CellValue[] = [];
    for (let col = c1; col <= Math.max(c1, c2); col++) cells.push(values[row - 1]?.[col - 1] ?? "");
    out.push(cells);
  }
  return out;
}

/**
 * Evaluates one formula as Sheets passes arguments to a custom function (one cell → its value, a
 * range → a 2-D array, an empty argument → undefined); undefined when it is kept as a formula.
 */
export function evaluateFormula(
  f: Formula,
  here: string,
  sheets: ReadonlyMap<string, CellValue[][]>,
): SheetFunctionOutput | undefined {
  const fn = SHEET_FUNCTIONS[f.fn];
  if (fn.usesToday) return undefined;
  const args: unknown[] = [];
  for (const a of f.args) {
    if (a.kind === "empty") args.push(undefined);
    else if (a.kind === "literal") args.push(a.value);
    else {
      const values = resolveRange(a, here, sheets);
      if (!values) return undefined;
      args.push(values.length === 1 && values[0].length === 1 ? values[0][0] : values);
    }
  }
  return fn.run(...args);
}

/** Every formula of `spec` as values or kept formulas; `sheets` holds every sheet's values. */
export function computeFormulas(spec: SheetSpec, sheets: ReadonlyMap<string, CellValue[][]>): FormulaOutcome {
  const out: FormulaOutcome = { values: [], formulas: [] };
  for (const f of spec.formulas) {
    const result = evaluateFormula(f, spec.name, sheets);
    if (result === undefined) {
      out.formulas.push({ row: f.row, col: f.col, formula: formulaText(f).replace(/^=/, "") });
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

/**
 * The spec with its formulas replaced by the values they compute (a ward file has no script: in Excel
 * and in a Sheets file made from the master, =TDP_* cannot run). Formulas that cannot be computed
 * here are dropped: their cells stay blank.
 */
export function withComputedValues(spec: SheetSpec, sheets: ReadonlyMap<string, CellValue[][]>): SheetSpec {
  const outcome = computeFormulas(spec, sheets);
  const values = spec.values.map((r) => [...r]);
  for (const v of outcome.values)
    if (values[v.row - 1] && v.col - 1 < values[v.row - 1].length) values[v.row - 1][v.col - 1] = v.value;
  return { ...spec, values, formulas: [] };
}
