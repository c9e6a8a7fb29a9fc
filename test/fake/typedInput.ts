/**
 * How Sheets types a string written by Range.setValue(s) — "strings may be converted to numbers,
 * dates, etc. following the same rules as values entered via the Google Sheets UI"
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues) — per
 * the spreadsheet's locale. Where Google's exact rule is unknown the fake converts MORE, never less:
 * code that must keep a string as text has to say so (number format "@" or a leading apostrophe).
 *
 * - number format "@" (plain text): the string is kept exactly, even "=1+1";
 * - a leading `'` keeps the rest as text; a leading `=` (length > 1) is a formula;
 * - TRUE / FALSE in any case → boolean;
 * - numbers with the locale's separators (en_US decimal "." grouping ","; vi_VN decimal ","
 *   grouping "."), sign, exponent, leading zeros dropped ("007" → 7). A grouping separator counts
 *   anywhere between digits, so the other locale's decimal form is still a number: "109,4" in en_US
 *   is 1094, "0.5" in vi_VN is 5 (stricter than a careful reader, on purpose);
 * - percents: the same numbers followed by "%" → value / 100 ("109,4%" in vi_VN → 1.094; in en_US
 *   → 10.94, i.e. 1094%);
 * - dates: yyyy-mm-dd (also / or .) in every locale; en_US m/d[/y], vi_VN d/m[/y] with "/", "-" or
 *   (vi_VN only) "." — so "7/7", "1/12", "1.3" (vi_VN: 1 March) become dates while "30/30" stays
 *   text; a missing year is the current year in the spreadsheet's zone; two-digit years 00–29 are
 *   20xx, 30–99 are 19xx; an optional trailing time h:mm[:ss] [AM/PM]; a bare time h:mm[:ss] is a
 *   time of 1899-12-30. Dates are stored as the instant of local midnight (or the time) in the
 *   spreadsheet's time zone, which is what Apps Script returns for a date cell.
 * - no currencies and no month names (not modelled).
 * A conversion also gives the number format Sheets applies to a cell that has none ("0.0%" for
 * "109,4%", a date format for a date); the caller keeps it on the cell.
 */
import { isDate } from "./env";
import { checkCellText } from "./limits";
import { daysInMonth, instantOf, wallTime } from "./zone";

export type CellValue = string | number | boolean | Date;

export const LOCALES = ["vi_VN", "en_US"] as const;
export type Locale = (typeof LOCALES)[number];

export type Typed = { formula: string } | { value: CellValue; impliedFormat?: string };

interface Separators {
  decimal: string;
  group: string;
}
const SEPARATORS: Record<Locale, Separators> = {
  en_US: { decimal: ".", group: "," },
  vi_VN: { decimal: ",", group: "." },
};

/** Number formats Sheets picks for typed dates and times, per locale (patterns as in the Sheets UI). */
export const DATE_FORMAT: Record<Locale, string> = { en_US: "m/d/yyyy", vi_VN: "d/m/yyyy" };
export const TIME_FORMAT = "h:mm:ss";

export function isLocale(s: unknown): s is Locale {
  return (LOCALES as readonly unknown[]).includes(s);
}

export function separators(locale: Locale): Separators {
  return SEPARATORS[locale];
}

export interface TypingOptions {
  /** The cell's number format ("@" keeps text). */
  numberFormat?: string;
  /** For the year of a date typed without one (default: now). */
  now?: Date;
}

/** What a cell stores for the string `input` typed in a spreadsheet of `locale` and `timeZone`. */
export function storeTyped(input: string, locale: Locale, timeZone: string, opts: TypingOptions = {}): Typed {
  if (opts.numberFormat === "@") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.length > 1 && input.startsWith("=")) return { formula: input };
  const t = input.trim();
  if (t === "") return { value: input };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const date = parseDateTime(t, locale, timeZone, opts.now ?? new Date());
  if (date) return date;
  const sep = SEPARATORS[locale];
  const percent = /^(.*?)\s*%$/.exec(t);
  if (percent) {
    const n = parseNumber(percent[1], sep, -2);
    if (n) return { value: n.value, impliedFormat: `0${n.decimals ? `.${"0".repeat(n.decimals)}` : ""}%` };
    return { value: input };
  }
  const n = parseNumber(t, sep, 0);
  if (!n) return { value: input };
  return n.grouped
    ? { value: n.value, impliedFormat: `#,##0${n.decimals ? `.${"0".repeat(n.decimals)}` : ""}` }
    : { value: n.value };
}

/**
 * What a cell stores for any value a script writes: null/undefined blank, finite numbers, booleans
 * and valid Dates as they are, strings (≤ 50,000 characters) typed by storeTyped; anything else throws.
 */
export function storeWritten(
  input: unknown,
  locale: Locale,
  timeZone: string,
  opts: TypingOptions = {},
): Typed {
  if (input === null || input === undefined) return { value: "" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new Error(`Cannot write ${input} to a cell.`);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (isDate(input)) {
    if (Number.isNaN(input.getTime())) throw new Error("Cannot write an invalid Date to a cell.");
    return { value: new (input.constructor as DateConstructor)(input.getTime()) };
  }
  if (typeof input !== "string") {
    const kind = Array.isArray(input) ? "array" : typeof input;
    throw new Error(
      `The parameters (${kind}) don't match the method signature for SpreadsheetApp.Range.setValue.`,
    );
  }
  checkCellText(input);
  return storeTyped(input, locale, timeZone, opts);
}

function reEscape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A number in the locale's notation, scaled by 10^shift (exactly, via the decimal string). */
function parseNumber(
  s: string,
  sep: Separators,
  shift: number,
): { value: number; decimals: number; grouped: boolean } | null {
  const g = reEscape(sep.group);
  const d = reEscape(sep.decimal);
  const re = new RegExp(`^([+-]?)(\\d+(?:${g}\\d+)*)?(?:${d}(\\d*))?(?:[eE]([+-]?\\d+))?$`);
  const m = re.exec(s.trim());
  if (!m || (!m[2] && !m[3])) return null;
  const int = (m[2] ?? "0").split(sep.group).join("");
  const frac = m[3] ?? "";
  const exp = Number(m[4] ?? 0) + shift;
  const value = Number(`${m[1]}${int}.${frac || "0"}e${exp}`);
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, decimals: frac.length, grouped: int !== (m[2] ?? "0") };
}

const TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp][Mm]))?";

function parseTime(h: string, mi: string, s: string | undefined, ampm: string | undefined) {
  let hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? 0);
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/p/i.test(ampm) ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { h: hour, mi: minute, s: second };
}

function fullYear(y: string): number | null {
  if (y.length === 4) return Number(y);
  if (y.length <= 2) return Number(y) + (Number(y) < 30 ? 2000 : 1900);
  return null;
}

function parseDateTime(t: string, locale: Locale, timeZone: string, now: Date): Typed | null {
  const timeOnly = new RegExp(`^${TIME}$`).exec(t);
  if (timeOnly) {
    const time = parseTime(timeOnly[1], timeOnly[2], timeOnly[3], timeOnly[4]);
    if (!time) return null;
    return {
      value: new Date(instantOf({ y: 1899, m: 12, d: 30, ...time }, timeZone)),
      impliedFormat: TIME_FORMAT,
    };
  }
  const withTime = new RegExp(`^(\\S+)\\s+${TIME}$`).exec(t);
  const datePart = withTime ? withTime[1] : t;
  const time = withTime
    ? parseTime(withTime[2], withTime[3], withTime[4], withTime[5])
    : { h: 0, mi: 0, s: 0 };
  if (!time) return null;
  const ymd = calendarDate(datePart, locale, timeZone, now);
  if (!ymd || ymd.y < 1000 || ymd.y > 9999 || ymd.m < 1 || ymd.m > 12) return null;
  if (ymd.d < 1 || ymd.d > daysInMonth(ymd.y, ymd.m)) return null;
  const value = new Date(instantOf({ ...ymd, ...time }, timeZone));
  const format = DATE_FORMAT[locale] + (withTime ? ` ${TIME_FORMAT}` : "");
  return { value, impliedFormat: format };
}

function calendarDate(s: string, locale: Locale, timeZone: string, now: Date) {
  const iso = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (iso) return { y: Number(iso[1]), m: Number(iso[3]), d: Number(iso[4]) };
  const seps = locale === "vi_VN" ? "[-/.]" : "[-/]";
  const m = new RegExp(`^(\\d{1,2})(${seps})(\\d{1,2})(?:\\2(\\d{1,4}))?$`).exec(s);
  if (!m) return null;
  const y = m[4] === undefined ? wallTime(now.getTime(), timeZone).y : fullYear(m[4]);
  if (y === null) return null;
  const [a, b] = [Number(m[1]), Number(m[3])];
  return locale === "en_US" ? { y, m: a, d: b } : { y, m: b, d: a };
}
