/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (row, col) 1-based → "B3". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "B3:D10" for a block. */
export function a1Range(row: number, col: number, numRows: number, numCols: number): string {
  const end = a1(row + numRows - 1, col + numCols - 1);
  return numRows === 1 && numCols === 1 ? a1(row, col) : `${a1(row, col)}:${end}`;
}

/** Quotes a sheet name for use in a formula or an A1 reference: Tân Phong → 'Tân Phong'. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
