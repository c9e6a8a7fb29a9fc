/**
 * The active sheet, as the Sheets surface sees it: the sidebar's view of the unit under the cursor, and
 * "Kiểm tra tab này" of the active tab. Pure: the adapter reads Tiêu chí, Danh mục and the active sheet,
 * calls one of these and shows what it returns.
 */
import { a1 } from "../a1";
import { showValue } from "../cell";
import { criterionTextFor, type Framework } from "../framework";
import type { Roster } from "../model";
import { formatProblem, type Problem } from "../problem";
import type { ActionResult, SidebarState, UnitView } from "../rpc";
import { foldKey, looseKey } from "../text";
import { msg } from "../text/problems";
import { NOTICE, UI } from "../text/ui";
import { judge, standardLabel, verdictLabel } from "../verdict";
import { SHEET } from "../vocabulary";
import type { UnitColumnRead, WardTabRead } from "../workbook/wardTab";
import { unitInputAt } from "../workbook/wardTab";
import { type FoundTab, Workbook } from "../workbook/workbook";
import { validateWardTab } from "./checkTab";
import { workbookFramework, workbookRoster } from "./rollupWorkbook";

/** What the adapter reads: Tiêu chí and Danh mục (undefined when the sheet is absent) and the active sheet. */
export interface ActiveSheetInput {
  criteria: unknown[][] | undefined;
  roster: unknown[][] | undefined;
  sheet: string;
  values: unknown[][];
}

export interface SidebarInput extends ActiveSheetInput {
  /** 1-based column of the cursor (the active range's first column); undefined when nothing is selected. */
  column: number | undefined;
  /** The e-mail of the user (lower case, "" when Google withholds it). */
  user: string;
  now: Date;
}

function context(input: ActiveSheetInput) {
  const fw = workbookFramework(input.criteria);
  const roster = workbookRoster(input.roster);
  /** The active sheet read as a ward tab (parsed once), or undefined when it is not one. */
  const tab = (framework: Framework): FoundTab | undefined =>
    new Workbook(new Map([[input.sheet, input.values]]), framework).readableTab(input.sheet);
  return { fw, roster, tab };
}

/** The unit column under the cursor, judged — what the sidebar shows — or a hint why there is none. */
export function sidebarState(input: SidebarInput): SidebarState {
  const { fw, roster, tab } = context(input);
  const isCityOffice = roster.cityEditors.includes(input.user) || roster.cityEditors.length === 0;
  const base = {
    onWardTab: false,
    title: fw.framework ? UI.sidebarFrameworkTitle(fw.framework.name, fw.framework.year) : SHEET.criteria,
    isCityOffice,
    computedAt: input.now.toISOString(),
  };
  if (!fw.framework)
    return { ...base, hint: `${NOTICE.criteriaBroken} ${fw.problems.map(formatProblem).join("; ")}` };
  const found = tab(fw.framework);
  if (!found) return { ...base, hint: UI.hintNotWardTab(input.sheet) };
  base.onWardTab = true;
  const column = found.read.unitColumns.find((c) => c.col === (input.column ?? 0));
  if (!column) return { ...base, hint: UI.hintNotUnitColumn };
  if (!column.header) return { ...base, hint: UI.hintEmptyUnitColumn };
  return { ...base, unit: unitView(fw.framework, found, column, roster.roster) };
}

/** One unit column of a ward tab, judged with the unit's type and its ward's kind from Danh mục. */
export function unitView(fw: Framework, tab: FoundTab, column: UnitColumnRead, roster: Roster): UnitView {
  const { name: sheet, values, read } = tab;
  const unit = roster.units.find((u) => looseKey(u.code) === looseKey(column.code));
  const ward = roster.wards.find((w) => foldKey(w.code) === foldKey(read.wardCode));
  const input = unitInputAt(read, values, column.col, fw);
  const r = judge(fw, { ...input, unitType: unit?.type, wardKind: ward?.kind });
  const text = (code: string) => {
    const c = fw.criteria.find((x) => x.code === code);
    return c
      ? criterionTextFor(c, unit?.type, ward?.kind)
      : (fw.disqualifiers.find((d) => d.code === code)?.text ?? "");
  };
  const view = (code: string) => {
    const row = read.rowOf.get(code);
    return {
      code,
      text: text(code),
      value: cellShown(read, values, code, column.col),
      cell: row ? a1(row, column.col) : "",
    };
  };
  return {
    sheet,
    cell: a1(read.headerRow, column.col),
    code: unit?.code ?? column.code,
    name: unit?.name ?? (column.name || column.header),
    verdict: r.verdict,
    verdictLabel: verdictLabel(r),
    explanation: r.explanation,
    standards: r.standards.map((s) => ({
      code: s.code,
      label: msg.standardLabel(s.code),
      name: s.name,
      shortName: shortName(s.name),
      passed: s.passed,
      applicable: s.applicable,
      needed: s.needed,
      status: s.status,
      summary: standardLabel(s),
    })),
    failing: r.failing.map(view),
    missing: r.missing.map(view),
    invalid: r.invalid.map((i) => ({ ...view(i.code), value: i.value })),
    disqualified: r.disqualified.map(view),
  };
}

/** Longest a standard's short name may be: one line of the 300 px sidebar at 13 px. */
const SHORT_NAME_CHARS = 44;

/**
 * A standard's name cut for a narrow line: parentheses dropped, then cut at the last whole word within
 * SHORT_NAME_CHARS, with "…" when anything was dropped. Frameworks give no short name of their own.
 */
export function shortName(name: string): string {
  const plain = name
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\.$/, "");
  if (plain.length <= SHORT_NAME_CHARS) return plain;
  const cut = plain.slice(0, SHORT_NAME_CHARS + 1);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > 0 ? space : SHORT_NAME_CHARS).replace(/[\s,;:–-]+$/, "")}…`;
}

function cellShown(read: WardTabRead, values: unknown[][], code: string, col: number): string {
  const row = read.rowOf.get(code);
  return row ? showValue(values[row - 1]?.[col - 1]) : "";
}

export interface TabCheck {
  /** What the dialog and the sidebar say. */
  result: ActionResult;
  /** The first problem's cell (A1), for the adapter to select. */
  firstCell?: string;
}

/** "Kiểm tra tab này": every problem of the active ward tab, or why it cannot be checked. */
export function checkActiveTab(input: ActiveSheetInput): TabCheck {
  const { fw, roster, tab } = context(input);
  if (!fw.framework) return { result: notChecked(input.sheet, fw.problems) };
  const found = tab(fw.framework);
  if (!found) return { result: notChecked(input.sheet, []) };
  const { framework } = fw;
  const problems = validateWardTab(
    input.sheet,
    input.values,
    framework,
    roster.roster,
    framework.year,
    found.read,
  );
  const first = problems.find((p) => /^[A-Z]+\d+$/.test(p.cell));
  const items = problems.map(formatProblem);
  const message = problems.length
    ? NOTICE.validateFound(input.sheet, problems.length)
    : NOTICE.validateClean(input.sheet);
  return { result: { ok: problems.length === 0, message, items }, firstCell: first?.cell };
}

/** Tiêu chí is broken (its problems listed), or the sheet is not a ward tab. */
function notChecked(sheet: string, problems: Problem[]): ActionResult {
  return {
    ok: false,
    message: problems.length ? NOTICE.criteriaBroken : NOTICE.notWardTab(sheet),
    items: problems.map(formatProblem),
  };
}
