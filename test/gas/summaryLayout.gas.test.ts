/** Tổng hợp as the roll-up leaves it in Sheets (dist/Code.js on the strict fake): laid out for a person and for paper. */
import { describe, expect, it } from "vitest";
import { SHEET } from "../../src/core/vocabulary";
import { FIRST_BODY_ROW, FIRST_UNIT_COL } from "../../src/core/workbook/wardTab";
import { harness } from "../helpers/harness";

function rolledUp() {
  const h = harness();
  h.ctx.menuLoadSample();
  h.ctx.menuRollup();
  return h;
}

describe("Tổng hợp in Sheets", () => {
  const h = rolledUp();
  const snap = h.ss.snapshotSheet(SHEET.summary);
  const values = h.ss.sheetValues(SHEET.summary);
  const rowOf = (start: string) => values.findIndex((r) => String(r[0]).startsWith(start)) + 1;

  it("each paragraph in its own cell, merged across A:K, wrapped, its row as tall as its text", () => {
    const headline = rowOf("Đến hết năm 2024, toàn thành phố có 35");
    expect(headline).toBeGreaterThan(1);
    expect(snap.merges).toContain(`A${headline}:K${headline}`);
    expect(snap.cells[`A${headline}`].format.wrap).toBe(true);
    expect(snap.rowHeights[headline]).toBeGreaterThanOrEqual(4 * 20);
    for (const year of [2021, 2022, 2023, 2024]) expect(rowOf(`+ Năm ${year} có`)).toBeGreaterThan(headline);
  });

  it("one font, Times New Roman 12 (title 14), on every cell it writes", () => {
    const cells = Object.entries(snap.cells);
    expect(cells.every(([, c]) => c.format.fontFamily === "Times New Roman")).toBe(true);
    expect(snap.cells.A1.format.fontSize).toBe(14);
    expect(snap.cells.A2?.format.fontSize ?? 12).toBe(12);
  });

  it("the ward table: bordered, numbers centred under their headings, the name left", () => {
    const head = values.findIndex((r) => r[0] === "STT") + 1;
    const first = head + 1;
    expect(snap.cells[`C${first}`].format.horizontalAlignment).toBe("center");
    expect(snap.cells[`B${first}`].format.horizontalAlignment ?? "left").not.toBe("center");
    expect(snap.cells[`C${first}`].format.borders).toBeDefined();
    expect(snap.cells[`K${first}`].value).toBe("7/7");
  });

  it("the unit list merges C:H for “TP-TDP05 – Tổ dân phố số 5”", () => {
    const [a1] = Object.entries(snap.cells).find(([, c]) => c.value === "TP-TDP05 – Tổ dân phố số 5")!;
    const row = Number(a1.slice(1));
    expect(a1).toBe(`C${row}`);
    expect(snap.merges.some((m) => m.startsWith(`C${row}:H`))).toBe(true);
  });

  it("a roll-up with fewer rows leaves no stale merge or value behind (as a fresh roll-up)", () => {
    const h2 = harness();
    h2.ctx.menuLoadSample();
    const tab = h2.ss.sheet("Phường Tân Phong");
    const cell = tab.getRange(FIRST_BODY_ROW + 1, FIRST_UNIT_COL);
    const kept = cell.getValue();
    cell.setValue("xyz"); // unreadable: one more problem row, one unit fewer, other lines
    h2.ctx.menuRollup();
    const longer = h2.ss.sheetValues(SHEET.summary).length;
    cell.setValue(kept);
    h2.ctx.menuRollup();
    const after = h2.ss.snapshotSheet(SHEET.summary);
    expect(h2.ss.sheetValues(SHEET.summary).length).toBeLessThanOrEqual(longer);
    expect(after.merges.sort()).toEqual([...snap.merges].sort());
    const filled = (x: typeof snap) =>
      Object.fromEntries(Object.entries(x.cells).flatMap(([a, c]) => (c.value === "" ? [] : [[a, c.value]])));
    expect(filled(after)).toEqual(filled(snap));
    // The rows below keep no frame: no border, no font of the old table (number formats stay, as
    // Range.clearFormat leaves them).
    const below = Object.entries(after.cells).filter(
      ([a]) => Number(a.replace(/^[A-Z]+/, "")) > values.length,
    );
    expect(below.length).toBeGreaterThan(0);
    for (const [a, c] of below)
      expect([a, c.format.borders, c.format.fontFamily ?? null]).toEqual([a, undefined, null]);
  });
});
