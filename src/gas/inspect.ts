/** Validate-tab and the sidebar's view of the unit under the cursor. */
import { a1 } from "../core/a1";
import { showValue } from "../core/cell";
import { criterionTextFor, type Framework } from "../core/framework";
import { formatProblem, type Problem } from "../core/problem";
import type { ActionResult, SidebarState, UnitView } from "../core/rpc";
import { foldKey, looseKey } from "../core/text";
import { msg } from "../core/text/problems";
import { NOTICE, UI } from "../core/text/ui";
import { judge, standardLabel, verdictLabel } from "../core/verdict";
import { SHEET } from "../core/vocabulary";
import { validateWardTab } from "../core/usecases/checkTab";
import { isWardTabRead, readWardTab, unitInputAt } from "../core/workbook/wardTab";
import { currentUserEmail, gas } from "./types";
import { workbookFramework, workbookRoster } from "./workbook";

/** Reads Tiêu chí and Danh mục (two batched reads) — the context every check needs. */
function context() {
  const { SpreadsheetApp } = gas();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const read = (name: string) => ss.getSheetByName(name)?.getDataRange().getValues();
  const fw = workbookFramework(read(SHEET.criteria));
  const roster = workbookRoster(read(SHEET.roster));
  return { ss, fw, roster };
}

export interface ValidationOutcome {
  sheet: string;
  problems: Problem[];
  isWardTab: boolean;
}

/** Problems of the active ward tab; selects the first problem cell. */
export function validateActiveTab(): ValidationOutcome {
  const { ss, fw, roster } = context();
  const sheet = ss.getActiveSheet();
  const name = sheet.getName();
  if (!fw.framework) return { sheet: name, problems: fw.problems, isWardTab: false };
  const values = sheet.getDataRange().getValues();
  const read = readWardTab(name, values, fw.framework);
  if (!isWardTabRead(read)) return { sheet: name, problems: [], isWardTab: false };
  const problems = validateWardTab(name, values, fw.framework, roster.roster, fw.framework.year);
  const first = problems.find((p) => /^[A-Z]+\d+$/.test(p.cell));
  if (first) sheet.getRange(first.cell).activate();
  return { sheet: name, problems, isWardTab: true };
}

export function validationResult(o: ValidationOutcome): ActionResult {
  if (!o.isWardTab)
    return {
      ok: false,
      message: o.problems.length ? NOTICE.criteriaBroken : NOTICE.notWardTab(o.sheet),
      items: o.problems.map(formatProblem),
    };
  return {
    ok: o.problems.length === 0,
    message: o.problems.length
      ? NOTICE.validateFound(o.sheet, o.problems.length)
      : NOTICE.validateClean(o.sheet),
    items: o.problems.map(formatProblem),
  };
}

/** The unit column under the cursor, judged — what the sidebar shows. */
export function sidebarState(now: Date = new Date()): SidebarState {
  const { ss, fw, roster } = context();
  const email = currentUserEmail();
  const isCityOffice = roster.cityEditors.includes(email) || roster.cityEditors.length === 0;
  const base = {
    title: fw.framework ? UI.sidebarFrameworkTitle(fw.framework.name, fw.framework.year) : SHEET.criteria,
    isCityOffice,
    computedAt: now.toISOString(),
  };
  if (!fw.framework)
    return { ...base, hint: `${NOTICE.criteriaBroken} ${fw.problems.map(formatProblem).join("; ")}` };
  const sheet = ss.getActiveSheet();
  const name = sheet.getName();
  const values = sheet.getDataRange().getValues();
  const read = readWardTab(name, values, fw.framework);
  if (!isWardTabRead(read)) return { ...base, hint: UI.hintNotWardTab(name) };
  const col = ss.getActiveRange()?.getColumn() ?? 0;
  const column = read.unitColumns.find((c) => c.col === col);
  if (!column) return { ...base, hint: UI.hintNotUnitColumn };
  if (!column.header) return { ...base, hint: UI.hintEmptyUnitColumn };
  return { ...base, unit: unitView(fw.framework, name, values, read, column, roster.roster) };
}

function unitView(
  fw: Framework,
  sheet: string,
  values: unknown[][],
  read: Extract<ReturnType<typeof readWardTab>, { rowOf: unknown }>,
  column: { col: number; header: string; code: string; name: string },
  roster: ReturnType<typeof workbookRoster>["roster"],
): UnitView {
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
    return { code, text: text(code), value: row ? showValue(values[row - 1]?.[column.col - 1]) : "" };
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
