/** `tdp submit`, `tdp return`, `tdp status` on an .xlsx workbook: the same states as the add-in. */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reportSchema } from "../../src/core/report";
import { FIELD_APPRAISAL } from "../../src/core/vocabulary";
import { cellAt, cli, cliOk, editWorkbook, ensureCli, tempDir, unitColumn } from "../helpers/xlsx";

describe("tdp submit / return / status", () => {
  const dir = tempDir("tdp-submit-");
  const book = join(dir, "so.xlsx");

  beforeAll(() => {
    ensureCli();
    cliOk(["template", "--sample", "--out", book]);
  }, 60_000);

  it("refuses a ward whose proposed unit has a blank cell, naming it", async () => {
    const copy = join(dir, "trong.xlsx");
    await editWorkbook(
      book,
      (wb) => {
        const ws = wb.getWorksheet("Phường Quyết Thắng")!;
        const col = unitColumn(ws, "QT-");
        cellAt(ws, "2.2", col).value = null;
      },
      copy,
    );
    const r = cli(["submit", copy, "--ward", "QT"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Chưa gửi được Phường Quyết Thắng: còn 1 ô/);
    expect(r.stdout).toMatch(/Phường Quyết Thắng!C\d+/);
  });

  it("submits, lists a cell changed afterwards in the roll-up, returns with a reason", async () => {
    const sent = cliOk(["submit", book, "--ward", "TP", "--by", "tp@laichau.vn"]);
    expect(sent).toMatch(/Đã gửi thẩm định Phường Tân Phong/);
    expect(cliOk(["submit", book, "--ward", "TP"])).toMatch(/đã gửi lúc/);
    await editWorkbook(book, (wb) => {
      const ws = wb.getWorksheet("Phường Tân Phong")!;
      cellAt(ws, "1.3", unitColumn(ws, "TP-TDP08")).value = "Không đạt";
    });
    const json = join(dir, "bao-cao.json");
    cliOk(["rollup", book, "--json", json]);
    const report = reportSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    const changed = report.problems.filter((p) => /sau khi gửi/.test(p.message));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ sheet: "Phường Tân Phong", value: "Không đạt" });
    expect(cliOk(["status", book])).toMatch(/Phường Tân Phong\s+Đã gửi/);
    const back = cliOk(["return", book, "--ward", "TP", "--reason", "Thiếu biên bản họp"]);
    expect(back).toMatch(/Đã trả lại Phường Tân Phong: Thiếu biên bản họp/);
    const board = cliOk(["status", book]);
    expect(board).toMatch(/Phường Tân Phong\s+Đã trả lại.*Thiếu biên bản họp/);
    expect(board).toMatch(/Đã gửi 0 · quá hạn 0 · chưa gửi 6 · đã trả lại 1 · đã thẩm định 0/);
  }, 120_000);

  it("tdp appraisal: assignments, the results sheet, a department's Không đạt in the roll-up", async () => {
    const copy = join(dir, "tham-dinh.xlsx");
    cliOk(["template", "--sample", "--out", copy]);
    expect(cliOk(["appraisal", copy])).toMatch(/chưa có cơ quan nào/);
    await editWorkbook(copy, (wb) => {
      const ws = wb.getWorksheet(FIELD_APPRAISAL.assignSheet)!;
      ws.getRow(4).values = ["Công an thành phố", "ca@laichau.vn", "TC6"];
    });
    expect(cliOk(["appraisal", copy])).toMatch(/35 đơn vị đề nghị, 1 cơ quan/);
    await editWorkbook(copy, (wb) => {
      const ws = wb.getWorksheet(FIELD_APPRAISAL.resultSheet)!;
      expect(ws.getCell("D3").value).toBe("Công an thành phố – TC6");
      ws.eachRow((row) => {
        if (row.getCell(1).value === "TP-TDP05") row.getCell(4).value = "Không đạt";
      });
    });
    const json = join(dir, "tham-dinh.json");
    cliOk(["rollup", copy, "--json", json]);
    const report = reportSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    expect(report.totals.recognized).toBe(34);
    expect(report.fieldAppraisal).toEqual([
      expect.objectContaining({ department: "Công an thành phố", standard: "6", failed: 1 }),
    ]);
  }, 120_000);

  it("needs --ward and a reason", () => {
    expect(cli(["submit", book]).code).toBe(2);
    const r = cli(["return", book, "--ward", "QT"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Cần ghi lý do/);
  });
});
