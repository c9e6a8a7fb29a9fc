/**
 * The logic behind =TDP_NIEN_HAN and =TDP_DU_DIEU_KIEN_NIEN_HAN, on plain values as Apps Script
 * passes them to a custom function (a scalar for one cell, a 2-D array for a range, undefined for an
 * omitted argument). No services are called and nothing throws: problems come back as “Lỗi: …”.
 *
 * Ranges: rows = people, columns = periods. `from_dates` and `to_dates` are two ranges of the same
 * size (column j of each is period j), or `to_dates` is left empty ("" or a blank cell) and
 * `from_dates` holds the pairs side by side, Từ ngày, Đến ngày, Từ ngày, Đến ngày… as on the
 * “Khen thưởng niên hạn” sheet. One row gives one text; several rows give one text per row (a
 * column), and a row with nothing typed gives "".
 */
import { AWARD } from "../text/awards";
import { AWARD_WORDS } from "../vocabulary";
import { type DayNumber, quoteValue, readDate, todayInVietnam } from "./dates";
import { assessTenure, formatSpan, type RawCell, type TenureInput, tenureText } from "./tenure";

export type FnOutput = string | string[][];

class FnError extends Error {}

const matrix = (x: unknown): unknown[][] =>
  x === undefined || x === null ? [] : Array.isArray(x) ? x.map((r) => (Array.isArray(r) ? r : [r])) : [[x]];

const isBlank = (v: unknown) => v === null || v === undefined || quoteValue(v) === "";
const isOmitted = (m: unknown[][]) =>
  m.length === 0 || (m.length === 1 && m[0].length === 1 && isBlank(m[0][0]));

/** as_of: omitted or blank → today in Viet Nam; a month or a year → its last day. */
function asOfDay(arg: unknown, now: number): DayNumber {
  const m = matrix(arg);
  if (isOmitted(m)) return todayInVietnam(now);
  const r = readDate(m[0][0]);
  if (r.kind === "date") return r.last;
  if (r.kind === "invalid") throw new FnError(AWARD.fnAsOf(quoteValue(m[0][0]), r.reason));
  return todayInVietnam(now);
}

/** The periods of every row: pairs in one range, or two ranges of the same size. */
function periodsByRow(fromArg: unknown, toArg: unknown): TenureInput[] {
  const from = matrix(fromArg);
  const to = matrix(toArg);
  const width = from[0]?.length ?? 0;
  if (isOmitted(to)) {
    if (width % 2) throw new FnError(AWARD.fnOddPairs(width));
    return from.map((row) => ({
      periods: Array.from({ length: width / 2 }, (_, k) => ({
        from: {
          value: row[2 * k],
          where: AWARD.fnPosition(AWARD.fromLabel(k + 1), AWARD.fnFromCell, 2 * k + 1),
        },
        to: {
          value: row[2 * k + 1],
          where: AWARD.fnPosition(AWARD.toLabel(k + 1), AWARD.fnFromCell, 2 * k + 2),
        },
      })),
    }));
  }
  if (to.length !== from.length || (to[0]?.length ?? 0) !== width)
    throw new FnError(AWARD.fnShapeMismatch(from.length, width, to.length, to[0]?.length ?? 0));
  return from.map((row, r) => ({
    periods: row.map((v, j) => ({
      from: { value: v, where: AWARD.fnPosition(AWARD.fromLabel(j + 1), AWARD.fnFromCell, j + 1) },
      to: { value: to[r][j], where: AWARD.fnPosition(AWARD.toLabel(j + 1), AWARD.fnToCell, j + 1) },
    })),
  }));
}

/** One Có/Không column, one cell per person. */
function flagColumn(arg: unknown, name: string, rows: number): RawCell[] {
  if (arg === undefined) throw new FnError(AWARD.fnFlagMissing(name));
  const m = matrix(arg);
  const cells = m.length === 0 ? [[""]] : m;
  if (cells.length !== rows) throw new FnError(AWARD.fnFlagRows(name, cells.length, rows));
  return cells.map((row, r) => ({ value: row[0], where: AWARD.fnFlagPosition(name, r + 1) }));
}

function shape(texts: string[]): FnOutput {
  if (texts.length === 0) return "";
  return texts.length === 1 ? texts[0] : texts.map((t) => [t]);
}

function guarded(work: () => FnOutput): FnOutput {
  try {
    return work();
  } catch (e) {
    return `${AWARD_WORDS.errorPrefix}${e instanceof FnError ? e.message : AWARD.fnInternal}`;
  }
}

/** =TDP_NIEN_HAN(from_dates, to_dates, [as_of]) → “12 năm 3 tháng” per person. */
export function tdpNienHan(
  fromDates: unknown,
  toDates?: unknown,
  asOf?: unknown,
  now = Date.now(),
): FnOutput {
  return guarded(() => {
    const day = asOfDay(asOf, now);
    return shape(
      periodsByRow(fromDates, toDates).map((input) => {
        const r = assessTenure(input, day);
        if (r.blank) return "";
        return r.issues.length ? tenureText(r) : formatSpan(r.total);
      }),
    );
  });
}

/**
 * =TDP_DU_DIEU_KIEN_NIEN_HAN(from_dates, to_dates, dismissed, discipline, violation, awarded, [as_of])
 * → “Đủ điều kiện” / “Chưa đủ: …” / “Lỗi: …” per person.
 */
export function tdpDuDieuKienNienHan(
  fromDates: unknown,
  toDates: unknown,
  dismissed: unknown,
  discipline: unknown,
  violation: unknown,
  awarded: unknown,
  asOf?: unknown,
  now = Date.now(),
): FnOutput {
  return guarded(() => {
    const day = asOfDay(asOf, now);
    const people = periodsByRow(fromDates, toDates);
    const n = people.length;
    const d = flagColumn(dismissed, "dismissed", n);
    const k = flagColumn(discipline, "discipline", n);
    const v = flagColumn(violation, "violation", n);
    const a = flagColumn(awarded, "awarded", n);
    return shape(
      people.map((input, i) => {
        const r = assessTenure(
          { ...input, dismissed: d[i], discipline: k[i], violation: v[i], awarded: a[i] },
          day,
        );
        return r.blank ? "" : tenureText(r);
      }),
    );
  });
}
