// The floor `tdp rollup` is measured against: ExcelJS loading the same file with the same parts
// skipped (src/xlsx/read.ts VALUES_ONLY, passed as JSON by bench/xlsx.ts), and nothing else.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";

const ignoreNodes = JSON.parse(process.argv[3]);
const wb = new ExcelJS.Workbook();
await wb.xlsx.load(readFileSync(process.argv[2]), { ignoreNodes });
