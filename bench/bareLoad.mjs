// The floor `tdp rollup` is measured against: ExcelJS loading the same file with the same parts
// skipped (src/xlsx/read.ts VALUES_ONLY), and nothing else.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";

const ignoreNodes = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "sheetViews",
  "cols",
  "pageMargins",
  "pageSetup",
  "printOptions",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "autoFilter",
  "drawing",
  "picture",
  "tableParts",
];
const wb = new ExcelJS.Workbook();
await wb.xlsx.load(readFileSync(process.argv[2]), { ignoreNodes });
