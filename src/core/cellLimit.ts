/**
 * How much text one cell holds: Google Sheets 50,000 characters ("Your input contains more than
 * the maximum of 50000 characters in a single cell"), Excel 32,767 (Excel specifications and
 * limits: "Total number of characters that a cell can contain: 32,767"). Longer text is cut with
 * "…" and reported, never refused or silently dropped.
 */
import { a1 } from "./a1";
import type { Problem } from "./problem";
import { PROBLEM } from "./text/problems";
import type { SheetSpec } from "./workbook/spec";

export const CELL_TEXT_LIMIT = { sheets: 50_000, excel: 32_767 } as const;

const ELLIPSIS = "…";
const PREVIEW = 60;

/** `text` cut to `limit` characters (UTF-16 units, as both programs count), ending in "…". */
export function capText(text: string, limit: number = CELL_TEXT_LIMIT.sheets): string {
  if (text.length <= limit) return text;
  let cut = limit - ELLIPSIS.length;
  // Never split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return text.slice(0, cut) + ELLIPSIS;
}

/** A custom function's result (a value or a 2-D array) with every string fitting one cell. */
export function fitCells<T>(out: T): T {
  if (typeof out === "string") return capText(out) as T;
  if (Array.isArray(out))
    return out.map((row) => (Array.isArray(row) ? row.map(fitCells) : fitCells(row))) as T;
  return out;
}

/** Cuts every over-long string of `spec` in place; one problem per cut cell. */
export function capSpecText(spec: SheetSpec, limit: number): Problem[] {
  const problems: Problem[] = [];
  spec.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (typeof v !== "string" || v.length <= limit) return;
      row[c] = capText(v, limit);
      problems.push({
        sheet: spec.name,
        cell: a1(r + 1, c + 1),
        value: `${v.slice(0, PREVIEW)}${ELLIPSIS}`,
        message: PROBLEM.textTooLong(v.length, limit),
      });
    });
  });
  return problems;
}
