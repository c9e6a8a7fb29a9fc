import { describe, expect, it } from "vitest";
import { type Framework, parseFramework } from "../../src/core/framework";
import type { History, Plan, Roster, Unit, Ward } from "../../src/core/model";
import { reportSchema } from "../../src/core/report";
import { type RollupInput, rollup, unitLine } from "../../src/core/rollup";
import { PROBLEM } from "../../src/core/text/problems";
import { SUMMARY } from "../../src/core/text/sheets";
import { SHEET } from "../../src/core/vocabulary";

/**
 * The roll-up's counts beyond recognized / maintained / new, on a small city written out cell by cell in
 * the ward-tab layout (title, B2 ward code, header row Mã | Nội dung | units… | Ghi chú, one row per code,
 * TĐ appraisal row). Definitions: docs/report.md.
 */
const fw: Framework = (() => {
  const r = parseFramework({
    id: "thu",
    name: "Khung thử",
    rule: "per-standard-threshold",
    standards: [
      { code: "1", name: "Một", threshold: 100 },
      { code: "2", name: "Hai", threshold: 50 },
    ],
    criteria: [
      { code: "1.1", standard: "1", text: "chung" },
      { code: "1.2", standard: "1", text: "chỉ tổ dân phố", unitTypes: ["tdp"] },
      { code: "2.1", standard: "2", text: "hai một" },
      { code: "2.2", standard: "2", text: "hai hai", wardKinds: ["xa"] },
    ],
    disqualifiers: [{ code: "II.1", text: "khiếu kiện" }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.framework;
})();

const ward = (code: string, name: string, kind: Ward["kind"]): Ward => ({
  code,
  name,
  kind,
  tab: name,
  editors: [],
  pilot: false,
});
const A = ward("A", "Phường An", "phuong");
const B = ward("B", "Xã Bình", "xa");
const unit = (
  code: string,
  name: string,
  type: Unit["type"],
  w: string,
  extra: Partial<Unit> = {},
): Unit => ({
  code,
  name,
  type,
  ward: w,
  ...extra,
});
const ROSTER: Roster = {
  wards: [A, B],
  units: [
    unit("A1", "Tổ dân phố số 1", "tdp", "A"),
    unit("A2", "Tổ dân phố số 2", "tdp", "A"),
    unit("A3", "Bản Nà", "ban", "A"),
    unit("A4", "Tổ dân phố số 4", "tdp", "A", { until: 2023 }),
    unit("B1", "Bản Một", "ban", "B"),
    unit("B2", "Bản Hai", "ban", "B"),
  ],
};
const nameOf = (code: string) => ROSTER.units.find((u) => u.code === code)!.name;

const PASS = { "1.1": "Đạt", "1.2": "Đạt", "2.1": "Đạt", "2.2": "Đạt", "II.1": "Không" };
type Column = { code: string; header?: string; cells: Record<string, unknown> };

/** A ward tab as the sheet holds it. */
function tab(
  w: Ward,
  columns: Column[],
  opts: { year?: number; appraisal?: unknown[]; notes?: boolean } = {},
) {
  const n = columns.length;
  const pad = (head: unknown[], cells: unknown[] = [], note: unknown = "") => [
    ...head,
    ...Array.from({ length: n }, (_, i) => cells[i] ?? ""),
    note,
  ];
  const values: unknown[][] = [
    [`BIỂU TỰ ĐÁNH GIÁ NĂM ${opts.year ?? 2024}`],
    ["Mã xã, phường", w.code, w.name],
    pad(
      ["Mã", "Nội dung tiêu chí"],
      columns.map((c) => c.header ?? `${c.code} – ${nameOf(c.code)}`),
      "Ghi chú / minh chứng",
    ),
  ];
  for (const s of fw.standards) {
    values.push(pad([s.code, `Tiêu chuẩn ${s.code}: ${s.name}`]));
    for (const c of fw.criteria.filter((x) => x.standard === s.code))
      values.push(
        pad(
          [c.code, c.text],
          columns.map((col) => col.cells[c.code]),
        ),
      );
  }
  values.push(pad(["II", "Các trường hợp không đảm bảo"]));
  values.push(
    pad(
      ["II.1", "khiếu kiện"],
      columns.map((col) => col.cells["II.1"]),
    ),
  );
  values.push(pad(["", "KẾT QUẢ"]));
  values.push(pad(["TĐ", "Thành phố thẩm định"], opts.appraisal ?? []));
  return { sheet: w.tab, values };
}
const col = (code: string, over: Record<string, unknown> = {}): Column => ({
  code,
  cells: { ...PASS, ...over },
});

const PLAN: Plan = {
  registrations: [
    { unit: "A1", year: 2021 },
    { unit: "a2", year: 2024 }, // matched by code up to case
    { unit: "A3", year: 2024 },
    { unit: "A4", year: 2024 }, // retired unit: not counted
    { unit: "B2", year: 2025 }, // another year
    { unit: "ZZ", year: 2024 }, // not in the roster
  ],
  yearTargets: [
    { year: 2023, target: 2 },
    { year: 2024, target: 7 },
  ],
  period: { from: 2021, to: 2024, target: 9 },
};
const HISTORY: History = [
  { unit: "A1", year: 2023 },
  { unit: "A2", year: 2022 },
  { unit: "B1", year: 2023 },
  { unit: "B1", year: 2022 },
];

/** Phường An: A1, A2 and bản A3 pass (1.2 does not apply to a bản); Xã Bình: B1 fails 1.1, B2 fails 2.1 and 2.2. */
function baseTabs() {
  return [
    tab(A, [col("A1"), col("A2"), col("A3", { "1.2": "Không đạt", "2.2": "" })]),
    tab(B, [col("B1", { "1.1": "Không đạt" }), col("B2", { "2.1": "K", "2.2": "K" })]),
  ];
}
function input(over: Partial<RollupInput> = {}): RollupInput {
  return {
    framework: fw,
    year: 2024,
    roster: ROSTER,
    plan: PLAN,
    history: HISTORY,
    tabs: baseTabs(),
    ...over,
  };
}
const wardOf = (r: ReturnType<typeof rollup>, code: string) => r.report.wards.find((w) => w.code === code)!;
const COUNTS = [
  "units",
  "registered",
  "evaluated",
  "proposed",
  "recognized",
  "maintained",
  "new",
  "lost",
  "complete",
  "expected",
  "noData",
] as const;
const counts = (x: Record<(typeof COUNTS)[number], number>) => COUNTS.map((k) => x[k]);

describe("the counts of each ward and of the city", () => {
  const r = rollup(input());
  it("Phường An: 3 active units, 2 registered this year, 3 recognized = 2 maintained + 1 new", () => {
    // units registered evaluated proposed recognized maintained new lost complete expected noData
    expect(counts(wardOf(r, "A"))).toEqual([3, 2, 3, 3, 3, 2, 1, 0, 3, 3, 0]);
    expect(wardOf(r, "A")).toMatchObject({ tab: "ok", sheet: "Phường An", name: "Phường An", pilot: false });
  });
  it("Xã Bình: B1 recognized last year and failing now is lost; B2 is complete but not expected", () => {
    expect(counts(wardOf(r, "B"))).toEqual([2, 0, 2, 0, 0, 0, 0, 1, 1, 1, 0]);
    expect(wardOf(r, "B").lostUnits).toEqual([{ code: "B1", name: "Bản Một" }]);
    expect(wardOf(r, "A").lostUnits).toEqual([]);
  });
  it("the totals add the wards", () => {
    expect(counts(r.report.totals)).toEqual([5, 2, 5, 3, 3, 2, 1, 1, 4, 4, 0]);
    expect(reportSchema.parse(r.report)).toEqual(r.report);
  });
  it("recognized units in natural order by name, each maintained or new", () => {
    expect(wardOf(r, "A").recognizedUnits).toEqual([
      { code: "A3", name: "Bản Nà", status: "new" },
      { code: "A1", name: "Tổ dân phố số 1", status: "maintained" },
      { code: "A2", name: "Tổ dân phố số 2", status: "maintained" },
    ]);
  });
  it("the year target and the period target in the period's last year", () => {
    expect(r.report.targets.year).toEqual({
      label: SUMMARY.yearTarget(2024),
      target: 7,
      recognized: 3,
      percent: 42.9,
    });
    expect(r.report.targets.period).toEqual({
      label: SUMMARY.periodTarget(2021, 2024),
      target: 9,
      recognized: 3,
      percent: 33.3,
    });
  });
  it("the report's heading fields", () => {
    expect(r.report.year).toBe(2024);
    expect(r.report.title).toBe(SUMMARY.title(fw.name, 2024));
    expect(r.report.framework).toEqual({
      id: "thu",
      name: "Khung thử",
      unitWord: fw.unitWord,
      wardWord: fw.wardWord,
      placeWord: fw.placeWord,
      titleWord: fw.titleWord,
    });
  });
  it("no problems in a clean workbook", () => {
    expect(r.report.problems).toEqual([]);
  });
});

describe("targets by year", () => {
  const targets = (year: number, plan: Plan = PLAN) =>
    rollup(input({ year, plan, history: [], tabs: [] })).report.targets;
  it("the period target only inside the period, first and last year included", () => {
    expect(targets(2021).period?.target).toBe(9);
    expect(targets(2024).period?.label).toBe(SUMMARY.periodTarget(2021, 2024));
    expect(targets(2020).period).toBeNull();
    expect(targets(2025).period).toBeNull();
  });
  it("the year target of that year only", () => {
    expect(targets(2023).year).toMatchObject({ target: 2, label: SUMMARY.yearTarget(2023) });
    expect(targets(2022).year).toBeNull();
    expect(targets(2024, { registrations: [], yearTargets: [] })).toEqual({ year: null, period: null });
  });
  it("a target of 0 gives 0%", () => {
    expect(targets(2024, { registrations: [], yearTargets: [{ year: 2024, target: 0 }] }).year).toMatchObject(
      {
        target: 0,
        percent: 0,
      },
    );
  });
  it("percent rounds half up in tenths: 3 of 8 is 37.5, 1 of 6 is 16.7, 3 of 2 is 150", () => {
    const pct = (target: number) =>
      rollup(input({ plan: { ...PLAN, yearTargets: [{ year: 2024, target }] } })).report.targets.year
        ?.percent;
    expect(pct(8)).toBe(37.5);
    expect(pct(2)).toBe(150);
    expect(pct(18)).toBe(16.7);
  });
});

describe("lost, complete, registered", () => {
  it("a unit recognized two years ago but not last year is not lost", () => {
    const tabs = [tab(A, [col("A1"), col("A2", { "1.1": "K" }), col("A3")]), baseTabs()[1]];
    const r = rollup(input({ tabs }));
    expect(wardOf(r, "A")).toMatchObject({ lost: 0, recognized: 2, maintained: 1, new: 1 });
  });
  it("a unit recognized last year whose column is absent is lost (its ward's tab was read)", () => {
    const tabs = [tab(A, [col("A2"), col("A3")]), baseTabs()[1]];
    const r = rollup(input({ tabs }));
    expect(wardOf(r, "A")).toMatchObject({ lost: 1, evaluated: 2, complete: 2, expected: 3 });
    expect(wardOf(r, "A").lostUnits).toEqual([{ code: "A1", name: "Tổ dân phố số 1" }]);
  });
  it("a unit rejected by the city's appraisal is proposed, not recognized, and lost if it was recognized", () => {
    const tabs = [
      tab(A, [col("A1"), col("A2"), col("A3")], { appraisal: ["Không đạt", "", "Đạt"] }),
      baseTabs()[1],
    ];
    const r = rollup(input({ tabs }));
    expect(wardOf(r, "A")).toMatchObject({ proposed: 3, recognized: 2, maintained: 1, new: 1, lost: 1 });
  });
  it("lost units are listed in roster order with their roster names", () => {
    const history: History = [...HISTORY, { unit: "B2", year: 2023 }];
    const r = rollup(input({ history }));
    expect(wardOf(r, "B").lostUnits).toEqual([
      { code: "B1", name: "Bản Một" },
      { code: "B2", name: "Bản Hai" },
    ]);
  });
  it("a blank the verdict needs or an unreadable cell makes a unit incomplete; a blank that cannot matter does not", () => {
    const tabs = [
      tab(A, [col("A1", { "2.1": "" }), col("A2", { "1.1": "?" }), col("A3", { "1.1": "" })]),
      baseTabs()[1],
    ];
    const r = rollup(input({ tabs }));
    // A1: 2.1 blank, 2.2 does not apply in a phường → standard 2 is 0/1 or 1/1: missing.
    expect(wardOf(r, "A")).toMatchObject({ evaluated: 3, complete: 0, recognized: 0, lost: 1 });
    const tabs2 = [tab(A, [col("A1", { "2.1": "K", "2.2": "" }), col("A2"), col("A3")]), baseTabs()[1]];
    // A1 fails 2.1 (0/1 < 50%) — 2.2 does not apply in a phường, its blank is not even read.
    expect(wardOf(rollup(input({ tabs: tabs2 })), "A")).toMatchObject({ complete: 3, recognized: 2 });
  });
  it("a column with no value at all is not evaluated, not complete", () => {
    const tabs = [tab(A, [col("A1"), col("A2"), { code: "A3", cells: {} }]), baseTabs()[1]];
    const r = rollup(input({ tabs }));
    expect(wardOf(r, "A")).toMatchObject({ evaluated: 2, complete: 2, expected: 3, recognized: 2 });
  });
  it("without plan and history every active unit is expected, nothing is lost or maintained", () => {
    const r = rollup(input({ plan: { registrations: [], yearTargets: [] }, history: [] }));
    expect(counts(r.report.totals)).toEqual([5, 0, 5, 3, 3, 0, 3, 0, 5, 5, 0]);
  });
  it("registered counts this year's registrations of the ward's active units only", () => {
    const plan: Plan = {
      ...PLAN,
      registrations: [...PLAN.registrations, { unit: " b1 ", year: 2024 }, { unit: "B2", year: 2023 }],
    };
    const r = rollup(input({ plan }));
    expect(wardOf(r, "A").registered).toBe(2);
    expect(wardOf(r, "B").registered).toBe(1);
    // B2 registered in 2023 is now expected (registered by then), and complete
    expect(wardOf(r, "B")).toMatchObject({ expected: 2, complete: 2 });
  });
});

describe("wards without data", () => {
  it("a missing tab: its units are noData, never lost; the problem names the ward", () => {
    const r = rollup(input({ tabs: [baseTabs()[0]] }));
    expect(counts(wardOf(r, "B"))).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
    expect(wardOf(r, "B")).toMatchObject({ tab: "missing", sheet: "", lostUnits: [] });
    expect(r.report.totals.noData).toBe(2);
    expect(r.report.problems).toEqual([
      { sheet: B.tab, cell: "", value: "", message: PROBLEM.wardTabMissing(B.name) },
    ]);
  });
  it("an unreadable tab (no header row) counts the same", () => {
    const broken = baseTabs()[1];
    broken.values[2][0] = "Mã số";
    const r = rollup(input({ tabs: [baseTabs()[0], broken] }));
    expect(wardOf(r, "B")).toMatchObject({ tab: "unreadable", noData: 2, lost: 0, evaluated: 0 });
    expect(wardOf(r, "B").sheet).toBe(B.tab);
  });
  it("their units' rows of this year stay in the history; the others are replaced", () => {
    const history: History = [
      ...HISTORY,
      { unit: "B1", year: 2024, note: "QĐ 5" },
      { unit: "A2", year: 2024 },
    ];
    const r = rollup(input({ history, tabs: [baseTabs()[0]] }));
    expect(r.history.filter((h) => h.year === 2024)).toEqual([
      { unit: "B1", year: 2024, note: "QĐ 5" },
      { unit: "A3", year: 2024 },
      { unit: "A1", year: 2024 },
      { unit: "A2", year: 2024 },
    ]);
    expect(r.report.history).toMatchObject({ written: true, added: ["A3", "A1"], removed: [] });
  });
});

describe("the history written", () => {
  it("year Y is replaced by the units recognized now, earlier years kept as they were", () => {
    const history: History = [...HISTORY, { unit: "B1", year: 2024 }, { unit: "A1", year: 2024 }];
    const r = rollup(input({ history }));
    expect(r.history).toEqual([
      ...HISTORY,
      { unit: "A3", year: 2024 },
      { unit: "A1", year: 2024 },
      { unit: "A2", year: 2024 },
    ]);
    expect(r.report.history).toEqual({ written: true, holds: [], added: ["A3", "A2"], removed: ["B1"] });
  });
  it("a year without rows before: nothing is said added or removed", () => {
    const r = rollup(input());
    expect(r.report.history).toEqual({ written: true, holds: [], added: [], removed: [] });
    expect(r.history).toHaveLength(HISTORY.length + 3);
  });
  it("notes typed on year-Y rows are kept on re-run (matched by code up to case), dropped with their unit", () => {
    const history: History = [
      ...HISTORY,
      { unit: "a1", year: 2024, note: "QĐ 12/2024" },
      { unit: "B1", year: 2024, note: "QĐ 13/2024" },
      { unit: "A2", year: 2023, note: "không phải năm này" },
    ];
    const r = rollup(input({ history }));
    expect(r.history.filter((h) => h.year === 2024)).toEqual([
      { unit: "A3", year: 2024 },
      { unit: "A1", year: 2024, note: "QĐ 12/2024" },
      { unit: "A2", year: 2024 },
    ]);
    const again = rollup(input({ history: r.history }));
    expect(again.history).toEqual(r.history);
    expect(again.report.history).toMatchObject({ added: [], removed: [] });
  });
  it("a later year in the history holds the write unless confirmed", () => {
    const history: History = [...HISTORY, { unit: "A1", year: 2025 }];
    const held = rollup(input({ history }));
    expect(held.report.history).toMatchObject({
      written: false,
      holds: [{ kind: "closedYear", newest: 2025 }],
    });
    expect(held.history).toBe(history);
    const confirmed = rollup(input({ history, confirmHistory: true }));
    expect(confirmed.report.history.written).toBe(true);
    expect(confirmed.history.filter((h) => h.year === 2024).map((h) => h.unit)).toEqual(["A3", "A1", "A2"]);
    expect(confirmed.history.filter((h) => h.year === 2025)).toHaveLength(1);
  });
  it("a tab titled with another year holds the write and is a problem at its title cell", () => {
    const tabs = [tab(A, [col("A1"), col("A2"), col("A3")], { year: 2023 }), baseTabs()[1]];
    const r = rollup(input({ tabs }));
    expect(r.report.history).toMatchObject({ written: false, holds: [{ kind: "tabYear", sheets: [A.tab] }] });
    expect(r.history).toBe(HISTORY);
    expect(r.report.problems).toEqual([
      {
        sheet: A.tab,
        cell: "A1",
        value: "BIỂU TỰ ĐÁNH GIÁ NĂM 2023",
        message: PROBLEM.tabYearDiffers(2023, 2024),
      },
    ]);
    expect(r.report.totals.recognized).toBe(3); // the summary is still made
    expect(rollup(input({ tabs, confirmHistory: false })).report.history.written).toBe(false);
  });
  it("a history of the same year only is not a closed year", () => {
    const r = rollup(input({ history: [{ unit: "A1", year: 2024 }] }));
    expect(r.report.history.holds).toEqual([]);
    expect(wardOf(r, "A")).toMatchObject({ maintained: 0, new: 3 });
  });
});

describe("tabs and columns in the wrong place", () => {
  it("a unit in another ward's tab is a problem and is not counted there", () => {
    const tabs = [tab(A, [col("A1"), col("A2"), col("A3"), col("B1")]), tab(B, [col("B2")])];
    const r = rollup(input({ tabs }));
    expect(wardOf(r, "A")).toMatchObject({ evaluated: 3, recognized: 3 });
    expect(wardOf(r, "B")).toMatchObject({ evaluated: 1, recognized: 1, lost: 1 });
    expect(r.report.problems).toEqual([
      {
        sheet: A.tab,
        cell: "F3",
        value: "B1 – Bản Một",
        message: PROBLEM.unitOtherWard("B1", B.name, A.name),
      },
    ]);
    expect(r.history.filter((h) => h.year === 2024).map((h) => h.unit)).toEqual(["A3", "A1", "A2", "B2"]);
  });
  it("a renamed tab is found by its ward code in B2 and reported", () => {
    const t = baseTabs();
    t[1].sheet = "Bình (sửa)";
    const r = rollup(input({ tabs: t }));
    expect(wardOf(r, "B")).toMatchObject({ tab: "ok", sheet: "Bình (sửa)", lost: 1 });
    expect(r.report.problems).toEqual([
      {
        sheet: "Bình (sửa)",
        cell: "B2",
        value: "B",
        message: PROBLEM.wardTabRenamed(B.name, "Bình (sửa)", B.tab),
      },
    ]);
  });
  it("a tab under the ward's name with another code in B2 is still the ward's, and reported", () => {
    const t = baseTabs();
    t[1].values[1][1] = "X";
    const r = rollup(input({ tabs: t }));
    expect(wardOf(r, "B").tab).toBe("ok");
    expect(r.report.problems).toEqual([
      { sheet: B.tab, cell: "B2", value: "X", message: PROBLEM.wardCodeDiffers("B") },
    ]);
  });
  it("a ward tab no ward claims is reported at B2; a sheet that is not a ward tab is ignored", () => {
    const extra = tab(ward("C", "Phường Mới", "phuong"), []);
    const r = rollup(
      input({ tabs: [...baseTabs(), extra, { sheet: "Ghi nhớ", values: [["ghi chú riêng"]] }] }),
    );
    expect(r.report.problems).toEqual([
      { sheet: "Phường Mới", cell: "B2", value: "C", message: PROBLEM.tabNotInRoster(SHEET.roster) },
    ]);
  });
  it("values right of the Ghi chú column are reported cell by cell", () => {
    const t = baseTabs();
    const width = t[0].values[2].length; // the note column is the last
    t[0].values[3][width] = "lạc chỗ";
    t[0].values[5][width + 1] = 5;
    const r = rollup(input({ tabs: t }));
    expect(r.report.problems).toEqual([
      { sheet: A.tab, cell: "G4", value: "lạc chỗ", message: PROBLEM.beyondNotes },
      { sheet: A.tab, cell: "H6", value: "5", message: PROBLEM.beyondNotes },
    ]);
    expect(r.report.totals.recognized).toBe(3);
  });
  it("problems already found in the fixed sheets come first in the list", () => {
    const earlier = { sheet: SHEET.roster, cell: "A2", value: "x", message: "đã có" };
    const r = rollup(input({ problems: [earlier], tabs: [baseTabs()[0]] }));
    expect(r.report.problems).toEqual([
      earlier,
      { sheet: B.tab, cell: "", value: "", message: PROBLEM.wardTabMissing(B.name) },
    ]);
  });
});

describe("criteria and standards not achieved", () => {
  const tabs = () => [
    tab(A, [
      col("A1", { "1.2": "K", "2.1": "K" }),
      col("A2", { "1.2": "K" }),
      col("A3", { "1.1": "K", "1.2": "K" }),
    ]),
    tab(B, [col("B1", { "1.1": "K" }), col("B2", { "2.1": "K", "2.2": "K", "1.1": "K" })]),
  ];
  const r = rollup(input({ tabs: tabs() }));
  it("only failed criteria, most failed first; a criterion that does not apply is not counted", () => {
    expect(r.report.criteria.map((c) => [c.code, c.failed])).toEqual([
      ["1.1", 3],
      ["1.2", 2],
      ["2.1", 2],
      ["2.2", 1],
    ]);
    expect(r.report.criteria[0]).toMatchObject({ standard: "1", text: "chung" });
  });
  it("each line names the units, grouped by ward in roster order", () => {
    const line = (code: string) => r.report.criteria.find((c) => c.code === code)!.line;
    expect(line("1.1")).toBe("bản Nà phường An; bản Hai, bản Một xã Bình");
    expect(line("1.2")).toBe("Tổ dân phố số 1, 2 phường An");
    expect(r.report.criteria.find((c) => c.code === "1.1")!.units).toEqual([
      { code: "A3", name: "Bản Nà", ward: "Phường An" },
      { code: "B1", name: "Bản Một", ward: "Xã Bình" },
      { code: "B2", name: "Bản Hai", ward: "Xã Bình" },
    ]);
  });
  it("every standard is listed with the units failing it", () => {
    expect(r.report.standards.map((s) => [s.code, s.name, s.failed, s.line])).toEqual([
      ["1", "Một", 5, "Tổ dân phố số 1, 2, bản Nà phường An; bản Hai, bản Một xã Bình"],
      ["2", "Hai", 2, "Tổ dân phố số 1 phường An; bản Hai xã Bình"],
    ]);
    const clean = rollup(input()).report;
    expect(clean.standards.map((s) => [s.code, s.failed, s.line, s.units])).toEqual([
      ["1", 1, "bản Một xã Bình", [{ code: "B1", name: "Bản Một", ward: "Xã Bình" }]],
      ["2", 1, "bản Hai xã Bình", [{ code: "B2", name: "Bản Hai", ward: "Xã Bình" }]],
    ]);
  });
});

describe("the order of units inside a line", () => {
  const w = (name: string, code: string): Ward => ward(code, name, "phuong");
  const u = (name: string, type: Unit["type"]): Unit => ({ code: name, name, type, ward: "X" });
  const X = w("Phường Xuân", "X");
  const Y = w("Xã Yên", "Y");
  it("tổ dân phố first, then bản, then tổ tự quản; natural order inside each; numbers after one prefix", () => {
    const line = unitLine(
      [
        u("Tổ tự quản số 3", "to"),
        u("Bản Nà Nọi", "ban"),
        u("Tổ dân phố số 10", "tdp"),
        u("Bản Củng", "ban"),
        u("Tổ dân phố số 9", "tdp"),
        u("Tổ tự quản số 1", "to"),
        u("Khu phố 3", "tdp"),
      ].map((unit) => ({ unit, ward: X })),
    );
    expect(line).toBe("Khu phố 3, Tổ dân phố số 9, 10, bản Củng, bản Nà Nọi, Tổ tự quản số 1, 3 phường Xuân");
  });
  it("numbered bản are each named in full", () => {
    const line = unitLine(
      [u("Bản Nậm Loỏng 4", "ban"), u("Bản Nậm Loỏng 3", "ban")].map((unit) => ({ unit, ward: X })),
    );
    expect(line).toBe("bản Nậm Loỏng 3, bản Nậm Loỏng 4 phường Xuân");
  });
  it("a prefix is written again after a name that breaks the run", () => {
    const line = unitLine(
      [
        u("Tổ dân phố số 1", "tdp"),
        u("Tổ dân phố số 2", "tdp"),
        u("Tổ dân phố Số 3", "tdp"),
        u("Tổ dân phố Trung tâm", "tdp"),
      ].map((unit) => ({ unit, ward: X })),
    );
    expect(line.startsWith("Tổ dân phố số 1, 2, ")).toBe(true);
    expect(line.endsWith(" phường Xuân")).toBe(true);
    expect(line.split(", ")).toHaveLength(4);
  });
  it("wards in the order they first appear, each ward's name lower-cased at its first letter", () => {
    const line = unitLine([
      { unit: u("Bản Pho", "ban"), ward: Y },
      { unit: u("Tổ dân phố số 2", "tdp"), ward: X },
      { unit: u("Bản Mường", "ban"), ward: Y },
    ]);
    expect(line).toBe("bản Mường, bản Pho xã Yên; Tổ dân phố số 2 phường Xuân");
  });
  it("a bản whose name does not start with Bản keeps it", () => {
    expect(unitLine([{ unit: u("Thôn Đông", "ban"), ward: X }])).toBe("Thôn Đông phường Xuân");
    expect(unitLine([])).toBe("");
  });
});

describe("the appraisal row, the note column and the order of criteria", () => {
  it("a tab without a TĐ row: the self-assessment stands", () => {
    const t = baseTabs();
    t[0].values = t[0].values.filter((row) => row[0] !== "TĐ");
    const r = rollup(input({ tabs: t }));
    expect(wardOf(r, "A")).toMatchObject({ proposed: 3, recognized: 3 });
    expect(r.report.problems).toEqual([]);
  });
  it("Không áp dụng or an unreadable word in the TĐ row is a problem at its cell; the unit is still recognized", () => {
    const tabs = [
      tab(A, [col("A1"), col("A2"), col("A3")], { appraisal: ["Không áp dụng", "", "??"] }),
      baseTabs()[1],
    ];
    const r = rollup(input({ tabs }));
    const row = tabs[0].values.findIndex((x) => x[0] === "TĐ") + 1;
    expect(r.report.problems).toEqual([
      {
        sheet: A.tab,
        cell: `C${row}`,
        value: "Không áp dụng",
        message: PROBLEM.forUnit("A1", PROBLEM.appraisalInvalid),
      },
      {
        sheet: A.tab,
        cell: `E${row}`,
        value: "??",
        message: PROBLEM.forUnit("A3", PROBLEM.appraisalInvalid),
      },
    ]);
    expect(wardOf(r, "A").recognized).toBe(3);
  });
  it("a tab without a Ghi chú column reports nothing beyond it; the last row beyond it is reported", () => {
    const t = baseTabs();
    const noNotes = t[0].values.map((row) => row.slice(0, -1));
    expect(rollup(input({ tabs: [{ sheet: A.tab, values: noNotes }, t[1]] })).report.problems).toEqual([]);
    const last = t[0].values.length;
    t[0].values[last - 1].push("", "cuối");
    expect(rollup(input({ tabs: t })).report.problems).toEqual([
      { sheet: A.tab, cell: `H${last}`, value: "cuối", message: PROBLEM.beyondNotes },
    ]);
  });
  it("criteria are listed most failed first, whatever their order in the framework", () => {
    const tabs = [
      tab(A, [col("A1", { "2.1": "K" }), col("A2", { "2.1": "K" }), col("A3", { "1.1": "K" })]),
      tab(B, [col("B1", { "2.1": "K", "2.2": "K" }), col("B2", { "2.2": "K" })]),
    ];
    const r = rollup(input({ tabs }));
    expect(r.report.criteria.map((c) => [c.code, c.failed])).toEqual([
      ["2.1", 3],
      ["2.2", 2],
      ["1.1", 1],
    ]);
  });
});

describe("names in a line that only look numbered", () => {
  const X = ward("X", "Phường Xuân", "phuong");
  const u = (name: string, type: Unit["type"] = "tdp"): Unit => ({ code: name, name, type, ward: "X" });
  const line = (...units: Unit[]) => unitLine(units.map((unit) => ({ unit, ward: X })));
  it("a name that does not end in its number is written in full", () => {
    expect(line(u("Tổ dân phố số 5"), u("Tổ dân phố số 5A"))).toBe(
      "Tổ dân phố số 5, Tổ dân phố số 5A phường Xuân",
    );
  });
  it("only a leading Bản is lower-cased", () => {
    expect(line(u("Thôn Bản Mới", "ban"))).toBe("Thôn Bản Mới phường Xuân");
  });
});
