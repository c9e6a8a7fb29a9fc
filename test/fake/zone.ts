/**
 * Calendar arithmetic in the spreadsheet's time zone. Sheets stores a date as a serial day number
 * in the spreadsheet's zone; Apps Script hands it to the script as the instant of that wall-clock
 * time in that zone (so "7/7" typed in Asia/Ho_Chi_Minh is 2024-07-06T17:00Z).
 */

export interface WallTime {
  y: number;
  m: number; // 1–12
  d: number;
  h: number;
  mi: number;
  s: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A fixed-offset zone as Java (and so Apps Script) writes it: "GMT+07:00", "GMT+7", "GMT-0530".
 * Returns the offset in ms, or null for other names.
 */
function fixedOffsetMs(timeZone: string): number | null {
  const m = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (!m || Number(m[2]) > 23 || Number(m[3] ?? 0) > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60_000;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the zone is an IANA name Intl knows ("Asia/Ho_Chi_Minh") or a Java "GMT+07:00". */
export function isTimeZone(timeZone: string): boolean {
  if (fixedOffsetMs(timeZone) !== null) return true;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time of an instant in `timeZone`. */
export function wallTime(ms: number, timeZone: string): WallTime {
  const offset = fixedOffsetMs(timeZone);
  if (offset !== null) {
    const d = new Date(ms + offset);
    return {
      y: d.getUTCFullYear(),
      m: d.getUTCMonth() + 1,
      d: d.getUTCDate(),
      h: d.getUTCHours(),
      mi: d.getUTCMinutes(),
      s: d.getUTCSeconds(),
    };
  }
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms)))
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { y: parts.year, m: parts.month, d: parts.day, h: parts.hour, mi: parts.minute, s: parts.second };
}

function wallAsUtc(w: WallTime): number {
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s);
}

/** The instant at which the wall clock in `timeZone` shows `w` (DST gaps resolve forward). */
export function instantOf(w: WallTime, timeZone: string): number {
  const target = wallAsUtc(w);
  let t = target;
  for (let i = 0; i < 3; i++) t = target - (wallAsUtc(wallTime(t, timeZone)) - t);
  return t;
}

/** Sheets' serial day number (1899-12-30 is 0) of an instant, in `timeZone`. */
export function serialOf(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone);
  return (wallAsUtc(w) + (ms % 1000)) / 86_400_000 + 25_569;
}

/** The instant of a serial day number in `timeZone`. */
export function instantOfSerial(serial: number, timeZone: string): number {
  const utc = Math.round((serial - 25_569) * 86_400_000);
  const d = new Date(utc);
  const w: WallTime = {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
  return instantOf(w, timeZone);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
