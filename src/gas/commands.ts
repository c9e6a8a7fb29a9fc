/**
 * The command table: every command the menu (or the button on Tổng hợp) runs, with the Apps Script
 * global it is called through, its menu caption, whether it holds the document lock, and what it does.
 * The menu is built from it (buildMenu) and src/main.ts exports one global per command, each a call
 * of runCommand. The set-up and sample items come from the framework registry.
 */
import { FRAMEWORK_REGISTRY } from "../core/frameworks";
import { AWARD } from "../core/text/awards";
import { MULTI_UI } from "../core/text/multi";
import { NOTICE, SUBMIT_UI, UI } from "../core/text/ui";
import { actions, describeError } from "./actions";
import { buildAppraisalSheets } from "./appraisal";
import { awardActions } from "./awards";
import { ensureScopes } from "./consent";
import { showReport } from "./dialog";
import { withDocumentLock } from "./lock";
import { refreshSubmissionBoard, returnWardTab, submitActiveTab } from "./submission";
import "./variant";
import { wardFileActions } from "./wardFiles";

export interface Command {
  /** The Apps Script global that runs it (the menu item's function name); src/main.ts exports it. */
  id: string;
  /** The menu caption; a command without one is not on the menu (the button on Tổng hợp). */
  label?: string;
  /** The title of its dialogs (the default is the label). */
  title: string;
  /** It writes, so it runs holding the document lock; `busy` is said when another execution holds it. */
  lock?: { busy: string };
  run: (title: string) => void;
}

/** A menu: commands (by id) and submenus, `null` for a separator. */
export interface MenuLayout {
  title: string;
  items: (string | MenuLayout | null)[];
}

const setupBusy = { busy: NOTICE.busySetup };

const frameworkCommands: Command[] = FRAMEWORK_REGISTRY.map((e) => ({
  id: e.setupCommand,
  label: UI.menuSetupWith(e.menuName),
  title: NOTICE.setupTitle,
  lock: setupBusy,
  run: (title) => actions.setup(title, e.framework.id),
}));

const sampleCommands: Command[] = FRAMEWORK_REGISTRY.flatMap((e) =>
  e.sample ? [{ ...e.sample, label: UI.menuSampleOf(e.sample.place) }] : [],
).map((s) => ({
  id: s.command,
  label: s.label,
  title: s.label,
  lock: setupBusy,
  run: (title) => actions.loadSample(title, s.name),
}));

const rollupCommand = (id: string, label?: string): Command => ({
  id,
  label,
  title: UI.menuRollup,
  lock: { busy: NOTICE.busy },
  run: (title) => actions.rollup(title),
});

const awardBusy = { busy: AWARD.busy };

/**
 * The file-per-ward commands: only in the multi bundle (build.mjs --variant multi; src/mainMulti.ts).
 * The define is tested here, inline, so esbuild drops src/gas/wardFiles.ts from the single bundle.
 */
const wardFileCommands: Command[] =
  typeof __TDP_VARIANT__ !== "undefined" && __TDP_VARIANT__ === "multi"
    ? [
        {
          id: "menuSplitFiles",
          label: MULTI_UI.menuSplit,
          title: MULTI_UI.splitTitle,
          lock: { busy: MULTI_UI.busy },
          run: wardFileActions.split,
        },
        {
          id: "menuCollectFiles",
          label: MULTI_UI.menuCollect,
          title: MULTI_UI.collectTitle,
          lock: { busy: MULTI_UI.busy },
          run: wardFileActions.collect,
        },
      ]
    : [];

export const COMMANDS: readonly Command[] = [
  { id: "menuOpenSidebar", label: UI.menuSidebar, title: UI.sidebarTitle, run: () => actions.sidebar() },
  { id: "menuValidateTab", label: UI.menuValidate, title: NOTICE.validateTitle, run: actions.validate },
  ...frameworkCommands,
  ...sampleCommands,
  {
    id: "menuApplyProtection",
    label: UI.menuProtect,
    title: NOTICE.protectTitle,
    lock: setupBusy,
    run: actions.protect,
  },
  ...wardFileCommands,
  {
    id: "menuSubmitTab",
    label: SUBMIT_UI.menuSubmit,
    title: SUBMIT_UI.submitTitle,
    lock: { busy: SUBMIT_UI.busy },
    run: submitActiveTab,
  },
  // Takes the document lock itself, after its prompts (no one waits while a person types).
  { id: "menuReturnTab", label: SUBMIT_UI.menuReturn, title: SUBMIT_UI.returnTitle, run: returnWardTab },
  {
    id: "menuSubmissionStatus",
    label: SUBMIT_UI.menuStatus,
    title: SUBMIT_UI.statusTitle,
    lock: { busy: SUBMIT_UI.busy },
    run: refreshSubmissionBoard,
  },
  {
    id: "menuAppraisalSheets",
    label: SUBMIT_UI.menuAppraisal,
    title: SUBMIT_UI.appraisalTitle,
    lock: { busy: SUBMIT_UI.busy },
    run: buildAppraisalSheets,
  },
  rollupCommand("menuRollup", UI.menuRollup),
  rollupCommand("rollupButton"),
  { id: "menuHelp", label: UI.menuHelp, title: UI.menuHelp, run: actions.help },
  {
    id: "menuAwardTenureSheet",
    label: AWARD.menuTenureSheet,
    title: AWARD.menuTenureSheet,
    lock: awardBusy,
    run: awardActions.tenureSheet,
  },
  {
    id: "menuAwardTenureList",
    label: AWARD.menuTenureList,
    title: AWARD.listTitleDialog,
    lock: awardBusy,
    run: awardActions.tenureList,
  },
  {
    id: "menuAwardNominationSheet",
    label: AWARD.menuNominationSheet,
    title: AWARD.menuNominationSheet,
    lock: awardBusy,
    run: awardActions.nominationSheet,
  },
  {
    id: "menuAwardQuota",
    label: AWARD.menuQuota,
    title: AWARD.quotaTitle,
    lock: awardBusy,
    run: awardActions.quota,
  },
];

const ids = (commands: Command[]) => commands.map((c) => c.id);

/** The menu "Tổ dân phố tự quản", in order. */
export const MENU: MenuLayout = {
  title: UI.menuTitle,
  items: [
    "menuOpenSidebar",
    "menuValidateTab",
    null,
    ...ids(frameworkCommands),
    ...ids(sampleCommands),
    "menuApplyProtection",
    ...(wardFileCommands.length ? [null, ...ids(wardFileCommands)] : []),
    null,
    "menuSubmitTab",
    "menuReturnTab",
    "menuSubmissionStatus",
    "menuAppraisalSheets",
    null,
    "menuRollup",
    "menuHelp",
    null,
    {
      title: AWARD.menuTitle,
      items: [
        "menuAwardTenureSheet",
        "menuAwardTenureList",
        null,
        "menuAwardNominationSheet",
        "menuAwardQuota",
      ],
    },
  ],
};

const byId = new Map(COMMANDS.map((c) => [c.id, c]));

export function command(id: string): Command {
  const c = byId.get(id);
  if (!c) throw new Error(`No command ${id} in src/gas/commands.ts`);
  return c;
}

/**
 * Runs a command the way every menu item runs: a refused permission is named, not hit; a command that
 * writes holds the document lock (or says it is busy); any error becomes a Vietnamese dialog, never a
 * stack trace.
 */
export function runCommand(id: string): void {
  const c = command(id);
  if (!ensureScopes(["sheet", "ui"])) return;
  try {
    if (c.lock) {
      const { busy } = c.lock;
      withDocumentLock(
        () => c.run(c.title),
        () => showReport(c.title, busy, []),
      );
    } else c.run(c.title);
  } catch (e) {
    showReport(c.title, NOTICE.unexpected(describeError(e)), []);
  }
}
