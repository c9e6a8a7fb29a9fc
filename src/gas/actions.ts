/**
 * What the menu commands do (src/gas/commands.ts wraps each in the consent check, the document lock
 * and the error dialog) and the sidebar's server calls, which answer with JSON instead of a dialog.
 */

import { formatProblem } from "../core/problem";
import { type ActionResult, actionResultSchema, type SidebarState, sidebarStateSchema } from "../core/rpc";
import { REPORT_LINE } from "../core/text/sheets";
import { NOTICE } from "../core/text/ui";
import { SHEET } from "../core/vocabulary";
import { missingScopes } from "./consent";
import { openSidebar, showReport } from "./dialog";
import { sidebarState, validateActiveTab } from "./inspect";
import { ensureVietnameseSettings } from "./locale";
import { withDocumentLock } from "./lock";
import { type RollupOutcome, rollUp } from "./rollup";
import { runLoadSample, runProtection, runSetup, type SetupOutcome } from "./setup";
import { submitFromSidebar } from "./submission";
import { gas } from "./types";

export function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function showOutcome(title: string, o: SetupOutcome): void {
  showReport(title, o.ok ? NOTICE.setupDone(o.lines.length) : NOTICE.setupFailed, o.lines);
}

/** Locale and time zone first, so every write of set-up is typed the Vietnamese way. */
function withSettings(work: () => SetupOutcome): SetupOutcome {
  const settings = ensureVietnameseSettings(gas().SpreadsheetApp.getActiveSpreadsheet());
  const outcome = work();
  return { ...outcome, lines: [...settings, ...emailLines(), ...outcome.lines] };
}

/** The e-mail permission is optional: without it the runner is not recorded, and we say so. */
function emailLines(): string[] {
  return missingScopes(["email"]).length ? [REPORT_LINE.emailRefused] : [];
}

/** The bodies of the menu commands; each ends in a dialog (or an activated sheet). */
export const actions = {
  setup(title: string, frameworkId: string) {
    showOutcome(
      title,
      withSettings(() => runSetup(frameworkId)),
    );
  },
  loadSample(title: string, name: string) {
    showOutcome(
      title,
      withSettings(() => runLoadSample(name)),
    );
  },
  protect(title: string) {
    const o = runProtection();
    showOutcome(title, { ...o, lines: [...emailLines(), ...o.lines] });
  },
  validate(title: string) {
    const r = validateActiveTab();
    showReport(title, r.message, r.items);
  },
  sidebar() {
    openSidebar();
  },
  help(title: string) {
    const ss = gas().SpreadsheetApp.getActiveSpreadsheet();
    const guide = ss.getSheetByName(SHEET.guide);
    if (guide) ss.setActiveSheet(guide);
    else showReport(title, NOTICE.helpText, []);
  },
  /** Menu item and the button on Tổng hợp. */
  rollup(title: string) {
    const r = rollUp();
    if (r.ok) {
      r.summary.activate();
      return;
    }
    showReport(title, r.message, r.problems.map(formatProblem));
  },
};

/** Sidebar RPC: plain JSON-safe objects validated by the same zod schemas the client uses. */
export const sidebarCalls = {
  rollup(): ActionResult {
    try {
      const r = withDocumentLock<RollupOutcome>(rollUp, () => ({
        ok: false,
        message: NOTICE.busy,
        problems: [],
      }));
      return actionResultSchema.parse(
        r.ok
          ? { ok: true, message: r.headline, items: r.report.problems.slice(0, 50).map(formatProblem) }
          : { ok: false, message: r.message, items: r.problems.map(formatProblem) },
      );
    } catch (e) {
      return { ok: false, message: NOTICE.unexpected(describeError(e)), items: [] };
    }
  },
  state(): SidebarState {
    return sidebarStateSchema.parse(sidebarState());
  },
  /** Gửi thẩm định from the sidebar (the active tab); the refusal's items are cell links. */
  submit(): ActionResult {
    try {
      return actionResultSchema.parse(submitFromSidebar());
    } catch (e) {
      return { ok: false, message: NOTICE.unexpected(describeError(e)), items: [] };
    }
  },
  validate(): ActionResult {
    try {
      return actionResultSchema.parse(validateActiveTab());
    } catch (e) {
      return { ok: false, message: NOTICE.unexpected(describeError(e)), items: [] };
    }
  },
};
