/**
 * Writes a SheetSpec into a Google sheet with batched calls: one per grid (values, number formats,
 * backgrounds, weights, font family and sizes, validations), one range list for every sub-range
 * (text and wrapped columns, validation, conditional-format and merged blocks), one RangeList call
 * for all centred and one for all bordered blocks, and builders shared by every sheet of a run.
 *
 * Paper: Sheets has no print-setup API (spec.print is the xlsx's). File → Print in Sheets repeats
 * the frozen rows and columns on every page, which is why a spec's titleRows equal its frozen rows.
 */

import { a1, a1Range, quoteSheet } from "../core/a1";
import { asSafeText } from "../core/text";
import { formulaText } from "../core/workbook/formula";
import {
  anchorFormula,
  type Block,
  type ConditionalSpec,
  conditionFormula,
  FORMAT,
  isRejectingList,
  type ListRule,
  ruleBlocks,
  ruleKey,
  type SheetRules,
  type SheetSpec,
  type ValidationGrid,
  type ValidationRule,
} from "../core/workbook/spec";
import type {
  GConditionalFormatRule,
  GConditionalFormatRuleBuilder,
  GDataValidation,
  GDataValidationBuilder,
  GRange,
  GRangeList,
  GSheet,
  GSpreadsheetApp,
} from "./types";

/** Grows the grid to rows × cols at least; gives its size afterwards. */
export function ensureSize(sheet: GSheet, rows: number, cols: number): { rows: number; cols: number } {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  return { rows: Math.max(rows, maxRows), cols: Math.max(cols, maxCols) };
}

/**
 * The builders of one run, shared by every sheet it writes: one newDataValidation and one
 * newConditionalFormatRule in all (a builder is reusable: build() snapshots its settings), and each
 * distinct dropdown built once — 170 ward tabs share the same few dozen criterion rules.
 */
export class RuleBuilders {
  private validation: GDataValidationBuilder | undefined;
  private criteria: string | undefined;
  private help: string | undefined;
  private allowInvalid = false;
  private readonly built = new Map<string, GDataValidation>();
  private conditional: GConditionalFormatRuleBuilder | undefined;
  private fontColor: string | null = null;

  constructor(private readonly app: GSpreadsheetApp) {}

  /** A dropdown that rejects other input. */
  dropdown(rule: ListRule): GDataValidation {
    return this.rule(rule, undefined, "");
  }

  /**
   * Any rule, built once per distinct (rule, anchor): a custom formula gets `at`, the top-left cell of
   * the range it is set on; a list from a range is looked up in `sheet`'s spreadsheet.
   */
  rule(rule: ValidationRule, sheet: GSheet | undefined, at: string, row = 0, col = 0): GDataValidation {
    const formula = rule.kind === "formula" ? `=${anchorFormula(rule.formula, row, col, at)}` : "";
    const criteria = `${ruleKey({ ...rule, help: "", warnOnly: false })}\u0004${formula}${rule.kind === "rangeList" ? `\u0004${sheet ? "" : "?"}` : ""}`;
    const help = rule.help ?? "";
    const allowInvalid = rule.warnOnly === true;
    const key = `${criteria}\u0002${help}\u0002${allowInvalid}`;
    const known = this.built.get(key);
    if (known) return known;
    if (!this.validation) this.validation = this.app.newDataValidation().setAllowInvalid(false);
    const b = this.validation;
    if (criteria !== this.criteria) this.setCriteria(b, rule, sheet, formula);
    if (help !== (this.help ?? "")) b.setHelpText(help);
    if (allowInvalid !== this.allowInvalid) b.setAllowInvalid(allowInvalid);
    this.criteria = criteria;
    this.help = help;
    this.allowInvalid = allowInvalid;
    const v = b.build();
    this.built.set(key, v);
    return v;
  }

  private setCriteria(
    b: GDataValidationBuilder,
    rule: ValidationRule,
    sheet: GSheet | undefined,
    formula: string,
  ) {
    switch (rule.kind) {
      case undefined:
      case "list":
        b.requireValueInList(rule.values, true);
        return;
      case "rangeList": {
        if (!sheet) throw new Error("a list from a range needs its sheet");
        const { row, col, numRows, numCols } = rule.range;
        const a = a1Range(row, col, numRows, numCols);
        b.requireValueInRange(
          rule.sheet ? sheet.getParent().getRange(`${quoteSheet(rule.sheet)}!${a}`) : sheet.getRange(a),
          true,
        );
        return;
      }
      case "whole":
        b.requireNumberBetween(rule.min, rule.max);
        return;
      case "formula":
        b.requireFormulaSatisfied(formula);
        return;
      case "email":
        b.requireTextIsEmail();
        return;
    }
  }

  /** One conditional-format rule; a formula rule is relative to `topLeft` (its first range's corner). */
  conditionalRule(c: ConditionalSpec, topLeft: string, ranges: GRange[]): GConditionalFormatRule {
    if (!this.conditional) this.conditional = this.app.newConditionalFormatRule();
    const b = this.conditional;
    if (c.headerRow !== undefined || c.formula !== undefined)
      b.whenFormulaSatisfied(`=${conditionFormula(c, topLeft)}`);
    else if (c.whenText === "") b.whenCellEmpty();
    else b.whenTextEqualTo(c.whenText);
    b.setBackground(c.background).setRanges(ranges);
    const font = c.fontColor ?? null;
    if (font !== this.fontColor) b.setFontColor(font);
    this.fontColor = font;
    return b.build();
  }
}

export interface RenderExtras {
  /** Builders shared by the sheets of one run (default: this sheet's own). */
  rules?: RuleBuilders;
  /**
   * The sheet already has this spec's layout (same layoutKey, see readLayoutMarker): only values are
   * written — formats, validations, conditional rules and sheet settings stay as they are.
   */
  sameLayout?: boolean;
}

/**
 * Renders `spec` into `sheet`. `oldHeight` is the previous data height: rows below the new layout
 * (inside its width) are cleared so no stale result rows remain. With `sheetFormats: false` the
 * sheet-wide settings (frozen panes, column widths, tab colour) are left as they are — the roll-up
 * sets them only on a new sheet.
 */
export function renderSheet(
  app: GSpreadsheetApp,
  sheet: GSheet,
  spec: SheetSpec,
  oldHeight = 0,
  sheetFormats = true,
  extras: RenderExtras = {},
): void {
  const height = spec.values.length;
  const width = spec.values[0]?.length ?? 1;
  const formats = numberFormatGrid(spec);
  if (extras.sameLayout) {
    sheet.getRange(1, 1, height, width).setValues(valueGrid(spec, formats));
    if (oldHeight > height) sheet.getRange(height + 1, 1, oldHeight - height, width).clearContent();
    return;
  }
  const grid = ensureSize(sheet, Math.max(height, oldHeight, rulesBottom(spec)), width);
  const all = sheet.getRange(1, 1, height, width);
  const parts = subRanges(sheet, spec);
  // Stale merges first (the roll-up rewrites Tổng hợp with another number of rows): one breakApart
  // over every row written now or before, all columns — Sheets refuses one covering part of a merge.
  // A sheet without earlier rows (new, or cleared by its command) has none to break.
  if (oldHeight > 0 && (spec.merges?.length || spec.mergeAcross?.length))
    sheet.getRange(1, 1, Math.max(height, oldHeight), grid.cols).breakApart();
  if (formats.grid) all.setNumberFormats(formats.grid);
  else for (const col of formats.textColumns) parts.get(columnA1(col, height))!.setNumberFormat(FORMAT.text);
  // Formulas go in the same write as the values; text that looks like a formula (a unit named "=…")
  // stays text: as text-formatted cells take it verbatim, other cells get the leading apostrophe.
  all.setValues(valueGrid(spec, formats));
  if (oldHeight > height) clearBelow(sheet, spec, height, oldHeight - height, width);
  const rules = extras.rules ?? new RuleBuilders(app);
  applyValidations(rules, sheet, parts, spec.validations);
  if (spec.backgrounds) all.setBackgrounds(spec.backgrounds);
  if (spec.bold) all.setFontWeights(spec.bold.map((r) => r.map((b) => (b ? "bold" : "normal"))));
  applyFont(all, spec);
  for (const a of wrapBlocks(spec)) parts.get(a)!.setWrap(true);
  if (spec.alignTop) all.setVerticalAlignment("top");
  else if (spec.alignMiddle) all.setVerticalAlignment("middle");
  if (spec.centered?.length) blockList(sheet, parts, spec.centered).setHorizontalAlignment("center");
  if (spec.bordered?.length)
    blockList(sheet, parts, spec.bordered).setBorder(true, true, true, true, true, true);
  for (const m of spec.merges ?? []) if (m.numRows * m.numCols > 1) parts.get(blockA1(m))!.merge();
  for (const m of spec.mergeAcross ?? []) if (m.numCols > 1) parts.get(blockA1(m))!.mergeAcross();
  applyRowHeights(sheet, spec);
  if (spec.conditional) sheet.setConditionalFormatRules(conditionalRules(rules, parts, spec.conditional));
  if (!sheetFormats) return;
  if (spec.frozenRows !== undefined) sheet.setFrozenRows(spec.frozenRows);
  if (spec.frozenCols !== undefined) sheet.setFrozenColumns(spec.frozenCols);
  applyWidths(sheet, spec.columnWidths ?? []);
  if (spec.tabColor) sheet.setTabColor(spec.tabColor);
  // A service sheet (a ward file's "Thông tin tệp", the collect log) is hidden, not very hidden.
  if (spec.hidden && !sheet.isSheetHidden()) sheet.hideSheet();
}

/**
 * Rows the previous layout had below this one: emptied; on a sheet whose every cell the command owns
 * (a format grid: Tổng hợp), their fonts, borders and heights go too, so no stale table frame stays.
 */
function clearBelow(sheet: GSheet, spec: SheetSpec, from: number, rows: number, width: number): void {
  const stale = sheet.getRange(from + 1, 1, rows, width).clearContent();
  if (!spec.numberFormats) return;
  stale.clearFormat();
  if (spec.rowHeights?.length) sheet.setRowHeights(from + 1, rows, DEFAULT_ROW_PX);
}

/** Sheets' default row height. */
const DEFAULT_ROW_PX = 21;

/**
 * A grid of rejecting dropdowns (a ward tab's, from its header row to its appraisal row) is one
 * setDataValidations; any other grid one setDataValidation per block of cells sharing a rule, so a
 * custom formula's relative references are anchored at its block's top-left cell (as in the Sheets UI).
 */
function applyValidations(
  rules: RuleBuilders,
  sheet: GSheet,
  parts: Map<string, GRange>,
  grids: ValidationGrid[],
): void {
  for (const grid of grids) {
    if (!grid.rules.length || !grid.rules[0].length) continue;
    if (isListGrid(grid)) {
      parts
        .get(a1Range(grid.row, grid.col, grid.rules.length, grid.rules[0].length))!
        .setDataValidations(
          grid.rules.map((row) => row.map((r) => (r ? rules.dropdown(r as ListRule) : null))),
        );
      continue;
    }
    for (const b of ruleBlocks(grid.rules)) {
      const row = grid.row + b.r;
      const col = grid.col + b.c;
      parts
        .get(a1Range(row, col, b.rows, b.cols))!
        .setDataValidation(rules.rule(b.rule, sheet, a1(row, col), row, col));
    }
  }
}

function isListGrid(grid: ValidationGrid): boolean {
  return grid.rules.every((row) => row.every((r) => r === null || isRejectingList(r)));
}

/** The A1 ranges a spec's validation grids are written to (whole grids, or their blocks). */
function validationA1s(grids: ValidationGrid[]): string[] {
  return grids.flatMap((g) => {
    if (!g.rules.length || !g.rules[0].length) return [];
    if (isListGrid(g)) return [a1Range(g.row, g.col, g.rules.length, g.rules[0].length)];
    return ruleBlocks(g.rules).map((b) => a1Range(g.row + b.r, g.col + b.c, b.rows, b.cols));
  });
}

/** The last row any validation grid or conditional block reaches (data rows below the values). */
function rulesBottom(rules: { validations: ValidationGrid[]; conditional?: ConditionalSpec[] }): number {
  return Math.max(
    0,
    ...rules.validations.map((g) => g.row + g.rules.length - 1),
    ...(rules.conditional ?? []).map((c) => c.row + c.numRows - 1),
  );
}

/**
 * Set-up's repair of a sheet it does not rewrite (Tiêu chí, Danh mục, … once the city office has
 * typed in them): the validation rules and the conditional formats, values untouched. One
 * getRangeList, one setDataValidation per block, one setConditionalFormatRules (which replaces the
 * sheet's rules: the command owns them, as on every sheet it renders).
 */
export function renderRules(rules: RuleBuilders, sheet: GSheet, spec: SheetRules): void {
  ensureSize(sheet, rulesBottom(spec), 1);
  const a1s = [...new Set([...validationA1s(spec.validations), ...spec.conditional.map(blockA1)])];
  const ranges = a1s.length ? sheet.getRangeList(a1s).getRanges() : [];
  const parts = new Map(a1s.map((a, i) => [a, ranges[i]]));
  applyValidations(rules, sheet, parts, spec.validations);
  if (spec.conditional.length)
    sheet.setConditionalFormatRules(conditionalRules(rules, parts, spec.conditional));
}

interface NumberFormats {
  /** The whole grid's formats (spec.numberFormats with text columns as "@"), or none. */
  grid?: string[][];
  /** Text columns written one range each when there is no grid. */
  textColumns: number[];
  isText(row: number, col: number): boolean;
}

function numberFormatGrid(spec: SheetSpec): NumberFormats {
  const textColumns = spec.textColumns ?? [];
  const text = new Set(textColumns.map((c) => c - 1));
  const grid = spec.numberFormats?.map((row) => row.map((f, c) => (text.has(c) ? FORMAT.text : f)));
  return {
    grid,
    textColumns,
    isText: (r, c) => (grid ? grid[r]?.[c] === FORMAT.text : text.has(c)),
  };
}

/** Values with the formulas in place; strings outside text cells made safe (no accidental formula). */
function valueGrid(spec: SheetSpec, formats: NumberFormats): unknown[][] {
  const grid: unknown[][] = spec.values.map((row, r) =>
    row.map((v, c) => (typeof v === "string" && !formats.isText(r, c) ? asSafeText(v) : v)),
  );
  for (const f of spec.formulas) grid[f.row - 1][f.col - 1] = formulaText(f);
  return grid;
}

function columnA1(col: number, height: number): string {
  return a1Range(1, col, height, 1);
}

const blockA1 = (b: Block) => a1Range(b.row, b.col, b.numRows, b.numCols);

/** Wrapped columns as runs of adjacent columns (a ward tab's B…note is one range, one setWrap). */
function wrapBlocks(spec: SheetSpec): string[] {
  const cols = [...new Set(spec.wrapColumns ?? [])].sort((a, b) => a - b);
  const height = spec.values.length;
  const out: string[] = [];
  for (let i = 0; i < cols.length; ) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
    out.push(a1Range(1, cols[i], height, cols[j] - cols[i] + 1));
    i = j + 1;
  }
  return out;
}

/** The blocks as one target: the range itself when there is one, else one RangeList (one call per setter). */
function blockList(sheet: GSheet, parts: Map<string, GRange>, blocks: Block[]): GRange | GRangeList {
  const a1s = [...new Set(blocks.map(blockA1))];
  return a1s.length === 1 ? parts.get(a1s[0])! : sheet.getRangeList(a1s);
}

/** Family on the whole grid (one call); sizes in one call: one size, or a grid when rows differ. */
function applyFont(all: GRange, spec: SheetSpec): void {
  const font = spec.font;
  if (!font) return;
  all.setFontFamily(font.family);
  if (!font.rowSizes?.length) {
    all.setFontSize(font.size);
    return;
  }
  const bySize = new Map(font.rowSizes.map((r) => [r.row, r.size]));
  all.setFontSizes(spec.values.map((row, r) => row.map(() => bySize.get(r + 1) ?? font.size)));
}

/**
 * Consecutive rows of equal height in one setRowHeights. Not setRowHeightsForced: "by default, rows
 * grow to fit cell contents" (Sheet.setRowHeights in Google's reference), so a wrapped heading taller
 * than the height given still shows whole; a forced height would clip it.
 */
function applyRowHeights(sheet: GSheet, spec: SheetSpec): void {
  const byRow = new Map<number, number>();
  for (const h of spec.rowHeights ?? [])
    for (let r = h.row; r < h.row + (h.count ?? 1); r++) byRow.set(r, h.height);
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (
      j + 1 < rows.length &&
      rows[j + 1] === rows[j] + 1 &&
      byRow.get(rows[j + 1]) === byRow.get(rows[i])
    )
      j++;
    sheet.setRowHeights(rows[i], j - i + 1, byRow.get(rows[i])!);
    i = j + 1;
  }
}

/** Every sub-range the spec formats, fetched with one getRangeList (a ward tab has ~40 of them). */
function subRanges(sheet: GSheet, spec: SheetSpec): Map<string, GRange> {
  const height = spec.values.length;
  const a1s = new Set<string>();
  if (!spec.numberFormats) for (const col of spec.textColumns ?? []) a1s.add(columnA1(col, height));
  for (const a of wrapBlocks(spec)) a1s.add(a);
  for (const b of [
    ...(spec.merges ?? []),
    ...(spec.mergeAcross ?? []),
    ...(spec.centered ?? []),
    ...(spec.bordered ?? []),
  ])
    a1s.add(blockA1(b));
  for (const a of validationA1s(spec.validations)) a1s.add(a);
  for (const c of spec.conditional ?? []) a1s.add(a1Range(c.row, c.col, c.numRows, c.numCols));
  const list = [...a1s];
  const ranges = list.length ? sheet.getRangeList(list).getRanges() : [];
  return new Map(list.map((a, i) => [a, ranges[i]]));
}

/** One rule per (text, colour, condition) with all its ranges; replaces the sheet's rules (the command owns them). */
function conditionalRules(
  rules: RuleBuilders,
  parts: Map<string, GRange>,
  specs: ConditionalSpec[],
): GConditionalFormatRule[] {
  const groups = new Map<string, { spec: ConditionalSpec; topLeft: string; ranges: GRange[] }>();
  for (const c of specs) {
    // A formula rule is anchored at its block's corner: one rule per block (its ranges would shift it).
    const anchor = c.formula !== undefined ? `|${c.formula}|${a1(c.row, c.col)}` : "";
    const key = `${c.whenText}|${c.background}|${c.fontColor ?? ""}|${c.headerRow ?? ""}${anchor}`;
    const g = groups.get(key) ?? { spec: c, topLeft: a1(c.row, c.col), ranges: [] };
    g.ranges.push(parts.get(a1Range(c.row, c.col, c.numRows, c.numCols))!);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => rules.conditionalRule(g.spec, g.topLeft, g.ranges));
}

function applyWidths(sheet: GSheet, widths: number[]): void {
  let start = 0;
  while (start < widths.length) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    if (end === start) sheet.setColumnWidth(start + 1, widths[start]);
    else sheet.setColumnWidths(start + 1, end - start + 1, widths[start]);
    start = end + 1;
  }
}

// ---------------------------------------------------------------- layout marker

/** Bump when renderSheet writes a layout differently, so every sheet is re-rendered once. */
const RENDER_VERSION = 2;
const MARKER_PREFIX = "TDP-layout:";

/**
 * A short hash of everything renderSheet writes except the values: number formats, formulas,
 * validations, colours, weights, fonts, alignment, borders, merges, row heights, conditional rules,
 * widths, frozen panes, tab colour, print setup (every spec field but name/values is in `rest`), and
 * `extra`, e.g. the chart's rows. Equal keys = the sheet needs at most a values write.
 */
export function layoutKey(spec: SheetSpec, extra = ""): string {
  const { name: _name, values, validations, ...rest } = spec;
  const seen = new Map<string, number>();
  const ruleIds = validations.map((g) => ({
    row: g.row,
    col: g.col,
    rules: g.rules.map((row) =>
      row.map((r) => {
        if (!r) return -1;
        const k = ruleKey(r);
        if (!seen.has(k)) seen.set(k, seen.size);
        return seen.get(k)!;
      }),
    ),
  }));
  const size = `${values.length}x${values[0]?.length ?? 0}`;
  // Formulas as the text written (same key order), so a sheet's key does not depend on their data shape.
  const written = {
    ...rest,
    formulas: rest.formulas.map((f) => ({ row: f.row, col: f.col, formula: formulaText(f) })),
  };
  const text = JSON.stringify([RENDER_VERSION, size, written, ruleIds, [...seen.keys()], extra]);
  return hash(text);
}

/** A key of a sheet's validation and conditional formats alone (set-up's marker on the city's sheets). */
export function rulesKey(rules: { validations: ValidationGrid[]; conditional?: ConditionalSpec[] }): string {
  const grids = rules.validations.map((g) => [
    g.row,
    g.col,
    g.rules.map((row) => row.map((r) => (r ? ruleKey(r) : ""))),
  ]);
  return hash(JSON.stringify([RENDER_VERSION, grids, rules.conditional ?? []]));
}

/**
 * Whether every cell `rules` validates still has a rule: one getDataValidations over their bounding
 * box (a paste over cells takes their rule away; a changed rule set changes the marker instead).
 */
export function rulesInPlace(sheet: GSheet, rules: SheetRules): boolean {
  const grids = rules.validations.filter((g) => g.rules.length && g.rules[0].length);
  if (!grids.length) return true;
  const top = Math.min(...grids.map((g) => g.row));
  const left = Math.min(...grids.map((g) => g.col));
  const bottom = Math.max(...grids.map((g) => g.row + g.rules.length - 1));
  const right = Math.max(...grids.map((g) => g.col + g.rules[0].length - 1));
  if (sheet.getMaxRows() < bottom || sheet.getMaxColumns() < right) return false;
  const seen = sheet.getRange(top, left, bottom - top + 1, right - left + 1).getDataValidations();
  return grids.every((g) =>
    g.rules.every((row, r) =>
      row.every((rule, c) => rule === null || seen[g.row - top + r]?.[g.col - left + c] != null),
    ),
  );
}

/** The key last written by writeLayoutMarker (A1's note), or "" — two service calls. */
export function readLayoutMarker(sheet: GSheet): string {
  const note = String(sheet.getRange(1, 1).getNotes()[0]?.[0] ?? "");
  return note.startsWith(MARKER_PREFIX) ? note.slice(MARKER_PREFIX.length) : "";
}

/** Written last, once the sheet (and what goes with it, e.g. the chart) is complete. */
export function writeLayoutMarker(sheet: GSheet, key: string): void {
  sheet.getRange(1, 1).setNote(`${MARKER_PREFIX}${key}`);
}

/** Looked up once: a global read per character is slow where globals are proxied (node:vm). */
const imul = Math.imul;

/** cyrb53: a fast 53-bit string hash, as base 36. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = imul(h1 ^ ch, 2654435761);
    h2 = imul(h2 ^ ch, 1597334677);
  }
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507) ^ imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507) ^ imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
