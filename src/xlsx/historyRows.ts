/**
 * Where each row of the old Lịch sử công nhận table went in the one the roll-up writes. The roll-up
 * sorts the table (year, then code), drops the roll-up year's entries of units no longer recognized and
 * re-adds the recognized ones, so a row's notes and hyperlinks have to move with it, as Excel moves them
 * when it sorts a range.
 */
import { cleanText, looseKey } from "../core/text";
import { DATA_ROW, readHistory } from "../core/workbook/tables";

const WIDTH = 5; // A–E: the table the roll-up reads and writes

/**
 * Old sheet row → new sheet row for every row of the old table that held something: a number when
 * its entry is in the new table, null when the roll-up dropped it. Header rows and blank rows are
 * absent (whatever is on them stays where it is).
 */
export function historyRowMap(oldRows: unknown[][], newRows: unknown[][]): Map<number, number | null> {
  const raw = (rows: unknown[][], r: number) =>
    Array.from({ length: WIDTH }, (_, c) => rows[r - 1]?.[c] ?? "");
  const blank = (rows: unknown[][], r: number) => raw(rows, r).every((v) => cleanText(v) === "");
  const key = (unit: string, year: number) => `${looseKey(unit)}|${year}`;

  const fresh = readHistory(newRows);
  const newByKey = new Map<string, number>();
  fresh.history.forEach((h, i) => {
    newByKey.set(key(h.unit, h.year), fresh.rows[i]);
  });
  // The backup blocks ("LỊCH SỬ (BẢN TRƯỚC)…") run to the end of the sheet; a new one goes first.
  const freshBackup = newRows.length - fresh.backup.length + 1;
  const freshRecords = new Set(fresh.rows);
  const newUnreadable: number[] = [];
  for (let r = DATA_ROW; r < freshBackup; r++)
    if (!freshRecords.has(r) && !blank(newRows, r)) newUnreadable.push(r);

  const old = readHistory(oldRows);
  const map = new Map<number, number | null>();
  old.history.forEach((h, i) => {
    map.set(old.rows[i], newByKey.get(key(h.unit, h.year)) ?? null);
  });
  const oldBackup = oldRows.length - old.backup.length + 1;
  for (let i = 0; i < old.backup.length; i++)
    map.set(oldBackup + i, newRows.length - old.backup.length + 1 + i);
  // Rows readHistory did not keep as entries: unreadable rows (written back in order after the
  // entries) and repeats of an entry (the same unit and year typed twice: they go with that entry).
  let next = 0;
  for (let r = DATA_ROW; r < oldBackup; r++) {
    if (map.has(r) || blank(oldRows, r)) continue;
    const expected = old.unreadable[next];
    if (expected && raw(oldRows, r).every((v, c) => v === expected[c])) {
      map.set(r, newUnreadable[next] ?? null);
      next++;
      continue;
    }
    const unit = cleanText(oldRows[r - 1]?.[0]);
    const y = oldRows[r - 1]?.[1];
    const year = y instanceof Date ? y.getFullYear() : Number(cleanText(y));
    map.set(r, newByKey.get(key(unit, year)) ?? null);
  }
  return map;
}

/** The last row of the table: header, entries and unreadable rows, without the backup blocks below. */
export function historyTableEnd(rows: unknown[][]): number {
  let r = DATA_ROW - 1;
  while (r < rows.length && rows[r].some((v) => cleanText(v) !== "")) r++;
  return r;
}
