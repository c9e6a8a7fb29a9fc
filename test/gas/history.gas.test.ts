/** In the Sheets fake: the year and the history are never silently wrong. */
import { describe, expect, it } from "vitest";
import { SHEET } from "../../src/core/vocabulary";
import { harness } from "../helpers/harness";

function sample() {
  const h = harness();
  h.ctx.menuLoadSample();
  return h;
}
const yearCell = (h: ReturnType<typeof harness>) => {
  const rows = h.ss.sheetValues(SHEET.criteria);
  return `B${rows.findIndex((r) => r[0] === "Năm đánh giá") + 1}`;
};
const summaryText = (h: ReturnType<typeof harness>) => h.ss.sheetValues(SHEET.summary).flat().join("\n");
const history = (h: ReturnType<typeof harness>) => h.ss.sheetValues(SHEET.history);

describe("roll-up in Sheets: the year", () => {
  it("a blank Năm đánh giá: a dialog names Tiêu chí!B…, nothing is written", () => {
    const h = sample();
    h.counter.silently(() => h.ss.getRange(`'${SHEET.criteria}'!${yearCell(h)}`).setValue(""));
    h.ctx.menuRollup();
    expect(h.ui.dialogs.at(-1)!.content).toContain(`Tiêu chí!${yearCell(h)}`);
    expect(summaryText(h)).toContain("Chưa tổng hợp"); // set-up's placeholder is still there
  });

  it("Tiêu chí says 2023, the tabs say 2024: asked first; “Không” writes Tổng hợp only", () => {
    const h = sample();
    h.ctx.menuRollup();
    const before = history(h);
    h.counter.silently(() => h.ss.getRange(`'${SHEET.criteria}'!${yearCell(h)}`).setValue(2023));
    h.ui.answerAlerts("NO");
    h.ctx.menuRollup();
    expect(h.ui.alerts.at(-1)!.prompt).toContain("ghi năm khác năm đánh giá");
    expect(history(h)).toEqual(before);
    expect(summaryText(h)).toContain("NĂM 2023");
    expect(summaryText(h)).toContain("Lịch sử công nhận CHƯA được cập nhật");
  });

  it("“Có” rewrites 2023 and keeps the old rows in the backup block", () => {
    const h = sample();
    h.ctx.menuRollup();
    const old2023 = history(h).filter((r) => r[1] === 2023).length;
    h.counter.silently(() => h.ss.getRange(`'${SHEET.criteria}'!${yearCell(h)}`).setValue(2023));
    h.ui.answerAlerts("YES");
    h.ctx.menuRollup();
    const rows = history(h);
    const marker = rows.findIndex((r) => String(r[0]).startsWith("LỊCH SỬ (BẢN TRƯỚC)"));
    expect(marker).toBeGreaterThan(0);
    expect(rows.slice(marker).filter((r) => r[1] === 2023)).toHaveLength(old2023);
    expect(summaryText(h)).toContain("Lịch sử công nhận năm 2023 đã được ghi lại");
  });
});

describe("roll-up in Sheets: missing is not lost", () => {
  it("a deleted ward tab: the headline keeps 32 of 35 recognized and none lost; the ward says 'chưa có tab'", () => {
    const h = sample();
    h.ctx.menuRollup();
    const rows2024 = history(h).filter((r) => r[1] === 2024).length;
    const sp = h.ss.sheet("Xã Sùng Phài");
    h.counter.silently(() => h.ss.sheets.splice(h.ss.sheets.indexOf(sp), 1));
    h.ctx.menuRollup();
    const text = summaryText(h);
    expect(text).toContain("chưa có tab");
    expect(text).toContain("chưa có dữ liệu vì thiếu hoặc không đọc được tab: Xã Sùng Phài");
    expect(history(h).filter((r) => r[1] === 2024)).toHaveLength(rows2024);
  });
});

describe("set-up and the year, and a shared tab name", () => {
  it("set-up on an empty workbook writes this year into Tiêu chí, not the framework's 2021", () => {
    const h = harness();
    h.ctx.menuSetupLaiChau();
    const rows = h.ss.sheetValues(SHEET.criteria);
    expect(Number(rows.find((r) => r[0] === "Năm đánh giá")?.[1])).toBe(new Date().getFullYear());
  });

  it("two wards given one tab name: one tab is made, the other ward is told, nothing crashes", () => {
    const h = sample();
    const roster = h.ss.sheet(SHEET.roster);
    const rows = h.ss.sheetValues(SHEET.roster);
    const qt = rows.findIndex((r) => r[1] === "Phường Quyết Thắng") + 1;
    h.counter.silently(() => roster.getRange(`D${qt}`).setValue("Phường Tân Phong"));
    const tabs = h.ss.sheets.length;
    h.ctx.menuSetupLaiChau();
    expect(h.ss.sheets.length).toBe(tabs);
    expect(h.ui.dialogs.at(-1)!.content).toContain("trùng với một xã/phường khác; chưa tạo tab");
    h.ctx.menuRollup();
    const qtRow = h.ss.sheetValues(SHEET.summary).find((r) => r[1] === "Phường Quyết Thắng")!;
    expect(qtRow.slice(2, 5)).toEqual([6, 1, 5]); // units, registered, evaluated: still counted
    // Its own tab, found by the code in B2: the name carries no "(chưa có tab)".
    expect(qtRow[1]).toBe("Phường Quyết Thắng");
  });
});
