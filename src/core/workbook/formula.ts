/**
 * Formulas as data (spec.ts: a sheet function and typed arguments): the one printer of a formula as
 * Sheets text, and each sheet function's implementation, so a renderer that cannot run the add-in's
 * custom functions (the .xlsx writer) calls them on the argument values directly, without parsing.
 */
import { columnLetter, quoteSheet } from "../a1";
import { tdpDuDieuKienNienHan, tdpNienHan } from "../awards/functions";
import { tdpGaps, tdpStandard, tdpVerdict } from "../sheetFunctions";
import type { Formula, FormulaArg, RangeArg, RangeCorner, SheetFunctionName } from "./spec";

/** What a sheet function returns: one text, or rows of texts that spill from the formula's cell. */
export type SheetFunctionOutput = string | string[][];

export interface SheetFunction {
  /** Arguments as Sheets passes them: one cell → its value, a range → a 2-D array, omitted → undefined. */
  run: (...args: unknown[]) => SheetFunctionOutput;
  /**
   * Whether the result depends on today's date (an omitted as-of date): a value computed when a file
   * is written would go stale, so such a formula is kept as a formula there.
   */
  usesToday: boolean;
}

/** Every function a SheetSpec may write (typed by the name list, so neither can lack the other). */
export const SHEET_FUNCTIONS: Record<SheetFunctionName, SheetFunction> = {
  TDP_VERDICT: { run: (a, b, c, d) => tdpVerdict(a, b, c, d), usesToday: false },
  TDP_STANDARD: { run: (a, b, c, d) => tdpStandard(a, b, c, d), usesToday: false },
  TDP_GAPS: { run: (a, b, c, d) => tdpGaps(a, b, c, d), usesToday: false },
  TDP_NIEN_HAN: { run: (a, b, c) => tdpNienHan(a, b, c), usesToday: true },
  TDP_DU_DIEU_KIEN_NIEN_HAN: {
    run: (a, b, c, d, e, f, g) => tdpDuDieuKienNienHan(a, b, c, d, e, f, g),
    usesToday: true,
  },
};

// ---------------------------------------------------------------- building

/** A range on the formula's own sheet, or on `sheet`. */
export function range(
  from: RangeCorner,
  to?: RangeCorner,
  opts: { sheet?: string; absolute?: boolean } = {},
): RangeArg {
  return { kind: "range", from, ...(to ? { to } : {}), ...opts };
}

export function literal(value: string | number | boolean): FormulaArg {
  return { kind: "literal", value };
}

// ---------------------------------------------------------------- printing

/**
 * A sheet name as a formula writes it: bare when it is a plain identifier that cannot be read as
 * anything else (a cell such as AB12, R1C1, TRUE), otherwise quoted ('Tiêu chí', 'It''s').
 */
export function sheetPrefix(name: string): string {
  const bare =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^R\d*C\d*$/i.test(name) &&
    !/^(TRUE|FALSE)$/i.test(name);
  return bare ? name : quoteSheet(name);
}

function cornerText(c: RangeCorner, absolute: boolean): string {
  const $ = absolute ? "$" : "";
  return `${$}${columnLetter(c.col)}${c.row === undefined ? "" : `${$}${c.row}`}`;
}

export function rangeText(r: RangeArg): string {
  const abs = r.absolute ?? false;
  const ref = `${cornerText(r.from, abs)}${r.to ? `:${cornerText(r.to, abs)}` : ""}`;
  return r.sheet === undefined ? ref : `${sheetPrefix(r.sheet)}!${ref}`;
}

function argText(a: FormulaArg): string {
  if (a.kind === "range") return rangeText(a);
  if (a.kind === "empty") return "";
  const v = a.value;
  if (typeof v === "string") return `"${v.replace(/"/g, '""')}"`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** The formula as Sheets text: English syntax, comma separators, e.g. =TDP_GAPS(C4:Q44,"",$A$4:$A$44,'Tiêu chí'!$A:$G). */
export function formulaText(f: Formula): string {
  return `=${f.fn}(${f.args.map(argText).join(",")})`;
}
