/** Shared state of one fake Apps Script environment: call counter and costs, executions, users, UI log, enums. */

import { EXCEEDED_TIME } from "./limits";

export type CallCategory = "read" | "write" | "other" | "builder";

export interface CallSnapshot {
  total: number;
  reads: number;
  writes: number;
  builders: number;
  /** Estimated ms of all counted calls (see COST_MS). */
  estimatedMs: number;
  /** "Class.method" → number of calls (builder calls included). */
  calls: Record<string, number>;
}

const READS = new Set([
  "getValues",
  "getDisplayValues",
  "getFormulas",
  "getNotes",
  "getDataValidations",
  "getValue",
  "getSheetValues",
]);
const WRITE = /^(set|insert|clear|merge|breakApart|protect|add|remove|assign|append|delete|update)/;
const BUILDERS = new Set([
  "DataValidationBuilder",
  "ConditionalFormatRuleBuilder",
  "EmbeddedChartBuilder",
  "Menu",
]);
/** Classes whose set/insert/clear... calls change the document (HtmlOutput.setTitle is no write). */
const DOCUMENT = new Set([
  "SpreadsheetApp",
  "Spreadsheet",
  "Sheet",
  "Range",
  "RangeList",
  "Protection",
  "OverGridImage",
]);

/** Classifies "Class.method": builder classes apart; reads and writes by method name. */
export function categorize(key: string): CallCategory {
  const [cls, method = ""] = key.split(".");
  if (BUILDERS.has(cls)) return "builder";
  if (READS.has(method)) return "read";
  return DOCUMENT.has(cls) && WRITE.test(method) ? "write" : "other";
}

/**
 * Estimated cost of one call, in ms of Apps Script execution time. These are ESTIMATES, chosen on
 * the slow side of what scripts observe (Google publishes no per-call figures): a call that reaches
 * the spreadsheet back end is a round trip of tens of milliseconds, reading cached metadata costs a
 * few, and builders / value objects never leave the script. They feed the execution-time budget
 * (6 min per run, 30 s per custom function) and the bench; keep them in this one table.
 */
const COST_BY_CATEGORY: Record<CallCategory, number> = { builder: 0, read: 40, write: 50, other: 5 };
const COST_MS: Record<string, number> = {
  // metadata and geometry (cached by the service after the first call)
  "SpreadsheetApp.getActiveSpreadsheet": 10,
  "SpreadsheetApp.getActive": 10,
  "SpreadsheetApp.getUi": 5,
  "SpreadsheetApp.newDataValidation": 0,
  "SpreadsheetApp.newConditionalFormatRule": 0,
  "SpreadsheetApp.flush": 100,
  "Spreadsheet.getSheets": 5,
  "Spreadsheet.getSheetByName": 3,
  "Spreadsheet.getRange": 3,
  "Spreadsheet.getRangeList": 5,
  "Spreadsheet.getEditors": 100,
  "Spreadsheet.getOwner": 50,
  "Sheet.getRange": 2,
  "Sheet.getRangeList": 5,
  "Sheet.getDataRange": 10,
  "Sheet.getLastRow": 10,
  "Sheet.getLastColumn": 10,
  "RangeList.getRanges": 1,
  "User.getEmail": 1,
  "Spreadsheet.getId": 1,
  "Spreadsheet.getName": 1,
  "Spreadsheet.getUrl": 1,
  "Sheet.isSheetHidden": 1,
  "Sheet.hideSheet": 100,
  // other spreadsheets (file per ward). Google publishes no per-call times; its quota page
  // (developers.google.com/apps-script/guides/services/quotas) caps "Spreadsheets created" per day
  // (250 consumer, 3,200 Workspace) and total runtime at 6 min. Opening another file loads it on the
  // server (scripts report 1–2 s); creating one makes a Drive file; sharing writes Drive permissions
  // and sends each new editor an e-mail. Slow-side estimates:
  "SpreadsheetApp.openById": 1_500,
  "SpreadsheetApp.openByUrl": 1_500,
  "SpreadsheetApp.create": 3_000,
  "Spreadsheet.addEditors": 1_500,
  "Spreadsheet.addEditor": 1_500,
  // values (one round trip each)
  "Range.getValues": 40,
  "Sheet.getSheetValues": 40,
  "Range.getDisplayValues": 50,
  "Range.getFormulas": 40,
  "Range.getNotes": 40,
  "Range.getValue": 30,
  "Range.getDataValidations": 60,
  "Range.setValues": 60,
  "Range.setValue": 40,
  "Range.setFormula": 40,
  "Range.setFormulas": 60,
  "Range.clearContent": 40,
  // formatting, validation, conditional formats
  "Range.setDataValidation": 100,
  "Range.setDataValidations": 100,
  "Range.clearDataValidations": 60,
  "Sheet.setConditionalFormatRules": 100,
  "Sheet.getConditionalFormatRules": 30,
  "Range.merge": 50,
  "Range.mergeAcross": 50,
  "Range.breakApart": 50,
  // fonts, alignment, borders: one round trip each; a RangeList setter is one request for all its ranges
  "Range.setFontFamily": 50,
  "Range.setFontSize": 50,
  "Range.setFontSizes": 60,
  "Range.setBorder": 50,
  "RangeList.setHorizontalAlignment": 60,
  "RangeList.setVerticalAlignment": 60,
  "RangeList.setWrap": 60,
  "RangeList.setBorder": 60,
  "RangeList.breakApart": 60,
  "Sheet.setRowHeight": 50,
  "Sheet.setRowHeights": 50,
  "Sheet.setRowHeightsForced": 50,
  "Sheet.clear": 100,
  // protections (sharing checks on Google's side)
  "Range.protect": 300,
  "Sheet.protect": 300,
  "Sheet.getProtections": 100,
  "Protection.addEditor": 200,
  "Protection.addEditors": 200,
  "Protection.removeEditors": 200,
  "Protection.getEditors": 100,
  "Protection.setUnprotectedRanges": 150,
  "Protection.setDomainEdit": 150,
  "Protection.setWarningOnly": 150,
  "Protection.setDescription": 150,
  "Protection.setRange": 150,
  "Protection.remove": 150,
  "Protection.canEdit": 30,
  "Protection.canDomainEdit": 30,
  "Protection.getDescription": 5,
  "Protection.getRange": 5,
  "Protection.getUnprotectedRanges": 10,
  "Protection.isWarningOnly": 5,
  "Protection.getProtectionType": 1,
  // structure, drawings, UI
  "Spreadsheet.insertSheet": 300,
  "Sheet.insertRowsAfter": 100,
  "Sheet.insertColumnsAfter": 100,
  "Sheet.setName": 100,
  "Sheet.insertChart": 300,
  "Sheet.removeChart": 150,
  "Sheet.getCharts": 30,
  "Sheet.insertImage": 300,
  "Sheet.getImages": 30,
  "Sheet.activate": 50,
  "Spreadsheet.setActiveSheet": 50,
  "Range.activate": 50,
  "Spreadsheet.toast": 50,
  "Menu.addToUi": 20,
  // a person reads the alert and clicks: the script waits
  "Ui.alert": 5_000,
  "Ui.prompt": 10_000,
  "PromptResponse.getResponseText": 1,
  "PromptResponse.getSelectedButton": 1,
  "Ui.showSidebar": 200,
  "Ui.showModalDialog": 200,
  "HtmlService.createHtmlOutputFromFile": 20,
  "Lock.tryLock": 50,
  "Lock.waitLock": 50,
  "Session.getActiveUser": 10,
  "Session.getEffectiveUser": 10,
};

export type ExecutionKind = "script" | "customFunction";

interface ExecutionState {
  limitMs: number;
  kind: ExecutionKind;
  spentMs: number;
}

/** One running execution; `end()` restores the one that was running before (if any). */
export interface Execution {
  readonly limitMs: number;
  readonly kind: ExecutionKind;
  /** Estimated ms spent so far in this execution. */
  readonly spentMs: number;
  end(): void;
}

/**
 * Counts every call on every fake service object, keyed "Class.method", and its estimated cost.
 * `total` counts service calls (builders excluded); builder calls are counted in `builders`.
 * During an execution (FakeEnv.beginExecution) it throws "Exceeded maximum execution time" once
 * the estimate of that execution passes its limit.
 */
export class CallCounter {
  total = 0;
  reads = 0;
  writes = 0;
  builders = 0;
  /** Running total of estimated ms since the last reset. */
  estimatedMs = 0;
  private readonly calls = new Map<string, number>();
  private paused = 0;
  private execution: ExecutionState | null = null;

  /** Estimated ms of one call of "Class.method" (see COST_MS). */
  costOf(key: string): number {
    return COST_MS[key] ?? COST_BY_CATEGORY[categorize(key)];
  }

  hit(key: string): void {
    if (this.paused > 0) return;
    const category = categorize(key);
    const run = this.execution;
    if (run?.kind === "customFunction") checkCustomFunctionCall(key, category);
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
    const cost = this.costOf(key);
    this.estimatedMs += cost;
    if (category === "builder") this.builders++;
    else {
      this.total++;
      if (category === "read") this.reads++;
      if (category === "write") this.writes++;
    }
    if (run) {
      run.spentMs += cost;
      if (run.spentMs > run.limitMs) throw new Error(EXCEEDED_TIME);
    }
  }

  /** Starts an execution with its own budget (FakeEnv.beginExecution). */
  begin(limitMs: number, kind: ExecutionKind): Execution {
    const previous = this.execution;
    const state: ExecutionState = { limitMs, kind, spentMs: 0 };
    this.execution = state;
    return {
      limitMs,
      kind,
      get spentMs() {
        return state.spentMs;
      },
      end: () => {
        if (this.execution === state) this.execution = previous;
      },
    };
  }

  /** Calls of one "Class.method" (or of every class when given just ".method"). */
  count(key: string): number {
    if (!key.startsWith(".")) return this.calls.get(key) ?? 0;
    let n = 0;
    for (const [k, v] of this.calls) if (k.endsWith(key)) n += v;
    return n;
  }

  /** Runs `fn` without counting (test setup through the fake's own API). */
  silently<T>(fn: () => T): T {
    this.paused++;
    try {
      return fn();
    } finally {
      this.paused--;
    }
  }

  reset(): void {
    this.total = this.reads = this.writes = this.builders = this.estimatedMs = 0;
    this.calls.clear();
  }

  /** What was counted since `before` (a snapshot of this counter): one click's calls and cost. */
  since(before: CallSnapshot): CallSnapshot {
    const after = this.snapshot();
    const calls: Record<string, number> = {};
    for (const [k, v] of Object.entries(after.calls))
      if (v !== (before.calls[k] ?? 0)) calls[k] = v - (before.calls[k] ?? 0);
    return {
      total: after.total - before.total,
      reads: after.reads - before.reads,
      writes: after.writes - before.writes,
      builders: after.builders - before.builders,
      estimatedMs: after.estimatedMs - before.estimatedMs,
      calls,
    };
  }

  snapshot(): CallSnapshot {
    const calls = Object.fromEntries([...this.calls].sort(([a], [b]) => a.localeCompare(b)));
    return {
      total: this.total,
      reads: this.reads,
      writes: this.writes,
      builders: this.builders,
      estimatedMs: this.estimatedMs,
      calls,
    };
  }
}

/**
 * Custom functions may read but not change the document or show UI
 * (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
 */
function checkCustomFunctionCall(key: string, category: CallCategory): void {
  const method = key.split(".")[1] ?? "";
  if (category === "write") throw new Error(`You do not have permission to call ${method}`);
  if (key === "SpreadsheetApp.getUi" || key.startsWith("Ui."))
    throw new Error("Cannot call SpreadsheetApp.getUi() from this context.");
}

export interface ToastRecord {
  msg: string;
  title?: string;
  timeoutSeconds?: number | null;
}

/** What every fake object of one environment shares. */
export class FakeEnv {
  readonly counter = new CallCounter();
  readonly toasts: ToastRecord[] = [];
  constructor(
    /** The user running the script (Session.getEffectiveUser); a test may switch it (actAs). */
    public userEmail = "user@example.com",
    readonly ownerEmail = userEmail,
  ) {}

  /**
   * Starts one execution (a menu item, trigger, sidebar call or custom function): its estimated
   * time may not pass `limitMs` (360,000 for a script, 30,000 for a custom function or simple
   * trigger). `end()` on the result restores the execution that was running before.
   */
  beginExecution(limitMs: number, kind: ExecutionKind = "script"): Execution {
    return this.counter.begin(limitMs, kind);
  }
}

/**
 * Apps Script enums are opaque objects whose String() is the member name; the fake uses the
 * name string itself, typed as the real enum.
 */
export function fakeEnum<E>(names: readonly string[]): E {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as unknown as E;
}

/** The member name of a fake (or real) enum value. */
export function enumName(value: unknown): string {
  return String(value);
}

export const PROTECTION_TYPES = ["RANGE", "SHEET"] as const;
export const DATA_VALIDATION_CRITERIA = [
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
] as const;
export const WRAP_STRATEGIES = ["WRAP", "OVERFLOW", "CLIP"] as const;
export const BUTTONS = ["CLOSE", "OK", "CANCEL", "YES", "NO"] as const;
export const BUTTON_SETS = ["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"] as const;
export const CHART_TYPES = [
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
] as const;

/** Cross-realm Date check (values may come from a `node:vm` context). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}
