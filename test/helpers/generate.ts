import { type GenerateOptions, generatedSpecs } from "../../src/core/workbook/generate";
import type { FakeSpreadsheet } from "../fake/spreadsheet";

/** Seeds a generated workbook into the fake without counting calls (values only, as a filled workbook). */
export function generatedWorkbook(ss: FakeSpreadsheet, opts: GenerateOptions): void {
  for (const spec of generatedSpecs(opts)) {
    const sheet = ss.findSheet(spec.name) ?? ss.addSheet(spec.name);
    sheet.seed(spec.values);
  }
}
