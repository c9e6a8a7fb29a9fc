/**
 * Drift checks: each narrow interface of src/gas/types.ts against @types/google-apps-script. A type
 * test, checked by `tsc --noEmit` (tsconfig includes test/; `npm test` runs it) and not run by vitest:
 * it fails to compile when a narrow signature stops matching the real one — a method that no longer
 * exists, a return type that no longer fits, an overload with other arity or parameter types.
 */
import type {
  GBlob,
  GBlobSource,
  GChartOptions,
  GCharts,
  GConditionalFormatRule,
  GConditionalFormatRuleBuilder,
  GDataValidation,
  GDataValidationBuilder,
  GEmbeddedChart,
  GEmbeddedChartBuilder,
  GHtmlOutput,
  GHtmlService,
  GLock,
  GLockService,
  GMenu,
  GOverGridImage,
  GPromptResponse,
  GProtection,
  GRange,
  GRangeList,
  GSession,
  GSheet,
  GSpreadsheet,
  GSpreadsheetApp,
  GUi,
  GUser,
  GUtilities,
} from "../../src/gas/types";

type Assert<T extends true> = T;
type Eq<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Parameter tuples of every overload of F (up to 8) as a union. */
type Overloads<F> = F extends {
  (...a: infer A1): any;
  (...a: infer A2): any;
  (...a: infer A3): any;
  (...a: infer A4): any;
  (...a: infer A5): any;
  (...a: infer A6): any;
  (...a: infer A7): any;
  (...a: infer A8): any;
}
  ? A1 | A2 | A3 | A4 | A5 | A6 | A7 | A8
  : never;
/** Some real overload Q has P's arity and real argument types that fit P. */
type HasMatch<P extends any[], Qs> = true extends (
  Qs extends any[]
    ? Qs extends P
      ? Eq<Qs["length"], P["length"]>
      : false
    : false
)
  ? true
  : false;
type AllMatch<Ps, Qs> = false extends (Ps extends any[] ? HasMatch<Ps, Qs> : never) ? false : true;
type ParamsFit<Real, Narrow> = {
  [K in keyof Narrow]: K extends keyof Real
    ? Narrow[K] extends (...a: any) => any
      ? AllMatch<Overloads<Narrow[K]>, Overloads<Real[K]>>
      : true
    : false;
}[keyof Narrow];
/**
 * Real extends Narrow (every method exists, return types fit), and every narrow overload is a
 * real overload with the same arity whose parameter types are only widened to the subset types.
 */
type Fits<Real, Narrow> = [Real] extends [Narrow]
  ? false extends ParamsFit<Real, Narrow>
    ? false
    : true
  : false;
type RealSpreadsheetApp = typeof globalThis.SpreadsheetApp;

export type Drift = [
  Assert<Fits<RealSpreadsheetApp, GSpreadsheetApp>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.Spreadsheet, GSpreadsheet>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.Sheet, GSheet>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.Range, GRange>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.RangeList, GRangeList>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.DataValidation, GDataValidation>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.DataValidationBuilder, GDataValidationBuilder>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, GConditionalFormatRule>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, GConditionalFormatRuleBuilder>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.Protection, GProtection>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, GEmbeddedChartBuilder>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.EmbeddedChart, GEmbeddedChart>>,
  Assert<Fits<GoogleAppsScript.Charts.ChartOptions, GChartOptions>>,
  Assert<Fits<GoogleAppsScript.Spreadsheet.OverGridImage, GOverGridImage>>,
  Assert<Fits<GoogleAppsScript.Base.User, GUser>>,
  Assert<Fits<GoogleAppsScript.Base.Session, GSession>>,
  Assert<Fits<GoogleAppsScript.Base.Ui, GUi>>,
  Assert<Fits<GoogleAppsScript.Base.PromptResponse, GPromptResponse>>,
  Assert<Fits<GoogleAppsScript.Base.Menu, GMenu>>,
  Assert<Fits<GoogleAppsScript.HTML.HtmlService, GHtmlService>>,
  Assert<Fits<GoogleAppsScript.HTML.HtmlOutput, GHtmlOutput>>,
  Assert<Fits<GoogleAppsScript.Lock.LockService, GLockService>>,
  Assert<Fits<GoogleAppsScript.Lock.Lock, GLock>>,
  Assert<Fits<GoogleAppsScript.Base.BlobSource, GBlobSource>>,
  Assert<Fits<GoogleAppsScript.Base.Blob, GBlob>>,
  Assert<Fits<GoogleAppsScript.Utilities.Utilities, GUtilities>>,
  Assert<Fits<GoogleAppsScript.Charts.Charts, GCharts>>,
];
