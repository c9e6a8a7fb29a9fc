/**
 * Sheet and range protections, and the User objects they hold, as documented in
 * https://developers.google.com/apps-script/reference/spreadsheet/protection :
 * - a new protection's permissions "mirror those of the spreadsheet itself": its editors start as
 *   the FILE's editors (and domain edit as the file's domain sharing);
 * - "Neither the owner of the spreadsheet nor the current user can be removed" (removeEditors
 *   silently keeps them);
 * - addEditor "does not automatically give the user permission to edit the spreadsheet itself":
 *   such an editor is recorded but cannot edit (see FakeSpreadsheet.canUserEdit);
 * - a malformed address throws ("Invalid email: x");
 * - "The spreadsheet owner is always able to edit protected ranges and sheets"; a protection the
 *   running user may not edit answers canEdit() false, and changing it (or reading its editors /
 *   domain setting, which "throws an exception if the user does not have permission") throws
 *   Google's "You are trying to edit a protected cell or object…".
 * - warning-only: "every user can edit data in the area, except editing prompts a warning".
 */

import type { GProtection, GRange, GUser, ProtectionTypeEnum } from "../../src/gas/types";
import { containsCell, type Rect, rectToA1 } from "./a1";
import type { FakeEnv } from "./env";
import { PROTECTED } from "./limits";
import { type StoredRange, toStoredRange } from "./rules";
import type { FakeRange, FakeSheet } from "./spreadsheet";

export class FakeUser implements GUser {
  constructor(
    private readonly env: FakeEnv,
    readonly email: string,
  ) {}
  getEmail(): string {
    this.env.counter.hit("User.getEmail");
    return this.email;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/** An email from a string or a User; a malformed address throws as Apps Script does. */
export function emailOf(u: unknown): string {
  let email: string | null = null;
  if (typeof u === "string") email = u;
  else if (u instanceof FakeUser) email = u.email;
  else if (u && typeof (u as GUser).getEmail === "function") email = (u as GUser).getEmail();
  if (email === null || !EMAIL.test(email.trim())) throw new Error(`Invalid email: ${String(email ?? u)}`);
  return email.trim();
}

export interface ProtectionState {
  type: "SHEET" | "RANGE";
  range: string;
  description: string;
  editors: string[];
  warningOnly: boolean;
  domainEdit: boolean;
  unprotectedRanges: string[];
}

/** Who a protection lets edit: its editors, the domain when domainEdit, everyone when warning-only. */
export interface ProtectionSeed {
  editors: string[];
  description?: string;
  warningOnly?: boolean;
  domainEdit?: boolean;
}

export class FakeProtection implements GProtection {
  description = "";
  editors: string[];
  warningOnly = false;
  domainEdit: boolean;
  unprotected: StoredRange[] = [];
  removed = false;
  private readonly env: FakeEnv;

  constructor(
    readonly sheet: FakeSheet,
    readonly type: "SHEET" | "RANGE",
    /** null for sheet protections (the whole sheet). */
    readonly rect: Rect | null,
    seed?: ProtectionSeed,
  ) {
    this.env = sheet.env;
    const ss = sheet.ss;
    this.editors = seed ? seed.editors.map(emailOf) : ss.fileEditorEmails();
    this.domainEdit = seed ? !!seed.domainEdit : ss.domain !== null;
    if (seed) {
      this.description = seed.description ?? "";
      this.warningOnly = !!seed.warningOnly;
    }
  }

  private hit(method: string) {
    this.env.counter.hit(`Protection.${method}`);
  }

  /** Counts the call, then throws unless the running user may edit this protection. */
  private change(method: string) {
    this.hit(method);
    if (!this.userMayEdit(this.env.userEmail)) throw new Error(PROTECTED);
  }

  setDescription(description: string): FakeProtection {
    this.change("setDescription");
    this.description = description;
    return this;
  }
  getDescription(): string {
    this.hit("getDescription");
    return this.description;
  }
  addEditor(user: string | GUser): FakeProtection {
    this.change("addEditor");
    this.add([user]);
    return this;
  }
  /** Typed as emails (like Apps Script); Users are accepted too. */
  addEditors(emailAddresses: Array<string | GUser>): FakeProtection {
    this.change("addEditors");
    this.add(emailAddresses);
    return this;
  }
  /** The spreadsheet owner and the running user are silently kept, as in Sheets. */
  removeEditors(users: Array<string | GUser>): FakeProtection {
    this.change("removeEditors");
    const gone = users.map(emailOf).filter((e) => !this.keeps(e));
    this.editors = this.editors.filter((e) => !gone.some((g) => sameEmail(g, e)));
    return this;
  }
  getEditors(): FakeUser[] {
    this.change("getEditors");
    return this.editors.map((e) => new FakeUser(this.env, e));
  }
  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.change("setWarningOnly");
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    this.hit("isWarningOnly");
    return this.warningOnly;
  }
  canDomainEdit(): boolean {
    this.change("canDomainEdit");
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): FakeProtection {
    this.change("setDomainEdit");
    this.domainEdit = editable;
    return this;
  }
  setUnprotectedRanges(ranges: GRange[]): FakeProtection {
    this.change("setUnprotectedRanges");
    if (this.type !== "SHEET") throw new Error("Unprotected ranges can only be set on a sheet protection.");
    this.unprotected = ranges.map(toStoredRange);
    return this;
  }
  /** Moves a range protection (Google: "Attaches the specified range to this protection"). */
  setRange(range: GRange): FakeProtection {
    this.change("setRange");
    if (this.type !== "RANGE" || !this.rect)
      throw new Error("A sheet protection covers the whole sheet; its range cannot be set.");
    const to = toStoredRange(range);
    if (to.sheet !== this.sheet) throw new Error("The range must be on the protection's own sheet.");
    Object.assign(this.rect, to.rect);
    return this;
  }
  getUnprotectedRanges(): FakeRange[] {
    this.hit("getUnprotectedRanges");
    return this.unprotected.map((u) => u.sheet.rangeAt(u.rect));
  }
  getRange(): FakeRange {
    this.hit("getRange");
    return this.sheet.rangeAt(this.rect ?? this.sheet.fullRect());
  }
  remove(): void {
    this.change("remove");
    const i = this.sheet.protections.indexOf(this);
    if (i >= 0) this.sheet.protections.splice(i, 1);
    this.removed = true;
  }
  getProtectionType(): ProtectionTypeEnum {
    this.hit("getProtectionType");
    return this.type as unknown as ProtectionTypeEnum;
  }
  canEdit(): boolean {
    this.hit("canEdit");
    return this.userMayEdit(this.env.userEmail);
  }

  // --- internals (not counted)

  /** Whether the protection lets `email` edit what it covers (file access is checked by the caller). */
  userMayEdit(email: string): boolean {
    const ss = this.sheet.ss;
    if (this.warningOnly || sameEmail(email, this.sheet.ss.owner)) return true;
    if (this.editors.some((e) => sameEmail(e, email))) return true;
    return this.domainEdit && ss.domain !== null && domainOf(email) === ss.domain;
  }

  /** Whether the protection covers a cell of its sheet (a sheet protection minus its unprotected ranges). */
  covers(row: number, col: number): boolean {
    if (this.rect) return containsCell(this.rect, row, col);
    return !this.unprotected.some((u) => u.sheet === this.sheet && containsCell(u.rect, row, col));
  }

  private keeps(email: string): boolean {
    return sameEmail(email, this.sheet.ss.owner) || sameEmail(email, this.env.userEmail);
  }

  private add(users: Array<string | GUser>) {
    for (const email of users.map(emailOf)) {
      if (!this.editors.some((e) => sameEmail(e, email))) this.editors.push(email);
    }
  }

  state(): ProtectionState {
    return {
      type: this.type,
      range: rectToA1(this.rect ?? this.sheet.fullRect()),
      description: this.description,
      editors: [...this.editors],
      warningOnly: this.warningOnly,
      domainEdit: this.domainEdit,
      unprotectedRanges: this.unprotected.map((u) => u.sheet.rangeAt(u.rect).a1WithSheet()),
    };
  }
}
