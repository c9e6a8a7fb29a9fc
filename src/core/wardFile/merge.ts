/**
 * A ward file's values brought into the master's tab of that ward: cell by (row code, unit code), so
 * moved rows and columns still land right. The master's appraisal row (Thành phố thẩm định) is the
 * city office's and is never taken from a file; a unit column the ward left empty keeps the master's.
 * A unit of the ward the master's tab has no column for (the ward chose it in a blank column) gets
 * the master's first blank column, or a new one before the notes.
 */
import { a1 } from "../a1";
import type { Framework } from "../framework";
import type { Problem } from "../problem";
import { cleanText, looseKey } from "../text";
import { WARD_FILE } from "../text/wardFiles";
import { HEADER_ROW } from "../workbook/wardTab";
import type { FoundTab } from "../workbook/workbook";

export interface Merged {
  values: unknown[][];
  /** Cells whose value changed. */
  changed: number;
  problems: Problem[];
}

/**
 * `sheet`: how problems name the file's tab ("[P01.xlsx]Phường Tân Phong"); `wardUnits`: the loose
 * codes of the ward's units in Danh mục (a column of any other code is not taken).
 */
export function mergeWardTab(
  master: FoundTab,
  file: FoundTab,
  fw: Framework,
  sheet: string,
  wardUnits: ReadonlySet<string>,
): Merged {
  const values = master.values.map((r) => [...r]);
  const problems: Problem[] = [];
  const cell = (t: FoundTab, r: number, c: number) => t.values[r - 1]?.[c - 1] ?? "";
  const masterCol = new Map(
    master.read.unitColumns.filter((c) => c.code).map((c) => [looseKey(c.code), c.col]),
  );
  const columns = new Columns(values, master);
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
    const key = looseKey(fc.code);
    if (!masterCol.has(key) && wardUnits.has(key)) masterCol.set(key, columns.place(fc.header));
    const to = masterCol.get(key);
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
  const [mn, fn] = [columns.noteCol, file.read.noteCol];
  if (mn && fn) for (const r of rows) if (r.from !== undefined) put(r.to, mn, cell(file, r.from, fn));
  return { values, changed, problems };
}

/** The master tab's blank unit columns, used up one by one, then new columns inserted before the notes. */
class Columns {
  private readonly blank: number[];
  noteCol: number | undefined;

  constructor(
    private readonly values: unknown[][],
    master: FoundTab,
  ) {
    this.blank = master.read.unitColumns.filter((c) => !c.header && !c.hasData).map((c) => c.col);
    this.noteCol = master.read.noteCol;
  }

  /** A column for a unit whose header is `header`: its sheet column. */
  place(header: string): number {
    const headerRow = HEADER_ROW;
    const col = this.blank.shift() ?? this.insert();
    while (this.values.length < headerRow) this.values.push([]);
    this.values[headerRow - 1][col - 1] = header;
    return col;
  }

  private insert(): number {
    const at = this.noteCol ?? Math.max(...this.values.map((r) => r.length)) + 1;
    for (const row of this.values) if (row.length >= at) row.splice(at - 1, 0, "");
    if (this.noteCol !== undefined) this.noteCol++;
    return at;
  }
}
