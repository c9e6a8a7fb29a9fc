/** Data validation and conditional format rules (immutable values) with their builders. */

import type {
  BooleanCondition,
  DataValidationCriteriaEnum,
  GConditionalFormatRule,
  GConditionalFormatRuleBuilder,
  GDataValidation,
  GDataValidationBuilder,
  GRange,
} from "../../src/gas/types";
import type { Rect } from "./a1";
import type { FakeEnv } from "./env";
import { isDate } from "./env";
import {
  MAX_CF_RANGES,
  MAX_HELP_TEXT,
  MAX_LIST_ITEMS,
  TOO_LONG_HELP_TEXT,
  TOO_MANY_CF_RANGES,
  TOO_MANY_LIST_ITEMS,
} from "./limits";
import type { FakeRange, FakeSheet } from "./spreadsheet";

// ---------------------------------------------------------------- data validation

/** Plain-data view of a rule, for snapshots and assertions. */
export interface ValidationState {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class FakeDataValidation implements GDataValidation {
  constructor(
    private readonly env: FakeEnv,
    readonly criteria: string,
    readonly values: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}

  private hit(method: string) {
    this.env.counter.hit(`DataValidation.${method}`);
  }

  getCriteriaType(): DataValidationCriteriaEnum {
    this.hit("getCriteriaType");
    return this.criteria as unknown as DataValidationCriteriaEnum;
  }
  getCriteriaValues(): any[] {
    this.hit("getCriteriaValues");
    return [...this.values];
  }
  getAllowInvalid(): boolean {
    this.hit("getAllowInvalid");
    return this.allowInvalid;
  }
  getHelpText(): string {
    this.hit("getHelpText");
    return this.helpText;
  }

  state(): ValidationState {
    const values = this.values.map((v) => (isFakeRange(v) ? v.a1WithSheet() : Array.isArray(v) ? [...v] : v));
    return { criteria: this.criteria, values, allowInvalid: this.allowInvalid, helpText: this.helpText };
  }

  /** Whether `value` would be rejected by the Sheets UI (scripts bypass the check). */
  rejects(value: unknown): boolean {
    if (value === "") return false;
    switch (this.criteria) {
      case "VALUE_IN_LIST":
        return !(this.values[0] as unknown[]).some((v) => String(v) === String(value));
      case "VALUE_IN_RANGE": {
        const allowed = (this.values[0] as FakeRange).peekValues().flat();
        return !allowed.some((v) => v !== "" && String(v) === String(value));
      }
      case "CHECKBOX":
        return this.values.length === 0 ? typeof value !== "boolean" : !this.values.includes(value);
      default:
        return false;
    }
  }
}

function isFakeRange(v: unknown): v is FakeRange {
  return typeof v === "object" && v !== null && "a1WithSheet" in v;
}

export class FakeDataValidationBuilder implements GDataValidationBuilder {
  private criteria = "";
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = "";

  constructor(private readonly env: FakeEnv) {}

  private hit(method: string) {
    this.env.counter.hit(`DataValidationBuilder.${method}`);
  }

  requireValueInList(values: string[], showDropdown = true): FakeDataValidationBuilder {
    this.hit("requireValueInList");
    if (values.length > MAX_LIST_ITEMS) throw new Error(TOO_MANY_LIST_ITEMS);
    this.criteria = "VALUE_IN_LIST";
    this.values = [[...values], showDropdown];
    return this;
  }
  requireValueInRange(range: GRange, showDropdown = true): FakeDataValidationBuilder {
    this.hit("requireValueInRange");
    this.criteria = "VALUE_IN_RANGE";
    this.values = [range, showDropdown];
    return this;
  }
  requireCheckbox(...checkedUnchecked: any[]): FakeDataValidationBuilder {
    this.hit("requireCheckbox");
    this.criteria = "CHECKBOX";
    this.values = checkedUnchecked;
    return this;
  }
  setAllowInvalid(allowInvalidData: boolean): FakeDataValidationBuilder {
    this.hit("setAllowInvalid");
    this.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): FakeDataValidationBuilder {
    this.hit("setHelpText");
    if (String(helpText).length > MAX_HELP_TEXT) throw new Error(TOO_LONG_HELP_TEXT);
    this.helpText = helpText;
    return this;
  }
  build(): FakeDataValidation {
    this.hit("build");
    // Apps Script: "You must specify a validation criteria type..." when none was set.
    if (!this.criteria) throw new Error("A data validation rule must have a criteria type.");
    return new FakeDataValidation(
      this.env,
      this.criteria,
      [...this.values],
      this.allowInvalid,
      this.helpText,
    );
  }
}

// ---------------------------------------------------------------- conditional formats

export interface ConditionalFormatState {
  condition: { type: string; values: unknown[] } | null;
  format: { background?: string | null; fontColor?: string | null; bold?: boolean | null };
  ranges: string[];
}

/** A range stored by value: a sheet plus a rect that the sheet shifts on row/column inserts. */
export interface StoredRange {
  sheet: FakeSheet;
  rect: Rect;
}

/** A Range of this fake, stored by value. */
export function toStoredRange(range: GRange): StoredRange {
  if (!isFakeRange(range)) throw new Error("Not a Range of this fake.");
  return { sheet: range.sheet, rect: { ...range.rect } };
}

export class FakeConditionalFormatRule implements GConditionalFormatRule {
  constructor(
    private readonly env: FakeEnv,
    readonly condition: ConditionalFormatState["condition"],
    readonly format: ConditionalFormatState["format"],
    readonly ranges: StoredRange[],
  ) {}

  getRanges(): GRange[] {
    this.env.counter.hit("ConditionalFormatRule.getRanges");
    return this.ranges.map((r) => r.sheet.rangeAt({ ...r.rect }));
  }
  /** The fake does not model BooleanCondition; inspect `condition` / `state()` instead. */
  getBooleanCondition(): BooleanCondition | null {
    this.env.counter.hit("ConditionalFormatRule.getBooleanCondition");
    return null;
  }

  /** A copy whose rects are independent (rules are stored by value, like in Sheets). */
  clone(): FakeConditionalFormatRule {
    const ranges = this.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } }));
    return new FakeConditionalFormatRule(this.env, this.condition, { ...this.format }, ranges);
  }

  state(): ConditionalFormatState {
    return {
      condition: this.condition && { type: this.condition.type, values: [...this.condition.values] },
      format: { ...this.format },
      ranges: this.ranges.map((r) => r.sheet.rangeAt(r.rect).a1WithSheet()),
    };
  }
}

export class FakeConditionalFormatRuleBuilder implements GConditionalFormatRuleBuilder {
  private condition: ConditionalFormatState["condition"] = null;
  private readonly format: ConditionalFormatState["format"] = {};
  private ranges: StoredRange[] = [];

  constructor(private readonly env: FakeEnv) {}

  private hit(method: string) {
    this.env.counter.hit(`ConditionalFormatRuleBuilder.${method}`);
  }

  whenTextEqualTo(text: string): FakeConditionalFormatRuleBuilder {
    this.hit("whenTextEqualTo");
    this.condition = { type: "TEXT_EQUAL_TO", values: [text] };
    return this;
  }
  whenCellEmpty(): FakeConditionalFormatRuleBuilder {
    this.hit("whenCellEmpty");
    this.condition = { type: "CELL_EMPTY", values: [] };
    return this;
  }
  whenFormulaSatisfied(formula: string): FakeConditionalFormatRuleBuilder {
    this.hit("whenFormulaSatisfied");
    this.condition = { type: "CUSTOM_FORMULA", values: [formula] };
    return this;
  }
  setBackground(color: string | null): FakeConditionalFormatRuleBuilder {
    this.hit("setBackground");
    this.format.background = color;
    return this;
  }
  setFontColor(color: string | null): FakeConditionalFormatRuleBuilder {
    this.hit("setFontColor");
    this.format.fontColor = color;
    return this;
  }
  setBold(bold: boolean | null): FakeConditionalFormatRuleBuilder {
    this.hit("setBold");
    this.format.bold = bold;
    return this;
  }
  setRanges(ranges: GRange[]): FakeConditionalFormatRuleBuilder {
    this.hit("setRanges");
    if (ranges.length > MAX_CF_RANGES) throw new Error(TOO_MANY_CF_RANGES);
    this.ranges = ranges.map(toStoredRange);
    return this;
  }
  build(): FakeConditionalFormatRule {
    this.hit("build");
    if (!this.condition) throw new Error("A conditional format rule must have a condition.");
    if (this.ranges.length === 0) throw new Error("A conditional format rule must have at least one range.");
    return new FakeConditionalFormatRule(this.env, this.condition, { ...this.format }, this.ranges).clone();
  }
}

/** Copies a cell value (Dates are cloned in their own realm). */
export function copyValue<T>(v: T): T {
  if (isDate(v)) return new (v.constructor as DateConstructor)(v.getTime()) as T;
  return v;
}
