/** The roll-up result: one plain object, printed as JSON by the CLI and written to Tổng hợp by both adapters. */
import * as z from "zod";
import { problemSchema } from "./problem";

const count = z.number().int().min(0);
const unitRef = z.object({ code: z.string(), name: z.string(), ward: z.string() });

export const targetSchema = z.object({
  label: z.string(),
  target: count,
  recognized: count,
  /** Percent with one decimal, e.g. 109.4 (computed with integers, rounded half up). */
  percent: z.number(),
});

/** The counts of one ward, and of the whole city (totals). See docs/report.md for each definition. */
const counts = {
  units: count,
  registered: count,
  evaluated: count,
  proposed: count,
  recognized: count,
  maintained: count,
  new: count,
  lost: count,
  /** Expected units with every criterion filled, and the number expected. */
  complete: count,
  expected: count,
  /** Active units of wards whose tab is missing or unreadable: no data, never "lost". */
  noData: count,
};

export const wardReportSchema = z.object({
  code: z.string(),
  name: z.string(),
  sheet: z.string(),
  /** A pilot area (thí điểm / điểm chỉ đạo), as marked in Danh mục. */
  pilot: z.boolean(),
  /** Whether the ward's tab was found and read ("missing": no tab; "unreadable": its layout is broken). */
  tab: z.enum(["ok", "missing", "unreadable"]),
  ...counts,
  recognizedUnits: z.array(
    z.object({ code: z.string(), name: z.string(), status: z.enum(["maintained", "new"]) }),
  ),
  lostUnits: z.array(z.object({ code: z.string(), name: z.string() })),
});

/** One year of the period, from Lịch sử công nhận (earlier years) and this roll-up (the evaluation year). */
export const yearRowSchema = z.object({
  year: z.number().int(),
  recognized: count,
  /** Recognized this year and in an earlier year. */
  maintained: count,
  /** Recognized this year for the first time. */
  new: count,
  /** Kế hoạch's cumulative target for the year, and recognized × 100 / target (one decimal); null without one. */
  target: count.nullable(),
  percent: z.number().nullable(),
  /** The new units, in roster order of their wards and natural order within one. */
  newUnits: z.array(unitRef),
});

/** Ready-to-paste paragraphs in the style of the annual report (docs/report.md). */
export const paragraphsSchema = z.object({
  /** "Đến hết năm 2024, toàn thành phố có 35 tổ dân phố, bản đủ điều kiện công nhận …" */
  headline: z.string(),
  /** "Duy trì từ năm 2021 đối với 28 tổ dân phố, bản. Trong đó:" ("" when no year is before this one). */
  yearsLead: z.string(),
  /** One line per year of the period up to this one: "+ Năm 2022 có 17 tổ dân phố, bản. Trong đó: …". */
  years: z.array(z.string()),
  /** One line per criterion not met, with its units. */
  criteria: z.array(z.string()),
  /** The units no longer recognized (one line, or none). */
  lost: z.array(z.string()),
});

export const reportSchema = z.object({
  year: z.number().int(),
  framework: z.object({
    id: z.string(),
    name: z.string(),
    unitWord: z.string(),
    wardWord: z.string(),
    placeWord: z.string(),
    titleWord: z.string(),
  }),
  title: z.string(),
  totals: z.object(counts),
  targets: z.object({ year: targetSchema.nullable(), period: targetSchema.nullable() }),
  wards: z.array(wardReportSchema),
  criteria: z.array(
    z.object({
      code: z.string(),
      standard: z.string(),
      text: z.string(),
      failed: count,
      units: z.array(unitRef),
      /** Ready to paste: "Tổ dân phố số 5, 9 phường Tân Phong; bản Sáo Làn Than phường Quyết Thắng" */
      line: z.string(),
    }),
  ),
  standards: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      failed: count,
      units: z.array(unitRef),
      line: z.string(),
    }),
  ),
  /** Appraisal by field: per (department, standard), the passing units it failed (not recognized). */
  fieldAppraisal: z
    .array(
      z.object({
        department: z.string(),
        standard: z.string(),
        failed: count,
        units: z.array(unitRef),
        line: z.string(),
      }),
    )
    .default([]),
  problems: z.array(problemSchema),
  /** The years at a glance: from the period's first year (or the first in Lịch sử) to this one. */
  years: z.array(yearRowSchema),
  paragraphs: paragraphsSchema,
  /** What the roll-up does to Lịch sử công nhận (docs/report.md: the year rule and the closed-year rule). */
  history: z.object({
    /** False when a hold below was not confirmed: the summary is shown, the history left as it was. */
    written: z.boolean(),
    holds: z.array(
      z.discriminatedUnion("kind", [
        /** Ward tabs whose title names another year. */
        z.object({ kind: z.literal("tabYear"), sheets: z.array(z.string()) }),
        /** Lịch sử already holds a later year: this year is closed. */
        z.object({ kind: z.literal("closedYear"), newest: z.number().int() }),
      ]),
    ),
    /** Units this roll-up adds to / removes from the year's rows, when the year had rows before. */
    added: z.array(z.string()),
    removed: z.array(z.string()),
  }),
});

export type HistoryHold = Report["history"]["holds"][number];

export type Report = z.infer<typeof reportSchema>;
export type WardReport = z.infer<typeof wardReportSchema>;
export type YearRow = z.infer<typeof yearRowSchema>;
export type Paragraphs = z.infer<typeof paragraphsSchema>;
