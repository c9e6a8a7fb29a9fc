/**
 * The Excel-only city office, end to end: `tdp template` → Danh mục filled → `tdp setup` makes the
 * ward tabs → `tdp split` one file per ward → each ward fills its file (ExcelJS, as Excel would) →
 * `tdp collect` → the same report as the shared workbook filled the same way.
 */
import { copyFileSync, existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { type Report, reportSchema } from "../../src/core/report";
import { SHEET } from "../../src/core/vocabulary";
import { isFixedSheet } from "../../src/core/workbook/sheets";
import { officeTestsEnabled, resavedByLibreOffice } from "../helpers/office";
import { cellAt, cli, cliOk, editWorkbook, ensureCli, tempDir, unitColumn } from "../helpers/xlsx";

const WARD_TABS = 7;

/** The same edits on the shared workbook and, through the ward files, on the master. */
function edit(wb: ExcelJS.Workbook): void {
  const tp = wb.getWorksheet("Phường Tân Phong")!;
  cellAt(tp, "1.3", unitColumn(tp, "TP-TDP08")).value = "Không đạt";
  cellAt(tp, "1.4", unitColumn(tp, "TP-TDP08")).value = "Không đạt";
  const sp = wb.getWorksheet("Xã Sùng Phài")!;
  cellAt(sp, "II.2", unitColumn(sp, "SP-B-SUNGCHO")).value = "Có";
}

/** Unit code → column, from a tab's header row 3. */
function unitColumns(ws: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  ws.getRow(3).eachCell((cell, c) => {
    const code = /^(\S+)\s+[–-]/.exec(String(cell.value ?? ""))?.[1];
    if (code) out.set(code, c);
  });
  return out;
}

/** Row code (column A) → row. */
function rowCodes(ws: ExcelJS.Worksheet): Map<string, number> {
  const out = new Map<string, number>();
  ws.eachRow((row, r) => {
    const code = String(row.getCell(1).value ?? "").trim();
    if (r > 3 && code && !out.has(code)) out.set(code, r);
  });
  return out;
}

/**
 * The shared workbook's values of the ward's units typed into the ward's file (appraisal row aside);
 * a unit the file has no column for is chosen in a blank column, as the ward would from the dropdown.
 */
function fillFrom(shared: ExcelJS.Worksheet, target: ExcelJS.Worksheet): number {
  const from = { cols: unitColumns(shared), rows: rowCodes(shared) };
  const to = { cols: unitColumns(target), rows: rowCodes(target) };
  const header = target.getRow(3);
  for (const [unit, sc] of from.cols) {
    if (to.cols.has(unit)) continue;
    let c = 3;
    while (String(header.getCell(c).value ?? "") !== "") c++;
    header.getCell(c).value = shared.getCell(3, sc).value;
    to.cols.set(unit, c);
  }
  let n = 0;
  for (const [unit, tc] of to.cols) {
    const sc = from.cols.get(unit);
    if (sc === undefined) continue;
    for (const [code, tr] of to.rows) {
      const sr = from.rows.get(code);
      if (sr === undefined || code === "TĐ" || !/^(\d|II\.)/.test(code)) continue;
      const v = shared.getCell(sr, sc).value;
      target.getCell(tr, tc).value = v;
      if (v !== null && v !== "") n++;
    }
  }
  return n;
}

/** Lists of units sorted by code: the report lists them in their tab's column order, which differs. */
function sortedUnits(x: unknown): unknown {
  if (Array.isArray(x)) {
    const items = x.map(sortedUnits);
    const units = items.every((i) => i && typeof i === "object" && "code" in i && "ward" in i);
    return units
      ? [...items].sort((a, b) =>
          String((a as { code: string }).code).localeCompare((b as { code: string }).code),
        )
      : items;
  }
  if (x && typeof x === "object")
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, sortedUnits(v)]));
  return x;
}

const comparable = (r: Report) =>
  sortedUnits({
    totals: r.totals,
    targets: r.targets,
    wards: r.wards,
    criteria: r.criteria,
    standards: r.standards,
    years: r.years,
    paragraphs: r.paragraphs,
  });

const readJson = async (path: string) =>
  reportSchema.parse(JSON.parse((await import("node:fs")).readFileSync(path, "utf8")));

describe("file per ward with .xlsx: template → setup → split → fill → collect", () => {
  const dir = tempDir("tdp-wardfiles-");
  const shared = join(dir, "chung.xlsx");
  const master = join(dir, "so.xlsx");
  const files = join(dir, "tep-xa");
  let setupOut: string;
  let collected: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    ensureCli();
    // The shared workbook, filled in place (the reference).
    cliOk(["template", "--sample", "--out", shared]);
    await editWorkbook(shared, edit);
    cliOk(["rollup", shared, "--json", join(dir, "chung.json")]);
    // The master: the same Danh mục, Kế hoạch, Lịch sử and Tiêu chí, no ward tab (as typed in Excel).
    cliOk(["template", "--sample", "--out", master]);
    await editWorkbook(master, (wb) => {
      for (const ws of [...wb.worksheets])
        if (!isFixedSheet(ws.name) && ws.state === "visible") wb.removeWorksheet(ws.id);
    });
    setupOut = cliOk(["setup", master]);
    cliOk(["split", master, "--out", files]);
    const sharedBook = new ExcelJS.Workbook();
    await sharedBook.xlsx.readFile(shared);
    for (const name of readdirSync(files)) {
      await editWorkbook(join(files, name), (wb) => {
        const tab = wb.worksheets.find((w) => w.state === "visible" && !isFixedSheet(w.name))!;
        fillFrom(sharedBook.getWorksheet(tab.name)!, tab);
        wb.modified = new Date("2026-12-10T09:00:00Z");
      });
    }
    // Not ours: a spreadsheet of something else, and a file that is no workbook at all.
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Bảng lương").getCell("A1").value = "Lương";
    await other.xlsx.writeFile(join(files, "bang-luong.xlsx"));
    writeFileSync(join(files, "ghi-chu.xlsx"), "không phải xlsx");
    collected = cli(["collect", master, files]);
    cliOk(["rollup", master, "--json", join(dir, "so.json")]);
  }, 240_000);

  it("setup makes a tab per ward of Danh mục, with every expected unit", async () => {
    expect(setupOut).toMatch(/Phường Tân Phong/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(master);
    const tabs = wb.worksheets.filter((w) => w.state === "visible" && !isFixedSheet(w.name));
    expect(tabs).toHaveLength(WARD_TABS);
    expect(unitColumns(wb.getWorksheet("Phường Tân Phong")!).has("TP-TDP08")).toBe(true);
  });

  it("split writes one protected file per ward with a hidden identity sheet", async () => {
    const names = readdirSync(files).filter((n) => /^[A-Z]+ /.test(n));
    expect(names).toHaveLength(WARD_TABS);
    expect(names).toContain("TP Phường Tân Phong.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(files, "TP Phường Tân Phong.xlsx"));
    expect(wb.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name)).toEqual([
      SHEET.guide,
      "Phường Tân Phong",
      SHEET.criteria,
      SHEET.roster,
      SHEET.fileInfo,
    ]);
    expect(wb.getWorksheet(SHEET.fileInfo)!.state).toBe("hidden");
    const tab = wb.getWorksheet("Phường Tân Phong")!;
    const protection = (tab as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    expect(protection?.sheet).toBe(true);
    expect(cellAt(tab, "1.1", unitColumn(tab, "TP-TDP08")).protection?.locked).toBe(false);
    expect(cellAt(tab, "1.1", 2).protection?.locked).not.toBe(false);
    expect(tab.getCell("B2").protection?.locked).not.toBe(false);
  });

  it("collect takes the seven files, skips the two that are not ours, and keeps a backup", () => {
    expect(collected.code, collected.stderr).toBe(0);
    expect(collected.stdout).toMatch(/Đã thu 7 tệp/);
    expect(collected.stdout).toMatch(/bang-luong\.xlsx: không phải tệp xã\/phường/);
    expect(collected.stdout).toMatch(/ghi-chu\.xlsx: không đọc được/);
    expect(existsSync(join(dir, "so.truoc-khi-thu.xlsx"))).toBe(true);
  });

  it("records each ward file taken as that ward's submission", () => {
    const board = cliOk(["status", master]);
    expect(board).toMatch(/Đã gửi 7 · quá hạn 0 · chưa gửi 0/);
    expect(board.split("\n").filter((l) => /^\d+\s.*\sĐã gửi\s/.test(l))).toHaveLength(WARD_TABS);
    expect(board).toMatch(/Phường Tân Phong\s+Đã gửi\s+10\/12\/2026 16:00/);
  });

  it("gives the report of the shared workbook filled the same way", async () => {
    const a = await readJson(join(dir, "chung.json"));
    const b = await readJson(join(dir, "so.json"));
    expect(b.totals.recognized).toBe(a.totals.recognized);
    expect(comparable(b)).toEqual(comparable(a));
  });

  it("refuses an older copy of a ward file on the next collect", async () => {
    const copy = join(dir, "cu");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(copy);
    const file = join(copy, "TP.xlsx");
    copyFileSync(join(files, "TP Phường Tân Phong.xlsx"), file);
    await editWorkbook(file, (wb) => {
      wb.modified = new Date("2026-12-09T09:00:00Z");
    });
    const r = cli(["collect", master, copy]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/KHÔNG thu Phường Tân Phong/);
    expect(r.stdout).toMatch(/cũ hơn tệp đã thu/);
  });

  it.skipIf(!officeTestsEnabled())(
    "reads a ward file re-saved by LibreOffice Calc",
    async () => {
      const again = join(dir, "lo");
      const { mkdirSync } = await import("node:fs");
      mkdirSync(again);
      const source = join(dir, "QT.xlsx");
      copyFileSync(join(files, "QT Phường Quyết Thắng.xlsx"), source);
      await editWorkbook(source, (wb) => {
        const tab = wb.getWorksheet("Phường Quyết Thắng")!;
        const col = [...unitColumns(tab).values()][0];
        cellAt(tab, "1.1", col).value = "Không đạt";
        wb.modified = new Date("2026-12-11T09:00:00Z");
      });
      copyFileSync(resavedByLibreOffice(source), join(again, "QT-libreoffice.xlsx"));
      const r = cli(["collect", master, again]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/QT-libreoffice\.xlsx: đã thu Phường Quyết Thắng \(1 ô thay đổi\)/);
    },
    240_000,
  );
});
