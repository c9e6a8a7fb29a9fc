/** Set-up, repair and the ward tabs through the shipped artifact: dist/Code.js on the SpreadsheetApp fake. */
import { describe, expect, it } from "vitest";
import { LAICHAU_ROSTER } from "../../src/core/sample/laichau";
import { SHEET } from "../../src/core/vocabulary";
import { harness } from "../helpers/harness";

const WARD = "Phường Tân Phong";

function loadedSample() {
  const h = harness();
  h.ctx.menuLoadSample();
  return h;
}

function rowOfCode(h: ReturnType<typeof harness>, sheet: string, code: string): number {
  const values = h.ss.sheetValues(sheet);
  return values.findIndex((r) => String(r[0]) === code) + 1;
}

describe("onOpen", () => {
  it("adds the Vietnamese menu with every item wired to a global", () => {
    const h = harness();
    h.ctx.onOpen({ authMode: "NONE" });
    const menu = h.ui.menus[0];
    expect(menu.caption).toBe("Tổ dân phố tự quản");
    const fns = menu.items.flatMap((i) => ("functionName" in i ? [i.functionName] : []));
    expect(fns).toEqual(
      expect.arrayContaining(["menuOpenSidebar", "menuValidateTab", "menuSetupLaiChau", "menuRollup"]),
    );
    for (const f of fns) expect(typeof h.ctx[f], f).toBe("function");
  });
  it("touches no document data (limited auth)", () => {
    const h = harness();
    h.counter.reset();
    h.ctx.onOpen({ authMode: "LIMITED" });
    expect(
      Object.keys(h.counter.snapshot().calls).filter((k) => /^(Spreadsheet|Sheet|Range)\./.test(k)),
    ).toEqual([]);
  });
});

describe("set-up on an empty spreadsheet", () => {
  it("creates the fixed sheets and an empty roster, then the ward tabs once the roster is filled", () => {
    const h = harness();
    h.ctx.menuSetupLaiChau();
    const names = h.ss.getSheets().map((s) => s.getName());
    for (const n of [SHEET.guide, SHEET.criteria, SHEET.roster, SHEET.plan, SHEET.summary, SHEET.history])
      expect(names).toContain(n);
    expect(h.ss.sheetValues(SHEET.roster)[1][1]).toBe("noivu@thanhpho.gov.vn");
    // The city office types two wards and three units, then runs set-up again.
    h.ss.sheet(SHEET.roster).seed(
      [
        [
          "TP",
          "Phường Tân Phong",
          "phường",
          "Phường Tân Phong",
          "tp@x.vn",
          "",
          "",
          "TP-TDP05",
          "Tổ dân phố số 5",
          "tổ dân phố",
          "TP",
        ],
        [
          "SP",
          "Xã Sùng Phài",
          "xã",
          "Xã Sùng Phài",
          "sp@x.vn",
          "",
          "",
          "SP-B-SUNGCHO",
          "Bản Sùng Chồ",
          "bản",
          "SP",
        ],
        ["", "", "", "", "", "", "", "TP-TDP09", "Tổ dân phố số 9", "tổ dân phố", "TP"],
      ],
      "A4",
    );
    h.ctx.menuSetupLaiChau();
    expect(h.ss.getSheets().map((s) => s.getName())).toEqual(expect.arrayContaining([WARD, "Xã Sùng Phài"]));
    const tab = h.ss.sheetValues(WARD);
    expect(tab[2].slice(0, 4)).toEqual([
      "Mã",
      "Nội dung tiêu chí",
      "TP-TDP05 – Tổ dân phố số 5",
      "TP-TDP09 – Tổ dân phố số 9",
    ]);
    expect(tab.map((r) => String(r[0]))).toEqual(expect.arrayContaining(["1", "1.1", "6.4", "II", "II.4"]));
  });
});

describe("the Lai Châu training workbook", () => {
  it("has a tab per ward with validations that reject other input", () => {
    const h = loadedSample();
    for (const w of LAICHAU_ROSTER.wards) expect(h.ss.findSheet(w.tab), w.tab).not.toBeNull();
    const sheet = h.ss.sheet(WARD);
    const r = rowOfCode(h, WARD, "1.1");
    const v = sheet.cellState(`C${r}`).validation!;
    expect(v.values[0]).toEqual(["Đạt", "Không đạt", "Không áp dụng"]);
    expect(v.allowInvalid).toBe(false);
    expect(v.helpText).toMatch(/^1\.1\. 100% các chức danh chủ chốt/);
    const dq = sheet.cellState(`C${rowOfCode(h, WARD, "II.2")}`).validation!;
    expect(dq.values[0]).toEqual(["Có", "Không"]);
    const header = sheet.cellState("C3").validation!;
    expect(header.values[0]).toContain("TP-TDP05 – Tổ dân phố số 5");
    expect(header.allowInvalid).toBe(false);
    // the city's appraisal row: Đạt / Không đạt, city office only
    const appraisal = sheet.cellState(`C${rowOfCode(h, WARD, "TĐ")}`).validation!;
    expect(appraisal.values[0]).toEqual(["Đạt", "Không đạt"]);
    const ward = "tanphong@example.gov.vn";
    h.ss.fileEditors.push(ward); // shared on the file after set-up
    expect(h.ss.canUserEdit(ward, WARD, `C${rowOfCode(h, WARD, "TĐ")}`)).toBe(false);
    expect(h.ss.canUserEdit(ward, WARD, `C${rowOfCode(h, WARD, "1.1")}`)).toBe(true);
    // heading rows carry no validation
    expect(sheet.cellState(`C${rowOfCode(h, WARD, "2")}`).validation).toBeNull();
  });

  it("keeps criterion codes as text and writes one array formula per result row", () => {
    const h = loadedSample();
    const sheet = h.ss.sheet(WARD);
    const r = rowOfCode(h, WARD, "2.1");
    expect(sheet.cellState(`A${r}`).value).toBe("2.1");
    const formulas = h.ss.snapshotSheet(WARD);
    const withFormula = Object.entries(formulas.cells).filter(([, c]) => c.formula);
    expect(withFormula.map(([, c]) => c.formula.split("(")[0])).toEqual([
      "=TDP_STANDARD",
      "=TDP_GAPS",
      "=TDP_VERDICT",
    ]);
    expect(withFormula.every(([a1]) => a1.startsWith("C"))).toBe(true);
    expect(withFormula[2][1].formula).toMatch(
      /^=TDP_VERDICT\(C4:\w+\d+,"",\$A\$4:\$A\$\d+,'Tiêu chí'!\$A:\$G\)$/,
    );
  });

  it("shows each unit's verdict through the bundle's custom function", () => {
    const h = loadedSample();
    const snap = h.ss.snapshotSheet(WARD);
    const verdictA1 = Object.entries(snap.cells).find(([, c]) => c.formula.startsWith("=TDP_VERDICT"))![0];
    expect(h.ss.sheet(WARD).getRange(verdictA1).getValue()).toBe("Đạt"); // TP-TDP05 is recognized in the sample
    const gapsA1 = Object.entries(snap.cells).find(([, c]) => c.formula.startsWith("=TDP_GAPS"))![0];
    expect(h.ss.sheet(WARD).getRange(gapsA1).getValue()).toBe("");
  });

  it("formats: verdict row bold, conditional colours, frozen header, protections", () => {
    const h = loadedSample();
    const snap = h.ss.snapshotSheet(WARD);
    expect(snap.frozenRows).toBe(3);
    expect(snap.frozenColumns).toBe(2);
    const verdictA1 = Object.entries(snap.cells).find(([, c]) => c.formula.startsWith("=TDP_VERDICT"))![0];
    expect(snap.cells[verdictA1].format.fontWeight).toBe("bold");
    const rules = snap.conditionalFormats.map((c) => JSON.stringify(c));
    expect(rules.some((r) => r.includes("Đạt") && r.includes("#d9ead3"))).toBe(true);
    expect(rules.some((r) => r.includes("Không đạt") && r.includes("#f4cccc"))).toBe(true);
    expect(rules.some((r) => r.includes("=AND(LEN(C$3)>0,LEN(TRIM(C5))=0)") && r.includes("#fff2cc"))).toBe(
      true,
    );

    // Two protections: the sheet (city office; input cells left open) and the input cells (ward + city).
    const sheetProt = snap.protections.find((p) => p.type === "SHEET")!;
    expect(sheetProt.editors.sort()).toEqual(
      ["noivu@laichau.example.gov.vn", "noivu@thanhpho.gov.vn"].sort(),
    );
    expect(sheetProt.domainEdit).toBe(false);
    expect(sheetProt.unprotectedRanges).toHaveLength(2);
    const ranges = snap.protections.filter((p) => p.type === "RANGE");
    expect(ranges).toHaveLength(1);
    expect(ranges[0].editors).toContain("tanphong@example.gov.vn");
    const ward = "tanphong@example.gov.vn";
    h.ss.fileEditors.push(ward); // shared on the file after set-up
    const last = snap.maxColumns >= 1 ? h.ss.sheetValues(WARD)[2].length : 0;
    const note = `${String.fromCharCode(64 + last)}3`;
    expect(
      ["C3", "C5", `${String.fromCharCode(64 + last)}5`].map((a) => h.ss.canUserEdit(ward, WARD, a)),
    ).toEqual([true, true, true]);
    expect(["A1", "A5", "B5", note].map((a) => h.ss.canUserEdit(ward, WARD, a))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(h.ss.canUserEdit("noivu@thanhpho.gov.vn", WARD, note)).toBe(true);
    const roster = h.ss.snapshotSheet(SHEET.roster).protections[0];
    expect(roster.editors).not.toContain("tanphong@example.gov.vn");
  });

  it("set-up fetches ranges per sheet, not per criterion row (no service call per block)", () => {
    const h = loadedSample();
    h.counter.reset();
    h.ctx.menuSetupLaiChau();
    const calls = h.counter.snapshot().calls;
    const tabs = LAICHAU_ROSTER.wards.length;
    // ~90 conditional blocks per ward tab come from one getRangeList call each — and a tab that
    // already shows its layout is not written at all (one getRange for its layout note).
    expect(calls["Sheet.getRangeList"] ?? 0).toBeLessThanOrEqual(tabs);
    // Issue 13: plus two on each of the 4 city sheets with validation (the rules' marker note, and
    // one getDataValidations over their cells to see that none was pasted away).
    expect(calls["Sheet.getRange"]).toBeLessThanOrEqual(2 * tabs + 2 * 4);
  });

  it("set-up twice changes nothing", () => {
    const h = loadedSample();
    const before = h.ss.getSheets().map((s) => h.ss.snapshotSheet(s.getName()));
    h.ctx.menuSetupLaiChau();
    const after = h.ss.getSheets().map((s) => h.ss.snapshotSheet(s.getName()));
    expect(after).toEqual(before);
  });

  it("set-up after a criterion is added keeps every value and adds the row", () => {
    const h = loadedSample();
    const sheet = h.ss.sheet(WARD);
    const before = h.ss.sheetValues(WARD);
    const header = before[2];
    const typed = new Map<string, unknown>();
    for (const row of before)
      for (let c = 2; c < header.length - 1; c++)
        if (/^\d\.\d$|^II\.\d$/.test(String(row[0]))) typed.set(`${row[0]}|${header[c]}`, row[c]);
    // Phòng Nội vụ adds criterion 3.6 under 3.5 in Tiêu chí.
    const crit = h.ss.sheetValues(SHEET.criteria);
    const i = crit.findIndex((r) => String(r[1]) === "3.5");
    const rows = [
      ...crit.slice(0, i + 1),
      ["Tiêu chí", "3.6", "100% hộ có thiết bị lưu chứa rác thải sinh hoạt", "3", "", "", ""],
      ...crit.slice(i + 1),
    ];
    h.ss.sheet(SHEET.criteria).seed(rows);
    // A ward clerk also typed a note.
    sheet
      .getRange(`${String.fromCharCode(64 + header.length)}${rowOfCode(h, WARD, "1.1")}`)
      .setValue("Biên bản số 12");
    h.ctx.menuSetupLaiChau();
    const after = h.ss.sheetValues(WARD);
    expect(after.map((r) => String(r[0]))).toContain("3.6");
    expect(rowOfCode(h, WARD, "3.6")).toBe(rowOfCode(h, WARD, "3.5") + 1);
    const afterHeader = after[2];
    for (const row of after)
      for (let c = 2; c < afterHeader.length - 1; c++) {
        const key = `${row[0]}|${afterHeader[c]}`;
        if (typed.has(key)) expect(row[c], key).toBe(typed.get(key));
      }
    const noteCol = afterHeader.length - 1;
    expect(after[rowOfCode(h, WARD, "1.1") - 1][noteCol]).toBe("Biên bản số 12");
    expect(h.ss.sheet(WARD).cellState(`C${rowOfCode(h, WARD, "3.6")}`).validation?.values[0]).toEqual([
      "Đạt",
      "Không đạt",
      "Không áp dụng",
    ]);
  });

  it("a unit removed from the roster keeps its column, flagged", () => {
    const h = loadedSample();
    const roster = h.ss.sheetValues(SHEET.roster);
    const r = roster.findIndex((row) => row[7] === "TP-TDP05");
    h.ss
      .sheet(SHEET.roster)
      .getRange(`H${r + 1}:N${r + 1}`)
      .setValues([["", "", "", "", "", "", ""]]);
    h.ctx.menuSetupLaiChau();
    const tab = h.ss.sheetValues(WARD);
    const col = tab[2].indexOf("TP-TDP05 – Tổ dân phố số 5");
    expect(col).toBeGreaterThan(1);
    expect(tab[rowOfCode(h, WARD, "1.1") - 1][col]).not.toBe("");
    expect(h.ui.dialogs.at(-1)!.content).toContain("TP-TDP05");
  });

  it("loading the sample into a workbook with a roster is refused", () => {
    const h = loadedSample();
    const before = h.ss.sheetValues(SHEET.roster);
    h.ctx.menuLoadSample();
    expect(h.ui.dialogs.at(-1)!.content).toContain("Chỉ nạp dữ liệu mẫu vào một sổ trống");
    expect(h.ss.sheetValues(SHEET.roster)).toEqual(before);
  });
});

describe("set-up never destroys what it cannot read", () => {
  it("a letterhead inserted above a ward tab: the tab is left alone and reported; the roll-up still reads it", () => {
    const h = loadedSample();
    const before = h.ss.sheetValues(WARD);
    const sheet = h.ss.sheet(WARD);
    const letterhead = [["UBND PHƯỜNG TÂN PHONG"], ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"], [""]];
    sheet.getRange(1, 1, before.length, before[0].length).clearContent();
    sheet.seed([...letterhead, ...before]);
    const shifted = h.ss.sheetValues(WARD);
    h.ctx.menuSetupLaiChau();
    expect(h.ss.sheetValues(WARD)).toEqual(shifted);
    expect(h.ui.dialogs.at(-1)!.content).toContain("dòng tiêu đề đang ở dòng 6, mẫu là dòng 3");
    h.ctx.menuRollup();
    const totals = h.ss.sheetValues(SHEET.summary).find((r) => r[1] === "Tổng số")!;
    expect(totals[6]).toBe(35);
  });

  it("rows typed under the table (a signature block) survive set-up", () => {
    const h = loadedSample();
    const sheet = h.ss.sheet(WARD);
    const n = h.ss.sheetValues(WARD).length;
    sheet.getRange(n + 2, 2).setValue("Người lập biểu");
    sheet.getRange(n + 3, 2).setValue("Tân Phong, ngày 20/11/2024");
    h.ctx.menuSetupLaiChau();
    const flat = h.ss.sheetValues(WARD).flat();
    expect(flat).toContain("Người lập biểu");
    expect(flat).toContain("Tân Phong, ngày 20/11/2024");
    // and a second set-up leaves everything as it is
    const again = h.ss.snapshotSheet(WARD);
    h.ctx.menuSetupLaiChau();
    expect(h.ss.snapshotSheet(WARD)).toEqual(again);
  });
});

describe("Kiểm tra tab này", () => {
  it("finds each seeded problem with its address and selects the first", () => {
    const h = loadedSample();
    const sheet = h.ss.sheet(WARD);
    const r12 = rowOfCode(h, WARD, "1.2");
    const r23 = rowOfCode(h, WARD, "2.3");
    sheet.getRange(`C${r12}`).setValue("dat roi"); // pasted past validation
    sheet.getRange(`D${r23}`).setValue(""); // blank
    sheet.getRange("E3").setValue(sheet.getRange("C3").getValue()); // duplicate unit
    sheet.getRange("F3").setValue("TP-TDP99 – Tổ dân phố số 99"); // unknown unit
    h.ss.setActiveSheet(sheet);
    h.ctx.menuValidateTab();
    const text = h.ui.dialogs.at(-1)!.content;
    expect(text).toContain(`${WARD}!C${r12}: tiêu chí 1.2: giá trị “dat roi” không hiểu được`);
    expect(text).toContain(`${WARD}!D${r23}: tiêu chí 2.3 còn trống`);
    expect(text).toMatch(/Phường Tân Phong!E3: đơn vị TP-TDP\d+ trùng với cột C/);
    expect(text).toContain(`${WARD}!F3: đơn vị không có trong Danh mục`);
    expect(h.ss.getActiveRange()!.getA1Notation()).toBe("E3");
  });

  it("reports a deleted criterion row and a moved one", () => {
    const h = loadedSample();
    const values = h.ss.sheetValues(WARD);
    const i = values.findIndex((r) => String(r[0]) === "4.2");
    const j = values.findIndex((r) => String(r[0]) === "1.1");
    const moved = [...values];
    const [row11] = moved.splice(j, 1);
    moved.splice(i - 1, 0, row11); // 1.1 now sits after 4.1
    const deleted = moved.filter((r) => String(r[0]) !== "5.3");
    const sheet = h.ss.sheet(WARD);
    sheet.getRange(1, 1, values.length, values[0].length).clearContent();
    sheet.seed(deleted);
    h.ss.setActiveSheet(sheet);
    const result = h.ctx.sidebarValidateTab();
    expect(result.items.join("\n")).toContain("thiếu dòng tiêu chí 5.3");
    expect(result.items.join("\n")).toMatch(/dòng tiêu chí 1\.1 không đúng thứ tự/);
  });

  it("on a non-ward sheet says so", () => {
    const h = loadedSample();
    h.ss.setActiveSheet(h.ss.sheet(SHEET.plan));
    expect(h.ctx.sidebarValidateTab().message).toBe(
      "Trang “Kế hoạch” không phải tab đánh giá của xã/phường.",
    );
  });
});

describe("sidebar state (RPC)", () => {
  it("describes the unit under the cursor with ISO time and no Date objects", () => {
    const h = loadedSample();
    const sheet = h.ss.sheet(WARD);
    sheet.getRange(`C${rowOfCode(h, WARD, "1.3")}`).activate();
    const state = h.ctx.sidebarGetState();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state.unit.code).toBe("TP-TDP05");
    expect(state.unit.verdictLabel).toBe("Đạt");
    expect(state.unit.standards).toHaveLength(6);
    expect(state.computedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(state.isCityOffice).toBe(true);
  });
  it("gives a hint outside a unit column", () => {
    const h = loadedSample();
    h.ss.sheet(WARD).getRange("B5").activate();
    expect(h.ctx.sidebarGetState().hint).toBe("Hãy đặt con trỏ vào một ô trong cột của đơn vị cần xem.");
  });
});
