/**
 * The city office's sheets as tables: Danh mục (roster), Kế hoạch (plan), Lịch sử công nhận (history).
 * Each has a title row, a note row and a header row (row 3); data from row 4. Readers are lenient
 * and report every unreadable cell with its A1 address; writers produce the same layout.
 */
import { a1 } from "../a1";
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
import { HEAD, KIND_WORDS, SHEET } from "../vocabulary";
import { isFixedSheet } from "./sheets";
import { type CellValue, COLORS, emptySpec, ownedFormats, type SheetSpec } from "./spec";

export const DATA_ROW = 4; // first data row of every table sheet
const UNIT_COL = 8; // H: the units table starts here in Danh mục
const TARGET_COL = 5; // E: the targets table in Kế hoạch

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
  const wards: Ward[] = [];
  const units: Unit[] = [];
  const cityEditors = readEmails(rows, 2, 2, sheet, problems);
  const wardCodes = new Map<string, string>();
  const tabOwners = new Map<string, { code: string; label: string }>();
  for (let r = DATA_ROW; r <= rows.length; r++) {
    const code = cellText(rows, r, 1);
    if (!code) continue;
    const key = foldKey(code);
    if (wardCodes.has(key)) {
      problems.push({
        sheet,
        cell: a1(r, 1),
        value: code,
        message: PROBLEM.wardCodeDuplicate(wardCodes.get(key)!),
      });
      continue;
    }
    wardCodes.set(key, a1(r, 1));
    const name = cellText(rows, r, 2);
    const kinds = parseWardKinds(cellText(rows, r, 3)).kinds;
    if (!name) problems.push({ sheet, cell: a1(r, 2), value: "", message: PROBLEM.wardNameMissing(code) });
    if (kinds.length !== 1)
      problems.push({
        sheet,
        cell: a1(r, 3),
        value: cellText(rows, r, 3),
        message: PROBLEM.wardKindInvalid,
      });
    const tab = cellText(rows, r, 4) || name || code;
    if (tab.length > 31)
      problems.push({
        sheet,
        cell: a1(r, cellText(rows, r, 4) ? 4 : 2),
        value: tab,
        message: PROBLEM.tabNameTooLong(tab.length),
      });
    // Two wards on one tab would overwrite each other; a fixed sheet's name is never a ward tab.
    const tabKey = foldKey(tab);
    const owner = tabOwners.get(tabKey);
    const fixed = !owner && isFixedSheet(tab);
    if (owner || fixed)
      problems.push({
        sheet,
        cell: a1(r, cellText(rows, r, 4) ? 4 : 2),
        value: tab,
        message: owner ? PROBLEM.tabNameClash(owner.label, code) : PROBLEM.tabNameFixed(tab, code),
      });
    // The ward is kept (its units still count); only a fixed sheet's name is no ward at all.
    if (fixed) continue;
    if (!owner) tabOwners.set(tabKey, { code, label: PROBLEM.tabOwner(code, a1(r, 1)) });
    const pilot = foldKey(cellText(rows, r, 6));
    wards.push({
      code,
      name: name || code,
      kind: kinds[0] ?? "phuong",
      tab,
      editors: readEmails(rows, r, 5, sheet, problems),
      pilot: pilot === "x" || pilot === "co" || pilot === "true" || pilot === "thi diem",
      ...(owner ? { sharedTab: owner.code } : {}),
    });
  }
  const unitCodes = new Map<string, string>();
  for (let r = DATA_ROW; r <= rows.length; r++) {
    const c = (k: number) => cellText(rows, r, UNIT_COL + k);
    const code = c(0);
    if (!code) {
      if (c(1))
        problems.push({ sheet, cell: a1(r, UNIT_COL), value: "", message: PROBLEM.unitCodeMissing(c(1)) });
      continue;
    }
    const key = foldKey(code);
    if (unitCodes.has(key)) {
      problems.push({
        sheet,
        cell: a1(r, UNIT_COL),
        value: code,
        message: PROBLEM.unitCodeDuplicate(unitCodes.get(key)!),
      });
      continue;
    }
    unitCodes.set(key, a1(r, UNIT_COL));
    const types = parseUnitTypes(c(2)).types;
    if (types.length !== 1)
      problems.push({
        sheet,
        cell: a1(r, UNIT_COL + 2),
        value: c(2),
        message: PROBLEM.unitTypeInvalid,
      });
    const ward = wards.find((w) => foldKey(w.code) === foldKey(c(3)));
    if (!ward)
      problems.push({
        sheet,
        cell: a1(r, UNIT_COL + 3),
        value: c(3),
        message: PROBLEM.unitWardUnknown(c(3)),
      });
    units.push({
      code,
      name: c(1) || code,
      type: types[0] ?? "tdp",
      ward: ward?.code ?? c(3),
      from: readYear(rows, r, UNIT_COL + 4, sheet, problems, PROBLEM.fieldFrom),
      until: readYear(rows, r, UNIT_COL + 5, sheet, problems, PROBLEM.fieldUntil),
      note: c(6) || undefined,
      households: readCount(rows, r, UNIT_COL + 7, sheet, problems),
      leader: c(8) || undefined,
      deputy: c(9) || undefined,
    });
  }
  return { roster: rosterSchema.parse({ wards, units }), cityEditors, problems };
}

export function rosterSpec(
  roster: Roster,
  cityEditors: string[],
  words: { ward: string; unit: string },
): SheetSpec {
  const height = Math.max(roster.wards.length, roster.units.length) + DATA_ROW - 1;
  const rows: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(UNIT_COL + 9).fill(""));
  rows[0][0] = SHEET_TEXT.rosterTitle(words.ward, words.unit);
  rows[1][0] = SHEET_TEXT.cityEditors;
  rows[1][1] = cityEditors.join(", ");
  HEAD.wardHeaders(words.ward).forEach((h, i) => {
    rows[2][i] = h;
  });
  HEAD.unitHeaders(words.ward).forEach((h, i) => {
    rows[2][UNIT_COL - 1 + i] = h;
  });
  roster.wards.forEach((w, i) => {
    rows[DATA_ROW - 1 + i].splice(
      0,
      6,
      w.code,
      w.name,
      KIND_WORDS.wardKind[w.kind],
      w.tab,
      w.editors.join(", "),
      w.pilot ? "x" : "",
    );
  });
  roster.units.forEach((u, i) => {
    rows[DATA_ROW - 1 + i].splice(
      UNIT_COL - 1,
      10,
      u.code,
      u.name,
      KIND_WORDS.unitType[u.type],
      u.ward,
      u.from ?? "",
      u.until ?? "",
      u.note ?? "",
      u.households ?? "",
      u.leader ?? "",
      u.deputy ?? "",
    );
  });
  const spec = headerStyled(
    emptySpec(SHEET.roster, rows),
    [140, 180, 110, 180, 260, 80, 24, 150, 200, 150, 110, 70, 70, 200, 60, 160, 160],
  );
  spec.textColumns = [1, UNIT_COL, UNIT_COL + 3];
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
  for (let r = DATA_ROW; r <= rows.length; r++) {
    const unit = cellText(rows, r, 1);
    if (unit) {
      const year = readYear(rows, r, 3, sheet, problems, PROBLEM.fieldRegistered);
      if (year) registrations.push({ unit, year });
      else if (!cellText(rows, r, 3))
        problems.push({ sheet, cell: a1(r, 3), value: "", message: PROBLEM.registrationYearMissing(unit) });
    }
    const label = cellText(rows, r, TARGET_COL);
    if (!label) continue;
    const targetText = cellText(rows, r, TARGET_COL + 1);
    const target = Number(targetText);
    if (!Number.isInteger(target) || target < 0) {
      problems.push({
        sheet,
        cell: a1(r, TARGET_COL + 1),
        value: targetText,
        message: PROBLEM.targetInvalid,
      });
      continue;
    }
    const range = /(\d{4})\s*[-–—]\s*(\d{4})/.exec(label);
    if (range) period = { from: Number(range[1]), to: Number(range[2]), target };
    else {
      const year = readYear(rows, r, TARGET_COL, sheet, problems, PROBLEM.fieldTargetYear);
      if (year) yearTargets.push({ year, target });
    }
  }
  return { plan: planSchema.parse({ registrations, yearTargets, period }), problems };
}

export function planSpec(plan: Plan, unitName: (code: string) => string): SheetSpec {
  const targets: CellValue[][] = plan.yearTargets.map((t) => [t.year, t.target]);
  if (plan.period) targets.push([HEAD.periodLabel(plan.period.from, plan.period.to), plan.period.target]);
  const height = Math.max(plan.registrations.length, targets.length) + DATA_ROW - 1;
  const rows: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(TARGET_COL + 1).fill(""));
  rows[0][0] = SHEET_TEXT.planTitle;
  rows[1][0] = SHEET_TEXT.planNote;
  rows[2].splice(0, 3, ...HEAD.planHeaders);
  rows[2].splice(TARGET_COL - 1, 2, ...HEAD.targetHeaders);
  plan.registrations.forEach((reg, i) => {
    rows[DATA_ROW - 1 + i].splice(0, 3, reg.unit, unitName(reg.unit), reg.year);
  });
  targets.forEach((t, i) => {
    rows[DATA_ROW - 1 + i].splice(TARGET_COL - 1, 2, ...t);
  });
  const spec = headerStyled(emptySpec(SHEET.plan, rows), [150, 220, 110, 24, 170, 150]);
  spec.textColumns = [1];
  return spec;
}

// ---------- Lịch sử công nhận ----------

/** A backup block: its marker row, then the year's rows as they were (code, year, name, ward, note). */
export function historyBackupBlock(
  year: number,
  rows: History,
  describe: (code: string) => { name: string; ward: string },
): CellValue[][] {
  return [
    [SHEET_TEXT.historyBackupTitle(year), "", "", "", ""],
    ...rows.map((h) => {
      const d = describe(h.unit);
      return [h.unit, h.year, d.name, d.ward, h.note ?? ""] as CellValue[];
    }),
  ];
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
  const raw = (r: number) => Array.from({ length: 5 }, (_, c) => (rows[r - 1]?.[c] ?? "") as CellValue);
  const marker = foldKey(HEAD.historyBackupMarker);
  const end = rows.findIndex((row, i) => i >= DATA_ROW - 1 && foldKey(row?.[0]).startsWith(marker));
  const last = end < 0 ? rows.length : end;
  const backup = end < 0 ? [] : rows.slice(end).map((_, i) => raw(end + 1 + i));
  for (let r = DATA_ROW; r <= last; r++) {
    const unit = cellText(rows, r, 1);
    if (!unit) {
      if (raw(r).some((v) => cleanText(v) !== "")) unreadable.push(raw(r));
      continue;
    }
    const year = readYear(rows, r, 2, sheet, problems, PROBLEM.fieldRecognized);
    if (!year) {
      if (!cellText(rows, r, 2))
        problems.push({ sheet, cell: a1(r, 2), value: "", message: PROBLEM.recognitionYearMissing });
      unreadable.push(raw(r));
      continue;
    }
    const key = `${foldKey(unit)}|${year}`;
    if (seen.has(key)) continue; // the same unit and year typed twice counts once
    seen.add(key);
    const note = cellText(rows, r, 5);
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
  const rows: CellValue[][] = [
    [SHEET_TEXT.historyTitle, "", "", "", ""],
    [SHEET_TEXT.historyNote, "", "", "", ""],
    [...HEAD.historyHeaders],
    ...sorted.map((h) => {
      const d = describe(h.unit);
      return [h.unit, h.year, d.name, d.ward, h.note ?? ""] as CellValue[];
    }),
    ...unreadable,
    ...(backup.length ? [["", "", "", "", ""], ...backup] : []),
  ];
  const spec = headerStyled(emptySpec(SHEET.history, rows), [150, 110, 220, 180, 200]);
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
