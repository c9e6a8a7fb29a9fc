/**
 * The hidden sheet "Hồ sơ gửi": one row per ward that has submitted — its status, who and when, the
 * fingerprint, the return and its reason, and the values at submission (JSON, cut into cells of at
 * most 40,000 characters: Sheets holds 50,000 in a cell). Read back by ward code.
 */
import * as z from "zod";
import { cleanText, foldKey } from "../text";
import { SUBMISSION } from "../vocabulary";
import { emptySpec, type SheetSpec } from "../workbook/spec";
import type { Snapshot } from "./snapshot";

export interface SubmissionRecord {
  ward: string;
  status: "sent" | "returned";
  submittedAt: string;
  by: string;
  fingerprint: string;
  returnedAt: string;
  returnedBy: string;
  reason: string;
  snapshot: Snapshot;
}

const FIRST_ROW = 3;
const CHUNK = 40_000;
const snapshotSchema = z.record(z.string(), z.record(z.string(), z.string()));

export function readRecords(values: unknown[][] | undefined): SubmissionRecord[] {
  const out: SubmissionRecord[] = [];
  for (const row of (values ?? []).slice(FIRST_ROW - 1)) {
    const [ward, status, submittedAt, by, fingerprint, returnedAt, returnedBy, reason] = row
      .slice(0, 8)
      .map((v) => cleanText(v));
    if (!ward) continue;
    const json = row
      .slice(8)
      .map((v) => (v === null || v === undefined ? "" : String(v)))
      .join("");
    let snapshot: Snapshot = {};
    try {
      const parsed = snapshotSchema.safeParse(JSON.parse(json || "{}"));
      if (parsed.success) snapshot = parsed.data;
    } catch {
      // an edited or cut cell: the record stays, without what was sent
    }
    const returned = foldKey(status) === foldKey(SUBMISSION.status.returned);
    out.push({
      ward,
      status: returned ? "returned" : "sent",
      submittedAt,
      by,
      fingerprint,
      returnedAt: returnedAt ?? "",
      returnedBy: returnedBy ?? "",
      reason: reason ?? "",
      snapshot,
    });
  }
  return out;
}

export const recordOf = (records: SubmissionRecord[], ward: string) =>
  records.find((r) => foldKey(r.ward) === foldKey(ward));

/** The records with `next` in place of the ward's own (or added). */
export function withRecord(records: SubmissionRecord[], next: SubmissionRecord): SubmissionRecord[] {
  const i = records.findIndex((r) => foldKey(r.ward) === foldKey(next.ward));
  return i < 0 ? [...records, next] : records.map((r, j) => (j === i ? next : r));
}

export function recordsSpec(records: SubmissionRecord[]): SheetSpec {
  const rows = records.map((r) => {
    const json = JSON.stringify(r.snapshot);
    const chunks = Array.from({ length: Math.max(1, Math.ceil(json.length / CHUNK)) }, (_, i) =>
      json.slice(i * CHUNK, (i + 1) * CHUNK),
    );
    const status = r.status === "returned" ? SUBMISSION.status.returned : SUBMISSION.status.sent;
    return [
      r.ward,
      status,
      r.submittedAt,
      r.by,
      r.fingerprint,
      r.returnedAt,
      r.returnedBy,
      r.reason,
      ...chunks,
    ];
  });
  const spec = emptySpec(SUBMISSION.recordSheet, [
    [SUBMISSION.recordSheet],
    [...SUBMISSION.recordHeaders],
    ...rows,
  ]);
  spec.numberFormats = spec.values.map((r) => r.map(() => "@"));
  spec.hidden = true;
  return spec;
}
