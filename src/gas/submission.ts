/**
 * Gửi thẩm định, Trả lại xã/phường and Cập nhật bảng theo dõi (seed 002; docs/submission.md): read
 * the workbook (one batched read per sheet), call the use case, write the record sheet and the board
 * with set-up's writer, then lock or unlock the ward's input cells with set-up's protector and plan.
 *
 * Google keeps the user running a script among a protection's editors ("neither the owner nor the
 * current user can be removed"): a ward's editor who submits locks out the ward's other editors at
 * once, and themself only when the city office next applies the locks (Cập nhật bảng theo dõi,
 * Áp dụng phân quyền, set-up). The fingerprint lists any cell changed in between.
 */
import type { Roster, Ward } from "../core/model";
import { formatProblem, type Problem } from "../core/problem";
import type { ActionResult } from "../core/rpc";
import { localTime } from "../core/submission/board";
import { wardOf } from "../core/submission/changes";
import { readRecords, recordOf } from "../core/submission/records";
import { foldKey } from "../core/text";
import { SUBMIT_TEXT } from "../core/text/submission";
import { NOTICE, SUBMIT_UI } from "../core/text/ui";
import { workbookRoster } from "../core/usecases/rollupWorkbook";
import { planSetup } from "../core/usecases/setup";
import { planReturn, planStatus, planSubmit, type StateChange } from "../core/usecases/submit";
import { SHEET, SUBMISSION } from "../core/vocabulary";
import { describeProtection, protectionPlan } from "../core/workbook/protection";
import { findSheet } from "../core/workbook/sheets";
import { showReport } from "./dialog";
import { withDocumentLock } from "./lock";
import { Protector } from "./protect";
import { allSpecsFor, SheetWriter, sentWards } from "./setup";
import { currentUserEmail, type GSpreadsheet, gas } from "./types";
import { readWorkbook, type WorkbookSnapshot } from "./workbook";

interface Who {
  /** The running user's e-mail, lower case; "" when Google withholds it. */
  me: string;
  roster: Roster;
  cityEditors: string[];
}

interface Book extends Who {
  ss: GSpreadsheet;
  snapshot: WorkbookSnapshot;
}

function who(rosterRows: unknown[][] | undefined): Who {
  const read = workbookRoster(rosterRows);
  return { me: currentUserEmail(), roster: read.roster, cityEditors: read.cityEditors };
}

/** Every sheet, one batched read each (as Áp dụng phân quyền reads it). */
export function readBook(): Book {
  const ss = gas().SpreadsheetApp.getActiveSpreadsheet();
  const snapshot = readWorkbook(ss);
  return { ss, snapshot, ...who(findSheet(snapshot.values, SHEET.roster)?.[1]) };
}

/** The city office: an e-mail of Danh mục's B2 (set-up writes its runner there). */
export const isCity = (w: Who) => w.me !== "" && w.cityEditors.includes(w.me);

/** The ward whose tab `sheet` is: by its tab name, else by the ward code in its B2. */
function wardOfSheet(roster: Roster, sheet: string, b2: unknown): Ward | undefined {
  const byName = roster.wards.find((w) => foldKey(w.tab) === foldKey(sheet));
  if (byName) return byName;
  const code = String(b2 ?? "").trim();
  return code ? roster.wards.find((w) => foldKey(w.code) === foldKey(code)) : undefined;
}

function selectFirstCell(ss: GSpreadsheet, problems: Problem[]): void {
  const first = problems.find((p) => /^[A-Z]+\d+$/.test(p.cell));
  if (first) ss.getSheetByName(first.sheet)?.getRange(first.cell).activate();
}

/** What a command ends with: a dialog (lead and list; ok when the state changed or was already right), or only a toast. */
export type Outcome = { ok: boolean; lead: string; lines: string[] } | { toast: string };

export const said = (lead: string, lines: string[] = []): Outcome => ({ ok: false, lead, lines });
export const done = (lead: string, lines: string[]): Outcome => ({ ok: true, lead, lines });

function refused(change: StateChange): Outcome {
  return said(change.lines[0] ?? NOTICE.criteriaBroken, [
    ...change.lines.slice(1),
    ...change.problems.map(formatProblem),
  ]);
}

export function show(title: string, o: Outcome): void {
  if ("toast" in o) toast(gas().SpreadsheetApp.getActiveSpreadsheet(), o.toast);
  else showReport(title, o.lead, o.lines);
}

/**
 * The input-range protections of the wards `codes` (their tabs), as the protection plan has them with
 * `locked` wards city-only: applied in place by the protector. Returns the dialog's lines.
 */
function applyLocks(b: Book, codes: string[], locked: string[]): string[] {
  const plan = planSetup(new Map(b.snapshot.values), {});
  if (!plan.ok || !plan.roster) return [...plan.report, ...plan.problems.map(formatProblem)];
  const wanted = new Set(codes.map(foldKey));
  const roster = plan.roster;
  const specs = allSpecsFor(plan).filter((s) => {
    if (!s.formulas.length || !b.snapshot.sheets.has(s.name)) return false;
    const ward = wardOfSheet(roster, s.name, s.values[1]?.[1]);
    return ward !== undefined && wanted.has(foldKey(ward.code));
  });
  const items = protectionPlan(specs, roster, plan.cityEditors, locked).filter((i) => i.range);
  const protector = new Protector(gas().SpreadsheetApp, b.ss, b.me);
  const lines: string[] = [];
  const lockedSet = new Set(locked.map(foldKey));
  for (const spec of specs) {
    const sheetItems = items.filter((i) => i.sheet === spec.name);
    protector.protectSheet(b.snapshot.sheets.get(spec.name)!, sheetItems);
    const ward = wardOfSheet(roster, spec.name, spec.values[1]?.[1])!;
    lines.push(
      lockedSet.has(foldKey(ward.code)) ? SUBMIT_UI.lockedLine(ward.name) : SUBMIT_UI.unlockedLine(ward.name),
    );
  }
  lines.push(...protector.skipped.map((i) => SUBMIT_UI.lockSkipped(describeProtection(i))));
  return lines;
}

/**
 * Writes the record sheet and the board (set-up's writer); then the ward's lock. A sheet inserted
 * becomes the active one, so the user's sheet is made active again.
 */
function applyChange(b: Book, change: StateChange): string[] {
  writeSpecs(b, change);
  if (!change.ward || !change.lock) return [...change.lines];
  const code = change.ward.code;
  return [...change.lines, ...applyLocks(b, [code], change.lock === "lock" ? [code] : [])];
}

export function writeSpecs(
  b: { ss: GSpreadsheet; snapshot: WorkbookSnapshot },
  change: Pick<StateChange, "specs">,
): void {
  const fresh = change.specs.some((s) => !b.snapshot.sheets.has(s.name));
  const active = fresh ? b.ss.getActiveSheet() : undefined;
  const writer = new SheetWriter(gas().SpreadsheetApp, b.ss, b.snapshot);
  for (const spec of change.specs) writer.write(spec, { keyed: spec.name === SUBMISSION.boardSheet });
  if (active) b.ss.setActiveSheet(active);
}

const now = () => new Date().toISOString();

function toast(ss: GSpreadsheet, msg: string): void {
  ss.toast(msg, SUBMIT_UI.toastTitle, 10);
}

/** Gửi thẩm định: the active tab's ward, by one of its editors or the city office. Holds the lock. */
export function submitActiveTab(title: string): void {
  show(title, submit());
}

/** The sidebar's button: the same submission, its outcome as the sidebar's JSON; takes the lock itself. */
export function submitFromSidebar(): ActionResult {
  const o = withDocumentLock<Outcome>(submit, () => said(SUBMIT_UI.busy));
  if ("toast" in o) return { ok: true, message: o.toast, items: [] };
  return { ok: o.ok, message: o.lead, items: o.lines };
}

function submit(): Outcome {
  const b = readBook();
  const sheet = b.ss.getActiveSheet().getName();
  const ward = wardOfSheet(b.roster, sheet, b.snapshot.values.get(sheet)?.[1]?.[1]);
  if (!ward) return said(NOTICE.notWardTab(sheet));
  if (!b.me) return said(SUBMIT_UI.needEmail);
  const city = isCity(b);
  if (!city && !ward.editors.includes(b.me)) return said(SUBMIT_UI.notWardEditor(ward.name));
  const change = planSubmit(b.snapshot.values, { ward: ward.code, by: b.me, at: now() });
  if (!change.ok) {
    selectFirstCell(b.ss, change.problems);
    return refused(change);
  }
  const lines = applyChange(b, change);
  if (!city) lines.push(SUBMIT_UI.selfStillEditor);
  toast(b.ss, change.lines[0] ?? SUBMIT_UI.sentLead);
  return done(SUBMIT_UI.sentLead, lines);
}

/**
 * Trả lại xã/phường: the city office only. The ward is the active tab's (else asked), the reason is
 * asked; both prompts come before the document lock, so no one waits for a person typing.
 */
export function returnWardTab(title: string): void {
  show(title, returnTab(title));
}

function returnTab(title: string): Outcome {
  const { SpreadsheetApp } = gas();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const w = who(ss.getSheetByName(SHEET.roster)?.getDataRange().getValues());
  if (!w.me) return said(SUBMIT_UI.needEmail);
  if (!isCity(w)) return said(SUBMIT_UI.cityOnly);
  const active = ss.getActiveSheet();
  let ward = w.roster.wards.find((x) => foldKey(x.tab) === foldKey(active.getName()));
  const ui = SpreadsheetApp.getUi();
  const ask = (prompt: string): string | undefined => {
    const r = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
    return r.getSelectedButton() === ui.Button.OK ? r.getResponseText() : undefined;
  };
  if (!ward) {
    const typed = ask(SUBMIT_UI.askWard);
    if (typed === undefined) return { toast: SUBMIT_UI.cancelled };
    ward = wardOf(w.roster, typed);
    if (!ward) return said(SUBMIT_TEXT.wardUnknown(typed));
  }
  const reason = ask(SUBMIT_UI.askReason(ward.name));
  if (reason === undefined) return { toast: SUBMIT_UI.cancelled };
  const code = ward.code;
  return withDocumentLock<Outcome>(
    () => {
      const b = readBook();
      const change = planReturn(b.snapshot.values, { ward: code, by: b.me, at: now(), reason });
      if (!change.ok) return refused(change);
      const lines = applyChange(b, change);
      toast(b.ss, change.lines[0] ?? SUBMIT_UI.returnedLead);
      return done(SUBMIT_UI.returnedLead, lines);
    },
    () => said(SUBMIT_UI.busy),
  );
}

/**
 * Cập nhật bảng theo dõi: the city office rewrites the board as of now and applies the lock of every
 * ward that has a record (sent: city-only; returned: the ward's editors again). Holds the lock.
 */
export function refreshSubmissionBoard(title: string): void {
  show(title, refreshBoard());
}

function refreshBoard(): Outcome {
  const b = readBook();
  if (!b.me) return said(SUBMIT_UI.needEmail);
  if (!isCity(b)) return said(SUBMIT_UI.cityOnly);
  const change = planStatus(b.snapshot.values, { now: now() });
  if (!change.ok) return refused(change);
  writeSpecs(b, change);
  const records = readRecords(findSheet(b.snapshot.values, SUBMISSION.recordSheet)?.[1]);
  const codes = b.roster.wards.filter((x) => recordOf(records, x.code)).map((x) => x.code);
  const locks = codes.length ? applyLocks(b, codes, sentWards(b.snapshot.values)) : [];
  return done(change.lines.join(" "), [...locks, SUBMIT_UI.locksApplied(codes.length)]);
}

/**
 * The sidebar's line about the active ward tab's submission: sent (when, by whom) or returned (when,
 * why); undefined when the workbook has no record of it. One lookup when there is no Hồ sơ gửi.
 */
export function submissionNote(
  ss: GSpreadsheet,
  sheet: string,
  b2: unknown,
  rosterRows: unknown[][] | undefined,
): string | undefined {
  const recordSheet = ss.getSheetByName(SUBMISSION.recordSheet);
  if (!recordSheet) return undefined;
  const ward = wardOfSheet(workbookRoster(rosterRows).roster, sheet, b2);
  const r = ward && recordOf(readRecords(recordSheet.getDataRange().getValues()), ward.code);
  if (!r) return undefined;
  return r.status === "sent"
    ? SUBMIT_UI.sidebarSent(localTime(r.submittedAt), r.by)
    : SUBMIT_UI.sidebarReturned(localTime(r.returnedAt), r.reason);
}

/**
 * After the roll-up: the board again, when the workbook has a record sheet (one sheet write). The
 * values are the roll-up's own read; the caller holds the lock.
 */
export function refreshBoardAfterRollup(ss: GSpreadsheet, snapshot: WorkbookSnapshot): void {
  if (!findSheet(snapshot.values, SUBMISSION.recordSheet)) return;
  const change = planStatus(snapshot.values, { now: now() });
  if (change.ok) writeSpecs({ ss, snapshot }, change);
}
