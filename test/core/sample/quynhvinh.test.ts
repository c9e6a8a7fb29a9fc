import { describe, expect, it } from "vitest";
import { builtinFramework } from "../../../src/core/frameworks";
import { rosterSchema } from "../../../src/core/model";
import { rollup } from "../../../src/core/rollup";
import { QUYNHVINH_ROSTER } from "../../../src/core/sample/quynhvinh";
import { sampleSpecs } from "../../../src/core/workbook/sample";

describe("Quỳnh Vinh sample", () => {
  it("22 thôn, pilots 6, 11, 16, tổ of 15–30 households with leader and deputy", () => {
    expect(rosterSchema.parse(QUYNHVINH_ROSTER)).toEqual(QUYNHVINH_ROSTER);
    expect(QUYNHVINH_ROSTER.wards).toHaveLength(22);
    expect(QUYNHVINH_ROSTER.wards.filter((w) => w.pilot).map((w) => w.name)).toEqual([
      "Thôn 6",
      "Thôn 11",
      "Thôn 16",
    ]);
    for (const u of QUYNHVINH_ROSTER.units) {
      expect(u.type).toBe("to");
      expect(u.households).toBeGreaterThanOrEqual(15);
      expect(u.households).toBeLessThanOrEqual(30);
      expect(u.leader && u.deputy && u.leader !== u.deputy).toBeTruthy();
    }
  });
  it("rolls up with the all-must-pass rule and pilot flags", () => {
    const fw = builtinFramework("quynhvinh-6k3c")!;
    const tabs = sampleSpecs("quynhvinh")
      .filter((s) => s.formulas.length)
      .map((s) => ({ sheet: s.name, values: s.values as unknown[][] }));
    const { report } = rollup({
      framework: fw,
      year: 2019,
      roster: QUYNHVINH_ROSTER,
      plan: { registrations: [], yearTargets: [] },
      history: [],
      tabs,
    });
    expect(report.wards.filter((w) => w.pilot).map((w) => w.code)).toEqual(["T06", "T11", "T16"]);
    expect(report.totals.evaluated).toBe(QUYNHVINH_ROSTER.units.length);
    expect(report.totals.new).toBe(report.totals.recognized);
    expect(report.criteria.map((c) => c.code)).toEqual(["K4", "C2"]);
    expect(report.problems.some((p) => p.message.includes("K2 còn trống"))).toBe(true);
  });
});
