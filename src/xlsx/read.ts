/**
 * Reading .xlsx files with ExcelJS into what Apps Script's getDataRange().getValues() gives:
 * strings, numbers, booleans, Date, "" for empty; rich text joined; formulas as their cached result;
 * hyperlinks as their text; errors as "#REF!"… Bad files are recognised before ExcelJS sees them
 * and reported as an XlsxFileError with a kind the CLI turns into one Vietnamese line.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { extname } from "node:path";
import ExcelJS from "exceljs";

export type FileErrorKind =
  | "notFound"
  | "notFile"
  | "notReadable"
  | "empty"
  | "notZip"
  | "encrypted"
  | "xls"
  | "ods"
  | "notWorkbook"
  | "corrupt";

export class XlsxFileError extends Error {
  constructor(
    readonly kind: FileErrorKind,
    readonly path: string,
    readonly detail = "",
  ) {
    super(`${kind}: ${path}${detail ? ` (${detail})` : ""}`);
    this.name = "XlsxFileError";
  }
}

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const utf16 = (s: string) => Buffer.from(s, "utf16le");

/** What kind of file the bytes are, for the ones ExcelJS cannot read. */
export function sniff(bytes: Buffer, path: string): FileErrorKind | "zip" {
  if (bytes.length === 0) return "empty";
  if (bytes.subarray(0, 8).equals(CFB_SIGNATURE)) {
    // An OLE compound file: either an encrypted OOXML package or a legacy .xls (BIFF) workbook.
    if (bytes.includes(utf16("EncryptedPackage")) || bytes.includes(utf16("EncryptionInfo")))
      return "encrypted";
    return "xls";
  }
  if (bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    if (bytes.subarray(0, 120).includes(Buffer.from("application/vnd.oasis.opendocument"))) return "ods";
    return "zip";
  }
  // Some ".xls" files are HTML or XML spreadsheets saved with the old extension.
  return extname(path).toLowerCase() === ".xls" ? "xls" : "notZip";
}

function fail(path: string, e: unknown): never {
  if (e instanceof XlsxFileError) throw e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") throw new XlsxFileError("notFound", path);
  if (code === "EISDIR") throw new XlsxFileError("notFile", path);
  throw new XlsxFileError("notReadable", path, code ?? String(e));
}

export function readBytes(path: string, max = Number.POSITIVE_INFINITY): Buffer {
  try {
    if (statSync(path).isDirectory()) throw new XlsxFileError("notFile", path);
    if (!Number.isFinite(max)) return readFileSync(path);
    const fd = openSync(path, "r");
    try {
      const buf = Buffer.alloc(max);
      const n = readSync(fd, buf, 0, max, 0);
      return buf.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    fail(path, e);
  }
}

/** Throws XlsxFileError unless the file looks like an .xlsx package (reads only its first bytes). */
export function checkFile(path: string): void {
  const head = readBytes(path, 512);
  let kind = sniff(head, path);
  // An OLE file: read it all to tell an encrypted .xlsx from a legacy .xls.
  if (kind === "xls" && head.subarray(0, 8).equals(CFB_SIGNATURE)) kind = sniff(readBytes(path), path);
  if (kind !== "zip") throw new XlsxFileError(kind, path);
}

/**
 * Parts of a sheet that reading values never needs. Skipping them keeps a 10,000-unit workbook well
 * under the memory goal: ExcelJS expands each validation range into one object per cell.
 * (ExcelJS's streaming reader would use less memory still, but it splits multi-byte UTF-8 characters
 * at chunk boundaries — "–" becomes "��" — so it is not used.)
 */
export const VALUES_ONLY = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "sheetViews",
  "cols",
  "pageMargins",
  "pageSetup",
  "printOptions",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "autoFilter",
  "drawing",
  "picture",
  "tableParts",
];

/**
 * Loads a workbook, or throws XlsxFileError saying why the file is not one. `valuesOnly` skips what a
 * read-only command does not need; a workbook that will be written back must be loaded whole.
 */
export async function loadWorkbook(
  path: string,
  opts: { valuesOnly?: boolean } = {},
): Promise<ExcelJS.Workbook> {
  checkFile(path);
  const bytes = readBytes(path);
  const wb = new ExcelJS.Workbook();
  try {
    const options = opts.valuesOnly ? { ignoreNodes: VALUES_ONLY } : {};
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, options as Parameters<typeof wb.xlsx.load>[1]);
  } catch (e) {
    throw new XlsxFileError("corrupt", path, e instanceof Error ? e.message : String(e));
  }
  if (!wb.worksheets.length) throw new XlsxFileError("notWorkbook", path);
  return wb;
}

/** Apps Script shows dates in the spreadsheet's zone; ExcelJS gives the serial as UTC. */
function localDate(d: Date): Date {
  return new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

/** One ExcelJS cell value as getValues would give it. */
export function cellValue(v: unknown): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : localDate(v);
  if (typeof v !== "object") return String(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
  if ("formula" in o || "sharedFormula" in o) return "result" in o ? cellValue(o.result) : "";
  if ("error" in o) return String(o.error);
  if ("hyperlink" in o || "text" in o) return cellValue(o.text);
  return "";
}

/** The data range of a sheet (A1 to the last row/column with content), as getValues gives it. */
export function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const cells: { r: number; c: number; v: unknown }[] = [];
  let height = 0;
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return; // Apps Script: "" outside a merge's top-left
      const raw = cell.value;
      const isFormula =
        raw !== null && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw);
      const v = cellValue(raw);
      if (v === "" && !isFormula) return;
      cells.push({ r, c, v });
      if (r > height) height = r;
      if (c > width) width = c;
    });
  });
  return gridOf(cells, height, width);
}

/** The cells (1-based) as getValues' grid: `height` rows of `width`, blanks "". */
export function gridOf(
  cells: { r: number; c: number; v: unknown }[],
  height: number,
  width: number,
): unknown[][] {
  const grid: unknown[][] = Array.from({ length: height }, () => Array<unknown>(width).fill(""));
  for (const { r, c, v } of cells) grid[r - 1][c - 1] = v;
  return grid;
}

/** Every sheet's values, in tab order (hidden sheets too, as getSheets returns them). */
export function workbookValues(wb: ExcelJS.Workbook): Map<string, unknown[][]> {
  const out = new Map<string, unknown[][]>();
  for (const ws of wb.worksheets) out.set(ws.name, sheetValues(ws));
  return out;
}

export async function readXlsx(
  path: string,
  opts: { valuesOnly?: boolean } = {},
): Promise<{ workbook: ExcelJS.Workbook; values: Map<string, unknown[][]> }> {
  const workbook = await loadWorkbook(path, opts);
  return { workbook, values: workbookValues(workbook) };
}
