import { columnLetter } from "./a1";
import { civil, type DayNumber, readDate } from "./awards/dates";
import {
  type Framework,
  type FrameworkInput,
  type FrameworkProblem,
  parseFramework,
  type RuleKind,
  type UnitType,
  type WardKind,
} from "./framework";
import { cleanText, foldKey } from "./text";
import { msg } from "./text/problems";
import { CRITERIA_TABLE, KIND_WORDS } from "./vocabulary";
import { CRITERIA_LAYOUT, type CriteriaRole, findTable } from "./workbook/layout";

/**
 * The framework as a table (sheet "Tiêu chí"), one row per item, so the city office can edit it:
 *
 * | Loại | Mã | Nội dung | Thuộc tiêu chuẩn | Ngưỡng (%) | Áp dụng cho loại đơn vị | Áp dụng cho địa bàn |
 *
 * Loại is one of: Khung (Mã = id, Nội dung = name), Năm đánh giá (Mã = year), Quy tắc (Mã = rule),
 * Tên đơn vị, Tên cấp xã, Nguồn, Ghi chú (Nội dung), Tiêu chuẩn, Tiêu chí, Nội dung riêng (a text variant
 * of the criterion in Mã), Trường hợp không đảm bảo. Rows above the header row and blank rows are ignored.
 */
export const TABLE_HEADERS = CRITERIA_LAYOUT.columns.map((c) => c.label);
export const ROW_KIND = CRITERIA_TABLE.rowKind;
export const RULE_WORDS: Record<RuleKind, string> = CRITERIA_TABLE.rule;
const UNIT_TYPE_WORDS: Record<UnitType, string> = KIND_WORDS.unitType;
const WARD_KIND_WORDS: Record<WardKind, string> = KIND_WORDS.wardKind;

/** Reads "bản, thôn" → ["ban"]; unknown words are returned in `unknown`. */
export function parseUnitTypes(value: unknown): { types: UnitType[]; unknown: string[] } {
  const types: UnitType[] = [];
  const unknown: string[] = [];
  for (const part of splitList(value)) {
    const k = foldKey(part);
    const t: UnitType | undefined =
      k === "tdp" || k.startsWith("to dan pho")
        ? "tdp"
        : k === "ban" || k === "thon" || k.startsWith("ban ") || k === "xom"
          ? "ban"
          : k.startsWith("to tu quan")
            ? "to"
            : undefined;
    if (t) {
      if (!types.includes(t)) types.push(t);
    } else unknown.push(part);
  }
  return { types, unknown };
}

export function parseWardKinds(value: unknown): { kinds: WardKind[]; unknown: string[] } {
  const kinds: WardKind[] = [];
  const unknown: string[] = [];
  for (const part of splitList(value)) {
    const k = foldKey(part);
    const w: WardKind | undefined =
      k === "phuong" ? "phuong" : k === "xa" || k === "thi tran" ? "xa" : undefined;
    if (w) {
      if (!kinds.includes(w)) kinds.push(w);
    } else unknown.push(part);
  }
  return { kinds, unknown };
}

function splitList(value: unknown): string[] {
  return cleanText(value)
    .split(/[,;/]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function frameworkToRows(fw: Framework, year?: number): string[][] {
  const rows: (string | number)[][] = [[...TABLE_HEADERS]];
  const meta = (kind: string, code: string | number, text = "") =>
    rows.push([kind, code, text, "", "", "", ""]);
  meta(ROW_KIND.framework, fw.id, fw.name);
  meta(ROW_KIND.year, year ?? fw.year ?? "");
  meta(ROW_KIND.deadline, fw.deadline ? dayLabel(fw.deadline) : "");
  meta(ROW_KIND.rule, RULE_WORDS[fw.rule]);
  meta(ROW_KIND.unitWord, "", fw.unitWord);
  meta(ROW_KIND.wardWord, "", fw.wardWord);
  meta(ROW_KIND.placeWord, "", fw.placeWord);
  meta(ROW_KIND.titleWord, "", fw.titleWord);
  if (fw.source) meta(ROW_KIND.source, "", fw.source);
  if (fw.note) meta(ROW_KIND.note, "", fw.note);
  for (const s of fw.standards) {
    rows.push([ROW_KIND.standard, s.code, s.name, "", s.threshold, "", ""]);
    for (const c of fw.criteria.filter((c) => c.standard === s.code)) {
      rows.push([
        ROW_KIND.criterion,
        c.code,
        c.text,
        c.standard,
        "",
        (c.unitTypes ?? []).map((t) => UNIT_TYPE_WORDS[t]).join(", "),
        (c.wardKinds ?? []).map((w) => WARD_KIND_WORDS[w]).join(", "),
      ]);
      for (const v of c.variants ?? []) {
        rows.push([
          ROW_KIND.variant,
          c.code,
          v.text,
          "",
          "",
          (v.unitTypes ?? []).map((t) => UNIT_TYPE_WORDS[t]).join(", "),
          (v.wardKinds ?? []).map((w) => WARD_KIND_WORDS[w]).join(", "),
        ]);
      }
    }
  }
  for (const d of fw.disqualifiers) rows.push([ROW_KIND.disqualifier, d.code, d.text, "", "", "", ""]);
  return rows.map((r) => r.map(String));
}

export interface TableProblem {
  /** A1 address of the cell, e.g. "B14" (prefix the sheet name when showing it). */
  cell: string;
  value: string;
  message: string;
}

export type TableResult =
  | { framework: Framework; problems: TableProblem[] }
  | { framework: null; problems: TableProblem[] };

/**
 * A year read leniently: 2024, "2024", "năm 2024", "Năm 2024 " or a date in 2024; undefined when the
 * cell holds no single year between 2000 and 2100.
 */
export function readYearText(raw: unknown): number | undefined {
  if (raw instanceof Date) return raw.getFullYear();
  const text = cleanText(raw);
  const m = /^(?:nam\s*)?(\d{4})$/.exec(foldKey(text));
  const y = m ? Number(m[1]) : Number.NaN;
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : undefined;
}

/** Zero-based column of each role of the criteria table. */
type TableColumns = Record<CriteriaRole, number>;

/** What a parse of the table gathers row by row. */
interface TableParse {
  input: FrameworkInput & { standards: any[]; criteria: any[]; disqualifiers: any[] };
  /** Where each parsed item came from, for zod problem locations. */
  origin: Record<string, number[]>;
  problems: TableProblem[];
  metaRow: number;
  col: TableColumns;
  at: (r: number, c: number) => string;
}

/**
 * Parses the criteria table. `firstRow`/`firstCol` are the sheet row/column (1-based) of values[0][0],
 * so problems carry real A1 addresses.
 */
export function frameworkFromRows(values: unknown[][], firstRow = 1, firstCol = 1): TableResult {
  const at = (r: number, c: number) => `${columnLetter(firstCol + c)}${firstRow + r}`;
  // Columns found by their header (layout.ts, CRITERIA_LAYOUT); without a header row, as declared.
  const table = findTable(values, CRITERIA_LAYOUT, "", { row: firstRow, col: firstCol });
  if (table.problems.length)
    return {
      framework: null,
      problems: table.problems.map(({ cell, value, message }) => ({ cell, value, message })),
    };
  const col = Object.fromEntries(Object.entries(table.col).map(([k, c]) => [k, (c as number) - 1])) as Record<
    keyof typeof table.col,
    number
  >;
  const header = table.found ? table.headerRow - 1 : -1;
  const start = header + 1; // -1 → 0: no header row, read everything
  const p = newParse(col, at, start);
  const kinds = new Map(Object.values(ROW_KIND).map((k) => [foldKey(k), k]));

  for (let r = start; r < values.length; r++) {
    const row = values[r] ?? [];
    const kindWord = cleanText(row[col.kind]);
    if (!kindWord) continue;
    const kind = kinds.get(foldKey(kindWord));
    if (!kind) {
      p.problems.push({
        cell: at(r, col.kind),
        value: kindWord,
        message: msg.fwUnknownKind(kindWord, Object.values(ROW_KIND)),
      });
      continue;
    }
    readTableRow(p, kind, row, r);
  }
  if (!p.input.id) p.input.id = "tuy-chinh";
  return checkedFramework(p, values);
}

/** An empty parse: no items yet, the default rule, meta problems pointing at the first row. */
function newParse(col: TableColumns, at: (r: number, c: number) => string, start: number): TableParse {
  return {
    input: {
      id: "",
      name: "",
      rule: "per-standard-threshold",
      standards: [],
      criteria: [],
      disqualifiers: [],
    },
    origin: { standards: [], criteria: [], disqualifiers: [], meta: [] },
    problems: [],
    metaRow: start,
    col,
    at,
  };
}

/** Adds one row of a known kind to the parse: a framework setting or an item. */
function readTableRow(p: TableParse, kind: string, row: unknown[], r: number): void {
  const { input, col } = p;
  const code = cleanText(row[col.code]);
  const text = cleanText(row[col.text]);
  switch (kind) {
    case ROW_KIND.framework:
      input.id = code;
      input.name = text;
      p.metaRow = r;
      break;
    case ROW_KIND.year:
      readYearRow(p, row, r, code);
      break;
    case ROW_KIND.deadline:
      readDeadlineRow(p, row, r, code);
      break;
    case ROW_KIND.rule:
      readRuleRow(p, r, code, text);
      break;
    case ROW_KIND.unitWord:
      if (text) input.unitWord = text;
      break;
    case ROW_KIND.wardWord:
      if (text) input.wardWord = text;
      break;
    case ROW_KIND.placeWord:
      if (text) input.placeWord = text;
      break;
    case ROW_KIND.titleWord:
      if (text) input.titleWord = text;
      break;
    case ROW_KIND.source:
      input.source = text;
      break;
    case ROW_KIND.note:
      input.note = text;
      break;
    default:
      readItemRow(p, kind, row, r, code, text);
  }
}

/** Reads the evaluation year row (a blank code sets nothing). */
function readYearRow(p: TableParse, row: unknown[], r: number, code: string): void {
  if (!code) return;
  const y = readYearText(row[p.col.code]);
  if (y !== undefined) p.input.year = y;
  else p.problems.push({ cell: p.at(r, p.col.code), value: code, message: msg.fwYearInvalid });
}

/** Reads the deadline row: a date (typed dd/mm/yyyy, or a date cell); blank sets nothing. */
function readDeadlineRow(p: TableParse, row: unknown[], r: number, code: string): void {
  const d = readDate(row[p.col.code]);
  if (d.kind === "blank") return;
  if (d.kind === "date" && d.precision === "day") p.input.deadline = isoDay(d.first);
  else p.problems.push({ cell: p.at(r, p.col.code), value: code, message: msg.fwDeadlineInvalid });
}

const pad = (n: number) => String(n).padStart(2, "0");
/** A day number as "yyyy-mm-dd". */
export function isoDay(day: DayNumber): string {
  const c = civil(day);
  return `${c.y}-${pad(c.m)}-${pad(c.d)}`;
}
/** "yyyy-mm-dd" as the sheets show it: "22/11/2021". */
export const dayLabel = (iso: string) => iso.split("-").reverse().join("/");

/** Reads the rule row: "tất cả…" or "mỗi tiêu chuẩn…" (blank is the default). */
function readRuleRow(p: TableParse, r: number, code: string, text: string): void {
  const k = foldKey(code || text);
  if (k.startsWith("tat ca")) p.input.rule = "all-must-pass";
  else if (k.startsWith("moi tieu chuan") || k === "") p.input.rule = "per-standard-threshold";
  else
    p.problems.push({
      cell: p.at(r, p.col.code),
      value: code,
      message: msg.fwRuleUnknown(RULE_WORDS["per-standard-threshold"], RULE_WORDS["all-must-pass"]),
    });
}

/** Adds a standard, criterion, text variant or disqualifier row to the parse. */
function readItemRow(
  p: TableParse,
  kind: string,
  row: unknown[],
  r: number,
  code: string,
  text: string,
): void {
  const { input, origin, col } = p;
  switch (kind) {
    case ROW_KIND.standard: {
      const raw = cleanText(row[col.threshold]).replace("%", "").replace(",", ".");
      const threshold = raw === "" ? Number.NaN : Number(raw);
      input.standards.push({ code, name: text, threshold });
      origin.standards.push(r);
      break;
    }
    case ROW_KIND.criterion:
      input.criteria.push(criterionItem(p, row, r, code, text));
      origin.criteria.push(r);
      break;
    case ROW_KIND.variant:
      addVariant(p, row, r, code, text);
      break;
    case ROW_KIND.disqualifier:
      input.disqualifiers.push({ code, text });
      origin.disqualifiers.push(r);
      break;
  }
}

/** The criterion of one row, with its unit types and ward kinds; unknown words are problems. */
function criterionItem(p: TableParse, row: unknown[], r: number, code: string, text: string): any {
  const { col, at } = p;
  const item: any = { code, text, standard: cleanText(row[col.standard]) };
  const types = parseUnitTypes(row[col.unitTypes]);
  const wards = parseWardKinds(row[col.wardKinds]);
  if (types.types.length) item.unitTypes = types.types;
  if (wards.kinds.length) item.wardKinds = wards.kinds;
  for (const u of types.unknown)
    p.problems.push({
      cell: at(r, col.unitTypes),
      value: u,
      message: msg.fwUnitTypeUnknown,
    });
  for (const u of wards.unknown)
    p.problems.push({ cell: at(r, col.wardKinds), value: u, message: msg.fwWardKindUnknown });
  return item;
}

/** Adds a text variant to the criterion named in its code, or reports it as orphaned. */
function addVariant(p: TableParse, row: unknown[], r: number, code: string, text: string): void {
  const { col } = p;
  const target = p.input.criteria.find((c) => foldKey(c.code) === foldKey(code));
  if (!target) {
    p.problems.push({
      cell: p.at(r, col.code),
      value: code,
      message: msg.fwVariantOrphan(code),
    });
    return;
  }
  const v: any = { text };
  const types = parseUnitTypes(row[col.unitTypes]).types;
  const wards = parseWardKinds(row[col.wardKinds]).kinds;
  if (types.length) v.unitTypes = types;
  if (wards.length) v.wardKinds = wards;
  target.variants = [...(target.variants ?? []), v];
}

/** The result: the framework the schema accepts, or its problems located at the rows they came from. */
function checkedFramework(p: TableParse, values: unknown[][]): TableResult {
  const { col, at, origin, problems } = p;
  const columnOf: Record<string, number> = {
    code: col.code,
    text: col.text,
    name: col.text,
    standard: col.standard,
    threshold: col.threshold,
  };
  const result = parseFramework(p.input, (path) => {
    const [list, index, field] = path;
    const rows = origin[String(list)];
    if (rows && typeof index === "number" && rows[index] !== undefined)
      return at(rows[index], columnOf[String(field)] ?? 1);
    return at(p.metaRow, col.code);
  });
  if (!result.ok) {
    for (const q of result.problems)
      problems.push({ cell: q.where, value: valueAt(values, q.where, at), message: q.message });
    return { framework: null, problems };
  }
  return { framework: result.framework, problems };
}

function valueAt(values: unknown[][], a1: string, at: (r: number, c: number) => string): string {
  for (let r = 0; r < values.length; r++)
    for (let c = 0; c < (values[r]?.length ?? 0); c++) if (at(r, c) === a1) return cleanText(values[r][c]);
  return "";
}

export type { FrameworkProblem };
