/** Menu and sidebar actions: each wraps its work so the user always gets a Vietnamese message, never a stack trace. */

import { formatProblem } from "../core/problem";
import { type ActionResult, actionResultSchema, type SidebarState, sidebarStateSchema } from "../core/rpc";
import { REPORT_LINE } from "../core/text/sheets";
import { NOTICE, UI } from "../core/text/ui";
import { SHEET } from "../core/vocabulary";
import { ensureScopes, missingScopes } from "./consent";
import { sidebarState, validateActiveTab, validationResult } from "./inspect";
import { ensureVietnameseSettings } from "./locale";
import { withDocumentLock } from "./lock";
import { runRollup } from "./rollup";
import { runLoadSample, runProtection, runSetup, type SetupOutcome } from "./setup";
import { gas } from "./types";
import { openSidebar, showReport } from "./ui";

function describeError(e: unknown): string {
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

/** Every menu command needs this sheet and its dialogs; a refused permission is named, not hit. */
function safely(title: string, work: () => void): void {
  if (!ensureScopes(["sheet", "ui"])) return;
  try {
    work();
  } catch (e) {
    showReport(title, NOTICE.unexpected(describeError(e)), []);
  }
}

export const actions = {
  setup(frameworkId: string) {
    safely(NOTICE.setupTitle, () =>
      withDocumentLock(
        () =>
          showOutcome(
            NOTICE.setupTitle,
            withSettings(() => runSetup(frameworkId)),
          ),
        () => showReport(NOTICE.setupTitle, NOTICE.busySetup, []),
      ),
    );
  },
  loadSample(name: "laichau" | "quynhvinh" = "laichau") {
    safely(UI.menuSample, () =>
      withDocumentLock(
        () =>
          showOutcome(
            UI.menuSample,
            withSettings(() => runLoadSample(name)),
          ),
        () => showReport(UI.menuSample, NOTICE.busySetup, []),
      ),
    );
  },
  protect() {
    safely(NOTICE.protectTitle, () =>
      withDocumentLock(
        () => {
          const o = runProtection();
          showOutcome(NOTICE.protectTitle, { ...o, lines: [...emailLines(), ...o.lines] });
        },
        () => showReport(NOTICE.protectTitle, NOTICE.busySetup, []),
      ),
    );
  },
  validate() {
    safely(NOTICE.validateTitle, () => {
      const r = validationResult(validateActiveTab());
      showReport(NOTICE.validateTitle, r.message, r.items);
    });
  },
  sidebar() {
    safely(UI.sidebarTitle, openSidebar);
  },
  help() {
    safely(UI.menuHelp, () => {
      const { SpreadsheetApp } = gas();
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const guide = ss.getSheetByName(SHEET.guide);
      if (guide) ss.setActiveSheet(guide);
      else showReport(UI.menuHelp, NOTICE.helpText, []);
    });
  },
  /** Menu item and the button on Tổng hợp. */
  rollup() {
    safely(UI.menuRollup, () => {
      const r = runRollup();
      if (r.ok) {
        r.summary.activate();
        return;
      }
      showReport(UI.menuRollup, r.message, r.problems.map(formatProblem));
    });
  },
  sidebarRollup(): ActionResult {
    try {
      const r = runRollup();
      return actionResultSchema.parse(
        r.ok
          ? { ok: true, message: r.headline, items: r.report.problems.slice(0, 50).map(formatProblem) }
          : { ok: false, message: r.message, items: r.problems.map(formatProblem) },
      );
    } catch (e) {
      return { ok: false, message: NOTICE.unexpected(describeError(e)), items: [] };
    }
  },
  /** Sidebar RPC: returns plain JSON-safe objects validated by the same zod schemas the client uses. */
  sidebarState(): SidebarState {
    return sidebarStateSchema.parse(sidebarState());
  },
  sidebarValidate(): ActionResult {
    try {
      return actionResultSchema.parse(validationResult(validateActiveTab()));
    } catch (e) {
      return { ok: false, message: NOTICE.unexpected(describeError(e)), items: [] };
    }
  },
};
