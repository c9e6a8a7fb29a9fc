/**
 * What a sheet should look like, as plain data. The Apps Script and ExcelJS adapters both render a
 * SheetSpec, so the two sides write the same layout. Rows and columns are 1-based.
 */
export type CellValue = string | number | boolean;

export interface Block {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A dropdown that rejects other input (setAllowInvalid(false)), with help text. */
export interface ValidationRule {
  values: string[];
  help?: string;
}

/** One rule (or null = no validation) per cell of a block starting at row/col. */
export interface ValidationGrid {
  row: number;
  col: number;
  rules: (ValidationRule | null)[][];
}

export interface ConditionalSpec extends Block {
  /** Cell text equal to this (case-insensitive in Sheets), or "" for an empty cell. */
  whenText: string;
  background: string;
  fontColor?: string;
}

export interface SheetSpec {
  name: string;
  /** The full grid from A1; every row has the same length. */
  values: CellValue[][];
  /** Formulas written after values (English syntax, comma separators). */
  formulas: { row: number; col: number; formula: string }[];
  validations: ValidationGrid[];
  /** Per-cell backgrounds (null = none) and bold flags, same shape as values. */
  backgrounds?: (string | null)[][];
  bold?: boolean[][];
  wrapColumns?: number[];
  /** Columns formatted as plain text, so codes like "1.10" are not turned into numbers. */
  textColumns?: number[];
  merges?: Block[];
  conditional?: ConditionalSpec[];
  frozenRows?: number;
  frozenCols?: number;
  /** Width in pixels of columns 1..n. */
  columnWidths?: number[];
  tabColor?: string;
}

export const COLORS = {
  pass: "#d9ead3",
  fail: "#f4cccc",
  missing: "#fff2cc",
  heading: "#cfe2f3",
  header: "#d9d9d9",
  result: "#f3f3f3",
  title: "#ffffff",
  locked: "#efefef",
} as const;

export function blankGrid(rows: number, cols: number): CellValue[][] {
  return Array.from({ length: rows }, () => Array<CellValue>(cols).fill(""));
}

export function emptySpec(name: string, values: CellValue[][]): SheetSpec {
  const width = Math.max(1, ...values.map((r) => r.length));
  return {
    name,
    values: values.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]),
    formulas: [],
    validations: [],
  };
}
