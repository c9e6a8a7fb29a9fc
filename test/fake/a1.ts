/** A1 notation helpers for the fake spreadsheet. Rows and columns are 1-based. */

/** A rectangle of cells. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A parsed reference; null bounds are open ("A:C" has no rows, "3:5" no columns). */
export interface A1Ref {
  sheetName: string | null;
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
}

export function columnToLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A1" for a single cell, else "A1:C3". */
export function rectToA1(r: Rect): string {
  const start = columnToLetters(r.col) + r.row;
  if (r.numRows === 1 && r.numCols === 1) return start;
  return `${start}:${columnToLetters(r.col + r.numCols - 1)}${r.row + r.numRows - 1}`;
}

/** Sheet names needing quotes in A1 references ('My sheet'!A1, with ' doubled). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'Sheet name'!A1:B2" / "Sheet1!A1" / "A1" into sheet name and cell part. */
export function splitSheetName(a1: string): { sheetName: string | null; cells: string } {
  const s = a1.trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(s);
  if (quoted) return { sheetName: quoted[1].replace(/''/g, "'"), cells: quoted[2] };
  const bang = s.lastIndexOf("!");
  if (bang > 0) return { sheetName: s.slice(0, bang), cells: s.slice(bang + 1) };
  return { sheetName: null, cells: s };
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

function parsePart(part: string): { col: number | null; row: number | null } {
  const m = PART.exec(part.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`Range not found: ${part}`);
  return { col: m[1] ? lettersToColumn(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

/** Parses "A1", "A1:C3", "A:C", "3:5", "A2:C" (optionally sheet-qualified, with $ markers). */
export function parseA1(a1: string): A1Ref {
  const { sheetName, cells } = splitSheetName(a1);
  const [first, second, extra] = cells.split(":");
  if (extra !== undefined) throw new Error(`Range not found: ${a1}`);
  const start = parsePart(first);
  const end = second === undefined ? start : parsePart(second);
  if (second === undefined && (start.row === null || start.col === null))
    throw new Error(`Range not found: ${a1}`);
  if (start.row === 0 || end.row === 0) throw new Error(`Range not found: ${a1}`);
  // "A:C" → both rows open; "3:5" → both columns open; "A2:C" → end row open.
  return { sheetName, startRow: start.row, startCol: start.col, endRow: end.row, endCol: end.col };
}

/** Resolves open bounds against the sheet size and normalizes reversed corners ("C3:A1"). */
export function refToRect(ref: A1Ref, maxRows: number, maxCols: number): Rect {
  const r1 = ref.startRow ?? 1;
  const c1 = ref.startCol ?? 1;
  const r2 = ref.endRow ?? maxRows;
  const c2 = ref.endCol ?? maxCols;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

/**
 * Adjusts a stored rect in place after inserting `howMany` rows (or columns) after `after`:
 * rects below shift, rects spanning the insertion point grow (as Sheets does).
 */
export function shiftRect(r: Rect, axis: "row" | "col", after: number, howMany: number): void {
  const size = axis === "row" ? "numRows" : "numCols";
  if (r[axis] > after) r[axis] += howMany;
  else if (after < r[axis] + r[size] - 1) r[size] += howMany;
}
