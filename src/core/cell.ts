import { cleanText, foldKey, memoize } from "./text";
import { CELL_WORDS } from "./vocabulary";

/** What a criterion cell says. `missing` is a blank cell; `invalid` anything we cannot read. */
export type CriterionState = "pass" | "fail" | "na" | "missing" | "invalid";
export type DisqualifierState = "yes" | "no" | "invalid";

// Keys are foldKey()ed and stripped of spaces and dots: "Không đạt" → "khongdat".
const PASS = new Set(["dat", "d", "x", "✓", "✔", "☑", "true", "1"]);
const FAIL = new Set(["khongdat", "kd", "k", "false", "0", "chuadat", "kodat", "kdat", "✗", "✘"]);
const NOT_APPLICABLE = new Set(["khongapdung", "kad", "na", "-", "–", "kap", "khongxet"]);
const YES = new Set(["co", "true", "1", "x", "✓", "✔", "☑"]);
const NO = new Set(["khong", "k", "false", "0", "ko"]);

function compact(value: unknown): string {
  const key = foldKey(value);
  return key === "-" || key === "–" ? key : key.replace(/[\s._/]/g, "");
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && cleanText(value) === "");
}

const criterionText = memoize((s): CriterionState => {
  if (cleanText(s) === "") return "missing";
  const key = compact(s);
  if (PASS.has(key)) return "pass";
  if (FAIL.has(key)) return "fail";
  if (NOT_APPLICABLE.has(key)) return "na";
  return "invalid";
});

const disqualifierText = memoize((s): DisqualifierState => {
  if (cleanText(s) === "") return "no";
  const key = compact(s);
  if (YES.has(key)) return "yes";
  if (NO.has(key)) return "no";
  return "invalid";
});

/** Reads one criterion cell leniently (NFC/NFD, case, missing diacritics, TCVN3/VNI, checkboxes). */
export function readCriterion(value: unknown): CriterionState {
  // The dropdown's own words first: most cells hold exactly these.
  if (value === CELL_WORDS.pass) return "pass";
  if (value === CELL_WORDS.fail) return "fail";
  if (typeof value === "string") return criterionText(value);
  if (isBlank(value)) return "missing";
  if (value === true) return "pass";
  if (value === false) return "fail";
  if (value instanceof Date) return "invalid";
  if (typeof value === "number") return value === 1 ? "pass" : value === 0 ? "fail" : "invalid";
  return criterionText(String(value));
}

/** Reads a disqualifying-case cell: Có / Không; a blank or unticked checkbox is Không. */
export function readDisqualifier(value: unknown): DisqualifierState {
  if (value === "" || value === CELL_WORDS.no) return "no";
  if (typeof value === "string") return disqualifierText(value);
  if (isBlank(value) || value === false) return "no";
  if (value === true) return "yes";
  if (value instanceof Date) return "invalid";
  if (typeof value === "number") return value === 1 ? "yes" : value === 0 ? "no" : "invalid";
  return disqualifierText(String(value));
}

/** How a cell value is quoted back to the user in a message. */
export function showValue(value: unknown): string {
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${pad(value.getDate())}/${pad(value.getMonth() + 1)}/${value.getFullYear()}`;
  }
  if (value === true) return "TRUE";
  if (value === false) return "FALSE";
  return String(value ?? "");
}
