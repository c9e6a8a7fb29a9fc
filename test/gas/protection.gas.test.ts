/**
 * Protection through dist/Code.js on the fake, whose protections behave as documented: a new one
 * mirrors the file's editors, the owner and the runner cannot be removed, canEdit() is false for a
 * protection the runner is not an editor of (and changing it throws).
 */
import { describe, expect, it } from "vitest";
import { SHEET } from "../../src/core/vocabulary";
import { FakeProtection } from "../fake/protection";
import { generatedFileEditors, generatedWorkbook, protectionCalls } from "../helpers/generate";
import { harness } from "../helpers/harness";

const OPTS = { wards: 3, units: 9, tabs: false };
const TAB = "Phường số 1";
const CITY = "noivu@example.gov.vn";
const RUNNER = "noivu@thanhpho.gov.vn";

function setUp(opts: Parameters<typeof harness>[0] = {}) {
  const h = harness({ fileEditors: [...generatedFileEditors(OPTS), "w1b@example.gov.vn"], ...opts });
  generatedWorkbook(h.ss, OPTS);
  h.ctx.menuSetupLaiChau();
  return h;
}

function setEditors(h: ReturnType<typeof harness>, ward: number, editors: string): void {
  h.ss.sheet(SHEET.roster).seed([[editors]], `E${3 + ward}`);
}

function protectionsOf(h: ReturnType<typeof harness>, sheet: string) {
  return h.ss.snapshotSheet(sheet).protections;
}

describe("who may edit a ward tab", () => {
  it("its editors edit inputs and notes, not codes or results; other wards nothing; the city office everything", () => {
    const h = setUp();
    const rows = h.ss.sheetValues(TAB);
    const input = rows.findIndex((r) => String(r[0]) === "1.1") + 1;
    const result = rows.findIndex((r) => String(r[0]) === "TĐ") + 1;
    const can = (who: string, a1: string) => h.ss.canUserEdit(who, TAB, a1);
    expect(can("w1@example.gov.vn", `C${input}`)).toBe(true);
    expect(can("w1@example.gov.vn", "C3")).toBe(true);
    expect(can("w1@example.gov.vn", `A${input}`)).toBe(false);
    expect(can("w1@example.gov.vn", `C${result}`)).toBe(false);
    expect(can("w1@example.gov.vn", "A1")).toBe(false);
    expect(can("w2@example.gov.vn", `C${input}`)).toBe(false);
    expect(can(CITY, `C${result}`)).toBe(true);
    expect(can(CITY, `A${input}`)).toBe(true);
    expect(h.ss.canUserEdit("w1@example.gov.vn", SHEET.roster, "A4")).toBe(false);
  });
});

describe("set-up again", () => {
  it("a ward's editors changed in Danh mục: its tab protection is fixed in place with ≤ 4 calls", () => {
    const h = setUp();
    const before = protectionsOf(h, TAB);
    setEditors(h, 1, "w1b@example.gov.vn");
    h.counter.reset();
    h.ctx.menuSetupLaiChau();
    const calls = h.counter.snapshot();
    const after = protectionsOf(h, TAB);
    expect(after.map((p) => p.range)).toEqual(before.map((p) => p.range));
    const input = after.find((p) => p.type === "RANGE")!; // the ward's input cells
    expect(input.editors).toContain("w1b@example.gov.vn");
    expect(input.editors).not.toContain("w1@example.gov.vn");
    expect(calls.calls["Protection.addEditors"]).toBe(1);
    expect(calls.calls["Protection.removeEditors"]).toBe(1);
    expect(calls.calls["Protection.setDescription"]).toBe(1);
    expect(h.ss.canUserEdit("w1b@example.gov.vn", TAB, "C5")).toBe(true);
    expect(h.ss.canUserEdit("w1@example.gov.vn", TAB, "C5")).toBe(false);
    const protections = 3 * 2 + 6;
    // Every protection ≤ 2 (its description, its share of its sheet's getProtections), the changed
    // one 3 more (addEditors, removeEditors, setDescription); the file's owner looked up once (and
    // the runner's e-mail).
    const { each, perRun } = protectionCalls(calls);
    expect(each).toBeLessThanOrEqual(3 + 2 * protections);
    expect(perRun).toBeLessThanOrEqual(3);
  });

  it("a unit added to a ward: each moved range is re-attached in place (never removed, never open)", () => {
    const h = setUp();
    const tab = h.ss.sheet(TAB);
    const before = [...tab.protections];
    let removed = 0;
    const remove = FakeProtection.prototype.remove;
    FakeProtection.prototype.remove = function (this: FakeProtection) {
      removed++;
      remove.call(this);
    };
    try {
      const roster = h.ss.sheetValues(SHEET.roster);
      h.ss
        .sheet(SHEET.roster)
        .seed([["W1-TDP099", "Tổ dân phố số 99", "tổ dân phố", "W1"]], `H${roster.length + 1}`);
      h.counter.reset();
      h.ctx.menuSetupLaiChau();
    } finally {
      FakeProtection.prototype.remove = remove;
    }
    expect(removed).toBe(0);
    expect(h.counter.count("Protection.setRange")).toBeGreaterThan(0);
    expect(tab.protections).toEqual(before); // the same protection objects, moved
    const width = h.ss.sheetValues(TAB)[2].length;
    const ranges = protectionsOf(h, TAB).filter((p) => p.type === "RANGE");
    expect(ranges).toHaveLength(1);
    const last = String.fromCharCode(64 + width);
    expect(ranges[0].range).toMatch(new RegExp(`^C3:${last}\\d+$`)); // widened to the new column
    const sheet = protectionsOf(h, TAB).find((p) => p.type === "SHEET")!;
    expect(sheet.unprotectedRanges.join(" ")).toContain(`:${last}`);
  });

  it("protections made before descriptions carried their record are adopted once, not duplicated", () => {
    const h = setUp();
    const before = h.ss.getSheets().map((s) => protectionsOf(h, s.getName()));
    for (const s of h.ss.sheets)
      for (const p of s.protections) p.description = p.description.replace(/ \[.*\]$/, "");
    h.ctx.menuSetupLaiChau();
    expect(h.ss.getSheets().map((s) => protectionsOf(h, s.getName()))).toEqual(before);
    h.counter.reset();
    h.ctx.menuSetupLaiChau();
    expect(h.counter.snapshot().calls["Protection.setDescription"] ?? 0).toBe(0);
  });

  it("a protection the runner may not edit is left alone and reported", () => {
    const h = setUp({ owner: "chu@example.gov.vn" });
    const guarded = h.ss.sheet(TAB).protections.find((p) => p.type === "RANGE")!; // the ward's cells
    guarded.editors = ["chu@example.gov.vn"]; // the owner took it over by hand
    const before = guarded.state();
    setEditors(h, 1, "w1b@example.gov.vn");
    h.ctx.menuSetupLaiChau();
    expect(guarded.state()).toEqual(before);
    expect(h.ui.dialogs.at(-1)!.content).toContain(`Không sửa được vùng bảo vệ ${TAB}`);
  });

  it("the runner stays an editor of what it protects", () => {
    const h = setUp({ owner: "chu@example.gov.vn" });
    for (const p of protectionsOf(h, TAB)) expect(p.editors).toContain(RUNNER);
  });
});
