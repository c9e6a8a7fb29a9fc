import { describe, expect, it } from "vitest";
import { builtinFramework } from "../../src/core/frameworks";
import { frameworkToRows } from "../../src/core/frameworkTable";
import { tdpGaps, tdpStandard, tdpVerdict } from "../../src/core/sheetFunctions";

const lc = builtinFramework("laichau-2021")!;
const col = (values: unknown[]) => values.map((v) => [v]);
const passes = () => lc.criteria.map(() => "Đạt") as unknown[];

describe("TDP_VERDICT", () => {
  it("one unit as a column or a row", () => {
    expect(tdpVerdict(col(passes()))).toBe("Đạt");
    expect(tdpVerdict([passes()])).toBe("Đạt");
  });
  it("disqualifiers as a column or a row; blank = Không", () => {
    expect(tdpVerdict(col(passes()), col(["", "Có", "", ""]))).toBe("Không đạt");
    expect(tdpVerdict([passes()], [["", "", "", "x"]])).toBe("Không đạt");
    expect(tdpVerdict(col(passes()), col(["", "", "", ""]))).toBe("Đạt");
  });
  it("a multi-unit range returns one row of verdicts in one call", () => {
    const a = passes();
    const b = passes();
    b[0] = "Không đạt";
    const c = passes();
    c[2] = ""; // 1.3 blank: TC1 hangs on it
    const d = passes();
    d[3] = "abc";
    const range = a.map((_, i) => [a[i], b[i], c[i], d[i], ""]);
    const out = tdpVerdict(range) as string[][];
    expect(out).toHaveLength(1);
    expect(out[0].slice(0, 3)).toEqual(["Đạt", "Không đạt", "Thiếu dữ liệu"]);
    expect(out[0][3]).toBe(
      "Lỗi: tiêu chí 1.4: giá trị “abc” không hiểu được (dùng Đạt / Không đạt / Không áp dụng)",
    );
    expect(out[0][4]).toBe(""); // an empty spare column stays empty
  });
  it("criteria followed by the four disqualifiers in one range", () => {
    expect(tdpVerdict(col([...passes(), "", "", "Có", ""]))).toBe("Không đạt");
  });
  it("with a codes column, heading rows between criteria are skipped", () => {
    const codes: string[] = [];
    const values: unknown[] = [];
    for (const s of lc.standards) {
      codes.push(s.code);
      values.push(`Tiêu chuẩn ${s.code}`);
      for (const c of lc.criteria.filter((c) => c.standard === s.code)) {
        codes.push(c.code);
        values.push(c.code === "2.3" ? "Không đạt" : "Đạt"); // 6 of 7 in TC2 still passes
      }
    }
    codes.push("II", "II.1", "II.2", "II.3", "II.4");
    values.push("", "", "", "", "");
    expect(tdpVerdict(col(values), undefined, col(codes))).toBe("Đạt");
    values[values.length - 1] = "Có";
    expect(tdpVerdict(col(values), undefined, col(codes))).toBe("Không đạt");
    expect(tdpGaps(col(values), undefined, col(codes))).toBe("có trường hợp II.4");
  });
  it("a codes column lacking a criterion is an error, not a wrong verdict", () => {
    const codes = lc.criteria.map((c) => c.code).filter((c) => c !== "2.3");
    const values = codes.map(() => "Đạt");
    expect(tdpVerdict(col(values), undefined, col(codes))).toBe("Lỗi: thiếu dòng cho tiêu chí 2.3");
  });
  it("a unit laid out as a row with its codes as a row", () => {
    const codes = lc.criteria.map((c) => c.code);
    const v = passes();
    v[0] = "Không đạt";
    expect(tdpVerdict([v], undefined, [codes])).toBe("Không đạt");
    expect(tdpVerdict([passes()], undefined, [codes])).toBe("Đạt");
  });
  it("disqualifiers given twice (in the range and as an argument) is an error, not a silent override", () => {
    expect(tdpVerdict(col([...passes(), "", "Có", "", ""]), col(["", "", "", ""]))).toMatch(
      /^Lỗi: trường hợp không đảm bảo có cả/,
    );
  });
  it("wrong number of cells is explained", () => {
    expect(tdpVerdict(col(["Đạt", "Đạt"]))).toMatch(/^Lỗi: vùng kết quả có 2 dòng/);
  });
  it("uses the criteria table range when given (edits recalculate)", () => {
    const table = frameworkToRows(lc);
    const i = table.findIndex((r) => r[1] === "1");
    table[i][4] = "75"; // TC1 threshold 75% → 3 of 4 passes
    const v = passes();
    v[0] = "Không đạt";
    expect(tdpVerdict(col(v))).toBe("Không đạt");
    expect(tdpVerdict(col(v), undefined, undefined, table)).toBe("Đạt");
  });
  it("a broken criteria table gives Lỗi with its cell", () => {
    const table = frameworkToRows(lc);
    table[table.findIndex((r) => r[1] === "1")][4] = "200";
    expect(tdpVerdict(col(passes()), undefined, undefined, table)).toMatch(
      /^Lỗi: Khung tiêu chí, ô E\d+ của vùng khung: ngưỡng/,
    );
  });
  it('"" or a blank cell stands for an omitted argument, as in =TDP_VERDICT(C4:C40,"",A4:A40)', () => {
    expect(tdpVerdict(col(passes()), "")).toBe("Đạt");
    expect(tdpVerdict(col(passes()), [[""]], [[null]])).toBe("Đạt");
    expect(tdpVerdict(col(passes()), "", "", "")).toBe("Đạt");
  });
  it("a framework id selects Quỳnh Vinh", () => {
    expect(tdpVerdict(col(Array(9).fill("Đạt")), undefined, undefined, "quynhvinh-6k3c")).toBe("Đạt");
    expect(tdpVerdict(col(Array(9).fill("Đạt")), undefined, undefined, "khong-co")).toMatch(
      /^Lỗi: không có khung tiêu chí/,
    );
  });
  it("never throws on garbage", () => {
    for (const junk of [undefined, null, 5, "x", [[]], [[null]], { a: 1 }, [[new Date()]]]) {
      expect(typeof tdpVerdict(junk)).toBe("string");
    }
  });
});

describe("TDP_STANDARD and TDP_GAPS", () => {
  it("formats one standard", () => {
    const v = passes();
    v[4] = "K"; // 2.1
    expect(tdpStandard(col(v), 2)).toBe("6/7 (85,7%) – đạt");
    expect(tdpStandard(col(v), "TC2")).toBe("6/7 (85,7%) – đạt");
    expect(tdpStandard(col(v), "9")).toBe("Lỗi: không có tiêu chuẩn “9”");
  });
  it("all standards for several units: rows = standards, columns = units", () => {
    const a = passes();
    const range = a.map((x) => [x, x]);
    const out = tdpStandard(range) as string[][];
    expect(out).toHaveLength(6);
    expect(out[0]).toEqual(["4/4 (100,0%) – đạt", "4/4 (100,0%) – đạt"]);
  });
  it("gaps empty when recognized", () => {
    expect(tdpGaps(col(passes()))).toBe("");
    const v = passes();
    v[2] = "Không đạt";
    expect(tdpGaps(col(v), col(["", "Có", "", ""]))).toBe(
      "TC1: cần thêm 1 tiêu chí (1.3 không đạt); có trường hợp II.2",
    );
  });
});
