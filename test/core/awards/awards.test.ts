/** Đà Nẵng awards (Kế hoạch 71/KH-UBND): dates, service length, eligibility, Phụ lục I, quotas — the pure core. */
import { describe, expect, it } from "vitest";
import { dayNumber, formatDay, readDate, todayInVietnam, vietnamDay } from "../../../src/core/awards/dates";
import { tdpDuDieuKienNienHan, tdpNienHan } from "../../../src/core/awards/functions";
import { checkQuotas, QUOTAS, quotaLines, readLevel, TOTAL_QUOTA } from "../../../src/core/awards/quota";
import { buildTenureList, readTenureSheet, tenureSheetSpec } from "../../../src/core/awards/sheets";
import {
  addSpans,
  assessTenure,
  formatSpan,
  mergePeriods,
  serviceLength,
  spanOf,
  type TenureInput,
  tenureText,
} from "../../../src/core/awards/tenure";
import { AWARD } from "../../../src/core/text/awards";
import { AWARD_WORDS } from "../../../src/core/vocabulary";
import { formulaText } from "../../../src/core/workbook/formula";
import { seedText } from "../../helpers/seeds";

const SEED = seedText("003_4f96a406600b62e7.txt") ?? "";
const d = (s: string) => {
  const r = readDate(s);
  if (r.kind !== "date") throw new Error(`not a date: ${s}`);
  return r.first;
};
const span = (from: string, to: string) => formatSpan(spanOf(d(from), d(to)));
const AS_OF = dayNumber(2024, 9, 30);
/** One person, periods as [from, to] pairs of raw cell values; flags by name. */
function person(periods: unknown[][], flags: Partial<Record<string, unknown>> = {}): TenureInput {
  const cell = (value: unknown, where: string) => ({ value, where });
  const input: TenureInput = {
    periods: periods.map(([f, t], k) => ({ from: cell(f, `F${k}`), to: cell(t, `T${k}`) })),
  };
  for (const k of ["dismissed", "discipline", "violation", "awarded", "deceased"] as const)
    if (k in flags) input[k] = cell(flags[k], k.toUpperCase());
  return input;
}
const verdict = (periods: unknown[][], flags = {}, asOf = AS_OF) =>
  tenureText(assessTenure(person(periods, flags), asOf));

describe("reading dates", () => {
  it("reads text in the usual Vietnamese forms", () => {
    for (const s of [
      "01/10/2015",
      "1/10/2015",
      "01-10-2015",
      "1.10.2015",
      "2015-10-01",
      "ngày 01 tháng 10 năm 2015",
      " 01 / 10 / 2015 ",
    ])
      expect(formatDay(d(s)), s).toBe("01/10/2015");
    expect(formatDay(d("01/10/2015 00:00:00"))).toBe("01/10/2015");
  });
  it("a month or a year stands for its whole span", () => {
    const m = readDate("02/2012");
    expect(m).toMatchObject({ kind: "date", precision: "month", label: "02/2012" });
    if (m.kind === "date")
      expect([formatDay(m.first), formatDay(m.last)]).toEqual(["01/02/2012", "29/02/2012"]);
    const y = readDate(2010);
    expect(y).toMatchObject({ kind: "date", precision: "year", label: "2010" });
    if (y.kind === "date")
      expect([formatDay(y.first), formatDay(y.last)]).toEqual(["01/01/2010", "31/12/2010"]);
    expect(readDate("năm 2010")).toMatchObject({ kind: "date", precision: "year" });
    expect(readDate("tháng 3/2010")).toMatchObject({ kind: "date", precision: "month", label: "03/2010" });
  });
  it("rejects two-digit years, impossible days and nonsense, each with its reason", () => {
    expect(readDate("01/10/15")).toEqual({ kind: "invalid", reason: AWARD.dateTwoDigitYear });
    expect(readDate("10/15")).toEqual({ kind: "invalid", reason: AWARD.dateTwoDigitYear });
    expect(readDate("31/02/2010")).toEqual({ kind: "invalid", reason: AWARD.dateNoSuchDay });
    expect(readDate("29/02/2011")).toEqual({ kind: "invalid", reason: AWARD.dateNoSuchDay });
    expect(readDate("29/02/2012").kind).toBe("date");
    expect(readDate("01/13/2010")).toEqual({ kind: "invalid", reason: AWARD.dateNoSuchDay });
    expect(readDate("1899")).toEqual({ kind: "invalid", reason: AWARD.dateYearRange });
    expect(readDate("mười năm")).toEqual({ kind: "invalid", reason: AWARD.dateUnreadable });
    expect(readDate(15)).toEqual({ kind: "invalid", reason: AWARD.dateUnreadable });
    expect(readDate(true)).toEqual({ kind: "invalid", reason: AWARD.dateUnreadable });
    expect(readDate(new Date(Number.NaN))).toEqual({ kind: "invalid", reason: AWARD.dateUnreadable });
  });
  it("blank, and the words for still serving", () => {
    expect(readDate("")).toEqual({ kind: "blank" });
    expect(readDate(null)).toEqual({ kind: "blank" });
    for (const s of ["nay", "Hiện nay", "đến nay", "hiện tại"])
      expect(readDate(s), s).toEqual({ kind: "open" });
  });
  it("a spreadsheet serial number pasted from Excel", () => {
    expect(formatDay(d(40179 as unknown as string))).toBe("01/01/2010");
  });
  it("time zone: a Date cell is its calendar date in Asia/Ho_Chi_Minh (UTC+7)", () => {
    // Midnight 01/01/2010 in Hà Nội is 2009-12-31T17:00Z.
    const cell = new Date("2010-01-01T00:00:00+07:00");
    expect(cell.toISOString()).toBe("2009-12-31T17:00:00.000Z");
    expect(formatDay(d(cell as unknown as string))).toBe("01/01/2010");
    expect(formatDay(vietnamDay(Date.parse("2010-01-01T16:59:59Z")))).toBe("01/01/2010");
    expect(formatDay(vietnamDay(Date.parse("2010-01-01T17:00:00Z")))).toBe("02/01/2010");
    // Before 13/06/1975 the zone was UTC+8: such a cell arrives as 23:00 the day before at UTC+7.
    expect(formatDay(vietnamDay(Date.parse("1970-01-01T00:00:00+08:00")))).toBe("01/01/1970");
    expect(formatDay(todayInVietnam(Date.parse("2024-09-30T18:00:00Z")))).toBe("01/10/2024");
  });
});

describe("service length", () => {
  it("01/01/2010–31/12/2019 is exactly 10 years: both ends count", () => {
    expect(spanOf(d("01/01/2010"), d("31/12/2019"))).toEqual({ years: 10, months: 0, days: 0 });
    expect(span("15/03/2012", "14/03/2022")).toBe("10 năm");
    expect(span("01/01/2010", "30/12/2019")).toBe("9 năm 11 tháng 30 ngày");
    expect(span("01/01/2010", "31/07/2019")).toBe("9 năm 7 tháng");
    expect(span("01/01/2010", "01/01/2010")).toBe("1 ngày");
    expect(span("01/02/2010", "28/02/2010")).toBe("1 tháng");
    expect(span("31/01/2010", "27/02/2010")).toBe("28 ngày");
    expect(span("31/01/2010", "28/02/2010")).toBe("1 tháng 1 ngày");
    // As java.time.Period.between(29/02/2012, 01/03/2022).
    expect(span("29/02/2012", "28/02/2022")).toBe("10 năm 1 ngày");
    expect(span("29/02/2012", "27/02/2022")).toBe("9 năm 11 tháng 30 ngày");
  });
  it("overlapping periods count once", () => {
    const p = [
      { from: d("01/01/2010"), to: d("31/12/2015") },
      { from: d("01/01/2014"), to: d("31/12/2019") },
      { from: d("01/06/2012"), to: d("01/06/2013") },
    ];
    expect(mergePeriods(p)).toEqual([{ from: d("01/01/2010"), to: d("31/12/2019") }]);
    expect(formatSpan(serviceLength(p))).toBe("10 năm");
  });
  it("touching periods form one run; interrupted periods add up", () => {
    expect(
      formatSpan(
        serviceLength([
          { from: d("01/06/2015"), to: d("31/12/2019") },
          { from: d("01/01/2010"), to: d("31/05/2015") },
        ]),
      ),
    ).toBe("10 năm");
    const gap = [
      { from: d("01/01/2000"), to: d("31/12/2004") },
      { from: d("01/01/2015"), to: d("31/12/2019") },
    ];
    expect(mergePeriods(gap)).toHaveLength(2);
    expect(formatSpan(serviceLength(gap))).toBe("10 năm");
  });
  it("adding runs carries 30 days into a month and 12 months into a year", () => {
    const a = spanOf(d("01/01/2000"), d("15/06/2005"));
    const b = spanOf(d("01/01/2010"), d("16/07/2014"));
    expect([formatSpan(a), formatSpan(b)]).toEqual(["5 năm 5 tháng 15 ngày", "4 năm 6 tháng 16 ngày"]);
    expect(addSpans([a, b])).toEqual({ years: 10, months: 0, days: 1 });
    expect(
      addSpans([
        { years: 0, months: 11, days: 29 },
        { years: 0, months: 0, days: 1 },
      ]),
    ).toEqual({
      years: 1,
      months: 0,
      days: 0,
    });
    // A lone run keeps its calendar length: no carry.
    expect(addSpans([{ years: 9, months: 11, days: 30 }])).toEqual({ years: 9, months: 11, days: 30 });
    expect(formatSpan({ years: 0, months: 0, days: 0 })).toBe("0 ngày");
  });
});

describe("eligibility (mục II.6.a)", () => {
  it("10 years exactly is enough; one day less is not", () => {
    expect(verdict([["01/01/2010", "31/12/2019"]])).toBe("Đủ điều kiện");
    expect(verdict([["01/01/2010", "30/12/2019"]])).toBe("Chưa đủ: 9 năm 11 tháng 30 ngày, cần 10 năm");
    expect(verdict([["01/01/2010", "31/07/2019"]])).toBe("Chưa đủ: 9 năm 7 tháng, cần 10 năm");
  });
  it("an open end counts to the as-of day, not beyond it", () => {
    const r = assessTenure(person([["01/01/2015", ""]]), dayNumber(2024, 12, 31));
    expect(formatSpan(r.total)).toBe("10 năm");
    expect(tenureText(r)).toBe("Đủ điều kiện");
    expect(verdict([["01/01/2015", "nay"]], {}, dayNumber(2024, 12, 30))).toBe(
      "Chưa đủ: 9 năm 11 tháng 30 ngày, cần 10 năm",
    );
    // A planned end after the as-of day is cut at the as-of day.
    expect(
      formatSpan(assessTenure(person([["01/01/2015", "31/12/2026"]]), dayNumber(2019, 12, 31)).total),
    ).toBe("5 năm");
  });
  it("interrupted service is cumulated", () => {
    expect(
      verdict([
        ["01/01/2003", "31/12/2007"],
        ["", ""],
        ["01/01/2015", "31/12/2019"],
      ]),
    ).toBe("Đủ điều kiện");
  });
  it("each ineligibility reason, and all of them at once", () => {
    const ten = [["2010", "2019"]];
    expect(verdict(ten, { dismissed: "Có" })).toBe("Chưa đủ: bị bãi nhiệm");
    expect(verdict(ten, { discipline: true })).toBe(
      "Chưa đủ: đang bị kỷ luật hoặc đang xem xét xử lý kỷ luật",
    );
    expect(verdict(ten, { violation: "co" })).toBe("Chưa đủ: vi phạm pháp luật");
    expect(verdict(ten, { awarded: "Có" })).toBe(
      "Chưa đủ: đã được tặng Bằng khen niên hạn (mỗi cá nhân chỉ 01 lần)",
    );
    expect(verdict(ten, { dismissed: "Không", discipline: false, violation: "", awarded: "Không" })).toBe(
      "Đủ điều kiện",
    );
    expect(
      verdict([["01/01/2015", "31/07/2024"]], {
        dismissed: "Có",
        discipline: "Có",
        violation: "Có",
        awarded: "Có",
      }),
    ).toBe(
      "Chưa đủ: 9 năm 7 tháng, cần 10 năm; bị bãi nhiệm; đang bị kỷ luật hoặc đang xem xét xử lý kỷ luật; vi phạm pháp luật; đã được tặng Bằng khen niên hạn (mỗi cá nhân chỉ 01 lần)",
    );
    expect(verdict([], { dismissed: "Không" })).toBe("Chưa đủ: chưa có thời gian giữ chức vụ");
  });
  it("the deceased are eligible (for Truy tặng); an open end for them is an error", () => {
    const r = assessTenure(person([["2005", "2016"]], { deceased: "Có" }), AS_OF);
    expect([r.eligible, r.deceased]).toEqual([true, true]);
    expect(tenureText(assessTenure(person([["2005", ""]], { deceased: "Có" }), AS_OF))).toBe(
      `Lỗi: T0: ${AWARD.dateDeceasedOpen}`,
    );
  });
  it("every unreadable value is reported with its cell and value", () => {
    const r = assessTenure(
      person(
        [
          ["31/02/2010", "2019"],
          ["01/01/05", "nay"],
          ["", "2020"],
          ["01/01/2021", "01/01/2020"],
        ],
        { dismissed: "hình như có" },
      ),
      AS_OF,
    );
    expect(r.eligible).toBe(false);
    expect(r.issues).toEqual([
      { where: "DISMISSED", value: "hình như có", message: AWARD.flagInvalid },
      { where: "F0", value: "31/02/2010", message: AWARD.dateNoSuchDay },
      { where: "F1", value: "01/01/05", message: AWARD.dateTwoDigitYear },
      { where: "F2", value: "", message: AWARD.dateFromMissing },
      { where: "T3", value: "01/01/2020", message: AWARD.dateToBeforeFrom("01/01/2021", "01/01/2020") },
    ]);
    expect(tenureText(r)).toMatch(
      /^Lỗi: DISMISSED “hình như có”: không hiểu được .*; F0 “31\/02\/2010”: không có ngày này/,
    );
  });
  it("imprecise dates are notes, naming the day used", () => {
    const r = assessTenure(person([["2010", "06/2020"]]), AS_OF);
    expect(r.notes.map((n) => n.message)).toEqual([
      AWARD.impreciseDate("2010", "01/01/2010"),
      AWARD.impreciseDate("06/2020", "30/06/2020"),
    ]);
  });
});

describe("=TDP_NIEN_HAN and =TDP_DU_DIEU_KIEN_NIEN_HAN (core)", () => {
  const now = Date.parse("2024-09-30T03:00:00Z");
  it("pairs side by side when to_dates is empty; one text per row", () => {
    expect(tdpNienHan([["01/01/2010", "31/12/2019", "", "", "", ""]], "")).toBe("10 năm");
    expect(
      tdpNienHan(
        [
          ["01/2014", "", "", ""],
          ["2005", "2009", "2015", "nay"],
          ["", "", "", ""],
          ["31/02/2010", "2019", "", ""],
        ],
        "",
        "31/03/2024",
      ),
    ).toEqual([
      ["10 năm 3 tháng"],
      ["14 năm 3 tháng"],
      [""],
      ["Lỗi: Từ ngày (lần 1), cột 1 của from_dates “31/02/2010”: không có ngày này trong lịch"],
    ]);
  });
  it("two ranges of the same size; as_of defaults to today in Viet Nam", () => {
    expect(tdpNienHan([["01/01/2010", "01/01/2020"]], [["31/12/2014", ""]], undefined, now)).toBe(
      "9 năm 9 tháng",
    );
    expect(tdpNienHan([["01/01/2010"]], [["31/12/2010"], ["x"]])).toBe(
      "Lỗi: vùng to_dates (2 dòng × 1 cột) phải cùng cỡ với from_dates (1 dòng × 1 cột)",
    );
    expect(tdpNienHan([["01/01/2010", "", "2011"]])).toBe(`Lỗi: ${AWARD.fnOddPairs(3)}`);
    expect(tdpNienHan([["01/01/2010", ""]], "", "hôm qua")).toBe(
      `Lỗi: ngày tính as_of “hôm qua”: ${AWARD.dateUnreadable}`,
    );
  });
  it("a single cell (not a range) and odd inputs never throw", () => {
    expect(tdpNienHan("01/01/2010", "31/12/2019")).toBe("10 năm");
    expect(tdpNienHan(undefined)).toBe("");
    expect(tdpNienHan({} as unknown)).toMatch(/^Lỗi: /);
  });
  it("eligibility, one result per row, with the reasons", () => {
    const out = tdpDuDieuKienNienHan(
      [
        ["01/01/2010", "31/12/2019"],
        ["01/01/2010", "31/07/2019"],
        ["2000", "2015"],
        ["", ""],
      ],
      "",
      [["Không"], [""], ["Có"], [""]],
      [[""], [""], [""], [""]],
      [[""], [""], [""], [""]],
      [[false], [false], [true], [false]],
      "30/09/2024",
    );
    expect(out).toEqual([
      ["Đủ điều kiện"],
      ["Chưa đủ: 9 năm 7 tháng, cần 10 năm"],
      ["Chưa đủ: bị bãi nhiệm; đã được tặng Bằng khen niên hạn (mỗi cá nhân chỉ 01 lần)"],
      [""],
    ]);
  });
  it("flag ranges must match the people; a missing flag argument is an error, a blank cell is Không", () => {
    const from = [["2010", "2019"]];
    expect(tdpDuDieuKienNienHan(from, "", "", "", "", "")).toBe("Đủ điều kiện");
    // Sheets passes undefined for arguments left out of the formula.
    const fourFlagsOnly = tdpDuDieuKienNienHan as (...args: unknown[]) => unknown;
    expect(fourFlagsOnly(from, "", "", "", "")).toBe(`Lỗi: ${AWARD.fnFlagMissing("awarded")}`);
    expect(tdpDuDieuKienNienHan(from, "", [["Không"], ["Không"]], "", "", "")).toBe(
      `Lỗi: ${AWARD.fnFlagRows("dismissed", 2, 1)}`,
    );
    expect(tdpDuDieuKienNienHan(from, "", "", "?", "", "")).toBe(
      "Lỗi: discipline, dòng 1 của vùng “?”: không hiểu được (chọn Có hoặc Không)",
    );
  });
});

describe.skipIf(!SEED)("the seed's wording", () => {
  it("quotes mục II.6.a, the deadlines and Phụ lục I exactly", () => {
    const criterion = AWARD.tenureCriterion.replace(/ \(Kế hoạch 71\/KH-UBND, mục II\.6\.a\)$/, "");
    for (const sentence of criterion.split(/(?<=\.) /)) expect(SEED).toContain(sentence);
    expect(SEED).toContain(AWARD.deadlineWard);
    expect(SEED).toContain(AWARD.deadlineDistrict);
    for (const s of [
      AWARD.listAgency,
      AWARD.listNation,
      AWARD.listMotto,
      AWARD.listSubtitle,
      AWARD.listAttached,
    ])
      expect(SEED).toContain(s);
    expect(SEED).toContain("1. Tặng Bằng khen cho..... cá nhân");
    expect(SEED).toContain("2. Truy tặng Bằng khen cho..... cá nhân");
    // The seed's table header reads “Chi chú” (a typo); the list uses “Ghi chú”.
    expect(SEED).toContain("STT\tHọ và tên\tChức vụ\tĐơn vị\tThời gian giữ chức vụ\tChi chú");
    expect(AWARD_WORDS.listHeaders).toEqual([
      "STT",
      "Họ và tên",
      "Chức vụ",
      "Đơn vị",
      "Thời gian giữ chức vụ",
      "Ghi chú",
    ]);
  });
  it("the quotas are 10, 7, 20 and 30, 67 in all, as in the seed", () => {
    expect(QUOTAS.map((q) => q.max)).toEqual([10, 7, 20, 30]);
    expect(QUOTAS.reduce((s, q) => s + q.max, 0)).toBe(TOTAL_QUOTA);
    expect(SEED).toContain("Tối đa không quá 67 chỉ tiêu");
    for (const [level, n] of [
      ["Cấp thành phố", "10"],
      ["Cấp quận, huyện", "07"],
      ["Cấp phường, xã", "20"],
      ["Cấp dưới phường, xã", "30"],
    ])
      expect(SEED).toContain(`${level}: Không quá ${n} chỉ tiêu.`);
    expect(AWARD_WORDS.levels).toEqual(QUOTAS.map((q) => q.level));
    expect(SEED).toContain("các cá nhân có thời gian công tác từ 15 năm trở lên");
  });
});

/** The tenure sheet's values as the adapter would read them, with people from row 7. */
function tenureValues(people: unknown[][], asOf: unknown = "30/09/2024"): unknown[][] {
  const values = tenureSheetSpec().spec.values.map((r) => [...r]) as unknown[][];
  values[3][2] = asOf;
  people.forEach((p, i) => {
    values[6 + i] = [...p, ...Array(values[0].length - p.length).fill("")];
  });
  return values;
}
const P = (name: string, periods: string[], flags: string[] = ["", "", "", "", ""], note = "") => [
  "",
  name,
  "Tổ trưởng tổ dân phố",
  "Tổ dân phố 5",
  "Phường Thạch Thang",
  ...periods,
  ...Array(6 - periods.length).fill(""),
  ...flags,
  note,
];

describe("the Khen thưởng niên hạn sheet and the Phụ lục I list (core)", () => {
  it("the sheet has the documented columns and formulas", () => {
    const { spec } = tenureSheetSpec();
    expect(spec.values[4].slice(0, 5)).toEqual([
      "STT",
      "Họ và tên",
      "Chức vụ",
      "Đơn vị (tổ dân phố, thôn)",
      "Xã/phường",
    ]);
    expect(spec.values[5].slice(5, 11)).toEqual([
      "Từ ngày",
      "Đến ngày",
      "Từ ngày",
      "Đến ngày",
      "Từ ngày",
      "Đến ngày",
    ]);
    expect(spec.values[4].slice(11, 19)).toEqual([
      "Bị bãi nhiệm",
      "Đang bị kỷ luật hoặc đang xem xét xử lý kỷ luật",
      "Vi phạm pháp luật",
      "Đã được tặng Bằng khen niên hạn",
      "Đã từ trần",
      "Ghi chú",
      "Thời gian giữ chức vụ (tự tính)",
      "Kết quả xét (tự tính)",
    ]);
    expect(spec.formulas.map(formulaText)).toEqual([
      '=TDP_NIEN_HAN(F7:K,"",$C$4)',
      '=TDP_DU_DIEU_KIEN_NIEN_HAN(F7:K,"",L7:L,M7:M,N7:N,O7:O,$C$4)',
    ]);
  });
  it("splits eligible people into Tặng / Truy tặng and reports the rest with cells", () => {
    const data = readTenureSheet(
      tenureValues([
        P("Nguyễn Văn An", ["01/01/2010", "31/12/2019"], ["", "", "", "", ""], "Nghỉ từ 2020"),
        P("Trần Thị Bình", ["01/01/2010", "31/07/2019"]),
        P("Lê Văn Cường", ["2003", "2008", "2015", "2020"], ["", "", "", "", "Có"]),
        P("Phạm Văn Dũng", ["01/01/2005", ""], ["Có", "", "", "Có", ""]),
        P("Hoàng Thị Em", ["31/02/2010", ""]),
        ["", "", "", "", "", "01/01/2010"],
      ]),
    );
    expect(data.broken).toBe(false);
    const list = buildTenureList(data, dayNumber(2024, 9, 30));
    expect(list.award.map((p) => p.row.name)).toEqual(["Nguyễn Văn An"]);
    expect(list.posthumous.map((p) => p.row.name)).toEqual(["Lê Văn Cường"]);
    expect(list.notYet.map((p) => p.row.name)).toEqual(["Trần Thị Bình", "Phạm Văn Dũng"]);
    expect(list.notYetLines.map((p) => [p.cell, p.message])).toEqual([
      ["B8", "Trần Thị Bình: Chưa đủ: 9 năm 7 tháng, cần 10 năm (ô F8:G8)"],
      [
        "B10",
        "Phạm Văn Dũng: Chưa đủ: bị bãi nhiệm (ô L10); đã được tặng Bằng khen niên hạn (mỗi cá nhân chỉ 01 lần) (ô O10)",
      ],
    ]);
    expect(list.problems.map((p) => [p.cell, p.message])).toEqual([
      ["B12", AWARD.missingName],
      ["F11", `Hoàng Thị Em: “31/02/2010” – ${AWARD.dateNoSuchDay}`],
    ]);
    const rows = list.sheet.spec.values;
    const at = (text: string) => rows.findIndex((r) => r[0] === text);
    expect(at("1. Tặng Bằng khen cho 01 cá nhân")).toBeGreaterThan(0);
    expect(at("2. Truy tặng Bằng khen cho 01 cá nhân")).toBeGreaterThan(
      at("1. Tặng Bằng khen cho 01 cá nhân"),
    );
    const an = rows.find((r) => r[1] === "Nguyễn Văn An")!;
    expect(an).toEqual([
      1,
      "Nguyễn Văn An",
      "Tổ trưởng tổ dân phố",
      "Tổ dân phố 5, Phường Thạch Thang",
      "01/01/2010 – 31/12/2019 (tổng: 10 năm)",
      "Nghỉ từ 2020",
    ]);
    expect(rows.find((r) => r[1] === "Lê Văn Cường")![4]).toBe("2003 – 2008; 2015 – 2020 (tổng: 12 năm)");
    expect(rows.flat()).not.toContain("Trần Thị Bình");
    expect(list.notes.map((n) => n.cell)).toEqual(["F9", "G9", "H9", "I9"]);
  });
  it("a sheet whose headers were deleted is reported, not guessed", () => {
    const values = tenureValues([]);
    values[4][11] = "";
    const data = readTenureSheet(values);
    expect(data.broken).toBe(true);
    expect(data.problems[0].message).toBe(AWARD.layoutBroken(AWARD_WORDS.tenureSheet, ["Bị bãi nhiệm"]));
  });
});

describe("summary-award quotas (Phụ lục II)", () => {
  const header = [[AWARD.nominationTitle], [], [], [], [...AWARD_WORDS.nominationHeaders]];
  const row = (level: string, kind: string, name: string, years: unknown = "") => [
    1,
    level,
    kind,
    name,
    "Đơn vị",
    years,
    "",
  ];
  it("reads the level leniently", () => {
    expect(
      [
        "Cấp thành phố",
        "thành phố",
        "Cấp quận, huyện",
        "quận/huyện",
        "phường, xã",
        "Cấp dưới phường, xã",
        "dưới phường xã",
        "tỉnh",
      ].map(readLevel),
    ).toEqual([0, 0, 1, 1, 2, 3, 3, -1]);
  });
  it("counts per level, names what is over quota, notes short service below ward level", () => {
    const values = [
      ...header,
      ...Array.from({ length: 12 }, (_, i) => row("Cấp thành phố", "Tập thể", `Sở ${i + 1}`)),
      row("Cấp dưới phường, xã", "Cá nhân", "Nguyễn Văn A", 12),
      row("Cấp dưới phường, xã", "Cá nhân", "Trần Thị B", "20 năm"),
      row("Cấp dưới phường, xã", "Cá nhân", "Lê Văn C"),
      row("", "Cá nhân", "Phạm D", 30),
      row("Cấp phường, xã", "", "Đảng ủy phường X"),
    ];
    const r = checkQuotas(values);
    expect(r.counts.map((q) => [q.count, q.over])).toEqual([
      [12, 2],
      [0, 0],
      [1, 0],
      [3, 0],
    ]);
    expect(r.total).toBe(16);
    expect(r.excess.map((p) => p.cell)).toEqual(["D16", "D17"]);
    expect(r.excess[0].message).toBe("Sở 11: vượt chỉ tiêu cấp thành phố (thứ 11, tối đa 10)");
    expect(r.uncounted).toBe(1);
    expect(r.problems.map((p) => [p.cell, p.message])).toEqual([
      ["B21", `Phạm D: ${AWARD.levelMissing}`],
      ["C22", `Đảng ủy phường X: ${AWARD.kindMissing}`],
    ]);
    expect(r.notes.map((p) => [p.cell, p.message])).toEqual([
      ["F18", AWARD.preferenceNote("Nguyễn Văn A", "12")],
      ["F20", AWARD.preferenceMissing("Lê Văn C")],
    ]);
    const { lead, lines } = quotaLines(r);
    expect(lead).toBe("Vượt chỉ tiêu: 16/67 đề nghị (xem từng cấp bên dưới).");
    expect(lines.slice(0, 5)).toEqual([
      "Cấp thành phố: 12/10 – vượt 2 chỉ tiêu",
      "Cấp quận, huyện: 0/7",
      "Cấp phường, xã: 1/20",
      "Cấp dưới phường, xã: 3/30",
      "Tổng cộng: 16/67",
    ]);
  });
  it("more than 67 in all is over even when no single level is", () => {
    const values = [
      ...header,
      ...Array.from({ length: 10 }, () => row("Cấp thành phố", "Tập thể", "X")),
      ...Array.from({ length: 7 }, () => row("Cấp quận, huyện", "Tập thể", "X")),
      ...Array.from({ length: 20 }, () => row("Cấp phường, xã", "Tập thể", "X")),
      ...Array.from({ length: 30 }, () => row("Cấp dưới phường, xã", "Cá nhân", "X", 15)),
    ];
    const ok = checkQuotas(values);
    expect([ok.total, ok.totalOver, ok.notes.length]).toEqual([67, 0, 0]);
    expect(quotaLines(ok).lead).toBe("Trong chỉ tiêu: 67/67 đề nghị.");
    const over = checkQuotas([...values, row("Cấp dưới phường, xã", "Tập thể", "Tổ dân phố 9")]);
    expect(quotaLines(over).lines).toContain("Cấp dưới phường, xã: 31/30 – vượt 1 chỉ tiêu");
    expect(quotaLines(over).lines).toContain("Tổng cộng: 68/67 – vượt 1 chỉ tiêu");
  });
});
