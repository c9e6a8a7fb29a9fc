/** Appraisal by field (seed 002): departments check their own standards; a Không đạt removes recognition. */
import { describe, expect, it } from "vitest";
import { planFieldAppraisal } from "../../src/core/usecases/fieldAppraisal";
import { rollupWorkbook } from "../../src/core/usecases/rollupWorkbook";
import { planSetup } from "../../src/core/usecases/setup";
import { planStatus, planSubmit } from "../../src/core/usecases/submit";
import { FIELD_APPRAISAL, SUBMISSION } from "../../src/core/vocabulary";
import { sampleSpecs } from "../../src/core/workbook/sample";

type Values = Map<string, unknown[][]>;

function sample(): Values {
  const seed = new Map(sampleSpecs().map((s) => [s.name, s.values as unknown[][]]));
  const out: Values = new Map(seed);
  for (const s of planSetup(seed).specs) out.set(s.name, s.values);
  return out;
}

const ASSIGN = [
  ["PHÂN CÔNG"],
  [""],
  [...FIELD_APPRAISAL.assignHeaders],
  ["Công an thành phố", "ca@laichau.vn", "TC6"],
  ["Phòng Văn hóa - Thông tin", "vh@laichau.vn", "4, TC5"],
  ["Phòng lạ", "x@laichau.vn", "TC9"],
];

describe("appraisal by field", () => {
  it("builds the results sheet: a row per proposed unit, a column per department and standard", () => {
    const v = sample();
    const first = planFieldAppraisal(v);
    expect(first.specs.map((s) => s.name)).toEqual([FIELD_APPRAISAL.assignSheet]);
    expect(first.lines[0]).toMatch(/chưa có cơ quan/);
    v.set(FIELD_APPRAISAL.assignSheet, ASSIGN);
    const plan = planFieldAppraisal(v);
    expect(plan.problems).toContainEqual(expect.objectContaining({ cell: "C6", value: "TC9" }));
    const results = plan.specs.find((s) => s.name === FIELD_APPRAISAL.resultSheet)!;
    expect(results.values[2].slice(3)).toEqual([
      "Công an thành phố – TC6",
      "Công an thành phố – ghi chú",
      "Phòng Văn hóa - Thông tin – TC4",
      "Phòng Văn hóa - Thông tin – TC5",
      "Phòng Văn hóa - Thông tin – ghi chú",
    ]);
    expect(results.values.length - 3).toBe(35);
    expect(plan.editors[0]).toEqual({
      department: "Công an thành phố",
      emails: ["ca@laichau.vn"],
      columns: [4, 5],
    });
  });

  it("a department's Không đạt removes recognition and is listed on Tổng hợp; typed results survive a rebuild", () => {
    const v = sample();
    v.set(FIELD_APPRAISAL.assignSheet, ASSIGN);
    const results = planFieldAppraisal(v).specs.find((s) => s.name === FIELD_APPRAISAL.resultSheet)!;
    const rows = results.values.map((r) => [...r]) as unknown[][];
    const r = rows.findIndex((row) => row[0] === "TP-TDP05");
    rows[r][3] = "Không đạt";
    rows[r][4] = "Chưa có biên bản an ninh trật tự";
    v.set(FIELD_APPRAISAL.resultSheet, rows);
    const before = rollupWorkbook(sample(), {});
    const after = rollupWorkbook(v, {});
    expect(before.ok && after.ok).toBe(true);
    if (!before.ok || !after.ok) return;
    expect(after.result.report.totals.recognized).toBe(before.result.report.totals.recognized - 1);
    expect(after.result.report.fieldAppraisal).toEqual([
      expect.objectContaining({ department: "Công an thành phố", standard: "6", failed: 1 }),
    ]);
    expect(after.result.report.fieldAppraisal[0].line).toMatch(/Tổ dân phố số 5/);
    expect(after.summary.values.flat()).toContain("Công an thành phố");
    const again = planFieldAppraisal(v).specs.find((s) => s.name === FIELD_APPRAISAL.resultSheet)!;
    const kept = again.values.find((row) => row[0] === "TP-TDP05")!;
    expect(kept.slice(3, 5)).toEqual(["Không đạt", "Chưa có biên bản an ninh trật tự"]);
  });

  it("the board says Đã thẩm định once every department has entered its results for the ward", () => {
    const v = sample();
    v.set(FIELD_APPRAISAL.assignSheet, ASSIGN);
    const sent = planSubmit(v, { ward: "QT", by: "qt@x.vn", at: "2024-11-20T02:00:00.000Z" });
    expect(sent.ok).toBe(true);
    for (const s of sent.specs) v.set(s.name, s.values);
    const results = planFieldAppraisal(v).specs.find((s) => s.name === FIELD_APPRAISAL.resultSheet)!;
    const rows = results.values.map((r) => [...r]) as unknown[][];
    const status = () => {
      const board = planStatus(v, { now: "2024-11-25T00:00:00.000Z" }).specs[0].values;
      return board.find((r) => r[1] === "QT")![3];
    };
    v.set(FIELD_APPRAISAL.resultSheet, rows);
    expect(status()).toBe(SUBMISSION.status.sent);
    for (const row of rows.slice(3))
      if (String(row[0]).startsWith("QT-")) for (const c of [3, 5, 6]) row[c] = "Đạt";
    expect(status()).toBe(SUBMISSION.status.appraised);
  });

  it("an unreadable result is a problem with its cell", () => {
    const v = sample();
    v.set(FIELD_APPRAISAL.assignSheet, ASSIGN);
    const results = planFieldAppraisal(v).specs.find((s) => s.name === FIELD_APPRAISAL.resultSheet)!;
    const rows = results.values.map((r) => [...r]) as unknown[][];
    rows[3][3] = "chắc là đạt";
    v.set(FIELD_APPRAISAL.resultSheet, rows);
    const out = rollupWorkbook(v, {});
    expect(out.ok && out.result.report.problems).toContainEqual(
      expect.objectContaining({ sheet: FIELD_APPRAISAL.resultSheet, cell: "D4", value: "chắc là đạt" }),
    );
  });
});
