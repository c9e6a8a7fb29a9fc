/**
 * ScriptApp's granular-consent subset. Google: getAuthorizationInfo(authMode, oAuthScopes) reports
 * on the listed scopes, and getAuthorizedScopes() "returns the authorized scopes from the
 * specified list" (developers.google.com/apps-script/reference/script/authorization-info).
 */
import type { GAuthorizationInfo, GScriptApp } from "../../src/gas/types";
import { type FakeEnv, fakeEnum } from "./env";

export class FakeScriptApp implements GScriptApp {
  readonly AuthMode = fakeEnum<typeof GoogleAppsScript.Script.AuthMode>([
    "NONE",
    "CUSTOM_FUNCTION",
    "LIMITED",
    "FULL",
  ]);
  readonly AuthorizationStatus = fakeEnum<typeof GoogleAppsScript.Script.AuthorizationStatus>([
    "REQUIRED",
    "NOT_REQUIRED",
  ]);
  /** Scopes the user granted on the consent screen. */
  readonly granted: Set<string>;

  constructor(
    private readonly env: FakeEnv,
    readonly manifestScopes: readonly string[],
    granted: readonly string[] = manifestScopes,
  ) {
    this.granted = new Set(granted);
  }

  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes?: string[],
  ): GAuthorizationInfo {
    this.env.counter.hit("ScriptApp.getAuthorizationInfo");
    if (String(authMode) !== "FULL")
      throw new Error(`Unsupported AuthMode in this fake: ${String(authMode)}`);
    const asked = oAuthScopes ?? [...this.manifestScopes];
    const unknown = asked.filter((s) => !this.manifestScopes.includes(s));
    if (unknown.length) throw new Error(`Scopes not declared in the manifest: ${unknown.join(", ")}`);
    const authorized = asked.filter((s) => this.granted.has(s));
    const status =
      authorized.length === asked.length
        ? this.AuthorizationStatus.NOT_REQUIRED
        : this.AuthorizationStatus.REQUIRED;
    return {
      getAuthorizationStatus: () => status,
      getAuthorizationUrl: () =>
        status === this.AuthorizationStatus.REQUIRED ? "https://script.google.com/authorize?fake" : null,
      getAuthorizedScopes: () => authorized,
    };
  }
}
