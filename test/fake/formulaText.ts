/**
 * Formula text as Sheets receives it, read back into a call: the one parser of formula text on the
 * test side (the add-in writes formulas as data and prints them; the fake evaluates what was printed).
 */
import { FormulaError } from "./calc";

export type Arg =
  | { kind: "omitted" }
  | { kind: "literal"; value: string | number | boolean }
  | { kind: "range"; ref: string };

/** =NAME(arg, …) with ranges, "text", numbers, TRUE/FALSE or nothing as arguments; else #ERROR!. */
export function parseCall(formula: string): { name: string; args: Arg[] } {
  const m = /^=\s*([A-Za-z_][\w.]*)\s*\((.*)\)\s*$/s.exec(formula);
  if (!m)
    throw new FormulaError("#ERROR!", `The fake evaluates only =FUNCTION(arguments) formulas: ${formula}`);
  const parts = m[2].trim() === "" ? [] : splitArgs(m[2]);
  return { name: m[1], args: parts.map((p) => parseArg(p, formula)) };
}

function parseArg(s: string, formula: string): Arg {
  if (s === "") return { kind: "omitted" };
  if (/^"(?:[^"]|"")*"$/.test(s)) return { kind: "literal", value: s.slice(1, -1).replace(/""/g, '"') };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return { kind: "literal", value: Number(s) };
  if (/^(true|false)$/i.test(s)) return { kind: "literal", value: /^true$/i.test(s) };
  const cells = "\\$?[A-Za-z]{0,3}\\$?\\d*";
  if (new RegExp(`^(?:'(?:[^']|'')+'!|[\\p{L}\\w.]+!)?${cells}(?::${cells})?$`, "u").test(s))
    return { kind: "range", ref: s.replace(/\$/g, "") };
  throw new FormulaError(
    "#ERROR!",
    `Formula parse error (the fake evaluates ranges and literals only): ${formula}`,
  );
}

/** Splits "a, 'b,c'!A1, \"x,y\"" on top-level commas. */
export function splitArgs(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote: string | null = null;
  let depth = 0;
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    if (ch === "," && !quote && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}
