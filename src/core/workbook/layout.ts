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
import { SHEET_TEXT, SUMMARY } from "../text/sheets";
import { AWARD_WORDS, CRITERIA_TABLE, HEAD, KIND_WORDS, SHEET } from "../vocabulary";
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
  /** Sheet columns the header is merged over (a group with its own header row below); 1 unless said. */
  span?: number;
}

export interface TableLayout<K extends string = string> {
  sheet: string;
  /** 1-based row of the headers, as written. */
  headerRow: number;
  /** 1-based row of the first data row, as written. */
  firstDataRow: number;
  /** 1-based column of the first declared column, as written. */
  firstCol: number;
  /** Left to right from firstCol. */
  columns: readonly Column<K>[];
  /** The column the reader looks for first, to find the header row; the first column unless said. */
  anchor?: K;
}

/** Where a table stands in the values read. */
export interface FoundTable<K extends string = string> {
  /** Whether the anchor header was found (else the table is taken as declared). */
  found: boolean;
  headerRow: number;
  firstDataRow: number;
  /** 1-based column of each role. */
  col: Record<K, number>;
  /** Roles whose header was not found (read where declared, shifted like the table). */
  missing: K[];
  /** A required header typed over: not in its row, and its declared cell holds something else. */
  problems: Problem[];
}

/** Declared 1-based column of each column of a table, spans counted. */
function positions(t: TableLayout): number[] {
  let next = t.firstCol;
  return t.columns.map((c) => {
    const at = next;
    next += c.span ?? 1;
    return at;
  });
}

/** Declared 1-based column of a role. */
export function columnOf<K extends string>(t: TableLayout<K>, key: K): number {
  const i = t.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key} in ${t.sheet}`);
  return positions(t)[i];
}

/** Writes a table's header labels into rows (0-based arrays of a sheet's values). */
export function writeHeaders(rows: CellValue[][], t: TableLayout): void {
  const at = positions(t);
  t.columns.forEach((c, i) => {
    rows[t.headerRow - 1][at[i] - 1] = c.label;
  });
}

/** The 1-based columns a table writes as plain text. */
export function textColumns(t: TableLayout): number[] {
  const at = positions(t);
  return t.columns.flatMap((c, i) => (c.text ? [at[i]] : []));
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
  // Where each found table starts in its header row: another table's columns are not searched past it.
  const starts = tables.map((t, i) => {
    const a = anchors[i];
    return a ? { row: a.row, col: t.firstCol + a.shift } : undefined;
  });
  return tables.map((t, i) => {
    const me = starts[i];
    const right = starts
      .filter((s, j) => j !== i && s && me && s.row === me.row && s.col > me.col)
      .map((s) => s!.col);
    const end = right.length ? Math.min(...right) - 1 : Number.POSITIVE_INFINITY;
    return locate(values, t, anchors[i], end, sheet, origin);
  });
}

/** The last sheet column a table covers, as declared. */
export function lastCol(t: TableLayout): number {
  const last = t.columns[t.columns.length - 1];
  return positions(t)[t.columns.length - 1] + (last?.span ?? 1) - 1;
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

/** Where the anchor header stands, and how far the table has moved right (or left) of its declaration. */
function findAnchor(
  values: unknown[][],
  t: TableLayout,
): { row: number; col: number; shift: number } | undefined {
  const i = Math.max(
    0,
    t.columns.findIndex((c) => c.key === t.anchor),
  );
  for (let r = 1; r <= Math.min(values.length, SEARCH_ROWS); r++) {
    const c = (values[r - 1] ?? []).findIndex((v) => isHeader(v, t.columns[i]));
    if (c >= 0) return { row: r, col: c + 1, shift: c + 1 - positions(t)[i] };
  }
  return undefined;
}

/**
 * The column holding this column's header: its declared place if free, else (when `search`: the
 * anchor was found) the first free column from `from` to `to` with it; -1 when there is none.
 */
function headerColumn(
  header: unknown[],
  c: Column,
  declared: number,
  taken: Set<number>,
  search: boolean,
  from: number,
  to: number,
): number {
  if (isHeader(header[declared - 1], c) && !taken.has(declared)) return declared;
  for (let j = from; search && j <= to; j++) if (!taken.has(j) && isHeader(header[j - 1], c)) return j;
  return -1;
}

/** The table's header row and each column found from the anchor (or as declared), with what is missing. */
function locate<K extends string>(
  values: unknown[][],
  t: TableLayout<K>,
  anchor: { row: number; col: number; shift: number } | undefined,
  end: number,
  sheet: string,
  origin: { row: number; col: number },
): FoundTable<K> {
  const headerRow = anchor?.row ?? t.headerRow;
  const shift = anchor?.shift ?? 0;
  const header = values[headerRow - 1] ?? [];
  const col = {} as Record<K, number>;
  const missing: K[] = [];
  const problems: Problem[] = [];
  const taken = new Set<number>();
  const declaredAt = positions(t);
  t.columns.forEach((c, i) => {
    const declared = declaredAt[i] + shift;
    const to = Math.min(end, header.length);
    let at = headerColumn(header, c, declared, taken, anchor !== undefined, t.firstCol + shift, to);
    if (at < 0) {
      at = declared;
      missing.push(c.key);
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
    missing,
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

export type WardRole = "code" | "name" | "kind" | "tab" | "editors" | "pilot" | "file";
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
        // Written by "Tạo tệp cho từng xã/phường" (Sheets, file per ward); absent in older workbooks.
        { key: "file", ...w(6), width: 220, optional: true },
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
  const widths: (number | undefined)[] = [];
  for (const t of tables) {
    const at = positions(t);
    t.columns.forEach((c, i) => {
      for (let k = 0; k < (c.span ?? 1); k++) widths[at[i] - 1 + k] ??= c.width;
    });
  }
  return Array.from(widths, (w) => w ?? gap);
}

// ---------------------------------------------------------------- the award sheets (khen thưởng)

const T = AWARD_WORDS.tenureHeaders;
/** Từ ngày / Đến ngày pairs the tenure sheet is written with (the reader takes any number). */
export const TENURE_PERIODS = 3;

export type TenureRole =
  | "stt"
  | "name"
  | "post"
  | "unit"
  | "ward"
  | "periods"
  | "dismissed"
  | "discipline"
  | "violation"
  | "awarded"
  | "deceased"
  | "note"
  | "total"
  | "result";

/**
 * Khen thưởng niên hạn: headers in row 5, each merged down over row 6 except “Thời gian giữ chức vụ”,
 * merged across the Từ ngày / Đến ngày pairs written under it (TENURE_PERIOD_LAYOUT); one person a row
 * from row 7. Found by “Họ và tên”; the five Có / Không columns are required.
 */
export const TENURE_LAYOUT: TableLayout<TenureRole> = {
  sheet: AWARD_WORDS.tenureSheet,
  headerRow: 5,
  firstDataRow: 7,
  firstCol: 1,
  anchor: "name",
  columns: [
    { key: "stt", label: T.stt, width: 45, optional: true },
    { key: "name", label: T.name, width: 180 },
    { key: "post", label: T.post, width: 160, optional: true },
    { key: "unit", label: T.unit, width: 140, optional: true },
    { key: "ward", label: T.ward, width: 140, optional: true },
    { key: "periods", label: T.periods, span: 2 * TENURE_PERIODS, optional: true },
    { key: "dismissed", label: T.dismissed, width: 110 },
    { key: "discipline", label: T.discipline, width: 110 },
    { key: "violation", label: T.violation, width: 110 },
    { key: "awarded", label: T.awarded, width: 110 },
    { key: "deceased", label: T.deceased, width: 110 },
    { key: "note", label: T.note, width: 160, optional: true },
    { key: "total", label: T.total, width: 170, optional: true },
    { key: "result", label: T.result, width: 300, optional: true },
  ],
};

/** The row under “Thời gian giữ chức vụ”: Từ ngày / Đến ngày, TENURE_PERIODS times, kept as typed text. */
export const TENURE_PERIOD_LAYOUT: TableLayout = {
  sheet: AWARD_WORDS.tenureSheet,
  headerRow: TENURE_LAYOUT.headerRow + 1,
  firstDataRow: TENURE_LAYOUT.firstDataRow,
  firstCol: columnOf(TENURE_LAYOUT, "periods"),
  columns: Array.from({ length: TENURE_PERIODS }, (_, k) => [
    { key: `from${k + 1}`, label: T.from, width: 90, text: true },
    { key: `to${k + 1}`, label: T.to, width: 90, text: true },
  ]).flat(),
};

export type ListRole = "stt" | "name" | "post" | "unit" | "periods" | "note";

/**
 * Phụ lục I: each of its two sections (Tặng, Truy tặng) is this table under its title; the rows here
 * are the first section's when no one is listed before it. Written only.
 */
export const TENURE_LIST_LAYOUT: TableLayout<ListRole> = {
  sheet: AWARD_WORDS.listSheet,
  headerRow: 9,
  firstDataRow: 10,
  firstCol: 1,
  columns: (["stt", "name", "post", "unit", "periods", "note"] as const).map((key, i) => ({
    key,
    label: AWARD_WORDS.listHeaders[i],
    width: [45, 170, 150, 200, 260, 140][i],
  })),
};

export type NominationRole = "stt" | "level" | "kind" | "name" | "unit" | "years" | "note";

/** Đề nghị khen thưởng tổng kết: title and rules above, headers in row 5, one nomination a row. */
export const NOMINATION_LAYOUT: TableLayout<NominationRole> = {
  sheet: AWARD_WORDS.nominationSheet,
  headerRow: 5,
  firstDataRow: 6,
  firstCol: 1,
  anchor: "level",
  columns: (["stt", "level", "kind", "name", "unit", "years", "note"] as const).map((key, i) => ({
    key,
    label: AWARD_WORDS.nominationHeaders[i],
    width: [45, 160, 110, 240, 240, 120, 200][i],
    ...(key === "stt" || key === "unit" || key === "note" ? { optional: true } : {}),
  })),
};

// ---------------------------------------------------------------- Tổng hợp

export type SummaryWardRole =
  | "stt"
  | "ward"
  | "units"
  | "registered"
  | "evaluated"
  | "proposed"
  | "recognized"
  | "maintained"
  | "new"
  | "lost"
  | "complete";
const SUMMARY_WARD_ROLES: readonly SummaryWardRole[] = [
  "stt",
  "ward",
  "units",
  "registered",
  "evaluated",
  "proposed",
  "recognized",
  "maintained",
  "new",
  "lost",
  "complete",
];

/**
 * Tổng hợp, section 1: one row per ward and a total row, under headers at `headerRow` (below the title,
 * the headline and as many history lines as there are). Its labels are display text (SUMMARY): the
 * roll-up writes this sheet and never reads it back; the chart takes its ward and count columns here.
 */
export function summaryWardLayout(
  wardWord: string,
  year: number,
  headerRow: number,
): TableLayout<SummaryWardRole> {
  const labels = SUMMARY.wardHeaders(wardWord, year);
  return {
    sheet: SHEET.summary,
    headerRow,
    firstDataRow: headerRow + 1,
    firstCol: 1,
    columns: SUMMARY_WARD_ROLES.map((key, i) => ({ key, label: labels[i] })),
  };
}
