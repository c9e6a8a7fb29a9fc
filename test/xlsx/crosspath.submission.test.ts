/**
 * The submission cycle through both paths on the same sample (issue 15): Gửi thẩm định in the add-in
 * (dist/Code.js on the fake) and `tdp submit` on the .xlsx, then the same cell changed, then the
 * roll-up: both list the same changed cell with the value sent, and show the same board.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reportSchema } from "../../src/core/report";
import { SHEET, SUBMISSION } from "../../src/core/vocabulary";
import { readXlsx } from "../../src/xlsx/read";
import { harness } from "../helpers/harness";
import { cellAt, cliOk, editWorkbook, ensureCli, tempDir, unitColumn } from "../helpers/xlsx";

const TAB = "Phường Tân Phong";

describe("submission: the add-in and tdp give the same result", () => {
  const dir = tempDir("tdp-cross-submit-");
  const book = join(dir, "so.xlsx");
  let cliChanged: { sheet: string; cell: string; value: string }[];
  let cliBoard: string[];

  beforeAll(async () => {
    ensureCli();
    cliOk(["template", "--sample", "--out", book]);
    cliOk(["submit", book, "--ward", "TP", "--by", "noivu@thanhpho.gov.vn"]);
    await editWorkbook(book, (wb) => {
      const ws = wb.getWorksheet(TAB)!;
      cellAt(ws, "1.3", unitColumn(ws, "TP-TDP08")).value = "Không đạt";
    });
    const json = join(dir, "bao-cao.json");
    cliOk(["rollup", book, "--json", json]);
    cliOk(["status", book, "--write"]);
    const report = reportSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    cliChanged = report.problems
      .filter((p) => /sau khi gửi/.test(p.message))
      .map((p) => ({ sheet: p.sheet, cell: p.cell, value: p.value }));
    const read = await readXlsx(book);
    cliBoard = read.values
      .get(SUBMISSION.boardSheet)!
      .slice(4)
      .map((r) => `${r[1]}:${r[3]}`);
  }, 120_000);

  it("lists the same changed cell and shows the same states", () => {
    const h = harness();
    h.ctx.menuLoadSample();
    h.ss.setActiveSheet(h.ss.sheet(TAB));
    h.ctx.menuSubmitTab();
    const tab = h.ss.sheetValues(TAB);
    const r = tab.findIndex((row) => String(row[0]) === "1.3");
    const c = tab[2].findIndex((x) => String(x).startsWith("TP-TDP08"));
    h.ss.sheet(TAB).seed([["Không đạt"]], `${String.fromCharCode(65 + c)}${r + 1}`);
    h.ctx.menuRollup();
    const problems = h.ss
      .sheetValues(SHEET.summary)
      .filter((row) => row.some((v) => /sau khi gửi/.test(String(v))));
    expect(cliChanged).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0].map(String)).toEqual(
      expect.arrayContaining([cliChanged[0].sheet, cliChanged[0].cell]),
    );
    const board = h.ss
      .sheetValues(SUBMISSION.boardSheet)
      .slice(4)
      .map((row) => `${row[1]}:${row[3]}`);
    expect(board).toEqual(cliBoard);
    expect(board[0]).toBe(`TP:${SUBMISSION.status.sent}`);
  });
});
