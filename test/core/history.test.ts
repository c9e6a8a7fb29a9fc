/**
 * The year and the history are never silently wrong. Core-level (the Sheets and xlsx
 * paths call the same rollupWorkbook).
 */
import { describe, expect, it } from "vitest";
import { rollupWorkbook } from "../../src/core/usecases/rollupWorkbook";
import { SHEET } from "../../src/core/vocabulary";
import { readHistory } from "../../src/core/workbook/tables";
import { templateSpecs } from "../../src/xlsx/workbook";

type Values = Map<string, unknown[][]>;

function sample(): Values {
  const plan = templateSpecs({ sample: true });
  if (!plan.ok) throw new Error("no sample");
  return new Map(plan.specs.map((s) => [s.name, s.values.map((r) => [...r]) as unknown[][]]));
}
const yearRow = (v: Values) => v.get(SHEET.criteria)!.findIndex((r) => r[0] === "Năm đánh giá");
const setYear = (v: Values, y: unknown) => {
  v.get(SHEET.criteria)![yearRow(v)][1] = y;
};
/** Values with Lịch sử replaced by what a first roll-up wrote. */
function afterFirstRollup(v: Values = sample()): Values {
  const r = rollupWorkbook(v);
  if (!r.ok) throw new Error("roll-up failed");
  v.set(
    SHEET.history,
    r.history.values.map((row) => [...row]),
  );
  return v;
}
const ok = (r: ReturnType<typeof rollupWorkbook>) => {
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("; "));
  return r;
};
const rows2024 = (r: ReturnType<typeof ok>) => r.result.history.filter((h) => h.year === 2024);

describe("the evaluation year is explicit", () => {
  it("blank Năm đánh giá stops the roll-up at Tiêu chí!B…", () => {
    const v = sample();
    setYear(v, "");
    const r = rollupWorkbook(v);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems).toEqual([
      expect.objectContaining({ sheet: SHEET.criteria, cell: `B${yearRow(v) + 1}`, value: "" }),
    ]);
  });
  it("--year still works without one", () => {
    const v = sample();
    setYear(v, "");
    expect(ok(rollupWorkbook(v, { year: 2024 })).result.report.year).toBe(2024);
  });
  it("“năm 2024” is read as 2024 (lenient), and “hai nghìn” is a problem that stops", () => {
    const v = sample();
    setYear(v, "năm 2024");
    expect(ok(rollupWorkbook(v)).result.report.title).toContain("NĂM 2024");
    setYear(v, "hai nghìn");
    const r = rollupWorkbook(v);
    expect(r.ok).toBe(false);
  });
  it("without a Tiêu chí sheet the built-in framework's 2021 is no evaluation year", () => {
    const v = sample();
    v.delete(SHEET.criteria);
    const r = rollupWorkbook(v);
    expect(r.ok ? "" : r.problems[0].message).toContain("không có dòng “Năm đánh giá”");
  });
});

describe("a tab of another year holds the history until confirmed", () => {
  function mismatched() {
    const v = afterFirstRollup();
    setYear(v, 2023); // Tiêu chí says 2023, every ward tab says NĂM 2024
    return v;
  }
  it("each tab is a problem with its title cell; the history of 2023 is not rewritten", () => {
    const v = mismatched();
    const before = readHistory(v.get(SHEET.history)!).history;
    const r = ok(rollupWorkbook(v));
    const tabs = r.result.report.problems.filter((p) => p.message.includes("tiêu đề tab ghi năm 2024"));
    expect(tabs).toHaveLength(7);
    expect(tabs[0].cell).toBe("A1");
    expect(r.historyHeld).toBe(true);
    expect(r.result.report.history.holds[0]).toMatchObject({ kind: "tabYear" });
    expect(r.result.history).toEqual(before);
    expect(r.summary.values.flat().join("\n")).toContain("Lịch sử công nhận CHƯA được cập nhật");
  });
  it("confirmed: written, the change is said, and the old 2023 rows are kept in a backup block", () => {
    const v = mismatched();
    const old2023 = readHistory(v.get(SHEET.history)!).history.filter((h) => h.year === 2023);
    const r = ok(rollupWorkbook(v, { confirmHistory: true }));
    expect(r.historyHeld).toBe(false);
    const h = r.result.report.history;
    expect(h.added.length + h.removed.length).toBeGreaterThan(0);
    expect(r.summary.values.flat().join("\n")).toContain("Lịch sử công nhận năm 2023 đã được ghi lại");
    const read = readHistory(r.history.values);
    expect(read.backup[0][0]).toContain("LỊCH SỬ (BẢN TRƯỚC)");
    expect(read.backup.slice(1).map((row) => row[0])).toEqual(old2023.map((x) => x.unit));
    // The reader stops at the block: the backup rows are not history.
    expect(
      read.history
        .filter((x) => x.year === 2023)
        .map((x) => x.unit)
        .sort(),
    ).toEqual(
      r.result.history
        .filter((x) => x.year === 2023)
        .map((x) => x.unit)
        .sort(),
    );
  });
  it("the backup block survives later roll-ups", () => {
    const v = mismatched();
    const first = ok(rollupWorkbook(v, { confirmHistory: true }));
    v.set(
      SHEET.history,
      first.history.values.map((row) => [...row]),
    );
    setYear(v, 2024);
    const again = ok(rollupWorkbook(v));
    expect(readHistory(again.history.values).backup).toEqual(readHistory(first.history.values).backup);
  });
});

describe("a past year is closed", () => {
  it("rolling up 2024 when Lịch sử has 2025 shows the summary but holds the history", () => {
    const v = afterFirstRollup();
    v.get(SHEET.history)!.push(["TP-TDP05", 2025, "", "", ""]);
    const r = ok(rollupWorkbook(v, { today: new Date(2026, 0, 1) }));
    expect(r.historyHeld).toBe(true);
    expect(r.result.report.history.holds).toEqual([{ kind: "closedYear", newest: 2025 }]);
    expect(r.summary.values.flat().join("\n")).toContain("năm 2024 đã khép lại (Lịch sử đã có năm 2025)");
    expect(r.result.report.problems).toContainEqual(
      expect.objectContaining({
        sheet: SHEET.history,
        value: "2025",
        message: expect.stringContaining("sau năm đánh giá 2024"),
      }),
    );
  });
  it("a history year in the future is reported as such", () => {
    const v = afterFirstRollup();
    v.get(SHEET.history)!.push(["TP-TDP05", 2030, "", "", ""]);
    const r = ok(rollupWorkbook(v, { today: new Date(2026, 11, 1) }));
    expect(r.result.report.problems).toContainEqual(
      expect.objectContaining({ value: "2030", message: expect.stringContaining("ở tương lai") }),
    );
  });
});

describe("missing is not lost", () => {
  it("a deleted ward tab: its units are 'chưa có dữ liệu', not lost, and their 2024 rows stay", () => {
    const v = afterFirstRollup();
    const before = rows2024(ok(rollupWorkbook(v)));
    v.delete("Xã Sùng Phài");
    const r = ok(rollupWorkbook(v));
    const sp = r.result.report.wards.find((w) => w.name === "Xã Sùng Phài")!;
    expect(sp).toMatchObject({ tab: "missing", lost: 0, noData: sp.units });
    expect(r.result.report.totals.lost).toBe(0);
    expect(r.result.report.totals.noData).toBe(sp.units);
    expect(
      rows2024(r)
        .map((h) => h.unit)
        .sort(),
    ).toEqual(before.map((h) => h.unit).sort());
    const text = r.summary.values.flat().join("\n");
    expect(text).toContain("chưa có dữ liệu vì thiếu hoặc không đọc được tab: Xã Sùng Phài");
    expect(text).toContain("chưa có tab");
  });
  it("an unreadable tab (header row broken) counts the same way", () => {
    const v = afterFirstRollup();
    const tab = v.get("Xã Sùng Phài")!;
    const header = tab.findIndex((row) => row[0] === "Mã");
    tab[header] = ["", "", ...tab[header].slice(2)];
    const r = ok(rollupWorkbook(v));
    expect(r.result.report.wards.find((w) => w.name === "Xã Sùng Phài")).toMatchObject({
      tab: "unreadable",
      lost: 0,
    });
    expect(r.summary.values.flat()).toContain("Xã Sùng Phài (không đọc được tab)");
  });
});

describe("no ward disappears", () => {
  it("two wards with the same Tên tab: the second is matched by B2 and its units still count", () => {
    const v = sample();
    const roster = v.get(SHEET.roster)!;
    const first = roster.findIndex((r) => r[1] === "Phường Tân Phong");
    const second = roster.findIndex((r) => r[1] === "Phường Quyết Thắng");
    roster[second][3] = roster[first][3] || roster[first][1]; // QT's tab name = TP's
    const units = ok(rollupWorkbook(sample())).result.report.totals.units;
    const r = ok(rollupWorkbook(v));
    expect(r.result.report.totals.units).toBe(units);
    const qt = r.result.report.wards.find((w) => w.name === "Phường Quyết Thắng")!;
    expect(qt.sheet).toBe("Phường Quyết Thắng"); // found by its code in B2
    expect(qt.evaluated).toBeGreaterThan(0);
    expect(r.result.report.problems.some((p) => p.message.includes("chỉ được nhận theo mã ở ô B2"))).toBe(
      true,
    );
  });
});

describe("what the docs promise is reported", () => {
  it("each value typed right of Ghi chú / minh chứng is a problem with its cell", () => {
    const v = sample();
    const tab = v.get("Phường Tân Phong")!;
    const header = tab.findIndex((row) => row[0] === "Mã");
    const notes = tab[header].findIndex((c) => String(c).startsWith("Ghi chú"));
    tab[header + 2][notes + 2] = "đã kiểm tra";
    const r = ok(rollupWorkbook(v));
    expect(r.result.report.problems).toContainEqual(
      expect.objectContaining({
        sheet: "Phường Tân Phong",
        value: "đã kiểm tra",
        message: expect.stringContaining("bên phải cột Ghi chú"),
      }),
    );
  });
});
