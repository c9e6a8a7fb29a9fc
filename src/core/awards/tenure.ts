/**
 * Khen thưởng niên hạn (Đà Nẵng, Kế hoạch 71/KH-UBND, mục II.6.a): service length and eligibility
 * of a tổ trưởng tổ dân phố / trưởng thôn. Pure: no Apps Script globals.
 *
 * Service length, precisely (all integers):
 * 1. Each period is the closed range of days [Từ ngày, Đến ngày]: both the first and the last day
 *    count. A blank or “nay” Đến ngày means still serving: the period ends on `asOf`. Any part of a
 *    period after `asOf` is not counted. A date typed as a month or a year stands for its whole
 *    span: a Từ ngày of “2010” is 01/01/2010, a Đến ngày of “2019” is 31/12/2019 (and such dates are
 *    flagged as imprecise for the ward to check).
 * 2. The periods are merged into their union: overlapping periods count once, and periods that
 *    touch (one ends the day before the next begins) form one continuous run.
 * 3. Each run [a, b] is measured on the calendar from a to the day after b: whole months first
 *    (a month after 31/01 is the last day of February), then the remaining days (0–30). So
 *    01/01/2010–31/12/2019 is 10 năm, 15/03/2012–14/03/2022 is 10 năm, 01/01/2010–30/12/2019 is
 *    9 năm 11 tháng 30 ngày.
 *    This is java.time.Period.between(a, b + 1 day): 29/02/2012–28/02/2022 is 10 năm 1 ngày.
 * 4. Several runs are added up (interrupted service is cumulated, “được cộng dồn năm công tác”):
 *    years, months and days separately, then every 30 days carry into one month and every 12 months
 *    into one year. Example: 5 năm 5 tháng 15 ngày + 4 năm 6 tháng 16 ngày = 10 năm 0 tháng 1 ngày.
 *    A single run is not carried: its calendar length stands.
 * Eligible length: at least 10 năm after step 4.
 */

import { readDisqualifier } from "../cell";
import { AWARD } from "../text/awards";
import { AWARD_WORDS } from "../vocabulary";
import { civil, type DayNumber, dayNumber, daysInMonth, formatDay, quoteValue, readDate } from "./dates";

export const REQUIRED_YEARS = 10;

export interface Span {
  years: number;
  months: number;
  days: number;
}

/** A raw cell and a description of where it is (an A1 reference, or a position in a range). */
export interface RawCell {
  value: unknown;
  where: string;
}

export interface TenureInput {
  periods: { from: RawCell; to: RawCell }[];
  dismissed?: RawCell;
  discipline?: RawCell;
  violation?: RawCell;
  awarded?: RawCell;
  deceased?: RawCell;
}

export interface TenureIssue {
  where: string;
  value: string;
  message: string;
}

/** One period as read, for display (“01/01/2010 – nay”). */
export interface ReadPeriod {
  from: DayNumber;
  /** Inclusive last day counted (already limited to asOf). */
  to: DayNumber;
  fromLabel: string;
  /** null: still serving. */
  toLabel: string | null;
}

export type FlagKey = "dismissed" | "discipline" | "violation" | "awarded";

export interface TenureReason {
  message: string;
  /** Where the reason comes from: the flag's cell, or every period cell for a short service. */
  where: string[];
}

export interface TenureResult {
  /** No dates and no flag saying Có: an empty row (a function shows ""). */
  blank: boolean;
  issues: TenureIssue[];
  /** Notes that do not block (imprecise dates). */
  notes: TenureIssue[];
  periods: ReadPeriod[];
  total: Span;
  reasons: TenureReason[];
  eligible: boolean;
  deceased: boolean;
}

// ---------------------------------------------------------------- spans

function addMonths(day: DayNumber, n: number): DayNumber {
  const c = civil(day);
  const index = c.y * 12 + (c.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayNumber(y, m, Math.min(c.d, daysInMonth(y, m)));
}

/** Length of the closed range [from, to]: whole years, then months, then days. */
export function spanOf(from: DayNumber, to: DayNumber): Span {
  if (to < from) return { years: 0, months: 0, days: 0 };
  const a = civil(from);
  const end = to + 1;
  const e = civil(end);
  let months = (e.y - a.y) * 12 + (e.m - a.m);
  if (e.d < a.d) months -= 1;
  const days = end - addMonths(from, months);
  return { years: Math.floor(months / 12), months: months % 12, days };
}

/**
 * Sum of the spans of separate runs: component-wise, then 30 days carry into a month and 12 months
 * into a year. A lone run is returned as the calendar measured it (its days can be 30:
 * 01/01/2010–30/12/2019 is 9 năm 11 tháng 30 ngày, not 10 năm).
 */
export function addSpans(spans: Span[]): Span {
  if (spans.length === 1) return { ...spans[0] };
  let years = 0;
  let months = 0;
  let days = 0;
  for (const s of spans) {
    years += s.years;
    months += s.months;
    days += s.days;
  }
  months += Math.floor(days / 30);
  days %= 30;
  years += Math.floor(months / 12);
  months %= 12;
  return { years, months, days };
}

/** Sorted union of closed day ranges; touching ranges are joined. */
export function mergePeriods(
  periods: { from: DayNumber; to: DayNumber }[],
): { from: DayNumber; to: DayNumber }[] {
  const sorted = periods.filter((p) => p.to >= p.from).sort((x, y) => x.from - y.from || x.to - y.to);
  const out: { from: DayNumber; to: DayNumber }[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.from <= last.to + 1) last.to = Math.max(last.to, p.to);
    else out.push({ ...p });
  }
  return out;
}

/** Union of the periods, measured as above. */
export function serviceLength(periods: { from: DayNumber; to: DayNumber }[]): Span {
  return addSpans(mergePeriods(periods).map((p) => spanOf(p.from, p.to)));
}

/** “12 năm 3 tháng”, “9 năm 11 tháng 30 ngày”, “0 ngày”: zero parts left out. */
export function formatSpan(s: Span): string {
  const parts: string[] = [];
  if (s.years) parts.push(AWARD.years(s.years));
  if (s.months) parts.push(AWARD.months(s.months));
  if (s.days) parts.push(AWARD.days(s.days));
  return parts.length ? parts.join(" ") : AWARD.zeroSpan;
}

// ---------------------------------------------------------------- assessment

const FLAG_REASONS: Record<FlagKey, string> = {
  dismissed: AWARD.reasonDismissed,
  discipline: AWARD.reasonDiscipline,
  violation: AWARD.reasonViolation,
  awarded: AWARD.reasonAwarded,
};
const FLAG_ORDER: FlagKey[] = ["dismissed", "discipline", "violation", "awarded"];

const isBlankValue = (v: unknown) => v === null || v === undefined || quoteValue(v) === "";

/**
 * Reads the periods and flags of one person and applies mục II.6.a: at least 10 years in the post,
 * not dismissed (bãi nhiệm), not under or facing discipline, no law violation, not already awarded
 * (once per person). Deceased people are eligible too, for “Truy tặng”. A flag cell left blank or an
 * unticked checkbox means Không. Any unreadable cell is an issue; a person with issues is not eligible.
 */
export function assessTenure(input: TenureInput, asOf: DayNumber): TenureResult {
  const issues: TenureIssue[] = [];
  const notes: TenureIssue[] = [];
  const issue = (cell: RawCell, message: string) =>
    issues.push({ where: cell.where, value: quoteValue(cell.value), message });
  const flag = (cell: RawCell | undefined): boolean => {
    if (!cell) return false;
    const state = readDisqualifier(cell.value);
    if (state === "invalid") issue(cell, AWARD.flagInvalid);
    return state === "yes";
  };
  const flags = Object.fromEntries(FLAG_ORDER.map((k) => [k, flag(input[k])])) as Record<FlagKey, boolean>;
  const deceased = flag(input.deceased);
  const { periods, anyDate } = readPeriods(input, asOf, deceased, issue, notes);
  const total = serviceLength(periods);
  const reasons = tenureReasons(input, periods, total, flags, issues.length > 0);
  const anyFlagYes = FLAG_ORDER.some((k) => flags[k]) || deceased;
  return {
    blank: !anyDate && !anyFlagYes && !issues.length,
    issues,
    notes,
    periods,
    total,
    reasons,
    eligible: !issues.length && !reasons.length,
    deceased,
  };
}

/** The readable periods, limited to asOf, and whether any date was typed; bad cells go to `issue`, imprecise dates to `notes`. */
function readPeriods(
  input: TenureInput,
  asOf: DayNumber,
  deceased: boolean,
  issue: (cell: RawCell, message: string) => void,
  notes: TenureIssue[],
): { periods: ReadPeriod[]; anyDate: boolean } {
  const periods: ReadPeriod[] = [];
  let anyDate = false;
  for (const { from, to } of input.periods) {
    const f = readDate(from.value);
    const t = readDate(to.value);
    if (f.kind !== "blank" || t.kind !== "blank") anyDate = true;
    if (f.kind === "blank" && t.kind === "blank") continue;
    if (f.kind === "invalid") issue(from, f.reason);
    if (t.kind === "invalid") issue(to, t.reason);
    if (f.kind === "open") issue(from, AWARD.dateFromOpen);
    if (f.kind === "blank") issue(from, AWARD.dateFromMissing);
    if (f.kind !== "date" || t.kind === "invalid") continue;
    // Here Đến ngày is a date, or blank / “nay”: still serving, counted to asOf.
    const end = t.kind === "date" ? t : null;
    if (!end && deceased) issue(to, AWARD.dateDeceasedOpen);
    if (end && end.last < f.first) {
      issue(to, AWARD.dateToBeforeFrom(f.label, end.label));
      continue;
    }
    notes.push(...impreciseNotes(from, f, to, end));
    periods.push({
      from: f.first,
      to: Math.min(end ? end.last : asOf, asOf),
      fromLabel: f.label,
      toLabel: end ? end.label : null,
    });
  }
  return { periods, anyDate };
}

type DateRead = Extract<ReturnType<typeof readDate>, { kind: "date" }>;

/** A note for each end typed as a month or a year (it stands for its whole span), for the ward to check. */
function impreciseNotes(from: RawCell, f: DateRead, to: RawCell, end: DateRead | null): TenureIssue[] {
  const notes: TenureIssue[] = [];
  if (f.precision !== "day")
    notes.push({
      where: from.where,
      value: f.label,
      message: AWARD.impreciseDate(f.label, formatDay(f.first)),
    });
  if (end && end.precision !== "day")
    notes.push({
      where: to.where,
      value: end.label,
      message: AWARD.impreciseDate(end.label, formatDay(end.last)),
    });
  return notes;
}

/** Why the person is not eligible: no service or too short a service, then each flag saying Có. */
function tenureReasons(
  input: TenureInput,
  periods: ReadPeriod[],
  total: Span,
  flags: Record<FlagKey, boolean>,
  anyIssue: boolean,
): TenureReason[] {
  const reasons: TenureReason[] = [];
  const periodCells = input.periods.flatMap((p) => [p.from, p.to]).filter((c) => !isBlankValue(c.value));
  if (!periods.length && !anyIssue) {
    reasons.push({ message: AWARD.reasonNoService, where: [] });
  } else if (total.years < REQUIRED_YEARS) {
    reasons.push({
      message: AWARD.reasonShort(formatSpan(total), REQUIRED_YEARS),
      where: periodCells.map((c) => c.where),
    });
  }
  for (const k of FLAG_ORDER)
    if (flags[k]) reasons.push({ message: FLAG_REASONS[k], where: [input[k]!.where] });
  return reasons;
}

/** The one-line result: “Đủ điều kiện”, “Chưa đủ: …” (every reason), or “Lỗi: …” (every issue). */
export function tenureText(r: TenureResult): string {
  if (r.issues.length)
    return `${AWARD_WORDS.errorPrefix}${r.issues.map((i) => AWARD.issueText(i.where, i.value, i.message)).join("; ")}`;
  return r.eligible ? AWARD_WORDS.eligible : AWARD_WORDS.notYet(r.reasons.map((x) => x.message));
}
