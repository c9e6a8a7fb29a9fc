import {
  GENERATED_CITY_EDITOR,
  type GenerateOptions,
  generatedRoster,
  generatedSpecs,
} from "../../src/core/workbook/generate";
import { FIRST_BODY_ROW, FIRST_UNIT_COL } from "../../src/core/workbook/wardTab";
import type { CallSnapshot } from "../fake/env";
import type { FakeSpreadsheet } from "../fake/spreadsheet";

/** A province since July 2025: up to 168 xã/phường; 170 tabs × 25 units. */
export const PROVINCE: GenerateOptions = { wards: 170, units: 170 * 25 };

/**
 * Seeds a generated workbook into the fake without counting calls (values only, as a filled
 * workbook); with `tabs: false` only the sheets set-up starts from.
 */
export function generatedWorkbook(ss: FakeSpreadsheet, opts: GenerateOptions): void {
  ss.env.counter.silently(() => {
    for (const spec of generatedSpecs(opts)) {
      const sheet = ss.findSheet(spec.name) ?? ss.addSheet(spec.name);
      // Text stays text ("1.1" is a code, not 1 January), as set-up's writes keep it.
      const height = spec.values.length;
      const width = spec.values[0].length;
      if (sheet.getMaxRows() < height) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
      if (sheet.getMaxColumns() < width)
        sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
      for (const col of spec.textColumns ?? []) sheet.getRange(1, col, height, 1).setNumberFormat("@");
      if (spec.numberFormats) sheet.getRange(1, 1, height, width).setNumberFormats(spec.numberFormats);
      sheet.seed(spec.values);
    }
  });
}

/** Everyone with edit access to the generated file: the city office and every ward's editors. */
export function generatedFileEditors(opts: GenerateOptions): string[] {
  return [GENERATED_CITY_EDITOR, ...generatedRoster(opts).wards.flatMap((w) => w.editors)];
}

/**
 * Types the generated answers into ward tabs that set-up created (same rows and unit columns; set-up
 * adds spare columns and the note column after them), as the wards would — uncounted.
 */
export function fillWardTabs(ss: FakeSpreadsheet, opts: GenerateOptions): void {
  ss.env.counter.silently(() => {
    for (const spec of generatedSpecs(opts)) {
      if (!spec.formulas.length) continue;
      const lastInput = Math.min(...spec.formulas.map((f) => f.row)) - 1;
      const units = spec.values[0].length - FIRST_UNIT_COL; // the generated tab has no spare columns
      const block = spec.values
        .slice(FIRST_BODY_ROW - 1, lastInput)
        .map((row) => row.slice(FIRST_UNIT_COL - 1, FIRST_UNIT_COL - 1 + units));
      ss.sheet(spec.name).seed(block, `C${FIRST_BODY_ROW}`);
    }
  });
}

/** Calls made once per run by protection code: the file's editors and owner, the domain setting. */
const PER_RUN = [
  "Spreadsheet.getEditors",
  "Spreadsheet.getOwner",
  "User.getEmail",
  "Protection.canDomainEdit",
];

/**
 * Calls made by protection code, per protection (Protection.*, protect and the getRange naming its
 * range, getProtections) and once per run (the file's editors and owner, the domain setting).
 */
export function protectionCalls(s: CallSnapshot): { each: number; perRun: number } {
  let each = 0;
  let perRun = 0;
  for (const [key, count] of Object.entries(s.calls)) {
    if (PER_RUN.includes(key)) perRun += count;
    else if (key.startsWith("Protection.") || key === "Sheet.getProtections" || key === "Sheet.protect")
      each += count;
    else if (key === "Range.protect") each += 2 * count;
  }
  return { each, perRun };
}

/**
 * Types the generated answers into the wards' own files (file per ward: the spreadsheets split
 * created, found by their ward tab's name), as each ward would — uncounted.
 */
export function fillWardFiles(files: FakeSpreadsheet[], opts: GenerateOptions): void {
  const byTab = new Map<string, FakeSpreadsheet>();
  for (const ss of files) for (const s of ss.sheets) byTab.set(s.name, ss);
  for (const spec of generatedSpecs(opts)) {
    const ss = byTab.get(spec.name);
    if (!ss || !spec.formulas.length) continue;
    ss.env.counter.silently(() => {
      const lastInput = Math.min(...spec.formulas.map((f) => f.row)) - 1;
      const units = spec.values[0].length - FIRST_UNIT_COL;
      const block = spec.values
        .slice(FIRST_BODY_ROW - 1, lastInput)
        .map((row) => row.slice(FIRST_UNIT_COL - 1, FIRST_UNIT_COL - 1 + units));
      ss.sheet(spec.name).seed(block, `C${FIRST_BODY_ROW}`);
    });
  }
}
