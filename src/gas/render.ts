/** Writes a SheetSpec into a Google sheet with batched calls (one per grid, not per cell). */

import { a1, a1Range } from "../core/a1";
import { asSafeText } from "../core/text";
import {
  type ConditionalSpec,
  conditionFormula,
  type SheetSpec,
  type ValidationRule,
} from "../core/workbook/spec";
import type { GDataValidation, GRange, GSheet, GSpreadsheetApp } from "./types";

export function ensureSize(sheet: GSheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/**
 * Renders `spec` into `sheet`. `oldHeight` is the previous data height: rows below the new layout
 * (inside its width) are cleared so no stale result rows remain. With `sheetFormats: false` the
 * sheet-wide settings (frozen panes, column widths, tab colour) are left as they are — the roll-up
 * sets them only on a new sheet, saving a dozen service calls per run.
 */
export function renderSheet(
  app: GSpreadsheetApp,
  sheet: GSheet,
  spec: SheetSpec,
  oldHeight = 0,
  sheetFormats = true,
): void {
  const height = spec.values.length;
  const width = spec.values[0]?.length ?? 1;
  ensureSize(sheet, Math.max(height, oldHeight), width);
  for (const col of spec.textColumns ?? []) sheet.getRange(1, col, height, 1).setNumberFormat("@");
  const all = sheet.getRange(1, 1, height, width);
  // Text that looks like a formula (a unit named "=…", a pasted "+84…") stays text: formulas only
  // come from spec.formulas.
  all.setValues(spec.values.map((row) => row.map((v) => (typeof v === "string" ? asSafeText(v) : v))));
  if (oldHeight > height) sheet.getRange(height + 1, 1, oldHeight - height, width).clearContent();
  for (const f of spec.formulas) sheet.getRange(f.row, f.col).setFormula(f.formula);
  applyValidations(app, sheet, spec);
  if (spec.backgrounds) all.setBackgrounds(spec.backgrounds);
  if (spec.bold) all.setFontWeights(spec.bold.map((r) => r.map((b) => (b ? "bold" : "normal"))));
  for (const col of spec.wrapColumns ?? []) sheet.getRange(1, col, height, 1).setWrap(true);
  if (spec.alignTop) all.setVerticalAlignment("top");
  if (spec.conditional) applyConditional(app, sheet, spec);
  if (!sheetFormats) return;
  if (spec.frozenRows !== undefined) sheet.setFrozenRows(spec.frozenRows);
  if (spec.frozenCols !== undefined) sheet.setFrozenColumns(spec.frozenCols);
  applyWidths(sheet, spec.columnWidths ?? []);
  if (spec.tabColor) sheet.setTabColor(spec.tabColor);
}

function applyValidations(app: GSpreadsheetApp, sheet: GSheet, spec: SheetSpec): void {
  const built = new Map<string, GDataValidation>();
  const build = (rule: ValidationRule | null): GDataValidation | null => {
    if (!rule) return null;
    const key = `${rule.values.join("\u0001")}\u0002${rule.help ?? ""}`;
    let v = built.get(key);
    if (!v) {
      let b = app.newDataValidation().requireValueInList(rule.values, true).setAllowInvalid(false);
      if (rule.help) b = b.setHelpText(rule.help);
      v = b.build();
      built.set(key, v);
    }
    return v;
  };
  for (const grid of spec.validations) {
    if (!grid.rules.length || !grid.rules[0].length) continue;
    sheet
      .getRange(grid.row, grid.col, grid.rules.length, grid.rules[0].length)
      .setDataValidations(grid.rules.map((row) => row.map(build)));
  }
}

/** One rule per (text, colour, condition) with all its ranges; replaces the sheet's rules (the command owns them). */
function applyConditional(app: GSpreadsheetApp, sheet: GSheet, spec: SheetSpec): void {
  const rulesSpec = spec.conditional ?? [];
  // Every block's range in one service call (a ward tab has ~90 blocks: one per criterion row and rule).
  const a1s = [...new Set(rulesSpec.map((c) => a1Range(c.row, c.col, c.numRows, c.numCols)))];
  const ranges = new Map<string, GRange>();
  const fetched = a1s.length ? sheet.getRangeList(a1s).getRanges() : [];
  for (const [i, r] of fetched.entries()) ranges.set(a1s[i], r);
  const groups = new Map<string, { spec: ConditionalSpec; topLeft: string; ranges: GRange[] }>();
  for (const c of rulesSpec) {
    const key = `${c.whenText}|${c.background}|${c.fontColor ?? ""}|${c.headerRow ?? ""}`;
    const g = groups.get(key) ?? { spec: c, topLeft: a1(c.row, c.col), ranges: [] };
    g.ranges.push(ranges.get(a1Range(c.row, c.col, c.numRows, c.numCols))!);
    groups.set(key, g);
  }
  const rules = [...groups.values()].map((g) => {
    let b = app.newConditionalFormatRule();
    // A formula rule is relative to the top-left cell of the rule's first range.
    if (g.spec.headerRow !== undefined) b = b.whenFormulaSatisfied(`=${conditionFormula(g.spec, g.topLeft)}`);
    else b = g.spec.whenText === "" ? b.whenCellEmpty() : b.whenTextEqualTo(g.spec.whenText);
    b = b.setBackground(g.spec.background).setRanges(g.ranges);
    if (g.spec.fontColor) b = b.setFontColor(g.spec.fontColor);
    return b.build();
  });
  sheet.setConditionalFormatRules(rules);
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
