/**
 * Sheets re-types strings written by setValues ("7/7" → a date, "1.3" → a number or a
 * date, "109,4%" → a number). Every cell the roll-up writes must show exactly what the core spec
 * says, in vi_VN and in en_US (the strict fake types input per locale).
 */
import { describe, expect, it } from "vitest";
import { rollupWorkbook } from "../../src/core/usecases/rollupWorkbook";
import { SHEET } from "../../src/core/vocabulary";
import { harness } from "../helpers/harness";

function rolledUp() {
  const h = harness();
  h.ctx.menuLoadSample(); // set-up switches the file to vi_VN …
  // … and a user may switch it back: the roll-up must write right in the project's locale too.
  h.counter.silently(() => h.ss.setSpreadsheetLocale(process.env.FAKE_LOCALE ?? "vi_VN"));
  h.ctx.menuRollup();
  return h;
}

describe("roll-up output cells keep their text", () => {
  it("Tổng hợp and Lịch sử hold exactly the spec's values (strings stay strings)", () => {
    const h = rolledUp();
    const values = new Map(h.ss.sheets.map((s) => [s.name, h.ss.sheetValues(s.name)]));
    const computed = rollupWorkbook(values);
    if (!computed.ok) throw new Error("roll-up failed");
    for (const spec of [computed.summary, computed.history]) {
      const sheet = h.ss.sheet(spec.name);
      const got = sheet.getRange(1, 1, spec.values.length, spec.values[0].length).getValues();
      const retyped: string[] = [];
      spec.values.forEach((row, r) => {
        row.forEach((v, c) => {
          if (got[r][c] !== v)
            retyped.push(`${spec.name}!R${r + 1}C${c + 1}: ${String(v)} → ${String(got[r][c])}`);
        });
      });
      expect(retyped).toEqual([]);
    }
  });

  it("the cells Sheets would have re-typed: 7/7, criterion codes, a problem's value", () => {
    const h = rolledUp();
    const rows = h.ss.sheetValues(SHEET.summary);
    expect(rows.find((r) => r[1] === "Phường Tân Phong")?.[10]).toBe("7/7");
    const codes = rows.map((r) => r[0]).filter((v) => typeof v === "string" && /^\d+\.\d+$/.test(v));
    expect(codes.length).toBeGreaterThan(0);
    for (const c of codes) expect(typeof c).toBe("string");
  });

  it("percentages are numbers shown as percentages in the spreadsheet's locale", () => {
    const h = rolledUp();
    const summary = h.ss.sheet(SHEET.summary);
    const rows = h.ss.sheetValues(SHEET.summary);
    const r = rows.findIndex((row) => row[9] === 1.094) + 1;
    expect(r).toBeGreaterThan(0);
    const shown = summary.getRange(r, 10).getDisplayValues()[0][0];
    const locale = h.ss.getSpreadsheetLocale();
    expect(shown).toBe(locale === "vi_VN" ? "109,4%" : "109.4%");
  });
});
