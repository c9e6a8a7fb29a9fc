/** Submission, return and the board in the core (seed 002), on the Lai Châu sample. */
import { describe, expect, it } from "vitest";
import { readRecords } from "../../src/core/submission/records";
import { rollupWorkbook } from "../../src/core/usecases/rollupWorkbook";
import { planSetup } from "../../src/core/usecases/setup";
import { planReturn, planStatus, planSubmit } from "../../src/core/usecases/submit";
import { CRITERIA_TABLE, SHEET, SUBMISSION } from "../../src/core/vocabulary";
import { sampleSpecs } from "../../src/core/workbook/sample";
import type { SheetSpec } from "../../src/core/workbook/spec";

type Values = Map<string, unknown[][]>;

function sample(deadline?: string): Values {
  const seed = new Map(sampleSpecs().map((s) => [s.name, s.values as unknown[][]]));
  const out: Values = new Map(seed);
  for (const s of planSetup(seed).specs) out.set(s.name, s.values);
  if (deadline) {
    const criteria = out.get(SHEET.criteria)!.map((r) => [...r]);
    const r = criteria.findIndex((row) => row[0] === CRITERIA_TABLE.rowKind.deadline);
    expect(r).toBeGreaterThan(0);
    criteria[r][1] = deadline;
    out.set(SHEET.criteria, criteria);
  }
  return out;
}

/** The workbook after the adapter wrote `specs`. */
const written = (values: Values, specs: SheetSpec[]): Values =>
  new Map([...values, ...specs.map((s) => [s.name, s.values] as [string, unknown[][]])]);

const TAB = "Phường Tân Phong";
const board = (v: Values) => v.get(SUBMISSION.boardSheet)!;
const boardRow = (v: Values, code: string) => board(v).find((r) => r[1] === code)!;

function cell(v: Values, code: string, unit: string): [number, number] {
  const tab = v.get(TAB)!;
  const r = tab.findIndex((row) => String(row[0]) === code);
  const c = tab[2].findIndex((h) => String(h).startsWith(unit));
  return [r, c];
}

describe("submit", () => {
  it("records who, when and a fingerprint, and asks the adapter to lock the tab", () => {
    const v = sample();
    const s = planSubmit(v, { ward: TAB, by: "tp@example.vn", at: "2024-11-20T02:00:00.000Z" });
    expect(s.ok, s.lines.join()).toBe(true);
    expect(s.lock).toBe("lock");
    expect(s.tab).toBe(TAB);
    expect(s.lines[0]).toMatch(/Đã gửi thẩm định Phường Tân Phong \(\d+ đơn vị\) lúc 20\/11\/2024 09:00/);
    const after = written(v, s.specs);
    const [rec] = readRecords(after.get(SUBMISSION.recordSheet));
    expect(rec).toMatchObject({ ward: "TP", status: "sent", by: "tp@example.vn" });
    expect(rec.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(boardRow(after, "TP")[3]).toBe(SUBMISSION.status.sent);
    expect(boardRow(after, "QT")[3]).toBe(SUBMISSION.status.notSent);
    // Again: nothing changes.
    const again = planSubmit(after, { ward: "TP", by: "tp@example.vn", at: "2024-11-21T02:00:00.000Z" });
    expect(again.ok).toBe(true);
    expect(again.specs).toEqual([]);
    expect(again.lines[0]).toMatch(/đã gửi lúc 20\/11\/2024/);
  });

  it("refuses a blank cell of a proposed unit, naming the cell", () => {
    const v = sample();
    const tab = v.get(TAB)!.map((r) => [...r]);
    v.set(TAB, tab);
    const [r, c] = cell(v, "2.3", "TP-TDP08");
    tab[r][c] = "";
    const s = planSubmit(v, { ward: "TP", by: "tp@example.vn", at: "2024-11-20T02:00:00.000Z" });
    expect(s.ok).toBe(false);
    expect(s.specs).toEqual([]);
    expect(s.problems.map((p) => p.cell)).toContain(`${String.fromCharCode(65 + c)}${r + 1}`);
  });

  it("is late on the deadline day itself (trước ngày), in Viet Nam time", () => {
    const v = sample("22/11/2024");
    const onTime = planSubmit(v, { ward: "TP", by: "a@x.vn", at: "2024-11-21T16:59:00.000Z" });
    expect(onTime.lines).toHaveLength(1);
    expect(boardRow(written(v, onTime.specs), "TP")[3]).toBe(SUBMISSION.status.sent);
    const late = planSubmit(v, { ward: "TP", by: "a@x.vn", at: "2024-11-21T17:00:00.000Z" });
    expect(late.lines[1]).toMatch(/gửi sau hạn \(trước ngày 22\/11\/2024\)/);
    const after = written(v, late.specs);
    expect(boardRow(after, "TP")[3]).toBe(SUBMISSION.status.sentLate);
    expect(boardRow(after, "QT")[3]).toBe(SUBMISSION.status.late);
    expect(String(board(after)[1][0])).toMatch(/trước ngày 22\/11\/2024/);
  });
});

describe("return", () => {
  it("needs a reason, unlocks, shows the reason; a new submission replaces the record", () => {
    const v0 = sample();
    const s = planSubmit(v0, { ward: "TP", by: "tp@x.vn", at: "2024-11-20T02:00:00.000Z" });
    const v1 = written(v0, s.specs);
    expect(
      planReturn(v1, { ward: "TP", by: "nv@x.vn", at: "2024-11-21T02:00:00.000Z", reason: " " }).ok,
    ).toBe(false);
    const r = planReturn(v1, {
      ward: "TP",
      by: "nv@x.vn",
      at: "2024-11-21T02:00:00.000Z",
      reason: "Thiếu biên bản",
    });
    expect(r.ok).toBe(true);
    expect(r.lock).toBe("unlock");
    const v2 = written(v1, r.specs);
    expect(boardRow(v2, "TP")[3]).toBe(SUBMISSION.status.returned);
    expect(boardRow(v2, "TP")[7]).toBe("Thiếu biên bản");
    expect(
      planReturn(v2, { ward: "TP", by: "nv@x.vn", at: "2024-11-21T03:00:00.000Z", reason: "x" }).specs,
    ).toEqual([]);
    const again = planSubmit(v2, { ward: "TP", by: "tp@x.vn", at: "2024-11-22T02:00:00.000Z" });
    expect(again.ok).toBe(true);
    const [rec] = readRecords(written(v2, again.specs).get(SUBMISSION.recordSheet));
    expect(rec).toMatchObject({ status: "sent", submittedAt: "2024-11-22T02:00:00.000Z", reason: "" });
    expect(
      planReturn(v0, { ward: "QT", by: "nv@x.vn", at: "2024-11-21T02:00:00.000Z", reason: "x" }).ok,
    ).toBe(false);
  });
});

describe("changed after submission", () => {
  it("the roll-up lists each changed cell with the value sent; the board counts them", () => {
    const v0 = sample();
    const s = planSubmit(v0, { ward: "TP", by: "tp@x.vn", at: "2024-11-20T02:00:00.000Z" });
    const v1 = written(v0, s.specs);
    const tab = v1.get(TAB)!.map((r) => [...r]);
    v1.set(TAB, tab);
    const [r, c] = cell(v1, "1.3", "TP-TDP08");
    const before = String(tab[r][c]);
    tab[r][c] = "Không đạt";
    const out = rollupWorkbook(v1, {});
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const p = out.result.report.problems.find((x) => x.sheet === TAB && /sau khi gửi/.test(x.message));
    expect(p).toMatchObject({ cell: `${String.fromCharCode(65 + c)}${r + 1}`, value: "Không đạt" });
    expect(p!.message).toContain(`“${before}”`);
    const status = planStatus(v1, { now: "2024-11-25T00:00:00.000Z" });
    expect(boardRow(written(v1, status.specs), "TP")[8]).toBe(1);
  });
});
