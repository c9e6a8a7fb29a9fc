/**
 * The sheet "Theo dõi": per ward, chưa gửi / đã gửi (when) / quá hạn / đã trả lại, with who sent,
 * the reason of a return and how many cells changed since; the deadline and the counts on top.
 * Rewritten whole by submit, return and status (every cell is the command's).
 */
import { VIETNAM_OFFSET_HOURS, vietnamDay } from "../awards/dates";
import { dayLabel, isoDay } from "../frameworkTable";
import type { Ward } from "../model";
import { SUBMIT_TEXT } from "../text/submission";
import { SUBMISSION } from "../vocabulary";
import { COLORS, emptySpec, type SheetSpec } from "../workbook/spec";
import { recordOf, type SubmissionRecord } from "./records";

export type WardStatus = keyof typeof SUBMISSION.status;

export interface BoardInput {
  year: number;
  wards: Ward[];
  records: SubmissionRecord[];
  /** "yyyy-mm-dd": a submission on or after it is late. */
  deadline?: string;
  /** Now, ISO. */
  now: string;
  /** Ward code → cells changed since its submission. */
  changed: Map<string, number>;
  /** Codes of the wards whose proposed units every department has appraised. */
  appraised?: ReadonlySet<string>;
}

/** "2024-11-21T03:04:00.000Z" → "21/11/2024 10:04" (Viet Nam time, UTC+7, no daylight saving). */
export function localTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + VIETNAM_OFFSET_HOURS * 3_600_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/** The day of an ISO instant in Viet Nam, "yyyy-mm-dd". */
export function localDay(iso: string): string {
  return isoDay(vietnamDay(Date.parse(iso)));
}

export function statusOf(
  record: SubmissionRecord | undefined,
  deadline: string | undefined,
  now: string,
  appraised = false,
): WardStatus {
  const late = (iso: string) => deadline !== undefined && localDay(iso) >= deadline;
  if (!record) return late(now) ? "late" : "notSent";
  if (record.status === "returned") return "returned";
  if (appraised) return "appraised";
  return late(record.submittedAt) ? "sentLate" : "sent";
}

const FILL: Record<WardStatus, string | null> = {
  notSent: null,
  sent: COLORS.pass,
  sentLate: COLORS.missing,
  late: COLORS.fail,
  returned: COLORS.missing,
  appraised: COLORS.pass,
};

export function boardSpec(input: BoardInput): SheetSpec {
  const statuses = input.wards.map((w) =>
    statusOf(recordOf(input.records, w.code), input.deadline, input.now, input.appraised?.has(w.code)),
  );
  const count = (...k: WardStatus[]) => statuses.filter((s) => k.includes(s)).length;
  const rows: (string | number)[][] = [
    [SUBMIT_TEXT.boardTitle(input.year)],
    [input.deadline ? SUBMIT_TEXT.deadline(dayLabel(input.deadline)) : SUBMIT_TEXT.noDeadline],
    [
      SUBMIT_TEXT.counts(
        count("sent", "sentLate", "appraised"),
        count("late", "sentLate"),
        count("notSent", "late"),
        count("returned"),
        count("appraised"),
      ),
    ],
    [...SUBMIT_TEXT.headers],
    ...input.wards.map((w, i) => {
      const r = recordOf(input.records, w.code);
      return [
        i + 1,
        w.code,
        w.name,
        SUBMISSION.status[statuses[i]],
        r ? localTime(r.submittedAt) : "",
        r?.by ?? "",
        r?.returnedAt ? localTime(r.returnedAt) : "",
        r?.reason ?? "",
        r && r.status === "sent" ? (input.changed.get(w.code) ?? 0) : "",
      ];
    }),
  ];
  const spec = emptySpec(SUBMISSION.boardSheet, rows);
  spec.numberFormats = spec.values.map((r) => r.map((v) => (typeof v === "number" ? "0" : "@")));
  spec.bold = spec.values.map((r, i) => r.map(() => i === 0 || i === 3));
  spec.backgrounds = spec.values.map((r, i) =>
    r.map((_, c) => (i === 3 ? COLORS.header : i > 3 && c === 3 ? FILL[statuses[i - 4]] : null)),
  );
  spec.columnWidths = [40, 80, 180, 130, 120, 200, 120, 260, 90];
  spec.frozenRows = 4;
  return spec;
}
