/**
 * Split and collect in the core, on the Lai Châu sample: the ward files' identity sheet, the merge by
 * row and unit code, and every identity check with a failing case.
 */
import { describe, expect, it } from "vitest";
import { readRecords } from "../../../src/core/submission/records";
import { foldKey } from "../../../src/core/text";
import { planCollect, type WardFileInput } from "../../../src/core/usecases/collect";
import { rollupWorkbook } from "../../../src/core/usecases/rollupWorkbook";
import { planSetup } from "../../../src/core/usecases/setup";
import { fileNameOf, planSplit } from "../../../src/core/usecases/split";
import { FILE_INFO, SHEET, SUBMISSION } from "../../../src/core/vocabulary";
import { frameworkHash, readInfo } from "../../../src/core/wardFile/info";
import { sampleSpecs } from "../../../src/core/workbook/sample";

type Values = Map<string, unknown[][]>;

/** The sample as set-up writes it: every sheet's values. */
function sampleMaster(): Values {
  const seed = new Map(sampleSpecs().map((s) => [s.name, s.values as unknown[][]]));
  const plan = planSetup(seed);
  const out: Values = new Map(seed);
  for (const s of plan.specs) out.set(s.name, s.values);
  return out;
}

const AT = "2026-12-01T08:00:00.000Z";

function split(master: Values) {
  const plan = planSplit(master, { bookId: "book-1", bookName: "so.xlsx", createdAt: AT });
  expect(plan.ok).toBe(true);
  return plan;
}

/** A ward file as read back: its specs' values. */
function fileOf(
  plan: ReturnType<typeof split>,
  wardCode: string,
  modified = "2026-12-05T00:00:00.000Z",
): WardFileInput {
  const f = plan.files.find((x) => x.ward.code === wardCode)!;
  return {
    label: `${f.fileName}.xlsx`,
    values: new Map(f.specs.map((s) => [s.name, s.values.map((r) => [...r]) as unknown[][]])),
    modified,
  };
}

/** The row of `code` and the column of `unit` in a ward tab's values. */
function cellOf(values: unknown[][], code: string, unit: string): [number, number] {
  const r = values.findIndex((row) => String(row[0]) === code);
  const c = values[2].findIndex((h) => String(h).startsWith(unit));
  expect(r).toBeGreaterThan(0);
  expect(c).toBeGreaterThan(1);
  return [r, c];
}

const tabOf = (f: WardFileInput, name: string) => f.values.get(name)!;

describe("split", () => {
  it("makes one file per ward with its tab, Tiêu chí, its own Danh mục and a hidden identity sheet", () => {
    const master = sampleMaster();
    const plan = split(master);
    expect(plan.files).toHaveLength(7);
    const tp = plan.files.find((f) => f.ward.code === "TP")!;
    expect(tp.fileName).toBe("TP Phường Tân Phong");
    expect(tp.specs.map((s) => s.name)).toEqual([
      SHEET.guide,
      "Phường Tân Phong",
      SHEET.criteria,
      SHEET.roster,
      SHEET.fileInfo,
    ]);
    const info = tp.specs[4];
    expect(info.hidden).toBe(true);
    const read = readInfo(info.values);
    expect(read.ok && read.info).toMatchObject({
      kind: "ward",
      bookId: "book-1",
      wardCode: "TP",
      year: 2024,
    });
    // Only the tab has open cells; its results are values (no formulas: the file has no script).
    expect(tp.specs[1].formulas).toEqual([]);
    expect(tp.specs[1].protect?.unlocked.length).toBe(2);
    for (const i of [0, 2, 3, 4]) expect(tp.specs[i].protect?.unlocked).toEqual([]);
    // Its own units only.
    const roster = tp.specs[3].values.flat().map(String);
    expect(roster.some((v) => v.startsWith("TP-TDP"))).toBe(true);
    expect(roster.some((v) => v.startsWith("QT-"))).toBe(false);
    // The master gets an id once.
    expect(plan.bookInfo?.name).toBe(SHEET.fileInfo);
    const again = planSplit(new Map([...master, [SHEET.fileInfo, plan.bookInfo!.values]]), {
      bookId: "other",
      bookName: "so.xlsx",
      createdAt: AT,
    });
    expect(again.bookInfo).toBeUndefined();
    expect(again.bookId).toBe("book-1");
  });

  it("names files without the characters a file system refuses", () => {
    const ward = {
      code: "P/1",
      name: 'Phường "A": B?',
      kind: "phuong",
      tab: "x",
      editors: [],
      pilot: false,
    } as const;
    expect(fileNameOf({ ...ward, editors: [] })).toBe("P-1 Phường -A- B-");
  });

  it("hashes the framework's content, not its year", () => {
    const master = sampleMaster();
    const plan = split(master);
    const fw = plan.framework!;
    expect(frameworkHash({ ...fw, year: 2030 })).toBe(frameworkHash(fw));
    expect(frameworkHash({ ...fw, standards: fw.standards.map((s) => ({ ...s, threshold: 70 })) })).not.toBe(
      frameworkHash(fw),
    );
  });
});

describe("collect", () => {
  const master = sampleMaster();
  const plan = split(master);
  const masterWithId = new Map([...master, [SHEET.fileInfo, plan.bookInfo!.values]]);

  it("brings a changed cell back into the master's tab, and the roll-up sees it", () => {
    const f = fileOf(plan, "TP");
    const tab = tabOf(f, "Phường Tân Phong");
    const [r, c] = cellOf(tab, "1.3", "TP-TDP08");
    tab[r][c] = "Không đạt";
    const [r2, c2] = cellOf(tab, "1.4", "TP-TDP08");
    tab[r2][c2] = "Không đạt";
    const out = planCollect(masterWithId, [f], { collectedAt: AT });
    expect(out.outcomes[0]).toMatchObject({ kind: "taken", changed: 2 });
    const merged = out.values.get("Phường Tân Phong")!;
    const [mr, mc] = cellOf(merged, "1.3", "TP-TDP08");
    expect(merged[mr][mc]).toBe("Không đạt");
    expect(out.specs.map((s) => s.name)).toEqual([
      "Phường Tân Phong",
      SHEET.collectLog,
      SUBMISSION.recordSheet,
      SUBMISSION.boardSheet,
    ]);
    // The file taken is the ward's submission, at the file's time, by the file.
    const [rec] = readRecords(out.values.get(SUBMISSION.recordSheet));
    expect(rec).toMatchObject({ ward: "TP", status: "sent", submittedAt: f.modified, by: f.label });
    expect(out.values.get(SUBMISSION.boardSheet)!.find((r) => r[1] === "TP")![3]).toBe(
      SUBMISSION.status.sent,
    );
    const before = rollupWorkbook(masterWithId, {});
    const after = rollupWorkbook(out.values, {});
    expect(before.ok && after.ok).toBe(true);
    if (before.ok && after.ok)
      expect(after.result.report.totals.recognized).toBe(before.result.report.totals.recognized - 1);
  });

  it("takes a file with a blank cell but does not record the ward as having sent", () => {
    const f = fileOf(plan, "TP");
    const tab = tabOf(f, "Phường Tân Phong");
    const [r, c] = cellOf(tab, "2.3", "TP-TDP08");
    tab[r][c] = "";
    const out = planCollect(masterWithId, [f], { collectedAt: AT });
    expect(out.outcomes[0].kind).toBe("taken");
    expect(readRecords(out.values.get(SUBMISSION.recordSheet))).toEqual([]);
    expect(out.lines.join("\n")).toMatch(/chưa ghi nhận là đã gửi hồ sơ \(còn 1 ô/);
  });

  it("never takes the city's appraisal row from a file", () => {
    const f = fileOf(plan, "TP");
    const tab = tabOf(f, "Phường Tân Phong");
    const [r, c] = cellOf(tab, "TĐ", "TP-TDP05");
    tab[r][c] = "Đạt";
    const out = planCollect(masterWithId, [f], { collectedAt: AT });
    const merged = out.values.get("Phường Tân Phong")!;
    const [mr, mc] = cellOf(merged, "TĐ", "TP-TDP05");
    expect(merged[mr][mc]).toBe(master.get("Phường Tân Phong")![mr][mc]);
  });

  /** One file that must be refused with a problem on `cell` of `sheet` (the file's sheet). */
  function refused(f: WardFileInput, sheet: string, cell: string, words: RegExp, m = masterWithId) {
    const out = planCollect(m, [f], { collectedAt: AT });
    expect(out.outcomes[0].kind === "refused" || out.outcomes[0].kind === "skipped").toBe(true);
    expect(out.specs).toEqual([]);
    const p = out.problems.find((x) => x.sheet === `[${f.label}]${sheet}`);
    expect(p, JSON.stringify(out.problems)).toBeDefined();
    expect(p!.cell).toBe(cell);
    expect(p!.message).toMatch(words);
    return out;
  }

  const setInfo = (f: WardFileInput, label: string, value: string) => {
    const rows = f.values.get(SHEET.fileInfo)!;
    const r = rows.findIndex((x) => x[0] === label);
    rows[r][1] = value;
    return `B${r + 1}`;
  };

  it("refuses a file whose B2 names another ward than its identity sheet", () => {
    const f = fileOf(plan, "TP");
    tabOf(f, "Phường Tân Phong")[1][1] = "QT";
    refused(f, "Phường Tân Phong", "B2", /B2 khác mã/);
  });

  it("refuses a file of another year", () => {
    const f = fileOf(plan, "TP");
    const cell = setInfo(f, FILE_INFO.year, "2023");
    refused(f, SHEET.fileInfo, cell, /năm đánh giá khác/);
  });

  it("refuses a file of another workbook", () => {
    const f = fileOf(plan, "TP");
    const cell = setInfo(f, FILE_INFO.bookId, "someone-else");
    refused(f, SHEET.fileInfo, cell, /sổ khác/);
  });

  it("refuses a file of another framework, and warns on a changed Tiêu chí but takes it", () => {
    const f = fileOf(plan, "TP");
    const cell = setInfo(f, FILE_INFO.frameworkId, "quynhvinh-6k3c");
    refused(f, SHEET.fileInfo, cell, /khung tiêu chí khác/);
    const g = fileOf(plan, "TP");
    const hashCell = setInfo(g, FILE_INFO.frameworkHash, "0000");
    const out = planCollect(masterWithId, [g], { collectedAt: AT });
    expect(out.outcomes[0].kind).toBe("taken");
    expect(out.problems).toContainEqual(
      expect.objectContaining({ sheet: `[${g.label}]${SHEET.fileInfo}`, cell: hashCell, value: "0000" }),
    );
  });

  it("refuses a file older than the one last taken for its ward, and skips an unchanged one", () => {
    const first = planCollect(masterWithId, [fileOf(plan, "TP", "2026-12-05T00:00:00.000Z")], {
      collectedAt: AT,
    });
    const log = first.specs.find((s) => s.name === SHEET.collectLog)!;
    const m = new Map([...first.values, [SHEET.collectLog, log.values]]);
    const old = fileOf(plan, "TP", "2026-12-04T00:00:00.000Z");
    refused(old, "", "", /cũ hơn/, m);
    const same = planCollect(m, [fileOf(plan, "TP", "2026-12-05T00:00:00.000Z")], { collectedAt: AT });
    expect(same.outcomes[0].kind).toBe("unchanged");
    const newer = planCollect(m, [fileOf(plan, "TP", "2026-12-06T00:00:00.000Z")], { collectedAt: AT });
    expect(newer.outcomes[0].kind).toBe("taken");
  });

  it("takes neither of two files for the same ward", () => {
    const a = fileOf(plan, "TP");
    const b = { ...fileOf(plan, "TP"), label: "ban-sao.xlsx" };
    const out = planCollect(masterWithId, [a, b, fileOf(plan, "QT")], { collectedAt: AT });
    expect(out.outcomes.map((o) => o.kind)).toEqual(["refused", "refused", "taken"]);
    expect(out.problems.filter((p) => /cùng một xã\/phường/.test(p.message))).toHaveLength(2);
    expect(out.specs.map((s) => foldKey(s.name))).not.toContain(foldKey("Phường Tân Phong"));
  });

  it("skips a foreign file and a master with a line, and takes the rest", () => {
    const foreign: WardFileInput = { label: "bang-luong.xlsx", values: new Map([["Sheet1", [["Lương"]]]]) };
    const book: WardFileInput = { label: "so-cu.xlsx", values: masterWithId };
    const out = planCollect(masterWithId, [foreign, book, fileOf(plan, "QT")], { collectedAt: AT });
    expect(out.outcomes.map((o) => o.kind)).toEqual(["skipped", "skipped", "taken"]);
    expect(out.lines[0]).toMatch(/bang-luong\.xlsx: không phải tệp xã\/phường/);
    expect(out.lines[1]).toMatch(/so-cu\.xlsx: là một sổ tổng hợp/);
  });

  it("reads a file made from an older Tiêu chí: the criteria both have, the missing row reported", () => {
    const f = fileOf(plan, "TP");
    const tab = tabOf(f, "Phường Tân Phong");
    const r = tab.findIndex((row) => String(row[0]) === "6.4");
    tab.splice(r, 1);
    setInfo(f, FILE_INFO.frameworkHash, "old");
    const out = planCollect(masterWithId, [f], { collectedAt: AT });
    expect(out.outcomes[0].kind).toBe("taken");
    expect(out.problems).toContainEqual(
      expect.objectContaining({ value: "6.4", message: expect.stringMatching(/6\.4/) }),
    );
  });

  it("reports a unit the file has and the master's tab has not, without taking it", () => {
    const f = fileOf(plan, "TP");
    const tab = tabOf(f, "Phường Tân Phong");
    const c = tab[2].findIndex((h) => String(h).startsWith("TP-TDP05"));
    tab[2][c] = "TP-TDP99 – Tổ dân phố số 99";
    const out = planCollect(masterWithId, [f], { collectedAt: AT });
    expect(out.problems).toContainEqual(
      expect.objectContaining({
        sheet: `[${f.label}]Phường Tân Phong`,
        value: "TP-TDP99 – Tổ dân phố số 99",
      }),
    );
  });
});
