import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { gas } from "../../src/gas/types";
import { parseA1, refToRect, splitSheetName } from "./a1";
import { createAppsScriptGlobals } from "./globals";
import { FakeSpreadsheet } from "./spreadsheet";

function setup() {
  const g = createAppsScriptGlobals({ user: "me@example.com", owner: "owner@example.com" });
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  g.counter.reset();
  return { g, ss, sheet };
}

describe("values", () => {
  it("round-trips strings, numbers, booleans, dates and blanks", () => {
    const { ss, sheet } = setup();
    const d = new Date(2024, 0, 31);
    sheet.getRange("A1:D2").setValues([
      ["Tổ 1", 12, true, d],
      ["", null, "x", 0],
    ]);
    const values = sheet.getRange(1, 1, 2, 4).getValues();
    expect(values).toEqual([
      ["Tổ 1", 12, true, d],
      ["", "", "x", 0],
    ]);
    expect(values[0][3]).not.toBe(d); // a copy, like Apps Script
    expect(sheet.getRange("B1").getValue()).toBe(12);
    const day = { vi_VN: "31/1/2024", en_US: "1/31/2024" }[String(ss.getSpreadsheetLocale())];
    expect(sheet.getRange("A1:D1").getDisplayValues()).toEqual([["Tổ 1", "12", "TRUE", day]]);
  });

  it("types strings on write like Sheets, except with the plain-text format or a leading apostrophe", () => {
    const { sheet } = setup();
    sheet.getRange("A1:D1").setValues([["12", "TRUE", "'007", "abc"]]);
    expect(sheet.getRange("A1:D1").getValues()).toEqual([[12, true, "007", "abc"]]);
    sheet.getRange("E1").setNumberFormat("@").setValue("1.3");
    expect(sheet.getRange("E1").getValue()).toBe("1.3");
  });

  it("keeps formulas; values come from the registered evaluator, else ''", () => {
    const { ss, sheet } = setup();
    sheet.getRange("A1").setValue("=1+1");
    sheet.getRange("B1").setFormula("=SUM(A1)");
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["", ""]]);
    expect(sheet.getRange("A1:C1").getFormulas()).toEqual([["=1+1", "=SUM(A1)", ""]]);
    ss.setFormulaEvaluator((name, a1, f) => `${name}!${a1}:${f}`);
    expect(sheet.getRange("A1").getValue()).toBe("Sheet1!A1:=1+1");
  });

  it("computes the data range from the last row/column with content", () => {
    const { sheet } = setup();
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    sheet.getRange("C5").setValue("x");
    sheet.getRange("F2").setFormula("=1");
    sheet.getRange("J20").setBackground("#fff"); // formatting only: not content
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 6]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:F5");
  });

  it("throws when the data does not match the range", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B2").setValues([["a", "b"]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range",
    );
    expect(() => sheet.getRange("A1:B2").setValues([["a"], ["b"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range",
    );
  });
});

describe("grid bounds", () => {
  it("rejects ranges beyond the grid until rows/columns are inserted", () => {
    const { sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1001, 1)).toThrow("outside the dimensions of the sheet");
    expect(() => sheet.getRange("AA1")).toThrow("outside the dimensions of the sheet");
    expect(() => sheet.getRange(0, 1)).toThrow("starting row");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("at least 1");
    expect(() => sheet.getRange(Number.NaN, 1)).toThrow("Cannot convert NaN");
    sheet.insertRowsAfter(1000, 5);
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getRange(1005, 28).getA1Notation()).toBe("AB1005");
  });

  it("shifts cells, merges and protections when rows are inserted in the middle", () => {
    const { g, sheet } = setup();
    sheet.getRange("A1:A4").setValues([["top"], ["lost in merge"], [""], ["moved"]]);
    sheet.getRange("A1:B3").merge();
    expect(sheet.getRange("A1:A2").getValues()).toEqual([["top"], [""]]);
    sheet.getRange("C5").protect();
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange("A6").getValue()).toBe("moved");
    expect(sheet.getRange("A1").getMergedRanges()[0].getA1Notation()).toBe("A1:B5");
    const [p] = sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE);
    expect(p.getRange().getA1Notation()).toBe("C7");
  });
});

describe("A1 notation", () => {
  it("parses quoted sheet names with spaces and diacritics", () => {
    expect(splitSheetName("'Tên có dấu cách'!B2:D10")).toEqual({
      sheetName: "Tên có dấu cách",
      cells: "B2:D10",
    });
    expect(splitSheetName("'It''s'!A1").sheetName).toBe("It's");
    const ref = parseA1("'Tên có dấu cách'!B2:D10");
    expect(refToRect(ref, 1000, 26)).toEqual({ row: 2, col: 2, numRows: 9, numCols: 3 });
    expect(refToRect(parseA1("A:C"), 1000, 26)).toEqual({ row: 1, col: 1, numRows: 1000, numCols: 3 });
    expect(refToRect(parseA1("3:5"), 1000, 26)).toEqual({ row: 3, col: 1, numRows: 3, numCols: 26 });
    expect(refToRect(parseA1("$B$2"), 1000, 26)).toEqual({ row: 2, col: 2, numRows: 1, numCols: 1 });
  });

  it("resolves sheet-qualified ranges on the spreadsheet", () => {
    const { ss } = setup();
    ss.insertSheet("Tên có dấu cách", 1);
    const r = ss.getRange("'Tên có dấu cách'!B2:D10");
    expect(r.getSheet().getName()).toBe("Tên có dấu cách");
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 9, 3]);
    expect(r.getA1Notation()).toBe("B2:D10");
    expect(ss.getRangeList(["A1", "'Tên có dấu cách'!C3"]).getRanges().length).toBe(2);
  });
});

describe("sheets", () => {
  it("inserts at an index, activates, and rejects duplicate names case-insensitively", () => {
    const { ss } = setup();
    const s = ss.insertSheet("Đánh giá", 0);
    expect(s.getIndex()).toBe(1);
    expect(ss.getActiveSheet()).toBe(s);
    expect(ss.getSheetByName("đánh GIÁ")).toBe(s);
    expect(() => ss.insertSheet("ĐÁNH GIÁ", 1)).toThrow('A sheet with the name "ĐÁNH GIÁ" already exists');
    expect(() => ss.getSheets()[1].setName("Đánh giá")).toThrow("already exists");
  });

  it("snapshots a sheet as plain data", () => {
    const { ss, sheet } = setup();
    sheet
      .getRange("A1:B1")
      .setValues([["x", 1]])
      .setFontWeight("bold")
      .setBackground("#eee");
    sheet.getRange("A2").setNote("ghi chú");
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 120);
    const snap = ss.snapshotSheet("Sheet1");
    expect(Object.keys(snap.cells)).toEqual(["A1", "B1", "A2"]);
    expect(snap.cells.A1.format).toEqual({ fontWeight: "bold", background: "#eee" });
    expect(snap.frozenRows).toBe(1);
    expect(snap.columnWidths).toEqual({ 2: 120 });
    expect(sheet.cellState("A2").note).toBe("ghi chú");
    expect(ss.sheetValues("Sheet1")).toEqual([["x", 1]]); // a note is not content
  });
});

describe("data validation", () => {
  it("stores rules with allowInvalid and help text; scripts still write invalid values (recorded)", () => {
    const { g, ss, sheet } = setup();
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(["Đạt", "Không đạt"])
      .setAllowInvalid(false)
      .setHelpText("Chọn Đạt hoặc Không đạt")
      .build();
    sheet.getRange("B2:B3").setDataValidation(rule);
    const [[v]] = sheet.getRange("B2").getDataValidations();
    expect(String(v!.getCriteriaType())).toBe("VALUE_IN_LIST");
    expect(v!.getCriteriaType()).toBe(g.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(v!.getCriteriaValues()).toEqual([["Đạt", "Không đạt"], true]);
    expect(v!.getAllowInvalid()).toBe(false);
    expect(v!.getHelpText()).toBe("Chọn Đạt hoặc Không đạt");
    expect(sheet.cellState("B3").validation).toEqual({
      criteria: "VALUE_IN_LIST",
      values: [["Đạt", "Không đạt"], true],
      allowInvalid: false,
      helpText: "Chọn Đạt hoặc Không đạt",
    });

    sheet.getRange("B2:B3").setValues([["Đạt"], ["sai"]]);
    expect(sheet.getRange("B3").getValue()).toBe("sai");
    expect(ss.validationViolations).toEqual([
      { sheet: "Sheet1", a1: "B3", value: "sai", criteria: "VALUE_IN_LIST", allowInvalid: false },
    ]);
    sheet.getRange("B2:B3").clearDataValidations();
    expect(sheet.getRange("B2:B3").getDataValidations()).toEqual([[null], [null]]);
  });
});

describe("protection", () => {
  it("starts with the file's editors (owner, running user); add/remove by email or User", () => {
    const { g, sheet } = setup();
    const p = sheet.protect().setDescription("Khoá khung");
    const emails = () => p.getEditors().map((u) => u.getEmail());
    expect(emails()).toEqual(["owner@example.com", "me@example.com"]);
    p.addEditors(["a@example.com", "b@example.com"]).addEditor(g.Session.getEffectiveUser());
    expect(emails()).toEqual(["owner@example.com", "me@example.com", "a@example.com", "b@example.com"]);
    p.removeEditors(p.getEditors()); // neither the owner nor the running user can be removed
    expect(emails()).toEqual(["owner@example.com", "me@example.com"]);
    expect(sheet.protect()).toBe(p); // existing sheet protection is returned
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.SHEET)).toEqual([p]);
    expect(p.getDescription()).toBe("Khoá khung");
    expect(String(p.getProtectionType())).toBe("SHEET");

    p.setUnprotectedRanges([sheet.getRange("B2:C10")]).setWarningOnly(true);
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(["B2:C10"]);
    expect(p.isWarningOnly()).toBe(true);
    expect(p.canDomainEdit()).toBe(false);

    const rp = sheet.getRange("A1:A5").protect();
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE)).toEqual([rp]);
    rp.remove();
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
  });
});

describe("call counter", () => {
  it("counts one call per method call, classifies reads/writes/builders, and resets", () => {
    const { g, sheet } = setup();
    const r = sheet.getRange("A1:B2");
    r.setValues([
      [1, 2],
      [3, 4],
    ]);
    r.getValues();
    r.getValues();
    g.SpreadsheetApp.newDataValidation().requireCheckbox().build();
    expect(g.counter.count("Sheet.getRange")).toBe(1);
    expect(g.counter.count("Range.getValues")).toBe(2);
    expect(g.counter.count("Range.setValues")).toBe(1);
    const cost = (k: string) => g.counter.costOf(k);
    const estimatedMs =
      cost("Sheet.getRange") +
      cost("Range.setValues") +
      2 * cost("Range.getValues") +
      cost("SpreadsheetApp.newDataValidation");
    expect(estimatedMs).toBeGreaterThan(100);
    expect(g.counter.snapshot()).toEqual({
      total: 5,
      reads: 2,
      writes: 1,
      builders: 2,
      estimatedMs,
      calls: {
        "DataValidationBuilder.build": 1,
        "DataValidationBuilder.requireCheckbox": 1,
        "Range.getValues": 2,
        "Range.setValues": 1,
        "Sheet.getRange": 1,
        "SpreadsheetApp.newDataValidation": 1,
      },
    });
    g.counter.reset();
    expect(g.counter.snapshot()).toEqual({
      total: 0,
      reads: 0,
      writes: 0,
      builders: 0,
      estimatedMs: 0,
      calls: {},
    });
    g.counter.silently(() => sheet.getRange("A1").getValue());
    expect(g.counter.total).toBe(0);
  });
});

describe("ui, lock and other services", () => {
  it("records menus with their function names", () => {
    const { g } = setup();
    const ui = g.SpreadsheetApp.getUi();
    ui.createMenu("Tự quản")
      .addItem("Mở bảng", "openSidebar")
      .addSeparator()
      .addSubMenu(ui.createMenu("Khác").addItem("Giới thiệu", "showAbout"))
      .addToUi();
    expect(g.ui.menus).toEqual([
      {
        caption: "Tự quản",
        addon: false,
        items: [
          { caption: "Mở bảng", functionName: "openSidebar" },
          { separator: true },
          { caption: "Khác", addon: false, items: [{ caption: "Giới thiệu", functionName: "showAbout" }] },
        ],
      },
    ]);
    expect(g.ui.menuFunctions()).toEqual(["openSidebar", "showAbout"]);
  });

  it("records alerts, answers from the queue, and records sidebars and toasts", () => {
    const { g, ss } = setup();
    const ui = g.SpreadsheetApp.getUi();
    g.ui.answerAlerts(ui.Button.NO);
    expect(ui.alert("Xoá?", "Bạn chắc chứ?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert("Xong")).toBe(ui.Button.OK);
    expect(g.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      ["Xoá?", "Bạn chắc chứ?", "YES_NO", "NO"],
      [null, "Xong", "OK", "OK"],
    ]);
    ui.showSidebar(g.HtmlService.createHtmlOutput("<b>hi</b>").setTitle("Bảng"));
    expect(g.ui.dialogs).toEqual([
      { kind: "sidebar", title: "Bảng", content: "<b>hi</b>", width: null, height: null },
    ]);
    ss.toast("Đã lưu", "TDP", 3);
    expect(g.ui.toasts).toEqual([{ msg: "Đã lưu", title: "TDP", timeoutSeconds: 3 }]);
  });

  it("fails tryLock while another execution holds the document lock", () => {
    const { g } = setup();
    const lock = g.LockService.getDocumentLock();
    g.holdDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow("Lock timeout");
    g.releaseDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it("decodes base64 to signed bytes and inserts images with scripts", () => {
    const { g, sheet } = setup();
    const bytes = g.Utilities.base64Decode(Buffer.from([0, 127, 128, 255]).toString("base64"));
    expect(bytes).toEqual([0, 127, -128, -1]);
    const blob = g.Utilities.newBlob(bytes, "image/png", "x.png");
    const img = sheet.insertImage(blob, 2, 3).assignScript("onButton");
    expect(img.getAnchorCell().getA1Notation()).toBe("B3");
    expect(sheet.getImages().map((i) => i.getScript())).toEqual(["onButton"]);
  });

  it("serves gas() from globals installed at call time", () => {
    const fake = createAppsScriptGlobals();
    const keys = ["SpreadsheetApp", "HtmlService", "LockService", "Session", "Utilities", "Charts"] as const;
    const g = globalThis as Record<string, unknown>;
    const saved = keys.map((k) => g[k]);
    try {
      for (const k of keys) g[k] = fake[k];
      expect(gas().SpreadsheetApp).toBe(fake.SpreadsheetApp);
      expect(gas().Charts.ChartType.BAR).toBe("BAR");
    } finally {
      keys.forEach((k, i) => {
        g[k] = saved[i];
      });
    }
  });

  it("works as globals of a node:vm context (cross-realm dates, enum comparisons)", () => {
    const g = createAppsScriptGlobals();
    const ctx = vm.createContext({ ...g });
    const out = vm.runInContext(
      `const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet("Nhật ký", 1);
       sheet.getRange(1, 1, 1, 2).setValues([[new Date(2024, 4, 1), "ok"]]);
       const [[d, s]] = sheet.getRange("A1:B1").getValues();
       const p = sheet.protect();
       [d instanceof Date, s, p.getProtectionType() === SpreadsheetApp.ProtectionType.SHEET];`,
      ctx,
    );
    expect([...out]).toEqual([true, "ok", true]);
    expect(g.counter.count("Range.setValues")).toBe(1);
  });

  it("can be constructed standalone", () => {
    const ss = new FakeSpreadsheet({ sheets: ["A", "B"] });
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["A", "B"]);
    expect(ss.env.counter.count("Sheet.getName")).toBe(2);
  });
});
