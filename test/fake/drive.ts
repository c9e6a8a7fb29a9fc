/**
 * The spreadsheets one fake user can reach, and the rule of the manifest's scopes: what
 * SpreadsheetApp.openById / openByUrl / create see. Google:
 * - openById / openByUrl / create need the `https://www.googleapis.com/auth/spreadsheets` scope; a
 *   script whose manifest asks only for `spreadsheets.currentonly` may touch the spreadsheet it is
 *   bound to and nothing else (developers.google.com/apps-script/concepts/scopes, "the
 *   currentonly scope … only the current spreadsheet"), so the call throws its permission error;
 * - openById of an id that is no spreadsheet, or one the user may not open, throws;
 * - create puts a new spreadsheet in the user's Drive, owned by them, with one sheet.
 * Stricter than Google where it helps: a new spreadsheet starts in en_US and a non-Vietnamese time
 * zone (Google takes the account's), so code that writes into it must set vi_VN itself; creates are
 * capped at the consumer accounts' daily quota.
 */
import type { FakeEnv } from "./env";
import { sameEmail } from "./protection";
import { FakeSpreadsheet, type SpreadsheetOptions } from "./spreadsheet";

export const SPREADSHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets";
export const CURRENT_ONLY_SCOPE = "https://www.googleapis.com/auth/spreadsheets.currentonly";
/** appsscript.json's scopes: the default manifest of a fake environment. */
export const SINGLE_MANIFEST_SCOPES = [
  CURRENT_ONLY_SCOPE,
  "https://www.googleapis.com/auth/script.container.ui",
  "https://www.googleapis.com/auth/userinfo.email",
];

/** Apps Script's message for a call the manifest's scopes do not cover. */
export function missingScopeMessage(method: string, scope: string): string {
  return `You do not have permission to call SpreadsheetApp.${method}. Required permissions: ${scope}`;
}
/** What openById says of an id that is no spreadsheet the user may open. */
export const NO_SUCH_SPREADSHEET =
  "Unexpected error while getting the method or property openById on object SpreadsheetApp.";
export const NO_ACCESS = "You do not have permission to access the requested document.";

/**
 * Spreadsheets one user may create a day: Google's quota page gives 250 for consumer accounts (3,200
 * for Workspace); the fake holds every environment to the lower one.
 */
export const CREATES_PER_DAY = 250;
export const CREATE_QUOTA = "Service invoked too many times for one day: spreadsheets create.";

export class FakeDrive {
  private readonly files = new Map<string, FakeSpreadsheet>();
  /** Spreadsheets made by SpreadsheetApp.create, in order. */
  readonly created: FakeSpreadsheet[] = [];
  private next = 1;

  constructor(
    private readonly env: FakeEnv,
    /** The oauthScopes of the manifest of the bundle that runs. */
    readonly scopes: readonly string[],
  ) {}

  /**
   * A spreadsheet someone else made (test setup), owned by `owner` (default: the user); the user may
   * open it only when it is theirs or they are among `fileEditors`.
   */
  add(opts: Omit<SpreadsheetOptions, "env" | "withUser"> & { id: string }): FakeSpreadsheet {
    if (this.files.has(opts.id)) throw new Error(`A spreadsheet with id ${opts.id} already exists.`);
    const mine = !opts.owner || sameEmail(opts.owner, this.env.userEmail);
    const shared = (opts.fileEditors ?? []).some((e) => sameEmail(e, this.env.userEmail));
    const ss = new FakeSpreadsheet({ ...opts, env: this.env, withUser: mine || shared });
    this.files.set(opts.id, ss);
    return ss;
  }

  /** The bound spreadsheet, which the user may always open. */
  register(ss: FakeSpreadsheet): void {
    this.files.set(ss.fileId, ss);
  }

  /** Uncounted lookup for tests. */
  get(id: string): FakeSpreadsheet | undefined {
    return this.files.get(id);
  }

  requireScope(method: string): void {
    if (!this.scopes.includes(SPREADSHEETS_SCOPE))
      throw new Error(missingScopeMessage(method, SPREADSHEETS_SCOPE));
  }

  open(id: string): FakeSpreadsheet {
    const ss = typeof id === "string" ? this.files.get(id.trim()) : undefined;
    if (!ss) throw new Error(NO_SUCH_SPREADSHEET);
    if (!ss.hasFileAccess(this.env.userEmail)) throw new Error(NO_ACCESS);
    return ss;
  }

  create(name: string): FakeSpreadsheet {
    if (typeof name !== "string" || name.trim() === "") throw new Error("Invalid argument: name");
    if (this.created.length >= CREATES_PER_DAY) throw new Error(CREATE_QUOTA);
    // Google's ids are 44 characters of [A-Za-z0-9_-].
    const id = `fake${String(this.next++).padStart(6, "0")}${"x".repeat(34)}`;
    const ss = new FakeSpreadsheet({
      env: this.env,
      id,
      name,
      owner: this.env.userEmail,
      locale: "en_US",
      timeZone: "America/Los_Angeles",
    });
    this.files.set(id, ss);
    this.created.push(ss);
    return ss;
  }

  /** Whether `email` may edit `ss` (shared with them), for assertions. */
  static sharedWith(ss: FakeSpreadsheet, email: string): boolean {
    return ss.fileEditorEmails().some((e) => sameEmail(e, email));
  }
}
