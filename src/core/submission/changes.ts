/**
 * The cells of submitted tabs changed since their submission (seed 002's dossier is checked as
 * sent): the roll-up lists each with the value now and the value sent.
 */
import type { Framework } from "../framework";
import type { Roster, Ward } from "../model";
import type { Problem } from "../problem";
import { foldKey } from "../text";
import { SUBMIT_TEXT } from "../text/submission";
import { SUBMISSION } from "../vocabulary";
import { findSheet } from "../workbook/sheets";
import { type FoundTab, Workbook, type WorkbookValues } from "../workbook/workbook";
import { localTime } from "./board";
import { readRecords } from "./records";
import { changesSince } from "./snapshot";

/** The ward named by `what` (its code, name or tab name, leniently). */
export function wardOf(roster: Roster, what: string): Ward | undefined {
  const k = foldKey(what);
  return roster.wards.find((w) => foldKey(w.code) === k || foldKey(w.tab) === k || foldKey(w.name) === k);
}

/** The ward's tab: by its tab name, else the tab whose B2 holds its code. */
export function tabOf(ctx: { book: Workbook }, ward: Ward): FoundTab | undefined {
  const named = ctx.book.find(ward.tab);
  return (named && ctx.book.readableTab(named[0])) ?? ctx.book.tabsWithWardCode(ward)[0];
}

export function changedAfterSubmission(
  values: WorkbookValues,
  framework: Framework,
  roster: Roster,
): Problem[] {
  const records = readRecords(findSheet(values, SUBMISSION.recordSheet)?.[1]);
  if (!records.length) return [];
  const ctx = { book: new Workbook(values, framework) };
  const out: Problem[] = [];
  for (const r of records) {
    if (r.status !== "sent") continue;
    const ward = wardOf(roster, r.ward);
    const tab = ward && tabOf(ctx, ward);
    if (!tab) continue;
    for (const c of changesSince(r.snapshot, tab.read, tab.values))
      out.push({
        sheet: tab.name,
        cell: c.cell,
        value: c.after,
        message: SUBMIT_TEXT.changedSince(c.before, localTime(r.submittedAt)),
      });
  }
  return out;
}
