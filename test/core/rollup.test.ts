import { describe, expect, it } from "vitest";
import { builtinFramework } from "../../src/core/frameworks";
import type { Unit, Ward } from "../../src/core/model";
import { reportSchema } from "../../src/core/report";
import { type RollupInput, rollup, unitLine } from "../../src/core/rollup";
import {
  LAICHAU_HISTORY,
  LAICHAU_NEW_2024,
  LAICHAU_PLAN,
  LAICHAU_ROSTER,
} from "../../src/core/sample/laichau";
import { sampleSpecs } from "../../src/core/workbook/sample";

const fw = builtinFramework("laichau-2021")!;

function sampleInput(edit?: (tabs: RollupInput["tabs"]) => void): RollupInput {
  const tabs = sampleSpecs()
    .filter((s) => s.formulas.length)
    .map((s) => ({ sheet: s.name, values: s.values.map((r) => [...r]) as unknown[][] }));
  edit?.(tabs);
  return {
    framework: fw,
    year: 2024,
    roster: LAICHAU_ROSTER,
    plan: LAICHAU_PLAN,
    history: LAICHAU_HISTORY,
    tabs,
  };
}
const tab = (tabs: RollupInput["tabs"], name: string) => tabs.find((t) => t.sheet === name)!.values;
const rowOf = (values: unknown[][], code: string) => values.findIndex((r) => String(r[0]) === code);

describe("roll-up of the Lai Châu 2024 sample reproduces the 2024 report", () => {
  const { report, history } = rollup(sampleInput());

  it("35 recognized = 28 maintained + 7 new, none lost", () => {
    expect(report.totals).toMatchObject({ recognized: 35, maintained: 28, new: 7, lost: 0, evaluated: 39 });
    expect(reportSchema.parse(report)).toEqual(report);
  });
  it("targets: 35 of 32 → 109,4%; 35 of 26 → 134,6%", () => {
    expect(report.targets.year).toMatchObject({ target: 32, recognized: 35, percent: 109.4 });
    expect(report.targets.period).toMatchObject({ target: 26, recognized: 35, percent: 134.6 });
  });
  it("the 7 new units are marked công nhận mới, the rest duy trì", () => {
    const fresh = report.wards.flatMap((w) =>
      w.recognizedUnits.filter((u) => u.status === "new").map((u) => u.code),
    );
    expect(fresh.sort()).toEqual([...LAICHAU_NEW_2024].sort());
  });
  it("recognized units in natural order (số 2 before số 10)", () => {
    const tp = report.wards.find((w) => w.code === "TP")!;
    const names = tp.recognizedUnits.map((u) => u.name);
    const nums = names.map((n) => Number(/\d+$/.exec(n)![0]));
    expect(nums).toEqual([...nums].sort((a, b) => a - b));
    expect(names.indexOf("Tổ dân phố số 5")).toBeLessThan(names.indexOf("Tổ dân phố số 10"));
  });
  it("criterion 2.6 lists footnote 48's units, most-failed first", () => {
    const c26 = report.criteria.find((c) => c.code === "2.6")!;
    expect(report.criteria[0].failed).toBeGreaterThanOrEqual(report.criteria[1]?.failed ?? 0);
    expect(c26.line).toContain("Tổ dân phố số 5, 9 phường Tân Phong");
    expect(c26.line).toContain("Tổ dân phố số 23, 26, 27, 28 phường Đông Phong");
    expect(c26.line).toContain("bản Sáo Làn Than phường Quyết Thắng");
    const c32 = report.criteria.find((c) => c.code === "3.2")!;
    expect(c32.line).toContain("xã Sùng Phài");
  });
  it("spelling variants are reported, still matched by code, never merged", () => {
    const variant = report.problems.find((p) => p.value.includes("Xéo Sin Chải"))!;
    expect(variant.message).toContain("khác tên trong Danh mục “Bản Xéo Xin Chải”");
    expect(variant.sheet).toBe("Xã San Thàng");
    // a variant in tone marks only (DOMAIN: "Sùng Chô / Sùng Chồ") is reported too
    const tone = report.problems.find((p) => p.value.includes("Sùng Chô"))!;
    expect(tone.message).toContain("khác tên trong Danh mục “Bản Sùng Chồ”; đã nhận theo mã SP-B-SUNGCHO");
  });
  it("history: year 2024 appended once; re-running replaces, never duplicates", () => {
    expect(history.filter((h) => h.year === 2024)).toHaveLength(35);
    const again = rollup({ ...sampleInput(), history });
    expect(again.history).toHaveLength(history.length);
    expect(again.report).toEqual(report);
  });
  it("completeness counts expected units with every criterion filled", () => {
    const tp = report.wards.find((w) => w.code === "TP")!;
    expect(tp.complete).toBe(tp.expected);
  });
});

describe("malformed tabs still give a complete summary with the right problems", () => {
  it("missing ward tab", () => {
    const { report } = rollup(
      sampleInput((tabs) =>
        tabs.splice(
          tabs.findIndex((t) => t.sheet === "Xã Sùng Phài"),
          1,
        ),
      ),
    );
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        sheet: "Xã Sùng Phài",
        message: expect.stringContaining("thiếu tab đánh giá của Xã Sùng Phài"),
      }),
    );
    expect(report.wards.find((w) => w.code === "SP")!).toMatchObject({
      evaluated: 0,
      tab: "missing",
      lost: 0,
    });
    expect(report.totals.recognized).toBe(35 - 3);
  });
  it("renamed tab is still found by its ward code", () => {
    const { report } = rollup(
      sampleInput((tabs) => {
        tabs.find((t) => t.sheet === "Phường Đoàn Kết")!.sheet = "Đoàn Kết (sửa)";
      }),
    );
    expect(report.totals.recognized).toBe(35);
    expect(report.problems.some((p) => p.sheet === "Đoàn Kết (sửa)" && p.message.includes("mang tên"))).toBe(
      true,
    );
  });
  it("a tab not in the roster is reported", () => {
    const { report } = rollup(
      sampleInput((tabs) => {
        const copy = tabs[0].values.map((r) => [...r]);
        copy[1][1] = "XX";
        tabs.push({ sheet: "Phường Mới", values: copy });
      }),
    );
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        sheet: "Phường Mới",
        message: expect.stringContaining("không có trong Danh mục"),
      }),
    );
  });
  it("moved rows are read by code; #REF! and a date in a criterion cell are reported with their cells", () => {
    const { report } = rollup(
      sampleInput((tabs) => {
        const v = tab(tabs, "Phường Tân Phong");
        const i = rowOf(v, "1.2");
        const [row] = v.splice(i, 1);
        v.splice(rowOf(v, "3.3"), 0, row); // 1.2 moved into standard 3
        v[rowOf(v, "4.1")][2] = "#REF!";
        v[rowOf(v, "4.3")][3] = new Date(2024, 10, 22);
      }),
    );
    const cells = report.problems.filter((p) => p.sheet === "Phường Tân Phong");
    expect(cells.some((p) => p.value === "#REF!" && /^C\d+$/.test(p.cell))).toBe(true);
    expect(cells.some((p) => p.value === "22/11/2024" && /^D\d+$/.test(p.cell))).toBe(true);
    expect(cells.some((p) => p.message.includes("1.2 không đúng thứ tự"))).toBe(true);
    expect(report.totals.recognized).toBe(33); // the two broken units drop out, everyone else is counted
  });
  it("a merged (blank) header over a filled column, and a duplicate unit", () => {
    const { report } = rollup(
      sampleInput((tabs) => {
        const v = tab(tabs, "Phường Quyết Tiến");
        v[2][3] = "";
        v[2][4] = v[2][2];
      }),
    );
    const p = report.problems.filter((x) => x.sheet === "Phường Quyết Tiến");
    expect(p.some((x) => x.cell === "D3" && x.message.includes("chưa chọn đơn vị"))).toBe(true);
    expect(p.some((x) => x.cell === "E3" && x.message.includes("trùng với cột C"))).toBe(true);
  });
  it("NFD names and headers are matched", () => {
    const { report } = rollup(
      sampleInput((tabs) => {
        const v = tab(tabs, "Phường Tân Phong");
        v[2] = v[2].map((c) => (typeof c === "string" ? c.normalize("NFD") : c));
      }),
    );
    expect(report.totals.recognized).toBe(35);
    expect(report.problems.filter((p) => p.sheet === "Phường Tân Phong" && p.cell.endsWith("3"))).toEqual([]);
  });
});

describe("the city's appraisal row (Thành phố thẩm định)", () => {
  it("Không đạt overrides a self-assessed Đạt; blank accepts it", () => {
    const { report } = rollup(
      sampleInput((tabs) => {
        const v = tab(tabs, "Phường Tân Phong");
        v[rowOf(v, "TĐ")][2] = "Không đạt";
      }),
    );
    expect(report.totals).toMatchObject({ proposed: 35, recognized: 34 });
    const tp = report.wards.find((w) => w.code === "TP")!;
    expect(tp.proposed - tp.recognized).toBe(1);
  });
  it("Đạt on a unit whose criteria fail, or an unreadable appraisal, is reported with its cell", () => {
    const { report } = rollup(
      sampleInput((tabs) => {
        const v = tab(tabs, "Phường Đoàn Kết");
        const header = v[2].map(String);
        const failing = header.findIndex((h) => h.startsWith("DK-TDP10"));
        v[rowOf(v, "TĐ")][failing] = "Đạt";
        v[rowOf(v, "TĐ")][2] = "??";
      }),
    );
    const msgs = report.problems
      .filter((p) => p.sheet === "Phường Đoàn Kết")
      .map((p) => `${p.cell} ${p.message}`);
    expect(msgs.some((m) => m.includes("thành phố ghi Đạt nhưng các tiêu chí chưa đạt"))).toBe(true);
    expect(msgs.some((m) => /^C\d+ .*kết quả thẩm định phải là/.test(m))).toBe(true);
    expect(report.totals.recognized).toBe(35);
  });
});

describe("review fixes", () => {
  it("a unit retired from the roster is not counted as lost", () => {
    const roster = {
      ...LAICHAU_ROSTER,
      units: LAICHAU_ROSTER.units.map((u) => (u.code === "TP-TDP05" ? { ...u, until: 2023 } : u)),
    };
    const input = sampleInput((tabs) => {
      const v = tab(tabs, "Phường Tân Phong");
      const c = v[2].map(String).findIndex((x) => x.startsWith("TP-TDP05"));
      for (const row of v) if (row.length > c) row[c] = "";
    });
    const { report } = rollup({ ...input, roster });
    expect(report.wards.find((w) => w.code === "TP")!.lostUnits.map((u) => u.code)).not.toContain("TP-TDP05");
  });
  it("a hand-typed Không áp dụng is reported with its cell", () => {
    const { report } = rollup(sampleInput());
    const na = report.problems.filter((p) => p.value === "Không áp dụng");
    expect(na).toHaveLength(1);
    expect(na[0]).toMatchObject({ sheet: "Xã San Thàng", message: expect.stringContaining("tiêu chí 3.3") });
    expect(na[0].cell).toMatch(/^[A-Z]+\d+$/);
  });
});

describe("unitLine", () => {
  const w = (name: string, code = name): Ward => ({
    code,
    name,
    kind: "phuong",
    tab: name,
    editors: [],
    pilot: false,
  });
  const u = (name: string, type: Unit["type"], ward: string): Unit => ({ code: name, name, type, ward });
  it("groups numbers after one prefix, bản after tổ dân phố", () => {
    const tp = w("Phường Tân Phong", "TP");
    const line = unitLine([
      { unit: u("Tổ dân phố số 9", "tdp", "TP"), ward: tp },
      { unit: u("Bản Nà Nọi", "ban", "TP"), ward: tp },
      { unit: u("Tổ dân phố số 5", "tdp", "TP"), ward: tp },
    ]);
    expect(line).toBe("Tổ dân phố số 5, 9, bản Nà Nọi phường Tân Phong");
  });
});
