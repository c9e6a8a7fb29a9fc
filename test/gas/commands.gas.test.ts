/**
 * The command table (src/gas/commands.ts) against the bundle: every command has its global in
 * src/main.ts, the menu shows exactly the table's menu commands, the framework registry's set-up and
 * sample items are on it, and every command that writes holds the document lock with one wait.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entryExports } from "../../build.mjs";
import { FRAMEWORK_REGISTRY } from "../../src/core/frameworks";
import { UI } from "../../src/core/text/ui";
import { SHEET } from "../../src/core/vocabulary";
import { COMMANDS, MENU, type MenuLayout } from "../../src/gas/commands";
import { LOCK_WAIT_MS } from "../../src/gas/lock";
import { harness } from "../helpers/harness";

const MAIN = readFileSync(join(__dirname, "../../src/main.ts"), "utf8");

function menuIds(layout: MenuLayout): string[] {
  return layout.items.flatMap((i) => (i === null ? [] : typeof i === "string" ? [i] : menuIds(i)));
}

describe("the command table and src/main.ts", () => {
  it("every command is an export of src/main.ts whose body runs that command by its own name", () => {
    const exported = new Set(entryExports().map((e) => e.name));
    for (const c of COMMANDS) {
      expect(exported.has(c.id), c.id).toBe(true);
      expect(MAIN, c.id).toContain(`export function ${c.id}() {\n  runCommand("${c.id}");\n}`);
    }
  });

  it("main.ts runs no command the table lacks", () => {
    const run = [...MAIN.matchAll(/runCommand\("(\w+)"\)/g)].map((m) => m[1]);
    expect(run.sort()).toEqual(COMMANDS.map((c) => c.id).sort());
  });

  it("every framework of the registry has its set-up command, and its sample command when it has a sample", () => {
    const ids = new Set(COMMANDS.map((c) => c.id));
    for (const e of FRAMEWORK_REGISTRY) {
      expect(ids.has(e.setupCommand), e.framework.id).toBe(true);
      if (e.sample) expect(ids.has(e.sample.command), e.framework.id).toBe(true);
    }
  });

  it("the menu layout names each menu command once, and only commands with a caption", () => {
    const onMenu = menuIds(MENU);
    expect(new Set(onMenu).size).toBe(onMenu.length);
    expect(onMenu.sort()).toEqual(
      COMMANDS.filter((c) => c.label)
        .map((c) => c.id)
        .sort(),
    );
  });
});

function openMenu() {
  const h = harness();
  h.ctx.onOpen({ authMode: "NONE" });
  const menu = h.ui.menus[0];
  const items = menu.items.flatMap((i) => ("functionName" in i ? [[i.caption, i.functionName]] : []));
  return { h, menu, items };
}

describe("the menu built by onOpen", () => {
  it("names only functions the bundle defines", () => {
    const { h } = openMenu();
    const fns = h.ui.menuFunctions();
    expect(fns.length).toBe(menuIds(MENU).length);
    for (const f of fns) expect(typeof h.ctx[f], f).toBe("function");
  });

  it("shows the set-up and sample items of every registry framework, captioned from the registry", () => {
    const { items } = openMenu();
    for (const e of FRAMEWORK_REGISTRY) {
      expect(items).toContainEqual([UI.menuSetupWith(e.menuName), e.setupCommand]);
      if (e.sample) expect(items).toContainEqual([UI.menuSampleOf(e.sample.place), e.sample.command]);
    }
  });

  it("keeps its items, captions and order", () => {
    const { menu, items } = openMenu();
    expect(menu.caption).toBe("Tổ dân phố tự quản");
    expect(items).toEqual([
      ["Mở bảng điều khiển", "menuOpenSidebar"],
      ["Kiểm tra tab này", "menuValidateTab"],
      ["Khởi tạo / sửa biểu mẫu (khung Lai Châu 2021)", "menuSetupLaiChau"],
      ["Khởi tạo / sửa biểu mẫu (khung Quỳnh Vinh: 6 không, 3 có)", "menuSetupQuynhVinh"],
      ["Nạp dữ liệu mẫu Lai Châu (tập huấn)", "menuLoadSample"],
      ["Nạp dữ liệu mẫu Quỳnh Vinh (tập huấn)", "menuLoadSampleQuynhVinh"],
      ["Áp dụng phân quyền", "menuApplyProtection"],
      ["Gửi thẩm định", "menuSubmitTab"],
      ["Trả lại xã/phường (Phòng Nội vụ)", "menuReturnTab"],
      ["Cập nhật bảng theo dõi", "menuSubmissionStatus"],
      ["Lập trang thẩm định theo lĩnh vực", "menuAppraisalSheets"],
      ["Tổng hợp toàn thành phố", "menuRollup"],
      ["Hướng dẫn", "menuHelp"],
    ]);
    expect(menu.items.filter((i) => "separator" in i).length).toBe(4);
  });
});

describe("the document lock", () => {
  const locked = COMMANDS.filter((c) => c.lock);

  // menuReturnTab takes it itself after its prompts (test/gas/submission.gas.test.ts).
  it("is taken by every command that writes (protection too), and by nothing that only reads", () => {
    expect(locked.map((c) => c.id).sort()).toEqual(
      [
        ...FRAMEWORK_REGISTRY.flatMap((e) => [e.setupCommand, ...(e.sample ? [e.sample.command] : [])]),
        "menuApplyProtection",
        "menuSubmitTab",
        "menuSubmissionStatus",
        "menuAppraisalSheets",
        "menuRollup",
        "rollupButton",
        "menuAwardTenureSheet",
        "menuAwardTenureList",
        "menuAwardNominationSheet",
        "menuAwardQuota",
      ].sort(),
    );
  });

  it("held by another execution: each such command says it is busy and changes nothing", () => {
    const h = harness();
    h.ctx.menuLoadSample();
    h.ctx.menuRollup();
    const names = h.ss.getSheets().map((s) => s.getName());
    const before = names.map((n) => h.ss.snapshotSheet(n));
    h.g.holdDocumentLock();
    for (const c of locked) {
      const dialogs = h.ui.dialogs.length;
      h.ctx[c.id]();
      expect(h.ui.dialogs.length, c.id).toBe(dialogs + 1);
      expect(h.ui.dialogs.at(-1)!.content, c.id).toContain(c.lock!.busy);
    }
    expect(h.ss.getSheets().map((s) => s.getName())).toEqual(names);
    expect(names.map((n) => h.ss.snapshotSheet(n))).toEqual(before);
  });

  it("the commands that only read still run while it is held", () => {
    const h = harness();
    h.ctx.menuLoadSample();
    h.g.holdDocumentLock();
    h.ss.setActiveSheet(h.ss.sheet("Phường Tân Phong"));
    h.ctx.menuValidateTab();
    expect(h.ui.dialogs.at(-1)!.content).toContain("Phường Tân Phong");
    h.ctx.menuHelp();
    expect(h.ss.getActiveSheet().getName()).toBe(SHEET.guide);
  });

  it("every command waits the same time for it", () => {
    const h = harness();
    const lock = h.g.LockService.document;
    const waits: number[] = [];
    const tryLock = lock.tryLock.bind(lock);
    lock.tryLock = (ms: number) => {
      waits.push(ms);
      return tryLock(ms);
    };
    h.ctx.menuLoadSample();
    h.ctx.menuRollup();
    h.ctx.sidebarRollup();
    h.ctx.menuApplyProtection();
    h.ctx.menuAwardTenureSheet();
    expect(waits.length).toBe(5);
    expect(new Set(waits)).toEqual(new Set([LOCK_WAIT_MS]));
  });
});

describe("the sidebar's poll and cell links (issue 13)", () => {
  const WARD = "Phường Tân Phong";

  it("sidebarGetSelection reads no values: five metadata calls, the same on every tick", () => {
    const h = harness();
    h.ctx.menuLoadSample();
    h.ss.sheet(WARD).getRange("D7:E9").activate();
    h.counter.reset();
    expect(h.ctx.sidebarGetSelection()).toEqual({ sheet: WARD, range: "D7:E9" });
    const tick = h.counter.snapshot();
    expect(tick.total).toBe(5);
    expect(tick.reads).toBe(0);
    expect(tick.writes).toBe(0);
    expect(Object.keys(tick.calls).sort()).toEqual([
      "Range.getA1Notation",
      "Range.getSheet",
      "Sheet.getName",
      "Spreadsheet.getActiveRange",
      "SpreadsheetApp.getActiveSpreadsheet",
    ]);
    expect(tick.estimatedMs).toBeLessThanOrEqual(50);
    // a full state read costs far more: the poll must stay the cheap one
    h.counter.reset();
    h.ctx.sidebarGetState();
    expect(h.counter.snapshot().reads).toBeGreaterThan(0);
    expect(h.counter.snapshot().estimatedMs).toBeGreaterThan(tick.estimatedMs * 2);
  });

  it("sidebarGetState names the selection it was read at, for the poll to compare against", () => {
    const h = harness();
    h.ctx.menuLoadSample();
    h.ss.sheet(WARD).getRange("C9").activate();
    const state = h.ctx.sidebarGetState();
    expect(state.selection).toEqual({ sheet: WARD, range: "C9" });
    expect(state.onWardTab).toBe(true);
    h.ss.sheet(SHEET.roster).getRange("B2").activate();
    expect(h.ctx.sidebarGetState()).toMatchObject({ onWardTab: false, selection: { sheet: SHEET.roster } });
  });

  it("follows a change of sheet and cell", () => {
    const h = harness();
    h.ctx.menuLoadSample();
    h.ss.sheet(WARD).getRange("C5").activate();
    expect(h.ctx.sidebarGetSelection()).toEqual({ sheet: WARD, range: "C5" });
    h.ss.sheet(SHEET.roster).getRange("B2").activate();
    expect(h.ctx.sidebarGetSelection()).toEqual({ sheet: SHEET.roster, range: "B2" });
  });

  it("sidebarSelectCell selects one cell of a named sheet, and refuses anything else", () => {
    const h = harness();
    h.ctx.menuLoadSample();
    h.ss.sheet(SHEET.roster).getRange("A1").activate();
    expect(h.ctx.sidebarSelectCell(WARD, "E7")).toEqual({ ok: true, message: "", items: [] });
    expect(h.ss.getActiveSheet().getName()).toBe(WARD);
    expect(h.ss.getActiveRange()!.getA1Notation()).toBe("E7");

    for (const [sheet, cell] of [
      [WARD, "E7:F9"],
      [WARD, "=A1"],
      ["", "E7"],
      [42, "E7"],
      [WARD, undefined],
    ])
      expect(h.ctx.sidebarSelectCell(sheet, cell)).toEqual({
        ok: false,
        message: UI.sidebarBadCell,
        items: [],
      });
    expect(h.ctx.sidebarSelectCell("Không có", "A1")).toEqual({
      ok: false,
      message: UI.sidebarNoSheet("Không có"),
      items: [],
    });
    expect(h.ss.getActiveRange()!.getA1Notation()).toBe("E7"); // nothing moved
  });
});
