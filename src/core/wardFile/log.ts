/**
 * The master's hidden "Nhật ký thu thập": one row per ward file taken (ward code, file, the file's
 * modified time, when it was taken). Collect appends to it and refuses a file older than the last one
 * taken for its ward.
 */
import { cleanText, foldKey } from "../text";
import { WARD_FILE } from "../text/wardFiles";
import { COLLECT_LOG, SHEET } from "../vocabulary";
import { emptySpec, type SheetSpec } from "../workbook/spec";

export interface LogEntry {
  ward: string;
  file: string;
  /** ISO time the file was last saved ("" when the file did not say). */
  modified: string;
  collectedAt: string;
  result: string;
}

const FIRST_ROW = 3;

export function readLog(values: unknown[][] | undefined): LogEntry[] {
  const out: LogEntry[] = [];
  for (const r of (values ?? []).slice(FIRST_ROW - 1)) {
    const [ward, file, modified, collectedAt, result] = [0, 1, 2, 3, 4].map((i) => cleanText(r?.[i]));
    if (ward) out.push({ ward, file, modified, collectedAt, result });
  }
  return out;
}

/** The last entry that took a file for `wardCode`. */
export function lastTaken(entries: LogEntry[], wardCode: string): LogEntry | undefined {
  const key = foldKey(wardCode);
  for (let i = entries.length - 1; i >= 0; i--)
    if (foldKey(entries[i].ward) === key && entries[i].result === COLLECT_LOG.taken) return entries[i];
  return undefined;
}

export function logSpec(entries: LogEntry[]): SheetSpec {
  const rows = [
    [WARD_FILE.logTitle, "", "", "", ""],
    [...COLLECT_LOG.headers],
    ...entries.map((e) => [e.ward, e.file, e.modified, e.collectedAt, e.result]),
  ];
  const spec = emptySpec(SHEET.collectLog, rows);
  spec.numberFormats = spec.values.map((r) => r.map(() => "@"));
  spec.bold = spec.values.map((r, i) => r.map(() => i < 2));
  spec.columnWidths = [120, 280, 170, 170, 100];
  spec.hidden = true;
  return spec;
}
