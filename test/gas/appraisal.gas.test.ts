/**
 * Lập trang thẩm định theo lĩnh vực through dist/Code.js on the fake (issue 15): each department
 * edits only its own columns of Kết quả thẩm định; a department's Không đạt reaches Tổng hợp and the
 * decision's annex.
 */
import { describe, expect, it } from "vitest";
import { SUBMIT_UI } from "../../src/core/text/ui";
import { FIELD_APPRAISAL, SHEET } from "../../src/core/vocabulary";
import { harness } from "../helpers/harness";

const OWNER = "noivu@thanhpho.gov.vn";
const POLICE = "ca@laichau.example.gov.vn";
const CULTURE = "vh@laichau.example.gov.vn";

type H = ReturnType<typeof harness>;

function withAssignments(): H {
  const h = harness({ fileEditors: [POLICE, CULTURE] });
  h.ctx.menuLoadSample();
  h.ctx.menuAppraisalSheets(); // creates Phân công thẩm định, says it is empty
  expect(h.ui.dialogs.at(-1)!.content).toMatch(/chưa có cơ quan nào/);
  h.ss.sheet(FIELD_APPRAISAL.assignSheet).seed(
    [
      ["Công an thành phố", POLICE, "TC6"],
      ["Phòng Văn hóa - Thông tin", CULTURE, "TC4"],
    ],
    "A4",
  );
  h.ctx.menuAppraisalSheets();
  return h;
}

function writeAs(h: H, email: string, a1: string, value: string): void {
  h.g.actAs(email);
  try {
    h.ss.sheet(FIELD_APPRAISAL.resultSheet).getRange(a1).setValue(value);
  } finally {
    h.g.actAs(OWNER);
  }
}

const rowOf = (h: H, code: string) =>
  h.ss.sheetValues(FIELD_APPRAISAL.resultSheet).findIndex((r) => r[0] === code) + 1;

describe("Lập trang thẩm định theo lĩnh vực", () => {
  it("lays out a row per proposed unit and a column per department and standard", () => {
    const h = withAssignments();
    const values = h.ss.sheetValues(FIELD_APPRAISAL.resultSheet);
    expect(values[2].slice(3, 7)).toEqual([
      "Công an thành phố – TC6",
      "Công an thành phố – ghi chú",
      "Phòng Văn hóa - Thông tin – TC4",
      "Phòng Văn hóa - Thông tin – ghi chú",
    ]);
    expect(values.length - 3).toBe(35);
  });

  it("each department edits only its own columns; the city office all", () => {
    const h = withAssignments();
    const r = rowOf(h, "TP-TDP05");
    expect(() => writeAs(h, POLICE, `D${r}`, "Không đạt")).not.toThrow();
    expect(() => writeAs(h, POLICE, `F${r}`, "Không đạt")).toThrow(/protected/i);
    expect(() => writeAs(h, CULTURE, `F${r}`, "Đạt")).not.toThrow();
    expect(() => writeAs(h, CULTURE, `D${r}`, "Đạt")).toThrow(/protected/i);
    expect(() => writeAs(h, POLICE, `A${r}`, "X")).toThrow(/protected/i);
    expect(h.ss.canUserEdit(OWNER, FIELD_APPRAISAL.resultSheet, `D${r}`)).toBe(true);
  });

  it("a department's Không đạt removes the unit from the roll-up and the annex, and is listed", () => {
    const h = withAssignments();
    const r = rowOf(h, "TP-TDP05");
    writeAs(h, POLICE, `D${r}`, "Không đạt");
    h.ctx.menuRollup();
    const summary = h.ss.sheetValues(SHEET.summary).flat().map(String);
    expect(summary).toContain("Công an thành phố");
    const annex = h.ss.sheetValues(SHEET.annex);
    expect(annex.slice(5).filter((row) => row[0] !== "")).toHaveLength(34);
    expect(annex.some((row) => row[1] === "Tổ dân phố số 5" && row[2] === "Phường Tân Phong")).toBe(false);
    expect(annex.some((row) => row[1] === "Tổ dân phố số 8" && row[2] === "Phường Tân Phong")).toBe(true);
    // Built again: the result typed stays.
    h.ctx.menuAppraisalSheets();
    expect(h.ss.sheetValues(FIELD_APPRAISAL.resultSheet)[rowOf(h, "TP-TDP05") - 1][3]).toBe("Không đạt");
  });

  it("is the city office's: anyone else is refused", () => {
    const h = withAssignments();
    h.g.actAs(POLICE);
    h.ctx.menuAppraisalSheets();
    h.g.actAs(OWNER);
    expect(h.ui.dialogs.at(-1)!.content).toContain(SUBMIT_UI.cityOnly);
  });
});
