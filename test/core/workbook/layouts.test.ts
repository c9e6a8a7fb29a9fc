/**
 * Every layout of core/workbook/layout.ts round-trips: data → its writer (the *Spec function) → the
 * values it writes → its reader → the same data. And the reader goes by header text: the same sheet
 * with a column inserted before the table (or a letterhead row above it) still reads the same.
 */
import { describe, expect, it } from "vitest";
import { dayNumber } from "../../../src/core/awards/dates";
import { checkQuotas, nominationSheetSpec } from "../../../src/core/awards/quota";
import { buildTenureList, readTenureSheet, tenureSheetSpec } from "../../../src/core/awards/sheets";
import { builtinFramework } from "../../../src/core/frameworks";
import { frameworkFromRows } from "../../../src/core/frameworkTable";
import { LAICHAU_HISTORY, LAICHAU_PLAN, LAICHAU_ROSTER } from "../../../src/core/sample/laichau";
import { QUYNHVINH_ROSTER } from "../../../src/core/sample/quynhvinh";
import { AWARD_WORDS } from "../../../src/core/vocabulary";
import { criteriaSpec } from "../../../src/core/workbook/criteriaSheet";
import {
  columnOf,
  findTable,
  NOMINATION_LAYOUT,
  TENURE_LAYOUT,
  TENURE_LIST_LAYOUT,
  TENURE_PERIOD_LAYOUT,
  type TenureRole,
} from "../../../src/core/workbook/layout";
import type { CellValue } from "../../../src/core/workbook/spec";
import {
  historySpec,
  planSpec,
  readHistory,
  readPlan,
  readRoster,
  rosterSpec,
} from "../../../src/core/workbook/tables";

/** The values as the reader gets them back (a copy), optionally moved right by a column / down by a row. */
const copy = (values: CellValue[][]): unknown[][] => values.map((r) => [...r]);
const movedRight = (values: CellValue[][]): unknown[][] => values.map((r) => ["", ...r]);
const letterhead = (values: CellValue[][]): unknown[][] => [["ỦY BAN NHÂN DÂN"], ...copy(values)];

const byYearThenCode = (h: { unit: string; year: number }[]) =>
  [...h].sort((a, b) => a.year - b.year || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));

describe("Danh mục", () => {
  const editors = ["noivu@laichau.example.gov.vn"];
  for (const [name, roster, ward] of [
    ["Lai Châu", LAICHAU_ROSTER, "xã, phường"],
    ["Quỳnh Vinh (framework word thôn)", QUYNHVINH_ROSTER, "thôn"],
  ] as const)
    it(`${name}: the roster and the city office's e-mails come back`, () => {
      const spec = rosterSpec(roster, editors, { ward, unit: "tổ dân phố" });
      const back = readRoster(copy(spec.values));
      expect(back.problems).toEqual([]);
      expect(back.roster).toEqual(roster);
      expect(back.cityEditors).toEqual(editors);
    });
  it("a column inserted before the tables: both tables still read, problems in the moved cells", () => {
    const spec = rosterSpec(LAICHAU_ROSTER, editors, { ward: "xã, phường", unit: "tổ dân phố" });
    const values = movedRight(spec.values);
    values[1] = copy(spec.values)[1]; // the e-mail cell B2 stays where set-up wrote it
    const back = readRoster(values);
    expect(back.roster).toEqual(LAICHAU_ROSTER);
    values[3][1] = "TP"; // a ward code typed twice, now in column B
    values[4][1] = "TP";
    expect(readRoster(values).problems[0]).toMatchObject({ cell: "B5", value: "TP" });
  });
  it("a units header typed over is reported with its cell", () => {
    const spec = rosterSpec(LAICHAU_ROSTER, editors, { ward: "xã, phường", unit: "tổ dân phố" });
    const values = copy(spec.values);
    values[2][9] = "Kiểu";
    expect(readRoster(values).problems[0]).toMatchObject({ sheet: "Danh mục", cell: "J3", value: "Kiểu" });
  });
});

describe("Kế hoạch", () => {
  const unitName = (code: string) => LAICHAU_ROSTER.units.find((u) => u.code === code)?.name ?? "";
  it("registrations, year targets and the period target come back", () => {
    const back = readPlan(copy(planSpec(LAICHAU_PLAN, unitName).values));
    expect(back.problems).toEqual([]);
    expect(back.plan).toEqual(LAICHAU_PLAN);
  });
  it("moved right by a column, or below a letterhead, it reads the same", () => {
    const values = planSpec(LAICHAU_PLAN, unitName).values;
    expect(readPlan(movedRight(values)).plan).toEqual(LAICHAU_PLAN);
    expect(readPlan(letterhead(values)).plan).toEqual(LAICHAU_PLAN);
  });
});

describe("Lịch sử công nhận", () => {
  const describe_ = () => ({ name: "", ward: "" });
  const history = [...LAICHAU_HISTORY, { unit: "TP-TDP05", year: 2020, note: "nhập tay" }];
  it("every recognition comes back, sorted by year then code, notes kept", () => {
    const back = readHistory(copy(historySpec(history, describe_).values));
    expect(back.problems).toEqual([]);
    expect(back.history).toEqual(byYearThenCode(history));
  });
  it("moved right by a column it reads the same", () => {
    expect(readHistory(movedRight(historySpec(history, describe_).values)).history).toEqual(
      byYearThenCode(history),
    );
  });
});

describe("Tiêu chí", () => {
  for (const id of ["laichau-2021", "quynhvinh-6k3c"])
    it(`${id}: the framework comes back with the year written`, () => {
      const fw = builtinFramework(id)!;
      const back = frameworkFromRows(copy(criteriaSpec(fw, 2024).values));
      expect(back.problems).toEqual([]);
      expect(back.framework).toEqual({ ...fw, year: 2024 });
    });
  it("moved right by a column it reads the same; a header typed over is a problem with its cell", () => {
    const fw = builtinFramework("laichau-2021")!;
    const values = criteriaSpec(fw, 2024).values;
    expect(frameworkFromRows(movedRight(values)).framework).toEqual({ ...fw, year: 2024 });
    const typedOver = copy(values);
    typedOver[2][4] = "Tỷ lệ";
    const back = frameworkFromRows(typedOver);
    expect(back.framework).toBeNull();
    expect(back.problems).toEqual([
      { cell: "E3", value: "Tỷ lệ", message: expect.stringContaining("Ngưỡng (%)") },
    ]);
  });
});

describe("the award sheets", () => {
  const tenureRow = (cells: Partial<Record<TenureRole, CellValue>>, width: number) => {
    const row = Array<CellValue>(width).fill("");
    for (const [role, v] of Object.entries(cells))
      row[columnOf(TENURE_LAYOUT, role as TenureRole) - 1] = v ?? "";
    return row;
  };
  const people = [
    { name: "Nguyễn Văn An", post: "Tổ trưởng tổ dân phố", unit: "Tổ dân phố 5", ward: "Phường Thạch Thang" },
    { name: "Lê Thị Bình", post: "Trưởng thôn", unit: "Thôn 2", ward: "Xã Hòa Bắc", note: "ghi chú" },
  ];
  const tenureValues = () => {
    const { spec } = tenureSheetSpec();
    const values = copy(spec.values);
    const width = values[0].length;
    people.forEach((p, i) => {
      const row = tenureRow(p, width);
      row[TENURE_PERIOD_LAYOUT.firstCol - 1] = "01/01/2010"; // the first Từ ngày / Đến ngày pair
      row[TENURE_PERIOD_LAYOUT.firstCol] = "31/12/2020";
      row[columnOf(TENURE_LAYOUT, "deceased") - 1] = i === 1 ? AWARD_WORDS.yes : AWARD_WORDS.no;
      values[TENURE_LAYOUT.firstDataRow - 1 + i] = row;
    });
    return values;
  };
  it("Khen thưởng niên hạn: each person's name, post, unit, ward, note and Có / Không come back", () => {
    const data = readTenureSheet(tenureValues());
    expect(data.broken).toBe(false);
    expect(
      data.rows.map((r) => ({ name: r.name, post: r.post, unit: r.unit, ward: r.ward, note: r.note })),
    ).toEqual(people.map((p) => ({ note: "", ...p })));
    expect(data.rows.map((r) => r.input.deceased?.value)).toEqual([AWARD_WORDS.no, AWARD_WORDS.yes]);
    expect(data.rows[0].input.periods.slice(0, 1).map((p) => [p.from.value, p.to.value])).toEqual([
      ["01/01/2010", "31/12/2020"],
    ]);
    expect(data.asOfCell).toBe("C4");
  });
  it("Khen thưởng niên hạn moved right by a column reads the same people", () => {
    const data = readTenureSheet(tenureValues().map((r) => ["", ...r]));
    expect(data.broken).toBe(false);
    expect(data.rows.map((r) => [r.name, r.nameCell])).toEqual([
      ["Nguyễn Văn An", "C7"],
      ["Lê Thị Bình", "C8"],
    ]);
  });
  it("Phụ lục I: the list's headers stand where TENURE_LIST_LAYOUT says, each person in its columns", () => {
    const list = buildTenureList(readTenureSheet(tenureValues()), dayNumber(2024, 9, 30));
    const values = copy(list.sheet.spec.values);
    const found = findTable(values, TENURE_LIST_LAYOUT);
    expect([found.found, found.headerRow, found.missing]).toEqual([true, TENURE_LIST_LAYOUT.headerRow, []]);
    const first = values[found.firstDataRow - 1];
    expect([first[found.col.stt - 1], first[found.col.name - 1], first[found.col.post - 1]]).toEqual([
      1,
      "Nguyễn Văn An",
      "Tổ trưởng tổ dân phố",
    ]);
  });
  it("Đề nghị khen thưởng tổng kết: the nominations written in its columns are counted per level", () => {
    const values = copy(nominationSheetSpec().values);
    const put = (i: number, cells: Partial<Record<"level" | "kind" | "name" | "years", CellValue>>) => {
      for (const [role, v] of Object.entries(cells))
        values[NOMINATION_LAYOUT.firstDataRow - 1 + i][columnOf(NOMINATION_LAYOUT, role as "level") - 1] = v;
    };
    put(0, { level: AWARD_WORDS.levels[0], kind: AWARD_WORDS.kinds[0], name: "Sở Nội vụ" });
    put(1, { level: AWARD_WORDS.levels[3], kind: AWARD_WORDS.kinds[1], name: "Nguyễn Văn A", years: 20 });
    const r = checkQuotas(values);
    expect([r.broken, r.problems, r.notes]).toEqual([false, [], []]);
    expect(r.counts.map((q) => q.count)).toEqual([1, 0, 0, 1]);
    const moved = checkQuotas(values.map((row) => ["", ...row]));
    expect(moved.counts.map((q) => q.count)).toEqual([1, 0, 0, 1]);
  });
});
