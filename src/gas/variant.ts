/**
 * Which Apps Script bundle this is: build.mjs defines __TDP_VARIANT__ as "single" (dist/, the shared
 * workbook, spreadsheets.currentonly) or "multi" (dist-multi/, file per ward: docs/multi-file.md).
 * Code that imports src/gas without a build (tests of the modules) sees the single workbook.
 *
 * esbuild folds the define, and drops the dead branch with all it alone imports, only inside the
 * expression that tests it: src/gas/commands.ts tests it inline so the single bundle holds none of
 * the ward-file code; MULTI below is for code whose both branches are small (the consent scope).
 */
declare global {
  const __TDP_VARIANT__: string | undefined;
}

/** The file-per-ward bundle: its menu has "Tạo tệp cho từng xã/phường" and "Thu thập từ các tệp". */
export const MULTI: boolean = typeof __TDP_VARIANT__ !== "undefined" && __TDP_VARIANT__ === "multi";
