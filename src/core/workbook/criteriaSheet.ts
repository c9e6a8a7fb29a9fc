/** Sheet Tiêu chí: the framework as the table the city office edits (read back by frameworkFromRows). */
import type { Framework } from "../framework";
import { frameworkToRows } from "../frameworkTable";
import { SHEET_TEXT } from "../text/sheets";
import { SHEET } from "../vocabulary";
import { COLORS, emptySpec, type SheetSpec } from "./spec";

export function criteriaSpec(fw: Framework, year: number): SheetSpec {
  const rows = frameworkToRows(fw, year);
  const spec = emptySpec(SHEET.criteria, [
    [SHEET_TEXT.criteriaTitle(fw.name)],
    [SHEET_TEXT.criteriaNote],
    ...rows,
  ]);
  spec.bold = spec.values.map((r, i) => r.map(() => i === 0 || i === 2));
  spec.backgrounds = spec.values.map((r, i) => r.map(() => (i === 2 ? COLORS.header : null)));
  spec.frozenRows = 3;
  spec.columnWidths = [170, 70, 520, 110, 90, 160, 140];
  spec.wrapColumns = [3];
  spec.textColumns = [2, 4];
  spec.alignTop = true;
  return spec;
}
