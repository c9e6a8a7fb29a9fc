/**
 * A table on a sheet, declared once: where its header row and first data row are, and its columns
 * (a role, the header label from the vocabulary, width and text format). The writers put the headers
 * where the declaration says (writeHeaders); the readers find each column by its header text
 * (findTables), so a table moved by some columns still reads, and a header typed over is reported
 * with its cell. Several tables may stand side by side on one sheet (Danh mục: wards, then units).
 */
import { a1 } from "../a1";
import type { Problem } from "../problem";
import { cleanText, foldKey } from "../text";
import { SHEET_TEXT } from "../text/sheets";
import { CRITERIA_TABLE, HEAD, KIND_WORDS, SHEET } from "../vocabulary";
import type { CellValue } from "./spec";

export interface Column<K extends string = string> {
  /** The column's role, as the reader and the writer call it. */
  key: K;
  /** The header as written. */
  label: string;
  /**
   * For a label that carries a framework word ("Mã xã, phường"): its fixed first word ("Mã"); a header
   * matches when it is that word alone or that word followed by others.
   */
  stem?: string;
  /** Written for reference only: the reader does not need it and does not report it missing. */
  optional?: boolean;
  /** Pixels. */
  width?: number;
  /** Plain-text format, so a code like 01 or 1.10 stays as typed. */
  text?: boolean;
}

export interface TableLayout<K extends string = string> {
  sheet: string;
  /** 1-based row of the headers, as written. */
  headerRow: number;
  /** 1-based row of the first data row, as written. */
  firstDataRow: number;
  /** 1-based column of the first declared column, as written. */
  firstCol: number;
  /** Left to right from firstCol; the first one is the anchor the reader looks for. */
  columns: readonly Column<K>[];
}

/** Where a table stands in the values read. */
export interface FoundTable<K extends string = string> {
  /** Whether the anchor header was found (else the table is taken as declared). */
  found: boolean;
  headerRow: number;
  firstDataRow: number;
  /** 1-based column of each role. */
  col: Record<K, number>;
  /** A required header that is neither where declared nor elsewhere in its row (the table is unreadable). */
  problems: Problem[];
}

/** Declared 1-based column of a role. */
export function columnOf<K extends string>(t: TableLayout<K>, key: K): number {
  const i = t.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key} in ${t.sheet}`);
  return t.firstCol + i;
}

/** Writes a table's header labels into rows (0-based arrays of a sheet's values). */
export function writeHeaders(rows: CellValue[][], t: TableLayout): void {
  t.columns.forEach((c, i) => {
    rows[t.headerRow - 1][t.firstCol - 1 + i] = c.label;
  });
}

/** The 1-based columns a table writes as plain text. */
export function textColumns(t: TableLayout): number[] {
  return t.columns.flatMap((c, i) => (c.text ? [t.firstCol + i] : []));
}

/** "Loại (tổ dân phố/bản)" and "loai:" both → "loai". */
const headerKey = (v: unknown) =>
  foldKey(v)
    .replace(/\(.*?\)/g, " ")
    .replace(/[:\s]+$/, "")
    .replace(/\s+/g, " ")
    .trim();

/** Whether a cell holds a column's header: case, NFC/NFD, diacritics, spaces and a "(…)" note aside. */
export function isHeader(cell: unknown, c: Column): boolean {
  const k = headerKey(cell);
  if (k === "") return false;
  if (c.stem) {
    const stem = headerKey(c.stem);
    return k === stem || k.startsWith(`${stem} `);
  }
  return k === headerKey(c.label);
}

/** How far down a sheet the reader looks for a header row (letterheads pushed above it). */
const SEARCH_ROWS = 30;

/**
 * Finds tables of one sheet in its values, each by its first column's header, then each of its columns
 * by header text within its span (up to the next table's anchor to its right). A table whose anchor is
 * nowhere is taken as declared (a sheet typed by hand without headers still reads). A required header
 * that is not in its row is read where declared if that cell is blank, else reported with what is there.
 */
export function findTables<K extends string>(
  values: unknown[][],
  tables: readonly TableLayout<K>[],
  sheet: string = tables[0]?.sheet ?? "",
  /** Sheet row and column of values[0][0], for the problems' cells. */
  origin = { row: 1, col: 1 },
): FoundTable<K>[] {
  const anchors = tables.map((t) => findAnchor(values, t));
  return tables.map((t, i) => {
    const anchor = anchors[i];
    const right = anchors
      .filter((a, j) => j !== i && a && a.row === anchor?.row && a.col > anchor.col)
      .map((a) => a!.col);
    const end = right.length ? Math.min(...right) - 1 : Number.POSITIVE_INFINITY;
    return locate(values, t, anchor, end, sheet, origin);
  });
}

/** One table: findTables of a sheet that holds only it. */
export function findTable<K extends string>(
  values: unknown[][],
  table: TableLayout<K>,
  sheet: string = table.sheet,
  origin = { row: 1, col: 1 },
): FoundTable<K> {
  return findTables(values, [table], sheet, origin)[0];
}

function findAnchor(values: unknown[][], t: TableLayout): { row: number; col: number } | undefined {
  const first = t.columns[0];
  for (let r = 1; r <= Math.min(values.length, SEARCH_ROWS); r++) {
    const c = (values[r - 1] ?? []).findIndex((v) => isHeader(v, first));
    if (c >= 0) return { row: r, col: c + 1 };
  }
  return undefined;
}

function locate<K extends string>(
  values: unknown[][],
  t: TableLayout<K>,
  anchor: { row: number; col: number } | undefined,
  end: number,
  sheet: string,
  origin: { row: number; col: number },
): FoundTable<K> {
  const headerRow = anchor?.row ?? t.headerRow;
  const shift = (anchor?.col ?? t.firstCol) - t.firstCol;
  const header = values[headerRow - 1] ?? [];
  const col = {} as Record<K, number>;
  const problems: Problem[] = [];
  const taken = new Set<number>();
  t.columns.forEach((c, i) => {
    const declared = t.firstCol + i + shift;
    let at = -1;
    if (isHeader(header[declared - 1], c) && !taken.has(declared)) at = declared;
    for (let j = t.firstCol + shift; at < 0 && anchor && j <= Math.min(end, header.length); j++)
      if (!taken.has(j) && isHeader(header[j - 1], c)) at = j;
    if (at < 0) {
      at = declared;
      const seen = cleanText(header[declared - 1]);
      if (anchor && !c.optional && seen !== "")
        problems.push({
          sheet,
          cell: a1(origin.row + headerRow - 1, origin.col + declared - 1),
          value: seen,
          message: SHEET_TEXT.headerMissing(c.label),
        });
    }
    taken.add(at);
    col[c.key] = at;
  });
  return {
    found: anchor !== undefined,
    headerRow,
    firstDataRow: headerRow + t.firstDataRow - t.headerRow,
    col,
    problems,
  };
}

// ---------------------------------------------------------------- the layouts of the city's sheets

/**
 * Headers that carry the framework's ward word ("Mã xã, phường", "Tên thôn") are found by the part
 * without it ("Mã", "Tên"), so the reader needs no framework.
 */
function labelled(labels: (word: string) => readonly string[], word: string, i: number) {
  const label = labels(word)[i];
  const bare = labels("")[i].trim();
  return bare === label ? { label } : { label, stem: bare };
}

export type WardRole = "code" | "name" | "kind" | "tab" | "editors" | "pilot";
export type UnitRole =
  | "code"
  | "name"
  | "type"
  | "ward"
  | "from"
  | "until"
  | "note"
  | "households"
  | "leader"
  | "deputy";

/** Danh mục: the wards table at A3, the units table at H3 (G left blank between them); data from row 4. */
export function rosterLayout(wardWord: string = KIND_WORDS.defaultWardWord): {
  wards: TableLayout<WardRole>;
  units: TableLayout<UnitRole>;
} {
  const w = (i: number) => labelled(HEAD.wardHeaders, wardWord, i);
  const u = (i: number) => labelled(HEAD.unitHeaders, wardWord, i);
  const at = { sheet: SHEET.roster, headerRow: 3, firstDataRow: 4 };
  return {
    wards: {
      ...at,
      firstCol: 1,
      columns: [
        { key: "code", ...w(0), width: 140, text: true },
        { key: "name", ...w(1), width: 180 },
        { key: "kind", ...w(2), width: 110 },
        { key: "tab", ...w(3), width: 180 },
        { key: "editors", ...w(4), width: 260 },
        { key: "pilot", ...w(5), width: 80 },
      ],
    },
    units: {
      ...at,
      firstCol: 8,
      columns: [
        { key: "code", ...u(0), width: 150, text: true },
        { key: "name", ...u(1), width: 200 },
        { key: "type", ...u(2), width: 150 },
        { key: "ward", ...u(3), width: 110, text: true },
        { key: "from", ...u(4), width: 70 },
        { key: "until", ...u(5), width: 70 },
        { key: "note", ...u(6), width: 200 },
        { key: "households", ...u(7), width: 60 },
        { key: "leader", ...u(8), width: 160 },
        { key: "deputy", ...u(9), width: 160 },
      ],
    },
  };
}

/** Kế hoạch: registrations at A3, targets at E3 (D left blank); data from row 4. */
export const PLAN_LAYOUT = {
  registrations: {
    sheet: SHEET.plan,
    headerRow: 3,
    firstDataRow: 4,
    firstCol: 1,
    columns: [
      { key: "unit", label: HEAD.planHeaders[0], width: 150, text: true },
      { key: "name", label: HEAD.planHeaders[1], width: 220, optional: true },
      { key: "year", label: HEAD.planHeaders[2], width: 110 },
    ],
  },
  targets: {
    sheet: SHEET.plan,
    headerRow: 3,
    firstDataRow: 4,
    firstCol: 5,
    columns: [
      { key: "label", label: HEAD.targetHeaders[0], width: 170 },
      { key: "target", label: HEAD.targetHeaders[1], width: 150 },
    ],
  },
} as const satisfies Record<string, TableLayout>;

/** Lịch sử công nhận: one row per recognition from row 4; the name and ward are copies for reference. */
export const HISTORY_LAYOUT = {
  sheet: SHEET.history,
  headerRow: 3,
  firstDataRow: 4,
  firstCol: 1,
  columns: [
    { key: "unit", label: HEAD.historyHeaders[0], width: 150 },
    { key: "year", label: HEAD.historyHeaders[1], width: 110 },
    { key: "name", label: HEAD.historyHeaders[2], width: 220, optional: true },
    { key: "ward", label: HEAD.historyHeaders[3], width: 180, optional: true },
    { key: "note", label: HEAD.historyHeaders[4], width: 200 },
  ],
} as const satisfies TableLayout;

export type CriteriaRole = "kind" | "code" | "text" | "standard" | "threshold" | "unitTypes" | "wardKinds";
const CRITERIA_ROLES: readonly CriteriaRole[] = [
  "kind",
  "code",
  "text",
  "standard",
  "threshold",
  "unitTypes",
  "wardKinds",
];
const CRITERIA_WIDTHS = [170, 70, 520, 110, 90, 160, 140];

/** Tiêu chí: title, note, then the table from A3 (one row per item, its kind in column Loại). */
export const CRITERIA_LAYOUT: TableLayout<CriteriaRole> = {
  sheet: SHEET.criteria,
  headerRow: 3,
  firstDataRow: 4,
  firstCol: 1,
  columns: CRITERIA_ROLES.map((key, i) => ({
    key,
    label: CRITERIA_TABLE.headers[i],
    width: CRITERIA_WIDTHS[i],
    text: key === "code" || key === "standard",
  })),
};

/** Column widths of a sheet holding these tables side by side; a column between them gets `gap`. */
export function sheetWidths(tables: readonly TableLayout[], gap = 24): number[] {
  const last = Math.max(...tables.map((t) => t.firstCol + t.columns.length - 1));
  return Array.from({ length: last }, (_, i) => {
    for (const t of tables) {
      const c = t.columns[i + 1 - t.firstCol];
      if (c) return c.width ?? gap;
    }
    return gap;
  });
}
