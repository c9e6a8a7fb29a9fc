/**
 * "Khởi tạo / sửa biểu mẫu": from the sheets a workbook already has, decide what every sheet should
 * look like. Re-runnable: values typed in ward tabs are carried over by (criterion code, unit column),
 * a criterion added to Tiêu chí gets its row, a new roster unit gets a column, and nothing is deleted —
 * a unit or criterion that left the roster/framework keeps its column/row and is reported.
 */
import { type ExpectedKeys, expectedKeys, expectedUnits } from "../expected";
import type { Framework } from "../framework";
import { builtinFramework, DEFAULT_FRAMEWORK_ID } from "../frameworks";
import { frameworkFromRows } from "../frameworkTable";
import { activeIn, type History, type Plan, type Roster, type Unit, unitsOfWard, type Ward } from "../model";
import type { Problem } from "../problem";
import { cleanText, foldKey, looseKey, naturalCompare } from "../text";
import { guideLines, REPORT_LINE, SHEET_TEXT } from "../text/sheets";
import { HEAD, SHEET } from "../vocabulary";
import { criteriaRules, criteriaSpec } from "../workbook/criteriaSheet";
import { findSheet } from "../workbook/sheets";
import { type CellValue, COLORS, emptySpec, type SheetRules, type SheetSpec } from "../workbook/spec";
import {
  DATA_ROW,
  historyRules,
  historySpec,
  planRules,
  planSpec,
  readHistory,
  readPlan,
  readRoster,
  rosterRules,
  rosterSpec,
} from "../workbook/tables";
import {
  APPRAISAL_CODE,
  FIRST_UNIT_COL,
  HEADER_ROW,
  isWardTabRead,
  SPARE_COLUMNS,
  unitHeader,
  type WardColumn,
  type WardTabRead,
  wardTabSpec,
} from "../workbook/wardTab";
import { isResultLabel } from "../workbook/wardTabLayout";
import { type FoundTab, Workbook } from "../workbook/workbook";

/** Values of the sheets the workbook has now, by sheet name (getDataRange().getValues()). */
export type ExistingSheets = Map<string, unknown[][]>;

export interface SetupOptions {
  frameworkId?: string;
  year?: number;
  /** Who runs set-up (the city office); becomes an editor of everything. */
  cityUser?: string;
  /**
   * A blank column for every unit of the ward the tab does not have yet (at least SPARE_COLUMNS):
   * for a ward's own file, where the ward cannot insert a column in the protected sheet.
   */
  roomForEveryUnit?: boolean;
}

export interface SetupPlan {
  ok: boolean;
  framework?: Framework;
  year?: number;
  roster?: Roster;
  cityEditors: string[];
  /** Sheets to create or rewrite, in tab order. */
  specs: SheetSpec[];
  /**
   * Validation and conditional formats of the city's sheets that set-up does not rewrite (their values
   * are the city office's): repaired in place. A sheet set-up writes carries its rules in its spec.
   */
  rules: SheetRules[];
  /** Lines of the set-up report, in order (shown in the set-up dialog). */
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

/** What the steps of set-up add to, in order. */
interface Draft {
  report: string[];
  problems: Problem[];
  specs: SheetSpec[];
}

/** The inputs every ward tab is built from. */
interface Tables {
  framework: Framework;
  year: number;
  roster: Roster;
  plan: Plan;
  history: History;
  cityEditors: string[];
  roomForEveryUnit?: boolean;
}

export function planSetup(existing: ExistingSheets, opts: SetupOptions = {}): SetupPlan {
  const draft: Draft = { report: [], problems: [], specs: [] };
  const chosen = setupFramework(existing, opts, draft);
  if (!chosen) return { ok: false, cityEditors: [], ...draft, specs: [], rules: [] };
  const tables = setupTables(existing, chosen.framework, chosen.year, opts, draft);
  tables.roomForEveryUnit = Boolean(opts.roomForEveryUnit);
  const rules = setupRules(existing, tables, draft);
  const book = new Workbook(existing, tables.framework);
  const owned = setupWardTabs(book, tables, draft);
  reportUnclaimed(book, owned, draft);
  const { framework, year, roster, cityEditors } = tables;
  return { ok: true, framework, year, roster, cityEditors, ...draft, rules };
}

/**
 * Step 2b. The validation of Tiêu chí, Danh mục, Kế hoạch and Lịch sử công nhận: put into the spec of
 * a sheet written now, else returned to be repaired on the sheet as it is (values untouched).
 */
/** The city's sheets with validation (the ward tabs' is in their spec). */
export const RULE_SHEETS: readonly string[] = [SHEET.criteria, SHEET.roster, SHEET.plan, SHEET.history];

function setupRules(existing: ExistingSheets, tables: Tables, draft: Draft): SheetRules[] {
  const period = tables.plan.period;
  const of: [string, (values: unknown[][]) => SheetRules][] = [
    [SHEET.criteria, criteriaRules],
    [SHEET.roster, (v) => rosterRules(v, tables.framework.wardWord)],
    [SHEET.plan, (v) => planRules(v, period && { from: period.from, to: period.to })],
    [SHEET.history, (v) => historyRules(v, tables.year)],
  ];
  const out: SheetRules[] = [];
  for (const [name, rulesOf] of of) {
    const spec = draft.specs.find((s) => s.name === name);
    const found = findSheet(existing, name);
    if (spec) withRules(spec, rulesOf(spec.values));
    else if (found) out.push({ ...rulesOf(found[1]), name: found[0] });
  }
  return out;
}

/** A spec with these rules added (its own first): a sheet written and repaired in one render. */
export function withRules(spec: SheetSpec, rules: SheetRules): SheetSpec {
  spec.validations = [...spec.validations, ...rules.validations];
  spec.conditional = [...(spec.conditional ?? []), ...rules.conditional];
  return spec;
}

/** Step 1. The workbook's own Tiêu chí wins; a built-in framework only seeds a new workbook. */
function setupFramework(
  existing: ExistingSheets,
  opts: SetupOptions,
  draft: Draft,
): { framework: Framework; year: number } | undefined {
  const criteriaSheet = findSheet(existing, SHEET.criteria);
  if (criteriaSheet) {
    const parsed = frameworkFromRows(criteriaSheet[1]);
    for (const p of parsed.problems) draft.problems.push({ sheet: criteriaSheet[0], ...p });
    if (!parsed.framework) {
      draft.report.push(REPORT_LINE.criteriaBroken);
      return undefined;
    }
    const framework = parsed.framework;
    if (opts.frameworkId && builtinFramework(opts.frameworkId)?.id !== framework.id)
      draft.report.push(REPORT_LINE.frameworkKept(framework.name));
    return { framework, year: framework.year ?? opts.year ?? new Date().getFullYear() };
  }
  const framework = builtinFramework(opts.frameworkId ?? DEFAULT_FRAMEWORK_ID);
  if (!framework) {
    draft.report.push(REPORT_LINE.frameworkUnknown(opts.frameworkId));
    return undefined;
  }
  // A new Tiêu chí is for this year's evaluation, not the built-in framework's first year (2021).
  const year = opts.year ?? new Date().getFullYear();
  draft.specs.push(criteriaSpec(framework, year));
  draft.report.push(REPORT_LINE.criteriaCreated(SHEET.criteria, framework.name, year));
  return { framework, year };
}

/** Step 2. Roster, plan, history: read when present, created empty otherwise; Tổng hợp and Hướng dẫn. */
function setupTables(
  existing: ExistingSheets,
  framework: Framework,
  year: number,
  opts: SetupOptions,
  draft: Draft,
): Tables {
  const { roster, cityEditors } = setupRoster(existing, framework, opts, draft);
  const planSheet = findSheet(existing, SHEET.plan);
  const planRead = planSheet ? readPlan(planSheet[1], planSheet[0]) : { plan: emptyPlan(), problems: [] };
  draft.problems.push(...planRead.problems);
  if (!planSheet)
    draft.specs.push(planSpec(planRead.plan, (c) => roster.units.find((u) => u.code === c)?.name ?? ""));
  const historySheet = findSheet(existing, SHEET.history);
  const historyRead = historySheet
    ? readHistory(historySheet[1], historySheet[0])
    : { history: [], problems: [] };
  draft.problems.push(...historyRead.problems);
  if (!historySheet) draft.specs.push(historySpec([], () => ({ name: "", ward: "" })));
  if (!findSheet(existing, SHEET.summary)) draft.specs.push(summaryPlaceholder());
  const guide = guideSpec(framework);
  const guideSheet = findSheet(existing, SHEET.guide);
  if (!guideSheet || !sameValues(guideSheet[1], guide.values)) draft.specs.unshift(guide);
  if (!roster.wards.length) draft.report.push(REPORT_LINE.rosterEmpty(SHEET.roster, framework.wardWord));
  return { framework, year, roster, plan: planRead.plan, history: historyRead.history, cityEditors };
}

/** Danh mục: read, or created; the city office's address added to row 2 when missing. */
function setupRoster(
  existing: ExistingSheets,
  framework: Framework,
  opts: SetupOptions,
  draft: Draft,
): { roster: Roster; cityEditors: string[] } {
  const rosterSheet = findSheet(existing, SHEET.roster);
  const rosterRead = rosterSheet
    ? readRoster(rosterSheet[1], rosterSheet[0])
    : { roster: { wards: [], units: [] }, cityEditors: [], problems: [] };
  draft.problems.push(...rosterRead.problems);
  const cityEditors = [...rosterRead.cityEditors];
  if (opts.cityUser && !cityEditors.includes(opts.cityUser.toLowerCase()))
    cityEditors.push(opts.cityUser.toLowerCase());
  const roster = rosterRead.roster;
  const words = { ward: framework.wardWord, unit: framework.unitWord };
  if (!rosterSheet) {
    draft.specs.push(rosterSpec(roster, cityEditors, words));
    draft.report.push(REPORT_LINE.rosterCreated(SHEET.roster, framework.wardWord, framework.unitWord));
  } else if (cityEditors.length !== rosterRead.cityEditors.length) {
    // The city office's address was missing: write it (only row 2 changes).
    const spec = rosterSpec(roster, cityEditors, words);
    spec.values = mergeKeepingOthers(rosterSheet[1], spec.values, 2, 2);
    draft.specs.push(spec);
  }
  return { roster, cityEditors };
}

/** Sheets set-up owns or refuses to touch, by folded name: step 4 reports none of them. */
interface OwnedTabs {
  claimed: Set<string>;
  blocked: Set<string>;
}

/** Step 3. One tab per ward: created, or repaired around the values it holds, or left alone and reported. */
function setupWardTabs(book: Workbook, tables: Tables, draft: Draft): OwnedTabs {
  const owned: OwnedTabs = { claimed: new Set(), blocked: new Set() };
  const keys = expectedKeys(tables.plan, tables.history, tables.year);
  for (const ward of tables.roster.wards) {
    if (ward.sharedTab) {
      // Danh mục gave this ward another ward's tab name: make no tab, keep one found by B2.
      draft.report.push(REPORT_LINE.tabShared(ward.name, ward.tab));
      for (const t of book.tabsWithWardCode(ward)) owned.claimed.add(foldKey(t.name));
      continue;
    }
    const found = findWardSheet(book, ward);
    if (found.kind === "blocked") {
      draft.report.push(REPORT_LINE.tabBlocked(found.name, ward.name, found.why));
      draft.problems.push({ sheet: found.name, cell: "A3", value: "", message: found.why });
      owned.blocked.add(foldKey(found.name));
      continue;
    }
    if (found.kind === "found") owned.claimed.add(foldKey(found.name));
    draft.specs.push(wardTabFor(ward, found, tables, keys, draft.report));
  }
  return owned;
}

/** The spec of one ward's tab: a new one, or the found tab repaired. */
function wardTabFor(
  ward: Ward,
  found: Exclude<WardSheet, { kind: "blocked" }>,
  tables: Tables,
  keys: ExpectedKeys,
  report: string[],
): SheetSpec {
  const { framework, year, roster } = tables;
  const unitChoices = unitsOfWard(roster, ward.code)
    .filter((u) => activeIn(u, year))
    .sort((a, b) => naturalCompare(a.name, b.name))
    .map((u) => unitHeader(u));
  const expected = expectedUnits(roster, keys, ward);
  if (found.kind === "missing") {
    const room = spareCount(tables, unitChoices.length, expected.length);
    const columns: WardColumn[] = [...expected.map((unit) => ({ unit })), ...spare(room)];
    report.push(REPORT_LINE.tabCreated(ward.tab, expected.length, framework.unitWord));
    return wardTabSpec({ framework, year, ward, columns, unitChoices });
  }
  const { name, values, read } = found;
  if (foldKey(name) !== foldKey(ward.tab)) report.push(REPORT_LINE.tabRenamed(ward.name, name, ward.tab));
  const spec = repairWardTab(name, values, read, {
    framework,
    year,
    ward,
    roster,
    expected,
    unitChoices,
    report,
    spareFor: (present) => spareCount(tables, unitChoices.length, present),
  });
  if (!sameInputs(values, spec)) report.push(REPORT_LINE.tabUpdated(name));
  return spec;
}

/** Step 4. Ward-like tabs nobody claims are reported, never touched. */
function reportUnclaimed(book: Workbook, owned: OwnedTabs, draft: Draft): void {
  for (const name of book.otherSheets()) {
    const key = foldKey(name);
    if (owned.claimed.has(key) || owned.blocked.has(key)) continue;
    if (book.readableTab(name)) draft.report.push(REPORT_LINE.tabUnclaimed(name, SHEET.roster));
  }
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
  | ({ kind: "found" } & FoundTab);

function findWardSheet(book: Workbook, ward: Ward): WardSheet {
  const byName = book.find(ward.tab);
  if (!byName) {
    const byCode = book.tabsWithWardCode(ward).find((t) => t.read.headerRow === HEADER_ROW);
    return byCode ? { kind: "found", ...byCode } : { kind: "missing" };
  }
  const [name, values] = byName;
  const read = book.wardTab(name);
  if (!isWardTabRead(read)) return { kind: "blocked", name, why: REPORT_LINE.layoutUnreadable };
  // Repair rewrites the tab from A1: only when its header sits where set-up put it, or rows the
  // user inserted above it (a letterhead) would be overwritten.
  if (read.headerRow !== HEADER_ROW)
    return { kind: "blocked", name, why: REPORT_LINE.headerMoved(read.headerRow, HEADER_ROW) };
  return { kind: "found", name, values, read };
}

interface RepairContext {
  framework: Framework;
  year: number;
  ward: Ward;
  roster: Roster;
  expected: Unit[];
  unitChoices: string[];
  report: string[];
  /** How many blank columns to leave after `present` unit columns. */
  spareFor: (present: number) => number;
}

/** Blank unit columns after `present` units: SPARE_COLUMNS, or room for every active unit. */
function spareCount(tables: Tables, active: number, present: number): number {
  return tables.roomForEveryUnit ? Math.max(SPARE_COLUMNS, active - present) : SPARE_COLUMNS;
}

/** Rebuilds a ward tab around the values it holds. */
function repairWardTab(
  sheetName: string,
  values: unknown[][],
  read: WardTabRead,
  ctx: RepairContext,
): SheetSpec {
  const { columns, removed } = repairedColumns(sheetName, read, ctx);
  const spec = wardTabSpec({
    framework: ctx.framework,
    year: ctx.year,
    ward: ctx.ward,
    columns,
    unitChoices: ctx.unitChoices,
    ...keptValues(values, read),
  });
  spec.name = sheetName;
  // Columns whose unit left the roster are flagged red in the header.
  for (const i of removed)
    if (spec.backgrounds) spec.backgrounds[HEADER_ROW - 1][FIRST_UNIT_COL - 1 + i] = COLORS.fail;
  keepFreeRows(spec, values, read, sheetName, ctx.report);
  return spec;
}

/**
 * The tab's unit columns in their order: units no longer in the roster kept (and reported), trailing
 * empty columns dropped, expected units that are missing added, then the spare columns again.
 */
function repairedColumns(
  sheetName: string,
  read: WardTabRead,
  ctx: RepairContext,
): { columns: WardColumn[]; removed: number[] } {
  const byCode = new Map(ctx.roster.units.map((u) => [looseKey(u.code), u]));
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
  const last = () => columns.length - 1;
  while (columns.length && !columns[last()].header && !read.unitColumns[last()].hasData) columns.pop();
  const present = new Set(columns.filter((c) => c.unit).map((c) => c.unit!.code));
  for (const unit of ctx.expected) {
    if (present.has(unit.code)) continue;
    columns.push({ unit });
    ctx.report.push(REPORT_LINE.columnAdded(sheetName, unitHeader(unit)));
  }
  columns.push(...spare(ctx.spareFor(columns.filter((c) => c.unit).length)));
  return { columns, removed };
}

/** The values the tab holds, by row code: criteria, disqualifiers, the appraisal row, their notes, rows
 * of codes the framework no longer has (kept and flagged, whatever they hold). */
function keptValues(values: unknown[][], read: WardTabRead) {
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
  const extraRows = read.foreignRows.map((f) => ({
    code: f.code,
    text: f.text.replace(HEAD.flagRemovedCriterion, "").trim(),
    values: read.unitColumns.map((c) => cell(f.row, c.col)),
    note: read.noteCol ? cell(f.row, read.noteCol) : "",
  }));
  return { values: kept, notes, extraRows };
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
  const free: CellValue[][] = [];
  let beyond = false;
  for (let r = read.headerRow + 1; r <= values.length; r++) {
    const row = values[r - 1] ?? [];
    if (row.slice(width).some((v) => cleanText(v) !== "")) beyond = true;
    if (cleanText(row[0]) !== "") continue;
    if (isResultLabel(row[1])) continue;
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
