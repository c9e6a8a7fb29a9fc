/**
 * "Gửi thẩm định", "Trả lại" and the status board (seed 002): a ward sends its tab to the city — only
 * when the roll-up's own checks pass for every unit it proposes — and the record keeps who, when, a
 * fingerprint and the values sent; the city returns it with a reason; every change rewrites the
 * record sheet and the board. The adapters lock or unlock the tab for the ward. Each is idempotent:
 * submitting a tab already sent, or returning one already returned, changes nothing.
 */
import { a1 } from "../a1";
import { readAssignments, readResults } from "../appraisal/fieldAppraisal";
import type { Framework } from "../framework";
import { dayLabel } from "../frameworkTable";
import type { Roster, Ward } from "../model";
import { type Problem, sortProblems } from "../problem";
import { boardSpec, localTime, statusOf } from "../submission/board";
import { tabOf, wardOf } from "../submission/changes";
import { readRecords, recordOf, recordsSpec, type SubmissionRecord, withRecord } from "../submission/records";
import { changesSince, fingerprint, snapshotOf } from "../submission/snapshot";
import { looseKey } from "../text";
import { SUBMIT_TEXT } from "../text/submission";
import { FIELD_APPRAISAL, SUBMISSION } from "../vocabulary";
import { findSheet } from "../workbook/sheets";
import type { SheetSpec } from "../workbook/spec";
import { judgeColumn, unitCellProblems } from "../workbook/unitProblems";
import { matchColumns } from "../workbook/units";
import { type FoundTab, Workbook, type WorkbookValues } from "../workbook/workbook";
import { readTables } from "./rollupWorkbook";

export interface StateChange {
  ok: boolean;
  ward?: Ward;
  /** The ward's tab, when found. */
  tab?: string;
  /** What the adapter does to the ward's protection: lock (sent), unlock (returned), nothing. */
  lock?: "lock" | "unlock";
  lines: string[];
  problems: Problem[];
  /** The record sheet and the board, to write (none when nothing changed). */
  specs: SheetSpec[];
}

interface Context {
  framework: Framework;
  year: number;
  roster: Roster;
  book: Workbook;
  records: SubmissionRecord[];
}

function contextOf(values: WorkbookValues): Context | { problems: Problem[] } {
  const tables = readTables(values);
  if (!tables.ok) return { problems: tables.problems };
  return {
    framework: tables.framework,
    year: tables.year,
    roster: tables.roster,
    book: new Workbook(values, tables.framework),
    records: readRecords(findSheet(values, SUBMISSION.recordSheet)?.[1]),
  };
}

/** Cells changed since each ward's submission, by ward code (for the board). */
function changedCounts(ctx: Context): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of ctx.records) {
    const ward = wardOf(ctx.roster, r.ward);
    const tab = ward && tabOf(ctx, ward);
    if (r.status === "sent" && tab) out.set(r.ward, changesSince(r.snapshot, tab.read, tab.values).length);
  }
  return out;
}

function board(ctx: Context, now: string): SheetSpec {
  return boardSpec({
    year: ctx.year,
    wards: ctx.roster.wards,
    records: ctx.records,
    deadline: ctx.framework.deadline,
    now,
    changed: changedCounts(ctx),
    appraised: appraisedWards(ctx),
  });
}

/**
 * The wards whose proposed units all have a row in Kết quả thẩm định with every department's result
 * entered (none when the workbook has no assignments).
 */
function appraisedWards(ctx: Context): Set<string> {
  const out = new Set<string>();
  const assign = ctx.book.values.get(FIELD_APPRAISAL.assignSheet);
  const resultsSheet = ctx.book.values.get(FIELD_APPRAISAL.resultSheet);
  if (!assign || !resultsSheet) return out;
  const { departments } = readAssignments(assign, ctx.framework);
  if (!departments.length) return out;
  const results = readResults(resultsSheet, departments);
  const listed = new Set(resultsSheet.slice(3).map((r) => looseKey(r?.[0])));
  for (const ward of ctx.roster.wards) {
    const tab = tabOf(ctx, ward);
    if (!tab) continue;
    const proposed = Object.keys(snapshotOf(tab.read, tab.values, ctx.framework)).map(looseKey);
    const done = proposed.filter((u) => listed.has(u));
    if (done.length && done.every((u) => !results.pending.get(u))) out.add(ward.code);
  }
  return out;
}

const failed = (
  lines: string[],
  problems: Problem[] = [],
  extra: Partial<StateChange> = {},
): StateChange => ({
  ok: false,
  lines,
  problems,
  specs: [],
  ...extra,
});

/** The ward and its tab, or why not. */
function target(
  values: WorkbookValues,
  what: string,
): { ctx: Context; ward: Ward; tab: FoundTab } | StateChange {
  const ctx = contextOf(values);
  if ("problems" in ctx) return failed([], ctx.problems);
  const ward = wardOf(ctx.roster, what);
  if (!ward) return failed([SUBMIT_TEXT.wardUnknown(what)]);
  const tab = tabOf(ctx, ward);
  if (!tab) return failed([SUBMIT_TEXT.tabMissing(ward.name)], [], { ward });
  return { ctx, ward, tab };
}

export function planSubmit(
  values: WorkbookValues,
  opts: { ward: string; by: string; at: string },
): StateChange {
  const t = target(values, opts.ward);
  if ("ok" in t) return t;
  const { ctx, ward, tab } = t;
  const done = { ward, tab: tab.name };
  const old = recordOf(ctx.records, ward.code);
  if (old?.status === "sent")
    return {
      ok: true,
      ...done,
      lock: "lock",
      lines: [SUBMIT_TEXT.alreadySent(ward.name, localTime(old.submittedAt))],
      problems: [],
      specs: [],
    };
  const snapshot = snapshotOf(tab.read, tab.values, ctx.framework);
  const units = Object.keys(snapshot).length;
  if (!units) return failed([SUBMIT_TEXT.noUnits(ward.name)], [], done);
  const problems = blockingProblems(ctx, ward, tab);
  if (problems.length)
    return failed([SUBMIT_TEXT.refusedProblems(ward.name, problems.length)], problems, done);
  const record: SubmissionRecord = {
    ward: ward.code,
    status: "sent",
    submittedAt: opts.at,
    by: opts.by,
    fingerprint: fingerprint(snapshot),
    returnedAt: "",
    returnedBy: "",
    reason: "",
    snapshot,
  };
  ctx.records = withRecord(ctx.records, record);
  const lines = [SUBMIT_TEXT.submitted(ward.name, units, localTime(opts.at))];
  if (statusOf(record, ctx.framework.deadline, opts.at) === "sentLate" && ctx.framework.deadline)
    lines.push(SUBMIT_TEXT.submittedLate(dayLabel(ctx.framework.deadline)));
  return {
    ok: true,
    ...done,
    lock: "lock",
    lines,
    problems: [],
    specs: [recordsSpec(ctx.records), board(ctx, opts.at)],
  };
}

/**
 * What stops a submission: a blank or unreadable cell of a unit the ward proposes (a column with
 * data matched to the roster), as the roll-up judges it. Notes (a name spelled otherwise, a
 * "Không áp dụng" to check) do not.
 */
function blockingProblems(ctx: Context, ward: Ward, tab: FoundTab): Problem[] {
  const out: Problem[] = [];
  for (const { column, unit } of matchColumns(tab.read, ctx.roster, ward, ctx.year).matched) {
    if (!column.hasData) continue;
    const verdict = judgeColumn(ctx.framework, tab.read, tab.values, column.col, unit, ward);
    const notes = new Set(verdict.notApplicable);
    const cellOf = (code: string) => {
      const r = tab.read.rowOf.get(code);
      return r ? a1(r, column.col) : "";
    };
    const na = new Set([...notes].map(cellOf));
    out.push(
      ...unitCellProblems(ctx.framework, tab.read, column.col, unit, verdict).filter((p) => !na.has(p.cell)),
    );
  }
  return sortProblems(out);
}

export function planReturn(
  values: WorkbookValues,
  opts: { ward: string; by: string; at: string; reason: string },
): StateChange {
  if (!opts.reason.trim()) return failed([SUBMIT_TEXT.needReason]);
  const t = target(values, opts.ward);
  if ("ok" in t) return t;
  const { ctx, ward, tab } = t;
  const old = recordOf(ctx.records, ward.code);
  if (!old) return failed([SUBMIT_TEXT.notSent(ward.name)], [], { ward, tab: tab.name });
  if (old.status === "returned")
    return {
      ok: true,
      ward,
      tab: tab.name,
      lock: "unlock",
      lines: [SUBMIT_TEXT.alreadyReturned(ward.name)],
      problems: [],
      specs: [],
    };
  ctx.records = withRecord(ctx.records, {
    ...old,
    status: "returned",
    returnedAt: opts.at,
    returnedBy: opts.by,
    reason: opts.reason.trim(),
  });
  return {
    ok: true,
    ward,
    tab: tab.name,
    lock: "unlock",
    lines: [SUBMIT_TEXT.returned(ward.name, opts.reason.trim())],
    problems: [],
    specs: [recordsSpec(ctx.records), board(ctx, opts.at)],
  };
}

/** The board as of `now` (status command, and after a roll-up). */
export function planStatus(values: WorkbookValues, opts: { now: string }): StateChange {
  const ctx = contextOf(values);
  if ("problems" in ctx) return failed([], ctx.problems);
  const spec = board(ctx, opts.now);
  return { ok: true, lines: spec.values.slice(1, 3).map((r) => String(r[0])), problems: [], specs: [spec] };
}

/**
 * File per ward: a ward file that collect takes is the ward's submission (seed 002: the dossier sent
 * to the city), recorded at the file's saved time and by the file, in place of an earlier record
 * (sent or returned) — when its proposed units have no blank or unreadable cell; otherwise the
 * values are still taken, the ward stays unsent and a line says so (the roll-up lists the cells).
 */
export function recordCollected(
  values: WorkbookValues,
  taken: { ward: string; file: string; at: string }[],
  now: string,
): { specs: SheetSpec[]; lines: string[] } {
  const ctx = contextOf(values);
  if ("problems" in ctx || !taken.length) return { specs: [], lines: [] };
  const lines: string[] = [];
  for (const t of taken) {
    const ward = wardOf(ctx.roster, t.ward);
    const tab = ward && tabOf(ctx, ward);
    if (!ward || !tab) continue;
    const snapshot = snapshotOf(tab.read, tab.values, ctx.framework);
    const blocking = blockingProblems(ctx, ward, tab);
    if (!Object.keys(snapshot).length || blocking.length) {
      lines.push(SUBMIT_TEXT.collectedNotSent(ward.name, blocking.length));
      continue;
    }
    ctx.records = withRecord(ctx.records, {
      ward: ward.code,
      status: "sent",
      submittedAt: t.at,
      by: t.file,
      fingerprint: fingerprint(snapshot),
      returnedAt: "",
      returnedBy: "",
      reason: "",
      snapshot,
    });
  }
  return { specs: [recordsSpec(ctx.records), board(ctx, now)], lines };
}
