/**
 * The file-per-ward menu (dist-multi only, docs/multi-file.md): "Tạo tệp cho từng xã/phường" makes
 * each ward its own spreadsheet from the master (core: planSplit), shares it with the ward's editors
 * and writes its link into Danh mục; "Thu thập từ các tệp" opens every linked file, reads its two
 * sheets that matter in one batched read each, checks and merges them (core: planCollect), writes the
 * ward tabs with set-up's writer and rolls up.
 *
 * Both are resumable: each stops starting new files at its time budget and says "chạy lại để tiếp
 * tục", leaving its place (the next ward and its code) in the note of Danh mục's link header. Split
 * writes each link as soon as its file is complete (a stopped run loses nothing; a ward whose link
 * opens is skipped, and a resumed run trusts the links before its place without opening them).
 * Collect reads files until its budget, writes what it took, and the next run goes on from its
 * place; the roll-up runs once every file has been read.
 */
import { a1Range } from "../core/a1";
import type { Ward } from "../core/model";
import { formatProblem, type Problem } from "../core/problem";
import { foldKey } from "../core/text";
import { MULTI_LINE, MULTI_TOAST, MULTI_UI } from "../core/text/multi";
import { WARD_FILE } from "../core/text/wardFiles";
import { planCollect, type WardFileInput } from "../core/usecases/collect";
import { workbookRoster } from "../core/usecases/rollupWorkbook";
import { planSplit, type WardFilePlan } from "../core/usecases/split";
import { FILE_INFO, SHEET } from "../core/vocabulary";
import { readInfo } from "../core/wardFile/info";
import { type FoundTable, findTables, rosterLayout, type WardRole } from "../core/workbook/layout";
import { PROTECTION_PREFIX } from "../core/workbook/protection";
import type { Block } from "../core/workbook/spec";
import { describeError } from "./actions";
import { showReport } from "./dialog";
import { ensureVietnameseSettings } from "./locale";
import { Protector } from "./protect";
import { RuleBuilders, renderSheet } from "./render";
import { rollUp } from "./rollup";
import { deadline, type RunOptions, SheetWriter } from "./setup";
import { currentUserEmail, type GSheet, type GSpreadsheet, type GSpreadsheetApp, gas } from "./types";
import { allValues, readWorkbook, type WorkbookSnapshot } from "./workbook";

/**
 * Split starts no new ward file after this much time (one file costs ≈ 10 s: create, five sheets
 * rendered and protected, sharing), leaving a minute of Apps Script's six for the file under way.
 */
export const SPLIT_BUDGET_MS = 300_000;
/**
 * Collect opens no new file after this much time (≈ 2 s a file), leaving two minutes to plan, write
 * the ward tabs taken and, at the end of a round, roll up.
 */
export const COLLECT_BUDGET_MS = 200_000;

export interface WardFilesOutcome {
  ok: boolean;
  lines: string[];
  partial?: { done: number; total: number };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A spreadsheet id from a link (…/spreadsheets/d/<id>/…) or a bare id; no URL class in Apps Script. */
export function spreadsheetIdOf(link: string): string | undefined {
  const text = link.trim();
  const m = /\/d\/([A-Za-z0-9_-]{10,})/.exec(text);
  if (m) return m[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(text) ? text : undefined;
}

function isoNow(): string {
  return new Date(Date.now()).toISOString();
}

// ---------------------------------------------------------------- Danh mục's link column

/** The wards table of Danh mục as found, with each ward's row and link; writes links as it goes. */
class RosterLinks {
  private readonly table: FoundTable<WardRole>;
  private readonly rows = new Map<string, number>();
  private readonly links = new Map<string, string>();
  private headerWritten: boolean;
  /** The link column's header, as rosterLayout words it. */
  private readonly label: string;
  /** The progress note of a stopped run (undefined: not read yet; null: none). */
  private note: { kind: string; next: number; code: string } | null | undefined;
  readonly sheet: GSheet | undefined;

  constructor(snapshot: WorkbookSnapshot, wardWord?: string) {
    const name = [...snapshot.sheets.keys()].find((n) => foldKey(n) === foldKey(SHEET.roster));
    this.sheet = name ? snapshot.sheets.get(name) : undefined;
    const values = (name && snapshot.values.get(name)) || [];
    const layout = rosterLayout(wardWord).wards;
    this.table = findTables(values, [layout], SHEET.roster)[0] as FoundTable<WardRole>;
    this.headerWritten = !this.table.missing.includes("file");
    this.label = layout.columns.find((c) => c.key === "file")!.label;
    const { code, file } = this.table.col;
    for (let r = this.table.firstDataRow; r <= values.length; r++) {
      const key = foldKey(values[r - 1]?.[code - 1]);
      if (!key || this.rows.has(key)) continue;
      this.rows.set(key, r);
      const link = String(values[r - 1]?.[file - 1] ?? "").trim();
      if (link) this.links.set(key, link);
    }
  }

  link(wardCode: string): string | undefined {
    return this.links.get(foldKey(wardCode));
  }

  /**
   * Where a stopped run of `kind` left off, kept in the note of the link column's header (one
   * getNotes): the index of the next ward among `codes`, or 0 when there is none or Danh mục has
   * changed since (the code found there is not the one recorded).
   */
  resumeAt(kind: "split" | "collect", codes: string[]): number {
    if (this.note === undefined)
      this.note = this.sheet ? parseNote(this.headerRange().getNotes()[0]?.[0]) : null;
    const n = this.note;
    return n && n.kind === kind && foldKey(codes[n.next]) === foldKey(n.code) ? n.next : 0;
  }

  /** A stopped run: the next ward to do. */
  stoppedAt(kind: "split" | "collect", next: number, code: string): void {
    this.note = { kind, next, code };
    this.headerRange().setNote(`${PROGRESS_PREFIX}${JSON.stringify(this.note)}`);
  }

  /** A finished run: its own note, if any, goes (a stopped run of the other command keeps its place). */
  finished(kind: "split" | "collect"): void {
    if (this.note?.kind !== kind) return;
    this.headerRange().setNote("");
    this.note = null;
  }

  private headerRange() {
    return this.sheet!.getRange(this.table.headerRow, this.table.col.file);
  }

  /** One write per link, the header first when Danh mục lacks it: a stopped run keeps every link. */
  write(wardCode: string, url: string): void {
    const row = this.rows.get(foldKey(wardCode));
    if (!this.sheet || row === undefined) return;
    const col = this.table.col.file;
    if (!this.headerWritten) {
      this.sheet.getRange(this.table.headerRow, col).setValue(this.label);
      this.headerWritten = true;
    }
    this.sheet.getRange(row, col).setValue(url);
    this.links.set(foldKey(wardCode), url);
  }
}

const PROGRESS_PREFIX = "TDP-progress:";

function parseNote(note: unknown): { kind: string; next: number; code: string } | null {
  const text = String(note ?? "");
  if (!text.startsWith(PROGRESS_PREFIX)) return null;
  try {
    const p = JSON.parse(text.slice(PROGRESS_PREFIX.length));
    return typeof p?.kind === "string" && typeof p.next === "number" && typeof p.code === "string" ? p : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- split

/** Tạo tệp cho từng xã/phường. */
export function runSplit(opts: RunOptions = {}): WardFilesOutcome {
  const outOfTime = deadline({ budgetMs: SPLIT_BUDGET_MS, ...opts });
  const { SpreadsheetApp } = gas();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const snapshot = readWorkbook(ss);
  const plan = planSplit(snapshot.values, {
    bookId: ss.getId(),
    bookName: ss.getName(),
    createdAt: isoNow(),
  });
  if (!plan.ok || !plan.framework)
    return { ok: false, lines: [...plan.report, ...plan.problems.map(formatProblem)] };
  const lines: string[] = [];
  // The master's own identity first: every file made below records this id.
  if (plan.bookInfo) {
    new SheetWriter(SpreadsheetApp, ss, snapshot).write(plan.bookInfo);
    lines.push(MULTI_LINE.bookInfo);
  }
  const links = new RosterLinks(snapshot, plan.framework.wardWord);
  const me = currentUserEmail();
  const total = plan.files.length;
  let made = 0;
  let kept = 0;
  let partial: WardFilesOutcome["partial"];
  // A resumed run trusts the links of the wards the stopped run got through (no openById each).
  const resume = links.resumeAt(
    "split",
    plan.files.map((f) => f.ward.code),
  );
  for (const [i, file] of plan.files.entries()) {
    if (outOfTime()) {
      partial = { done: i, total };
      links.stoppedAt("split", i, file.ward.code);
      break;
    }
    const old = links.link(file.ward.code);
    if (old && (i < resume || opens(SpreadsheetApp, old))) {
      kept++;
      if (i >= resume) lines.push(MULTI_LINE.kept(file.ward.name));
      continue;
    }
    ss.toast(MULTI_TOAST.making(i + 1, total, file.fileName), MULTI_UI.splitTitle, 10);
    const result = makeWardFile(SpreadsheetApp, file, me);
    links.write(file.ward.code, result.url);
    made++;
    if (old) lines.push(MULTI_LINE.relinked(file.ward.name));
    lines.push(WARD_FILE.made(file.fileName, file.units), ...result.lines);
  }
  lines.push(MULTI_LINE.splitCounts(made, kept));
  // The plan says "made" of every file it plans; the lines above say what this run made.
  const planned = new Set(plan.files.map((f) => WARD_FILE.made(f.fileName, f.units)));
  const report = plan.report.filter((l) => !planned.has(l));
  const all = [...lines, ...report, ...plan.problems.map(formatProblem)];
  if (!partial) {
    links.finished("split");
    return { ok: true, lines: all };
  }
  const message = MULTI_LINE.splitPartial(partial.done, partial.total);
  ss.toast(message, MULTI_UI.splitTitle, 30);
  return { ok: true, lines: [message, ...all], partial };
}

/** Whether a link opens a spreadsheet (the ward already has its file). */
function opens(app: GSpreadsheetApp, link: string): boolean {
  const id = spreadsheetIdOf(link);
  if (!id) return false;
  try {
    app.openById(id);
    return true;
  } catch {
    return false;
  }
}

/**
 * One ward's spreadsheet: created, in Vietnamese settings, its sheets rendered in the plan's order
 * (the first one renamed from the sheet Google creates), shared with the ward's editors, then each
 * `protect` spec protected for the city alone with its blocks left open (Protector: a new protection
 * mirrors the file's editors until they are removed).
 */
function makeWardFile(
  app: GSpreadsheetApp,
  plan: WardFilePlan,
  me: string,
): { url: string; lines: string[] } {
  const lines: string[] = [];
  const book = app.create(plan.fileName);
  ensureVietnameseSettings(book);
  // Rules per file: a list from a range points into its own spreadsheet.
  const rules = new RuleBuilders(app);
  const sheets: GSheet[] = [];
  const [first] = book.getSheets();
  plan.specs.forEach((spec, i) => {
    const sheet = i === 0 ? first.setName(spec.name) : book.insertSheet(spec.name, i);
    renderSheet(app, sheet, spec, 0, true, { rules });
    sheets.push(sheet);
  });
  const editors = plan.ward.editors.filter((e) => EMAIL.test(e));
  for (const bad of plan.ward.editors.filter((e) => !EMAIL.test(e)))
    lines.push(MULTI_LINE.badEmail(plan.ward.name, bad));
  if (editors.length) {
    book.addEditors(editors);
    lines.push(MULTI_LINE.shared(plan.fileName, editors));
  } else lines.push(MULTI_LINE.notShared(plan.fileName, plan.ward.name));
  const protector = new Protector(app, book, me);
  plan.specs.forEach((spec, i) => {
    if (!spec.protect) return;
    const item = {
      sheet: spec.name,
      description: `${PROTECTION_PREFIX}${spec.name}`,
      editors: [],
      unprotected: spec.protect.unlocked.map(blockA1),
    };
    protector.protectSheet(sheets[i], [item], true);
  });
  return { url: book.getUrl(), lines };
}

const blockA1 = (b: Block) => a1Range(b.row, b.col, b.numRows, b.numCols);

// ---------------------------------------------------------------- collect

/** A linked ward and how its file is named in lines and problems. */
interface Linked {
  ward: Ward;
  link: string;
  id?: string;
}

/** Thu thập từ các tệp. */
export function runCollect(opts: RunOptions = {}): WardFilesOutcome {
  const outOfTime = deadline({ budgetMs: COLLECT_BUDGET_MS, ...opts });
  const { SpreadsheetApp } = gas();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const snapshot = readWorkbook(ss);
  const rosterName = [...snapshot.values.keys()].find((n) => foldKey(n) === foldKey(SHEET.roster));
  const { roster } = workbookRoster(rosterName ? snapshot.values.get(rosterName) : undefined);
  const links = new RosterLinks(snapshot);
  const linked: Linked[] = roster.wards
    .map((ward) => ({ ward, link: links.link(ward.code) ?? "" }))
    .filter((l) => l.link)
    .map((l) => ({ ...l, id: spreadsheetIdOf(l.link) }));
  if (!linked.length) return { ok: false, lines: [MULTI_LINE.noLinks] };

  const lines: string[] = [];
  const resume = links.resumeAt(
    "collect",
    linked.map((l) => l.ward.code),
  );
  if (resume > 0) lines.push(MULTI_LINE.resumed(resume + 1, linked.length));

  // Two wards linking the same file are read once and given to the plan together (it refuses both).
  const byId = new Map<string, Linked[]>();
  for (const l of linked) if (l.id) byId.set(l.id, [...(byId.get(l.id) ?? []), l]);
  const files: WardFileInput[] = [];
  const problems: Problem[] = [];
  let stopped: number | undefined;
  for (let i = resume; i < linked.length; i++) {
    if (outOfTime()) {
      stopped = i;
      break;
    }
    const l = linked[i];
    if (!l.id) {
      lines.push(MULTI_LINE.notALink(l.ward.name, l.link));
      continue;
    }
    const same = byId.get(l.id)!;
    if (same[0] !== l) continue; // read with the first ward linking it (this run or an earlier one)
    ss.toast(MULTI_TOAST.reading(i + 1, linked.length, l.ward.name), MULTI_UI.collectTitle, 10);
    let book: GSpreadsheet;
    try {
      book = SpreadsheetApp.openById(l.id);
    } catch (e) {
      lines.push(MULTI_LINE.cannotOpen(l.ward.name, describeError(e)));
      continue;
    }
    const input = readWardFile(book, l.ward);
    // One file linked from several rows: all go to the plan, which refuses every file of a ward
    // that comes twice. A file linked from one row must be that row's ward's (else refused here), so
    // a ward cannot come twice across two runs of a resumed collect either.
    if (same.length > 1) {
      for (const s of same)
        files.push({ ...input, label: `${input.label} – ${MULTI_LINE.sameLink(s.ward.name)}` });
      continue;
    }
    const mismatch = otherWard(input, l.ward, input.label);
    if (mismatch) {
      problems.push(mismatch);
      lines.push(WARD_FILE.refused(input.label, l.ward.name));
    } else files.push(input);
  }

  const plan = planCollect(snapshot.values, files, { collectedAt: isoNow() });
  if (!plan.ok) return { ok: false, lines: [...plan.lines, ...plan.problems.map(formatProblem)] };
  if (plan.specs.length) {
    ss.toast(MULTI_TOAST.writing(plan.specs.length), MULTI_UI.collectTitle, 10);
    const writer = new SheetWriter(SpreadsheetApp, ss, snapshot);
    for (const spec of plan.specs) writer.write(spec);
  }
  const all = [...lines, ...plan.lines, ...[...problems, ...plan.problems].map(formatProblem)];
  if (stopped !== undefined) {
    links.stoppedAt("collect", stopped, linked[stopped].ward.code);
    const message = MULTI_LINE.collectPartial(stopped, linked.length);
    ss.toast(message, MULTI_UI.collectTitle, 30);
    return { ok: true, lines: [message, ...all], partial: { done: stopped, total: linked.length } };
  }
  links.finished("collect");
  const rolled = rollUp();
  if (!rolled.ok) return { ok: true, lines: [...all, rolled.message, ...rolled.problems.map(formatProblem)] };
  return { ok: true, lines: [...all, rolled.headline] };
}

/**
 * A ward file as collect reads it: getSheets once, then one batched read of "Thông tin tệp" and one
 * of the ward's tab (the tab the info names, else the ward's tab in Danh mục). Its label is the
 * file's name. `modified` stays unknown: SpreadsheetApp has no last-modified time and DriveApp would
 * need a Drive scope (docs/multi-file.md).
 */
function readWardFile(book: GSpreadsheet, ward: Ward): WardFileInput {
  const sheets = new Map<string, GSheet>();
  for (const s of book.getSheets()) sheets.set(foldKey(s.getName()), s);
  const values = new Map<string, unknown[][]>();
  const take = (name: string) => {
    const sheet = sheets.get(foldKey(name));
    if (sheet && !values.has(name)) values.set(name, allValues(sheet));
    return sheet !== undefined;
  };
  take(SHEET.fileInfo);
  const info = values.get(SHEET.fileInfo);
  const read = info ? readInfo(info) : undefined;
  const tab = read?.ok && read.info.tab ? read.info.tab : ward.tab;
  if (!take(tab)) take(ward.tab);
  return { label: book.getName(), values };
}

/** A file linked from one ward's row that says it is another ward's: refused here, with the cell. */
function otherWard(input: WardFileInput, ward: Ward, label: string): Problem | undefined {
  const info = input.values.get(SHEET.fileInfo);
  if (!info) return undefined;
  const read = readInfo(info);
  if (!read.ok || read.info.kind !== "ward" || foldKey(read.info.wardCode) === foldKey(ward.code))
    return undefined;
  const row = info.findIndex((r) => foldKey(r?.[0]) === foldKey(FILE_INFO.wardCode));
  return {
    sheet: `[${label}]${SHEET.fileInfo}`,
    cell: row >= 0 ? `B${row + 1}` : "",
    value: read.info.wardCode,
    message: MULTI_LINE.otherWardsFile(ward.name, read.info.wardCode),
  };
}

// ---------------------------------------------------------------- menu bodies

function show(title: string, o: WardFilesOutcome, done: (n: number) => string, failed: string): void {
  showReport(title, o.ok ? done(o.lines.length) : failed, o.lines);
}

export const wardFileActions = {
  split(title: string) {
    show(title, runSplit(), MULTI_UI.splitDone, MULTI_UI.splitFailed);
  },
  collect(title: string) {
    show(title, runCollect(), MULTI_UI.collectDone, MULTI_UI.collectFailed);
  },
};
