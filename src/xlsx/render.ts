/**
 * Writes a SheetSpec into an ExcelJS worksheet: the same layout src/gas/render.ts gives a Google sheet.
 *
 * - Values: plain cell values. A string is always stored as a string cell (never a formula), so user
 *   text such as "=HYPERLINK(…)" or "+84…" stays text.
 * - Formula rows (=TDP_*): written as computed values, see ./formulas.ts.
 * - Dropdowns: list validations that reject other input (showErrorMessage), with the help text as the
 *   input prompt. A list longer than Excel's 255-character limit (or with commas in its items) points
 *   to a range of a very hidden sheet instead.
 * - Fills, bold, fonts (family and size on every written cell, bold ones too), wrap, alignment,
 *   thin borders, text columns (number format "@"), merges (and one merge per row for mergeAcross),
 *   row heights (px × 0.75 pt), frozen panes, widths (px / 7), tab colour, conditional colours (as
 *   expressions: Excel's "contains text" would colour "Không đạt" as "Đạt").
 * - Paper: A4 with the margins of Nghị định 30/2020/NĐ-CP; spec.print gives orientation, repeated
 *   title rows and columns, fit to one page wide, page breaks and the print area.
 */
import type ExcelJS from "exceljs";
import { a1, a1Range, columnLetter, quoteSheet } from "../core/a1";
import { XLSX } from "../core/text/cli";
import type { FormulaOutcome } from "../core/workbook/computedFormulas";
import {
  A4_PRINT,
  anchorFormula,
  type Block,
  type CellValue,
  type ConditionalSpec,
  conditionFormula,
  FORMAT,
  isRejectingList,
  ruleBlocks,
  ruleKey,
  type SheetSpec,
  type ValidationRule,
} from "../core/workbook/spec";

/** Excel's limits: an input message of 255 characters, an error message of 225. */
const PROMPT_MAX = 255;
const ERROR_MAX = 225;
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
  private readonly seeded: number;
  readonly name: string;

  /**
   * `seed`: the columns the workbook's lists sheet already has (written into an existing package):
   * kept in place, so the validations of sheets not rewritten still point at their lists.
   */
  constructor(
    private readonly wb: ExcelJS.Workbook,
    seed: string[][] = [],
  ) {
    const taken = new Set(wb.worksheets.map((w) => w.name));
    let name: string = XLSX.listsSheet;
    for (let i = 2; taken.has(name); i++) name = `${XLSX.listsSheet} ${i}`;
    this.name = name;
    for (const items of seed) this.rangeFor(items);
    this.seeded = seed.length;
  }

  /** Whether rendering added a list the seed did not have. */
  get added(): boolean {
    return this.lists.length > this.seeded;
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
    if (!this.added) return;
    const ws = this.wb.addWorksheet(this.name, { state: "veryHidden" });
    this.lists.forEach((items, c) => {
      items.forEach((item, r) => {
        ws.getCell(r + 1, c + 1).value = item;
      });
    });
  }
}

/** The columns of a lists sheet as read (values by row): each column's items down to its last one. */
export function listColumns(values: unknown[][] | undefined): string[][] {
  const width = Math.max(0, ...(values ?? []).map((r) => r.length));
  const out: string[][] = [];
  for (let c = 0; c < width; c++) {
    const items = (values ?? []).map((r) => (r[c] === undefined || r[c] === null ? "" : String(r[c])));
    while (items.length && items[items.length - 1] === "") items.pop();
    out.push(items);
  }
  return out;
}

function listFormula(values: string[], lists: ListSheet): string {
  const literal = `"${values.join(",")}"`;
  const fits = literal.length <= LIST_LITERAL_MAX && !values.some((v) => /[,"]/.test(v));
  return fits ? literal : lists.rangeFor(values);
}

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/**
 * One rule as ExcelJS writes it: a list (literal or from a range), a whole number between two
 * bounds, a custom formula anchored at `at` (the top-left cell of its block, where Excel anchors a
 * rule's relative references); warning-only rules get errorStyle "warning" (Excel offers to keep
 * the value). The help text is the input prompt, cut to Excel's 255 characters.
 */
function validationOf(
  rule: ValidationRule,
  lists: ListSheet,
  at: { row: number; col: number },
): ExcelJS.DataValidation {
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.warnOnly ? "warning" : "stop",
    errorTitle: XLSX.invalidTitle,
    // A dropdown's message says "choose from the list"; other rules say what they take (the help text).
    error: isRejectingList(rule) || !rule.help ? XLSX.invalidText : clip(rule.help, ERROR_MAX),
  } as const;
  const cell = a1(at.row, at.col);
  let dv: ExcelJS.DataValidation;
  switch (rule.kind) {
    case undefined:
    case "list":
      dv = { ...base, type: "list", formulae: [listFormula(rule.values, lists)] };
      break;
    case "rangeList": {
      const { row, col, numRows, numCols } = rule.range;
      const ref = `$${columnLetter(col)}$${row}:$${columnLetter(col + numCols - 1)}$${row + numRows - 1}`;
      dv = { ...base, type: "list", formulae: [rule.sheet ? `${quoteSheet(rule.sheet)}!${ref}` : ref] };
      break;
    }
    case "whole":
      dv = { ...base, type: "whole", operator: "between", formulae: [rule.min, rule.max] };
      break;
    case "formula":
      dv = { ...base, type: "custom", formulae: [anchorFormula(rule.formula, at.row, at.col, cell)] };
      break;
    case "email":
      // Excel has no e-mail rule: one "@", no spaces, something on both sides.
      dv = {
        ...base,
        type: "custom",
        formulae: [
          `AND(LEN(${cell})-LEN(SUBSTITUTE(${cell},"@",""))=1,ISNUMBER(SEARCH(".",${cell})),ISERROR(SEARCH(" ",${cell})))`,
        ],
      };
      break;
  }
  if (rule.help) {
    dv.showInputMessage = true;
    dv.prompt = clip(rule.help, PROMPT_MAX);
  }
  return dv;
}

export { ruleBlocks };

function applyValidations(ws: ExcelJS.Worksheet, spec: SheetSpec, lists: ListSheet): void {
  const built = new Map<string, ExcelJS.DataValidation>();
  for (const grid of spec.validations) {
    for (const b of ruleBlocks(grid.rules)) {
      const row = grid.row + b.r;
      const col = grid.col + b.c;
      // A formula is anchored at its block, so it is one validation per block; other rules are shared.
      const id = `${ruleKey(b.rule)}${b.rule.kind === "formula" ? `@${row},${col}` : ""}`;
      let dv = built.get(id);
      if (!dv) {
        dv = validationOf(b.rule, lists, { row, col });
        built.set(id, dv);
      }
      const ref = a1Range(row, col, b.rows, b.cols);
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

/**
 * Line height (pt) and mean character width (px) at 11 pt: Calibri, Excel's default, and Times New
 * Roman (measured on the sample's criteria in LibreOffice: ~55 characters on a 332 px line, 12.7 pt
 * lines), with some slack for the words that do not fit at a line's end.
 */
const METRICS: Record<string, { linePt: number; charPx: number }> = {
  default: { linePt: 15, charPx: 7 },
  "times new roman": { linePt: 13.5, charPx: 5.8 },
};

/**
 * Google Sheets grows a row to fit wrapped text; Excel and LibreOffice keep the height a file gives.
 * So rows whose wrapped cells need several lines get an estimated height (see METRICS).
 */
function setRowHeights(
  ws: ExcelJS.Worksheet,
  spec: SheetSpec,
  maxRow: number,
  valueAt: (r: number, c: number) => CellValue | undefined,
): void {
  estimateRowHeights(ws, spec, maxRow, valueAt);
  // The spec's heights are minimums, as in Sheets (rows grow to fit): the larger one wins.
  for (const h of spec.rowHeights ?? [])
    for (let r = h.row; r < h.row + (h.count ?? 1); r++) {
      const row = ws.getRow(r);
      // Excel's tallest row is 409 pt.
      row.height = Math.min(409, Math.max(row.height ?? 0, Math.round(h.height * 0.75 * 100) / 100));
    }
}

function estimateRowHeights(
  ws: ExcelJS.Worksheet,
  spec: SheetSpec,
  maxRow: number,
  valueAt: (r: number, c: number) => CellValue | undefined,
): void {
  const wrapCols = spec.wrapColumns ?? [];
  if (!wrapCols.length) return;
  const scale = (spec.font?.size ?? 11) / 11;
  const m = METRICS[spec.font?.family.toLowerCase() ?? ""] ?? METRICS.default;
  const colPx = (c: number) => spec.columnWidths?.[c - 1] ?? 100;
  // A merged cell wraps across its whole width (its top-left cell holds the text).
  const mergedPx = new Map<number, number>();
  const blockPx = (b: Block) => {
    let px = 0;
    for (let c = b.col; c < b.col + b.numCols; c++) px += colPx(c);
    return px;
  };
  for (const b of spec.merges ?? []) mergedPx.set(b.row * 65536 + b.col, blockPx(b));
  // A merge-across block is one merge per row: every row's first cell wraps across the block.
  for (const b of spec.mergeAcross ?? [])
    for (let r = b.row; r < b.row + b.numRows; r++) mergedPx.set(r * 65536 + b.col, blockPx(b));
  const perLine = (r: number, c: number) =>
    Math.max(4, Math.floor(((mergedPx.get(r * 65536 + c) ?? colPx(c)) - 8) / (m.charPx * scale)));
  for (let r = 1; r <= maxRow; r++) {
    let lines = 1;
    const size = spec.font?.rowSizes?.find((x) => x.row === r)?.size;
    const rowScale = size ? size / (spec.font?.size ?? 11) : 1;
    for (const c of wrapCols) {
      const v = valueAt(r, c);
      if (typeof v !== "string" || v === "") continue;
      const n = v
        .split("\n")
        .reduce((sum, part) => sum + Math.max(1, Math.ceil((part.length * rowScale) / perLine(r, c))), 0);
      lines = Math.max(lines, n);
    }
    if (lines > 1) ws.getRow(r).height = Math.min(409, Math.ceil(lines * m.linePt * scale * rowScale + 2));
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
    if (m.numRows * m.numCols > 1) ws.mergeCells(m.row, m.col, m.row + m.numRows - 1, m.col + m.numCols - 1);
  for (const m of spec.mergeAcross ?? [])
    if (m.numCols > 1)
      for (let r = m.row; r < m.row + m.numRows; r++) ws.mergeCells(r, m.col, r, m.col + m.numCols - 1);
  applyValidations(ws, spec, lists);
  if (spec.conditional?.length) applyConditional(ws, spec.conditional);
  applySheetLayout(ws, spec);
  if (spec.protect) protectSheet(ws, spec.protect.unlocked);
  if (spec.hidden) ws.state = "hidden";
}

/**
 * Sheet protection without a password (a guard against typing in the wrong cell, not security: the
 * ward can lift it in Excel): every cell locked except `unlocked`; columns and rows may be resized.
 */
function protectSheet(ws: ExcelJS.Worksheet, unlocked: Block[]): void {
  for (const b of unlocked)
    for (let r = b.row; r < b.row + b.numRows; r++)
      for (let c = b.col; c < b.col + b.numCols; c++) {
        const cell = ws.getCell(r, c);
        // A copy: ExcelJS may share one style object between cells.
        cell.style = { ...cell.style, protection: { locked: false } };
      }
  // What ws.protect("", options) sets, without its needless promise (no password: no hash to make).
  (ws as unknown as { sheetProtection: object }).sheetProtection = {
    sheet: true,
    formatColumns: true,
    formatRows: true,
    selectLockedCells: true,
    selectUnlockedCells: true,
  };
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
  const width = spec.values[0]?.length ?? 0;
  const textCols = new Set(spec.textColumns ?? []);
  const wrapCols = new Set(spec.wrapColumns ?? []);
  const centered = cellsOf(spec.centered);
  const bordered = cellsOf(spec.bordered);
  const styles = new Styles(spec);
  for (let r = 1; r <= maxRow; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= maxCol; c++) {
      const v = valueAt(r, c);
      const bg = spec.backgrounds?.[r - 1]?.[c - 1];
      const bold = spec.bold?.[r - 1]?.[c - 1] ?? false;
      const wrap = wrapCols.has(c);
      const format = spec.numberFormats?.[r - 1]?.[c - 1];
      const text = (textCols.has(c) && r <= height) || format === FORMAT.text;
      const key = r * 65536 + c;
      const center = centered.has(key);
      const border = bordered.has(key);
      // With a font, every cell of the grid carries it: a value typed later in Excel keeps it.
      const font = spec.font !== undefined && r <= height && c <= width;
      if ((v === undefined || v === "") && !bg && !bold && !wrap && !text && !center && !border && !font)
        continue;
      const cell = row.getCell(c);
      setValue(cell, v);
      if (text) cell.numFmt = "@";
      else if (format === FORMAT.percent || format === FORMAT.date) cell.numFmt = format;
      if (bg) cell.fill = fillOf(bg);
      const f = styles.font(r, bold);
      if (f) cell.font = f;
      const a = styles.alignment(wrap, center);
      if (a) cell.alignment = a;
      if (border) cell.border = THIN;
    }
  }
}

const THIN_SIDE: Partial<ExcelJS.Border> = { style: "thin" };
const THIN: Partial<ExcelJS.Borders> = {
  top: THIN_SIDE,
  left: THIN_SIDE,
  bottom: THIN_SIDE,
  right: THIN_SIDE,
};

/** Cells of the blocks, keyed row × 65536 + column. */
function cellsOf(blocks: Block[] | undefined): Set<number> {
  const out = new Set<number>();
  for (const b of blocks ?? [])
    for (let r = b.row; r < b.row + b.numRows; r++)
      for (let c = b.col; c < b.col + b.numCols; c++) out.add(r * 65536 + c);
  return out;
}

/** Font and alignment objects shared by the cells that have the same ones (ExcelJS keeps one style each). */
class Styles {
  private readonly fonts = new Map<string, Partial<ExcelJS.Font>>();
  private readonly aligns = new Map<string, Partial<ExcelJS.Alignment>>();
  private readonly rowSizes: Map<number, number>;

  constructor(private readonly spec: SheetSpec) {
    this.rowSizes = new Map((spec.font?.rowSizes ?? []).map((x) => [x.row, x.size]));
  }

  /** The spec's family and size (bold keeps the family: the issue's headings came out in Calibri). */
  font(row: number, bold: boolean): Partial<ExcelJS.Font> | undefined {
    const f = this.spec.font;
    if (!f) return bold ? this.cached("bold", { bold: true }) : undefined;
    const size = this.rowSizes.get(row) ?? f.size;
    return this.cached(`${bold}|${size}`, { name: f.family, size, ...(bold ? { bold: true } : {}) });
  }

  alignment(wrap: boolean, center: boolean): Partial<ExcelJS.Alignment> | undefined {
    const vertical = wrap || this.spec.alignTop ? "top" : this.spec.alignMiddle ? "middle" : undefined;
    if (!wrap && !center && !vertical) return undefined;
    const key = `${wrap}|${center}|${vertical}`;
    let a = this.aligns.get(key);
    if (!a) {
      a = {
        ...(vertical ? { vertical } : {}),
        ...(center ? { horizontal: "center" as const } : {}),
        ...(wrap ? { wrapText: true } : {}),
      };
      this.aligns.set(key, a);
    }
    return a;
  }

  private cached(key: string, f: Partial<ExcelJS.Font>): Partial<ExcelJS.Font> {
    let known = this.fonts.get(key);
    if (!known) {
      known = f;
      this.fonts.set(key, known);
    }
    return known;
  }
}

/** Frozen panes, column widths (px / 7), tab colour, and the A4 page setup. */
function applySheetLayout(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const xSplit = spec.frozenCols ?? 0;
  const ySplit = spec.frozenRows ?? 0;
  if (xSplit || ySplit) ws.views = [{ state: "frozen", xSplit, ySplit }];
  (spec.columnWidths ?? []).forEach((px, i) => {
    ws.getColumn(i + 1).width = Math.round((px / 7) * 100) / 100;
  });
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
  applyPrint(ws, spec);
}

const inches = (cm: number) => Math.round((cm / 2.54) * 10_000) / 10_000;

/**
 * A4 (paperSize 9) with the decree's margins. A sheet without `print` keeps the old default,
 * landscape one page wide with its frozen rows repeated: those are the narrow reference sheets
 * (Hướng dẫn, Tiêu chí, Danh mục…), which shrink little and read better whole across.
 */
function applyPrint(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const m = A4_PRINT.marginsCm;
  const p = spec.print ?? {
    orientation: "landscape" as const,
    fitToWidth: true,
    titleRows: spec.frozenRows || undefined,
  };
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: p.orientation,
    margins: {
      top: inches(m.top),
      bottom: inches(m.bottom),
      left: inches(m.left),
      right: inches(m.right),
      header: inches(m.top / 2),
      footer: inches(m.bottom / 2),
    },
    // Without fitToPage the sheet prints at 100 %: its fonts are the sizes on paper.
    ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: 100 }),
  };
  if (p.titleRows) ws.pageSetup.printTitlesRow = `1:${p.titleRows}`;
  if (p.titleCols) ws.pageSetup.printTitlesColumn = `A:${columnLetter(p.titleCols)}`;
  const areas = p.areas ?? [];
  // ExcelJS writes several areas ("A1:B2&&D1:E2") as several _xlnm.Print_Area names of one sheet,
  // which Excel repairs away; so one area, the smallest block holding them all, and a page break
  // before every area after the first gives each its own pages.
  if (areas.length) {
    const top = Math.min(...areas.map((a) => a.row));
    const left = Math.min(...areas.map((a) => a.col));
    const bottom = Math.max(...areas.map((a) => a.row + a.numRows - 1));
    const right = Math.max(...areas.map((a) => a.col + a.numCols - 1));
    ws.pageSetup.printArea = a1Range(top, left, bottom - top + 1, right - left + 1);
  }
  const first = Math.min(...areas.map((a) => a.row));
  const breaks = new Set([...(p.breaks ?? []), ...areas.filter((a) => a.row > first).map((a) => a.row)]);
  // ExcelJS's row break goes after its row: a row that starts a page breaks after the one above it.
  for (const r of [...breaks].sort((a, b) => a - b)) if (r > 1) ws.getRow(r - 1).addPageBreak();
}
