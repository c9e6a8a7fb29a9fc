/** Fakes of the non-spreadsheet services: Ui/Menu, HtmlService, LockService, Session, Utilities. */

import { format } from "node:util";
import type {
  ButtonEnum,
  ButtonSetEnum,
  GBlob,
  GHtmlOutput,
  GHtmlService,
  GLock,
  GLockService,
  GMenu,
  GPromptResponse,
  GSession,
  GUi,
  GUtilities,
} from "../../src/gas/types";
import { BUTTON_SETS, BUTTONS, enumName, type FakeEnv, fakeEnum, type ToastRecord } from "./env";
import { FakeUser } from "./protection";

// ---------------------------------------------------------------- Ui

export type MenuItem = { caption: string; functionName: string } | { separator: true } | MenuRecord;

export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: MenuItem[];
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: string;
  response: string;
}

export interface PromptRecord {
  title: string;
  prompt: string;
  buttons: string;
  response: string;
  text: string;
}

export interface DialogRecord {
  kind: "sidebar" | "modal";
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

const BUTTONS_OF: Record<string, string[]> = {
  OK: ["OK"],
  OK_CANCEL: ["OK", "CANCEL"],
  YES_NO: ["YES", "NO"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL"],
};

export class FakeMenu implements GMenu {
  readonly items: MenuItem[] = [];

  constructor(
    private readonly ui: FakeUi,
    readonly caption: string,
    readonly addon: boolean,
  ) {}

  private hit(method: string) {
    this.ui.env.counter.hit(`Menu.${method}`);
  }

  addItem(caption: string, functionName: string): FakeMenu {
    this.hit("addItem");
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): FakeMenu {
    this.hit("addSeparator");
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: GMenu): FakeMenu {
    this.hit("addSubMenu");
    if (!(menu instanceof FakeMenu)) throw new Error("Not a Menu of this fake.");
    this.items.push(menu.record());
    return this;
  }
  /** Adds (or replaces, by caption) the menu in the recorded UI. */
  addToUi(): void {
    this.hit("addToUi");
    this.ui.addMenu(this.record());
  }

  record(): MenuRecord {
    return { caption: this.caption, addon: this.addon, items: structuredClone(this.items) };
  }
}

/**
 * Records menus, alerts, sidebars/dialogs and toasts. Alerts answer from `answerAlerts(...)`,
 * else OK (or YES when the button set has no OK).
 */
export class FakeUi implements GUi {
  readonly Button = fakeEnum<typeof GoogleAppsScript.Base.Button>(BUTTONS);
  readonly ButtonSet = fakeEnum<typeof GoogleAppsScript.Base.ButtonSet>(BUTTON_SETS);
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  private readonly answers: string[] = [];
  private readonly promptAnswers: { text: string; button: string }[] = [];

  constructor(readonly env: FakeEnv) {}

  private hit(method: string) {
    this.env.counter.hit(`Ui.${method}`);
  }

  createMenu(caption: string): FakeMenu {
    this.hit("createMenu");
    return new FakeMenu(this, caption, false);
  }
  createAddonMenu(): FakeMenu {
    this.hit("createAddonMenu");
    return new FakeMenu(this, "Add-on", true);
  }
  alert(a: string, b?: string | ButtonSetEnum, c?: ButtonSetEnum): ButtonEnum {
    this.hit("alert");
    let title: string | null = null;
    let prompt = String(a);
    let buttons = "OK";
    if (c !== undefined) {
      title = String(a);
      prompt = String(b);
      buttons = enumName(c);
    } else if (b !== undefined) {
      buttons = enumName(b);
    }
    if (!BUTTONS_OF[buttons])
      throw new Error(`The parameters don't match the method signature for Ui.alert: ${buttons}`);
    const allowed = [...BUTTONS_OF[buttons], "CLOSE"];
    const response = this.answers.shift() ?? allowed[0];
    if (!allowed.includes(response))
      throw new Error(`Test answered ${response} to an alert with buttons ${buttons}.`);
    this.alerts.push({ title, prompt, buttons, response });
    return response as unknown as ButtonEnum;
  }
  /**
   * The three-argument form only (the one the adapters use). Stricter than Google: a prompt the test
   * did not answer (answerPrompts) throws, since a person would have to type something.
   */
  prompt(title: string, prompt: string, buttons: ButtonSetEnum): GPromptResponse {
    this.hit("prompt");
    const set = enumName(buttons);
    if (!BUTTONS_OF[set])
      throw new Error(`The parameters don't match the method signature for Ui.prompt: ${set}`);
    const answer = this.promptAnswers.shift();
    if (!answer) throw new Error(`Ui.prompt “${prompt}” was shown but the test queued no answer.`);
    if (![...BUTTONS_OF[set], "CLOSE"].includes(answer.button))
      throw new Error(`Test answered ${answer.button} to a prompt with buttons ${set}.`);
    this.prompts.push({
      title: String(title),
      prompt: String(prompt),
      buttons: set,
      response: answer.button,
      text: answer.text,
    });
    return new FakePromptResponse(this.env, answer.text, answer.button);
  }
  showSidebar(userInterface: GHtmlOutput): void {
    this.hit("showSidebar");
    this.dialogs.push({ kind: "sidebar", ...htmlRecord(userInterface) });
  }
  showModalDialog(userInterface: GHtmlOutput, title: string): void {
    this.hit("showModalDialog");
    this.dialogs.push({ kind: "modal", ...htmlRecord(userInterface), title });
  }

  // --- test helpers

  /** Queues the buttons the next alerts answer with ("YES", ui.Button.NO, ...). */
  answerAlerts(...buttons: Array<string | ButtonEnum>): void {
    this.answers.push(...buttons.map(enumName));
  }

  /** Queues what the next prompts answer: the text typed and the button (default OK). */
  answerPrompts(...answers: Array<string | { text: string; button: string | ButtonEnum }>): void {
    for (const a of answers)
      this.promptAnswers.push(
        typeof a === "string" ? { text: a, button: "OK" } : { text: a.text, button: enumName(a.button) },
      );
  }

  addMenu(menu: MenuRecord): void {
    const i = this.menus.findIndex((m) => m.caption === menu.caption && m.addon === menu.addon);
    if (i >= 0) this.menus[i] = menu;
    else this.menus.push(menu);
  }

  /** Every function name reachable from the recorded menus. */
  menuFunctions(): string[] {
    const out: string[] = [];
    const walk = (items: MenuItem[]) => {
      for (const it of items) {
        if ("functionName" in it) out.push(it.functionName);
        else if ("items" in it) walk(it.items);
      }
    };
    for (const m of this.menus) walk(m.items);
    return out;
  }

  get toasts(): ToastRecord[] {
    return this.env.toasts;
  }
}

class FakePromptResponse implements GPromptResponse {
  constructor(
    private readonly env: FakeEnv,
    private readonly text: string,
    private readonly button: string,
  ) {}
  getResponseText(): string {
    this.env.counter.hit("PromptResponse.getResponseText");
    return this.text;
  }
  getSelectedButton(): ButtonEnum {
    this.env.counter.hit("PromptResponse.getSelectedButton");
    return this.button as unknown as ButtonEnum;
  }
}

function htmlRecord(h: GHtmlOutput): Omit<DialogRecord, "kind"> {
  if (!(h instanceof FakeHtmlOutput)) throw new Error("Not an HtmlOutput of this fake.");
  return { title: h.title, content: h.content, width: h.width, height: h.height };
}

// ---------------------------------------------------------------- HtmlService

export class FakeHtmlOutput implements GHtmlOutput {
  title = "";
  width: number | null = null;
  height: number | null = null;

  constructor(
    private readonly env: FakeEnv,
    readonly content: string,
  ) {}

  private hit(method: string) {
    this.env.counter.hit(`HtmlOutput.${method}`);
  }

  setTitle(title: string): FakeHtmlOutput {
    this.hit("setTitle");
    this.title = title;
    return this;
  }
  setWidth(width: number): FakeHtmlOutput {
    this.hit("setWidth");
    this.width = width;
    return this;
  }
  setHeight(height: number): FakeHtmlOutput {
    this.hit("setHeight");
    this.height = height;
    return this;
  }
  getContent(): string {
    this.hit("getContent");
    return this.content;
  }
}

/** createHtmlOutputFromFile reads from `files` (name without ".html"); a missing file throws. */
export class FakeHtmlService implements GHtmlService {
  constructor(
    private readonly env: FakeEnv,
    readonly files: Record<string, string> = {},
  ) {}

  createHtmlOutput(html: string): FakeHtmlOutput {
    this.env.counter.hit("HtmlService.createHtmlOutput");
    return new FakeHtmlOutput(this.env, html ?? "");
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    this.env.counter.hit("HtmlService.createHtmlOutputFromFile");
    const content = this.files[filename] ?? this.files[filename.replace(/\.html$/, "")];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(this.env, content);
  }
}

// ---------------------------------------------------------------- LockService

export class FakeLock implements GLock {
  /** Held by this execution. */
  held = false;
  /** Held by a simulated other execution: tryLock fails, waitLock throws. */
  heldElsewhere = false;
  acquisitions = 0;
  releases = 0;

  constructor(
    private readonly env: FakeEnv,
    readonly kind: "Document" | "Script",
  ) {}

  private hit(method: string) {
    this.env.counter.hit(`Lock.${method}`);
  }

  tryLock(_timeoutInMillis: number): boolean {
    this.hit("tryLock");
    return this.acquire();
  }
  waitLock(_timeoutInMillis: number): void {
    this.hit("waitLock");
    if (!this.acquire()) throw new Error("Lock timeout: another process was holding the lock for too long.");
  }
  releaseLock(): void {
    this.hit("releaseLock");
    if (this.held) this.releases++;
    this.held = false;
  }
  hasLock(): boolean {
    this.hit("hasLock");
    return this.held;
  }

  private acquire(): boolean {
    if (this.heldElsewhere) return false;
    if (!this.held) this.acquisitions++;
    this.held = true;
    return true;
  }
}

export class FakeLockService implements GLockService {
  readonly document: FakeLock;
  readonly script: FakeLock;

  constructor(private readonly env: FakeEnv) {
    this.document = new FakeLock(env, "Document");
    this.script = new FakeLock(env, "Script");
  }

  getDocumentLock(): FakeLock {
    this.env.counter.hit("LockService.getDocumentLock");
    return this.document;
  }
  getScriptLock(): FakeLock {
    this.env.counter.hit("LockService.getScriptLock");
    return this.script;
  }
}

// ---------------------------------------------------------------- Session

export class FakeSession implements GSession {
  constructor(
    private readonly env: FakeEnv,
    /** Session.getActiveUser's e-mail ("" when Google withholds it); a test may switch it (actAs). */
    public activeUserEmail: string,
  ) {}

  getEffectiveUser(): FakeUser {
    this.env.counter.hit("Session.getEffectiveUser");
    return new FakeUser(this.env, this.env.userEmail);
  }
  getActiveUser(): FakeUser {
    this.env.counter.hit("Session.getActiveUser");
    return new FakeUser(this.env, this.activeUserEmail);
  }
}

// ---------------------------------------------------------------- Utilities

/** Java-style signed bytes (-128..127), as Apps Script's Byte[]. */
function toSigned(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function toBuffer(bytes: readonly number[]): Buffer {
  return Buffer.from(bytes.map((b) => b & 0xff));
}

export class FakeBlob implements GBlob {
  private readonly bytes: number[];

  constructor(
    private readonly env: FakeEnv,
    bytes: readonly number[],
    readonly contentType: string | null,
    readonly name: string | null,
  ) {
    this.bytes = [...bytes];
  }

  private hit(method: string) {
    this.env.counter.hit(`Blob.${method}`);
  }

  getBytes(): number[] {
    this.hit("getBytes");
    return [...this.bytes];
  }
  getContentType(): string | null {
    this.hit("getContentType");
    return this.contentType;
  }
  getName(): string | null {
    this.hit("getName");
    return this.name;
  }
  getDataAsString(): string {
    this.hit("getDataAsString");
    return toBuffer(this.bytes).toString("utf8");
  }
  getAs(contentType: string): FakeBlob {
    this.hit("getAs");
    return new FakeBlob(this.env, this.bytes, contentType, this.name);
  }
  getBlob(): FakeBlob {
    this.hit("getBlob");
    return this;
  }
}

export class FakeUtilities implements GUtilities {
  constructor(private readonly env: FakeEnv) {}

  base64Decode(encoded: string): number[] {
    this.env.counter.hit("Utilities.base64Decode");
    return toSigned(Buffer.from(encoded, "base64"));
  }
  /** Byte[] as in our narrow type; a string is accepted too (UTF-8), as in Apps Script. */
  newBlob(data: number[] | string, contentType?: string, name?: string): FakeBlob {
    this.env.counter.hit("Utilities.newBlob");
    const bytes = typeof data === "string" ? toSigned(Buffer.from(data, "utf8")) : data;
    return new FakeBlob(this.env, bytes, contentType ?? null, name ?? null);
  }
}

// ---------------------------------------------------------------- Logger / console

export interface LogEntry {
  level: "log" | "info" | "warn" | "error" | "Logger";
  message: string;
}

/** Logger and console that record into `logs` (and echo to the real console if asked). */
export function createLoggers(logs: LogEntry[], echo: boolean) {
  const record =
    (level: LogEntry["level"]) =>
    (...args: unknown[]) => {
      const message = args.length === 0 ? "" : format(...args);
      logs.push({ level, message });
      if (echo) globalThis.console.log(`[${level}] ${message}`);
    };
  const timers = new Map<string, number>();
  const Logger = {
    log(...args: unknown[]) {
      record("Logger")(...args);
      return Logger;
    },
    getLog: () =>
      logs
        .filter((l) => l.level === "Logger")
        .map((l) => l.message)
        .join("\n"),
    clear: () => {
      for (let i = logs.length - 1; i >= 0; i--) if (logs[i].level === "Logger") logs.splice(i, 1);
    },
  };
  const console = {
    log: record("log"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
    time: (label: string) => {
      timers.set(label, Date.now());
    },
    timeEnd: (label: string) =>
      record("info")(`${label}: ${Date.now() - (timers.get(label) ?? Date.now())}ms`),
  };
  return { Logger, console };
}
