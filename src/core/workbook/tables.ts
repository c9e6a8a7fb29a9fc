/**
 * The city office's sheets as tables: Danh mục (roster), Kế hoạch (plan), Lịch sử công nhận (history).
 * Each has a title row, a note row and a header row (row 3); data from row 4, as declared in layout.ts
 * (rosterLayout, PLAN_LAYOUT, HISTORY_LAYOUT). Writers put the headers where the layout says; readers
 * find the columns by header text, are lenient and report every unreadable cell with its A1 address.
 */
import { a1, columnLetter } from "../a1";
import { parseUnitTypes, parseWardKinds, readYearText } from "../frameworkTable";
import {
  type History,
  historySchema,
  type Plan,
  planSchema,
  type Roster,
  rosterSchema,
  type Unit,
  type Ward,
} from "../model";
import type { Problem } from "../problem";
import { cleanText, foldKey } from "../text";
import { PROBLEM } from "../text/problems";
import { SHEET_TEXT } from "../text/sheets";
import { VALIDATION } from "../text/validation";
import { HEAD, KIND_WORDS, SHEET } from "../vocabulary";
import {
  columnOf,
  type FoundTable,
  findTable,
  findTables,
  HISTORY_LAYOUT,
  lastCol,
  PLAN_LAYOUT,
  rosterLayout,
  sheetWidths,
  type TableLayout,
  textColumns,
  type UnitRole,
  type WardRole,
  writeHeaders,
} from "./layout";
import { isFixedSheet } from "./sheets";
import {
  type CellValue,
  COLORS,
  type ConditionalSpec,
  emptySpec,
  ownedFormats,
  type RangeListRule,
  ruleColumn,
  type SheetRules,
  type SheetSpec,
  type ValidationRule,
} from "./spec";

/** First data row of every table sheet, as written. */
export const DATA_ROW = HISTORY_LAYOUT.firstDataRow;
/** Danh mục B2: the city office's e-mails (a fixed cell). */
const CITY_EDITORS_CELL = { row: 2, col: 2 } as const;

const cellText = (rows: unknown[][], r: number, c: number) => cleanText(rows[r - 1]?.[c - 1]);

function readYear(
  rows: unknown[][],
  r: number,
  c: number,
  sheet: string,
  problems: Problem[],
  what: string,
): number | undefined {
  const raw = rows[r - 1]?.[c - 1];
  const text = cleanText(raw);
  if (text === "") return undefined;
  const n = readYearText(raw);
  if (n !== undefined) return n;
  problems.push({ sheet, cell: a1(r, c), value: text, message: PROBLEM.notAYear(what) });
  return undefined;
}

function readCount(
  rows: unknown[][],
  r: number,
  c: number,
  sheet: string,
  problems: Problem[],
): number | undefined {
  const text = cellText(rows, r, c);
  if (text === "") return undefined;
  const n = Number(text);
  if (Number.isInteger(n) && n >= 0) return n;
  problems.push({ sheet, cell: a1(r, c), value: text, message: PROBLEM.householdsNotInteger });
  return undefined;
}

/** What Google accepts as an editor's address (Protection.addEditor throws on anything else). */
const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/**
 * The addresses of one cell (comma, semicolon or space separated). A malformed one is a problem
 * naming the cell and left out, so it cannot stop protection of the other wards.
 */
function readEmails(rows: unknown[][], r: number, c: number, sheet: string, problems: Problem[]): string[] {
  const out: string[] = [];
  for (const e of cellText(rows, r, c).split(/[,;\s]+/)) {
    const email = e.trim().toLowerCase();
    if (!email) continue;
    if (EMAIL.test(email)) out.push(email);
    else problems.push({ sheet, cell: a1(r, c), value: e.trim(), message: PROBLEM.emailInvalid });
  }
  return out;
}

// ---------- Danh mục ----------

export interface RosterRead {
  roster: Roster;
  cityEditors: string[];
  problems: Problem[];
}

export function readRoster(rows: unknown[][], sheet: string = SHEET.roster): RosterRead {
  const problems: Problem[] = [];
  const cityEditors = readEmails(rows, CITY_EDITORS_CELL.row, CITY_EDITORS_CELL.col, sheet, problems);
  const layout = rosterLayout();
  const [wt, ut] = findTables<string>(rows, [layout.wards, layout.units], sheet);
  problems.push(...wt.problems, ...ut.problems);
  const wards = readWards(rows, wt, sheet, problems);
  const units = readUnits(rows, ut, wards, sheet, problems);
  return { roster: rosterSchema.parse({ wards, units }), cityEditors, problems };
}

/** Which ward (code and label for problems) first claimed each tab name, by folded name. */
type TabOwners = Map<string, { code: string; label: string }>;

/** The wards table of Danh mục: one ward per code (a repeated code is a problem and skipped). */
function readWards(rows: unknown[][], wt: FoundTable<string>, sheet: string, problems: Problem[]): Ward[] {
  const w = wt.col as Record<WardRole, number>;
  const wards: Ward[] = [];
  const wardCodes = new Map<string, string>();
  const tabOwners: TabOwners = new Map();
  for (let r = wt.firstDataRow; r <= rows.length; r++) {
    const code = cellText(rows, r, w.code);
    if (!code) continue;
    const key = foldKey(code);
    if (wardCodes.has(key)) {
      problems.push({
        sheet,
        cell: a1(r, w.code),
        value: code,
        message: PROBLEM.wardCodeDuplicate(wardCodes.get(key)!),
      });
      continue;
    }
    wardCodes.set(key, a1(r, w.code));
    const ward = readWard(rows, r, w, code, sheet, problems, tabOwners);
    if (ward) wards.push(ward);
  }
  return wards;
}

/** The ward of row r, its problems reported; undefined when its tab name is a fixed sheet's. */
function readWard(
  rows: unknown[][],
  r: number,
  w: Record<WardRole, number>,
  code: string,
  sheet: string,
  problems: Problem[],
  tabOwners: TabOwners,
): Ward | undefined {
  const name = cellText(rows, r, w.name);
  const kinds = parseWardKinds(cellText(rows, r, w.kind)).kinds;
  if (!name) problems.push({ sheet, cell: a1(r, w.name), value: "", message: PROBLEM.wardNameMissing(code) });
  if (kinds.length !== 1)
    problems.push({
      sheet,
      cell: a1(r, w.kind),
      value: cellText(rows, r, w.kind),
      message: PROBLEM.wardKindInvalid,
    });
  const claim = claimTab(rows, r, w, code, name, sheet, problems, tabOwners);
  // The ward is kept (its units still count); only a fixed sheet's name is no ward at all.
  if (!claim) return undefined;
  const { tab, owner } = claim;
  const pilot = foldKey(cellText(rows, r, w.pilot));
  return {
    code,
    name: name || code,
    kind: kinds[0] ?? "phuong",
    tab,
    editors: readEmails(rows, r, w.editors, sheet, problems),
    pilot: pilot === "x" || pilot === "co" || pilot === "true" || pilot === "thi diem",
    ...(owner ? { sharedTab: owner.code } : {}),
    ...(w.file && cellText(rows, r, w.file) ? { file: cellText(rows, r, w.file) } : {}),
  };
}

/**
 * The ward's tab name (typed, else its name, else its code) and the ward that already has it;
 * undefined for a fixed sheet's name. A long name, a shared tab or a fixed name is a problem.
 */
function claimTab(
  rows: unknown[][],
  r: number,
  w: Record<WardRole, number>,
  code: string,
  name: string,
  sheet: string,
  problems: Problem[],
  tabOwners: TabOwners,
): { tab: string; owner?: { code: string } } | undefined {
  const typedTab = cellText(rows, r, w.tab);
  const tab = typedTab || name || code;
  const tabCell = a1(r, typedTab ? w.tab : w.name);
  if (tab.length > 31)
    problems.push({ sheet, cell: tabCell, value: tab, message: PROBLEM.tabNameTooLong(tab.length) });
  // Two wards on one tab would overwrite each other; a fixed sheet's name is never a ward tab.
  const tabKey = foldKey(tab);
  const owner = tabOwners.get(tabKey);
  const fixed = !owner && isFixedSheet(tab);
  if (owner || fixed)
    problems.push({
      sheet,
      cell: tabCell,
      value: tab,
      message: owner ? PROBLEM.tabNameClash(owner.label, code) : PROBLEM.tabNameFixed(tab, code),
    });
  if (fixed) return undefined;
  if (!owner) tabOwners.set(tabKey, { code, label: PROBLEM.tabOwner(code, a1(r, w.code)) });
  return { tab, owner };
}

/** The units table of Danh mục: one unit per code (a repeated code is a problem and skipped). */
function readUnits(
  rows: unknown[][],
  ut: FoundTable<string>,
  wards: Ward[],
  sheet: string,
  problems: Problem[],
): Unit[] {
  const u = ut.col as Record<UnitRole, number>;
  const units: Unit[] = [];
  const unitCodes = new Map<string, string>();
  // Ward codes by folded key, first one wins (as a search of the list would): one look-up per unit.
  const wardByKey = new Map<string, Ward>();
  for (const w of wards) if (!wardByKey.has(foldKey(w.code))) wardByKey.set(foldKey(w.code), w);
  for (let r = ut.firstDataRow; r <= rows.length; r++) {
    const c = (role: UnitRole) => cellText(rows, r, u[role]);
    const code = c("code");
    if (!code) {
      if (c("name"))
        problems.push({ sheet, cell: a1(r, u.code), value: "", message: PROBLEM.unitCodeMissing(c("name")) });
      continue;
    }
    const key = foldKey(code);
    if (unitCodes.has(key)) {
      problems.push({
        sheet,
        cell: a1(r, u.code),
        value: code,
        message: PROBLEM.unitCodeDuplicate(unitCodes.get(key)!),
      });
      continue;
    }
    unitCodes.set(key, a1(r, u.code));
    units.push(readUnit(rows, r, u, wardByKey, sheet, problems));
  }
  return units;
}

/** The unit of row r (its code is there), with problems for its type, ward, years and households. */
function readUnit(
  rows: unknown[][],
  r: number,
  u: Record<UnitRole, number>,
  wardByKey: ReadonlyMap<string, Ward>,
  sheet: string,
  problems: Problem[],
): Unit {
  const c = (role: UnitRole) => cellText(rows, r, u[role]);
  const types = parseUnitTypes(c("type")).types;
  if (types.length !== 1)
    problems.push({ sheet, cell: a1(r, u.type), value: c("type"), message: PROBLEM.unitTypeInvalid });
  const ward = wardByKey.get(foldKey(c("ward")));
  if (!ward)
    problems.push({
      sheet,
      cell: a1(r, u.ward),
      value: c("ward"),
      message: PROBLEM.unitWardUnknown(c("ward")),
    });
  return {
    code: c("code"),
    name: c("name") || c("code"),
    type: types[0] ?? "tdp",
    ward: ward?.code ?? c("ward"),
    from: readYear(rows, r, u.from, sheet, problems, PROBLEM.fieldFrom),
    until: readYear(rows, r, u.until, sheet, problems, PROBLEM.fieldUntil),
    note: c("note") || undefined,
    households: readCount(rows, r, u.households, sheet, problems),
    leader: c("leader") || undefined,
    deputy: c("deputy") || undefined,
  };
}

/** A grid of blank cells wide enough for these tables, with their headers written in. */
function tableGrid(tables: readonly TableLayout[], dataRows: number): CellValue[][] {
  const width = Math.max(...tables.map(lastCol));
  const height = Math.max(...tables.map((t) => t.firstDataRow)) - 1 + dataRows;
  const rows = Array.from({ length: height }, () => Array<CellValue>(width).fill(""));
  for (const t of tables) writeHeaders(rows, t);
  return rows;
}

/** Writes one data row of a table: each role's value in its column. */
function putRow<K extends string>(
  rows: CellValue[][],
  t: TableLayout<K>,
  i: number,
  row: Record<K, CellValue>,
) {
  for (const c of t.columns) rows[t.firstDataRow - 1 + i][columnOf(t, c.key) - 1] = row[c.key];
}

export function rosterSpec(
  roster: Roster,
  cityEditors: string[],
  words: { ward: string; unit: string },
): SheetSpec {
  const { wards, units } = rosterLayout(words.ward);
  const rows = tableGrid([wards, units], Math.max(roster.wards.length, roster.units.length));
  rows[0][0] = SHEET_TEXT.rosterTitle(words.ward, words.unit);
  rows[1][0] = SHEET_TEXT.cityEditors;
  rows[1][1] = cityEditors.join(", ");
  roster.wards.forEach((w, i) => {
    putRow(rows, wards, i, {
      code: w.code,
      name: w.name,
      kind: KIND_WORDS.wardKind[w.kind],
      tab: w.tab,
      editors: w.editors.join(", "),
      pilot: w.pilot ? "x" : "",
      file: w.file ?? "",
    });
  });
  roster.units.forEach((u, i) => {
    putRow(rows, units, i, {
      code: u.code,
      name: u.name,
      type: KIND_WORDS.unitType[u.type],
      ward: u.ward,
      from: u.from ?? "",
      until: u.until ?? "",
      note: u.note ?? "",
      households: u.households ?? "",
      leader: u.leader ?? "",
      deputy: u.deputy ?? "",
    });
  });
  const spec = headerStyled(emptySpec(SHEET.roster, rows), sheetWidths([wards, units]));
  spec.textColumns = [...textColumns(wards), ...textColumns(units)];
  return spec;
}

// ---------- Kế hoạch ----------

export interface PlanRead {
  plan: Plan;
  problems: Problem[];
}

export function readPlan(rows: unknown[][], sheet: string = SHEET.plan): PlanRead {
  const problems: Problem[] = [];
  const registrations: Plan["registrations"] = [];
  const yearTargets: Plan["yearTargets"] = [];
  let period: Plan["period"];
  const [rt, tt] = findTables<string>(rows, [PLAN_LAYOUT.registrations, PLAN_LAYOUT.targets], sheet);
  problems.push(...rt.problems, ...tt.problems);
  const reg = rt.col as Record<"unit" | "year", number>;
  const tgt = tt.col as Record<"label" | "target", number>;
  for (let r = Math.min(rt.firstDataRow, tt.firstDataRow); r <= rows.length; r++) {
    const unit = r >= rt.firstDataRow ? cellText(rows, r, reg.unit) : "";
    if (unit) {
      const year = readYear(rows, r, reg.year, sheet, problems, PROBLEM.fieldRegistered);
      if (year) registrations.push({ unit, year });
      else if (!cellText(rows, r, reg.year))
        problems.push({
          sheet,
          cell: a1(r, reg.year),
          value: "",
          message: PROBLEM.registrationYearMissing(unit),
        });
    }
    const label = r >= tt.firstDataRow ? cellText(rows, r, tgt.label) : "";
    if (!label) continue;
    const targetText = cellText(rows, r, tgt.target);
    const target = Number(targetText);
    if (!Number.isInteger(target) || target < 0) {
      problems.push({
        sheet,
        cell: a1(r, tgt.target),
        value: targetText,
        message: PROBLEM.targetInvalid,
      });
      continue;
    }
    const range = /(\d{4})\s*[-–—]\s*(\d{4})/.exec(label);
    if (range) period = { from: Number(range[1]), to: Number(range[2]), target };
    else {
      const year = readYear(rows, r, tgt.label, sheet, problems, PROBLEM.fieldTargetYear);
      if (year) yearTargets.push({ year, target });
    }
  }
  return { plan: planSchema.parse({ registrations, yearTargets, period }), problems };
}

export function planSpec(plan: Plan, unitName: (code: string) => string): SheetSpec {
  const { registrations, targets } = PLAN_LAYOUT;
  const targetRows = plan.yearTargets.map((t) => ({ label: t.year as CellValue, target: t.target }));
  if (plan.period)
    targetRows.push({
      label: HEAD.periodLabel(plan.period.from, plan.period.to),
      target: plan.period.target,
    });
  const rows = tableGrid([registrations, targets], Math.max(plan.registrations.length, targetRows.length));
  rows[0][0] = SHEET_TEXT.planTitle;
  rows[1][0] = SHEET_TEXT.planNote;
  plan.registrations.forEach((reg, i) => {
    putRow(rows, registrations, i, { unit: reg.unit, name: unitName(reg.unit), year: reg.year });
  });
  targetRows.forEach((t, i) => {
    putRow(rows, targets, i, t);
  });
  const spec = headerStyled(emptySpec(SHEET.plan, rows), sheetWidths([registrations, targets]));
  spec.textColumns = textColumns(registrations);
  return spec;
}

// ---------- Lịch sử công nhận ----------

/** A backup block: its marker row, then the year's rows as they were (code, year, name, ward, note). */
export function historyBackupBlock(
  year: number,
  rows: History,
  describe: (code: string) => { name: string; ward: string },
): CellValue[][] {
  const title = HISTORY_LAYOUT.columns.map(
    (_, i): CellValue => (i === 0 ? SHEET_TEXT.historyBackupTitle(year) : ""),
  );
  return [title, ...rows.map((h) => historyRow(h, describe))];
}

/** One recognition in the history table's column order. */
function historyRow(
  h: History[number],
  describe: (code: string) => { name: string; ward: string },
): CellValue[] {
  const d = describe(h.unit);
  const cells: Record<string, CellValue> = {
    unit: h.unit,
    year: h.year,
    name: d.name,
    ward: d.ward,
    note: h.note ?? "",
  };
  return HISTORY_LAYOUT.columns.map((c) => cells[c.key]);
}

export interface HistoryRead {
  history: History;
  /** 1-based sheet row of each history entry (for problems that point at it). */
  rows: number[];
  /** Rows that could not be read (no year, bad year): kept verbatim when the sheet is rewritten. */
  unreadable: CellValue[][];
  /** The "LỊCH SỬ (BẢN TRƯỚC)" blocks below the table, verbatim from their first marker row. */
  backup: CellValue[][];
  problems: Problem[];
}

export function readHistory(rows: unknown[][], sheet: string = SHEET.history): HistoryRead {
  const problems: Problem[] = [];
  const history: History = [];
  const at: number[] = [];
  const unreadable: CellValue[][] = [];
  const seen = new Set<string>();
  const table = findTable(rows, HISTORY_LAYOUT, sheet);
  problems.push(...table.problems);
  const { col, firstDataRow } = table;
  const width = HISTORY_LAYOUT.columns.length;
  const raw = (r: number) =>
    Array.from({ length: width }, (_, c) => (rows[r - 1]?.[col.unit - 1 + c] ?? "") as CellValue);
  const marker = foldKey(HEAD.historyBackupMarker);
  const end = rows.findIndex(
    (row, i) => i >= firstDataRow - 1 && foldKey(row?.[col.unit - 1]).startsWith(marker),
  );
  const last = end < 0 ? rows.length : end;
  const backup = end < 0 ? [] : rows.slice(end).map((_, i) => raw(end + 1 + i));
  for (let r = firstDataRow; r <= last; r++) {
    const unit = cellText(rows, r, col.unit);
    if (!unit) {
      if (raw(r).some((v) => cleanText(v) !== "")) unreadable.push(raw(r));
      continue;
    }
    const year = readYear(rows, r, col.year, sheet, problems, PROBLEM.fieldRecognized);
    if (!year) {
      if (!cellText(rows, r, col.year))
        problems.push({ sheet, cell: a1(r, col.year), value: "", message: PROBLEM.recognitionYearMissing });
      unreadable.push(raw(r));
      continue;
    }
    const key = `${foldKey(unit)}|${year}`;
    if (seen.has(key)) continue; // the same unit and year typed twice counts once
    seen.add(key);
    const note = cellText(rows, r, col.note);
    history.push(note ? { unit, year, note } : { unit, year });
    at.push(r);
  }
  return { history: historySchema.parse(history), rows: at, unreadable, backup, problems };
}

/**
 * The history sheet, sorted by year then code; notes kept; rows that could not be read are kept
 * verbatim at the bottom so the city office can fix them (nothing it typed is dropped), and below
 * them the backup blocks of rows a confirmed roll-up replaced.
 */
export function historySpec(
  history: History,
  describe: (code: string) => { name: string; ward: string },
  unreadable: CellValue[][] = [],
  backup: CellValue[][] = [],
): SheetSpec {
  const sorted = [...history].sort(
    (a, b) => a.year - b.year || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  );
  const blank = () => HISTORY_LAYOUT.columns.map((): CellValue => "");
  const rows = tableGrid([HISTORY_LAYOUT], sorted.length);
  rows[0][0] = SHEET_TEXT.historyTitle;
  rows[1][0] = SHEET_TEXT.historyNote;
  sorted.forEach((h, i) => {
    rows[HISTORY_LAYOUT.firstDataRow - 1 + i] = historyRow(h, describe);
  });
  rows.push(...unreadable, ...(backup.length ? [blank(), ...backup] : []));
  const spec = headerStyled(emptySpec(SHEET.history, rows), sheetWidths([HISTORY_LAYOUT]));
  spec.numberFormats = ownedFormats(spec.values);
  return spec;
}

/** Bold title, grey header row 3, frozen header. */
function headerStyled(spec: SheetSpec, widths: number[]): SheetSpec {
  const width = spec.values[0].length;
  spec.bold = spec.values.map((_, r) => Array(width).fill(r === 0 || r === 2));
  spec.backgrounds = spec.values.map((row, r) =>
    row.map((v) => (r === 2 && v !== "" ? COLORS.header : null)),
  );
  spec.frozenRows = 3;
  spec.columnWidths = widths.slice(0, width);
  return spec;
}

// ---------- validation of the city's tables ----------

/** How far below the header the rules of a table reach (more when the table is longer). */
export const RULE_ROWS = 500;
/** Years a year cell takes when no period says otherwise. */
export const YEARS = { from: 2000, to: 2100 } as const;

/** Data rows a table's rules cover: from its first data row, RULE_ROWS at least, 100 past the last row read. */
export function ruleRows(
  firstDataRow: number,
  height: number,
): { first: number; count: number; last: number } {
  const count = Math.max(RULE_ROWS, height - firstDataRow + 1 + 100);
  return { first: firstDataRow, count, last: firstDataRow + count - 1 };
}

/** An absolute column range of data rows, e.g. $H$4:$H$503. */
export function absColumn(col: number, rows: { first: number; last: number }): string {
  const l = columnLetter(col);
  return `$${l}$${rows.first}:$${l}$${rows.last}`;
}

/** A code that is not unique in its column: warned on (the reader reports it) and highlighted. */
function uniqueRule(col: number, rows: { first: number; count: number; last: number }, help: string) {
  const range = absColumn(col, rows);
  const rule: ValidationRule = {
    kind: "formula",
    formula: `COUNTIF(${range},{cell})<2`,
    help,
    warnOnly: true,
  };
  const conditional: ConditionalSpec = {
    row: rows.first,
    col,
    numRows: rows.count,
    numCols: 1,
    whenText: "",
    formula: `AND(LEN({cell})>0,COUNTIF(${range},{cell})>1)`,
    background: COLORS.fail,
  };
  return { grid: ruleColumn(rows.first, col, rows.count, rule), conditional };
}

/**
 * A comma (or semicolon) list of e-mails: one "@" per item. A formula both applications evaluate alike
 * (Sheets' e-mail rule takes one address only, and Excel has none); warning-only, since the reader
 * also takes other separators (spaces, line breaks) and reports a bad address itself.
 */
export function emailListRule(help: string): ValidationRule {
  const items = `TRIM(SUBSTITUTE(SUBSTITUTE({cell},","," "),";"," "))`;
  return {
    kind: "formula",
    formula: `LEN({cell})-LEN(SUBSTITUTE({cell},"@",""))=LEN(${items})-LEN(SUBSTITUTE(${items}," ",""))+1`,
    help,
    warnOnly: true,
  };
}

/** Danh mục: ward kind, editors, unit type, the unit's ward from the wards' codes, years, unique unit codes. */
export function rosterRules(values: unknown[][], wardWord: string = KIND_WORDS.defaultWardWord): SheetRules {
  const layout = rosterLayout(wardWord);
  const [w, u] = findTables(values, [layout.wards, layout.units], SHEET.roster);
  const rows = ruleRows(Math.max(w.firstDataRow, u.firstDataRow), values.length);
  const column = (col: number, rule: ValidationRule) => ruleColumn(rows.first, col, rows.count, rule);
  const years: ValidationRule = {
    kind: "whole",
    min: YEARS.from,
    max: YEARS.to,
    help: VALIDATION.years(YEARS.from, YEARS.to),
  };
  const unique = uniqueRule(u.col.code, rows, VALIDATION.unitCode);
  return {
    name: SHEET.roster,
    validations: [
      ruleColumn(CITY_EDITORS_CELL.row, CITY_EDITORS_CELL.col, 1, emailListRule(VALIDATION.emails)),
      column(w.col.kind, { values: Object.values(KIND_WORDS.wardKind), help: VALIDATION.wardKind }),
      column(w.col.editors, emailListRule(VALIDATION.emails)),
      unique.grid,
      column(u.col.type, { values: Object.values(KIND_WORDS.unitType), help: VALIDATION.unitType }),
      column(u.col.ward, {
        kind: "rangeList",
        range: { row: rows.first, col: w.col.code, numRows: rows.count, numCols: 1 },
        help: VALIDATION.unitWard(wardWord),
      }),
      column(u.col.from, years),
      column(u.col.until, years),
    ],
    conditional: [unique.conditional],
  };
}

/** The roster's unit codes as Kế hoạch and Lịch sử reference them (where set-up writes them). */
function rosterUnitCodes(): RangeListRule {
  const units = rosterLayout().units;
  const rows = ruleRows(units.firstDataRow, 0);
  return {
    kind: "rangeList",
    sheet: SHEET.roster,
    range: { row: rows.first, col: columnOf(units, "code"), numRows: rows.count, numCols: 1 },
    help: VALIDATION.rosterUnit,
    warnOnly: true,
  };
}

/** Kế hoạch: units from the roster (warning), years within the period, targets whole numbers ≥ 0. */
export function planRules(values: unknown[][], period?: { from: number; to: number }): SheetRules {
  const { registrations, targets } = PLAN_LAYOUT;
  const [r, t] = findTables(values, [registrations, targets], SHEET.plan);
  const rows = ruleRows(Math.max(r.firstDataRow, t.firstDataRow), values.length);
  const from = period?.from ?? YEARS.from;
  const to = period?.to ?? YEARS.to;
  const column = (col: number, rule: ValidationRule) => ruleColumn(rows.first, col, rows.count, rule);
  // The period row's label ("Giai đoạn 2021–2025") stands among the years: a formula takes both.
  const periodWord = HEAD.periodLabel(0, 0).replace(/\s*0–0$/, "");
  return {
    name: SHEET.plan,
    validations: [
      column(r.col.unit, rosterUnitCodes()),
      column(r.col.year, { kind: "whole", min: from, max: to, help: VALIDATION.planYear(from, to) }),
      column(t.col.label, {
        kind: "formula",
        formula: `OR(ISNUMBER(SEARCH("${periodWord}",{cell})),AND(ISNUMBER({cell}),{cell}>=${from},{cell}<=${to}))`,
        help: VALIDATION.targetLabel(from, to, HEAD.periodLabel(from, to)),
      }),
      column(t.col.target, { kind: "whole", min: 0, max: MAX_TARGET, help: VALIDATION.target }),
    ],
    conditional: [],
  };
}

/** A bound for a target (Sheets and Excel both need one): more units than any province has. */
const MAX_TARGET = 100_000;

/**
 * Lịch sử công nhận: units from the roster (warning), a year not after the evaluation year. The
 * year is written into the rule (a validation formula cannot point at Tiêu chí), so set-up renews
 * it when Năm đánh giá changes. VALUE takes a year typed as text too (blank cells there are "@").
 */
export function historyRules(values: unknown[][], year: number): SheetRules {
  const found = findTable(values, HISTORY_LAYOUT, SHEET.history);
  const rows = ruleRows(found.firstDataRow, values.length);
  const column = (col: number, rule: ValidationRule) => ruleColumn(rows.first, col, rows.count, rule);
  return {
    name: SHEET.history,
    validations: [
      column(found.col.unit, rosterUnitCodes()),
      column(found.col.year, {
        kind: "formula",
        formula: `AND(VALUE({cell})>=${YEARS.from},VALUE({cell})<=${year})`,
        help: VALIDATION.historyYear(YEARS.from, year),
      }),
    ],
    conditional: [],
  };
}
