/**
 * Writes a SheetSpec into an ExcelJS worksheet: the same layout src/gas/render.ts gives a Google sheet.
 *
 * - Values: plain cell values. A string is always stored as a string cell (never a formula), so user
 *   text such as "=HYPERLINK(…)" or "+84…" stays text.
 * - Formula rows (=TDP_*): written as computed values, see ./formulas.ts.
 * - Dropdowns: list validations that reject other input (showErrorMessage), with the help text as the
 *   input prompt. A list longer than Excel's 255-character limit (or with commas in its items) points
 *   to a range of a very hidden sheet instead.
 * - Fills, bold, wrap, text columns (number format "@"), merges, frozen panes, widths (px / 7), tab
 *   colour, conditional colours (as expressions: Excel's "contains text" would colour "Không đạt" as
 *   "Đạt"), and a landscape print setup one page wide.
 */
import type ExcelJS from "exceljs";
import { a1, a1Range, columnLetter, quoteSheet } from "../core/a1";
import { XLSX } from "../core/text/cli";
import {
  type CellValue,
  type ConditionalSpec,
  conditionFormula,
  FORMAT,
  type SheetSpec,
  type ValidationRule,
} from "../core/workbook/spec";
import type { FormulaOutcome } from "./formulas";

const PROMPT_MAX = 255;
const LIST_LITERAL_MAX = 255;

export const argb = (hex: string): string => {
  const h = hex.replace(/^#/, "");
  const six = h.length === 3 ? [...h].map((x) => x + x).join("") : h;
  return `FF${six.toUpperCase()}`;
};

const fills = new Map<string, ExcelJS.Fill>();
function fillOf(hex: string): ExcelJS.Fill {
  let f = fills.get(hex);
  if (!f) {
    f = { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
    fills.set(hex, f);
  }
  return f;
}

/**
 * Lists that do not fit in a validation formula. Collected while rendering and written by `flush()`
 * to one very hidden sheet added after every other sheet.
 */
export class ListSheet {
  private readonly lists: string[][] = [];
  private readonly ranges = new Map<string, string>();
  readonly name: string;

  constructor(private readonly wb: ExcelJS.Workbook) {
    const taken = new Set(wb.worksheets.map((w) => w.name));
    let name: string = XLSX.listsSheet;
    for (let i = 2; taken.has(name); i++) name = `${XLSX.listsSheet} ${i}`;
    this.name = name;
  }

  /** An absolute reference to a column of the lists sheet holding `items`. */
  rangeFor(items: string[]): string {
    const key = items.join("\u0001");
    const known = this.ranges.get(key);
    if (known) return known;
    this.lists.push(items);
    const letter = columnLetter(this.lists.length);
    const ref = `${quoteSheet(this.name)}!$${letter}$1:$${letter}$${Math.max(1, items.length)}`;
    this.ranges.set(key, ref);
    return ref;
  }

  flush(): void {
    if (!this.lists.length) return;
    const ws = this.wb.addWorksheet(this.name, { state: "veryHidden" });
    this.lists.forEach((items, c) => {
      items.forEach((item, r) => {
        ws.getCell(r + 1, c + 1).value = item;
      });
    });
  }
}

function listFormula(values: string[], lists: ListSheet): string {
  const literal = `"${values.join(",")}"`;
  const fits = literal.length <= LIST_LITERAL_MAX && !values.some((v) => /[,"]/.test(v));
  return fits ? literal : lists.rangeFor(values);
}

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

function validationOf(rule: ValidationRule, lists: ListSheet): ExcelJS.DataValidation {
  const dv: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [listFormula(rule.values, lists)],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: XLSX.invalidTitle,
    error: XLSX.invalidText,
  };
  if (rule.help) {
    dv.showInputMessage = true;
    dv.prompt = clip(rule.help, PROMPT_MAX);
  }
  return dv;
}

/** Rectangles of cells sharing one rule: runs along each row, then identical runs stacked. */
export function ruleBlocks(
  rules: (ValidationRule | null)[][],
): { r: number; c: number; rows: number; cols: number; rule: ValidationRule }[] {
  const key = (x: ValidationRule | null) => (x ? `${x.values.join("\u0001")}\u0002${x.help ?? ""}` : "");
  const open = new Map<string, { r: number; c: number; rows: number; cols: number; rule: ValidationRule }>();
  const done: { r: number; c: number; rows: number; cols: number; rule: ValidationRule }[] = [];
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

function applyValidations(ws: ExcelJS.Worksheet, spec: SheetSpec, lists: ListSheet): void {
  const built = new Map<ValidationRule, ExcelJS.DataValidation>();
  for (const grid of spec.validations) {
    for (const b of ruleBlocks(grid.rules)) {
      let dv = built.get(b.rule);
      if (!dv) {
        dv = validationOf(b.rule, lists);
        built.set(b.rule, dv);
      }
      const ref = a1Range(grid.row + b.r, grid.col + b.c, b.rows, b.cols);
      // ExcelJS keeps validations per address; a range key ("C5:Q5") is written as one sqref.
      (
        ws as unknown as { dataValidations: { add(ref: string, dv: ExcelJS.DataValidation): void } }
      ).dataValidations.add(ref, dv);
    }
  }
}

function applyConditional(ws: ExcelJS.Worksheet, conditional: ConditionalSpec[]): void {
  // One entry per block, each formula anchored at its block's top-left cell.
  const byRef = new Map<string, { topLeft: string; rules: ConditionalSpec[] }>();
  for (const c of conditional) {
    const ref = a1Range(c.row, c.col, c.numRows, c.numCols);
    const g = byRef.get(ref) ?? { topLeft: a1(c.row, c.col), rules: [] };
    g.rules.push(c);
    byRef.set(ref, g);
  }
  let priority = 1;
  for (const [ref, g] of byRef) {
    ws.addConditionalFormatting({
      ref,
      rules: g.rules.map((c) => ({
        type: "expression",
        priority: priority++,
        formulae: [conditionFormula(c, g.topLeft)],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(c.background) } },
          ...(c.fontColor ? { font: { color: { argb: argb(c.fontColor) } } } : {}),
        },
      })),
    });
  }
}

const LINE_POINTS = 15;
const CHAR_PX = 7;

/**
 * Google Sheets grows a row to fit wrapped text; Excel and LibreOffice keep the height a file gives.
 * So rows whose wrapped cells need several lines get an estimated height (about 7 px per character).
 */
function setRowHeights(
  ws: ExcelJS.Worksheet,
  spec: SheetSpec,
  maxRow: number,
  valueAt: (r: number, c: number) => CellValue | undefined,
): void {
  const wrapCols = spec.wrapColumns ?? [];
  if (!wrapCols.length) return;
  const perLine = (c: number) => Math.max(4, Math.floor(((spec.columnWidths?.[c - 1] ?? 100) - 8) / CHAR_PX));
  for (let r = 1; r <= maxRow; r++) {
    let lines = 1;
    for (const c of wrapCols) {
      const v = valueAt(r, c);
      if (typeof v !== "string" || v === "") continue;
      const n = v
        .split("\n")
        .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine(c))), 0);
      lines = Math.max(lines, n);
    }
    if (lines > 1) ws.getRow(r).height = Math.min(409, lines * LINE_POINTS);
  }
}

function setValue(cell: ExcelJS.Cell, v: CellValue | undefined): void {
  if (v === undefined || v === "") return;
  // A plain string is a shared-string cell: never evaluated as a formula, whatever it starts with.
  cell.value = typeof v === "string" ? String(v) : v;
}

/** Renders `spec` into an empty worksheet `ws`; `formulas` are the spec's formula rows, computed. */
export function renderSheet(
  ws: ExcelJS.Worksheet,
  spec: SheetSpec,
  formulas: FormulaOutcome,
  lists: ListSheet,
): void {
  const computed = new Map(formulas.values.map((x) => [`${x.row},${x.col}`, x.value]));
  const valueAt = (r: number, c: number) => {
    const key = `${r},${c}`;
    return computed.has(key) ? computed.get(key) : spec.values[r - 1]?.[c - 1];
  };
  const { resultRow, maxRow, maxCol } = extentOf(spec, formulas);
  writeCells(ws, spec, valueAt, maxRow, maxCol);
  setRowHeights(ws, spec, maxRow, valueAt);
  for (const f of formulas.formulas)
    ws.getCell(f.row, f.col).value = { formula: f.formula } as ExcelJS.CellFormulaValue;
  if (Number.isFinite(resultRow)) {
    // Say on the first result row that these are values computed when the file was written.
    ws.getCell(resultRow, 2).note = XLSX.resultNote;
  }
  for (const m of spec.merges ?? [])
    ws.mergeCells(m.row, m.col, m.row + m.numRows - 1, m.col + m.numCols - 1);
  applyValidations(ws, spec, lists);
  if (spec.conditional?.length) applyConditional(ws, spec.conditional);
  applySheetLayout(ws, spec);
}

/**
 * The first formula row and the last row and column written (values or computed spills). A loop, not
 * Math.min(...rows): a ward tab of thousands of units spills tens of thousands of values, and spread
 * arguments live on the stack.
 */
function extentOf(
  spec: SheetSpec,
  formulas: FormulaOutcome,
): { resultRow: number; maxRow: number; maxCol: number } {
  let resultRow = Number.POSITIVE_INFINITY;
  let maxRow = spec.values.length;
  let maxCol = spec.values[0]?.length ?? 1;
  for (const x of formulas.values) {
    if (x.row < resultRow) resultRow = x.row;
    if (x.row > maxRow) maxRow = x.row;
    if (x.col > maxCol) maxCol = x.col;
  }
  return { resultRow, maxRow, maxCol };
}

/** Writes every cell with a value or a style: value, number format, fill, bold, alignment. */
function writeCells(
  ws: ExcelJS.Worksheet,
  spec: SheetSpec,
  valueAt: (r: number, c: number) => CellValue | undefined,
  maxRow: number,
  maxCol: number,
): void {
  const height = spec.values.length;
  const textCols = new Set(spec.textColumns ?? []);
  const wrapCols = new Set(spec.wrapColumns ?? []);
  for (let r = 1; r <= maxRow; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= maxCol; c++) {
      const v = valueAt(r, c);
      const bg = spec.backgrounds?.[r - 1]?.[c - 1];
      const bold = spec.bold?.[r - 1]?.[c - 1];
      const wrap = wrapCols.has(c);
      const format = spec.numberFormats?.[r - 1]?.[c - 1];
      const text = (textCols.has(c) && r <= height) || format === FORMAT.text;
      if ((v === undefined || v === "") && !bg && !bold && !wrap && !text) continue;
      const top = wrap || spec.alignTop;
      const cell = row.getCell(c);
      setValue(cell, v);
      if (text) cell.numFmt = "@";
      else if (format === FORMAT.percent || format === FORMAT.date) cell.numFmt = format;
      if (bg) cell.fill = fillOf(bg);
      if (bold) cell.font = { bold: true };
      if (top) cell.alignment = wrap ? { wrapText: true, vertical: "top" } : { vertical: "top" };
    }
  }
}

/** Frozen panes, column widths (px / 7), tab colour, and a landscape A4 print setup one page wide. */
function applySheetLayout(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const xSplit = spec.frozenCols ?? 0;
  const ySplit = spec.frozenRows ?? 0;
  if (xSplit || ySplit) ws.views = [{ state: "frozen", xSplit, ySplit }];
  (spec.columnWidths ?? []).forEach((px, i) => {
    ws.getColumn(i + 1).width = Math.round((px / 7) * 100) / 100;
  });
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: "landscape",
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  if (ySplit) ws.pageSetup.printTitlesRow = `1:${ySplit}`;
}
