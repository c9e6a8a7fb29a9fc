/**
 * What a ward file is: the hidden sheet "Thông tin tệp" that `tdp split` / "Tạo tệp cho từng
 * xã/phường" write into each ward's own file (and the master's id into the master). Collect reads it
 * back to tell which workbook, framework, year and ward a file belongs to.
 */
import * as z from "zod";
import type { Framework } from "../framework";
import { cleanText, foldKey } from "../text";
import { FILE_INFO, SHEET } from "../vocabulary";
import { emptySpec, type SheetSpec } from "../workbook/spec";

export const INFO_FORMAT = 1;

const infoSchema = z.object({
  kind: z.enum(["ward", "book"]),
  format: z.coerce.number().int().min(1),
  bookId: z.string().trim().min(1),
  bookName: z.string().trim().default(""),
  frameworkId: z.string().trim().default(""),
  frameworkHash: z.string().trim().default(""),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  wardCode: z.string().trim().default(""),
  wardName: z.string().trim().default(""),
  tab: z.string().trim().default(""),
  createdAt: z.string().trim().default(""),
});

export type FileInfo = z.infer<typeof infoSchema>;

type Key = Exclude<keyof FileInfo, never>;
const KEYS: Key[] = [
  "kind",
  "format",
  "bookId",
  "bookName",
  "frameworkId",
  "frameworkHash",
  "year",
  "wardCode",
  "wardName",
  "tab",
  "createdAt",
];

/** Each field's label in column A. */
const LABELS: Record<Key, string> = {
  kind: FILE_INFO.kind,
  format: FILE_INFO.format,
  bookId: FILE_INFO.bookId,
  bookName: FILE_INFO.bookName,
  frameworkId: FILE_INFO.frameworkId,
  frameworkHash: FILE_INFO.frameworkHash,
  year: FILE_INFO.year,
  wardCode: FILE_INFO.wardCode,
  wardName: FILE_INFO.wardName,
  tab: FILE_INFO.tab,
  createdAt: FILE_INFO.createdAt,
};

/** The sheet: a title row, then label | value; every cell text ("@"), so Sheets re-types nothing. */
export function infoSpec(info: FileInfo): SheetSpec {
  const word = (k: Key) => LABELS[k];
  const value = (k: Key): string => {
    if (k === "kind") return info.kind === "ward" ? FILE_INFO.kindWard : FILE_INFO.kindBook;
    return String(info[k] ?? "");
  };
  const rows = [[SHEET.fileInfo, ""], ...KEYS.map((k) => [word(k), value(k)])];
  const spec = emptySpec(SHEET.fileInfo, rows);
  spec.numberFormats = rows.map((r) => r.map(() => "@"));
  spec.bold = rows.map((_, i) => [i === 0, false]);
  spec.columnWidths = [200, 320];
  spec.hidden = true;
  return spec;
}

export type InfoRead = { ok: true; info: FileInfo } | { ok: false; cell: string; value: string };

/** The sheet's values read back by label (rows may move; unknown rows ignored). */
export function readInfo(values: unknown[][]): InfoRead {
  const byLabel = new Map<string, { row: number; value: string }>();
  values.forEach((r, i) => {
    const label = foldKey(r?.[0]);
    if (label && !byLabel.has(label)) byLabel.set(label, { row: i + 1, value: cleanText(r?.[1]) });
  });
  const raw: Record<string, unknown> = {};
  for (const k of KEYS) {
    const found = byLabel.get(foldKey(LABELS[k]));
    if (found && found.value !== "") raw[k] = found.value;
  }
  const kind = foldKey(raw.kind);
  raw.kind =
    kind === foldKey(FILE_INFO.kindWard) ? "ward" : kind === foldKey(FILE_INFO.kindBook) ? "book" : undefined;
  const parsed = infoSchema.safeParse(raw);
  if (parsed.success) return { ok: true, info: parsed.data };
  const key = parsed.error.issues[0]?.path[0] as Key | undefined;
  const at = key ? byLabel.get(foldKey(LABELS[key])) : undefined;
  return { ok: false, cell: at ? `B${at.row}` : "A1", value: at?.value ?? "" };
}

/** The A1 cell of a field's value (column B of its label's row); "" when the label is not there. */
export function infoCell(values: unknown[][], key: keyof FileInfo): string {
  const i = values.findIndex((r) => foldKey(r?.[0]) === foldKey(LABELS[key]));
  return i >= 0 ? `B${i + 1}` : "";
}

/**
 * A content hash of the framework as the ward tab uses it (codes, texts, standards, thresholds,
 * rule, disqualifiers; not its year or display words): two files show the same criteria when their
 * hashes match. Two 32-bit FNV-1a hashes of the canonical JSON (no BigInt, no Utilities.computeDigest:
 * the core runs in Apps Script and in Node alike).
 */
export function frameworkHash(fw: Framework): string {
  const canonical = JSON.stringify([
    fw.id,
    fw.rule,
    fw.standards.map((s) => [s.code, s.threshold]),
    fw.criteria.map((c) => [c.code, c.standard, c.text.normalize("NFC"), c.unitTypes, c.wardKinds]),
    fw.disqualifiers.map((d) => [d.code, d.text.normalize("NFC")]),
  ]);
  return hashText(canonical);
}

/** 16 hex digits: two 32-bit FNV-1a hashes of `text` with different seeds. */
export function hashText(text: string): string {
  return fnv(text, 0x811c9dc5) + fnv(text, 0x01000193 ^ 0x5bd1e995);
}

function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
