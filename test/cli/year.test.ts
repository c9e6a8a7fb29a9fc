/** Through `tdp`: the year is explicit and a held history is not written without --force. */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SHEET } from "../../src/core/vocabulary";
import { readXlsx } from "../../src/xlsx/read";
import { cli, cliOk, editWorkbook, ensureCli, tempDir } from "../helpers/xlsx";

const dir = tempDir("tdp-year-");
const sample = join(dir, "mau.xlsx");

function copyOf(name: string): string {
  const path = join(dir, name);
  copyFileSync(sample, path);
  return path;
}
const historyYears = async (path: string) =>
  (await readXlsx(path)).values.get(SHEET.history)!.map((r) => r[1]);
const count = (years: unknown[], y: number) => years.filter((x) => x === y).length;

beforeAll(() => {
  ensureCli();
  cliOk(["template", "--sample", "--out", sample]);
});

describe("tdp and the evaluation year", () => {
  it("template takes the current year, and the empty workbook rolls up under it", async () => {
    const book = join(dir, "trong.xlsx");
    cliOk(["template", "--out", book]);
    const now = new Date().getFullYear();
    const crit = (await readXlsx(book)).values.get(SHEET.criteria)!;
    expect(String(crit.find((r) => r[0] === "Năm đánh giá")?.[1])).toBe(String(now));
    expect(cli(["rollup", book]).stdout).toContain(`NĂM ${now}`);
  });

  it("a blank Năm đánh giá stops with exit 1 at Tiêu chí!B…; --year rolls up", async () => {
    const book = copyOf("khong-nam.xlsx");
    await editWorkbook(book, (wb) => {
      const ws = wb.getWorksheet(SHEET.criteria)!;
      ws.eachRow((row) => {
        if (row.getCell(1).value === "Năm đánh giá") row.getCell(2).value = null;
      });
    });
    const r = cli(["rollup", book, "--write"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Tiêu chí!B\d+/);
    expect(r.stderr).toContain("chưa ghi năm đánh giá");
    expect(cli(["rollup", book, "--year", "2024"]).code).toBe(0);
  });

  it("--year 2023 --write --in-place on the 2024 sample: Tổng hợp only, 2023's history kept, exit 1", async () => {
    const book = copyOf("nam-2023.xlsx");
    const before = await historyYears(book);
    const r = cli(["rollup", book, "--year", "2023", "--write", "--in-place"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Lịch sử công nhận CHƯA được cập nhật");
    expect(r.stderr).toContain("Thêm --force");
    expect(await historyYears(book)).toEqual(before);
    expect(String((await readXlsx(book)).values.get(SHEET.summary)![0][0])).toContain("NĂM 2023");
  });

  it("with --force the year is rewritten and the old rows are kept in a backup block", async () => {
    const book = copyOf("nam-2023-force.xlsx");
    const before = await historyYears(book);
    const r = cli(["rollup", book, "--year", "2023", "--write", "--in-place", "--force"]);
    expect(r.code).toBe(0);
    const values = (await readXlsx(book)).values.get(SHEET.history)!;
    const marker = values.findIndex((row) => String(row[0]).startsWith("LỊCH SỬ (BẢN TRƯỚC)"));
    expect(marker).toBeGreaterThan(0);
    expect(
      count(
        values.slice(marker).map((row) => row[1]),
        2023,
      ),
    ).toBe(count(before, 2023));
  });
});
