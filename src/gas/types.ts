/**
 * The narrow subset of the Apps Script API our adapters may use.
 *
 * Signatures are copied from @types/google-apps-script; methods that return another object of
 * this subset return our narrow interface instead. The drift checks in test/gas/types.test-d.ts
 * make `tsc --noEmit` fail when a narrow signature stops matching the real one.
 *
 * Everything here is type-only except `gas()`, which reads the Apps Script globals at call time.
 */

type Integer = number;
type Byte = number;

// Real enums / value types we reuse verbatim.
export type ProtectionTypeEnum = GoogleAppsScript.Spreadsheet.ProtectionType;
export type DataValidationCriteriaEnum = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
export type WrapStrategyEnum = GoogleAppsScript.Spreadsheet.WrapStrategy;
export type ChartTypeEnum = GoogleAppsScript.Charts.ChartType;
export type ButtonEnum = GoogleAppsScript.Base.Button;
export type ButtonSetEnum = GoogleAppsScript.Base.ButtonSet;
export type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
export type BooleanCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
export type HorizontalAlignment = "left" | "center" | "normal" | "right" | null;
export type VerticalAlignment = "top" | "middle" | "bottom" | null;

// ---------------------------------------------------------------- Spreadsheet service

export interface GSpreadsheetApp {
  ProtectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  DataValidationCriteria: typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  WrapStrategy: typeof GoogleAppsScript.Spreadsheet.WrapStrategy;
  getActiveSpreadsheet(): GSpreadsheet;
  getActive(): GSpreadsheet;
  getUi(): GUi;
  newDataValidation(): GDataValidationBuilder;
  newConditionalFormatRule(): GConditionalFormatRuleBuilder;
  flush(): void;
  /**
   * Another spreadsheet, by id or link; a new one in the user's Drive. The file-per-ward variant only
   * (dist-multi): all three need the `spreadsheets` scope, which the single bundle does not ask for.
   */
  openById(id: string): GSpreadsheet;
  openByUrl(url: string): GSpreadsheet;
  create(name: string): GSpreadsheet;
}

export interface GSpreadsheet {
  getSheets(): GSheet[];
  getSheetByName(name: string): GSheet | null;
  insertSheet(sheetName: string, sheetIndex: Integer): GSheet;
  getActiveSheet(): GSheet;
  getActiveRange(): GRange | null;
  setActiveSheet(sheet: GSheet): GSheet;
  toast(msg: string): void;
  toast(msg: string, title: string): void;
  toast(msg: string, title: string, timeoutSeconds: number | null): void;
  getId(): string;
  getName(): string;
  getSpreadsheetTimeZone(): string;
  setSpreadsheetTimeZone(timezone: string): void;
  getSpreadsheetLocale(): string;
  setSpreadsheetLocale(locale: string): void;
  /** The file's editors (owner included): only they can be editors of a protection that works. */
  getEditors(): GUser[];
  getRange(a1Notation: string): GRange;
  getRangeList(a1Notations: string[]): GRangeList;
  getOwner(): GUser | null;
  /** The link that opens it (file per ward: written into Danh mục). */
  getUrl(): string;
  /** Shares the file for editing (file per ward: a ward's editors get their own file). */
  addEditors(emailAddresses: string[]): GSpreadsheet;
}

export interface GSheet {
  setRowHeights(startRow: number, numRows: number, height: number): GSheet;
  setRowHeightsForced(startRow: number, numRows: number, height: number): GSheet;
  getName(): string;
  setName(name: string): GSheet;
  getSheetId(): Integer;
  getIndex(): Integer;
  getRange(row: Integer, column: Integer): GRange;
  getRange(row: Integer, column: Integer, numRows: Integer): GRange;
  getRange(row: Integer, column: Integer, numRows: Integer, numColumns: Integer): GRange;
  getRange(a1Notation: string): GRange;
  getRangeList(a1Notations: string[]): GRangeList;
  getDataRange(): GRange;
  getSheetValues(startRow: Integer, startColumn: Integer, numRows: Integer, numColumns: Integer): any[][];
  getLastRow(): Integer;
  getLastColumn(): Integer;
  getMaxRows(): Integer;
  getMaxColumns(): Integer;
  insertRowsAfter(afterPosition: Integer, howMany: Integer): GSheet;
  insertColumnsAfter(afterPosition: Integer, howMany: Integer): GSheet;
  setFrozenRows(rows: Integer): void;
  setFrozenColumns(columns: Integer): void;
  getFrozenRows(): Integer;
  getFrozenColumns(): Integer;
  setColumnWidth(columnPosition: Integer, width: Integer): GSheet;
  setColumnWidths(startColumn: Integer, numColumns: Integer, width: Integer): GSheet;
  setRowHeight(rowPosition: Integer, height: Integer): GSheet;
  protect(): GProtection;
  getProtections(type: ProtectionTypeEnum): GProtection[];
  clear(): GSheet;
  activate(): GSheet;
  getConditionalFormatRules(): GConditionalFormatRule[];
  setConditionalFormatRules(rules: GConditionalFormatRule[]): void;
  newChart(): GEmbeddedChartBuilder;
  insertChart(chart: GEmbeddedChart): void;
  getCharts(): GEmbeddedChart[];
  removeChart(chart: GEmbeddedChart): void;
  setTabColor(color: string | null): GSheet;
  insertImage(blobSource: GBlobSource, column: Integer, row: Integer): GOverGridImage;
  getImages(): GOverGridImage[];
  getParent(): GSpreadsheet;
  hideSheet(): GSheet;
  isSheetHidden(): boolean;
}

export interface GRange {
  mergeAcross(): GRange;
  setFontFamily(fontFamily: string | null): GRange;
  setFontSizes(sizes: number[][]): GRange;
  getValues(): any[][];
  setValues(values: any[][]): GRange;
  getValue(): any;
  setValue(value: any): GRange;
  getDisplayValues(): string[][];
  getFormulas(): string[][];
  setFormula(formula: string): GRange;
  setFormulas(formulas: string[][]): GRange;
  getA1Notation(): string;
  getRow(): Integer;
  getColumn(): Integer;
  getNumRows(): Integer;
  getNumColumns(): Integer;
  getLastRow(): Integer;
  getLastColumn(): Integer;
  getSheet(): GSheet;
  setDataValidation(rule: GDataValidation | null): GRange;
  setDataValidations(rules: Array<Array<GDataValidation | null>>): GRange;
  getDataValidations(): Array<Array<GDataValidation | null>>;
  clearDataValidations(): GRange;
  setNumberFormat(numberFormat: string): GRange;
  setNumberFormats(numberFormats: string[][]): GRange;
  setFontWeight(fontWeight: FontWeight | null): GRange;
  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): GRange;
  setFontColor(color: string | null): GRange;
  setFontSize(size: Integer): GRange;
  setBackground(color: string | null): GRange;
  setBackgrounds(color: Array<Array<string | null>>): GRange;
  setWrap(isWrapEnabled: boolean): GRange;
  setWrapStrategy(strategy: WrapStrategyEnum): GRange;
  setHorizontalAlignment(alignment: HorizontalAlignment): GRange;
  setVerticalAlignment(alignment: VerticalAlignment): GRange;
  setNote(note: string | null): GRange;
  setNotes(notes: Array<Array<string | null>>): GRange;
  getNotes(): string[][];
  merge(): GRange;
  breakApart(): GRange;
  getMergedRanges(): GRange[];
  isPartOfMerge(): boolean;
  activate(): GRange;
  clearContent(): GRange;
  clearFormat(): GRange;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): GRange;
  protect(): GProtection;
  offset(rowOffset: Integer, columnOffset: Integer, numRows: Integer, numColumns: Integer): GRange;
}

export interface GRangeList {
  getRanges(): GRange[];
  setHorizontalAlignment(alignment: HorizontalAlignment): GRangeList;
  setVerticalAlignment(alignment: VerticalAlignment): GRangeList;
  setWrap(isWrapEnabled: boolean): GRangeList;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): GRangeList;
  breakApart(): GRangeList;
}

export interface GDataValidation {
  getCriteriaType(): DataValidationCriteriaEnum;
  getCriteriaValues(): any[];
  getAllowInvalid(): boolean;
  getHelpText(): string;
}

export interface GDataValidationBuilder {
  requireValueInList(values: string[]): GDataValidationBuilder;
  requireValueInList(values: string[], showDropdown: boolean): GDataValidationBuilder;
  requireValueInRange(range: GRange): GDataValidationBuilder;
  requireValueInRange(range: GRange, showDropdown: boolean): GDataValidationBuilder;
  requireCheckbox(): GDataValidationBuilder;
  requireCheckbox(checkedValue: any): GDataValidationBuilder;
  requireCheckbox(checkedValue: any, uncheckedValue: any): GDataValidationBuilder;
  requireNumberBetween(start: number, end: number): GDataValidationBuilder;
  requireFormulaSatisfied(formula: string): GDataValidationBuilder;
  requireTextIsEmail(): GDataValidationBuilder;
  setAllowInvalid(allowInvalidData: boolean): GDataValidationBuilder;
  setHelpText(helpText: string): GDataValidationBuilder;
  build(): GDataValidation;
}

export interface GConditionalFormatRule {
  getRanges(): GRange[];
  getBooleanCondition(): BooleanCondition | null;
}

export interface GConditionalFormatRuleBuilder {
  whenTextEqualTo(text: string): GConditionalFormatRuleBuilder;
  whenCellEmpty(): GConditionalFormatRuleBuilder;
  whenFormulaSatisfied(formula: string): GConditionalFormatRuleBuilder;
  setBackground(color: string | null): GConditionalFormatRuleBuilder;
  setFontColor(color: string | null): GConditionalFormatRuleBuilder;
  setBold(bold: boolean | null): GConditionalFormatRuleBuilder;
  setRanges(ranges: GRange[]): GConditionalFormatRuleBuilder;
  build(): GConditionalFormatRule;
}

export interface GProtection {
  setDescription(description: string): GProtection;
  getDescription(): string;
  addEditor(emailAddress: string): GProtection;
  addEditor(user: GUser): GProtection;
  addEditors(emailAddresses: string[]): GProtection;
  removeEditors(emailAddresses: string[]): GProtection;
  removeEditors(users: GUser[]): GProtection;
  getEditors(): GUser[];
  setWarningOnly(warningOnly: boolean): GProtection;
  isWarningOnly(): boolean;
  canDomainEdit(): boolean;
  setDomainEdit(editable: boolean): GProtection;
  setUnprotectedRanges(ranges: GRange[]): GProtection;
  getUnprotectedRanges(): GRange[];
  getRange(): GRange;
  setRange(range: GRange): GProtection;
  remove(): void;
  getProtectionType(): ProtectionTypeEnum;
  /** False when the user running the script may not edit this protection (changing it throws). */
  canEdit(): boolean;
}

export interface GEmbeddedChartBuilder {
  setChartType(type: ChartTypeEnum): GEmbeddedChartBuilder;
  addRange(range: GRange): GEmbeddedChartBuilder;
  setPosition(
    anchorRowPos: Integer,
    anchorColPos: Integer,
    offsetX: Integer,
    offsetY: Integer,
  ): GEmbeddedChartBuilder;
  setOption(option: string, value: any): GEmbeddedChartBuilder;
  setNumHeaders(headers: Integer): GEmbeddedChartBuilder;
  build(): GEmbeddedChart;
}

export interface GEmbeddedChart {
  getRanges(): GRange[];
  getOptions(): GChartOptions;
  getContainerInfo(): GChartContainerInfo;
}

/** Where an embedded chart is anchored (its top-left cell). */
export interface GChartContainerInfo {
  getAnchorRow(): Integer;
  getAnchorColumn(): Integer;
}

export interface GChartOptions {
  get(option: string): any;
}

export interface GOverGridImage {
  assignScript(functionName: string): GOverGridImage;
  getScript(): string;
  setAltTextTitle(title: string): GOverGridImage;
  remove(): void;
  getAnchorCell(): GRange;
}

// ---------------------------------------------------------------- Base / other services

export interface GUser {
  getEmail(): string;
}

export interface GSession {
  getEffectiveUser(): GUser;
  getActiveUser(): GUser;
}

export interface GUi {
  Button: typeof GoogleAppsScript.Base.Button;
  ButtonSet: typeof GoogleAppsScript.Base.ButtonSet;
  createMenu(caption: string): GMenu;
  createAddonMenu(): GMenu;
  alert(prompt: string): ButtonEnum;
  alert(prompt: string, buttons: ButtonSetEnum): ButtonEnum;
  alert(title: string, prompt: string, buttons: ButtonSetEnum): ButtonEnum;
  prompt(title: string, prompt: string, buttons: ButtonSetEnum): GPromptResponse;
  showSidebar(userInterface: GHtmlOutput): void;
  showModalDialog(userInterface: GHtmlOutput, title: string): void;
}

export interface GPromptResponse {
  getResponseText(): string;
  getSelectedButton(): ButtonEnum;
}

export interface GMenu {
  addItem(caption: string, functionName: string): GMenu;
  addSeparator(): GMenu;
  addSubMenu(menu: GMenu): GMenu;
  addToUi(): void;
}

export interface GHtmlService {
  createHtmlOutput(html: string): GHtmlOutput;
  createHtmlOutputFromFile(filename: string): GHtmlOutput;
}

export interface GHtmlOutput {
  setTitle(title: string): GHtmlOutput;
  setWidth(width: Integer): GHtmlOutput;
  setHeight(height: Integer): GHtmlOutput;
  getContent(): string;
}

export interface GLockService {
  getDocumentLock(): GLock;
  getScriptLock(): GLock;
}

export interface GLock {
  tryLock(timeoutInMillis: Integer): boolean;
  waitLock(timeoutInMillis: Integer): void;
  releaseLock(): void;
  hasLock(): boolean;
}

export interface GBlobSource {
  getAs(contentType: string): GBlob;
  getBlob(): GBlob;
}

export interface GBlob extends GBlobSource {
  getBytes(): Byte[];
  getContentType(): string | null;
  getName(): string | null;
  getDataAsString(): string;
}

export interface GUtilities {
  base64Decode(encoded: string): Byte[];
  newBlob(data: Byte[]): GBlob;
  newBlob(data: Byte[], contentType: string): GBlob;
  newBlob(data: Byte[], contentType: string, name: string): GBlob;
}

export interface GCharts {
  ChartType: typeof GoogleAppsScript.Charts.ChartType;
}

/**
 * ScriptApp for granular consent. Google's reference documents
 * `getAuthorizationInfo(authMode, oAuthScopes)` and `AuthorizationInfo.getAuthorizedScopes()`
 * ("which scopes in the specified list have been authorized"); @types/google-apps-script 2.0.13
 * has neither, so both are optional here and the code works without them.
 */
export interface GAuthorizationInfo {
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus;
  getAuthorizationUrl(): string | null;
  getAuthorizedScopes?(): string[] | null;
}

export interface GScriptApp {
  AuthMode: typeof GoogleAppsScript.Script.AuthMode;
  AuthorizationStatus: typeof GoogleAppsScript.Script.AuthorizationStatus;
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes?: string[],
  ): GAuthorizationInfo;
}

// ---------------------------------------------------------------- runtime access

export interface GasServices {
  SpreadsheetApp: GSpreadsheetApp;
  HtmlService: GHtmlService;
  LockService: GLockService;
  Session: GSession;
  Utilities: GUtilities;
  Charts: GCharts;
  /** Absent only in tests that do not install it. */
  ScriptApp?: GScriptApp;
}

/**
 * The Apps Script globals, looked up at call time (so a test can install fakes on the global
 * object after the bundle loaded). Each assignment from the real declared type to the narrow
 * type is itself a drift check.
 */
export function gas(): GasServices {
  const g = globalThis;
  return {
    SpreadsheetApp: g.SpreadsheetApp,
    HtmlService: g.HtmlService,
    LockService: g.LockService,
    Session: g.Session,
    Utilities: g.Utilities,
    Charts: g.Charts,
    ScriptApp: g.ScriptApp,
  };
}

/**
 * The email of the person running the script, or "" when Google withholds it (consumer accounts in
 * some contexts) — never throws. Needs the userinfo.email scope (appsscript.json).
 */
export function currentUserEmail(): string {
  try {
    const { Session } = gas();
    return (Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || "").toLowerCase();
  } catch {
    return "";
  }
}
