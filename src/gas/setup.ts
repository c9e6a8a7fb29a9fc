/** Menu: Khởi tạo / sửa biểu mẫu, Nạp dữ liệu mẫu, Áp dụng phân quyền. */

import { formatProblem } from "../core/problem";
import { readRecords } from "../core/submission/records";
import { REPORT_LINE } from "../core/text/sheets";
import { NOTICE } from "../core/text/ui";
import { sheetRank } from "../core/usecases/rollupWorkbook";
import { planSetup, RULE_SHEETS, type SetupPlan, showsSpec, withRules } from "../core/usecases/setup";
import { SHEET, SUBMISSION } from "../core/vocabulary";
import { describeProtection, type ProtectionPlanItem, protectionPlan } from "../core/workbook/protection";
import { SAMPLES, type SampleName, sampleSpecs } from "../core/workbook/sample";
import { FIXED_SHEETS, findSheet } from "../core/workbook/sheets";
import type { SheetRules, SheetSpec } from "../core/workbook/spec";
import { Protector } from "./protect";
import {
  layoutKey,
  RuleBuilders,
  readLayoutMarker,
  renderRules,
  renderSheet,
  rulesInPlace,
  rulesKey,
  writeLayoutMarker,
} from "./render";
import { currentUserEmail, type GSheet, type GSpreadsheet, type GSpreadsheetApp, gas } from "./types";
import { readWorkbook, type WorkbookSnapshot } from "./workbook";

const rank = sheetRank;

/**
 * Apps Script stops an execution at 6 minutes. Set-up starts no new sheet after this much time and
 * says how far it got; running it again continues (every finished tab is then left as it is). The
 * minute left is many times what one ward tab and its two protections cost (≈ 3 s).
 */
export const SETUP_BUDGET_MS = 300_000;

export interface SetupOutcome {
  ok: boolean;
  lines: string[];
  /** Stopped at the time budget: ward tabs done of all; running set-up again continues. */
  partial?: { done: number; total: number };
  /** Protections the user running this may not edit; left as they are (and listed in `lines`). */
  skipped?: ProtectionPlanItem[];
}

export interface RunOptions {
  /** Clock in ms (default Date.now) and time budget (default SETUP_BUDGET_MS): for tests. */
  now?: () => number;
  budgetMs?: number;
}

/** A clock that says when `opts`' budget (default SETUP_BUDGET_MS) is spent. */
export function deadline(opts: RunOptions): () => boolean {
  const now = opts.now ?? (() => Date.now());
  const end = now() + (opts.budgetMs ?? SETUP_BUDGET_MS);
  return () => now() >= end;
}

/**
 * Plans from the current workbook, then sheet by sheet in tab order: writes it (unless it already
 * shows its spec) and protects it. `extra` sheets (the training sample) are written first and then
 * treated as if the workbook had them.
 */
export function runSetup(frameworkId?: string, extra: SheetSpec[] = [], opts: RunOptions = {}): SetupOutcome {
  const outOfTime = deadline(opts);
  const { SpreadsheetApp } = gas();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const snapshot = readWorkbook(ss);
  const existing = new Map(snapshot.values);
  for (const spec of extra) existing.set(spec.name, spec.values);
  const user = currentUserEmail();
  const plan = planSetup(existing, { frameworkId, cityUser: user });
  if (!plan.ok) return { ok: false, lines: [...plan.report, ...plan.problems.map(formatProblem)] };

  const planned = new Set(plan.specs.map((s) => s.name));
  // Rules of a sheet set-up keeps go with the sheet when it is written anyway (the sample's), else
  // they are repaired on it in place.
  const rules = new Map(plan.rules.map((r) => [r.name, r] as const));
  const extras = extra
    .filter((s) => !planned.has(s.name))
    .map((s) => {
      const r = rules.get(s.name);
      rules.delete(s.name);
      return r ? withRules({ ...s }, r) : s;
    });
  const writes = new Map([...plan.specs, ...extras].map((s) => [s.name, s] as const));
  const items = protectionPlan(allSpecsFor(plan), plan.roster!, plan.cityEditors, sentWards(existing));
  const writer = new SheetWriter(SpreadsheetApp, ss, snapshot);
  const protector = new Protector(SpreadsheetApp, ss, user);
  const wardTabs = [...writes.values()].filter(isWardTab).length;
  let done = 0;
  let partial: SetupOutcome["partial"];
  for (const [name, sheetItems] of inTabOrder([...writes.keys(), ...rules.keys()], items)) {
    if (outOfTime()) {
      partial = { done, total: wardTabs };
      break;
    }
    const spec = writes.get(name);
    const fresh = !snapshot.sheets.has(name);
    const sheet = spec ? writer.write(spec) : snapshot.sheets.get(name);
    const repair = rules.get(name);
    if (sheet && repair) writer.repair(sheet, repair);
    else if (sheet && spec && RULE_SHEETS.includes(spec.name) && spec.validations.length)
      writeLayoutMarker(sheet, rulesKey(spec));
    if (sheet) protector.protectSheet(sheet, sheetItems, fresh);
    if (spec && isWardTab(spec)) done++;
  }
  const lines = [
    ...plan.report,
    ...plan.problems.map(formatProblem),
    REPORT_LINE.protections(protector.handled),
    ...protector.skipped.map(skippedLine),
  ];
  if (!partial) return { ok: true, lines, skipped: protector.skipped };
  const message = REPORT_LINE.setupPartial(partial.done, partial.total);
  ss.toast(message, NOTICE.setupTitle, 30);
  return { ok: true, lines: [message, ...lines], partial, skipped: protector.skipped };
}

/** Ward tabs are the only sheets with formulas (the result rows). */
function isWardTab(spec: SheetSpec): boolean {
  return spec.formulas.length > 0;
}

function skippedLine(item: ProtectionPlanItem): string {
  return REPORT_LINE.protectionSkipped(describeProtection(item));
}

/** Sheet name → its protection items, every sheet that is written or protected, in tab order. */
function inTabOrder(written: string[], items: ProtectionPlanItem[]): Map<string, ProtectionPlanItem[]> {
  const out = new Map<string, ProtectionPlanItem[]>(written.map((n) => [n, []]));
  for (const item of items) out.set(item.sheet, [...(out.get(item.sheet) ?? []), item]);
  return new Map([...out].sort(([a], [b]) => rank(a) - rank(b)));
}

/**
 * Writes specs into the workbook: new sheets in tab order; a ward tab that already shows its spec is
 * left alone. Set-up's writer, and collect's (file per ward: src/gas/wardFiles.ts).
 */
export class SheetWriter {
  readonly rules: RuleBuilders;

  constructor(
    private readonly app: GSpreadsheetApp,
    private readonly ss: GSpreadsheet,
    private readonly snapshot: WorkbookSnapshot,
  ) {
    this.rules = new RuleBuilders(app);
  }

  /**
   * `keyed`: a sheet other than a ward tab written the ward tabs' way (Theo dõi, rewritten by every
   * submission and roll-up): nothing when it already shows the spec, its values alone when only they
   * changed.
   */
  write(spec: SheetSpec, opts: { keyed?: boolean } = {}): GSheet {
    const old = this.snapshot.sheets.get(spec.name);
    const sheet = old ?? this.insert(spec.name);
    const values = this.snapshot.values.get(spec.name) ?? [];
    if (!isWardTab(spec) && !opts.keyed) {
      renderSheet(this.app, sheet, spec, values.length, true, { rules: this.rules });
      return sheet;
    }
    // The layout key in A1's note says formats, validations and rules are in place; the values
    // already read say whether anything else must be written.
    const key = layoutKey(spec);
    const sameLayout = old !== undefined && readLayoutMarker(sheet) === key;
    if (sameLayout && showsSpec(values, spec)) return sheet;
    renderSheet(this.app, sheet, spec, values.length, true, { rules: this.rules, sameLayout });
    if (!sameLayout) writeLayoutMarker(sheet, key);
    return sheet;
  }

  /**
   * The rules of a city sheet whose values set-up keeps: re-applied when they changed (A1's marker)
   * or a cell lost its rule, so a re-run with nothing changed writes nothing.
   */
  repair(sheet: GSheet, rules: SheetRules): void {
    const key = rulesKey(rules);
    if (readLayoutMarker(sheet) === key && rulesInPlace(sheet, rules)) return;
    renderRules(this.rules, sheet, rules);
    writeLayoutMarker(sheet, key);
  }

  private insert(name: string): GSheet {
    const sheets = this.snapshot.sheets;
    const sheet = this.ss.insertSheet(name, Math.min(sheets.size, insertIndex(sheets, name)));
    sheets.set(name, sheet);
    return sheet;
  }
}

/** Codes of the wards whose tab is sent for appraisal (Hồ sơ gửi): protection keeps them locked. */
export function sentWards(values: Iterable<readonly [string, unknown[][]]>): string[] {
  const rows = findSheet(values, SUBMISSION.recordSheet)?.[1];
  return readRecords(rows)
    .filter((r) => r.status === "sent")
    .map((r) => r.ward);
}

/** Specs of every sheet (written or not) so protection covers sheets that set-up left unchanged. */
export function allSpecsFor(plan: SetupPlan) {
  const names = new Set(plan.specs.map((s) => s.name));
  const rest = FIXED_SHEETS.filter((n) => !names.has(n)).map((name) => ({
    name,
    values: [[""]],
    formulas: [],
    validations: [],
  }));
  return [...plan.specs, ...rest];
}

function insertIndex(sheets: Map<string, unknown>, name: string): number {
  const r = rank(name);
  return [...sheets.keys()].filter((n) => rank(n) <= r).length;
}

/** Áp dụng phân quyền alone: plans set-up without writing, applies protection, reports who edits what. */
export function runProtection(opts: RunOptions = {}): SetupOutcome {
  const outOfTime = deadline(opts);
  const { SpreadsheetApp } = gas();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const snapshot = readWorkbook(ss);
  const user = currentUserEmail();
  const plan = planSetup(new Map(snapshot.values), { cityUser: user });
  if (!plan.ok || !plan.roster)
    return { ok: false, lines: [...plan.report, ...plan.problems.map(formatProblem)] };
  const items = protectionPlan(
    allSpecsFor(plan).filter((s) => snapshot.sheets.has(s.name)),
    plan.roster,
    plan.cityEditors,
    sentWards(snapshot.values),
  );
  const protector = new Protector(SpreadsheetApp, ss, user);
  const bySheet = inTabOrder([], items);
  let done = 0;
  for (const [name, sheetItems] of bySheet) {
    if (outOfTime()) break;
    protector.protectSheet(snapshot.sheets.get(name)!, sheetItems);
    done++;
  }
  const lines = [...items.map(describeProtection), ...protector.skipped.map(skippedLine)];
  if (done === bySheet.size) return { ok: true, lines, skipped: protector.skipped };
  const message = REPORT_LINE.protectionPartial(done, bySheet.size);
  ss.toast(message, NOTICE.protectTitle, 30);
  return {
    ok: true,
    lines: [message, ...lines],
    partial: { done, total: bySheet.size },
    skipped: protector.skipped,
  };
}

/** Nạp dữ liệu mẫu: only into a workbook whose roster is empty, so real data is never overwritten. */
export function runLoadSample(name: string): SetupOutcome {
  if (!isSampleName(name)) throw new Error(`No sample ${name} in src/core/workbook/sample.ts`);
  const { SpreadsheetApp } = gas();
  const snapshot = readWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  const roster = findSheet(snapshot.values, SHEET.roster);
  if (
    roster &&
    roster[1].length > 3 &&
    roster[1].slice(3).some((r) => r.some((c) => String(c).trim() !== ""))
  )
    return { ok: false, lines: [NOTICE.sampleRefused()] };
  return runSetup(SAMPLES[name].frameworkId, sampleSpecs(name));
}

function isSampleName(name: string): name is SampleName {
  return Object.keys(SAMPLES).includes(name);
}
