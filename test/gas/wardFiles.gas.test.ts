/**
 * File per ward in Google Sheets (dist-multi/Code.js on the fake): "Tạo tệp cho từng xã/phường"
 * makes one spreadsheet per ward of the Lai Châu sample, shared with its editors, protected so that
 * only the input cells are open, its link in Danh mục; the wards fill their files; "Thu thập từ các
 * tệp" brings the values back and rolls up to the same result as the shared workbook filled the same
 * way; each identity check refuses its file; a province (170 wards) splits and collects over several
 * runs. The single bundle (dist/) has neither command, and its fake refuses openById.
 */
import { describe, expect, it } from "vitest";
import { SCOPE_PURPOSE } from "../../src/core/text/ui";
import { SHEET } from "../../src/core/vocabulary";
import { rosterLayout } from "../../src/core/workbook/layout";
import { FIRST_BODY_ROW, FIRST_UNIT_COL, HEADER_ROW } from "../../src/core/workbook/wardTab";
import { CREATE_QUOTA, CREATES_PER_DAY, NO_ACCESS, SPREADSHEETS_SCOPE } from "../fake/drive";
import { FakeScriptApp } from "../fake/scriptApp";
import type { FakeSpreadsheet } from "../fake/spreadsheet";
import { manifestScopes } from "../helpers/bundle";
import { generatedWorkbook, PROVINCE } from "../helpers/generate";
import { harness } from "../helpers/harness";

type H = ReturnType<typeof harness>;

const CITY = "noivu@thanhpho.gov.vn";
const TP = { code: "TP", tab: "Phường Tân Phong", editor: "tanphong@example.gov.vn" };
const QT = { code: "QT", tab: "Phường Quyết Thắng", editor: "quyetthang@example.gov.vn" };
const WARD_FILE_SHEETS = [SHEET.guide, TP.tab, SHEET.criteria, SHEET.roster, SHEET.fileInfo];
const FILE_COL = 7;
const FIRST_WARD_ROW = 4;

/** Text of the last dialog, tags and entities removed. */
function dialog(h: H): string {
  const html = h.ui.dialogs.at(-1)?.content ?? "";
  return html
    .replace(/<style[\s\S]*?<\/style>/, "")
    .replace(/<[^>]+>/g, "\n")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function sampleMaster(variant: "single" | "multi" = "multi"): H {
  const h = harness({ variant });
  h.ctx.menuLoadSample();
  return h;
}

function split(): H {
  const h = sampleMaster();
  h.ctx.menuSplitFiles();
  return h;
}

/** The ward file of a ward code, by its "Thông tin tệp". */
function fileOf(h: H, code: string): FakeSpreadsheet {
  const found = h.drive.created.filter((ss) => ss.sheetValues(SHEET.fileInfo).some((r) => r[1] === code));
  expect(found).toHaveLength(1);
  return found[0];
}

/** Danh mục's rows of the wards table (row 4 on), column A (code) → column G (link). */
function links(h: H): Map<string, string> {
  const rows = h.ss.sheetValues(SHEET.roster);
  const out = new Map<string, string>();
  for (const r of rows.slice(FIRST_WARD_ROW - 1))
    if (r[0]) out.set(String(r[0]), String(r[FILE_COL - 1] ?? ""));
  return out;
}

/** The A1 of a unit column's criterion row in a ward tab (first unit = column C). */
function cell(unit: number, bodyRow: number): string {
  return `${String.fromCharCode(64 + FIRST_UNIT_COL + unit)}${FIRST_BODY_ROW + bodyRow}`;
}

/** Types a value as a ward's user would (validation applies), through the fake. */
function type(ss: FakeSpreadsheet, sheet: string, a1: string, value: string): void {
  ss.env.counter.silently(() => expect(ss.sheet(sheet).userTypes(a1, value).accepted).toBe(true));
}

function valueAt(ss: FakeSpreadsheet, sheet: string, a1: string): unknown {
  return ss.env.counter.silently(() => ss.sheet(sheet).getRange(a1).getValue());
}

/** The first body row whose cell in the first unit column is "Đạt" (a criterion row to flip). */
function criterionRow(ss: FakeSpreadsheet, tab: string): number {
  const rows = ss.sheetValues(tab);
  const i = rows.findIndex((r, n) => n >= FIRST_BODY_ROW - 1 && r[FIRST_UNIT_COL - 1] === "Đạt");
  expect(i).toBeGreaterThan(0);
  return i - (FIRST_BODY_ROW - 1);
}

describe("Tạo tệp cho từng xã/phường (split)", () => {
  const h = split();
  const tp = fileOf(h, TP.code);

  it("creates one spreadsheet per ward of Danh mục (7), named by code and name", () => {
    expect(h.drive.created).toHaveLength(7);
    expect(h.drive.created.map((s) => s.fileName)).toContain("TP Phường Tân Phong");
    expect(dialog(h)).toContain("Đã tạo 7 tệp mới; giữ nguyên 0 tệp đã có.");
  });

  it("each file: Hướng dẫn, the ward's tab, Tiêu chí, Danh mục, hidden Thông tin tệp; vi_VN", () => {
    expect(tp.sheets.map((s) => s.name)).toEqual(WARD_FILE_SHEETS);
    expect(tp.sheets.map((s) => s.hidden)).toEqual([false, false, false, false, true]);
    expect(tp.locale).toBe("vi_VN");
    expect(tp.timeZone).toBe("Asia/Ho_Chi_Minh");
    // the tab holds the master's values and no formula (the file has no script)
    expect(tp.sheetValues(TP.tab)[1][1]).toBe(TP.code);
    expect(Object.values(tp.snapshotSheet(TP.tab).cells).some((c) => c.formula)).toBe(false);
  });

  it("is shared with its ward's editors only", () => {
    for (const ss of h.drive.created) expect(ss.fileEditorEmails()).toContain(CITY);
    expect(tp.fileEditorEmails()).toContain(TP.editor);
    expect(tp.fileEditorEmails()).not.toContain(QT.editor);
    expect(fileOf(h, QT.code).fileEditorEmails()).toContain(QT.editor);
  });

  it("writes each link into Danh mục's new column G, with its header", () => {
    const header = rosterLayout().wards.columns.find((c) => c.key === "file")!.label;
    expect(h.ss.sheetValues(SHEET.roster)[2][FILE_COL - 1]).toBe(header);
    const l = links(h);
    expect(l.get(TP.code)).toBe(`https://docs.google.com/spreadsheets/d/${tp.fileId}/edit`);
    expect([...l.values()].filter((v) => v.includes("/spreadsheets/d/"))).toHaveLength(7);
  });

  it("records the master's id in its own hidden Thông tin tệp, and the files carry it", () => {
    const info = h.ss.sheet(SHEET.fileInfo);
    expect(info.hidden).toBe(true);
    const id = h.ss.fileId;
    expect(h.ss.sheetValues(SHEET.fileInfo).some((r) => r[1] === id)).toBe(true);
    expect(tp.sheetValues(SHEET.fileInfo).some((r) => r[1] === id)).toBe(true);
  });

  it("protects every sheet for the city alone; the ward edits only the tab's input cells", () => {
    for (const s of tp.sheets) {
      const sheetProtection = s.protections.filter((p) => p.type === "SHEET");
      expect(sheetProtection, s.name).toHaveLength(1);
      expect(sheetProtection[0].editors.map((e) => e.toLowerCase())).toEqual([CITY]);
    }
    const row = criterionRow(tp, TP.tab);
    expect(tp.canUserEdit(TP.editor, TP.tab, cell(0, row))).toBe(true);
    expect(
      tp.canUserEdit(TP.editor, TP.tab, `${String.fromCharCode(64 + FIRST_UNIT_COL)}${HEADER_ROW}`),
    ).toBe(true);
    expect(tp.canUserEdit(TP.editor, TP.tab, "B2")).toBe(false);
    expect(tp.canUserEdit(TP.editor, TP.tab, `A${FIRST_BODY_ROW}`)).toBe(false);
    expect(tp.canUserEdit(TP.editor, SHEET.criteria, "A5")).toBe(false);
    expect(tp.canUserEdit(TP.editor, SHEET.fileInfo, "B2")).toBe(false);
    expect(tp.canUserEdit(CITY, TP.tab, "B2")).toBe(true);
    // the result rows (computed) stay closed
    const last = tp.sheetValues(TP.tab).length;
    expect(tp.canUserEdit(TP.editor, TP.tab, cell(0, last - FIRST_BODY_ROW))).toBe(false);
  });

  it("writes the link column's header when Danh mục lacks it", () => {
    const m = sampleMaster();
    m.ss.env.counter.silently(() => m.ss.sheet(SHEET.roster).getRange(3, FILE_COL).setValue(""));
    expect(m.ss.sheetValues(SHEET.roster)[2][FILE_COL - 1] ?? "").toBe("");
    m.ctx.menuSplitFiles();
    const header = rosterLayout().wards.columns.find((c) => c.key === "file")!.label;
    expect(m.ss.sheetValues(SHEET.roster)[2][FILE_COL - 1]).toBe(header);
    expect(links(m).get(TP.code)).toMatch(/\/spreadsheets\/d\//);
  });

  it("run again: every ward whose link opens is kept, nothing is created", () => {
    h.ctx.menuSplitFiles();
    expect(h.drive.created).toHaveLength(7);
    expect(dialog(h)).toContain("Đã tạo 0 tệp mới; giữ nguyên 7 tệp đã có.");
  });

  it("a link that no longer opens is replaced by a new file for that ward only", () => {
    h.ss.env.counter.silently(() =>
      h.ss
        .sheet(SHEET.roster)
        .getRange(FIRST_WARD_ROW, FILE_COL)
        .setValue("https://docs.google.com/spreadsheets/d/gone_gone_gone_gone/edit"),
    );
    h.ctx.menuSplitFiles();
    expect(h.drive.created).toHaveLength(8);
    expect(dialog(h)).toContain("đường dẫn cũ trong Danh mục không mở được; đã tạo tệp mới.");
    expect(links(h).get(TP.code)).toBe(h.drive.created[7].getUrl());
  });
});

describe("Thu thập từ các tệp (collect)", () => {
  it("brings the wards' values into the master; the roll-up equals the shared workbook's", () => {
    const h = split();
    const shared = sampleMaster("single");
    const changes: [typeof TP, number, number, string][] = [
      [TP, 0, criterionRow(fileOf(h, TP.code), TP.tab), "Không đạt"],
      [QT, 1, criterionRow(fileOf(h, QT.code), QT.tab), "Không đạt"],
    ];
    for (const [ward, unit, row, value] of changes) {
      type(fileOf(h, ward.code), ward.tab, cell(unit, row), value);
      type(shared.ss, ward.tab, cell(unit, row), value);
    }
    h.ctx.menuCollectFiles();
    const text = dialog(h);
    expect(text).toContain("đã thu Phường Tân Phong (1 ô thay đổi)");
    expect(text).toContain("Đã thu 7 tệp; bỏ qua 0; không thu 0.");
    for (const [ward, unit, row, value] of changes)
      expect(valueAt(h.ss, ward.tab, cell(unit, row))).toBe(value);
    // the log sheet is hidden and names every ward taken
    expect(h.ss.sheet(SHEET.collectLog).hidden).toBe(true);
    expect(h.ss.sheetValues(SHEET.collectLog).filter((r) => r[0] === TP.code)).toHaveLength(1);

    shared.ctx.menuRollup();
    expect(h.ss.sheetValues(SHEET.summary)).toEqual(shared.ss.sheetValues(SHEET.summary));
    expect(h.ss.sheetValues(SHEET.history)).toEqual(shared.ss.sheetValues(SHEET.history));
    expect(h.ss.env.toasts.filter((t) => t.msg.startsWith("Đang đọc tệp"))).toHaveLength(7);
  });

  it("reads each file with one getSheets and one batched read per needed sheet", () => {
    const h = split();
    const before = h.counter.snapshot().calls;
    h.ctx.menuCollectFiles();
    const after = h.counter.snapshot().calls;
    const delta = (k: string) => (after[k] ?? 0) - (before[k] ?? 0);
    expect(delta("SpreadsheetApp.openById")).toBe(7);
    // the master's getSheets for collect and for the roll-up, then one per file
    expect(delta("Spreadsheet.getSheets")).toBe(2 + 7);
  });

  it("a file whose B2 names another ward is refused, with its file and cell; the master keeps its value", () => {
    const h = split();
    const tp = fileOf(h, TP.code);
    const row = criterionRow(tp, TP.tab);
    h.ss.env.counter.silently(() => tp.sheet(TP.tab).getRange("B2").setValue(QT.code));
    type(tp, TP.tab, cell(0, row), "Không đạt");
    h.ctx.menuCollectFiles();
    const text = dialog(h);
    expect(text).toContain("TP Phường Tân Phong: KHÔNG thu Phường Tân Phong");
    expect(text).toMatch(/\[TP Phường Tân Phong\]Phường Tân Phong!B2.*mã xã\/phường ở B2 khác/);
    expect(valueAt(h.ss, TP.tab, cell(0, row))).toBe("Đạt");
  });

  it("a file of another year is refused", () => {
    const h = split();
    const tp = fileOf(h, TP.code);
    const rows = tp.sheetValues(SHEET.fileInfo);
    const yearRow = rows.findIndex((r) => /^\d{4}$/.test(String(r[1])));
    expect(yearRow).toBeGreaterThan(0);
    h.ss.env.counter.silently(() =>
      tp
        .sheet(SHEET.fileInfo)
        .getRange(yearRow + 1, 2)
        .setValue(String(Number(rows[yearRow][1]) + 1)),
    );
    h.ctx.menuCollectFiles();
    expect(dialog(h)).toContain("tệp dùng cho năm đánh giá khác");
    expect(dialog(h)).toContain("không thu 1.");
  });

  it("the same file linked from two wards' rows: neither is taken (same ward twice)", () => {
    const h = split();
    const tpUrl = links(h).get(TP.code)!;
    const qtRow = FIRST_WARD_ROW + [...links(h).keys()].indexOf(QT.code);
    h.ss.env.counter.silently(() => h.ss.sheet(SHEET.roster).getRange(qtRow, FILE_COL).setValue(tpUrl));
    const tp = fileOf(h, TP.code);
    const row = criterionRow(tp, TP.tab);
    type(tp, TP.tab, cell(0, row), "Không đạt");
    h.ctx.menuCollectFiles();
    const text = dialog(h);
    expect(text).toContain("cùng một xã/phường với");
    expect(text).toContain("không thu 2.");
    expect(valueAt(h.ss, TP.tab, cell(0, row))).toBe("Đạt");
  });

  it("another ward's file linked from a row is refused there (so no ward comes twice across runs)", () => {
    const h = split();
    const qtRow = FIRST_WARD_ROW + [...links(h).keys()].indexOf(QT.code);
    // a copy of Tân Phong's file (same identity), linked from Quyết Thắng's row
    const copy = h.drive.add({ id: "copy_of_tan_phong_0001", name: "Bản sao TP", fileEditors: [CITY] });
    h.ss.env.counter.silently(() => {
      const tp = fileOf(h, TP.code);
      for (const name of [SHEET.fileInfo, TP.tab]) copy.addSheet(name, undefined, tp.sheetValues(name));
      h.ss.sheet(SHEET.roster).getRange(qtRow, FILE_COL).setValue(copy.getUrl());
    });
    h.ctx.menuCollectFiles();
    const text = dialog(h);
    expect(text).toContain("Bản sao TP: KHÔNG thu Phường Quyết Thắng");
    expect(text).toContain("mở ra tệp của xã/phường khác (mã “TP”)");
    expect(text).toContain("đã thu Phường Tân Phong");
  });

  it("a foreign spreadsheet is skipped with a line; an id that opens nothing is named", () => {
    const h = split();
    const rows = [...links(h).keys()];
    const foreign = h.drive.add({
      id: "someone_elses_sheet_01",
      name: "Bảng chấm công",
      fileEditors: [CITY],
    });
    h.ss.env.counter.silently(() => {
      const roster = h.ss.sheet(SHEET.roster);
      roster.getRange(FIRST_WARD_ROW + rows.indexOf(QT.code), FILE_COL).setValue(foreign.getUrl());
      roster
        .getRange(FIRST_WARD_ROW + rows.indexOf("DK"), FILE_COL)
        .setValue("https://docs.google.com/spreadsheets/d/no_such_file_here/edit");
    });
    h.ctx.menuCollectFiles();
    const text = dialog(h);
    expect(text).toContain("Bảng chấm công: không phải tệp xã/phường của sổ này");
    expect(text).toMatch(/Phường Đoàn Kết: không mở được tệp riêng \(.+\); bỏ qua\./);
    expect(text).toContain("Đã thu 5 tệp; bỏ qua 1; không thu 0.");
  });

  it("a stopped collect goes on from its place, even after a split in between", () => {
    const h = split();
    // a slow day: the bundle's clock runs 40× the fake's estimate, so collect stops after a few files
    const start = Date.UTC(2025, 6, 1, 1);
    const base = h.counter.estimatedMs;
    h.ctx.Date = class extends Date {
      static override now() {
        return start + (h.counter.estimatedMs - base) * 40;
      }
    };
    h.ctx.menuCollectFiles();
    const first = dialog(h);
    const m = /Đã đọc (\d+)\/7 tệp, chạy lại để tiếp tục/.exec(first);
    expect(m).not.toBeNull();
    const done = Number(m![1]);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(7);
    h.ctx.Date = Date;
    h.ctx.menuSplitFiles();
    expect(dialog(h)).toContain("giữ nguyên 7 tệp đã có");
    h.ctx.menuCollectFiles();
    const second = dialog(h);
    expect(second).toContain(`Tiếp tục lần thu trước từ tệp ${done + 1}/7.`);
    expect(second).toContain(`Đã thu ${7 - done} tệp`);
    expect(second).toMatch(/Đã tổng hợp 7/);
    // the round is over: the next collect starts from the first file again
    h.ctx.menuCollectFiles();
    expect(dialog(h)).not.toContain("Tiếp tục lần thu trước");
  });

  it("without links in Danh mục it says to split first and writes nothing", () => {
    const h = sampleMaster();
    const writes = h.counter.writes;
    h.ctx.menuCollectFiles();
    expect(dialog(h)).toContain("chạy “Tạo tệp cho từng xã/phường” trước");
    expect(h.counter.writes).toBe(writes);
  });
});

describe("the two bundles", () => {
  it("the single bundle has neither menu item nor global, and its fake refuses openById / create", () => {
    const h = harness();
    h.ctx.onOpen({ authMode: "NONE" });
    const functions = JSON.stringify(h.ui.menus);
    expect(functions).not.toContain("menuSplitFiles");
    expect(functions).toContain("menuRollup");
    expect(h.ctx.menuSplitFiles).toBeUndefined();
    expect(h.ctx.menuCollectFiles).toBeUndefined();
    expect(() => h.g.SpreadsheetApp.openById(h.ss.fileId)).toThrow(
      `You do not have permission to call SpreadsheetApp.openById. Required permissions: ${SPREADSHEETS_SCOPE}`,
    );
    expect(() => h.g.SpreadsheetApp.create("x")).toThrow(/Required permissions/);
  });

  it("the multi bundle's menu has both items, between protection and the roll-up", () => {
    const h = harness({ variant: "multi" });
    h.ctx.onOpen({ authMode: "NONE" });
    const items = JSON.stringify(h.ui.menus);
    const at = (s: string) => items.indexOf(s);
    expect(at("menuSplitFiles")).toBeGreaterThan(at("menuApplyProtection"));
    expect(at("menuCollectFiles")).toBeGreaterThan(at("menuSplitFiles"));
    expect(at("menuRollup")).toBeGreaterThan(at("menuCollectFiles"));
    expect(items).toContain("Tạo tệp cho từng xã/phường");
    expect(items).toContain("Thu thập từ các tệp");
  });

  it("multi: a refused spreadsheets scope is named in Vietnamese and nothing is created", () => {
    const h = sampleMaster();
    const scopes = manifestScopes("multi");
    h.ctx.ScriptApp = new FakeScriptApp(
      h.ss.env,
      scopes,
      scopes.filter((s) => s !== SPREADSHEETS_SCOPE),
    );
    expect(() => h.ctx.menuSplitFiles()).toThrow(SCOPE_PURPOSE.sheetAll);
    expect(h.drive.created).toHaveLength(0);
  });

  it("openByUrl takes a Sheets link back to its spreadsheet; anything else throws", () => {
    const h = split();
    const tp = fileOf(h, TP.code);
    expect(h.g.SpreadsheetApp.openByUrl(links(h).get(TP.code)!)).toBe(tp);
    expect(() => h.g.SpreadsheetApp.openByUrl("https://example.com/x")).toThrow("Invalid argument: url");
  });

  it("openById of an unknown id throws like Google", () => {
    const h = harness({ variant: "multi" });
    expect(() => h.g.SpreadsheetApp.openById("nope")).toThrow(/Unexpected error while getting the method/);
    expect(h.g.SpreadsheetApp.openById(h.ss.fileId)).toBe(h.ss);
  });
});

// The runs' budgets do not depend on the locale: this slow one (≈ 50 s) runs in the vi_VN project only.
describe.skipIf(process.env.FAKE_LOCALE === "en_US")(
  "province: 170 ward files, split and collect over several runs",
  () => {
    it("each run stops at its budget, says to run again, and the next run goes on; nothing is lost", () => {
      const h = harness({ variant: "multi" });
      generatedWorkbook(h.ss, { ...PROVINCE, tabs: false });
      const start = Date.UTC(2025, 6, 1, 1);
      h.ctx.Date = class extends Date {
        static override now() {
          return start + h.counter.estimatedMs;
        }
      };
      const setupPartial = /Đã khởi tạo \d+\/\d+ tab, chạy lại để tiếp tục/;
      for (let i = 0; i < 10 && (i === 0 || setupPartial.test(dialog(h))); i++) h.ctx.menuSetupLaiChau();
      expect(dialog(h)).not.toMatch(setupPartial);

      const splits: string[] = [];
      for (let i = 0; i < 20; i++) {
        h.ctx.menuSplitFiles();
        splits.push(dialog(h));
        if (!/chạy lại để tiếp tục/.test(splits.at(-1)!)) break;
        // the links of a stopped run are all written
        const m = /Đã tạo tệp cho (\d+)\/170/.exec(splits.at(-1)!)!;
        expect([...links(h).values()].filter(Boolean).length).toBeGreaterThanOrEqual(Number(m[1]));
      }
      expect(splits.length).toBeGreaterThan(1);
      expect(splits[0]).toMatch(/Đã tạo tệp cho \d+\/170 xã\/phường, chạy lại để tiếp tục/);
      expect(h.drive.created).toHaveLength(170);
      expect(new Set([...links(h).values()]).size).toBe(170);

      const collects: string[] = [];
      for (let i = 0; i < 20; i++) {
        h.ctx.menuCollectFiles();
        collects.push(dialog(h));
        if (!/chạy lại để tiếp tục/.test(collects.at(-1)!)) break;
      }
      expect(collects.length).toBeGreaterThan(1);
      expect(collects[0]).toMatch(/Đã đọc \d+\/170 tệp, chạy lại để tiếp tục/);
      expect(collects[1]).toMatch(/Tiếp tục lần thu trước từ tệp \d+\/170/);
      const taken = collects.map((c) => Number(/Đã thu (\d+) tệp/.exec(c)?.[1] ?? 0));
      expect(taken.reduce((a, b) => a + b, 0)).toBe(170);
      expect(collects.at(-1)).toMatch(/Đã tổng hợp 170/);
    }, 240_000);
  },
);

describe("the fake's drive", () => {
  it("caps creates at Google's daily quota for consumer accounts", () => {
    const h = harness({ variant: "multi" });
    for (let i = 0; i < CREATES_PER_DAY; i++)
      h.ss.env.counter.silently(() => h.g.SpreadsheetApp.create(`f${i}`));
    expect(() => h.g.SpreadsheetApp.create("one more")).toThrow(CREATE_QUOTA);
  });

  it("a spreadsheet not shared with the user does not open", () => {
    const h = harness({ variant: "multi" });
    h.drive.add({ id: "not_shared_with_me_01", name: "Riêng", owner: "khac@example.com" });
    expect(() => h.g.SpreadsheetApp.openById("not_shared_with_me_01")).toThrow(NO_ACCESS);
  });
});
