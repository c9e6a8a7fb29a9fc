/**
 * The roll-up on an .xlsx workbook's values: the same core function the add-in uses
 * (src/core/workbook/input.ts), so both paths give the same report for the same cell values.
 */
export {
  readTables,
  rollupWorkbook,
  type TablesRead,
  valuesOf,
  type WorkbookRollup as XlsxRollup,
  type WorkbookTables,
  type WorkbookValues,
  workbookFramework,
} from "../core/usecases/rollupWorkbook";
