/**
 * "Thu thập từ các tệp" / `tdp collect`: the ward files' values brought back into the master's ward
 * tabs. Every file is checked first — its "Thông tin tệp" (which workbook, framework, year, ward), the
 * ward code in its tab's B2, not older than the file last taken for that ward, not the same ward as
 * another file of this run — and a file that fails is not taken, with a problem naming the file and
 * cell. Files that are not ward files are skipped with a line. The adapter writes `specs` (the ward
 * tabs taken, re-planned by set-up around the new values, and the log) and rolls `values` up.
 */
import type { Framework } from "../framework";
import { type Roster, unitsOfWard, type Ward } from "../model";
import type { Problem } from "../problem";
import { foldKey, looseKey } from "../text";
import { WARD_FILE } from "../text/wardFiles";
import { COLLECT_LOG, SHEET } from "../vocabulary";
import { type FileInfo, frameworkHash, infoCell, readInfo } from "../wardFile/info";
import { type LogEntry, lastTaken, logSpec, readLog } from "../wardFile/log";
import { mergeWardTab } from "../wardFile/merge";
import { findSheet } from "../workbook/sheets";
import type { SheetSpec } from "../workbook/spec";
import { type FoundTab, Workbook, type WorkbookValues } from "../workbook/workbook";
import { planSetup } from "./setup";
import { bookIdOf } from "./split";
import { recordCollected } from "./submit";

export interface WardFileInput {
  /** How lines and problems name the file (its file name, or the spreadsheet's name). */
  label: string;
  values: WorkbookValues;
  /** ISO time the file was last saved, when known (docProps/core.xml; Drive's last update). */
  modified?: string;
}

export type FileOutcome =
  | { kind: "taken"; label: string; ward: Ward; changed: number }
  | { kind: "unchanged" | "refused"; label: string; ward: Ward }
  | { kind: "skipped"; label: string; why: "foreign" | "book" | "broken" };

export interface CollectPlan {
  ok: boolean;
  outcomes: FileOutcome[];
  /** One line per file, in the order given, then the counts. */
  lines: string[];
  problems: Problem[];
  /** The master's values with the taken tabs merged (what the roll-up reads). */
  values: Map<string, unknown[][]>;
  /** The ward tabs taken (re-planned by set-up) and the log: what the adapter writes. */
  specs: SheetSpec[];
}

interface Context {
  book: Workbook;
  framework: Framework;
  year: number;
  roster: Roster;
  bookId?: string;
  log: LogEntry[];
}

/** A file that passed the checks, waiting for the same-ward check across files. */
interface Candidate {
  file: WardFileInput;
  ward: Ward;
  tab: FoundTab;
  problems: Problem[];
}

export function planCollect(
  master: WorkbookValues,
  files: WardFileInput[],
  opts: { collectedAt: string },
): CollectPlan {
  const setup = planSetup(new Map(master));
  const values = new Map(master);
  if (!setup.ok || !setup.framework || !setup.roster || setup.year === undefined)
    return { ok: false, outcomes: [], lines: setup.report, problems: setup.problems, values, specs: [] };
  const log = readLog(findSheet(master, SHEET.collectLog)?.[1]);
  const withTabs = new Map(master);
  for (const s of setup.specs) withTabs.set(s.name, s.values);
  const ctx: Context = {
    book: new Workbook(withTabs, setup.framework),
    framework: setup.framework,
    year: setup.year,
    roster: setup.roster,
    bookId: bookIdOf(master),
    log,
  };
  const problems: Problem[] = [];
  const outcomes = new Map<WardFileInput, FileOutcome>();
  const candidates: Candidate[] = [];
  for (const file of files) {
    const checked = checkFile(file, ctx);
    if (checked.candidate) candidates.push(checked.candidate);
    else {
      outcomes.set(file, checked.outcome);
      problems.push(...checked.problems);
    }
  }
  const merged = takeCandidates(candidates, ctx, outcomes, problems, opts.collectedAt);
  for (const [name, v] of merged) values.set(name, v);
  const specs = replan(values, merged);
  const ordered = files.map((f) => outcomes.get(f)!);
  const taken = files.flatMap((f) => {
    const o = outcomes.get(f)!;
    return o.kind === "taken"
      ? [{ ward: o.ward.code, file: f.label, at: f.modified ?? opts.collectedAt }]
      : [];
  });
  if (taken.length) specs.push(logSpec(log));
  // Each ward file taken is that ward's submission: the record and the board follow.
  const sent = recordCollected(values, taken, opts.collectedAt);
  for (const s of sent.specs) values.set(s.name, s.values);
  specs.push(...sent.specs);
  return {
    ok: true,
    outcomes: ordered,
    lines: [...linesOf(ordered), ...sent.lines],
    problems,
    values,
    specs,
  };
}

type Checked =
  | { candidate: Candidate; outcome?: undefined; problems?: undefined }
  | { candidate?: undefined; outcome: FileOutcome; problems: Problem[] };

/** The identity checks of one file, in order; the first that fails decides. */
function checkFile(file: WardFileInput, ctx: Context): Checked {
  const label = file.label;
  const skip = (why: "foreign" | "book" | "broken", problems: Problem[] = []): Checked => ({
    outcome: { kind: "skipped", label, why },
    problems,
  });
  const infoSheet = findSheet(file.values, SHEET.fileInfo);
  if (!infoSheet) return skip("foreign");
  const where = `[${label}]${infoSheet[0]}`;
  const read = readInfo(infoSheet[1]);
  if (!read.ok)
    return skip("broken", [
      { sheet: where, cell: read.cell, value: read.value, message: WARD_FILE.infoBroken },
    ]);
  const info = read.info;
  if (info.kind === "book") return skip("book");
  const at = (key: keyof FileInfo) => infoCell(infoSheet[1], key);
  const ward = ctx.roster.wards.find((w) => foldKey(w.code) === foldKey(info.wardCode));
  const refuse = (sheet: string, cell: string, value: string, message: string): Checked =>
    ward
      ? { outcome: { kind: "refused", label, ward }, problems: [{ sheet, cell, value, message }] }
      : skip("broken", [{ sheet, cell, value, message }]);
  if (!ward) return refuse(where, at("wardCode"), info.wardCode, WARD_FILE.wardUnknown);
  if (ctx.bookId && info.bookId !== ctx.bookId)
    return refuse(where, at("bookId"), info.bookId, WARD_FILE.otherBook(ctx.bookId));
  if (info.frameworkId && foldKey(info.frameworkId) !== foldKey(ctx.framework.id))
    return refuse(where, at("frameworkId"), info.frameworkId, WARD_FILE.otherFramework(ctx.framework.id));
  if (info.year !== ctx.year)
    return refuse(where, at("year"), String(info.year ?? ""), WARD_FILE.otherYear(ctx.year));
  const tab = fileTab(file, info, ward, ctx.framework);
  if (!tab) return refuse(where, at("tab"), info.tab, WARD_FILE.tabMissing(info.tab || ward.tab));
  if (foldKey(tab.read.wardCode) !== foldKey(info.wardCode))
    return refuse(`[${label}]${tab.name}`, "B2", tab.read.wardCode, WARD_FILE.wardMismatch(info.wardCode));
  const last = lastTaken(ctx.log, ward.code);
  if (last?.modified && file.modified && file.modified < last.modified)
    return refuse(`[${label}]`, "", file.modified, WARD_FILE.older(last.file, last.modified));
  const problems: Problem[] = [];
  if (info.frameworkHash !== frameworkHash(ctx.framework))
    problems.push({
      sheet: where,
      cell: at("frameworkHash"),
      value: info.frameworkHash,
      message: WARD_FILE.frameworkChanged,
    });
  if (last && file.modified && last.modified === file.modified)
    return { outcome: { kind: "unchanged", label, ward }, problems };
  return { candidate: { file, ward, tab, problems } };
}

/** The file's ward tab: by the recorded tab name, else the one whose B2 holds the ward's code. */
function fileTab(file: WardFileInput, info: FileInfo, ward: Ward, fw: Framework): FoundTab | undefined {
  const book = new Workbook(file.values, fw);
  const byName = info.tab ? book.find(info.tab) : undefined;
  const named = byName ? book.readableTab(byName[0]) : undefined;
  if (named) return named;
  return book.tabsWithWardCode({ ...ward, code: info.wardCode })[0] ?? book.tabsWithWardCode(ward)[0];
}

/** Files of the same ward are all refused; the others are merged into the master's tab. */
function takeCandidates(
  candidates: Candidate[],
  ctx: Context,
  outcomes: Map<WardFileInput, FileOutcome>,
  problems: Problem[],
  collectedAt: string,
): Map<string, unknown[][]> {
  const byWard = new Map<string, Candidate[]>();
  for (const c of candidates)
    byWard.set(foldKey(c.ward.code), [...(byWard.get(foldKey(c.ward.code)) ?? []), c]);
  const merged = new Map<string, unknown[][]>();
  for (const c of candidates) {
    const same = byWard.get(foldKey(c.ward.code))!;
    problems.push(...c.problems);
    if (same.length > 1) {
      const others = same.filter((x) => x !== c).map((x) => x.file.label);
      problems.push({
        sheet: `[${c.file.label}]${c.tab.name}`,
        cell: "B2",
        value: c.tab.read.wardCode,
        message: WARD_FILE.twice(others),
      });
      outcomes.set(c.file, { kind: "refused", label: c.file.label, ward: c.ward });
      continue;
    }
    const target = masterTab(ctx, c.ward);
    if (!target) {
      outcomes.set(c.file, { kind: "refused", label: c.file.label, ward: c.ward });
      continue;
    }
    const own = new Set(unitsOfWard(ctx.roster, c.ward.code).map((u) => looseKey(u.code)));
    const m = mergeWardTab(target, c.tab, ctx.framework, `[${c.file.label}]${c.tab.name}`, own);
    problems.push(...m.problems);
    merged.set(target.name, m.values);
    outcomes.set(c.file, { kind: "taken", label: c.file.label, ward: c.ward, changed: m.changed });
    ctx.log.push({
      ward: c.ward.code,
      file: c.file.label,
      modified: c.file.modified ?? "",
      collectedAt,
      result: COLLECT_LOG.taken,
    });
  }
  return merged;
}

/** The master's tab of the ward as set-up has it (created or repaired: every expected unit present). */
function masterTab(ctx: Context, ward: Ward): FoundTab | undefined {
  const byName = ctx.book.find(ward.tab);
  const found = byName ? ctx.book.readableTab(byName[0]) : undefined;
  return found ?? ctx.book.tabsWithWardCode(ward)[0];
}

/** The taken tabs as set-up writes them around their new values (formulas, validation, layout). */
function replan(values: Map<string, unknown[][]>, merged: Map<string, unknown[][]>): SheetSpec[] {
  if (!merged.size) return [];
  const plan = planSetup(values);
  const keys = new Set([...merged.keys()].map(foldKey));
  return plan.specs.filter((s) => keys.has(foldKey(s.name)));
}

function linesOf(outcomes: FileOutcome[]): string[] {
  const lines = outcomes.map((o): string => {
    switch (o.kind) {
      case "taken":
        return WARD_FILE.taken(o.label, o.ward.name, o.changed);
      case "unchanged":
        return WARD_FILE.unchanged(o.label, o.ward.name);
      case "refused":
        return WARD_FILE.refused(o.label, o.ward.name);
      case "skipped":
        if (o.why === "book") return WARD_FILE.isBook(o.label);
        return o.why === "broken" ? WARD_FILE.brokenInfo(o.label) : WARD_FILE.foreign(o.label);
      default:
        return o satisfies never;
    }
  });
  const count = (k: FileOutcome["kind"]) => outcomes.filter((o) => o.kind === k).length;
  lines.push(WARD_FILE.counts(count("taken"), count("skipped") + count("unchanged"), count("refused")));
  return lines;
}
