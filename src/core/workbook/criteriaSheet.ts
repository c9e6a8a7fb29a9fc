/**
 * Sheet Tiêu chí: title, note, then the framework as the table the city office edits (CRITERIA_LAYOUT in
 * layout.ts; written by frameworkToRows, read back by frameworkFromRows).
 */
import type { Framework } from "../framework";
import { frameworkToRows } from "../frameworkTable";
import { SHEET_TEXT } from "../text/sheets";
import { SHEET } from "../vocabulary";
import { CRITERIA_LAYOUT, columnOf, sheetWidths, textColumns } from "./layout";
import { COLORS, emptySpec, type SheetSpec } from "./spec";

export function criteriaSpec(fw: Framework, year: number): SheetSpec {
  // Title and note above the table, whose header row is the first of frameworkToRows.
  const above = [[SHEET_TEXT.criteriaTitle(fw.name)], [SHEET_TEXT.criteriaNote]];
  const header = CRITERIA_LAYOUT.headerRow - 1;
  const spec = emptySpec(SHEET.criteria, [...above.slice(0, header), ...frameworkToRows(fw, year)]);
  spec.bold = spec.values.map((r, i) => r.map(() => i === 0 || i === header));
  spec.backgrounds = spec.values.map((r, i) => r.map(() => (i === header ? COLORS.header : null)));
  spec.frozenRows = CRITERIA_LAYOUT.headerRow;
  spec.columnWidths = sheetWidths([CRITERIA_LAYOUT]);
  spec.wrapColumns = [columnOf(CRITERIA_LAYOUT, "text")];
  spec.textColumns = textColumns(CRITERIA_LAYOUT);
  spec.alignTop = true;
  return spec;
}
