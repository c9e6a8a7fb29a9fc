/**
 * Granular consent: since 2025 a user may grant some of the manifest's scopes and refuse others.
 * A command first checks the scopes it needs and, when one is refused, says in Vietnamese which
 * permission is missing instead of failing on its first service call.
 */
import { NOTICE, SCOPE_PURPOSE } from "../core/text/ui";
import { gas } from "./types";
import { MULTI } from "./variant";

/**
 * The scopes of the bundle's manifest (keep in step with appsscript.json and appsscript.multi.json;
 * test/build/manifest.test.ts checks): the single workbook asks for this spreadsheet only, the
 * file-per-ward variant for every spreadsheet the user can open (SpreadsheetApp.openById and create).
 */
export const SCOPES = {
  sheet: MULTI
    ? "https://www.googleapis.com/auth/spreadsheets"
    : "https://www.googleapis.com/auth/spreadsheets.currentonly",
  ui: "https://www.googleapis.com/auth/script.container.ui",
  email: "https://www.googleapis.com/auth/userinfo.email",
} as const;

export type ScopeName = keyof typeof SCOPES;

/** Scopes among `needed` the user has not granted; [] when Apps Script cannot tell. */
export function missingScopes(needed: readonly ScopeName[]): ScopeName[] {
  const { ScriptApp } = gas();
  if (!ScriptApp) return [];
  try {
    const urls = needed.map((n) => SCOPES[n]);
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, urls);
    const granted = info.getAuthorizedScopes?.();
    if (granted) return needed.filter((n) => !granted.includes(SCOPES[n]));
    const required = info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED;
    return required ? [...needed] : [];
  } catch {
    return []; // never block a command on the check itself
  }
}

/**
 * True when every scope in `needed` is granted. Otherwise tells the user — in a toast when the
 * dialog permission is the one refused, as an error message when even the sheet is out of reach —
 * and returns false.
 */
export function ensureScopes(needed: readonly ScopeName[]): boolean {
  const missing = missingScopes(needed);
  if (!missing.length) return true;
  const purpose = (n: ScopeName) => (MULTI && n === "sheet" ? SCOPE_PURPOSE.sheetAll : SCOPE_PURPOSE[n]);
  const message = NOTICE.consentMissing(missing.map(purpose));
  const { SpreadsheetApp } = gas();
  if (!missing.includes("sheet") && !missing.includes("ui")) {
    SpreadsheetApp.getUi().alert(message);
  } else if (!missing.includes("sheet")) {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, "", 30);
  } else {
    throw new Error(message); // Sheets shows a script's error text in its error bar
  }
  return false;
}
