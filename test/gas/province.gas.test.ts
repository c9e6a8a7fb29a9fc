/**
 * Province scale: since July 2025 a province office rolls up to 168 xã/phường. Set-up,
 * protection and roll-up of 170 ward tabs × 25 units through dist/Code.js on the fake, with the
 * bundle's clock following the fake's cost estimate (so set-up's time budget is what it watches).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { CallSnapshot } from "../fake/env";
import { SCRIPT_LIMIT_MS } from "../fake/limits";
import {
  fillWardTabs,
  generatedFileEditors,
  generatedWorkbook,
  PROVINCE,
  protectionCalls,
} from "../helpers/generate";
import { harness } from "../helpers/harness";

const TABS = PROVINCE.wards;
/** Five protections per ward tab (the sheet, rows 1–2, code columns, note header, result rows). */
const WARD_PROTECTIONS = 2; // the sheet (input cells left open) and the input cells
/** A flat 20 ms per call, builders included (the first yardstick). */
const FLAT_MS = 20;
const PARTIAL = /Đã khởi tạo (\d+)\/(\d+) tab, chạy lại để tiếp tục/;

type H = ReturnType<typeof harness>;

interface Run {
  calls: CallSnapshot;
  dialog: string;
}

/** One menu click, with what it cost; the counter keeps running so the clock never goes back. */
function click(h: H, item: string): Run {
  const before = h.counter.snapshot();
  h.ctx[item]();
  return {
    calls: h.counter.since(before),
    dialog: h.ui.dialogs.at(-1)?.content ?? "",
  };
}

function sum(runs: Run[], f: (s: CallSnapshot) => number): number {
  return runs.reduce((n, r) => n + f(r.calls), 0);
}

function province(): H {
  const h = harness({ fileEditors: generatedFileEditors(PROVINCE) });
  generatedWorkbook(h.ss, { ...PROVINCE, tabs: false });
  // Date.now() in the bundle = the estimated time spent so far (Apps Script's clock runs with the calls).
  const start = Date.UTC(2025, 6, 1, 1);
  h.ctx.Date = class extends Date {
    static override now() {
      return start + h.counter.estimatedMs;
    }
  };
  return h;
}

describe("province: 170 ward tabs × 25 units", () => {
  let h: H;
  const creation: Run[] = [];
  let rerun: Run;
  let before: unknown;
  let after: unknown;

  beforeAll(() => {
    h = province();
    for (let i = 0; i < 10; i++) {
      creation.push(click(h, "menuSetupLaiChau"));
      if (!PARTIAL.test(creation.at(-1)!.dialog)) break;
    }
    fillWardTabs(h.ss, PROVINCE);
    before = h.ss.getSheets().map((s) => h.ss.snapshotSheet(s.getName()));
    rerun = click(h, "menuSetupLaiChau");
    after = h.ss.getSheets().map((s) => h.ss.snapshotSheet(s.getName()));
  }, 600_000);

  it("set-up stops before the time limit and continues where it stopped when run again", () => {
    const last = creation.at(-1)!;
    expect(PARTIAL.test(last.dialog)).toBe(false);
    expect(creation.length).toBeGreaterThan(1); // 850 protections cannot be made in 6 minutes
    let done = 0;
    for (const run of creation.slice(0, -1)) {
      const [, d, total] = PARTIAL.exec(run.dialog)!.map(Number);
      expect(total).toBe(TABS);
      expect(d).toBeGreaterThan(done);
      done = d;
    }
    expect(h.ui.toasts.filter((t) => PARTIAL.test(t.msg))).toHaveLength(creation.length - 1);
    for (const run of creation) expect(run.calls.estimatedMs).toBeLessThan(SCRIPT_LIMIT_MS);
    for (let i = 1; i <= TABS; i++) expect(h.ss.findSheet(`Phường số ${i}`), `tab ${i}`).not.toBeNull();
  });

  // 32 since the print layout (issue 12): font family and sizes, the title's merge and row height (+4,
  // one setWrap saved) make a tab readable on paper; measured 30.7.
  it("creating a ward tab costs ≤ 32 service calls, a protection ≤ 4 (the first run: no tab to re-check)", () => {
    const first = creation[0];
    const created = Number(PARTIAL.exec(first.dialog)?.[1] ?? TABS);
    const protection = protectionCalls(first.calls);
    const setup = first.calls.total - protection.each - protection.perRun;
    expect(setup / created).toBeLessThanOrEqual(32);
    expect(protection.each / (created * WARD_PROTECTIONS + 6)).toBeLessThanOrEqual(4);
    // Once per run: the file's editors (one getEmail each), its owner, the domain setting.
    expect(protection.perRun).toBeLessThanOrEqual(generatedFileEditors(PROVINCE).length + 6);
    // All runs together, re-checking the tabs that earlier runs finished included.
    expect(sum(creation, (c) => c.total) / TABS).toBeLessThanOrEqual(75);
  });

  it("re-run with nothing changed: ≤ 8 calls per tab, ≤ 2 per protection, within 3 minutes estimated", () => {
    expect(PARTIAL.test(rerun.dialog)).toBe(false);
    const protection = protectionCalls(rerun.calls);
    expect((rerun.calls.total - protection.each - protection.perRun) / TABS).toBeLessThanOrEqual(8);
    expect(protection.each / (TABS * WARD_PROTECTIONS + 6)).toBeLessThanOrEqual(2);
    expect(rerun.calls.estimatedMs).toBeLessThanOrEqual(SCRIPT_LIMIT_MS / 2);
    expect((rerun.calls.total + rerun.calls.builders) * FLAT_MS).toBeLessThanOrEqual(SCRIPT_LIMIT_MS / 2);
    expect(rerun.calls.writes).toBe(0);
  });

  it("re-run changes nothing", () => {
    expect(after).toEqual(before);
  });

  it("roll-up: ≤ 2 calls per sheet + 16, within a minute estimated", () => {
    click(h, "menuRollup"); // the first creates Tổng hợp
    const run = click(h, "menuRollup");
    expect(run.dialog).not.toContain("không mong muốn");
    // Two calls per sheet (getName, getSheetValues; the 7 fixed sheets and the decision's annex count
    // like tabs) and 14 more: lock and flush, two toasts, the layout note, one values write each for
    // Tổng hợp, Lịch sử and Danh sách công nhận, the menu's activation of Tổng hợp.
    expect(run.calls.total).toBeLessThanOrEqual(2 * (TABS + 8) + 16);
    expect(run.calls.estimatedMs).toBeLessThanOrEqual(60_000);
  });
});
