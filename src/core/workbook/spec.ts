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

interface RuleBase {
  help?: string;
  /**
   * Warning only (Sheets setAllowInvalid(true), xlsx errorStyle "warning"): for input that is
   * legitimate for a while, e.g. a unit code typed into Kế hoạch before it is in Danh mục. Default:
   * other input is rejected.
   */
  warnOnly?: boolean;
}

/** A dropdown of fixed values (the original rule: no `kind`). */
export interface ListRule extends RuleBase {
  kind?: "list";
  values: string[];
}

/** A dropdown of the values in a range, e.g. the unit codes of Danh mục (so a new unit extends it). */
export interface RangeListRule extends RuleBase {
  kind: "rangeList";
  /** Another sheet, or the rule's own sheet when omitted. */
  sheet?: string;
  range: Block;
}

/** A number from min to max (Sheets: requireNumberBetween; xlsx: whole between). */
export interface WholeRule extends RuleBase {
  kind: "whole";
  min: number;
  max: number;
}

/**
 * A custom formula (no leading "="), the same text in Sheets and Excel, without references to other
 * sheets (Sheets refuses them in validation formulas). `{cell}` stands for the validated cell and
 * `{row}` for its row number: each renderer puts the top-left cell of every block the rule is applied
 * to, so relative references are anchored where both applications expect them.
 */
export interface FormulaRule extends RuleBase {
  kind: "formula";
  formula: string;
}

/** One e-mail address (Sheets: requireTextIsEmail; xlsx: a formula). */
export interface EmailRule extends RuleBase {
  kind: "email";
}

export type ValidationRule = ListRule | RangeListRule | WholeRule | FormulaRule | EmailRule;

/** A custom formula with `{cell}` / `{row}` put for the block starting at row/col. */
export function anchorFormula(formula: string, row: number, col: number, cellA1: string): string {
  return formula
    .replace(/\{cell\}/g, cellA1)
    .replace(/\{row\}/g, String(row))
    .replace(/\{col\}/g, String(col));
}

/** A stable text of a rule (what it checks, its help and mode): equal keys = the same rule. */
export function ruleKey(r: ValidationRule): string {
  const mode = `${r.help ?? ""}\u0002${r.warnOnly ? "w" : ""}`;
  switch (r.kind) {
    case undefined:
    case "list":
      // The original key (values, then help) for rejecting lists, so ward tabs keep their layout key.
      return r.warnOnly
        ? `list\u0003${r.values.join("\u0001")}\u0002${mode}`
        : `${r.values.join("\u0001")}\u0002${r.help ?? ""}`;
    case "rangeList":
      return `range\u0003${r.sheet ?? ""}!${r.range.row},${r.range.col},${r.range.numRows},${r.range.numCols}\u0002${mode}`;
    case "whole":
      return `whole\u0003${r.min},${r.max}\u0002${mode}`;
    case "formula":
      return `formula\u0003${r.formula}\u0002${mode}`;
    case "email":
      return `email\u0002${mode}`;
  }
}

/** Whether a rule is a plain dropdown of values that rejects other input (the ward tabs' kind). */
export function isRejectingList(r: ValidationRule): r is ListRule {
  return (r.kind === undefined || r.kind === "list") && !r.warnOnly;
}

/** Rectangles of cells sharing one rule: runs along each row, then identical runs stacked. */
export function ruleBlocks(
  rules: (ValidationRule | null)[][],
): { r: number; c: number; rows: number; cols: number; rule: ValidationRule }[] {
  const key = (x: ValidationRule | null) => (x ? ruleKey(x) : "");
  type Open = { r: number; c: number; rows: number; cols: number; rule: ValidationRule };
  const open = new Map<string, Open>();
  const done: Open[] = [];
  rules.forEach((row, r) => {
    const seen = new Set<string>();
    let c = 0;
    while (c < row.length) {
      const rule = row[c];
      let end = c;
      while (end + 1 < row.length && key(row[end + 1]) === key(rule)) end++;
      if (rule) {
        const id = `${c}|${end}|${key(rule)}`;
        const prev = open.get(id);
        if (prev && prev.r + prev.rows === r) prev.rows++;
        else {
          if (prev) done.push(prev);
          open.set(id, { r, c, rows: 1, cols: end - c + 1, rule });
        }
        seen.add(id);
      }
      c = end + 1;
    }
    for (const [id, b] of open)
      if (!seen.has(id)) {
        done.push(b);
        open.delete(id);
      }
  });
  done.push(...open.values());
  return done;
}

/** One rule over a whole block (a column of data rows). */
export function ruleColumn(row: number, col: number, numRows: number, rule: ValidationRule): ValidationGrid {
  return { row, col, rules: Array.from({ length: numRows }, () => [rule]) };
}

/** One rule (or null = no validation) per cell of a block starting at row/col. */
export interface ValidationGrid {
  row: number;
  col: number;
  rules: (ValidationRule | null)[][];
}

/** A sheet's validation and conditional formats alone: what set-up repairs on a sheet whose values it keeps. */
export interface SheetRules {
  name: string;
  validations: ValidationGrid[];
  conditional: ConditionalSpec[];
}

export interface ConditionalSpec extends Block {
  /** Cell text equal to this (case-insensitive in Sheets), or "" for an empty cell; ignored with `formula`. */
  whenText: string;
  /**
   * A custom formula instead (no "="), written as FormulaRule's: `{cell}` / `{row}` are the block's
   * top-left cell and row, e.g. a duplicate code: COUNTIF($B$4:$B$503,{cell})>1.
   */
  formula?: string;
  /** Only where the cell of this row in the same column is filled (a unit chosen in the header). */
  headerRow?: number;
  background: string;
  fontColor?: string;
}

/**
 * The sheet functions the add-in exports (its @customfunction globals): the only functions a
 * SheetSpec writes into a cell. core/workbook/formula.ts gives each its implementation.
 */
export const SHEET_FUNCTION_NAMES = [
  "TDP_VERDICT",
  "TDP_STANDARD",
  "TDP_GAPS",
  "TDP_NIEN_HAN",
  "TDP_DU_DIEU_KIEN_NIEN_HAN",
] as const;
export type SheetFunctionName = (typeof SHEET_FUNCTION_NAMES)[number];

/** A corner of a range (1-based): a cell, or a column alone (whole columns, or down to the last row). */
export interface RangeCorner {
  col: number;
  row?: number;
}

/**
 * A range argument, corner to corner as in A1 notation: `from` alone is one cell; `to` without a
 * row runs down to the sheet's last row (F7:K); corners without rows are whole columns ($A:$G).
 */
export interface RangeArg {
  kind: "range";
  /** Another sheet; omitted = the formula's own sheet. */
  sheet?: string;
  from: RangeCorner;
  to?: RangeCorner;
  /** Written with $ on every row and column ($A$4:$A$44), so it stays put when copied. */
  absolute?: boolean;
}

export type FormulaArg =
  | RangeArg
  | { kind: "literal"; value: string | number | boolean }
  /** Nothing between the commas: an omitted argument. */
  | { kind: "empty" };

/** A call of one of the add-in's sheet functions, as data (core/workbook/formula.ts prints it). */
export interface Formula {
  fn: SheetFunctionName;
  args: FormulaArg[];
}

/** A formula in a cell; an array result spills right and down from it. */
export interface SheetFormula extends Formula {
  row: number;
  col: number;
}

export interface SheetSpec {
  name: string;
  /** The full grid from A1; every row has the same length. */
  values: CellValue[][];
  /** Formulas written in the same write as the values (printed by core/workbook/formula.ts). */
  formulas: SheetFormula[];
  validations: ValidationGrid[];
  /** Per-cell backgrounds (null = none) and bold flags, same shape as values. */
  backgrounds?: (string | null)[][];
  bold?: boolean[][];
  wrapColumns?: number[];
  /** Align every cell to the top (tall wrapped rows read like the paper form). */
  alignTop?: boolean;
  /** Centre every cell vertically (forms with bordered, merged headers); ignored with alignTop. */
  alignMiddle?: boolean;
  /** Columns formatted as plain text, so codes like "1.10" are not turned into numbers. */
  textColumns?: number[];
  /**
   * Number format of every cell of the grid (same shape as values), written before the values:
   * "@" keeps a string exactly as given (Sheets re-types "7/7", "1.3", "109,4%" otherwise), "0.0%"
   * shows a ratio as a percentage. Only for sheets whose every cell the command owns.
   */
  numberFormats?: string[][];
  /**
   * Blocks merged into one cell each (Range.merge). Only the top-left cell of a block may hold a
   * value; the renderers break apart the old merges of the written rows first.
   */
  merges?: Block[];
  /** Blocks whose every row is merged across its columns (one Range.mergeAcross per block). */
  mergeAcross?: Block[];
  /** Blocks centred horizontally (numbers under their headings). */
  centered?: Block[];
  /** Blocks with thin borders around and between every cell. */
  bordered?: Block[];
  /**
   * Row heights in pixels: `count` rows from `row` (default 1) get `height`. A minimum: Sheets grows
   * a row to fit its wrapped text, and the xlsx takes the larger of this and its estimate.
   */
  rowHeights?: RowHeight[];
  /** The font of the whole grid; `rowSizes` gives single rows (titles) their own size. */
  font?: SheetFont;
  conditional?: ConditionalSpec[];
  frozenRows?: number;
  frozenCols?: number;
  /** Width in pixels of columns 1..n. */
  columnWidths?: number[];
  tabColor?: string;
  /**
   * Page setup for paper: the xlsx writes it. Sheets has no print-setup API: its File → Print
   * repeats the frozen rows and columns on every page, so keep titleRows/titleCols equal to them.
   */
  print?: PrintSetup;
  /** Charts drawn from the sheet's own cells (Sheets: embedded charts; xlsx: a chart part). */
  charts?: ChartSpec[];
  /** A sheet the user need not see (a ward file's "Thông tin tệp"): hidden, not very hidden. */
  hidden?: boolean;
  /**
   * Sheet protection of a ward file: every cell locked except the `unlocked` blocks (xlsx: sheet
   * protection without a password, an "is this ours" guard, not security; Sheets: a sheet
   * protection with the ward's editors on the open ranges).
   */
  protect?: { unlocked: Block[] };
}

export interface RowHeight {
  row: number;
  count?: number;
  height: number;
}

export interface SheetFont {
  family: string;
  /** Points. */
  size: number;
  rowSizes?: { row: number; size: number }[];
}

/** A4 always (Nghị định 30/2020/NĐ-CP); margins are the decree's (top/bottom 2 cm, left 3 cm, right 1.5 cm). */
export const A4_PRINT = {
  /** Margins in centimetres. */
  marginsCm: { top: 2, bottom: 2, left: 3, right: 1.5 },
  /** Printable width at 100 % in sheet pixels (1 px = 0.75 pt): landscape 29.7 − 4.5 cm, portrait 21 − 4.5 cm. */
  widthPx: { landscape: ((29.7 - 4.5) / 2.54) * 96, portrait: ((21 - 4.5) / 2.54) * 96 },
} as const;

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  /** Rows 1..titleRows repeated at the top of every page. */
  titleRows?: number;
  /** Columns 1..titleCols repeated at the left of every page. */
  titleCols?: number;
  /** Scale the width down to one page when it is wider (never up); height runs onto as many pages as needed. */
  fitToWidth?: boolean;
  /** Rows that start a new page (a section title). */
  breaks?: number[];
  /** The print areas, each its own pages (default: the whole grid). */
  areas?: Block[];
}

/** One column of values (data rows only, no header) inside the sheet. */
export interface ColumnRange {
  col: number;
  fromRow: number;
  toRow: number;
}

export interface ChartSeries {
  name: string;
  values: ColumnRange;
  /** Drawn as a line over the bars (a target), not as a bar. */
  line?: boolean;
}

export interface ChartSpec {
  /** Stable id: "wards" (per-ward chart), "years" (the years at a glance). */
  id: string;
  title: string;
  /** "bar": horizontal bars (one per ward); "column": vertical columns (one per year). */
  kind: "bar" | "column";
  stacked: boolean;
  categories: ColumnRange;
  series: ChartSeries[];
  /** Top-left cell the chart is anchored at, and its size in pixels. */
  anchor: { row: number; col: number };
  width: number;
  height: number;
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

export const FORMAT = {
  text: "@",
  /** Sheets' automatic number format, as Range.getNumberFormat() reports it for a fresh cell. */
  number: "0.###############",
  percent: "0.0%",
  date: "dd/mm/yyyy",
} as const;

/**
 * Formats for a sheet the command owns: strings (blank included) are plain text, numbers numbers,
 * and the cells `percent` names ("row,col", 1-based) percentages.
 */
export function ownedFormats(values: CellValue[][], percent: Set<string> = new Set()): string[][] {
  return values.map((row, r) =>
    row.map((v, c) =>
      percent.has(`${r + 1},${c + 1}`)
        ? FORMAT.percent
        : typeof v === "number"
          ? FORMAT.number
          : (v as unknown) instanceof Date
            ? FORMAT.date
            : FORMAT.text,
    ),
  );
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

/**
 * The rule as a spreadsheet formula relative to the block's top-left cell (same syntax in Sheets and
 * Excel): used when a rule depends on another cell, e.g. "blank, under a chosen unit".
 */
export function conditionFormula(c: ConditionalSpec, topLeft: string): string {
  if (c.formula !== undefined) return anchorFormula(c.formula, c.row, c.col, topLeft);
  const test =
    c.whenText === "" ? `LEN(TRIM(${topLeft}))=0` : `TRIM(${topLeft})="${c.whenText.replace(/"/g, '""')}"`;
  if (c.headerRow === undefined) return test;
  const col = topLeft.replace(/\d+$/, "");
  return `AND(LEN(${col}$${c.headerRow})>0,${test})`;
}
