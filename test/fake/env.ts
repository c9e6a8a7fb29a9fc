/** Shared state of one fake Apps Script environment: call counter, users, UI log, enums. */

export type CallCategory = "read" | "write" | "other" | "builder";

export interface CallSnapshot {
  total: number;
  reads: number;
  writes: number;
  builders: number;
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
]);
const WRITE = /^(set|insert|clear|merge|breakApart|protect|add|remove|assign|append|delete|update)/;
const BUILDERS = new Set([
  "DataValidationBuilder",
  "ConditionalFormatRuleBuilder",
  "EmbeddedChartBuilder",
  "Menu",
]);
/** Classes whose set/insert/clear... calls change the document (HtmlOutput.setTitle is no write). */
const DOCUMENT = new Set(["SpreadsheetApp", "Spreadsheet", "Sheet", "Range", "Protection", "OverGridImage"]);

/** Classifies "Class.method": builder classes apart; reads and writes by method name. */
export function categorize(key: string): CallCategory {
  const [cls, method = ""] = key.split(".");
  if (BUILDERS.has(cls)) return "builder";
  if (READS.has(method)) return "read";
  return DOCUMENT.has(cls) && WRITE.test(method) ? "write" : "other";
}

/**
 * Counts every call on every fake service object, keyed "Class.method".
 * `total` counts service calls (builders excluded); builder calls are counted in `builders`.
 */
export class CallCounter {
  total = 0;
  reads = 0;
  writes = 0;
  builders = 0;
  private readonly calls = new Map<string, number>();
  private paused = 0;

  hit(key: string): void {
    if (this.paused > 0) return;
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
    const category = categorize(key);
    if (category === "builder") {
      this.builders++;
      return;
    }
    this.total++;
    if (category === "read") this.reads++;
    if (category === "write") this.writes++;
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
    this.total = this.reads = this.writes = this.builders = 0;
    this.calls.clear();
  }

  snapshot(): CallSnapshot {
    const calls = Object.fromEntries([...this.calls].sort(([a], [b]) => a.localeCompare(b)));
    return { total: this.total, reads: this.reads, writes: this.writes, builders: this.builders, calls };
  }
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
    readonly userEmail = "user@example.com",
    readonly ownerEmail = userEmail,
  ) {}
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
