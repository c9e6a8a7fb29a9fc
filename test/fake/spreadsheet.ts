/**
 * In-memory fake of the Spreadsheet service subset in src/gas/types.ts.
 *
 * Every public API method counts one call on the shared CallCounter ("Class.method"); internal
 * helpers (rangeAt, peekValues, snapshot, ...) do not. Behaviour follows Apps Script where it
 * matters to our code: grid bounds, dimension checks, string parsing on write, unique sheet names.
 */

import type {
  FontWeight,
  GBlobSource,
  GConditionalFormatRule,
  GDataValidation,
  GEmbeddedChart,
  GRange,
  GRangeList,
  GSheet,
  GSpreadsheet,
  HorizontalAlignment,
  ProtectionTypeEnum,
  VerticalAlignment,
  WrapStrategyEnum,
} from "../../src/gas/types";
import {
  containsCell,
  intersects,
  parseA1,
  quoteSheetName,
  type Rect,
  rectToA1,
  refToRect,
  shiftRect,
  splitSheetName,
} from "./a1";
import {
  type ChartState,
  FakeEmbeddedChart,
  FakeEmbeddedChartBuilder,
  FakeOverGridImage,
  type ImageState,
} from "./drawings";
import { enumName, FakeEnv, isDate } from "./env";
import { FakeProtection, FakeUser, type ProtectionState } from "./protection";
import {
  type ConditionalFormatState,
  copyValue,
  FakeConditionalFormatRule,
  FakeDataValidation,
  type ValidationState,
} from "./rules";

export type CellValue = string | number | boolean | Date;

export interface Borders {
  top?: boolean;
  left?: boolean;
  bottom?: boolean;
  right?: boolean;
}

export interface CellFormat {
  numberFormat?: string;
  fontWeight?: FontWeight | null;
  fontColor?: string | null;
  fontSize?: number;
  background?: string | null;
  wrap?: boolean;
  wrapStrategy?: string;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: VerticalAlignment;
  borders?: Borders;
}

interface Cell {
  value: CellValue;
  formula: string;
  note: string;
  validation: FakeDataValidation | null;
  format: CellFormat;
}

/** Plain-data copy of one cell, for assertions. */
export interface CellState {
  value: CellValue;
  formula: string;
  note: string;
  validation: ValidationState | null;
  format: CellFormat;
}

export interface SheetSnapshot {
  name: string;
  index: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  /** Non-blank cells by A1. */
  cells: Record<string, CellState>;
  merges: string[];
  protections: ProtectionState[];
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
  images: ImageState[];
}

export interface ValidationViolation {
  sheet: string;
  a1: string;
  value: unknown;
  criteria: string;
  allowInvalid: boolean;
}

export type FormulaEvaluator = (sheetName: string, a1: string, formula: string) => unknown;

export interface SpreadsheetOptions {
  env?: FakeEnv;
  id?: string;
  name?: string;
  timeZone?: string;
  /** Initial sheet names (default ["Sheet1"]). */
  sheets?: string[];
  /**
   * Parse strings on write like Sheets does ("12" → 12, "TRUE" → true, "'12" → "12"), unless the
   * cell's number format is "@" (plain text). Default true.
   */
  parseStrings?: boolean;
}

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

// ---------------------------------------------------------------- errors (Apps Script wording)

const OUTSIDE = "The coordinates of the range are outside the dimensions of the sheet.";

function checkInt(n: unknown, what: string): number {
  if (typeof n !== "number" || !Number.isInteger(n))
    throw new Error(`Cannot convert ${String(n)} to (class)int (${what}).`);
  return n;
}

function checkDims(data: unknown, rect: Rect): unknown[][] {
  if (!Array.isArray(data))
    throw new Error("The parameters don't match the method signature: expected a 2D array.");
  if (data.length !== rect.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rect.numRows}.`,
    );
  }
  for (const row of data) {
    const n = Array.isArray(row) ? row.length : -1;
    if (n !== rect.numCols) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${rect.numCols}.`,
      );
    }
  }
  return data as unknown[][];
}

// ---------------------------------------------------------------- values

function blankCell(): Cell {
  return { value: "", formula: "", note: "", validation: null, format: {} };
}

function hasContent(c: Cell | undefined): boolean {
  return !!c && (c.value !== "" || c.formula !== "");
}

function isBlank(c: Cell | undefined): boolean {
  return !c || (!hasContent(c) && !c.note && !c.validation && Object.keys(c.format).length === 0);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Display string: numbers via String(), booleans TRUE/FALSE, dates yyyy-MM-dd[ HH:mm:ss]. */
export function displayValue(v: unknown): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isDate(v)) {
    const day = `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
    const time = v.getHours() || v.getMinutes() || v.getSeconds();
    return time ? `${day} ${pad(v.getHours())}:${pad(v.getMinutes())}:${pad(v.getSeconds())}` : day;
  }
  return String(v);
}

// ---------------------------------------------------------------- spreadsheet

export class FakeSpreadsheet implements GSpreadsheet {
  readonly env: FakeEnv;
  readonly sheets: FakeSheet[] = [];
  /** Writes that the Sheets UI would have rejected by data validation (scripts bypass it). */
  readonly validationViolations: ValidationViolation[] = [];
  readonly parseStrings: boolean;
  evaluator: FormulaEvaluator | null = null;
  private activeSheet: FakeSheet;
  private readonly selections = new Map<FakeSheet, Rect>();
  private nextSheetId = 0;
  private readonly id: string;
  private readonly name: string;
  private timeZone: string;
  private locale = "vi_VN";

  constructor(opts: SpreadsheetOptions = {}) {
    this.env = opts.env ?? new FakeEnv();
    this.id = opts.id ?? "fake-spreadsheet-id";
    this.name = opts.name ?? "Fake spreadsheet";
    this.timeZone = opts.timeZone ?? "Asia/Ho_Chi_Minh";
    this.parseStrings = opts.parseStrings ?? true;
    const names = opts.sheets ?? ["Sheet1"];
    if (names.length === 0) throw new Error("A spreadsheet needs at least one sheet.");
    for (const n of names) this.addSheet(n);
    this.activeSheet = this.sheets[0];
  }

  private hit(method: string) {
    this.env.counter.hit(`Spreadsheet.${method}`);
  }

  // --- API

  getSheets(): FakeSheet[] {
    this.hit("getSheets");
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    this.hit("getSheetByName");
    return this.findSheet(name);
  }
  insertSheet(sheetName: string, sheetIndex?: number): FakeSheet {
    this.hit("insertSheet");
    const sheet = this.addSheet(sheetName, sheetIndex);
    this.activeSheet = sheet; // the new sheet becomes active, as in Apps Script
    return sheet;
  }
  getActiveSheet(): FakeSheet {
    this.hit("getActiveSheet");
    return this.activeSheet;
  }
  getActiveRange(): FakeRange | null {
    this.hit("getActiveRange");
    return this.activeSheet.rangeAt(
      this.selections.get(this.activeSheet) ?? { row: 1, col: 1, numRows: 1, numCols: 1 },
    );
  }
  setActiveSheet(sheet: GSheet): FakeSheet {
    this.hit("setActiveSheet");
    return this.activate(this.own(sheet));
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.hit("toast");
    this.env.toasts.push({ msg: String(msg), title, timeoutSeconds });
  }
  getId(): string {
    this.hit("getId");
    return this.id;
  }
  getName(): string {
    this.hit("getName");
    return this.name;
  }
  getSpreadsheetTimeZone(): string {
    this.hit("getSpreadsheetTimeZone");
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.hit("setSpreadsheetTimeZone");
    this.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    this.hit("getSpreadsheetLocale");
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.hit("setSpreadsheetLocale");
    this.locale = locale;
  }
  getEditors(): FakeUser[] {
    this.hit("getEditors");
    return [new FakeUser(this.env, this.env.ownerEmail)];
  }
  getRange(a1Notation: string): FakeRange {
    this.hit("getRange");
    return this.resolveA1(a1Notation);
  }
  getRangeList(a1Notations: string[]): FakeRangeList {
    this.hit("getRangeList");
    return new FakeRangeList(
      this.env,
      a1Notations.map((a) => this.resolveA1(a)),
    );
  }
  getOwner(): FakeUser | null {
    this.hit("getOwner");
    return new FakeUser(this.env, this.env.ownerEmail);
  }

  // --- internals and test helpers (not counted)

  /** Case-insensitive lookup, like Sheets. */
  findSheet(name: string): FakeSheet | null {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key) ?? null;
  }

  /** The sheet with this name; throws if missing. */
  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`No sheet named "${name}"`);
    return s;
  }

  /** Adds a sheet without counting or activating it (test setup); `rows` are written from A1. */
  addSheet(name: string, index?: number, rows?: unknown[][]): FakeSheet {
    this.checkSheetName(name, null);
    const at = index ?? this.sheets.length;
    if (!Number.isInteger(at) || at < 0 || at > this.sheets.length) {
      throw new Error(`Invalid sheet index ${at}: the spreadsheet has ${this.sheets.length} sheets.`);
    }
    const sheet = new FakeSheet(this, name, this.nextSheetId++);
    this.sheets.splice(at, 0, sheet);
    if (rows) sheet.seed(rows);
    return sheet;
  }

  checkSheetName(name: string, self: FakeSheet | null): void {
    if (typeof name !== "string" || name.trim() === "") throw new Error("Sheet name must not be empty.");
    if (name.length > 100) throw new Error("Sheet name is longer than 100 characters.");
    const other = this.findSheet(name);
    if (other && other !== self) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /** Registers how formulas evaluate; without one, formula cells read as "". */
  setFormulaEvaluator(fn: FormulaEvaluator | null): void {
    this.evaluator = fn;
  }

  snapshotSheet(name: string): SheetSnapshot {
    return this.sheet(name).snapshot();
  }

  /** Values of the sheet's data range (what getDataRange().getValues() returns), uncounted. */
  sheetValues(name: string): unknown[][] {
    const s = this.sheet(name);
    return s.rangeAt(s.dataRect()).peekValues();
  }

  activate(sheet: FakeSheet, selection?: Rect): FakeSheet {
    this.activeSheet = sheet;
    if (selection) this.selections.set(sheet, selection);
    return sheet;
  }

  isActive(sheet: FakeSheet): boolean {
    return this.activeSheet === sheet;
  }

  removeSheetState(sheet: FakeSheet): void {
    this.selections.delete(sheet);
  }

  resolveA1(a1: string): FakeRange {
    const { sheetName } = splitSheetName(a1);
    const sheet = sheetName === null ? this.activeSheet : this.findSheet(sheetName);
    if (!sheet) throw new Error(`Range not found: ${a1}`);
    return sheet.rangeFromA1(a1);
  }

  own(sheet: GSheet): FakeSheet {
    if (!(sheet instanceof FakeSheet) || !this.sheets.includes(sheet))
      throw new Error("Sheet is not in this spreadsheet.");
    return sheet;
  }
}

// ---------------------------------------------------------------- sheet

export class FakeSheet implements GSheet {
  readonly env: FakeEnv;
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenCols = 0;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly merges: Rect[] = [];
  readonly protections: FakeProtection[] = [];
  cfRules: FakeConditionalFormatRule[] = [];
  readonly charts: FakeEmbeddedChart[] = [];
  readonly images: FakeOverGridImage[] = [];
  /** rows[r-1][c-1]; sparse. */
  private rows: Array<Array<Cell | undefined> | undefined> = [];

  constructor(
    readonly ss: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {
    this.env = ss.env;
  }

  private hit(method: string) {
    this.env.counter.hit(`Sheet.${method}`);
  }

  // --- API

  getName(): string {
    this.hit("getName");
    return this.name;
  }
  setName(name: string): FakeSheet {
    this.hit("setName");
    this.ss.checkSheetName(name, this);
    this.name = name;
    return this;
  }
  getSheetId(): number {
    this.hit("getSheetId");
    return this.id;
  }
  getIndex(): number {
    this.hit("getIndex");
    return this.ss.sheets.indexOf(this) + 1;
  }
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.hit("getRange");
    if (typeof rowOrA1 === "string") {
      return splitSheetName(rowOrA1).sheetName === null
        ? this.rangeFromA1(rowOrA1)
        : this.ss.resolveA1(rowOrA1);
    }
    const rect = {
      row: checkInt(rowOrA1, "row"),
      col: checkInt(column, "column"),
      numRows: checkInt(numRows, "numRows"),
      numCols: checkInt(numColumns, "numColumns"),
    };
    return this.rangeAt(rect);
  }
  /** Ranges of this sheet from A1 notations (without a sheet name), in one call. */
  getRangeList(a1Notations: string[]): FakeRangeList {
    this.hit("getRangeList");
    return new FakeRangeList(
      this.ss.env,
      a1Notations.map((a) => this.rangeFromA1(a)),
    );
  }
  getDataRange(): FakeRange {
    this.hit("getDataRange");
    return this.rangeAt(this.dataRect());
  }
  getLastRow(): number {
    this.hit("getLastRow");
    return this.lastRow();
  }
  getLastColumn(): number {
    this.hit("getLastColumn");
    return this.lastCol();
  }
  getMaxRows(): number {
    this.hit("getMaxRows");
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.hit("getMaxColumns");
    return this.maxCols;
  }
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.hit("insertRowsAfter");
    this.insert("row", afterPosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.hit("insertColumnsAfter");
    this.insert("col", afterPosition, howMany);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.hit("setFrozenRows");
    this.frozenRows = this.checkFreeze(rows, "row");
  }
  setFrozenColumns(columns: number): void {
    this.hit("setFrozenColumns");
    this.frozenCols = this.checkFreeze(columns, "col");
  }
  getFrozenRows(): number {
    this.hit("getFrozenRows");
    return this.frozenRows;
  }
  getFrozenColumns(): number {
    this.hit("getFrozenColumns");
    return this.frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.hit("setColumnWidth");
    this.rangeAt({ row: 1, col: columnPosition, numRows: 1, numCols: 1 });
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    this.hit("setColumnWidths");
    this.rangeAt({ row: 1, col: startColumn, numRows: 1, numCols: numColumns });
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  setRowHeight(rowPosition: number, height: number): FakeSheet {
    this.hit("setRowHeight");
    this.rangeAt({ row: rowPosition, col: 1, numRows: 1, numCols: 1 });
    this.rowHeights.set(rowPosition, height);
    return this;
  }
  /** Returns the existing sheet protection if there is one, as Apps Script does. */
  protect(): FakeProtection {
    this.hit("protect");
    const existing = this.protections.find((p) => p.type === "SHEET");
    if (existing) return existing;
    const p = new FakeProtection(this, "SHEET", null);
    this.protections.push(p);
    return p;
  }
  getProtections(type: ProtectionTypeEnum): FakeProtection[] {
    this.hit("getProtections");
    const name = enumName(type);
    if (name !== "SHEET" && name !== "RANGE") throw new Error(`Invalid ProtectionType: ${name}`);
    return this.protections.filter((p) => p.type === name);
  }
  /** Clears contents and formatting (notes and data validation stay). */
  clear(): FakeSheet {
    this.hit("clear");
    this.eachExistingCell(this.fullRect(), (c) => {
      c.value = "";
      c.formula = "";
      c.format = {};
    });
    return this;
  }
  activate(): FakeSheet {
    this.hit("activate");
    return this.ss.activate(this);
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.hit("getConditionalFormatRules");
    return this.cfRules.map((r) => r.clone());
  }
  setConditionalFormatRules(rules: GConditionalFormatRule[]): void {
    this.hit("setConditionalFormatRules");
    this.cfRules = rules.map((r) => {
      if (!(r instanceof FakeConditionalFormatRule))
        throw new Error("Not a ConditionalFormatRule of this fake.");
      return r.clone();
    });
  }
  newChart(): FakeEmbeddedChartBuilder {
    this.hit("newChart");
    return new FakeEmbeddedChartBuilder(this);
  }
  insertChart(chart: GEmbeddedChart): void {
    this.hit("insertChart");
    if (!(chart instanceof FakeEmbeddedChart)) throw new Error("Not an EmbeddedChart of this fake.");
    if (!this.charts.includes(chart)) this.charts.push(chart);
  }
  getCharts(): FakeEmbeddedChart[] {
    this.hit("getCharts");
    return [...this.charts];
  }
  removeChart(chart: GEmbeddedChart): void {
    this.hit("removeChart");
    const i = this.charts.indexOf(chart as FakeEmbeddedChart);
    if (i < 0) throw new Error("The chart is not on this sheet.");
    this.charts.splice(i, 1);
  }
  setTabColor(color: string | null): FakeSheet {
    this.hit("setTabColor");
    this.tabColor = color;
    return this;
  }
  insertImage(blobSource: GBlobSource, column: number, row: number): FakeOverGridImage {
    this.hit("insertImage");
    if (!blobSource || typeof blobSource.getBlob !== "function")
      throw new Error("insertImage needs a BlobSource.");
    const anchor = { row: checkInt(row, "row"), col: checkInt(column, "column"), numRows: 1, numCols: 1 };
    this.checkRect(anchor);
    const img = new FakeOverGridImage(this, blobSource, anchor);
    this.images.push(img);
    return img;
  }
  getImages(): FakeOverGridImage[] {
    this.hit("getImages");
    return [...this.images];
  }
  getParent(): FakeSpreadsheet {
    this.hit("getParent");
    return this.ss;
  }

  // --- internals (not counted)

  checkRect(r: Rect): void {
    if (r.row < 1) throw new Error("The starting row of the range is too small.");
    if (r.col < 1) throw new Error("The starting column of the range is too small.");
    if (r.numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (r.numCols < 1) throw new Error("The number of columns in the range must be at least 1.");
    if (r.row + r.numRows - 1 > this.maxRows || r.col + r.numCols - 1 > this.maxCols)
      throw new Error(OUTSIDE);
  }

  /** A range over `rect`; throws like Apps Script when it does not fit the grid. */
  rangeAt(rect: Rect): FakeRange {
    this.checkRect(rect);
    return new FakeRange(this, { ...rect });
  }

  rangeFromA1(a1: string): FakeRange {
    return this.rangeAt(refToRect(parseA1(a1), this.maxRows, this.maxCols));
  }

  fullRect(): Rect {
    return { row: 1, col: 1, numRows: this.maxRows, numCols: this.maxCols };
  }

  dataRect(): Rect {
    return { row: 1, col: 1, numRows: Math.max(1, this.lastRow()), numCols: Math.max(1, this.lastCol()) };
  }

  cellAt(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** The cell, created when missing. */
  cellFor(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c) {
      c = blankCell();
      r[col - 1] = c;
    }
    return c;
  }

  eachCell(rect: Rect, fn: (cell: Cell, row: number, col: number) => void): void {
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      for (let c = rect.col; c < rect.col + rect.numCols; c++) fn(this.cellFor(r, c), r, c);
    }
  }

  /** Like eachCell but skips cells never written (for clear operations on big ranges). */
  eachExistingCell(rect: Rect, fn: (cell: Cell) => void): void {
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      const line = this.rows[r - 1];
      if (!line) continue;
      for (let c = rect.col; c < rect.col + rect.numCols; c++) {
        const cell = line[c - 1];
        if (cell) fn(cell);
      }
    }
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  lastCol(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** What getValues returns for one cell (formulas go through the registered evaluator). */
  valueAt(row: number, col: number): CellValue {
    const cell = this.cellAt(row, col);
    if (!cell) return "";
    if (cell.formula) {
      const v = this.ss.evaluator?.(this.name, rectToA1({ row, col, numRows: 1, numCols: 1 }), cell.formula);
      return v === undefined || v === null ? "" : (copyValue(v) as CellValue);
    }
    return copyValue(cell.value);
  }

  /** Writes like Range.setValue: "=..." is a formula, strings are parsed unless format is "@". */
  writeValue(row: number, col: number, input: unknown): void {
    const cell = this.cellFor(row, col);
    if (typeof input === "string" && input.length > 1 && input.startsWith("=")) {
      cell.formula = input;
      cell.value = "";
      return;
    }
    cell.formula = "";
    cell.value = this.toStored(input, cell.format.numberFormat);
    const rule = cell.validation;
    if (rule?.rejects(cell.value)) {
      this.ss.validationViolations.push({
        sheet: this.name,
        a1: rectToA1({ row, col, numRows: 1, numCols: 1 }),
        value: cell.value,
        criteria: rule.criteria,
        allowInvalid: rule.allowInvalid,
      });
    }
  }

  private toStored(v: unknown, numberFormat: string | undefined): CellValue {
    if (v === null || v === undefined) return "";
    if (typeof v === "number" || typeof v === "boolean") return v;
    if (isDate(v)) return copyValue(v);
    const s = String(v);
    if (!this.ss.parseStrings || numberFormat === "@") return s;
    if (s.startsWith("'")) return s.slice(1);
    const t = s.trim();
    if (NUMBER.test(t)) return Number(t);
    if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
    return s;
  }

  private insert(axis: "row" | "col", after: number, howMany: number): void {
    const max = axis === "row" ? this.maxRows : this.maxCols;
    checkInt(after, "afterPosition");
    checkInt(howMany, "howMany");
    if (after < 1 || after > max)
      throw new Error(`Those ${axis === "row" ? "rows" : "columns"} are out of bounds.`);
    if (howMany < 1) throw new Error("The number of rows or columns to insert must be at least 1.");
    if (axis === "row") {
      this.maxRows += howMany;
      if (this.rows.length > after) this.rows.splice(after, 0, ...new Array(howMany).fill(undefined));
      shiftKeys(this.rowHeights, after, howMany);
    } else {
      this.maxCols += howMany;
      for (const row of this.rows)
        if (row && row.length > after) row.splice(after, 0, ...new Array(howMany).fill(undefined));
      shiftKeys(this.columnWidths, after, howMany);
    }
    for (const rect of this.storedRects()) shiftRect(rect, axis, after, howMany);
  }

  /** Every rect the sheet stores, so inserts can shift/grow them. */
  private storedRects(): Rect[] {
    const out: Rect[] = [...this.merges];
    for (const p of this.protections) {
      if (p.rect) out.push(p.rect);
      out.push(...p.unprotected.filter((u) => u.sheet === this).map((u) => u.rect));
    }
    for (const rule of this.cfRules)
      out.push(...rule.ranges.filter((r) => r.sheet === this).map((r) => r.rect));
    for (const chart of this.charts)
      out.push(...chart.ranges.filter((r) => r.sheet === this).map((r) => r.rect));
    for (const img of this.images) out.push(img.anchor);
    return out;
  }

  private checkFreeze(n: number, axis: "row" | "col"): number {
    checkInt(n, axis === "row" ? "rows" : "columns");
    const max = axis === "row" ? this.maxRows : this.maxCols;
    if (n < 0 || n > max)
      throw new Error(`Invalid number of frozen ${axis === "row" ? "rows" : "columns"}: ${n}.`);
    const splits = this.merges.some((m) =>
      axis === "row" ? m.row <= n && m.row + m.numRows - 1 > n : m.col <= n && m.col + m.numCols - 1 > n,
    );
    if (splits)
      throw new Error(
        `It is not possible to freeze ${axis === "row" ? "rows" : "columns"} that contain only part of a merged cell.`,
      );
    return n;
  }

  /** Writes rows from `start` (uncounted, grows the grid if needed): test setup. */
  seed(rows: unknown[][], start = "A1"): void {
    const { row, col } = refToRect(parseA1(start), this.maxRows, this.maxCols);
    const width = Math.max(0, ...rows.map((r) => r.length));
    this.maxRows = Math.max(this.maxRows, row + rows.length - 1);
    this.maxCols = Math.max(this.maxCols, col + width - 1);
    rows.forEach((r, i) => {
      r.forEach((v, j) => {
        this.writeValue(row + i, col + j, v);
      });
    });
  }

  /** Plain-data state of one cell. */
  cellState(a1: string): CellState {
    const { row, col } = refToRect(parseA1(a1), this.maxRows, this.maxCols);
    return stateOf(this.cellAt(row, col) ?? blankCell());
  }

  /** Deep copy of everything the fake stores for this sheet. */
  snapshot(): SheetSnapshot {
    const cells: Record<string, CellState> = {};
    this.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!isBlank(cell))
          cells[rectToA1({ row: r + 1, col: c + 1, numRows: 1, numCols: 1 })] = stateOf(cell!);
      });
    });
    return {
      name: this.name,
      index: this.ss.sheets.indexOf(this) + 1,
      maxRows: this.maxRows,
      maxColumns: this.maxCols,
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenCols,
      tabColor: this.tabColor,
      columnWidths: Object.fromEntries(this.columnWidths),
      rowHeights: Object.fromEntries(this.rowHeights),
      cells,
      merges: this.merges.map(rectToA1),
      protections: this.protections.map((p) => p.state()),
      conditionalFormats: this.cfRules.map((r) => r.state()),
      charts: this.charts.map((c) => c.state()),
      images: this.images.map((i) => i.state()),
    };
  }
}

function shiftKeys(map: Map<number, number>, after: number, howMany: number): void {
  const moved = [...map].map(([k, v]) => [k > after ? k + howMany : k, v] as const);
  map.clear();
  for (const [k, v] of moved) map.set(k, v);
}

function stateOf(cell: Cell): CellState {
  return {
    value: copyValue(cell.value),
    formula: cell.formula,
    note: cell.note,
    validation: cell.validation?.state() ?? null,
    format: { ...cell.format, ...(cell.format.borders ? { borders: { ...cell.format.borders } } : {}) },
  };
}

// ---------------------------------------------------------------- range

export class FakeRange implements GRange {
  readonly env: FakeEnv;

  constructor(
    readonly sheet: FakeSheet,
    readonly rect: Rect,
  ) {
    this.env = sheet.env;
  }

  private hit(method: string) {
    this.env.counter.hit(`Range.${method}`);
  }

  private get lastRowIndex() {
    return this.rect.row + this.rect.numRows - 1;
  }
  private get lastColIndex() {
    return this.rect.col + this.rect.numCols - 1;
  }

  /** rows × cols of fn(row, col). */
  private grid<T>(fn: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.rect.row; r <= this.lastRowIndex; r++) {
      const line: T[] = [];
      for (let c = this.rect.col; c <= this.lastColIndex; c++) line.push(fn(r, c));
      out.push(line);
    }
    return out;
  }

  private each(fn: (cell: Cell, row: number, col: number) => void): this {
    this.sheet.eachCell(this.rect, fn);
    return this;
  }

  private eachExisting(fn: (cell: Cell) => void): this {
    this.sheet.eachExistingCell(this.rect, fn);
    return this;
  }

  /** fn(cell, data[i][j]) after checking data has the range's dimensions. */
  private eachWith<T>(data: T[][], fn: (cell: Cell, v: T, row: number, col: number) => void): this {
    const d = checkDims(data, this.rect) as T[][];
    return this.each((cell, r, c) => fn(cell, d[r - this.rect.row][c - this.rect.col], r, c));
  }

  private setFormat<K extends keyof CellFormat>(key: K, value: CellFormat[K]): this {
    return this.each((cell) => {
      cell.format[key] = value;
    });
  }

  // --- values

  getValues(): any[][] {
    this.hit("getValues");
    return this.peekValues();
  }
  setValues(values: any[][]): FakeRange {
    this.hit("setValues");
    const d = checkDims(values, this.rect);
    for (let i = 0; i < d.length; i++) {
      for (let j = 0; j < d[i].length; j++)
        this.sheet.writeValue(this.rect.row + i, this.rect.col + j, d[i][j]);
    }
    return this;
  }
  getValue(): any {
    this.hit("getValue");
    return this.sheet.valueAt(this.rect.row, this.rect.col);
  }
  /** Sets every cell of the range (as Apps Script does). */
  setValue(value: any): FakeRange {
    this.hit("setValue");
    return this.each((_c, r, c) => this.sheet.writeValue(r, c, value));
  }
  getDisplayValues(): string[][] {
    this.hit("getDisplayValues");
    return this.grid((r, c) => displayValue(this.sheet.valueAt(r, c)));
  }
  getFormulas(): string[][] {
    this.hit("getFormulas");
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.formula ?? "");
  }
  /** Same formula in every cell (relative references are not adjusted by the fake). */
  setFormula(formula: string): FakeRange {
    this.hit("setFormula");
    return this.each((_c, r, c) => this.sheet.writeValue(r, c, formula));
  }
  setFormulas(formulas: string[][]): FakeRange {
    this.hit("setFormulas");
    return this.eachWith(formulas, (_c, f, r, c) => this.sheet.writeValue(r, c, f));
  }

  // --- geometry

  getA1Notation(): string {
    this.hit("getA1Notation");
    return rectToA1(this.rect);
  }
  getRow(): number {
    this.hit("getRow");
    return this.rect.row;
  }
  getColumn(): number {
    this.hit("getColumn");
    return this.rect.col;
  }
  getNumRows(): number {
    this.hit("getNumRows");
    return this.rect.numRows;
  }
  getNumColumns(): number {
    this.hit("getNumColumns");
    return this.rect.numCols;
  }
  getLastRow(): number {
    this.hit("getLastRow");
    return this.lastRowIndex;
  }
  getLastColumn(): number {
    this.hit("getLastColumn");
    return this.lastColIndex;
  }
  getSheet(): FakeSheet {
    this.hit("getSheet");
    return this.sheet;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    this.hit("offset");
    return this.sheet.rangeAt({
      row: this.rect.row + checkInt(rowOffset, "rowOffset"),
      col: this.rect.col + checkInt(columnOffset, "columnOffset"),
      numRows: numRows === undefined ? this.rect.numRows : checkInt(numRows, "numRows"),
      numCols: numColumns === undefined ? this.rect.numCols : checkInt(numColumns, "numColumns"),
    });
  }

  // --- data validation

  setDataValidation(rule: GDataValidation | null): FakeRange {
    this.hit("setDataValidation");
    const v = ownRule(rule);
    return this.each((cell) => {
      cell.validation = v;
    });
  }
  setDataValidations(rules: Array<Array<GDataValidation | null>>): FakeRange {
    this.hit("setDataValidations");
    return this.eachWith(rules, (cell, rule) => {
      cell.validation = ownRule(rule);
    });
  }
  getDataValidations(): Array<Array<FakeDataValidation | null>> {
    this.hit("getDataValidations");
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.validation ?? null);
  }
  clearDataValidations(): FakeRange {
    this.hit("clearDataValidations");
    return this.eachExisting((cell) => {
      cell.validation = null;
    });
  }

  // --- formatting

  setNumberFormat(numberFormat: string): FakeRange {
    this.hit("setNumberFormat");
    return this.setFormat("numberFormat", numberFormat);
  }
  setNumberFormats(numberFormats: string[][]): FakeRange {
    this.hit("setNumberFormats");
    return this.eachWith(numberFormats, (cell, f) => {
      cell.format.numberFormat = f;
    });
  }
  setFontWeight(fontWeight: FontWeight | null): FakeRange {
    this.hit("setFontWeight");
    return this.setFormat("fontWeight", fontWeight);
  }
  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): FakeRange {
    this.hit("setFontWeights");
    return this.eachWith(fontWeights, (cell, w) => {
      cell.format.fontWeight = w;
    });
  }
  setFontColor(color: string | null): FakeRange {
    this.hit("setFontColor");
    return this.setFormat("fontColor", color);
  }
  setFontSize(size: number): FakeRange {
    this.hit("setFontSize");
    return this.setFormat("fontSize", size);
  }
  setBackground(color: string | null): FakeRange {
    this.hit("setBackground");
    return this.setFormat("background", color);
  }
  setBackgrounds(color: Array<Array<string | null>>): FakeRange {
    this.hit("setBackgrounds");
    return this.eachWith(color, (cell, bg) => {
      cell.format.background = bg;
    });
  }
  setWrap(isWrapEnabled: boolean): FakeRange {
    this.hit("setWrap");
    return this.setFormat("wrap", isWrapEnabled);
  }
  setWrapStrategy(strategy: WrapStrategyEnum): FakeRange {
    this.hit("setWrapStrategy");
    return this.setFormat("wrapStrategy", enumName(strategy));
  }
  setHorizontalAlignment(alignment: HorizontalAlignment): FakeRange {
    this.hit("setHorizontalAlignment");
    return this.setFormat("horizontalAlignment", alignment);
  }
  setVerticalAlignment(alignment: VerticalAlignment): FakeRange {
    this.hit("setVerticalAlignment");
    return this.setFormat("verticalAlignment", alignment);
  }
  /** Outer edges from top/left/bottom/right, inner lines from vertical/horizontal; null = unchanged. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): FakeRange {
    this.hit("setBorder");
    const { row, col } = this.rect;
    const [lastRow, lastCol] = [this.lastRowIndex, this.lastColIndex];
    return this.each((cell, r, c) => {
      const b: Borders = { ...cell.format.borders };
      const apply = (side: keyof Borders, v: boolean | null) => {
        if (v !== null) b[side] = v;
      };
      apply("top", r === row ? top : horizontal);
      apply("bottom", r === lastRow ? bottom : horizontal);
      apply("left", c === col ? left : vertical);
      apply("right", c === lastCol ? right : vertical);
      cell.format.borders = b;
    });
  }
  /** Clears formatting but keeps number formats (as documented for Range.clearFormat). */
  clearFormat(): FakeRange {
    this.hit("clearFormat");
    return this.eachExisting((cell) => {
      const { numberFormat } = cell.format;
      cell.format = numberFormat === undefined ? {} : { numberFormat };
    });
  }

  // --- notes

  setNote(note: string | null): FakeRange {
    this.hit("setNote");
    return this.each((cell) => {
      cell.note = note ?? "";
    });
  }
  setNotes(notes: Array<Array<string | null>>): FakeRange {
    this.hit("setNotes");
    return this.eachWith(notes, (cell, n) => {
      cell.note = n ?? "";
    });
  }
  getNotes(): string[][] {
    this.hit("getNotes");
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.note ?? "");
  }

  // --- merges

  /** Merges the range; only the top-left value survives. */
  merge(): FakeRange {
    this.hit("merge");
    this.removeMerges();
    if (this.rect.numRows * this.rect.numCols > 1) {
      this.sheet.merges.push({ ...this.rect });
      this.each((cell, r, c) => {
        if (r !== this.rect.row || c !== this.rect.col) {
          cell.value = "";
          cell.formula = "";
        }
      });
    }
    return this;
  }
  breakApart(): FakeRange {
    this.hit("breakApart");
    this.removeMerges();
    return this;
  }
  getMergedRanges(): FakeRange[] {
    this.hit("getMergedRanges");
    return this.sheet.merges.filter((m) => intersects(m, this.rect)).map((m) => this.sheet.rangeAt(m));
  }
  isPartOfMerge(): boolean {
    this.hit("isPartOfMerge");
    return this.sheet.merges.some((m) => intersects(m, this.rect));
  }

  private removeMerges() {
    const keep = this.sheet.merges.filter((m) => !intersects(m, this.rect));
    this.sheet.merges.splice(0, this.sheet.merges.length, ...keep);
  }

  // --- other

  activate(): FakeRange {
    this.hit("activate");
    this.sheet.ss.activate(this.sheet, { ...this.rect });
    return this;
  }
  /** Clears values and formulas; formats, notes and validation stay. */
  clearContent(): FakeRange {
    this.hit("clearContent");
    return this.eachExisting((cell) => {
      cell.value = "";
      cell.formula = "";
    });
  }
  protect(): FakeProtection {
    this.hit("protect");
    const p = new FakeProtection(this.sheet, "RANGE", { ...this.rect });
    this.sheet.protections.push(p);
    return p;
  }

  // --- internals (not counted)

  peekValues(): CellValue[][] {
    return this.grid((r, c) => this.sheet.valueAt(r, c));
  }

  /** "'Sheet name'!A1:B2". */
  a1WithSheet(): string {
    return `${quoteSheetName(this.sheet.name)}!${rectToA1(this.rect)}`;
  }

  contains(row: number, col: number): boolean {
    return containsCell(this.rect, row, col);
  }
}

function ownRule(rule: GDataValidation | null): FakeDataValidation | null {
  if (rule === null || rule === undefined) return null;
  if (!(rule instanceof FakeDataValidation)) throw new Error("Not a DataValidation of this fake.");
  return rule;
}

export class FakeRangeList implements GRangeList {
  constructor(
    private readonly env: FakeEnv,
    private readonly ranges: FakeRange[],
  ) {}
  getRanges(): FakeRange[] {
    this.env.counter.hit("RangeList.getRanges");
    return [...this.ranges];
  }
}
