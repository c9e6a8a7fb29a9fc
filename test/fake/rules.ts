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
    /** Where a custom formula's relative references point from: the top-left cell of the range it was set on. */
    readonly anchor?: { row: number; col: number },
  ) {}

  private hit(method: string) {
    this.env.counter.hit(`DataValidation.${method}`);
  }

  /** This rule as set on a range starting at row/col (Range.setDataValidation). */
  anchoredAt(row: number, col: number): FakeDataValidation {
    if (this.criteria !== "CUSTOM_FORMULA") return this;
    return new FakeDataValidation(this.env, this.criteria, this.values, this.allowInvalid, this.helpText, {
      row,
      col,
    });
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
      case "NUMBER_BETWEEN": {
        // Sheets takes a number (not a text that looks like one); decimals pass, as in Sheets.
        const [lo, hi] = this.values as number[];
        return typeof value !== "number" || value < lo || value > hi;
      }
      case "TEXT_IS_VALID_EMAIL":
        return !EMAIL.test(String(value));
      default:
        // CUSTOM_FORMULA: see rejectsAt (it needs the cell and its sheet).
        return false;
    }
  }

  /**
   * Whether the Sheets UI would reject (or, allowInvalid, flag) `value` typed into `cell` of `sheet`:
   * a custom formula is evaluated by evalRuleFormula over the sheet's values with `value` in the cell,
   * its relative references moved from the rule's block corner `anchor` to the cell.
   */
  rejectsAt(
    value: unknown,
    cellValue: (row: number, col: number) => unknown,
    at: { row: number; col: number },
    anchor: { row: number; col: number },
  ): boolean {
    if (value === "") return false;
    if (this.criteria !== "CUSTOM_FORMULA") return this.rejects(value);
    const formula = String(this.values[0]).slice(1);
    const get = (r: number, c: number) => (r === at.row && c === at.col ? value : cellValue(r, c));
    return evalRuleFormula(formula, get, { row: at.row - anchor.row, col: at.col - anchor.col }) !== true;
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
  requireNumberBetween(start: number, end: number): FakeDataValidationBuilder {
    this.hit("requireNumberBetween");
    // Google: "Sets the data validation rule to require a number that falls between, or is either of,
    // two specified numbers" (DataValidationBuilder.requireNumberBetween): both must be numbers.
    if (
      typeof start !== "number" ||
      typeof end !== "number" ||
      !Number.isFinite(start) ||
      !Number.isFinite(end)
    )
      throw new Error(`Invalid argument: requireNumberBetween(${String(start)}, ${String(end)})`);
    this.criteria = "NUMBER_BETWEEN";
    this.values = [start, end];
    return this;
  }
  requireFormulaSatisfied(formula: string): FakeDataValidationBuilder {
    this.hit("requireFormulaSatisfied");
    // The reference's example passes "=…"; the Sheets UI refuses a custom formula without "=" (the fake too).
    if (typeof formula !== "string" || !formula.startsWith("=") || formula.length < 2)
      throw new Error(`Invalid argument: a custom formula must start with "=" (${String(formula)})`);
    checkFormulaSheets(formula);
    this.criteria = "CUSTOM_FORMULA";
    this.values = [formula];
    return this;
  }
  requireTextIsEmail(): FakeDataValidationBuilder {
    this.hit("requireTextIsEmail");
    this.criteria = "TEXT_IS_VALID_EMAIL";
    this.values = [];
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

// ---------------------------------------------------------------- validation formulas

/** What Sheets' "text is a valid e-mail" takes, roughly: one address, no spaces. */
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/**
 * The fake refuses what Google refuses in a validation formula: references to other sheets ("Data
 * validation formulas can't reference other sheets; use INDIRECT", the Sheets UI's message).
 */
export function checkFormulaSheets(formula: string): void {
  if (/'[^']*'!|[A-Za-z_][\w.]*!\$?[A-Z]/.test(formula.replace(/"[^"]*"/g, '""')))
    throw new Error("Data validation formulas cannot reference other sheets (use INDIRECT).");
}

class FormulaFail extends Error {}

type Val = string | number | boolean | FormulaFail;
interface Ref {
  kind: "ref";
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}
type Arg = Val | Ref;

/**
 * Evaluates a validation or conditional-format formula (no "="): the subset of Sheets/Excel the
 * add-in's rules use — AND, OR, NOT, IF, ISNUMBER, ISERROR, VALUE, LEN, TRIM, SUBSTITUTE, SEARCH,
 * COUNTIF, COUNTIFS (equality criteria), comparisons, + - &, cell and range references. Relative
 * references move by `shift` (the checked cell's offset from the rule's anchor cell). An error
 * anywhere gives an error value, which (as in both applications) fails a validation. Unknown
 * functions throw: a rule using one needs this evaluator extended first.
 */
export function evalRuleFormula(
  formula: string,
  get: (row: number, col: number) => unknown,
  shift: { row: number; col: number } = { row: 0, col: 0 },
): Val {
  const toks = formula.match(
    /"(?:[^"]|"")*"|\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|[A-Z][A-Z0-9.]*\(|\d+(?:\.\d+)?|<>|<=|>=|[-+&=<>(),]|\s+/g,
  );
  if (!toks || toks.join("") !== formula) throw new Error(`evalRuleFormula: cannot read ${formula}`);
  const t = toks.filter((x) => !/^\s+$/.test(x));
  let i = 0;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const cellRef = (s: string): [number, number] => {
    const m = /^(\$?)([A-Z]+)(\$?)(\d+)$/.exec(s)!;
    return [Number(m[4]) + (m[3] ? 0 : shift.row), col(m[2]) + (m[1] ? 0 : shift.col)];
  };
  const scalar = (a: Arg): Val => {
    if (typeof a !== "object" || a instanceof FormulaFail) return a;
    if (a.r1 !== a.r2 || a.c1 !== a.c2) return new FormulaFail("range as a value");
    const v = get(a.r1, a.c1);
    return typeof v === "number" || typeof v === "boolean"
      ? v
      : v === null || v === undefined
        ? ""
        : String(v);
  };
  const cells = (a: Arg): unknown[] => {
    if (typeof a !== "object" || a instanceof FormulaFail) return [a];
    const out: unknown[] = [];
    for (let r = a.r1; r <= a.r2; r++) for (let c = a.c1; c <= a.c2; c++) out.push(get(r, c));
    return out;
  };
  const num = (v: Val): number | FormulaFail => {
    if (v instanceof FormulaFail) return v;
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (v === "") return 0;
    const n = Number(v.trim());
    return v.trim() !== "" && Number.isFinite(n) ? n : new FormulaFail(`not a number: ${v}`);
  };
  const str = (v: Val): string => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
  const bool = (v: Val): boolean | FormulaFail =>
    v instanceof FormulaFail
      ? v
      : typeof v === "boolean"
        ? v
        : typeof v === "number"
          ? v !== 0
          : new FormulaFail("not a boolean");
  // Criteria of COUNTIF: equality, case-insensitive; "1" matches the number 1 and the text "1".
  const matches = (cell: unknown, crit: Val): boolean => {
    const c = cell === null || cell === undefined ? "" : cell;
    if (
      typeof crit === "number" ||
      (typeof crit === "string" && crit.trim() !== "" && Number.isFinite(Number(crit)))
    )
      return String(c).trim() !== "" && Number(c) === Number(crit);
    return String(c).toLowerCase() === str(crit as Val).toLowerCase() && String(c) !== "";
  };
  const compare = (a: Val, b: Val, op: string): Val => {
    if (a instanceof FormulaFail) return a;
    if (b instanceof FormulaFail) return b;
    // Sheets and Excel: numbers sort before text, text before booleans; text compares case-insensitively.
    const rank = (v: Val) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
    const x = a === "" && typeof b === "number" ? 0 : a;
    const y = b === "" && typeof a === "number" ? 0 : b;
    let d = rank(x) - rank(y);
    if (d === 0)
      d =
        typeof x === "string"
          ? x.toLowerCase().localeCompare(String(y).toLowerCase())
          : Number(x) - Number(y);
    return { "=": d === 0, "<>": d !== 0, "<": d < 0, ">": d > 0, "<=": d <= 0, ">=": d >= 0 }[op]!;
  };
  const call = (name: string, args: Arg[]): Val => {
    const v = (k: number) => scalar(args[k]);
    const fail = args.map(scalar).find((a) => a instanceof FormulaFail);
    switch (name) {
      case "AND":
      case "OR": {
        const bs = args.map((a) => bool(scalar(a)));
        const bad = bs.find((b) => b instanceof FormulaFail);
        if (bad) return bad;
        return name === "AND" ? bs.every(Boolean) : bs.some(Boolean);
      }
      case "NOT": {
        const b = bool(v(0));
        return b instanceof FormulaFail ? b : !b;
      }
      case "IF": {
        const b = bool(v(0));
        return b instanceof FormulaFail ? b : b ? v(1) : args.length > 2 ? v(2) : false;
      }
      case "ISNUMBER":
        return typeof v(0) === "number";
      case "ISERROR":
        return v(0) instanceof FormulaFail;
      case "VALUE": {
        const x = v(0);
        return typeof x === "string" ? num(x) : x instanceof FormulaFail ? x : num(x);
      }
      case "LEN":
        return fail ?? str(v(0)).length;
      case "TRIM":
        return fail ?? str(v(0)).trim().replace(/ +/g, " ");
      case "SUBSTITUTE":
        return (
          fail ??
          str(v(0))
            .split(str(v(1)))
            .join(str(v(2)))
        );
      case "SEARCH": {
        if (fail) return fail;
        const at = str(v(1))
          .toLowerCase()
          .indexOf(str(v(0)).toLowerCase());
        return at < 0 ? new FormulaFail("not found") : at + 1;
      }
      case "COUNTIF":
      case "COUNTIFS": {
        const lists = [] as unknown[][];
        const crits = [] as Val[];
        for (let k = 0; k < args.length; k += 2) {
          lists.push(cells(args[k]));
          crits.push(scalar(args[k + 1]));
        }
        let n = 0;
        for (let j = 0; j < lists[0].length; j++) if (lists.every((l, k) => matches(l[j], crits[k]))) n++;
        return n;
      }
      default:
        throw new Error(`evalRuleFormula: ${name} is not modelled`);
    }
  };
  const primary = (): Arg => {
    const tok = t[i++];
    if (tok === undefined) throw new Error(`evalRuleFormula: unexpected end of ${formula}`);
    if (tok === "(") {
      const x = comparison();
      i++;
      return x;
    }
    if (tok === "-") {
      const x = num(scalar(primary()));
      return x instanceof FormulaFail ? x : -x;
    }
    if (tok.startsWith('"')) return tok.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(tok)) return Number(tok);
    if (tok === "TRUE" || tok === "FALSE") return tok === "TRUE";
    if (tok.endsWith("(")) {
      const args: Arg[] = [];
      if (t[i] !== ")")
        for (;;) {
          args.push(comparison());
          if (t[i++] !== ",") break;
        }
      else i++;
      return call(tok.slice(0, -1), args);
    }
    if (/^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/.test(tok)) {
      const [a, b] = tok.split(":").map((s) => col(s.replace("$", "")));
      return { kind: "ref", r1: 1, c1: a, r2: 2000, c2: b };
    }
    const [from, to = from] = tok.split(":");
    const [r1, c1] = cellRef(from);
    const [r2, c2] = cellRef(to);
    return { kind: "ref", r1, c1, r2, c2 };
  };
  const additive = (): Arg => {
    let x = primary();
    while (t[i] === "+" || t[i] === "-" || t[i] === "&") {
      const op = t[i++];
      const y = scalar(primary());
      const a = scalar(x);
      if (op === "&") x = a instanceof FormulaFail ? a : y instanceof FormulaFail ? y : str(a) + str(y);
      else {
        const p = num(a);
        const q = num(y);
        x = p instanceof FormulaFail ? p : q instanceof FormulaFail ? q : op === "+" ? p + q : p - q;
      }
    }
    return x;
  };
  const comparison = (): Arg => {
    let x = additive();
    while (t[i] && ["=", "<>", "<", ">", "<=", ">="].includes(t[i])) {
      const op = t[i++];
      x = compare(scalar(x), scalar(additive()), op);
    }
    return x;
  };
  const out = scalar(comparison());
  if (i !== t.length) throw new Error(`evalRuleFormula: cannot read ${formula}`);
  return out;
}
