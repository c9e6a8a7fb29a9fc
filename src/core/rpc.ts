/**
 * Payloads between the sidebar (browser) and the server (Apps Script), validated with zod on both
 * sides. google.script.run cannot carry Date objects: every date travels as an ISO string.
 */
import * as z from "zod";

export const standardViewSchema = z.object({
  code: z.string(),
  label: z.string(), // "TC1"
  name: z.string(),
  /** The name cut to a line's worth at a word ("Tự quản về quản lý đô thị, đất đai…"); `name` stays whole. */
  shortName: z.string(),
  passed: z.number().int().min(0),
  applicable: z.number().int().min(0),
  needed: z.number().int().min(0),
  status: z.enum(["pass", "fail", "missing"]),
  /** "6/7 (85,7%) – đạt" */
  summary: z.string(),
});

export const criterionViewSchema = z.object({
  code: z.string(),
  text: z.string(),
  value: z.string(),
  /** A1 of the criterion's cell in the unit's column ("" when the tab has no row for it): a link selects it. */
  cell: z.string(),
});

/** One cell, as a link in the sidebar sends it to sidebarSelectCell: a sheet name and a one-cell A1. */
export const cellRefSchema = z.object({
  sheet: z.string().min(1).max(100), // Sheets caps a sheet name at 100 characters
  cell: z.string().regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/),
});

/** What the sidebar's poll gets: the active sheet and its active range (A1, e.g. "E7" or "E7:F9"). */
export const selectionSchema = z.object({
  sheet: z.string(),
  range: z.string(),
});

export const unitViewSchema = z.object({
  sheet: z.string(),
  /** A1 of the unit's header cell, e.g. "E3". */
  cell: z.string(),
  code: z.string(),
  name: z.string(),
  verdict: z.enum(["pass", "fail", "missing", "invalid"]),
  /** Exactly what TDP_VERDICT shows: Đạt / Không đạt / Thiếu dữ liệu / Lỗi: … */
  verdictLabel: z.string(),
  explanation: z.string(),
  standards: z.array(standardViewSchema),
  failing: z.array(criterionViewSchema),
  missing: z.array(criterionViewSchema),
  invalid: z.array(criterionViewSchema),
  disqualified: z.array(criterionViewSchema),
});

export const sidebarStateSchema = z.object({
  /** Shown in the header, e.g. "Tổ dân phố, bản tự quản, phát triển toàn diện – năm 2024". */
  title: z.string(),
  /** The city office sees the roll-up button. */
  isCityOffice: z.boolean(),
  /** When the cursor is not in a unit column of a ward tab: why, in Vietnamese. */
  hint: z.string().optional(),
  unit: unitViewSchema.optional(),
  /** The active ward tab's submission (Hồ sơ gửi): sent when and by whom, or returned and why. */
  submission: z.string().optional(),
  /** The active sheet is a ward tab (else "Kiểm tra tab này" is not the sidebar's main action). */
  onWardTab: z.boolean().default(false),
  /** Where the cursor was when the state was read: the poll compares against it. */
  selection: selectionSchema.optional(),
  /** ISO timestamp of when the state was computed on the server. */
  computedAt: z.string(),
});

export const actionResultSchema = z.object({
  ok: z.boolean(),
  /** A one-line Vietnamese message for the sidebar. */
  message: z.string(),
  /** Problems to list, already formatted ("Phường Tân Phong!E7: …"). */
  items: z.array(z.string()).default([]),
});

export type StandardView = z.infer<typeof standardViewSchema>;
export type CriterionView = z.infer<typeof criterionViewSchema>;
export type UnitView = z.infer<typeof unitViewSchema>;
export type SidebarState = z.infer<typeof sidebarStateSchema>;
export type ActionResult = z.infer<typeof actionResultSchema>;
export type CellRef = z.infer<typeof cellRefSchema>;
export type Selection = z.infer<typeof selectionSchema>;

/** Server functions the sidebar may call through google.script.run (all exported from src/main.ts). */
export const SIDEBAR_RPC = {
  state: "sidebarGetState",
  validate: "sidebarValidateTab",
  rollup: "sidebarRollup",
  /** Gửi thẩm định of the active tab (src/gas/submission.ts). */
  submit: "sidebarSubmitTab",
  /** The poll: only the active sheet's name and range, a few service calls (src/gas/inspect.ts). */
  selection: "sidebarGetSelection",
  /** A cell link: selects one cell (arguments: sheet name, A1). */
  selectCell: "sidebarSelectCell",
} as const;
