/** The years at a glance and the paragraphs' edge cases, on small hand-made inputs. */
import { describe, expect, it } from "vitest";
import { parseFramework } from "../../src/core/framework";
import type { Roster } from "../../src/core/model";
import type { Report } from "../../src/core/report";
import { paragraphsOf } from "../../src/core/rollup/paragraphs";
import { yearsOf } from "../../src/core/rollup/years";

const parsed = parseFramework({
  id: "t",
  name: "Khung thử",
  rule: "all-must-pass",
  placeWord: "phường",
  unitWord: "tổ dân phố",
  standards: [{ code: "1", name: "Một", threshold: 100 }],
  criteria: [{ code: "1.1", standard: "1", text: "chung." }],
});
if (!parsed.ok) throw new Error("framework");
const fw = parsed.framework;

const roster: Roster = {
  wards: [
    { code: "B", name: "Tổ dân phố khu B", kind: "phuong", tab: "B", editors: [], pilot: false },
    { code: "A", name: "Phường An", kind: "phuong", tab: "A", editors: [], pilot: false },
  ],
  units: [
    { code: "A10", name: "Tổ dân phố số 10", type: "tdp", ward: "A" },
    { code: "A2", name: "Tổ dân phố số 2", type: "tdp", ward: "A" },
    { code: "B1", name: "Tổ dân phố số 1", type: "tdp", ward: "B" },
  ],
};

describe("yearsOf", () => {
  it("from the period's first year; earlier years make a unit maintained; a code typed twice counts once", () => {
    const { rows } = yearsOf({
      year: 2024,
      roster,
      plan: {
        registrations: [],
        yearTargets: [{ year: 2023, target: 4 }],
        period: { from: 2022, to: 2025, target: 3 },
      },
      history: [
        { unit: "A2", year: 2020 },
        { unit: "A2", year: 2023 },
        { unit: "a2 ", year: 2023 },
        { unit: "A10", year: 2023 },
      ],
      recognizedNow: ["A2", "A10", "B1"],
    });
    expect(rows.map(({ newUnits, ...r }) => ({ ...r, newUnits: newUnits.map((u) => u.code) }))).toEqual([
      { year: 2022, recognized: 0, maintained: 0, new: 0, target: null, percent: null, newUnits: [] },
      { year: 2023, recognized: 2, maintained: 1, new: 1, target: 4, percent: 50, newUnits: ["A10"] },
      { year: 2024, recognized: 3, maintained: 2, new: 1, target: null, percent: null, newUnits: ["B1"] },
    ]);
  });
  it("without a period: from the oldest year in Lịch sử; a code not in Danh mục stands for itself", () => {
    const { rows } = yearsOf({
      year: 2024,
      roster,
      plan: { registrations: [], yearTargets: [] },
      history: [{ unit: "X9", year: 2023 }],
      recognizedNow: [],
    });
    expect(rows.map((r) => r.year)).toEqual([2023, 2024]);
    expect(rows[0].newUnits).toEqual([{ code: "X9", name: "X9", ward: "" }]);
  });
});

const zero = {
  units: 0,
  registered: 0,
  evaluated: 0,
  proposed: 0,
  recognized: 0,
  maintained: 0,
  new: 0,
  lost: 0,
  complete: 0,
  expected: 0,
  noData: 0,
};
function paragraphs(over: Partial<Report["totals"]>, targets: Report["targets"], lost: string[] = []) {
  const wards = [
    {
      code: "A",
      name: "Phường An",
      sheet: "A",
      pilot: false,
      tab: "ok" as const,
      ...zero,
      recognizedUnits: [],
      lostUnits: lost.map((code) => ({ code, name: code })),
    },
  ];
  const rows = yearsOf({
    year: 2024,
    roster,
    plan: { registrations: [], yearTargets: [] },
    history: [],
    recognizedNow: [],
  });
  return paragraphsOf({
    framework: fw,
    year: 2024,
    roster,
    report: { totals: { ...zero, ...over }, targets, wards, criteria: [] },
    years: rows.rows,
    newUnits: rows.newUnits,
    criterionUnits: [],
  });
}

describe("paragraphsOf: edge cases", () => {
  it("nothing recognized: “chưa có … nào”, no “trong đó”", () => {
    const p = paragraphs({}, { year: null, period: null });
    expect(p.headline).toBe(
      "Đến hết năm 2024, toàn phường chưa có tổ dân phố nào đủ điều kiện công nhận đạt các tiêu chuẩn, tiêu chí tự quản, phát triển toàn diện.",
    );
    expect(p.years).toEqual(["+ Năm 2024 không có tổ dân phố được công nhận."]);
    expect(p.yearsLead).toBe("");
  });
  it("below the year's target: “đạt 87,5%”, not “hoàn thành vượt mức”; no period clause without a period", () => {
    const p = paragraphs(
      { recognized: 7, new: 7 },
      { year: { label: "", target: 8, recognized: 7, percent: 87.5 }, period: null },
    );
    expect(p.headline).toBe(
      "Đến hết năm 2024, toàn phường có 07 tổ dân phố đủ điều kiện công nhận đạt các tiêu chuẩn, tiêu chí tự quản, phát triển toàn diện, trong đó: đề nghị công nhận mới 07 tổ dân phố; đạt 87,5% so với mục tiêu năm 2024.",
    );
  });
  it("exactly the target: “hoàn thành, đạt 100%”", () => {
    const p = paragraphs(
      { recognized: 8, maintained: 8 },
      { year: { label: "", target: 8, recognized: 8, percent: 100 }, period: null },
    );
    expect(p.headline).toContain(
      "trong đó: Duy trì từ năm 2024 đối với 08 tổ dân phố; hoàn thành, đạt 100% so với mục tiêu năm 2024.",
    );
  });
  it("units no longer recognized: one line, grouped by ward", () => {
    const p = paragraphs({ lost: 2 }, { year: null, period: null }, ["A10", "A2"]);
    expect(p.lost).toEqual([
      "- Có 02 tổ dân phố không còn đạt so với năm 2023: Tổ dân phố số 2, số 10 (phường An).",
    ]);
  });
});
