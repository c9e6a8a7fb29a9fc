/** Sheet and range protections, and the User objects they hold. */

import type { GProtection, GRange, GUser, ProtectionTypeEnum } from "../../src/gas/types";
import { type Rect, rectToA1 } from "./a1";
import type { FakeEnv } from "./env";
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

function emailOf(u: unknown): string {
  if (typeof u === "string") return u;
  if (u instanceof FakeUser) return u.email;
  if (u && typeof (u as GUser).getEmail === "function") return (u as GUser).getEmail();
  throw new Error(`Invalid user: ${String(u)}`);
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

export class FakeProtection implements GProtection {
  description = "";
  editors: string[];
  warningOnly = false;
  domainEdit = false;
  unprotected: StoredRange[] = [];
  removed = false;
  private readonly env: FakeEnv;

  constructor(
    readonly sheet: FakeSheet,
    readonly type: "SHEET" | "RANGE",
    /** null for sheet protections (the whole sheet). */
    readonly rect: Rect | null,
  ) {
    this.env = sheet.env;
    // Initially editable by the user running the script (and the owner, who can never be removed).
    this.editors = [...new Set([this.env.userEmail, this.env.ownerEmail])];
  }

  private hit(method: string) {
    this.env.counter.hit(`Protection.${method}`);
  }

  setDescription(description: string): FakeProtection {
    this.hit("setDescription");
    this.description = description;
    return this;
  }
  getDescription(): string {
    this.hit("getDescription");
    return this.description;
  }
  addEditor(user: string | GUser): FakeProtection {
    this.hit("addEditor");
    this.add([user]);
    return this;
  }
  /** Typed as emails (like Apps Script); Users are accepted too. */
  addEditors(emailAddresses: Array<string | GUser>): FakeProtection {
    this.hit("addEditors");
    this.add(emailAddresses);
    return this;
  }
  /** The spreadsheet owner is silently kept, as in Sheets. */
  removeEditors(users: Array<string | GUser>): FakeProtection {
    this.hit("removeEditors");
    const gone = new Set(users.map(emailOf).map((e) => e.toLowerCase()));
    gone.delete(this.env.ownerEmail.toLowerCase());
    this.editors = this.editors.filter((e) => !gone.has(e.toLowerCase()));
    return this;
  }
  getEditors(): FakeUser[] {
    this.hit("getEditors");
    return this.editors.map((e) => new FakeUser(this.env, e));
  }
  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.hit("setWarningOnly");
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    this.hit("isWarningOnly");
    return this.warningOnly;
  }
  canDomainEdit(): boolean {
    this.hit("canDomainEdit");
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): FakeProtection {
    this.hit("setDomainEdit");
    this.domainEdit = editable;
    return this;
  }
  setUnprotectedRanges(ranges: GRange[]): FakeProtection {
    this.hit("setUnprotectedRanges");
    if (this.type !== "SHEET") throw new Error("Unprotected ranges can only be set on a sheet protection.");
    this.unprotected = ranges.map(toStoredRange);
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
    this.hit("remove");
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
    return true;
  }

  private add(users: Array<string | GUser>) {
    for (const email of users.map(emailOf)) {
      if (!this.editors.some((e) => e.toLowerCase() === email.toLowerCase())) this.editors.push(email);
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
