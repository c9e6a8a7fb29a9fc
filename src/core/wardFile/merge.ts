/**
 * A ward file's values brought into the master's tab of that ward: cell by (row code, unit code), so
 * moved rows and columns still land right. The master's appraisal row (Thành phố thẩm định) is the
 * city office's and is never taken from a file; a unit column the ward left empty keeps the master's.
 */
import { a1 } from "../a1";
import type { Framework } from "../framework";
import type { Problem } from "../problem";
import { cleanText, looseKey } from "../text";
import { WARD_FILE } from "../text/wardFiles";
import type { FoundTab } from "../workbook/workbook";

export interface Merged {
  values: unknown[][];
  /** Cells whose value changed. */
  changed: number;
  problems: Problem[];
}

/** `sheet`: how problems name the file's tab ("[P01.xlsx]Phường Tân Phong"). */
export function mergeWardTab(master: FoundTab, file: FoundTab, fw: Framework, sheet: string): Merged {
  const values = master.values.map((r) => [...r]);
  const problems: Problem[] = [];
  const cell = (t: FoundTab, r: number, c: number) => t.values[r - 1]?.[c - 1] ?? "";
  const masterCol = new Map(
    master.read.unitColumns.filter((c) => c.code).map((c) => [looseKey(c.code), c.col]),
  );
  const codes = [...fw.criteria.map((c) => c.code), ...fw.disqualifiers.map((d) => d.code)];
  const rows = codes
    .filter((code) => master.read.rowOf.has(code))
    .map((code) => ({ code, to: master.read.rowOf.get(code)!, from: file.read.rowOf.get(code) }));
  for (const r of rows.filter((x) => x.from === undefined))
    problems.push({ sheet, cell: "", value: r.code, message: WARD_FILE.rowMissing(r.code) });
  let changed = 0;
  const put = (row: number, col: number, v: unknown) => {
    while (values.length < row) values.push([]);
    const line = values[row - 1];
    if (cleanText(line[col - 1]) !== cleanText(v)) changed++;
    line[col - 1] = v;
  };
  for (const fc of file.read.unitColumns) {
    if (!fc.code || !fc.hasData) continue;
    const to = masterCol.get(looseKey(fc.code));
    if (to === undefined) {
      problems.push({
        sheet,
        cell: a1(file.read.headerRow, fc.col),
        value: fc.header,
        message: WARD_FILE.unitNotInBook,
      });
      continue;
    }
    for (const r of rows) if (r.from !== undefined) put(r.to, to, cell(file, r.from, fc.col));
  }
  const [mn, fn] = [master.read.noteCol, file.read.noteCol];
  if (mn && fn) for (const r of rows) if (r.from !== undefined) put(r.to, mn, cell(file, r.from, fn));
  return { values, changed, problems };
}
