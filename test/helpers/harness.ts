/**
 * The built dist/Code.js running on the SpreadsheetApp fake.
 *
 * - Every call of a bundle global through `ctx` (a menu item, onOpen, a sidebar RPC, a custom
 *   function) is one execution with Google's time limit: 6 min for scripts, 30 s for custom
 *   functions and simple triggers (limits.ts); the fake's cost estimates count against it.
 * - =NAME(…) formulas in cells call the bundle's @customfunction globals the way Sheets does
 *   (https://developers.google.com/apps-script/guides/sheets/functions): a one-cell range arrives
 *   as its value, a larger range as a 2-D array, an empty cell as "", a date cell as a Date, an
 *   omitted argument as undefined; a 2-D result spills from the formula's cell (calc.ts), a text
 *   over 50,000 characters or a thrown error is an error value. Each call has 30 s (a real
 *   timeout). Formula errors are recorded, and fail the test in afterEach unless taken with
 *   `takeFormulaErrors()`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { afterEach } from "vitest";
import { FormulaError } from "../fake/calc";
import { type Arg, parseCall } from "../fake/formulaText";
import { createAppsScriptGlobals, type GlobalsOptions } from "../fake/globals";
import {
  CUSTOM_FUNCTION_LIMIT_MS,
  EXCEEDED_TIME,
  MAX_CELL_CHARS,
  SCRIPT_LIMIT_MS,
  SIMPLE_TRIGGER_LIMIT_MS,
} from "../fake/limits";
import type { FakeSpreadsheet } from "../fake/spreadsheet";
import { bundleGlobals, bundleSource, distOf, loadBundle, manifestScopes, type Variant } from "./bundle";

const SIMPLE_TRIGGERS = new Set(["onOpen", "onEdit", "onInstall", "onSelectionChange"]);

/** Spreadsheets of the harnesses made in the current test: their formulas must show no error. */
const live: FakeSpreadsheet[] = [];
afterEach(() => {
  const failures: string[] = [];
  for (const ss of live.splice(0)) {
    try {
      ss.assertNoFormulaErrors();
    } catch (e) {
      failures.push((e as Error).message);
    }
  }
  if (failures.length) throw new Error(failures.join("\n"));
});

export interface HarnessOptions extends GlobalsOptions {
  /**
   * Another script file of the same Apps Script project (its top-level functions share the bundle's
   * global scope, @customfunction ones are callable from cells): for tests of the harness itself.
   */
  extraScript?: string;
  /**
   * Which bundle runs: dist/ (default) or dist-multi/ (file per ward). The fake takes that bundle's
   * manifest scopes, so the single one cannot open or create other spreadsheets.
   */
  variant?: Variant;
}

export function harness(opts: HarnessOptions = {}) {
  const variant = opts.variant ?? "single";
  const g = createAppsScriptGlobals({
    user: "noivu@thanhpho.gov.vn",
    manifestScopes: manifestScopes(variant),
    ...opts,
    htmlFiles: { Sidebar: readFileSync(join(distOf(variant), "Sidebar.html"), "utf8"), ...opts.htmlFiles },
  });
  const raw = loadBundle(g, variant);
  if (opts.extraScript) vm.runInContext(opts.extraScript, raw, { filename: "Extra.js" });
  const source = `${bundleSource(variant)}\n${opts.extraScript ?? ""}`;
  const globals = new Map(bundleGlobals(source).map((b) => [b.name, b]));
  const customFunctions = new Map(
    [...globals.values()].filter((b) => b.customFunction).map((b) => [b.name.toUpperCase(), b.name]),
  );
  live.push(g.spreadsheet);

  const invocation = new vm.Script("__fakeInvocation__()");
  /** Runs fn in the bundle's context; with a timeout, Apps Script's message when it passes. */
  function runInBundle(fn: () => unknown, timeoutMs?: number): unknown {
    if (timeoutMs === undefined) return fn();
    const previous = raw.__fakeInvocation__;
    raw.__fakeInvocation__ = fn;
    try {
      return invocation.runInContext(raw, { timeout: timeoutMs });
    } catch (e) {
      if ((e as { code?: string })?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw new Error(EXCEEDED_TIME);
      throw e;
    } finally {
      raw.__fakeInvocation__ = previous;
    }
  }

  /** Calls a bundle global as one execution with its limit. */
  function execute(name: string, thisArg: unknown, args: unknown[]): unknown {
    const custom = globals.get(name)?.customFunction ?? false;
    const limit = custom
      ? CUSTOM_FUNCTION_LIMIT_MS
      : SIMPLE_TRIGGERS.has(name)
        ? SIMPLE_TRIGGER_LIMIT_MS
        : SCRIPT_LIMIT_MS;
    const run = g.env.beginExecution(limit, custom ? "customFunction" : "script");
    try {
      const fn = raw[name] as (...a: unknown[]) => unknown;
      return runInBundle(() => fn.apply(thisArg, args), custom ? limit : undefined);
    } finally {
      run.end();
    }
  }

  const wrapped = new Map<string, (...a: unknown[]) => unknown>();
  /** The bundle's context; its globals are wrapped so that each call is one execution. */
  const ctx = new Proxy(raw, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof key !== "string" || !globals.has(key) || typeof value !== "function") return value;
      let w = wrapped.get(key);
      if (!w) {
        w = function (this: unknown, ...args: unknown[]) {
          return execute(key, this, args);
        };
        wrapped.set(key, w);
      }
      return w;
    },
  }) as typeof raw;

  g.spreadsheet.setFormulaEvaluator((sheet, _a1, formula) => {
    const call = parseCall(formula);
    const name = customFunctions.get(call.name.toUpperCase());
    if (!name) throw new FormulaError("#NAME?", `Unknown function: '${call.name}'.`);
    const args = g.counter.silently(() => call.args.map((a) => argument(g.spreadsheet, sheet, a)));
    let out: unknown;
    try {
      out = execute(name, undefined, args);
    } catch (e) {
      throw new FormulaError("#ERROR!", e instanceof Error ? e.message : String(e));
    }
    return checkResult(name, out);
  });

  return {
    g,
    ctx,
    ss: g.spreadsheet,
    drive: g.drive,
    ui: g.ui,
    counter: g.counter,
    /** Recalculates every formula and throws if any shows an error (afterEach does this too). */
    assertNoFormulaErrors: () => g.spreadsheet.assertNoFormulaErrors(),
    /** The formula errors so far, cleared (for tests that provoke them on purpose). */
    takeFormulaErrors: () => {
      for (const s of g.spreadsheet.sheets) s.calculated();
      return g.spreadsheet.takeFormulaErrors();
    },
  };
}

// ---------------------------------------------------------------- formulas

/** A range argument as Sheets passes it: one cell → its value, more → a 2-D array. */
function argument(ss: FakeSpreadsheet, sheet: string, a: Arg): unknown {
  if (a.kind === "omitted") return undefined;
  if (a.kind === "literal") return a.value;
  let range: ReturnType<FakeSpreadsheet["resolveA1"]>;
  try {
    range = ss.resolveA1(a.ref.includes("!") ? a.ref : `'${sheet.replace(/'/g, "''")}'!${a.ref}`);
  } catch (e) {
    throw new FormulaError("#REF!", (e as Error).message);
  }
  const values = range.peekValues();
  return values.length === 1 && values[0].length === 1 ? values[0][0] : values;
}

/** A custom function's result as Sheets accepts it: a scalar or a 2-D array, text ≤ 50,000 characters. */
function checkResult(name: string, out: unknown): unknown {
  const cells = Array.isArray(out) ? out : [[out]];
  if (!cells.every(Array.isArray))
    throw new FormulaError(
      "#ERROR!",
      `${name} returned a 1-D array; the fake wants a scalar or a 2-D array.`,
    );
  for (const v of (cells as unknown[][]).flat())
    if (typeof v === "string" && v.length > MAX_CELL_CHARS)
      throw new FormulaError(
        "#ERROR!",
        `Text result of ${name} is longer than the limit of ${MAX_CELL_CHARS} characters.`,
      );
  return out;
}
