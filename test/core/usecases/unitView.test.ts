/** The sidebar's unit view and "Kiểm tra tab này" as a use case: sheet values in, the RPC payload out. */
import { describe, expect, it } from "vitest";
import { sidebarStateSchema } from "../../../src/core/rpc";
import {
  checkActiveTab,
  type SidebarInput,
  shortName,
  sidebarState,
} from "../../../src/core/usecases/unitView";
import { SHEET } from "../../../src/core/vocabulary";
import { templateSpecs } from "../../../src/xlsx/workbook";

const WARD = "Phường Tân Phong";
const NOW = new Date("2024-11-20T03:04:05.000Z");

function sample(): Map<string, unknown[][]> {
  const plan = templateSpecs({ sample: true });
  if (!plan.ok) throw new Error("no sample");
  return new Map(plan.specs.map((s) => [s.name, s.values.map((r) => [...r]) as unknown[][]]));
}

function input(v: Map<string, unknown[][]>, sheet: string, column?: number, user = ""): SidebarInput {
  return {
    criteria: v.get(SHEET.criteria),
    roster: v.get(SHEET.roster),
    sheet,
    values: v.get(sheet)!,
    column,
    user,
    now: NOW,
  };
}

const rowOf = (values: unknown[][], code: string) => values.findIndex((r) => String(r[0]) === code);

describe("sidebarState", () => {
  it("judges the unit under the cursor with its type and ward from Danh mục", () => {
    const v = sample();
    const state = sidebarState(input(v, WARD, 3));
    expect(sidebarStateSchema.parse(state)).toEqual(state);
    expect(state.computedAt).toBe("2024-11-20T03:04:05.000Z");
    expect(state.hint).toBeUndefined();
    const unit = state.unit!;
    expect(unit).toMatchObject({
      sheet: WARD,
      cell: "C3",
      code: "TP-TDP05",
      verdict: "pass",
      verdictLabel: "Đạt",
    });
    expect(unit.standards.map((s) => s.label)).toEqual(["TC1", "TC2", "TC3", "TC4", "TC5", "TC6"]);
    // Đạt with one criterion short in TC2 (the sample's unit passes at 6/7).
    expect(unit.failing.map((c) => c.code)).toEqual(["2.6"]);
    expect(unit.missing).toEqual([]);
  });

  it("lists a failing, a blank and an unreadable cell with their criterion text and the value shown", () => {
    const v = sample();
    const tab = v.get(WARD)!;
    tab[rowOf(tab, "1.3")][2] = "Không đạt";
    tab[rowOf(tab, "2.1")][2] = "";
    tab[rowOf(tab, "3.1")][2] = "dat roi";
    const unit = sidebarState(input(v, WARD, 3)).unit!;
    expect(unit.failing.map((c) => [c.code, c.value])).toContainEqual(["1.3", "Không đạt"]);
    expect(unit.failing[0].text).not.toBe("");
    expect(unit.missing.map((c) => [c.code, c.value])).toEqual([["2.1", ""]]);
    expect(unit.invalid.map((c) => [c.code, c.value])).toEqual([["3.1", "dat roi"]]);
    expect(unit.verdict).toBe("invalid");
  });

  it("the city office: a city editor of Danh mục, or everyone when it names none", () => {
    const v = sample();
    expect(sidebarState(input(v, WARD, 3, "noivu@laichau.example.gov.vn")).isCityOffice).toBe(true);
    expect(sidebarState(input(v, WARD, 3, "someone@x.vn")).isCityOffice).toBe(false);
    expect(sidebarState(input(v, WARD, 3, "")).isCityOffice).toBe(false);
    v.delete(SHEET.roster);
    expect(sidebarState(input(v, SHEET.plan, 3, "someone@x.vn")).isCityOffice).toBe(true);
  });

  it("hints: not a ward tab, not a unit column, an empty unit column", () => {
    const v = sample();
    expect(sidebarState(input(v, SHEET.plan, 3)).hint).toBe(
      "Trang “Kế hoạch” không phải tab đánh giá của xã/phường. Hãy mở tab của xã/phường và đặt con trỏ vào cột của đơn vị.",
    );
    expect(sidebarState(input(v, WARD, 2)).hint).toBe(
      "Hãy đặt con trỏ vào một ô trong cột của đơn vị cần xem.",
    );
    expect(sidebarState(input(v, WARD, undefined)).hint).toBe(
      "Hãy đặt con trỏ vào một ô trong cột của đơn vị cần xem.",
    );
    const tab = v.get(WARD)!;
    const empty = tab[2].findIndex((c, i) => i > 2 && String(c ?? "") === "") + 1;
    expect(empty).toBeGreaterThan(3);
    const hint = sidebarState(input(v, WARD, empty)).hint;
    expect([
      "Cột này chưa chọn đơn vị. Hãy chọn đơn vị ở ô tiêu đề (dòng 3).",
      "Hãy đặt con trỏ vào một ô trong cột của đơn vị cần xem.",
    ]).toContain(hint);
  });

  it("a broken Tiêu chí: the hint names its problems, and no unit is judged", () => {
    const v = sample();
    const crit = v.get(SHEET.criteria)!;
    const r = crit.findIndex((row) => row[0] === "Tiêu chuẩn");
    crit[r][4] = 150;
    const state = sidebarState(input(v, WARD, 3));
    expect(state.title).toBe(SHEET.criteria);
    expect(state.unit).toBeUndefined();
    expect(state.hint).toContain("Trang Tiêu chí có lỗi");
    expect(state.hint).toContain(`Tiêu chí!E${r + 1}`);
  });
});

describe("checkActiveTab", () => {
  it("a clean tab: ok, nothing to select", () => {
    const check = checkActiveTab(input(sample(), WARD));
    expect(check).toEqual({
      result: { ok: true, message: `Tab “${WARD}” không có lỗi nào.`, items: [] },
      firstCell: undefined,
    });
  });

  it("every problem with its address, the first cell to select", () => {
    const v = sample();
    const tab = v.get(WARD)!;
    const r12 = rowOf(tab, "1.2");
    const r23 = rowOf(tab, "2.3");
    tab[r12][2] = "dat roi";
    tab[r23][3] = "";
    const check = checkActiveTab(input(v, WARD));
    expect(check.result.ok).toBe(false);
    expect(check.result.message).toBe(`Tab “${WARD}” có 2 vấn đề. Đã chọn ô đầu tiên.`);
    expect(check.result.items).toEqual([
      expect.stringContaining(`${WARD}!C${r12 + 1}: tiêu chí 1.2`),
      expect.stringContaining(`${WARD}!D${r23 + 1}: tiêu chí 2.3 còn trống`),
    ]);
    expect(check.firstCell).toBe(`C${r12 + 1}`);
  });

  it("not a ward tab, and a broken Tiêu chí, are said so", () => {
    const v = sample();
    expect(checkActiveTab(input(v, SHEET.plan)).result).toEqual({
      ok: false,
      message: "Trang “Kế hoạch” không phải tab đánh giá của xã/phường.",
      items: [],
    });
    const crit = v.get(SHEET.criteria)!;
    crit[crit.findIndex((row) => row[0] === "Tiêu chuẩn")][4] = 150;
    const broken = checkActiveTab(input(v, WARD)).result;
    expect(broken.message).toBe("Trang Tiêu chí có lỗi; hãy sửa trước:");
    expect(broken.items.length).toBeGreaterThan(0);
  });
});

describe("the unit view's links and short names (issue 13)", () => {
  it("each listed criterion carries the A1 of its cell in the unit's column", () => {
    const v = sample();
    const tab = v.get(WARD)!;
    tab[rowOf(tab, "1.3")][2] = "Không đạt";
    const unit = sidebarState(input(v, WARD, 3)).unit!;
    const failing = unit.failing.find((c) => c.code === "1.3")!;
    expect(failing.cell).toBe(`C${rowOf(tab, "1.3") + 1}`);
  });

  it("short names fit a line, cut at a word, and keep short names whole", () => {
    expect(shortName("6 không")).toBe("6 không");
    const long = shortName(
      "Xây dựng khu dân cư (tổ dân phố, bản) tự quản sáng - xanh – sạch – đẹp, văn minh, tiên tiến.",
    );
    expect(long).toBe("Xây dựng khu dân cư tự quản sáng - xanh…");
    const v = sample();
    for (const s of sidebarState(input(v, WARD, 3)).unit!.standards) {
      expect(s.shortName.length).toBeLessThanOrEqual(45);
      expect(s.name.startsWith(s.shortName.replace("…", "").slice(0, 8))).toBe(true);
    }
  });
});
