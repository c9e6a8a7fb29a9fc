/**
 * In-memory fake of the Spreadsheet service subset in src/gas/types.ts.
 *
 * Every public API method counts one call on the shared CallCounter ("Class.method"); internal
 * helpers (rangeAt, peekValues, snapshot, ...) do not. Behaviour follows Apps Script where it
 * matters to our code, and is stricter where Google's rule is unknown: grid bounds, dimension
 * checks, typed input per locale (typedInput.ts), values by number format (display.ts), formulas and
 * their spills (calc.ts), protections (protection.ts), Google's limits (limits.ts), unique sheet names.
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
import { calculate, cellKey, type FormulaCell, FormulaError, type FormulaErrorRecord } from "./calc";
import { displayValue, readTyped } from "./display";
import {
  type ChartState,
  FakeEmbeddedChart,
  FakeEmbeddedChartBuilder,
  FakeOverGridImage,
  type ImageState,
} from "./drawings";
import { enumName, FakeEnv } from "./env";
import {
  BAD_FONT_SIZE,
  BAD_ROW_HEIGHT,
  checkCellText,
  MAX_CELLS,
  MAX_CF_RULES,
  MAX_COLUMNS,
  MERGE_PARTIAL,
  MERGED_CELL_WRITE,
  PROTECTED,
  TOO_MANY_CELLS,
  TOO_MANY_CF_RULES,
  TOO_MANY_COLUMNS,
} from "./limits";
import {
  domainOf,
  emailOf,
  FakeProtection,
  FakeUser,
  type ProtectionSeed,
  type ProtectionState,
  sameEmail,
} from "./protection";
import {
  type ConditionalFormatState,
  copyValue,
  FakeConditionalFormatRule,
  FakeDataValidation,
  type ValidationState,
} from "./rules";
import { type CellValue, isLocale, type Locale, storeWritten, type Typed } from "./typedInput";
import { isTimeZone } from "./zone";

export type { CellValue, Locale };
export { FormulaError, type FormulaErrorRecord };

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
  fontFamily?: string | null;
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
  /** Rows whose height was forced (setRowHeightsForced): Sheets no longer grows them to fit wrapped text. */
  forcedRowHeights: number[];
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

/**
 * A formula's value: a scalar, or a 2-D array that spills right and down from the formula's cell.
 * Throwing a FormulaError shows its code ("#REF!") in the cell; any other error shows "#ERROR!".
 * Both are recorded in FakeSpreadsheet.formulaErrors.
 */
export type FormulaEvaluator = (sheetName: string, a1: string, formula: string) => unknown;

export interface SpreadsheetOptions {
  env?: FakeEnv;
  id?: string;
  name?: string;
  /** IANA zone (default "Asia/Ho_Chi_Minh"). */
  timeZone?: string;
  /** "vi_VN" or "en_US": how typed strings are read (default: $FAKE_LOCALE, else "vi_VN"). */
  locale?: string;
  /** Initial sheet names (default ["Sheet1"]). */
  sheets?: string[];
  /** People with edit access to the file besides the owner (the running user always has it). */
  fileEditors?: string[];
  /** A Workspace domain whose members may edit the file (new protections then allow the domain). */
  domain?: string;
  /** The file's owner (default: the environment's owner; a file the user creates: the user). */
  owner?: string;
  /** The running user has edit access (default true: the bound spreadsheet; false: another's file). */
  withUser?: boolean;
}

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/** The locale new spreadsheets get: $FAKE_LOCALE (set per vitest project), else vi_VN. */
export function defaultLocale(): Locale {
  const env = process.env.FAKE_LOCALE;
  if (env === undefined || env === "") return "vi_VN";
  if (!isLocale(env)) throw new Error(`FAKE_LOCALE must be vi_VN or en_US, not ${env}.`);
  return env;
}

const KNOWN_LOCALE = /^[a-z]{2,3}(_[A-Z]{2})?$/;

/** How Sheets links a spreadsheet: https://docs.google.com/spreadsheets/d/<id>/edit */
export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

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

function checkTimeZone(tz: string): string {
  if (typeof tz !== "string" || !isTimeZone(tz)) throw new Error(`Invalid argument: timeZone (${tz})`);
  return tz;
}

function checkLocale(locale: string): Locale {
  if (typeof locale !== "string" || !KNOWN_LOCALE.test(locale))
    throw new Error(`Invalid argument: locale (${locale})`);
  if (!isLocale(locale)) throw new Error(`The fake types input for vi_VN and en_US only, not ${locale}.`);
  return locale;
}

function blankCell(): Cell {
  return { value: "", formula: "", note: "", validation: null, format: {} };
}

function hasContent(c: Cell | undefined): boolean {
  return !!c && (c.value !== "" || c.formula !== "");
}

function isBlank(c: Cell | undefined): boolean {
  return !c || (!hasContent(c) && !c.note && !c.validation && Object.keys(c.format).length === 0);
}

// ---------------------------------------------------------------- spreadsheet

export class FakeSpreadsheet implements GSpreadsheet {
  readonly env: FakeEnv;
  readonly sheets: FakeSheet[] = [];
  /** Writes that the Sheets UI would have rejected by data validation (scripts bypass it). */
  readonly validationViolations: ValidationViolation[] = [];
  /** #REF!, #ERROR!, ... values formulas produced (tests should assert there are none). */
  readonly formulaErrors: FormulaErrorRecord[] = [];
  evaluator: FormulaEvaluator | null = null;
  /** Emails with edit access to the file: the owner first, the running user always among them. */
  readonly fileEditors: string[];
  /** The Workspace domain that may edit the file, lower case (null: none). */
  readonly domain: string | null;
  timeZone: string;
  locale: Locale;
  /** Bumped by every change of content or structure: formulas recalculate on the next read. */
  revision = 0;
  private readonly seenErrors = new Set<string>();
  private activeSheet: FakeSheet;
  private readonly selections = new Map<FakeSheet, Rect>();
  private nextSheetId = 0;
  private readonly id: string;
  private readonly name: string;
  /** The file's owner: always an editor of it and of every protection in it. */
  readonly owner: string;

  constructor(opts: SpreadsheetOptions = {}) {
    if ("parseStrings" in opts)
      throw new Error("parseStrings was removed: the fake always types strings like Sheets (typedInput.ts).");
    this.env = opts.env ?? new FakeEnv();
    this.id = opts.id ?? "fake-spreadsheet-id";
    this.name = opts.name ?? "Fake spreadsheet";
    this.timeZone = checkTimeZone(opts.timeZone ?? "Asia/Ho_Chi_Minh");
    this.locale = opts.locale === undefined ? defaultLocale() : checkLocale(opts.locale);
    this.owner = emailOf(opts.owner ?? this.env.ownerEmail);
    const user = opts.withUser === false ? [] : [this.env.userEmail];
    const editors = [this.owner, ...user, ...(opts.fileEditors ?? [])].map(emailOf);
    this.fileEditors = editors.filter((e, i) => editors.findIndex((x) => sameEmail(x, e)) === i);
    this.domain = opts.domain ? opts.domain.toLowerCase() : null;
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
    this.checkCells(DEFAULT_ROWS * DEFAULT_COLUMNS);
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
    this.timeZone = checkTimeZone(timezone);
    this.touch();
  }
  getSpreadsheetLocale(): string {
    this.hit("getSpreadsheetLocale");
    return this.locale;
  }
  /** Only codes like "vi_VN"; the fake types input for vi_VN and en_US only (others throw). */
  setSpreadsheetLocale(locale: string): void {
    this.hit("setSpreadsheetLocale");
    this.locale = checkLocale(locale);
  }
  /** The file's editors, owner first. */
  getEditors(): FakeUser[] {
    this.hit("getEditors");
    return this.fileEditors.map((e) => new FakeUser(this.env, e));
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
    return new FakeUser(this.env, this.owner);
  }
  /** The link Sheets shows for the file (…/spreadsheets/d/<id>/edit), which openByUrl takes back. */
  getUrl(): string {
    this.hit("getUrl");
    return spreadsheetUrl(this.id);
  }
  /**
   * Shares the file for editing. Google: addEditors "adds the given array of users to the list of
   * editors"; a malformed address throws ("Invalid email: x") and nothing is added.
   */
  addEditors(emailAddresses: string[]): FakeSpreadsheet {
    this.hit("addEditors");
    if (!Array.isArray(emailAddresses))
      throw new Error("The parameters (String) don't match the method signature for Spreadsheet.addEditors.");
    const emails = emailAddresses.map(emailOf);
    for (const e of emails) if (!this.fileEditors.some((x) => sameEmail(x, e))) this.fileEditors.push(e);
    return this;
  }

  // --- internals and test helpers (not counted)

  /** What a cell stores for a value written by a script or typed (limits and typing rules). */
  typeInput(input: unknown, numberFormat: string | undefined): Typed {
    return storeWritten(input, this.locale, this.timeZone, { numberFormat });
  }

  /** Marks values stale: formulas recalculate on the next read. */
  touch(): void {
    this.revision++;
  }

  recordFormulaError(sheet: FakeSheet, f: FormulaCell, code: string, message: string): void {
    const a1 = rectToA1({ row: f.row, col: f.col, numRows: 1, numCols: 1 });
    const key = `${sheet.id}|${a1}|${f.formula}|${code}|${message}`;
    if (this.seenErrors.has(key)) return;
    this.seenErrors.add(key);
    this.formulaErrors.push({ sheet: sheet.name, a1, formula: f.formula, code, message });
  }

  /** The recorded formula errors, cleared (for tests that provoke them on purpose). */
  takeFormulaErrors(): FormulaErrorRecord[] {
    const out = this.formulaErrors.splice(0);
    this.seenErrors.clear();
    return out;
  }

  /** Recalculates every sheet, then throws if any formula shows an error. */
  assertNoFormulaErrors(): void {
    for (const sheet of this.sheets) sheet.calculated();
    if (!this.formulaErrors.length) return;
    const lines = this.formulaErrors.map((e) => `${e.sheet}!${e.a1} ${e.formula}: ${e.code} ${e.message}`);
    throw new Error(`Formula errors:\n${lines.join("\n")}`);
  }

  /** Cells in all sheets (rows × columns, empty ones included), as Google counts them. */
  totalCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }

  /** Throws Google's message when adding `extra` cells would pass the 10,000,000-cell limit. */
  checkCells(extra: number): void {
    if (this.totalCells() + extra > MAX_CELLS) throw new Error(TOO_MANY_CELLS);
  }

  /** The id, uncounted (test helpers). */
  get fileId(): string {
    return this.id;
  }

  /** The name, uncounted (test helpers). */
  get fileName(): string {
    return this.name;
  }

  /** The file's editors (a copy). */
  fileEditorEmails(): string[] {
    return [...this.fileEditors];
  }

  /** Whether `email` may open the file for editing: owner, a file editor, or the editing domain. */
  hasFileAccess(email: string): boolean {
    if (this.fileEditors.some((e) => sameEmail(e, email))) return true;
    return this.domain !== null && domainOf(email) === this.domain;
  }

  /**
   * Whether `email` can edit the cell `a1` of `sheetName`: file access, and every protection
   * covering the cell lets them (its editors, its domain, or warning-only).
   */
  canUserEdit(email: string, sheetName: string, a1: string): boolean {
    const sheet = this.sheet(sheetName);
    const { row, col } = refToRect(parseA1(a1), sheet.maxRows, sheet.maxCols);
    if (!this.hasFileAccess(email)) return false;
    return sheet.protections.every((p) => !p.covers(row, col) || p.userMayEdit(email));
  }

  /**
   * Adds a protection made by someone else (test setup): only `seed.editors` (and the owner) may
   * edit it; `a1` null protects the whole sheet. Returns it uncounted.
   */
  seedProtection(
    sheetName: string,
    a1: string | null,
    seed: ProtectionSeed & { unprotected?: string[] },
  ): FakeProtection {
    const sheet = this.sheet(sheetName);
    if (a1 === null && sheet.protections.some((p) => p.type === "SHEET"))
      throw new Error(`Sheet "${sheetName}" is already protected.`);
    const rect = a1 === null ? null : sheet.rangeFromA1(a1).rect;
    const p = new FakeProtection(sheet, a1 === null ? "SHEET" : "RANGE", rect, seed);
    p.unprotected = (seed.unprotected ?? []).map((u) => ({ sheet, rect: sheet.rangeFromA1(u).rect }));
    sheet.protections.push(p);
    return p;
  }

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
    this.checkCells(DEFAULT_ROWS * DEFAULT_COLUMNS);
    const at = index ?? this.sheets.length;
    if (!Number.isInteger(at) || at < 0 || at > this.sheets.length) {
      throw new Error(`Invalid sheet index ${at}: the spreadsheet has ${this.sheets.length} sheets.`);
    }
    const sheet = new FakeSheet(this, name, this.nextSheetId++);
    this.sheets.splice(at, 0, sheet);
    this.touch();
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
    this.touch();
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
  readonly forcedRows = new Set<number>();
  readonly merges: Rect[] = [];
  readonly protections: FakeProtection[] = [];
  cfRules: FakeConditionalFormatRule[] = [];
  readonly charts: FakeEmbeddedChart[] = [];
  readonly images: FakeOverGridImage[] = [];
  /** Hidden from the tab bar (hideSheet); its data is still read and written. */
  hidden = false;
  /** rows[r-1][c-1]; sparse. */
  private rows: Array<Array<Cell | undefined> | undefined> = [];
  /** Formula values and spilled cells at one revision of the spreadsheet. */
  private calc: { revision: number; values: Map<number, CellValue> } | null = null;

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

  /** Counts a call that changes the sheet itself; throws when a protection forbids the runner. */
  private change(method: string) {
    this.hit(method);
    this.checkSheetWritable();
  }

  // --- API

  getName(): string {
    this.hit("getName");
    return this.name;
  }
  setName(name: string): FakeSheet {
    this.change("setName");
    this.ss.checkSheetName(name, this);
    this.name = name;
    this.ss.touch();
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
  /**
   * Values of a grid in one call. Google: "A -1 value given as the row or column position is
   * equivalent to getting the very last row or column that has data in the sheet" — so on an empty
   * sheet the grid has no rows, which this fake refuses as getRange does (stricter than assuming).
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): any[][] {
    this.hit("getSheetValues");
    const rows = checkInt(numRows, "numRows") === -1 ? this.lastRow() - startRow + 1 : numRows;
    const cols = checkInt(numColumns, "numColumns") === -1 ? this.lastCol() - startColumn + 1 : numColumns;
    const rect = {
      row: checkInt(startRow, "startRow"),
      col: checkInt(startColumn, "startColumn"),
      numRows: rows,
      numCols: cols,
    };
    return this.rangeAt(rect).peekValues();
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
    this.change("insertRowsAfter");
    this.insert("row", afterPosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.change("insertColumnsAfter");
    this.insert("col", afterPosition, howMany);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.change("setFrozenRows");
    this.frozenRows = this.checkFreeze(rows, "row");
  }
  setFrozenColumns(columns: number): void {
    this.change("setFrozenColumns");
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
    this.change("setColumnWidth");
    this.rangeAt({ row: 1, col: columnPosition, numRows: 1, numCols: 1 });
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    this.change("setColumnWidths");
    this.rangeAt({ row: 1, col: startColumn, numRows: 1, numCols: numColumns });
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  setRowHeight(rowPosition: number, height: number): FakeSheet {
    this.change("setRowHeight");
    return this.rowHeightsOf(rowPosition, 1, height, false);
  }
  /**
   * "Sets the height of the given rows in pixels. By default, rows grow to fit cell contents"
   * (Sheet.setRowHeights, https://developers.google.com/apps-script/reference/spreadsheet/sheet#setrowheightsstartrow,-numrows,-height):
   * the height set here is kept as given; a forced height (setRowHeightsForced) is recorded as such.
   */
  setRowHeights(startRow: number, numRows: number, height: number): FakeSheet {
    this.change("setRowHeights");
    return this.rowHeightsOf(startRow, numRows, height, false);
  }
  setRowHeightsForced(startRow: number, numRows: number, height: number): FakeSheet {
    this.change("setRowHeightsForced");
    return this.rowHeightsOf(startRow, numRows, height, true);
  }
  private rowHeightsOf(start: number, n: number, height: number, forced: boolean): FakeSheet {
    this.rangeAt({ row: checkInt(start, "startRow"), col: 1, numRows: checkInt(n, "numRows"), numCols: 1 });
    if (!Number.isInteger(height) || height < 1) throw new Error(BAD_ROW_HEIGHT(height));
    for (let r = start; r < start + n; r++) {
      this.rowHeights.set(r, height);
      if (forced) this.forcedRows.add(r);
      else this.forcedRows.delete(r);
    }
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
    this.change("clear");
    this.eachExistingCell(this.fullRect(), (c) => {
      c.value = "";
      c.formula = "";
      c.format = {};
    });
    this.ss.touch();
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
    this.change("setConditionalFormatRules");
    if (rules.length > MAX_CF_RULES) throw new Error(TOO_MANY_CF_RULES);
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
    this.change("insertChart");
    if (!(chart instanceof FakeEmbeddedChart)) throw new Error("Not an EmbeddedChart of this fake.");
    if (!this.charts.includes(chart)) this.charts.push(chart);
  }
  getCharts(): FakeEmbeddedChart[] {
    this.hit("getCharts");
    return [...this.charts];
  }
  removeChart(chart: GEmbeddedChart): void {
    this.change("removeChart");
    const i = this.charts.indexOf(chart as FakeEmbeddedChart);
    if (i < 0) throw new Error("The chart is not on this sheet.");
    this.charts.splice(i, 1);
  }
  /** Google refuses to hide the last visible sheet ("You can't hide all the sheets in a document."). */
  hideSheet(): FakeSheet {
    this.change("hideSheet");
    if (this.ss.sheets.every((s) => s === this || s.hidden))
      throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }
  isSheetHidden(): boolean {
    this.hit("isSheetHidden");
    return this.hidden;
  }
  setTabColor(color: string | null): FakeSheet {
    this.change("setTabColor");
    this.tabColor = color;
    return this;
  }
  insertImage(blobSource: GBlobSource, column: number, row: number): FakeOverGridImage {
    this.change("insertImage");
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

  /** The last row with content or a spilled value. */
  lastRow(): number {
    let spilled = 0;
    for (const key of this.calculated().keys()) spilled = Math.max(spilled, Math.floor(key / 32_768));
    for (let r = this.rows.length; r > spilled; r--) if (this.rows[r - 1]?.some(hasContent)) return r;
    return spilled;
  }

  /** The last column with content or a spilled value. */
  lastCol(): number {
    let last = 0;
    for (const key of this.calculated().keys()) last = Math.max(last, key % 32_768);
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

  /** Formula values and spills, recalculated when the spreadsheet changed since the last read. */
  calculated(): Map<number, CellValue> {
    if (this.calc?.revision === this.ss.revision) return this.calc.values;
    const values = new Map<number, CellValue>();
    // Set before evaluating: a formula reading its own sheet sees the values computed so far.
    this.calc = { revision: this.ss.revision, values };
    const evaluator = this.ss.evaluator;
    if (!evaluator) return values;
    const formulas: FormulaCell[] = [];
    this.rows.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (cell?.formula) formulas.push({ row: r + 1, col: c + 1, formula: cell.formula });
      });
    });
    calculate(
      {
        formulas,
        maxRows: this.maxRows,
        maxCols: this.maxCols,
        evaluate: (f) =>
          evaluator(this.name, rectToA1({ row: f.row, col: f.col, numRows: 1, numCols: 1 }), f.formula),
        occupied: (r, c) => hasContent(this.cellAt(r, c)),
        onError: (f, code, message) => this.ss.recordFormulaError(this, f, code, message),
      },
      values,
    );
    return values;
  }

  /** The stored or computed value of a cell, before typing by number format. */
  private rawValueAt(row: number, col: number): CellValue {
    const computed = this.calculated().get(cellKey(row, col));
    return computed ?? this.cellAt(row, col)?.value ?? "";
  }

  /** What getValues returns for one cell: computed for formulas and spills, typed by the number format. */
  valueAt(row: number, col: number): CellValue {
    const v = this.rawValueAt(row, col);
    return v === "" ? "" : readTyped(v, this.cellAt(row, col)?.format.numberFormat, this.ss.timeZone);
  }

  /** What getDisplayValues shows for one cell, in the spreadsheet's locale and time zone. */
  displayAt(row: number, col: number): string {
    const v = this.rawValueAt(row, col);
    const format = this.cellAt(row, col)?.format.numberFormat;
    return v === "" ? "" : displayValue(v, format, this.ss.locale, this.ss.timeZone);
  }

  /**
   * Writes like Range.setValue: "=..." is a formula, strings are typed as Sheets types them
   * (typedInput.ts; "@" keeps text); a conversion's implied number format is kept on a cell without one.
   */
  writeValue(row: number, col: number, input: unknown): void {
    this.store(row, col, this.typeAt(row, col, input));
  }

  /** How `input` would be stored in a cell (throws for what no cell can hold). */
  typeAt(row: number, col: number, input: unknown): Typed {
    return this.ss.typeInput(input, this.cellAt(row, col)?.format.numberFormat);
  }

  /** Stores a typed value (see writeValue). */
  store(row: number, col: number, typed: Typed): void {
    if ("formula" in typed || typed.value !== "") this.checkNotHidden(row, col);
    const cell = this.cellFor(row, col);
    this.ss.touch();
    if ("formula" in typed) {
      cell.formula = typed.formula;
      cell.value = "";
      return;
    }
    cell.formula = "";
    cell.value = typed.value;
    if (typed.impliedFormat && cell.format.numberFormat === undefined)
      cell.format.numberFormat = typed.impliedFormat;
    const rule = cell.validation;
    if (rule && this.ruleRejects(rule, row, col, cell.value)) {
      this.ss.validationViolations.push({
        sheet: this.name,
        a1: rectToA1({ row, col, numRows: 1, numCols: 1 }),
        value: cell.value,
        criteria: rule.criteria,
        allowInvalid: rule.allowInvalid,
      });
    }
  }

  /** Whether `rule` fails for `value` in row/col (a custom formula evaluated over this sheet's values). */
  ruleRejects(rule: FakeDataValidation, row: number, col: number, value: unknown): boolean {
    const anchor = rule.anchor ?? { row, col };
    return rule.rejectsAt(value, (r, c) => this.cellAt(r, c)?.value ?? "", { row, col }, anchor);
  }

  /**
   * A user typing `input` into one cell in the Sheets UI: typed as Sheets types it; a rule that fails
   * and rejects input (allowInvalid false) keeps the cell as it was ("The data you entered in cell … violates
   * the data validation rules set on this cell"); a warning-only rule takes it and marks the cell invalid.
   */
  userTypes(a1: string, input: string): { accepted: boolean; flagged: boolean } {
    const { row, col } = this.getRange(a1).rect;
    const typed = this.typeAt(row, col, input);
    const rule = this.cellAt(row, col)?.validation;
    const value = "formula" in typed ? typed.formula : typed.value;
    const fails = rule ? this.ruleRejects(rule, row, col, value) : false;
    if (fails && rule && !rule.allowInvalid) return { accepted: false, flagged: false };
    this.store(row, col, typed);
    return { accepted: true, flagged: fails };
  }

  /** Throws (stricter than Google) when a cell is a merged range's hidden, non-top-left cell. */
  checkNotHidden(row: number, col: number): void {
    for (const m of this.merges)
      if (containsCell(m, row, col) && (row !== m.row || col !== m.col))
        throw new Error(MERGED_CELL_WRITE(rectToA1({ row, col, numRows: 1, numCols: 1 }), rectToA1(m)));
  }

  /** Throws Google's message when a protection keeps the running user from editing a cell of `rect`. */
  checkWritable(rect: Rect): void {
    const me = this.env.userEmail;
    for (const p of this.protections) {
      if (p.userMayEdit(me)) continue;
      if (p.rect ? intersects(p.rect, rect) : !this.allUnprotected(p, rect)) throw new Error(PROTECTED);
    }
  }

  /** Throws when a sheet protection keeps the running user from changing the sheet itself. */
  checkSheetWritable(): void {
    const me = this.env.userEmail;
    if (this.protections.some((p) => p.type === "SHEET" && !p.userMayEdit(me))) throw new Error(PROTECTED);
  }

  private allUnprotected(p: FakeProtection, rect: Rect): boolean {
    for (let r = rect.row; r < rect.row + rect.numRows; r++)
      for (let c = rect.col; c < rect.col + rect.numCols; c++) if (p.covers(r, c)) return false;
    return true;
  }

  private insert(axis: "row" | "col", after: number, howMany: number): void {
    const max = axis === "row" ? this.maxRows : this.maxCols;
    checkInt(after, "afterPosition");
    checkInt(howMany, "howMany");
    if (after < 1 || after > max)
      throw new Error(`Those ${axis === "row" ? "rows" : "columns"} are out of bounds.`);
    if (howMany < 1) throw new Error("The number of rows or columns to insert must be at least 1.");
    this.checkGrowth(
      axis === "row" ? this.maxRows + howMany : this.maxRows,
      axis === "col" ? this.maxCols + howMany : this.maxCols,
    );
    this.ss.touch();
    if (axis === "row") {
      this.maxRows += howMany;
      if (this.rows.length > after) this.rows.splice(after, 0, ...new Array(howMany).fill(undefined));
      shiftKeys(this.rowHeights, after, howMany);
      const forced = [...this.forcedRows].map((r) => (r > after ? r + howMany : r));
      this.forcedRows.clear();
      for (const r of forced) this.forcedRows.add(r);
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

  /** Throws Google's message when a grid of rows × cols would pass the cell or column limit. */
  checkGrowth(rows: number, cols: number): void {
    if (cols > MAX_COLUMNS) throw new Error(TOO_MANY_COLUMNS);
    this.ss.checkCells(rows * cols - this.maxRows * this.maxCols);
  }

  /**
   * Writes rows from `start` as a person would type them (uncounted, typed per locale, grows the
   * grid if needed, protections not checked): test setup.
   */
  seed(rows: unknown[][], start = "A1"): void {
    const { row, col } = refToRect(parseA1(start), this.maxRows, this.maxCols);
    const width = Math.max(0, ...rows.map((r) => r.length));
    const [newRows, newCols] = [
      Math.max(this.maxRows, row + rows.length - 1),
      Math.max(this.maxCols, col + width - 1),
    ];
    this.checkGrowth(newRows, newCols);
    this.maxRows = newRows;
    this.maxCols = newCols;
    rows.forEach((r, i) => {
      r.forEach((v, j) => {
        this.writeValue(row + i, col + j, v);
      });
    });
  }

  /**
   * Writes rows as a file opened in Sheets holds them (an .xlsx converted on upload): a string cell
   * stays the string it was, it is not typed again, so it is stored as plain text ("@").
   */
  seedImported(rows: unknown[][]): void {
    this.seed(rows.map((r) => r.map(() => "")));
    rows.forEach((r, i) => {
      r.forEach((v, j) => {
        if (typeof v === "string" && v !== "") this.cellFor(i + 1, j + 1).format.numberFormat = "@";
        this.writeValue(i + 1, j + 1, v);
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
      forcedRowHeights: [...this.forcedRows].sort((a, b) => a - b),
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

  /** Counts a call that changes cells; throws when a protection keeps the runner from one of them. */
  private change(method: string) {
    this.hit(method);
    this.sheet.checkWritable(this.rect);
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
  /** All or nothing: every value is typed (and checked) before any cell changes. */
  setValues(values: any[][]): FakeRange {
    this.change("setValues");
    return this.writeAll(checkDims(values, this.rect));
  }
  getValue(): any {
    this.hit("getValue");
    return this.sheet.valueAt(this.rect.row, this.rect.col);
  }
  /** Sets every cell of the range (as Apps Script does). */
  setValue(value: any): FakeRange {
    this.change("setValue");
    return this.writeAll(this.grid(() => value));
  }
  getDisplayValues(): string[][] {
    this.hit("getDisplayValues");
    return this.grid((r, c) => this.sheet.displayAt(r, c));
  }
  getFormulas(): string[][] {
    this.hit("getFormulas");
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.formula ?? "");
  }
  /** Same formula in every cell (relative references are not adjusted by the fake). */
  setFormula(formula: string): FakeRange {
    this.change("setFormula");
    return this.writeAll(this.grid(() => formula));
  }
  setFormulas(formulas: string[][]): FakeRange {
    this.change("setFormulas");
    return this.writeAll(checkDims(formulas, this.rect));
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
    this.change("setDataValidation");
    const v = ownRule(rule)?.anchoredAt(this.rect.row, this.rect.col) ?? null;
    return this.each((cell) => {
      cell.validation = v;
    });
  }
  setDataValidations(rules: Array<Array<GDataValidation | null>>): FakeRange {
    this.change("setDataValidations");
    return this.eachWith(rules, (cell, rule) => {
      const v = ownRule(rule);
      // Stricter than Google: where a custom formula's relative references point from is not documented
      // for per-cell rules, so the fake takes formula rules only through setDataValidation (one range).
      if (v?.criteria === "CUSTOM_FORMULA")
        throw new Error(
          "Fake (stricter than Google): set a custom-formula rule with setDataValidation on its range.",
        );
      cell.validation = v;
    });
  }
  getDataValidations(): Array<Array<FakeDataValidation | null>> {
    this.hit("getDataValidations");
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.validation ?? null);
  }
  clearDataValidations(): FakeRange {
    this.change("clearDataValidations");
    return this.eachExisting((cell) => {
      cell.validation = null;
    });
  }

  // --- formatting

  setNumberFormat(numberFormat: string): FakeRange {
    this.change("setNumberFormat");
    this.sheet.ss.touch();
    return this.setFormat("numberFormat", numberFormat);
  }
  setNumberFormats(numberFormats: string[][]): FakeRange {
    this.change("setNumberFormats");
    this.sheet.ss.touch();
    return this.eachWith(numberFormats, (cell, f) => {
      cell.format.numberFormat = f;
    });
  }
  setFontWeight(fontWeight: FontWeight | null): FakeRange {
    this.change("setFontWeight");
    return this.setFormat("fontWeight", fontWeight);
  }
  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): FakeRange {
    this.change("setFontWeights");
    return this.eachWith(fontWeights, (cell, w) => {
      cell.format.fontWeight = w;
    });
  }
  setFontColor(color: string | null): FakeRange {
    this.change("setFontColor");
    return this.setFormat("fontColor", color);
  }
  setFontSize(size: number): FakeRange {
    this.change("setFontSize");
    return this.setFormat("fontSize", checkFontSize(size));
  }
  setFontSizes(sizes: number[][]): FakeRange {
    this.change("setFontSizes");
    for (const size of sizes.flat()) checkFontSize(size);
    return this.eachWith(sizes, (cell, size) => {
      cell.format.fontSize = size;
    });
  }
  /** null resets to the default font (Range.setFontFamily). An empty name is refused (stricter). */
  setFontFamily(fontFamily: string | null): FakeRange {
    this.change("setFontFamily");
    if (fontFamily !== null && (typeof fontFamily !== "string" || fontFamily.trim() === ""))
      throw new Error(`Invalid font family: ${JSON.stringify(fontFamily)}.`);
    return this.setFormat("fontFamily", fontFamily);
  }
  setBackground(color: string | null): FakeRange {
    this.change("setBackground");
    return this.setFormat("background", color);
  }
  setBackgrounds(color: Array<Array<string | null>>): FakeRange {
    this.change("setBackgrounds");
    return this.eachWith(color, (cell, bg) => {
      cell.format.background = bg;
    });
  }
  setWrap(isWrapEnabled: boolean): FakeRange {
    this.change("setWrap");
    return this.setFormat("wrap", isWrapEnabled);
  }
  setWrapStrategy(strategy: WrapStrategyEnum): FakeRange {
    this.change("setWrapStrategy");
    return this.setFormat("wrapStrategy", enumName(strategy));
  }
  setHorizontalAlignment(alignment: HorizontalAlignment): FakeRange {
    this.change("setHorizontalAlignment");
    return this.setFormat("horizontalAlignment", alignment);
  }
  setVerticalAlignment(alignment: VerticalAlignment): FakeRange {
    this.change("setVerticalAlignment");
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
    this.change("setBorder");
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
    this.change("clearFormat");
    return this.eachExisting((cell) => {
      const { numberFormat } = cell.format;
      cell.format = numberFormat === undefined ? {} : { numberFormat };
    });
  }

  // --- notes

  setNote(note: string | null): FakeRange {
    this.change("setNote");
    checkCellText(note ?? "");
    return this.each((cell) => {
      cell.note = note ?? "";
    });
  }
  setNotes(notes: Array<Array<string | null>>): FakeRange {
    this.change("setNotes");
    for (const n of notes.flat()) checkCellText(n ?? "");
    return this.eachWith(notes, (cell, n) => {
      cell.note = n ?? "";
    });
  }
  getNotes(): string[][] {
    this.hit("getNotes");
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.note ?? "");
  }

  // --- merges

  /**
   * Merges the range; only the top-left value survives (Range.merge). Refused when it meets a merged
   * range: Google refuses a partial overlap (MERGE_PARTIAL); the fake also refuses a whole one.
   */
  merge(): FakeRange {
    this.change("merge");
    this.checkNoMerge();
    this.addMerge(this.rect);
    return this;
  }
  /**
   * "Merge the cells in the range across the columns of the range" (Range.mergeAcross): one merged
   * range per row. A one-column range would merge nothing: refused (stricter than Google).
   */
  mergeAcross(): FakeRange {
    this.change("mergeAcross");
    if (this.rect.numCols < 2)
      throw new Error("Fake (stricter than Google): mergeAcross on one column merges nothing.");
    this.checkNoMerge();
    for (let r = this.rect.row; r <= this.lastRowIndex; r++)
      this.addMerge({ ...this.rect, row: r, numRows: 1 });
    return this;
  }
  /** Google refuses to break apart a range that covers only part of a merged range. */
  breakApart(): FakeRange {
    this.change("breakApart");
    for (const m of this.sheet.merges)
      if (intersects(m, this.rect) && !within(m, this.rect)) throw new Error(MERGE_PARTIAL);
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

  private checkNoMerge() {
    if (this.sheet.merges.some((m) => intersects(m, this.rect))) throw new Error(MERGE_PARTIAL);
  }

  private addMerge(rect: Rect) {
    if (rect.numRows * rect.numCols < 2) return;
    this.sheet.merges.push({ ...rect });
    this.sheet.eachCell(rect, (cell, r, c) => {
      if (r !== rect.row || c !== rect.col) {
        cell.value = "";
        cell.formula = "";
      }
    });
    this.sheet.ss.touch();
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
    this.change("clearContent");
    this.sheet.ss.touch();
    return this.eachExisting((cell) => {
      cell.value = "";
      cell.formula = "";
    });
  }
  protect(): FakeProtection {
    this.change("protect");
    const p = new FakeProtection(this.sheet, "RANGE", { ...this.rect });
    this.sheet.protections.push(p);
    return p;
  }

  // --- internals (not counted)

  private writeAll(data: unknown[][]): this {
    const { row, col } = this.rect;
    const typed = data.map((line, i) => line.map((v, j) => this.sheet.typeAt(row + i, col + j, v)));
    typed.forEach((line, i) => {
      line.forEach((t, j) => {
        this.sheet.store(row + i, col + j, t);
      });
    });
    return this;
  }

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

/**
 * A RangeList's setters apply to each of its ranges in one service call (RangeList,
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list): counted once, and
 * refused as a whole when a protection keeps the runner from any of the ranges.
 */
export class FakeRangeList implements GRangeList {
  constructor(
    private readonly env: FakeEnv,
    private readonly ranges: FakeRange[],
  ) {}
  getRanges(): FakeRange[] {
    this.env.counter.hit("RangeList.getRanges");
    return [...this.ranges];
  }
  setHorizontalAlignment(alignment: HorizontalAlignment): FakeRangeList {
    return this.each("setHorizontalAlignment", (r) => r.setHorizontalAlignment(alignment));
  }
  setVerticalAlignment(alignment: VerticalAlignment): FakeRangeList {
    return this.each("setVerticalAlignment", (r) => r.setVerticalAlignment(alignment));
  }
  setWrap(isWrapEnabled: boolean): FakeRangeList {
    return this.each("setWrap", (r) => r.setWrap(isWrapEnabled));
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): FakeRangeList {
    return this.each("setBorder", (r) => r.setBorder(top, left, bottom, right, vertical, horizontal));
  }
  breakApart(): FakeRangeList {
    return this.each("breakApart", (r) => r.breakApart());
  }

  /** One counted call; the ranges' own calls are not counted (they are the same request). */
  private each(method: string, fn: (r: FakeRange) => void): this {
    this.env.counter.hit(`RangeList.${method}`);
    for (const r of this.ranges) r.sheet.checkWritable(r.rect);
    this.env.counter.silently(() => {
      for (const r of this.ranges) fn(r);
    });
    return this;
  }
}

function checkFontSize(size: unknown): number {
  if (typeof size !== "number" || !Number.isInteger(size) || size < 1 || size > 400)
    throw new Error(BAD_FONT_SIZE(size));
  return size;
}

/** Whether `inner` lies wholly inside `outer`. */
function within(inner: Rect, outer: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}
