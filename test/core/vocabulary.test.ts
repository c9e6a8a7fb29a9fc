/**
 * The vocabulary is the file format: every header a layout writes is a vocabulary word, the reader
 * finds each one however it was typed (as written, without diacritics, in NFD, in upper case), and
 * every word in the vocabulary is used by some layout or by some module that reads or writes cells.
 * (The ward tab's layout, core/workbook/wardTabLayout.ts, has its own tests of the same kind.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as V from "../../src/core/vocabulary";
import {
  CRITERIA_LAYOUT,
  columnOf,
  findTables,
  HISTORY_LAYOUT,
  NOMINATION_LAYOUT,
  PLAN_LAYOUT,
  rosterLayout,
  summaryWardLayout,
  type TableLayout,
  TENURE_LAYOUT,
  TENURE_LIST_LAYOUT,
  TENURE_PERIOD_LAYOUT,
  writeHeaders,
} from "../../src/core/workbook/layout";
import type { CellValue } from "../../src/core/workbook/spec";

const roster = rosterLayout();
const thon = rosterLayout("thôn");

/** Every layout, with the tables that share its sheet (found together, as the readers do). */
const SHEETS: { name: string; tables: TableLayout[] }[] = [
  { name: "Tiêu chí", tables: [CRITERIA_LAYOUT] },
  { name: "Danh mục", tables: [roster.wards, roster.units] },
  { name: "Danh mục (framework word thôn)", tables: [thon.wards, thon.units] },
  { name: "Kế hoạch", tables: [PLAN_LAYOUT.registrations, PLAN_LAYOUT.targets] },
  { name: "Lịch sử công nhận", tables: [HISTORY_LAYOUT] },
  { name: "Khen thưởng niên hạn", tables: [TENURE_LAYOUT] },
  { name: "Khen thưởng niên hạn, Từ ngày / Đến ngày", tables: [TENURE_PERIOD_LAYOUT] },
  { name: "Phụ lục I", tables: [TENURE_LIST_LAYOUT] },
  { name: "Đề nghị khen thưởng tổng kết", tables: [NOMINATION_LAYOUT] },
];

const noDiacritics = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
const TYPINGS: [string, (s: string) => string][] = [
  ["as written", (s) => s],
  ["without diacritics", noDiacritics],
  ["in NFD", (s) => s.normalize("NFD")],
  ["in upper case", (s) => s.toUpperCase()],
];

/** The header rows of these tables, each label typed by `typed`. */
function headers(tables: TableLayout[], typed: (s: string) => string): CellValue[][] {
  const rows: CellValue[][] = Array.from({ length: 12 }, () => Array<CellValue>(30).fill(""));
  for (const t of tables) writeHeaders(rows, t);
  return rows.map((r) => r.map((v) => (typeof v === "string" ? typed(v) : v)));
}

describe("the reader finds every header of every layout however it is typed", () => {
  for (const { name, tables } of SHEETS)
    for (const [how, typed] of TYPINGS)
      it(`${name}, ${how}`, () => {
        const found = findTables(headers(tables, typed), tables);
        found.forEach((f, i) => {
          const t = tables[i];
          expect(f.found).toBe(true);
          expect(f.headerRow).toBe(t.headerRow);
          expect(f.missing).toEqual([]);
          expect(f.problems).toEqual([]);
          expect(f.col).toEqual(Object.fromEntries(t.columns.map((c) => [c.key, columnOf(t, c.key)])));
        });
      });

  it("a header typed over is a problem naming the sheet, its cell and what it holds", () => {
    const rows = headers([HISTORY_LAYOUT], (s) => s);
    rows[2][1] = "Năm";
    const [f] = findTables(rows, [HISTORY_LAYOUT]);
    expect(f.problems).toEqual([
      { sheet: V.SHEET.history, cell: "B3", value: "Năm", message: expect.stringContaining("Năm công nhận") },
    ]);
  });
  it("a table moved right by a column is found where it is", () => {
    const rows = headers([HISTORY_LAYOUT], (s) => s).map((r) => ["", ...r]);
    const [f] = findTables(rows, [HISTORY_LAYOUT]);
    expect([f.col.unit, f.col.year, f.col.note, f.problems]).toEqual([2, 3, 6, []]);
  });
});

// ---------------------------------------------------------------- the vocabulary as a contract

/** Each word of the vocabulary with its path; a function is called with the default framework word. */
function words(value: unknown, path: string): { path: string; word: string }[] {
  if (typeof value === "string") return [{ path, word: value }];
  if (typeof value === "function") {
    const call = (arg: unknown) => value(...Array.from({ length: value.length }, () => arg));
    let out: unknown;
    try {
      out = call(V.KIND_WORDS.defaultWardWord);
    } catch {
      out = call([V.KIND_WORDS.defaultWardWord]); // a list of reasons, say
    }
    return words(out, path);
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => words(v, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => words(v, `${path}.${k}`));
  return [];
}
const VOCABULARY = Object.entries(V)
  .filter(([, v]) => typeof v === "object")
  .flatMap(([name, v]) => words(v, name));

const LAYOUT_LABELS = SHEETS.flatMap((s) => s.tables.flatMap((t) => t.columns.map((c) => c.label)));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}
const ROOT = join(__dirname, "../..");
/** What reads and writes cells: every source module but the vocabulary itself and the display text. */
const CODE = sources(join(ROOT, "src"))
  .filter((f) => !/^src\/core\/(vocabulary\.ts|text\/)/.test(relative(ROOT, f)))
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");

describe("the vocabulary as a contract", () => {
  it("is walked (so the checks below are about something)", () => {
    expect(VOCABULARY.length).toBeGreaterThan(100);
  });

  it("every header a layout writes is a vocabulary word", () => {
    // Danh mục built for the framework word "thôn" takes the same vocabulary functions.
    const thonWords = [...V.HEAD.wardHeaders("thôn"), ...V.HEAD.unitHeaders("thôn")];
    const vocabulary = new Set([...VOCABULARY.map((w) => w.word), ...thonWords]);
    expect(LAYOUT_LABELS.filter((l) => !vocabulary.has(l))).toEqual([]);
  });

  it("Tổng hợp's headers are display text, not the vocabulary: the roll-up writes it and never reads it", () => {
    const labels = summaryWardLayout(V.KIND_WORDS.defaultWardWord, 2024, 5).columns.map((c) => c.label);
    expect(labels).toHaveLength(11);
  });

  it("every word is used by a layout or by a module that reads or writes cells", () => {
    const used = (path: string, word: string) => {
      if (LAYOUT_LABELS.includes(word)) return true;
      // `HEAD.wardHeaders[2]` is used where `HEAD.wardHeaders` is; `KIND_WORDS.unitType.tdp` where its record is.
      const parts = path.replace(/\[\d+\]/g, "").split(".");
      for (let n = parts.length; n >= 2; n--) if (CODE.includes(parts.slice(0, n).join("."))) return true;
      return false;
    };
    expect(VOCABULARY.filter((w) => !used(w.path, w.word)).map((w) => w.path)).toEqual([]);
  });
});
