import { describe, expect, it } from "vitest";
import { parseFramework } from "../../src/core/framework";
import { builtinFramework } from "../../src/core/frameworks";
import { frameworkFromRows, frameworkToRows } from "../../src/core/frameworkTable";

const lc = builtinFramework("laichau-2021")!;

describe("criteria table round trip", () => {
  it("Lai Châu survives to rows and back", () => {
    const rows = frameworkToRows(lc, 2025);
    const back = frameworkFromRows(rows);
    expect(back.problems).toEqual([]);
    expect(back.framework).toEqual({ ...lc, year: 2025 });
  });
  it("Quỳnh Vinh survives to rows and back", () => {
    const qv = builtinFramework("quynhvinh-6k3c")!;
    expect(frameworkFromRows(frameworkToRows(qv)).framework).toEqual(qv);
  });
  it("ignores title rows above the header and blank rows, reads NFD and stray spaces", () => {
    const rows = frameworkToRows(lc).map((r) => r.map((c) => ` ${c.normalize("NFD")} `));
    const back = frameworkFromRows([
      ["BẢNG TIÊU CHÍ"],
      [],
      ...rows.slice(0, 9),
      ["", "", ""],
      ...rows.slice(9),
    ]);
    expect(back.problems).toEqual([]);
    expect(back.framework?.criteria).toHaveLength(28);
  });
  it("a criterion added by the city office is read", () => {
    const rows = frameworkToRows(lc);
    const i = rows.findIndex((r) => r[1] === "3.5");
    rows.splice(i + 1, 0, [
      "Tiêu chí",
      "3.6",
      "100% hộ có thiết bị lưu chứa rác thải sinh hoạt",
      "3",
      "",
      "",
      "",
    ]);
    const fw = frameworkFromRows(rows).framework!;
    expect(fw.criteria.filter((c) => c.standard === "3").map((c) => c.code)).toEqual([
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "3.6",
    ]);
  });
});

describe("malformed frameworks get Vietnamese messages naming row and field", () => {
  const edit = (f: (rows: string[][]) => void) => {
    const rows = frameworkToRows(lc);
    f(rows);
    return frameworkFromRows(rows, 3, 1); // table starts at A3
  };
  const find = (rows: string[][], code: string) => rows.findIndex((r) => r[1] === code);

  it("duplicate code", () => {
    const r = edit((rows) => {
      rows[find(rows, "1.2")][1] = "1.1";
    });
    expect(r.framework).toBeNull();
    expect(r.problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining("mã “1.1” bị trùng") }),
    );
  });
  it("threshold outside 1–100", () => {
    const r = edit((rows) => {
      rows[find(rows, "2")][4] = "120";
    });
    const p = r.problems.find((x) => x.message.includes("ngưỡng"))!;
    expect(p.message).toBe("ngưỡng phải là số nguyên từ 1 đến 100 (%)");
    expect(p.cell).toMatch(/^E\d+$/);
    expect(p.value).toBe("120");
  });
  it("threshold missing or 0", () => {
    const r = edit((rows) => {
      rows[find(rows, "3")][4] = "0";
    });
    expect(r.problems.some((x) => x.message.includes("ngưỡng"))).toBe(true);
  });
  it("criterion pointing at an unknown standard", () => {
    const r = edit((rows) => {
      rows[find(rows, "4.1")][3] = "9";
    });
    const p = r.problems.find((x) => x.message.includes("không có trong danh sách tiêu chuẩn"))!;
    expect(p.message).toContain("tiêu chí 4.1");
    expect(p.cell).toMatch(/^D\d+$/);
  });
  it("standard without criteria", () => {
    const r = edit((rows) => {
      rows.push(["Tiêu chuẩn", "7", "Tiêu chuẩn mới", "", "80", "", ""]);
    });
    expect(r.problems.map((p) => p.message)).toContain("tiêu chuẩn 7 không có tiêu chí thành phần nào");
  });
  it("empty text", () => {
    const r = edit((rows) => {
      rows[find(rows, "5.2")][2] = "   ";
    });
    const p = r.problems.find((x) => x.message === "thiếu Nội dung")!;
    expect(p).toBeDefined();
    const row = frameworkToRows(lc).findIndex((x) => x[1] === "5.2");
    expect(p.cell).toBe(`C${row + 3}`);
  });
  it("unknown row kind", () => {
    const r = edit((rows) => {
      rows[find(rows, "6.1")][0] = "Tieu chi con";
    });
    expect(r.problems[0].message).toContain("loại dòng “Tieu chi con” không hiểu được");
  });
  it("parseFramework rejects an object with no criteria", () => {
    const r = parseFramework({
      id: "x",
      name: "x",
      rule: "all-must-pass",
      standards: [{ code: "A", name: "A", threshold: 100 }],
      criteria: [],
    });
    expect(r.ok).toBe(false);
  });
});
