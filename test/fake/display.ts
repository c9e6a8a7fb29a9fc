/**
 * What getValues and getDisplayValues return for a stored value under a cell's number format.
 *
 * getValues: the number format decides the type Apps Script hands back — a number in a date-formatted
 * cell comes back as a Date, a Date in a number-formatted cell as its serial number.
 * getDisplayValues: a reasonable rendering in the spreadsheet's locale (not every Sheets pattern):
 * percents with the format's decimals, fixed decimals and grouping for "0.00" / "#,##0", dates and
 * times by their d/m/y/h/s tokens, the locale's decimal separator everywhere.
 */
import { isDate } from "./env";
import { type CellValue, DATE_FORMAT, type Locale, separators, TIME_FORMAT } from "./typedInput";
import { instantOfSerial, serialOf, wallTime } from "./zone";

export type FormatKind = "general" | "text" | "number" | "percent" | "date";

/** The kind of a number format ("General", "@", "0.0%", "#,##0", "d/m/yyyy", ...). */
export function formatKind(format: string | undefined): FormatKind {
  if (!format || /^general$/i.test(format)) return "general";
  if (format === "@") return "text";
  const bare = format.replace(/"[^"]*"|\\./g, "");
  if (/[0#]/.test(bare)) return bare.includes("%") ? "percent" : "number";
  if (/[dmyhs]/i.test(bare)) return "date";
  return "general";
}

/** The value getValues returns for a stored value in a cell with `format`. */
export function readTyped(v: CellValue, format: string | undefined, timeZone: string): CellValue {
  const kind = formatKind(format);
  if (typeof v === "number" && kind === "date") return new Date(instantOfSerial(v, timeZone));
  if (isDate(v) && (kind === "number" || kind === "percent")) return serialOf(v.getTime(), timeZone);
  if (isDate(v)) return new (v.constructor as DateConstructor)(v.getTime());
  return v;
}

/** Decimals a format shows: "0.00" exactly 2, "0.0##" 1 to 3 (a "#" is an optional digit). */
function decimalsOf(format: string): { min: number; max: number } {
  const m = /\.([0#]+)/.exec(format);
  return { min: m ? (m[1].match(/0/g) ?? []).length : 0, max: m ? m[1].length : 0 };
}

function groupDigits(int: string, group: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

function fixed(n: number, format: string, locale: Locale): string {
  const { min, max } = decimalsOf(format);
  const { decimal, group } = separators(locale);
  let [int, frac = ""] = Math.abs(n).toFixed(max).split(".");
  while (frac.length > min && frac.endsWith("0")) frac = frac.slice(0, -1);
  const sign = n < 0 && /[1-9]/.test(int + frac) ? "-" : "";
  return sign + (format.includes(",") ? groupDigits(int, group) : int) + (frac ? decimal + frac : "");
}

/** Sheets' "Automatic" rendering: up to 10 decimals, no grouping. */
function general(n: number, locale: Locale): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const s = String(Number(n.toFixed(10)));
  return s.replace(".", separators(locale).decimal);
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** Renders date/time tokens: yyyy yy m mm d dd h hh (m after h is minutes) ss. */
function datePattern(ms: number, pattern: string, timeZone: string): string {
  const w = wallTime(ms, timeZone);
  const tokens = pattern.match(/yyyy|yy|mm|m|dd|d|hh|h|ss|s|"[^"]*"|./gi) ?? [];
  let afterHour = false;
  return tokens
    .map((tok, i) => {
      const t = tok.toLowerCase();
      if (t.startsWith('"')) return tok.slice(1, -1);
      if (t === "yyyy") return String(w.y);
      if (t === "yy") return two(w.y % 100);
      if (t === "d" || t === "dd") return t === "dd" ? two(w.d) : String(w.d);
      if (t === "h" || t === "hh") {
        afterHour = true;
        return t === "hh" ? two(w.h) : String(w.h);
      }
      if (t === "s" || t === "ss") return t === "ss" ? two(w.s) : String(w.s);
      if (t === "m" || t === "mm") {
        const beforeSecond = tokens
          .slice(i + 1)
          .find((x) => /^[a-z]/i.test(x))
          ?.toLowerCase()
          .startsWith("s");
        const minutes = afterHour || beforeSecond;
        afterHour = false;
        const n = minutes ? w.mi : w.m;
        return t === "mm" || minutes ? two(n) : String(n);
      }
      return tok;
    })
    .join("");
}

/** A Date without a format: the locale's date, with the time when it has one; a bare time alone. */
function defaultDate(ms: number, locale: Locale, timeZone: string): string {
  const w = wallTime(ms, timeZone);
  if (w.y === 1899 && w.m === 12 && w.d === 30) return datePattern(ms, TIME_FORMAT, timeZone);
  const day = datePattern(ms, DATE_FORMAT[locale], timeZone);
  return w.h || w.mi || w.s ? `${day} ${datePattern(ms, TIME_FORMAT, timeZone)}` : day;
}

/** The string getDisplayValues shows. */
export function displayValue(
  v: CellValue,
  format: string | undefined,
  locale: Locale,
  timeZone: string,
): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const kind = formatKind(format);
  if (isDate(v)) {
    if (kind === "date") return datePattern(v.getTime(), format!, timeZone);
    if (kind === "number" || kind === "percent")
      return displayValue(serialOf(v.getTime(), timeZone), format, locale, timeZone);
    return defaultDate(v.getTime(), locale, timeZone);
  }
  if (kind === "percent") return `${fixed(v * 100, format!, locale)}%`;
  if (kind === "number") return fixed(v, format!, locale);
  if (kind === "date") return datePattern(instantOfSerial(v, timeZone), format!, timeZone);
  return general(v, locale);
}
