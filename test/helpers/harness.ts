/** The built dist/Code.js running on the SpreadsheetApp fake, with =TDP_* formulas evaluated by the bundle. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createAppsScriptGlobals, type GlobalsOptions } from "../fake/globals";
import { DIST, loadBundle } from "./bundle";

export function harness(opts: GlobalsOptions = {}) {
  const g = createAppsScriptGlobals({
    user: "noivu@thanhpho.gov.vn",
    ...opts,
    htmlFiles: { Sidebar: readFileSync(join(DIST, "Sidebar.html"), "utf8"), ...opts.htmlFiles },
  });
  const ctx = loadBundle(g);
  g.spreadsheet.setFormulaEvaluator((sheet, _a1, formula) =>
    g.counter.silently(() => evaluate(sheet, formula)),
  );

  /** =NAME(arg, …) with range or "" arguments; a spilled array answers with its top-left value. */
  function evaluate(sheet: string, formula: string): unknown {
    const m = /^=(\w+)\((.*)\)$/.exec(formula.trim());
    if (!m || typeof ctx[m[1]] !== "function") return "#NAME?";
    const args = splitArgs(m[2]).map((a) => {
      if (a === '""' || a === "") return "";
      if (/^".*"$/.test(a)) return a.slice(1, -1);
      const ref = a.replace(/\$/g, "");
      return g.spreadsheet.getRange(ref.includes("!") ? ref : `'${sheet}'!${ref}`).getValues();
    });
    const out = ctx[m[1]](...args);
    return Array.isArray(out) ? out[0][0] : out;
  }
  return { g, ctx, ss: g.spreadsheet, ui: g.ui, counter: g.counter };
}

function splitArgs(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote = false;
  for (const ch of s) {
    if (ch === "'" || ch === '"') quote = !quote;
    if (ch === "," && !quote) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}
