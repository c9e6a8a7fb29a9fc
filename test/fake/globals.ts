/** Wires one fake Apps Script environment into a set of globals for `node:vm` (or globalThis). */

import type { GCharts, GSpreadsheetApp } from "../../src/gas/types";
import { FakeDrive, SINGLE_MANIFEST_SCOPES } from "./drive";
import {
  CHART_TYPES,
  DATA_VALIDATION_CRITERIA,
  FakeEnv,
  fakeEnum,
  PROTECTION_TYPES,
  WRAP_STRATEGIES,
} from "./env";
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder } from "./rules";
import {
  createLoggers,
  FakeHtmlService,
  FakeLockService,
  FakeSession,
  FakeUi,
  FakeUtilities,
  type LogEntry,
} from "./services";
import { FakeSpreadsheet, type SpreadsheetOptions } from "./spreadsheet";

export class FakeSpreadsheetApp implements GSpreadsheetApp {
  readonly ProtectionType = fakeEnum<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(PROTECTION_TYPES);
  readonly DataValidationCriteria =
    fakeEnum<typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria>(DATA_VALIDATION_CRITERIA);
  readonly WrapStrategy = fakeEnum<typeof GoogleAppsScript.Spreadsheet.WrapStrategy>(WRAP_STRATEGIES);
  flushes = 0;

  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
    private readonly drive: FakeDrive = new FakeDrive(spreadsheet.env, SINGLE_MANIFEST_SCOPES),
  ) {
    drive.register(spreadsheet);
  }

  private hit(method: string) {
    this.spreadsheet.env.counter.hit(`SpreadsheetApp.${method}`);
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    this.hit("getActiveSpreadsheet");
    return this.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    this.hit("getActive");
    return this.spreadsheet;
  }
  getUi(): FakeUi {
    this.hit("getUi");
    return this.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    this.hit("newDataValidation");
    return new FakeDataValidationBuilder(this.spreadsheet.env);
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    this.hit("newConditionalFormatRule");
    return new FakeConditionalFormatRuleBuilder(this.spreadsheet.env);
  }
  flush(): void {
    this.hit("flush");
    this.flushes++;
  }
  /** Needs the `spreadsheets` scope (drive.ts); an unknown id or one the user may not open throws. */
  openById(id: string): FakeSpreadsheet {
    this.hit("openById");
    this.drive.requireScope("openById");
    return this.drive.open(id);
  }
  /** The id from …/d/<id>/…; anything else throws as Google does for a bad link. */
  openByUrl(url: string): FakeSpreadsheet {
    this.hit("openByUrl");
    this.drive.requireScope("openByUrl");
    const m = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m) throw new Error("Invalid argument: url");
    return this.drive.open(m[1]);
  }
  create(name: string): FakeSpreadsheet {
    this.hit("create");
    this.drive.requireScope("create");
    return this.drive.create(name);
  }
}

export interface GlobalsOptions {
  /** Effective user email (default "user@example.com"). */
  user?: string;
  /** Spreadsheet owner email (default: the user). */
  owner?: string;
  /** Session.getActiveUser() email (default: the user). */
  activeUser?: string;
  /** Other people with edit access to the file (the owner and the user always have it). */
  fileEditors?: string[];
  /** A Workspace domain whose members may edit the file. */
  domain?: string;
  /** Spreadsheet options (sheets, name, timeZone, locale...). */
  spreadsheet?: Omit<SpreadsheetOptions, "env" | "fileEditors" | "domain">;
  /** HTML files for HtmlService.createHtmlOutputFromFile, by name. */
  htmlFiles?: Record<string, string>;
  /** Echo Logger/console output to the real console (default false; it is always recorded in `logs`). */
  echoLogs?: boolean;
  /**
   * The oauthScopes of the running bundle's manifest (default: appsscript.json's). Without the
   * `spreadsheets` scope, openById, openByUrl and create throw, as in Apps Script.
   */
  manifestScopes?: readonly string[];
}

export type AppsScriptGlobals = ReturnType<typeof createAppsScriptGlobals>;

/**
 * A fresh fake environment. Pass the result to `vm.createContext` (or assign onto globalThis);
 * the Apps Script names are the first six keys, the rest are for the test to inspect and steer.
 */
export function createAppsScriptGlobals(opts: GlobalsOptions = {}) {
  const env = new FakeEnv(opts.user ?? "user@example.com", opts.owner ?? opts.user ?? "user@example.com");
  const spreadsheet = new FakeSpreadsheet({
    ...opts.spreadsheet,
    env,
    fileEditors: opts.fileEditors,
    domain: opts.domain,
  });
  const ui = new FakeUi(env);
  const LockService = new FakeLockService(env);
  const logs: LogEntry[] = [];
  const { Logger, console } = createLoggers(logs, opts.echoLogs ?? false);
  const Charts: GCharts = { ChartType: fakeEnum<typeof GoogleAppsScript.Charts.ChartType>(CHART_TYPES) };
  const drive = new FakeDrive(env, opts.manifestScopes ?? SINGLE_MANIFEST_SCOPES);
  const Session = new FakeSession(env, opts.activeUser ?? env.userEmail);

  return {
    SpreadsheetApp: new FakeSpreadsheetApp(spreadsheet, ui, drive),
    HtmlService: new FakeHtmlService(env, { ...opts.htmlFiles }),
    LockService,
    Session,
    Utilities: new FakeUtilities(env),
    Charts,
    Logger,
    console,
    env,
    counter: env.counter,
    spreadsheet,
    /** Every spreadsheet the user can reach (openById, create): the bound one and the others. */
    drive,
    /** #REF!, #ERROR!, ... produced by formulas so far. */
    get formulaErrors() {
      return spreadsheet.formulaErrors;
    },
    /** Recalculates every formula and throws if any shows an error. */
    assertNoFormulaErrors(): void {
      spreadsheet.assertNoFormulaErrors();
    },
    ui,
    logs,
    /** Simulates another execution holding the document lock (tryLock → false, waitLock throws). */
    holdDocumentLock(): void {
      LockService.document.heldElsewhere = true;
    },
    releaseDocumentLock(): void {
      LockService.document.heldElsewhere = false;
    },
    /**
     * Another person runs the next executions (a ward's editor, the city office): Session and the
     * protections see `email`. It must already have file access (fileEditors) to edit anything.
     */
    actAs(email: string, activeUser = email): void {
      env.userEmail = email;
      Session.activeUserEmail = activeUser;
    },
  };
}
