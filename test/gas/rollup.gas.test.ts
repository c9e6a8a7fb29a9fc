/** The roll-up through dist/Code.js on the SpreadsheetApp fake. */
import { describe, expect, it } from "vitest";
import { LAICHAU_ROSTER } from "../../src/core/sample/laichau";
import { SHEET } from "../../src/core/vocabulary";
import { FIRST_BODY_ROW, FIRST_UNIT_COL } from "../../src/core/workbook/wardTab";
import { generatedWorkbook } from "../helpers/generate";
import { harness } from "../helpers/harness";

function sample() {
  const h = harness();
  h.ctx.menuLoadSample();
  return h;
}
const wardTabs = LAICHAU_ROSTER.wards.map((w) => w.tab);
const summaryText = (h: ReturnType<typeof harness>) =>
  h.ss
    .sheetValues(SHEET.summary)
    .map((r) => r.join("\t"))
    .join("\n");

describe("roll-up (menu)", () => {
  it("writes the Lai Châu 2024 summary", () => {
    const h = sample();
    h.ctx.menuRollup();
    const text = summaryText(h);
    expect(text).toContain(
      "TỔNG HỢP KẾT QUẢ TỔ DÂN PHỐ, BẢN TỰ QUẢN, PHÁT TRIỂN TOÀN DIỆN (THÀNH PHỐ LAI CHÂU) NĂM 2024",
    );
    expect(text).toMatch(/Tổng số\t70|Tổng số\t72/);
    expect(text).toContain("Đến hết năm 2024, toàn thành phố có 35 tổ dân phố, bản đủ điều kiện công nhận");
    // The years table (year, maintained, new, total, cumulative target, percent; merged spans in
    // between). Percentages are numbers formatted 0.0% (text "109,4%" would be re-typed by Sheets).
    expect(text).toContain("2024\t\t28\t7\t\t35\t\t32\t\t1.094\t");
    expect(text).toContain("Chỉ tiêu giai đoạn 2021–2025\t\t\t\t\t35\t\t26\t\t1.346\t");
    const summary = h.ss.sheet(SHEET.summary);
    const row = h.ss.sheetValues(SHEET.summary).findIndex((r) => r[9] === 1.094) + 1;
    expect(summary.cellState(`J${row}`).format.numberFormat).toBe("0.0%");
    expect(text).toContain("Tổ dân phố số 5, 9 phường Tân Phong");
    expect(text).toContain("Công nhận mới");
    const history = h.ss.sheetValues(SHEET.history);
    expect(history.filter((r) => r[1] === 2024)).toHaveLength(35);
    expect(h.ui.toasts.at(-1)!.msg).toBe("Đã tổng hợp 7 xã, phường, 35 đơn vị được công nhận.");
    expect(h.ss.getActiveSheet().getName()).toBe(SHEET.summary);
  });

  it("never writes to ward tabs, Tiêu chí, Danh mục or Kế hoạch", () => {
    const h = sample();
    const names = [...wardTabs, SHEET.criteria, SHEET.roster, SHEET.plan];
    const before = names.map((n) => h.ss.snapshotSheet(n));
    h.ctx.menuRollup();
    expect(names.map((n) => h.ss.snapshotSheet(n))).toEqual(before);
  });

  it("is idempotent: two roll-ups give the identical summary and history", () => {
    const h = sample();
    h.ctx.menuRollup();
    const first = [h.ss.snapshotSheet(SHEET.summary), h.ss.snapshotSheet(SHEET.history)];
    h.ctx.menuRollup();
    expect([h.ss.snapshotSheet(SHEET.summary), h.ss.snapshotSheet(SHEET.history)]).toEqual(first);
  });

  it("adds the two charts (per ward, per year) and the button image with the roll-up assigned, once", () => {
    const h = sample();
    h.ctx.menuRollup();
    h.ctx.menuRollup();
    const snap = h.ss.snapshotSheet(SHEET.summary);
    expect(snap.charts.map((c) => c.chartType)).toEqual(["BAR", "COMBO"]);
    expect(snap.images).toHaveLength(1);
    expect(JSON.stringify(snap.images[0])).toContain("rollupButton");
    expect(typeof h.ctx.rollupButton).toBe("function");
  });

  it("the button runs the same roll-up as the menu", () => {
    const a = sample();
    a.ctx.menuRollup();
    const b = sample();
    b.ctx.rollupButton();
    expect(b.ss.sheetValues(SHEET.summary)).toEqual(a.ss.sheetValues(SHEET.summary));
  });

  it("one at a time: a second click while one runs is refused and changes nothing", () => {
    const h = sample();
    h.ctx.menuRollup();
    const before = h.ss.snapshotSheet(SHEET.summary);
    h.g.holdDocumentLock();
    h.ctx.menuRollup();
    expect(h.ui.dialogs.at(-1)!.content).toContain("Đang tổng hợp, vui lòng thử lại sau.");
    expect(h.ss.snapshotSheet(SHEET.summary)).toEqual(before);
    expect(h.ctx.sidebarRollup()).toMatchObject({
      ok: false,
      message: "Đang tổng hợp, vui lòng thử lại sau.",
    });
  });

  it("compute first, write last: a broken Tiêu chí leaves the previous summary intact", () => {
    const h = sample();
    h.ctx.menuRollup();
    const before = h.ss.snapshotSheet(SHEET.summary);
    const crit = h.ss.sheet(SHEET.criteria);
    const values = h.ss.sheetValues(SHEET.criteria);
    const r = values.findIndex((row) => row[0] === "Tiêu chuẩn") + 1;
    crit.getRange(`E${r}`).setValue(150);
    h.ctx.menuRollup();
    expect(h.ss.snapshotSheet(SHEET.summary)).toEqual(before);
    expect(h.ui.dialogs.at(-1)!.content).toContain(
      `Tiêu chí!E${r}: ngưỡng phải là số nguyên từ 1 đến 100 (%)`,
    );
  });

  it("text that looks like a formula is written as text, never as a formula", () => {
    const h = sample();
    const roster = h.ss.sheetValues(SHEET.roster);
    const r = roster.findIndex((row) => row[7] === "TP-TDP05") + 1;
    h.ss.sheet(SHEET.roster).getRange(`I${r}`).setValue('\'=HYPERLINK("http://x";"y")');
    // A criterion cell typed as text "=1+1": unreadable, so a problem row shows the value seen.
    h.ss
      .sheet("Phường Tân Phong")
      .getRange(FIRST_BODY_ROW + 1, FIRST_UNIT_COL)
      .setValue("'=1+1");
    h.ctx.menuRollup();
    const snap = h.ss.snapshotSheet(SHEET.summary);
    const cells = Object.values(snap.cells);
    expect(cells.some((c) => c.value === 'TP-TDP05 – =HYPERLINK("http://x";"y")')).toBe(true);
    expect(cells.some((c) => c.value === "=1+1")).toBe(true);
    expect(cells.filter((c) => c.formula)).toEqual([]);
  });

  it("keeps the city office's notes and unreadable rows in Lịch sử công nhận", () => {
    const h = sample();
    const sheet = h.ss.sheet(SHEET.history);
    sheet.getRange("E4").setValue("QĐ số 123/QĐ-UBND");
    const n = h.ss.sheetValues(SHEET.history).length;
    sheet.getRange(n + 1, 1, 1, 2).setValues([["TP-XYZ", "2021 (bổ sung)"]]);
    const code4 = h.ss.sheetValues(SHEET.history)[3][0];
    h.ctx.menuRollup();
    h.ctx.menuRollup();
    const rows = h.ss.sheetValues(SHEET.history);
    expect(rows.find((r) => r[0] === code4 && r[4] === "QĐ số 123/QĐ-UBND")).toBeDefined();
    expect(rows.find((r) => r[0] === "TP-XYZ" && r[1] === "2021 (bổ sung)")).toBeDefined();
  });

  it("Tổng hợp present but Lịch sử công nhận missing: both written, no crash", () => {
    const h = sample();
    h.ctx.menuRollup();
    h.ss.sheet(SHEET.history).setName("Lịch sử cũ");
    h.ctx.menuRollup();
    expect(h.ss.findSheet(SHEET.history)).not.toBeNull();
    expect(h.ss.sheetValues(SHEET.history).filter((r) => r[1] === 2024)).toHaveLength(35);
    expect(h.ui.dialogs.filter((d) => d.content.includes("không mong muốn"))).toEqual([]);
  });

  it("the sidebar button returns the headline", () => {
    const h = sample();
    expect(h.ctx.sidebarRollup()).toMatchObject({
      ok: true,
      message: "Đã tổng hợp 7 xã, phường, 35 đơn vị được công nhận.",
    });
  });
});

describe("service calls grow with tabs, not cells", () => {
  function calls(wards: number, unitsPerWard: number) {
    const h = harness();
    generatedWorkbook(h.ss, { wards, units: wards * unitsPerWard });
    h.counter.reset();
    h.ctx.menuRollup();
    return h.counter.snapshot();
  }
  it("≤ 2 calls per ward tab + a constant, and about the same for 5× the units", () => {
    const small = calls(10, 4);
    const wide = calls(10, 20);
    const more = calls(20, 4);
    // 5× the cells: the same calls but for Tổng hợp's row heights, whose runs follow the lists'
    // texts and are capped (summary.ts MAX_RUNS: ≤ 6 for each of its 2 lists; the criteria's rows
    // follow the framework, not the units).
    expect(Math.abs(wide.total - small.total)).toBeLessThanOrEqual(2 * 6);
    const perTab = (more.total - small.total) / 10;
    expect(perTab).toBeLessThanOrEqual(2);
    expect(small.reads).toBeLessThanOrEqual(10 + 5); // one batched read per tab + fixed sheets
  });
});
