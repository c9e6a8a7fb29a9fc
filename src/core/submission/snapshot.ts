/**
 * What a ward submitted: the input cells of its tab by (unit code, row code) — the fingerprint is a
 * hash of them, and the roll-up compares the tab with them to list every cell changed since.
 */
import { a1 } from "../a1";
import type { Framework } from "../framework";
import { cleanText, looseKey } from "../text";
import { hashText } from "../wardFile/info";
import type { WardTabRead } from "../workbook/wardTab";

/** Unit code → row code → the cell's text. */
export type Snapshot = Record<string, Record<string, string>>;

export function snapshotOf(read: WardTabRead, values: unknown[][], fw: Framework): Snapshot {
  const codes = [...fw.criteria.map((c) => c.code), ...fw.disqualifiers.map((d) => d.code)];
  const out: Snapshot = {};
  for (const col of read.unitColumns) {
    if (!col.code || !col.hasData) continue;
    const cells: Record<string, string> = {};
    for (const code of codes) {
      const r = read.rowOf.get(code);
      if (r !== undefined) cells[code] = cleanText(values[r - 1]?.[col.col - 1]);
    }
    out[col.code] = cells;
  }
  return out;
}

/** A hash of the snapshot, the same whatever order the units and rows stand in. */
export function fingerprint(s: Snapshot): string {
  const lines = Object.keys(s)
    .sort()
    .flatMap((u) =>
      Object.keys(s[u])
        .sort()
        .map((c) => `${u}\u0001${c}\u0001${s[u][c]}`),
    );
  return hashText(lines.join("\n"));
}

export interface CellChange {
  cell: string;
  unit: string;
  code: string;
  before: string;
  after: string;
}

/** Every input cell of the tab whose text differs from the snapshot's (a unit gone: each of its cells). */
export function changesSince(s: Snapshot, read: WardTabRead, values: unknown[][]): CellChange[] {
  const cols = new Map(read.unitColumns.filter((c) => c.code).map((c) => [looseKey(c.code), c.col]));
  const out: CellChange[] = [];
  for (const [unit, cells] of Object.entries(s)) {
    const col = cols.get(looseKey(unit));
    for (const [code, before] of Object.entries(cells)) {
      const r = read.rowOf.get(code);
      const after = col !== undefined && r !== undefined ? cleanText(values[r - 1]?.[col - 1]) : "";
      if (after !== before)
        out.push({ cell: col !== undefined && r !== undefined ? a1(r, col) : "", unit, code, before, after });
    }
  }
  return out;
}
