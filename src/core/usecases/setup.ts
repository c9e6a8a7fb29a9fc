/**
 * "Khởi tạo / sửa biểu mẫu": from the sheets a workbook already has, decide what every sheet should
 * look like. Re-runnable: values typed in ward tabs are carried over by (criterion code, unit column),
 * a criterion added to Tiêu chí gets its row, a new roster unit gets a column, and nothing is deleted —
 * a unit or criterion that left the roster/framework keeps its column/row and is reported.
 */
import { expectedUnits } from "../expected";
import type { Framework } from "../framework";
import { builtinFramework, DEFAULT_FRAMEWORK_ID } from "../frameworks";
import { frameworkFromRows } from "../frameworkTable";
import { activeIn, type Plan, type Roster, type Unit, type Ward } from "../model";
import type { Problem } from "../problem";
import { cleanText, foldKey, looseKey, naturalCompare } from "../text";
import { guideLines, REPORT_LINE, SHEET_TEXT } from "../text/sheets";
import { HEAD, SHEET } from "../vocabulary";
import { criteriaSpec } from "../workbook/criteriaSheet";
import { findSheet, isFixedSheet } from "../workbook/sheets";
import { type CellValue, COLORS, emptySpec, type SheetSpec } from "../workbook/spec";
import {
  DATA_ROW,
  historySpec,
  planSpec,
  readHistory,
  readPlan,
  readRoster,
  rosterSpec,
} from "../workbook/tables";
import {
  APPRAISAL_CODE,
  FIRST_UNIT_COL,
  HEADER_ROW,
  isWardTabRead,
  readWardTab,
  SPARE_COLUMNS,
  unitHeader,
  type WardColumn,
  type WardTabRead,
  wardTabSpec,
} from "../workbook/wardTab";

/** Values of the sheets the workbook has now, by sheet name (getDataRange().getValues()). */
export type ExistingSheets = Map<string, unknown[][]>;

export interface SetupOptions {
  frameworkId?: string;
  year?: number;
  /** Who runs set-up (the city office); becomes an editor of everything. */
  cityUser?: string;
}

export interface SetupPlan {
  ok: boolean;
  framework?: Framework;
  year?: number;
  roster?: Roster;
  cityEditors: string[];
  /** Sheets to create or rewrite, in tab order. */
  specs: SheetSpec[];
  /** Sheet name → sheet it replaces (a renamed ward tab keeps its current name). */
  report: string[];
  problems: Problem[];
}

export function guideSpec(fw: Framework): SheetSpec {
  const lines = guideLines(
    { ward: fw.wardWord, unit: fw.unitWord },
    fw.rule === "all-must-pass",
    fw.disqualifiers.length > 0,
  );
  const spec = emptySpec(
    SHEET.guide,
    lines.map((l) => [l]),
  );
  spec.bold = spec.values.map((_, i) => [i === 0]);
  spec.columnWidths = [900];
  spec.wrapColumns = [1];
  return spec;
}

export function summaryPlaceholder(): SheetSpec {
  const spec = emptySpec(SHEET.summary, [[SHEET_TEXT.summaryTitle], [SHEET_TEXT.summaryPending]]);
  spec.bold = [[true], [false]];
  return spec;
}

export function planSetup(existing: ExistingSheets, opts: SetupOptions = {}): SetupPlan {
  const report: string[] = [];
  const problems: Problem[] = [];
  const specs: SheetSpec[] = [];
  const fail = (): SetupPlan => ({ ok: false, cityEditors: [], specs: [], report, problems });

  // 1. Framework: the workbook's own Tiêu chí wins; a built-in one only seeds a new workbook.
  let framework: Framework;
  const criteriaSheet = findSheet(existing, SHEET.criteria);
  if (criteriaSheet) {
    const parsed = frameworkFromRows(criteriaSheet[1]);
    for (const p of parsed.problems) problems.push({ sheet: criteriaSheet[0], ...p });
    if (!parsed.framework) {
      report.push(REPORT_LINE.criteriaBroken);
      return fail();
    }
    framework = parsed.framework;
    if (opts.frameworkId && builtinFramework(opts.frameworkId)?.id !== framework.id)
      report.push(REPORT_LINE.frameworkKept(framework.name));
  } else {
    const chosen = builtinFramework(opts.frameworkId ?? DEFAULT_FRAMEWORK_ID);
    if (!chosen) {
      report.push(REPORT_LINE.frameworkUnknown(opts.frameworkId));
      return fail();
    }
    framework = chosen;
  }
  // A new Tiêu chí is for this year's evaluation, not the built-in framework's first year (2021).
  const year = framework.year && criteriaSheet ? framework.year : (opts.year ?? new Date().getFullYear());
  if (!criteriaSheet) {
    specs.push(criteriaSpec(framework, year));
    report.push(REPORT_LINE.criteriaCreated(SHEET.criteria, framework.name, year));
  }

  // 2. Roster, plan, history: read when present, created empty otherwise.
  const rosterSheet = findSheet(existing, SHEET.roster);
  const rosterRead = rosterSheet
    ? readRoster(rosterSheet[1], rosterSheet[0])
    : { roster: { wards: [], units: [] }, cityEditors: [], problems: [] };
  problems.push(...rosterRead.problems);
  const cityEditors = [...rosterRead.cityEditors];
  if (opts.cityUser && !cityEditors.includes(opts.cityUser.toLowerCase()))
    cityEditors.push(opts.cityUser.toLowerCase());
  const roster = rosterRead.roster;
  const words = { ward: framework.wardWord, unit: framework.unitWord };
  if (!rosterSheet || cityEditors.length !== rosterRead.cityEditors.length) {
    // New, or the city office's address was missing: write it (only row 2 changes).
    if (rosterSheet) {
      const spec = rosterSpec(roster, cityEditors, words);
      spec.values = mergeKeepingOthers(rosterSheet[1], spec.values, 2, 2);
      specs.push(spec);
    } else specs.push(rosterSpec(roster, cityEditors, words));
    if (!rosterSheet)
      report.push(REPORT_LINE.rosterCreated(SHEET.roster, framework.wardWord, framework.unitWord));
  }
  const planSheet = findSheet(existing, SHEET.plan);
  const planRead = planSheet ? readPlan(planSheet[1], planSheet[0]) : { plan: emptyPlan(), problems: [] };
  problems.push(...planRead.problems);
  if (!planSheet)
    specs.push(planSpec(planRead.plan, (c) => roster.units.find((u) => u.code === c)?.name ?? ""));
  const historySheet = findSheet(existing, SHEET.history);
  const historyRead = historySheet
    ? readHistory(historySheet[1], historySheet[0])
    : { history: [], problems: [] };
  problems.push(...historyRead.problems);
  if (!historySheet) specs.push(historySpec([], () => ({ name: "", ward: "" })));
  if (!findSheet(existing, SHEET.summary)) specs.push(summaryPlaceholder());
  const guide = guideSpec(framework);
  const guideSheet = findSheet(existing, SHEET.guide);
  if (!guideSheet || !sameValues(guideSheet[1], guide.values)) specs.unshift(guide);

  if (!roster.wards.length) report.push(REPORT_LINE.rosterEmpty(SHEET.roster, framework.wardWord));

  // 3. One tab per ward.
  const claimed = new Set<string>();
  const blocked = new Set<string>();
  // Each sheet's layout is parsed once, whichever step needs it first.
  const reads = new Map<string, ReturnType<typeof readWardTab>>();
  const readOf: ReadOf = (name, values) => {
    let r = reads.get(name);
    if (!r) {
      r = readWardTab(name, values, framework);
      reads.set(name, r);
    }
    return r;
  };
  for (const ward of roster.wards) {
    if (ward.sharedTab) {
      // Danh mục gave this ward another ward's tab name: make no tab, keep one found by B2.
      report.push(REPORT_LINE.tabShared(ward.name, ward.tab));
      for (const [name, values] of existing) {
        const read = readOf(name, values);
        if (isWardTabRead(read) && foldKey(read.wardCode) === foldKey(ward.code)) claimed.add(foldKey(name));
      }
      continue;
    }
    const found = findWardSheet(existing, ward, readOf);
    if (found.kind === "blocked") {
      report.push(REPORT_LINE.tabBlocked(found.name, ward.name, found.why));
      problems.push({ sheet: found.name, cell: "A3", value: "", message: found.why });
      blocked.add(foldKey(found.name));
      continue;
    }
    const unitChoices = roster.units
      .filter((u) => u.ward === ward.code && activeIn(u, year))
      .sort((a, b) => naturalCompare(a.name, b.name))
      .map(unitHeader);
    const expected = expectedUnits(roster, planRead.plan, historyRead.history, ward, year);
    if (found.kind === "missing") {
      const columns: WardColumn[] = [...expected.map((unit) => ({ unit })), ...spare(SPARE_COLUMNS)];
      specs.push(wardTabSpec({ framework, year, ward, columns, unitChoices }));
      report.push(REPORT_LINE.tabCreated(ward.tab, expected.length, framework.unitWord));
      continue;
    }
    const { name: sheetName, values, read } = found;
    claimed.add(foldKey(sheetName));
    if (foldKey(sheetName) !== foldKey(ward.tab))
      report.push(REPORT_LINE.tabRenamed(ward.name, sheetName, ward.tab));
    const spec = repairWardTab(sheetName, values, read, {
      framework,
      year,
      ward,
      roster,
      expected,
      unitChoices,
      report,
    });
    if (!sameInputs(values, spec)) report.push(REPORT_LINE.tabUpdated(sheetName));
    specs.push(spec);
  }

  // 4. Ward-like tabs nobody claims are reported, never touched.
  for (const [name, values] of existing) {
    if (claimed.has(foldKey(name)) || blocked.has(foldKey(name)) || isFixedSheet(name)) continue;
    if (isWardTabRead(readOf(name, values))) report.push(REPORT_LINE.tabUnclaimed(name, SHEET.roster));
  }
  return { ok: true, framework, year, roster, cityEditors, specs, report, problems };
}

function emptyPlan(): Plan {
  return { registrations: [], yearTargets: [] };
}

function spare(n: number): WardColumn[] {
  return Array.from({ length: n }, () => ({}));
}

type WardSheet =
  | { kind: "missing" }
  /** A sheet carries the ward's tab name but is not a readable ward tab: never overwrite it. */
  | { kind: "blocked"; name: string; why: string }
  | { kind: "found"; name: string; values: unknown[][]; read: WardTabRead };

type ReadOf = (name: string, values: unknown[][]) => ReturnType<typeof readWardTab>;

function findWardSheet(existing: ExistingSheets, ward: Ward, readOf: ReadOf): WardSheet {
  const byName = findSheet(existing, ward.tab);
  if (byName) {
    const [name, values] = byName;
    const read = readOf(name, values);
    if (!isWardTabRead(read))
      return {
        kind: "blocked",
        name,
        why: REPORT_LINE.layoutUnreadable,
      };
    // Repair rewrites the tab from A1: only when its header sits where set-up put it, or rows the
    // user inserted above it (a letterhead) would be overwritten.
    if (read.headerRow !== HEADER_ROW)
      return {
        kind: "blocked",
        name,
        why: REPORT_LINE.headerMoved(read.headerRow, HEADER_ROW),
      };
    return { kind: "found", name, values, read };
  }
  for (const [name, values] of existing) {
    const read = readOf(name, values);
    if (isWardTabRead(read) && read.headerRow === HEADER_ROW && foldKey(read.wardCode) === foldKey(ward.code))
      return { kind: "found", name, values, read };
  }
  return { kind: "missing" };
}

interface RepairContext {
  framework: Framework;
  year: number;
  ward: Ward;
  roster: Roster;
  expected: Unit[];
  unitChoices: string[];
  report: string[];
}

/** Rebuilds a ward tab around the values it holds. */
function repairWardTab(
  sheetName: string,
  values: unknown[][],
  read: WardTabRead,
  ctx: RepairContext,
): SheetSpec {
  const { framework, roster, ward } = ctx;
  const byCode = new Map(roster.units.map((u) => [looseKey(u.code), u]));
  const columns: WardColumn[] = read.unitColumns.map((c) => ({
    header: c.header,
    unit: c.code ? byCode.get(looseKey(c.code)) : undefined,
  }));
  const removed: number[] = [];
  read.unitColumns.forEach((c, i) => {
    if (c.header && !columns[i].unit) {
      removed.push(i);
      ctx.report.push(REPORT_LINE.columnUnitUnknown(sheetName, c.header, SHEET.roster));
    }
  });
  // Drop trailing empty columns, add expected units that are missing, then the spare columns again.
  while (
    columns.length &&
    !columns[columns.length - 1].header &&
    !read.unitColumns[columns.length - 1].hasData
  )
    columns.pop();
  const present = new Set(columns.filter((c) => c.unit).map((c) => c.unit!.code));
  for (const unit of ctx.expected) {
    if (!present.has(unit.code)) {
      columns.push({ unit });
      ctx.report.push(REPORT_LINE.columnAdded(sheetName, unitHeader(unit)));
    }
  }
  columns.push(...spare(SPARE_COLUMNS));

  const cell = (r: number, c: number) => (values[r - 1]?.[c - 1] ?? "") as CellValue;
  const kept = new Map<string, CellValue[]>();
  const notes = new Map<string, CellValue>();
  const keptRows = [...read.rowOf];
  if (read.appraisalRow) keptRows.push([APPRAISAL_CODE, read.appraisalRow]);
  for (const [code, r] of keptRows) {
    kept.set(
      code,
      read.unitColumns.map((c) => cell(r, c.col)),
    );
    if (read.noteCol) notes.set(code, cell(r, read.noteCol));
  }
  // A code the framework no longer has: the row is kept (flagged), whatever it holds.
  const extraRows = read.foreignRows.map((f) => ({
    code: f.code,
    text: f.text.replace(HEAD.flagRemovedCriterion, "").trim(),
    values: read.unitColumns.map((c) => cell(f.row, c.col)),
    note: read.noteCol ? cell(f.row, read.noteCol) : "",
  }));
  const spec = wardTabSpec({
    framework,
    year: ctx.year,
    ward,
    columns,
    unitChoices: ctx.unitChoices,
    values: kept,
    notes,
    extraRows,
  });
  spec.name = sheetName;
  // Columns whose unit left the roster are flagged red in the header.
  for (const i of removed) if (spec.backgrounds) spec.backgrounds[2][FIRST_UNIT_COL - 1 + i] = COLORS.fail;
  keepFreeRows(spec, values, read, sheetName, ctx.report);
  return spec;
}

/**
 * Rows the user typed under or inside the table without a code (a signature block, a remark) are kept
 * verbatim after the layout; our own result rows ("Kết quả …", "Còn thiếu") are not copied.
 */
function keepFreeRows(
  spec: SheetSpec,
  values: unknown[][],
  read: WardTabRead,
  sheet: string,
  report: string[],
) {
  const width = spec.values[0].length;
  const ours = [foldKey(HEAD.resultPrefix), foldKey(HEAD.resultGaps), foldKey(HEAD.resultVerdict)];
  const free: CellValue[][] = [];
  let beyond = false;
  for (let r = read.headerRow + 1; r <= values.length; r++) {
    const row = values[r - 1] ?? [];
    if (row.slice(width).some((v) => cleanText(v) !== "")) beyond = true;
    if (cleanText(row[0]) !== "") continue;
    const label = foldKey(row[1]);
    if (ours.some((o) => label.startsWith(o))) continue;
    const kept = Array.from({ length: width }, (_, c) => (row[c] ?? "") as CellValue);
    if (kept.some((v) => cleanText(v) !== "")) free.push(kept);
  }
  if (beyond) report.push(REPORT_LINE.contentBeyondNotes(sheet));
  if (!free.length) return;
  spec.values.push(...free);
  spec.backgrounds?.push(...free.map(() => Array<string | null>(width).fill(null)));
  spec.bold?.push(...free.map(() => Array<boolean>(width).fill(false)));
}

/** Keeps every cell of `old` except the block the command owns (rows/cols 1-based, inclusive). */
function mergeKeepingOthers(old: unknown[][], fresh: CellValue[][], row: number, col: number): CellValue[][] {
  const height = Math.max(old.length, fresh.length);
  const width = Math.max(...old.map((r) => r.length), ...fresh.map((r) => r.length));
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) =>
      r === row - 1 && c === col - 1 ? (fresh[r]?.[c] ?? "") : ((old[r]?.[c] ?? "") as CellValue),
    ),
  );
}

/** Same values above the formula rows (formula cells hold computed values when read back). */
export function sameInputs(values: unknown[][], spec: SheetSpec): boolean {
  const firstFormulaRow = Math.min(...spec.formulas.map((f) => f.row), spec.values.length + 1);
  return (
    values.length === spec.values.length &&
    sameValues(values.slice(0, firstFormulaRow - 1), spec.values.slice(0, firstFormulaRow - 1))
  );
}

/**
 * The sheet already shows `spec`: every cell of its width equal (as text; rows below it empty),
 * except formula cells and what they spill (the result rows under the units hold computed values).
 */
export function showsSpec(values: unknown[][], spec: SheetSpec): boolean {
  const width = spec.values[0]?.length ?? 0;
  const rows = spec.formulas.map((f) => f.row - 1);
  const [top, bottom] = [Math.min(...rows), Math.max(...rows)];
  const left = Math.min(...spec.formulas.map((f) => f.col - 1));
  for (let r = 0; r < Math.max(values.length, spec.values.length); r++) {
    const computed = r >= top && r <= bottom;
    for (let c = 0; c < width; c++) {
      const want = spec.values[r]?.[c] ?? "";
      if (computed && c >= left && want === "") continue;
      const have = values[r]?.[c] ?? "";
      if (have !== want && String(have) !== String(want)) return false;
    }
  }
  return true;
}

/** Same cell values, ignoring trailing blanks and number-vs-text differences ("1.1" vs 1.1). */
export function sameValues(a: unknown[][], b: unknown[][]): boolean {
  const h = Math.max(a.length, b.length);
  for (let r = 0; r < h; r++) {
    const w = Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0);
    for (let c = 0; c < w; c++) {
      const x = a[r]?.[c] ?? "";
      const y = b[r]?.[c] ?? "";
      if (x !== y && String(x) !== String(y)) return false;
    }
  }
  return true;
}

export { DATA_ROW };
