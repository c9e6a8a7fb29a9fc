/**
 * Sheet Tiêu chí: title, note, then the framework as the table the city office edits (CRITERIA_LAYOUT in
 * layout.ts; written by frameworkToRows, read back by frameworkFromRows), and its validation.
 */
import type { Framework } from "../framework";
import { frameworkToRows } from "../frameworkTable";
import { foldKey } from "../text";
import { SHEET_TEXT } from "../text/sheets";
import { VALIDATION } from "../text/validation";
import { CRITERIA_TABLE, KIND_WORDS, SHEET } from "../vocabulary";
import { CRITERIA_LAYOUT, columnOf, findTable, sheetWidths, textColumns } from "./layout";
import {
  COLORS,
  type ConditionalSpec,
  emptySpec,
  type SheetRules,
  type SheetSpec,
  type ValidationGrid,
  type ValidationRule,
} from "./spec";
import { absColumn, ruleRows, YEARS } from "./tables";

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

const R = CRITERIA_TABLE.rowKind;

/** Every non-empty combination of `words`, in their order, as the comma list the reader takes. */
function combinations(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let mask = 1; mask < 1 << words.length; mask++)
    out.push(words.filter((_, i) => mask & (1 << i)).join(", "));
  return out.sort((a, b) => a.split(",").length - b.split(",").length);
}

/**
 * The rules of Tiêu chí, from the values it holds (the rows of Quy tắc and Năm đánh giá are found by
 * their Loại). Choices:
 * - Thuộc tiêu chuẩn: a custom formula, not a list from column Mã, because a list from a range cannot
 *   keep to the rows whose Loại is Tiêu chuẩn (it would offer criterion codes such as 1.1).
 * - Áp dụng cho loại đơn vị / địa bàn take comma lists: a dropdown of every combination in the
 *   reader's order, warning only, so another order ("bản, tổ dân phố") still goes in.
 * - Năm đánh giá sits in the text column Mã (a typed year is text there, which a number rule would
 *   refuse): a dropdown of the years. Hạn gửi hồ sơ there too: a date, warning only.
 * - Mã: duplicates within a Loại (Nội dung riêng repeats its criterion's code by design) warned on
 *   and highlighted, as is a criterion whose standard is not on the sheet.
 */
export function criteriaRules(values: unknown[][]): SheetRules {
  const t = findTable(values, CRITERIA_LAYOUT, SHEET.criteria);
  const rows = ruleRows(t.firstDataRow, values.length);
  const col = t.col;
  const column = (c: number, rule: ValidationRule): ValidationGrid => ({
    row: rows.first,
    col: c,
    rules: Array.from({ length: rows.count }, () => [rule]),
  });
  const kinds = absColumn(col.kind, rows);
  const codes = absColumn(col.code, rows);
  const kindCell = `$${letter(col.kind)}{row}`;
  const sameKind = `COUNTIFS(${kinds},${kindCell},${codes},{cell})`;
  const duplicate: ValidationRule = {
    kind: "formula",
    formula: `OR(${kindCell}="${R.variant}",${sameKind}<2)`,
    help: VALIDATION.duplicateCode,
    warnOnly: true,
  };
  const rule: ValidationRule = { values: Object.values(CRITERIA_TABLE.rule), help: VALIDATION.rule };
  const year: ValidationRule = {
    values: Array.from({ length: YEARS.to - YEARS.from + 1 }, (_, i) => String(YEARS.from + i)),
    help: VALIDATION.year(YEARS.from, YEARS.to),
  };
  // Hạn gửi hồ sơ: a date, typed as text in this text column (dd/mm/yyyy) or a date cell; warning only.
  const deadline: ValidationRule = {
    kind: "formula",
    // Digits and slashes, 8–10 characters (d/m/yyyy … dd/mm/yyyy), or a date cell; DATEVALUE would
    // depend on the file's locale. The reader (readDate) says what it makes of the text.
    formula:
      'OR(LEN({cell})=0,ISNUMBER({cell}),AND(LEN({cell})>=8,LEN({cell})<=10,ISNUMBER(VALUE(SUBSTITUTE({cell},"/","")))))',
    help: VALIDATION.deadline,
    warnOnly: true,
  };
  const kindKey = (r: number) => foldKey(values[r - 1]?.[col.kind - 1]);
  const byKind = new Map<string, ValidationRule>([
    [foldKey(R.rule), rule],
    [foldKey(R.year), year],
    [foldKey(R.deadline), deadline],
  ]);
  const codeRules = Array.from({ length: rows.count }, (_, i) => [
    byKind.get(kindKey(rows.first + i)) ?? duplicate,
  ]);
  const standardExists = `COUNTIFS(${kinds},"${R.standard}",${codes},{cell})`;
  const block = (c: number) => ({ row: rows.first, col: c, numRows: rows.count, numCols: 1 });
  const conditional: ConditionalSpec[] = [
    {
      ...block(col.code),
      whenText: "",
      formula: `AND(LEN({cell})>0,${kindCell}<>"${R.variant}",${sameKind}>1)`,
      background: COLORS.fail,
    },
    {
      ...block(col.standard),
      whenText: "",
      formula: `AND(LEN({cell})>0,${standardExists}=0)`,
      background: COLORS.fail,
    },
  ];
  const example = String(
    values.find((r) => foldKey(r[col.kind - 1]) === foldKey(R.standard))?.[col.code - 1] ?? "1",
  );
  return {
    name: SHEET.criteria,
    validations: [
      column(col.kind, { values: Object.values(R), help: VALIDATION.kind }),
      { row: rows.first, col: col.code, rules: codeRules },
      column(col.standard, {
        kind: "formula",
        formula: `${standardExists}>0`,
        help: VALIDATION.standardOf(example),
      }),
      column(col.threshold, { kind: "whole", min: 1, max: 100, help: VALIDATION.threshold }),
      column(col.unitTypes, {
        values: combinations(Object.values(KIND_WORDS.unitType)),
        help: VALIDATION.unitTypes,
        warnOnly: true,
      }),
      column(col.wardKinds, {
        values: combinations(Object.values(KIND_WORDS.wardKind)),
        help: VALIDATION.wardKinds,
        warnOnly: true,
      }),
    ],
    conditional,
  };
}

function letter(col: number): string {
  return absColumn(col, { first: 1, last: 1 }).split("$")[1];
}
