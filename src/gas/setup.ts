/** Menu: Khởi tạo / sửa biểu mẫu, Nạp dữ liệu mẫu, Áp dụng phân quyền. */
import { NOTICE, REPORT_LINE, SHEET } from "../core/messages";
import { formatProblem } from "../core/problem";
import { foldKey } from "../core/text";
import { sheetRank } from "../core/workbook/input";
import { describeProtection, protectionPlan } from "../core/workbook/protection";
import { SAMPLES, type SampleName, sampleSpecs } from "../core/workbook/sample";
import { planSetup, type SetupPlan } from "../core/workbook/setup";
import type { SheetSpec } from "../core/workbook/spec";
import { applyProtections } from "./protect";
import { renderSheet } from "./render";
import { currentUserEmail, gas } from "./types";
import { readWorkbook } from "./workbook";

const rank = sheetRank;

export interface SetupOutcome {
  ok: boolean;
  lines: string[];
}

/**
 * Plans from the current workbook, writes, protects. `extra` sheets (the training sample) are written
 * first and then treated as if the workbook had them.
 */
export function runSetup(frameworkId?: string, extra: SheetSpec[] = []): SetupOutcome {
  const { SpreadsheetApp } = gas();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const snapshot = readWorkbook(ss);
  const existing = new Map(snapshot.values);
  for (const spec of extra) existing.set(spec.name, spec.values);
  const user = currentUserEmail();
  const plan = planSetup(existing, { frameworkId, cityUser: user });
  if (!plan.ok) return { ok: false, lines: [...plan.report, ...plan.problems.map(formatProblem)] };

  const planned = new Set(plan.specs.map((s) => s.name));
  const specs = [...plan.specs, ...extra.filter((s) => !planned.has(s.name))].sort(
    (a, b) => rank(a.name) - rank(b.name),
  );
  for (const spec of specs) {
    let sheet = snapshot.sheets.get(spec.name);
    if (!sheet) {
      sheet = ss.insertSheet(
        spec.name,
        Math.min(snapshot.sheets.size, insertIndex(snapshot.sheets, spec.name)),
      );
      snapshot.sheets.set(spec.name, sheet);
    }
    renderSheet(SpreadsheetApp, sheet, spec, snapshot.values.get(spec.name)?.length ?? 0);
  }
  const protections = protect(plan);
  return {
    ok: true,
    lines: [...plan.report, ...plan.problems.map(formatProblem), REPORT_LINE.protections(protections.length)],
  };

  function protect(p: SetupPlan) {
    const items = protectionPlan(allSpecsFor(p), p.roster!, p.cityEditors);
    applyProtections(SpreadsheetApp, snapshot.sheets, items);
    return items;
  }
}

/** Specs of every sheet (written or not) so protection covers sheets that set-up left unchanged. */
function allSpecsFor(plan: SetupPlan) {
  const names = new Set(plan.specs.map((s) => s.name));
  const rest = [SHEET.guide, SHEET.criteria, SHEET.roster, SHEET.plan, SHEET.summary, SHEET.history]
    .filter((n) => !names.has(n))
    .map((name) => ({ name, values: [[""]], formulas: [], validations: [] }));
  return [...plan.specs, ...rest];
}

function insertIndex(sheets: Map<string, unknown>, name: string): number {
  const r = rank(name);
  return [...sheets.keys()].filter((n) => rank(n) <= r).length;
}

/** Áp dụng phân quyền alone: plans set-up without writing, applies protection, reports who edits what. */
export function runProtection(): SetupOutcome {
  const { SpreadsheetApp } = gas();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const snapshot = readWorkbook(ss);
  const plan = planSetup(new Map(snapshot.values), { cityUser: currentUserEmail() });
  if (!plan.ok || !plan.roster)
    return { ok: false, lines: [...plan.report, ...plan.problems.map(formatProblem)] };
  const items = protectionPlan(
    allSpecsFor(plan).filter((s) => snapshot.sheets.has(s.name)),
    plan.roster,
    plan.cityEditors,
  );
  applyProtections(SpreadsheetApp, snapshot.sheets, items);
  return { ok: true, lines: items.map(describeProtection) };
}

/** Nạp dữ liệu mẫu: only into a workbook whose roster is empty, so real data is never overwritten. */
export function runLoadSample(name: SampleName = "laichau"): SetupOutcome {
  const { SpreadsheetApp } = gas();
  const snapshot = readWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  const roster = [...snapshot.values].find(([n]) => foldKey(n) === foldKey(SHEET.roster));
  if (
    roster &&
    roster[1].length > 3 &&
    roster[1].slice(3).some((r) => r.some((c) => String(c).trim() !== ""))
  )
    return { ok: false, lines: [NOTICE.sampleRefused()] };
  return runSetup(SAMPLES[name].frameworkId, sampleSpecs(name));
}
