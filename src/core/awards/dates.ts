/**
 * Calendar dates for the Đà Nẵng awards, as integer day numbers (days since 1970-01-01 in the
 * proleptic Gregorian calendar). All arithmetic is on integers; a `Date` is only ever turned into a
 * day number once, here.
 *
 * Time zone. Apps Script hands a date cell to a script as an instant: midnight of that day in the
 * spreadsheet's time zone. The programme is Vietnamese, so the calendar date is taken in
 * Asia/Ho_Chi_Minh, which is UTC+7 with no daylight saving time since 13/06/1975: the instant plus
 * 7 hours, read in UTC. Example: 2009-12-31T17:00Z (= 2010-01-01 00:00 in Hà Nội) is 01/01/2010.
 * Before 13/06/1975 the zone's history (tz database) has offsets of +8 and +9 hours, so a date cell
 * of that era arrives as 22:00 or 23:00 of the day before at UTC+7; such a time is moved on to the
 * next day. A spreadsheet set to another zone east of UTC+7 would shift dates by a day, which is why
 * the menu actions warn when the spreadsheet's zone is not Asia/Ho_Chi_Minh.
 */

import { cleanText, foldKey } from "../text";
import { AWARD } from "../text/awards";

export type DayNumber = number;
export type Precision = "day" | "month" | "year";

export interface Civil {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
/** Asia/Ho_Chi_Minh today: UTC+7, no daylight saving time. */
export const VIETNAM_OFFSET_HOURS = 7;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Days from 1970-01-01 to y-m-d (Howard Hinnant's days_from_civil; integers only). */
export function dayNumber(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The inverse of dayNumber. */
export function civil(n: DayNumber): Civil {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** 01/10/2015 */
export function formatDay(n: DayNumber): string {
  const c = civil(n);
  return `${pad2(c.d)}/${pad2(c.m)}/${c.y}`;
}

/** The same precision the date was typed with: 01/10/2015, 10/2015 or 2015. */
export function formatWithPrecision(n: DayNumber, precision: Precision): string {
  const c = civil(n);
  if (precision === "year") return String(c.y);
  if (precision === "month") return `${pad2(c.m)}/${c.y}`;
  return formatDay(n);
}

/** First day of the historical offsets' end: 13/06/1975 (see the module comment). */
const LAST_OFFSET_CHANGE = dayNumber(1975, 6, 13);

/** A Date from Apps Script (an instant) → its calendar date in Asia/Ho_Chi_Minh. */
export function vietnamDay(instantMs: number): DayNumber {
  const local = instantMs + VIETNAM_OFFSET_HOURS * MS_PER_HOUR;
  let day = Math.floor(local / MS_PER_DAY);
  const timeOfDay = local - day * MS_PER_DAY;
  if (day < LAST_OFFSET_CHANGE && timeOfDay >= 22 * MS_PER_HOUR) day += 1;
  return day;
}

/** Today in Viet Nam. */
export function todayInVietnam(nowMs: number = Date.now()): DayNumber {
  return vietnamDay(nowMs);
}

/** Works across realms (a Date made by the test runner is not `instanceof` the bundle's Date). */
export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** What one date cell says. A month or a year stands for its whole span: first … last day. */
export type DateReading =
  | { kind: "blank" }
  | { kind: "open" }
  | { kind: "date"; first: DayNumber; last: DayNumber; precision: Precision; label: string }
  | { kind: "invalid"; reason: string };

/** Words for "still serving" in a “Đến ngày” cell (folded: no diacritics, lower case). */
const OPEN_WORDS = new Set(["nay", "hien nay", "den nay", "hien tai", "dang giu", "dang giu chuc vu", "con"]);

/** Sheets/Excel serial day 25569 is 1970-01-01. */
const SERIAL_EPOCH = 25_569;

function fromParts(y: number, m: number, d: number | null): DateReading {
  if (y < MIN_YEAR || y > MAX_YEAR) return { kind: "invalid", reason: AWARD.dateYearRange };
  if (m < 1 || m > 12) return { kind: "invalid", reason: AWARD.dateNoSuchDay };
  if (d === null) {
    const first = dayNumber(y, m, 1);
    const last = dayNumber(y, m, daysInMonth(y, m));
    return { kind: "date", first, last, precision: "month", label: formatWithPrecision(first, "month") };
  }
  if (d < 1 || d > daysInMonth(y, m)) return { kind: "invalid", reason: AWARD.dateNoSuchDay };
  const n = dayNumber(y, m, d);
  return { kind: "date", first: n, last: n, precision: "day", label: formatDay(n) };
}

function fromYear(y: number): DateReading {
  if (y < MIN_YEAR || y > MAX_YEAR) return { kind: "invalid", reason: AWARD.dateYearRange };
  const first = dayNumber(y, 1, 1);
  return { kind: "date", first, last: dayNumber(y, 12, 31), precision: "year", label: String(y) };
}

function fromDay(n: DayNumber): DateReading {
  const { y } = civil(n);
  if (y < MIN_YEAR || y > MAX_YEAR) return { kind: "invalid", reason: AWARD.dateYearRange };
  return { kind: "date", first: n, last: n, precision: "day", label: formatDay(n) };
}

const SEP = "[/.-]";
const DMY = new RegExp(`^(\\d{1,2})${SEP}(\\d{1,2})${SEP}(\\d{4})$`);
const YMD = new RegExp(`^(\\d{4})${SEP}(\\d{1,2})${SEP}(\\d{1,2})$`);
const MY = new RegExp(`^(\\d{1,2})${SEP}(\\d{4})$`);
const Y = /^(\d{4})$/;
const TWO_DIGIT_YEAR = new RegExp(`^(\\d{1,2}${SEP})?\\d{1,2}${SEP}\\d{2}$`);

/**
 * Reads a date cell leniently:
 * - a Date cell (the calendar date in Asia/Ho_Chi_Minh, see the module comment);
 * - text `d/m/yyyy`, `dd/mm/yyyy`, with `/`, `-` or `.` (`01-10-2015`, `1.10.2015`), `yyyy-mm-dd`,
 *   `mm/yyyy`, `yyyy`, and the words “ngày … tháng … năm …”; a trailing time is ignored;
 * - a number: a year 1900–2100, or a spreadsheet serial date (pasted from Excel);
 * - blank → blank; “nay”, “hiện nay”, “đến nay”… → open (still serving).
 * Two-digit years (01/10/15) are rejected: 15 could be 1915 or 2015.
 */
export function readDate(value: unknown): DateReading {
  if (value === null || value === undefined) return { kind: "blank" };
  if (isDateValue(value)) {
    const t = value.getTime();
    return Number.isNaN(t) ? { kind: "invalid", reason: AWARD.dateUnreadable } : fromDay(vietnamDay(t));
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "invalid", reason: AWARD.dateUnreadable };
    if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) return fromYear(value);
    if (value > MAX_YEAR) return fromDay(Math.floor(value) - SERIAL_EPOCH);
    return { kind: "invalid", reason: AWARD.dateUnreadable };
  }
  if (typeof value === "boolean") return { kind: "invalid", reason: AWARD.dateUnreadable };
  const folded = foldKey(value);
  if (folded === "") return { kind: "blank" };
  if (OPEN_WORDS.has(folded)) return { kind: "open" };
  const s = folded
    .replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, "")
    .replace(/\b(ngay|thang|nam)\b/g, "/")
    .replace(/\s*([/.-])\s*/g, "$1")
    .replace(/\s+/g, "/")
    .replace(/[/.-]{2,}/g, "/")
    .replace(/^[/.-]+|[/.-]+$/g, "");
  let m = DMY.exec(s);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  m = YMD.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MY.exec(s);
  if (m) return fromParts(Number(m[2]), Number(m[1]), null);
  m = Y.exec(s);
  if (m) return fromYear(Number(m[1]));
  if (TWO_DIGIT_YEAR.test(s)) return { kind: "invalid", reason: AWARD.dateTwoDigitYear };
  return { kind: "invalid", reason: AWARD.dateUnreadable };
}

/** How a cell value is quoted back in a message (a Date as its Vietnamese calendar date). */
export function quoteValue(value: unknown): string {
  if (isDateValue(value)) {
    const t = value.getTime();
    return Number.isNaN(t) ? String(value) : formatDay(vietnamDay(t));
  }
  if (value === true) return "TRUE";
  if (value === false) return "FALSE";
  return cleanText(value);
}
