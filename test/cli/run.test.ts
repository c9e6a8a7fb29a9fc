/** The `tdp` command line, run as `node build/cli.mjs …` in a child process. */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { reportSchema } from "../../src/core/report";
import { XLSX } from "../../src/core/text/cli";
import { SHEET } from "../../src/core/vocabulary";
import { readXlsx } from "../../src/xlsx/read";
import {
  CLI,
  cellAt,
  cli,
  cliOk,
  editWorkbook,
  ensureCli,
  ROOT,
  tempDir,
  tooWide,
  unitColumn,
} from "../helpers/xlsx";

const dir = tempDir("tdp-cli-");
const sample = join(dir, "mau.xlsx");

/** stderr without the progress lines ("Đang …"): what the user is told. */
const told = (stderr: string) =>
  stderr
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("Đang "))
    .join("\n");

/** One clear line, no stack trace. */
function expectOneLine(stderr: string): string {
  const lines = told(stderr).split("\n");
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/Error:/);
  return lines[0];
}

function copyOf(name: string): string {
  const path = join(dir, name);
  copyFileSync(sample, path);
  return path;
}

beforeAll(() => {
  ensureCli();
  cliOk(["template", "--sample", "--out", sample]);
});

describe("tdp --help", () => {
  it.each([
    [],
    ["--help"],
    ["help", "rollup"],
    ["help", "report"],
    ["report", "--help"],
    ["demo", "--help"],
    ["template", "-h"],
    ["rollup", "--help"],
    ["check", "--help"],
  ])("%j prints Vietnamese and English help and exits 0", (...args) => {
    const r = cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("English");
    expect(r.stdout).toMatch(/tdp (demo|template|rollup|report|check)/);
    expect(r.stdout).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
  });

  it("bin/tdp.mjs launches the built command", () => {
    const r = require("node:child_process").spawnSync(
      process.execPath,
      [join(ROOT, "bin/tdp.mjs"), "--help"],
      {
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("tdp template --out");
  });

  it("an unknown command or option is one line and exit 2", () => {
    const a = cli(["tong-hop"]);
    expect(a.code).toBe(2);
    expect(expectOneLine(a.stderr)).toContain("Không có lệnh “tong-hop”");
    const b = cli(["rollup", sample, "--nam", "2024"]);
    expect(b.code).toBe(2);
    expect(expectOneLine(b.stderr)).toContain("Không có tùy chọn --nam cho lệnh rollup");
    const c = cli(["rollup"]);
    expect(c.code).toBe(2);
    expect(expectOneLine(c.stderr)).toContain("Thiếu tên tệp .xlsx");
    const d = cli(["rollup", sample, "--year", "24"]);
    expect(d.code).toBe(2);
    expect(expectOneLine(d.stderr)).toContain("Năm “24” không hợp lệ");
  });
});

describe("tdp demo (npm start)", () => {
  const cwd = tempDir("tdp-demo-");
  let r: ReturnType<typeof cli>;
  beforeAll(() => {
    r = cli(["demo"], { cwd });
  });

  it("prints the Lai Châu summary as a table within 100 columns", () => {
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("35 tổ dân phố, bản được công nhận (duy trì 28, công nhận mới 7)");
    expect(r.stdout).toMatch(/Chỉ tiêu năm 2024 \(lũy kế\)\s+32\s+35\s+109,4%/);
    expect(r.stdout).toMatch(/Chỉ tiêu giai đoạn 2021–2025\s+26\s+35\s+134,6%/);
    expect(r.stdout).toMatch(/Phường Tân Phong\s+\d+/);
    expect(r.stdout).toMatch(/Tổng số\s+72/);
    expect(r.stdout).toContain("Tổ dân phố số 5, 9 phường Tân Phong");
    expect(r.stdout).toContain("Vấn đề cần xử lý");
    expect(tooWide(r.stdout, 100)).toEqual([]);
    expect(r.stdout).toBe(r.stdout.normalize("NFC"));
    expect(r.stderr).toContain("Đang tổng hợp 7 tab…");
  });

  it("writes the sample workbook, the summary workbook, the JSON report and the Word report", async () => {
    for (const f of ["mau-lai-chau.xlsx", "tong-hop.xlsx", "tong-hop.json", "bao-cao.docx"]) {
      expect(existsSync(join(cwd, "out", f))).toBe(true);
      expect(r.stdout).toContain(`Đã ghi ${join("out", f)}`);
    }
    const report = reportSchema.parse(JSON.parse(readFileSync(join(cwd, "out/tong-hop.json"), "utf8")));
    expect(report.totals).toMatchObject({ recognized: 35, maintained: 28, new: 7 });
    const summary = await readXlsx(join(cwd, "out/tong-hop.xlsx"));
    expect([...summary.values.keys()]).toEqual([SHEET.summary, SHEET.annex, SHEET.history]);
    expect(String(summary.values.get(SHEET.summary)![0][0])).toContain("NĂM 2024");
    const book = await readXlsx(join(cwd, "out/mau-lai-chau.xlsx"));
    expect([...book.values.keys()]).toContain("Phường Tân Phong");
    const docx = await JSZip.loadAsync(readFileSync(join(cwd, "out/bao-cao.docx")));
    const xml = await docx.file("word/document.xml")!.async("string");
    expect(xml).toContain("TỔNG HỢP KẾT QUẢ");
    expect(xml).toContain(report.paragraphs.headline);
  });

  it("the sample workbook is rolled up into itself: what template --sample then rollup --write --in-place give", async () => {
    const book = await readXlsx(join(cwd, "out/mau-lai-chau.xlsx"));
    const summary = book.values.get(SHEET.summary)!;
    expect(summary.flat().map(String).join("\n")).not.toContain("Chưa tổng hợp");
    expect(String(summary[0][0])).toContain("NĂM 2024");
    expect(book.values.get(SHEET.history)!.filter((row) => row[1] === 2024)).toHaveLength(35);
    const office = join(tempDir("tdp-demo-office-"), "so.xlsx");
    cliOk(["template", "--sample", "--out", office]);
    cliOk(["rollup", office, "--write", "--in-place"]);
    expect(book.values).toEqual((await readXlsx(office)).values);
  });
});

describe("tdp template", () => {
  it("writes the empty template with every fixed sheet", async () => {
    const out = join(dir, "trong.xlsx");
    const r = cli(["template", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Đã tạo");
    const { values } = await readXlsx(out);
    // Plus, last and very hidden, the lists too long for a validation formula (the validation of
    // Tiêu chí's year and comma-list columns, issue 13).
    expect([...values.keys()]).toEqual([
      SHEET.guide,
      SHEET.criteria,
      SHEET.roster,
      SHEET.plan,
      SHEET.summary,
      SHEET.history,
      XLSX.listsSheet,
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.state)).toEqual([...Array(6).fill("visible"), "veryHidden"]);
  });

  it("refuses to overwrite a file without --force (exit 3) and overwrites with it", () => {
    const out = copyOf("co-san.xlsx");
    const before = readFileSync(out);
    const r = cli(["template", "--out", out]);
    expect(r.code).toBe(3);
    expect(expectOneLine(r.stderr)).toContain("đã có. Thêm --force");
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(cli(["template", "--out", out, "--force"]).code).toBe(0);
    expect(readFileSync(out).equals(before)).toBe(false);
  });

  it("checks its arguments", () => {
    const a = cli(["template", "--out", join(dir, "x.xlsx"), "--framework", "hanoi"]);
    expect(a.code).toBe(2);
    expect(expectOneLine(a.stderr)).toContain("Không có khung tiêu chí “hanoi”");
    const c = cli(["template", "--out", join(dir, "x.xls")]);
    expect(c.code).toBe(2);
    expect(expectOneLine(c.stderr)).toContain("phải có đuôi .xlsx");
    const d = cli(["template"]);
    expect(d.code).toBe(2);
    expect(expectOneLine(d.stderr)).toContain("Thiếu --out");
  });
});

describe("the Quỳnh Vinh sample", () => {
  it("template --sample --framework quynhvinh-6k3c rolls up with its own framework", () => {
    const out = join(dir, "quynh-vinh.xlsx");
    const t = cli(["template", "--sample", "--framework", "quynhvinh-6k3c", "--out", out]);
    expect(t.code).toBe(0);
    expect(t.stderr).toContain("Đang tạo sổ mẫu Quỳnh Vinh…");
    const r = cli(["rollup", out, "--json", "-"]);
    expect(r.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.framework.id).toBe("quynhvinh-6k3c");
    expect(report.totals.evaluated).toBeGreaterThan(0);
    expect(report.wards.filter((w) => w.pilot).map((w) => w.name)).toEqual(["Thôn 6", "Thôn 11", "Thôn 16"]);
    expect(report.title).toContain("(XÃ QUỲNH VINH) NĂM 2019");
  });

  it("fill in Excel: one failed criterion costs a tổ tự quản its recognition (all must pass)", async () => {
    const out = join(dir, "quynh-vinh-dien.xlsx");
    expect(cli(["template", "--sample", "--framework", "quynhvinh-6k3c", "--out", out]).code).toBe(0);
    const before = reportSchema.parse(JSON.parse(cli(["rollup", out, "--json", "-"]).stdout));
    await editWorkbook(out, (wb) => {
      cellAt(wb.getWorksheet("Thôn 1")!, "K3", 3).value = "không đạt"; // lenient spelling, as typed
    });
    const after = reportSchema.parse(JSON.parse(cli(["rollup", out, "--json", "-"]).stdout));
    expect(after.totals.recognized).toBe(before.totals.recognized - 1);
    expect(after.criteria.find((c) => c.code === "K3")?.line).toBe("Tổ tự quản số 1 thôn 1");
  });
});

describe("template → fill in Excel → rollup", () => {
  it("rolls up what was typed, with the JSON report on disk or on stdout", async () => {
    const book = copyOf("dien.xlsx");
    await editWorkbook(book, (wb) => {
      const ws = wb.getWorksheet("Phường Đông Phong")!;
      const col = 3;
      // Two of TC1's four criteria fail: the first unit of Đông Phong is no longer recognized.
      cellAt(ws, "1.1", col).value = "không đạt";
      cellAt(ws, "1.2", col).value = "KĐ";
    });
    const json = join(dir, "dien.json");
    const r = cli(["rollup", book, "--json", json]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("34 tổ dân phố, bản được công nhận");
    expect(r.stdout).toContain(`Đã ghi ${json}`);
    const report = reportSchema.parse(JSON.parse(readFileSync(json, "utf8")));
    expect(report.totals.recognized).toBe(34);
    const dp = report.wards.find((w) => w.name === "Phường Đông Phong")!;
    expect(dp.recognized).toBe(6);
    expect(report.criteria.find((c) => c.code === "1.1")?.line).toContain("phường Đông Phong");

    const piped = cli(["rollup", book, "--json", "-"]);
    expect(piped.code).toBe(0);
    expect(reportSchema.parse(JSON.parse(piped.stdout))).toEqual(report);
  });
});

describe("a broken Tiêu chí sheet", () => {
  it("stops rollup and check with exit 1 and the cell to fix", async () => {
    const book = copyOf("tieu-chi-loi.xlsx");
    let address = "";
    await editWorkbook(book, (wb) => {
      const ws = wb.getWorksheet(SHEET.criteria)!;
      ws.eachRow((row, r) => {
        if (!address && row.getCell(1).value === "Tiêu chuẩn") {
          row.getCell(5).value = 150;
          address = `E${r}`;
        }
      });
    });
    const r = cli(["rollup", book, "--json", join(dir, "khong-ghi.json")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Trang Tiêu chí có lỗi; hãy sửa trước:");
    expect(r.stderr).toContain(`Tiêu chí!${address}: ngưỡng phải là số nguyên từ 1 đến 100 (%)`);
    expect(existsSync(join(dir, "khong-ghi.json"))).toBe(false);
    const c = cli(["check", book]);
    expect(c.code).toBe(1);
    expect(c.stdout).toContain(`Tiêu chí!${address}: ngưỡng phải là số nguyên`);
  });
});

describe("tdp rollup --write", () => {
  it("writes Tổng hợp and Lịch sử into a copy; every other sheet's cells are untouched", async () => {
    const book = copyOf("ghi.xlsx");
    const original = readFileSync(book);
    const r = cli(["rollup", book, "--write"]);
    expect(r.code).toBe(0);
    const copy = join(dir, "ghi.tong-hop.xlsx");
    expect(r.stdout).toContain(`Đã ghi ${copy}`);
    expect(readFileSync(book).equals(original)).toBe(true);

    const before = await readXlsx(book);
    const after = await readXlsx(copy);
    // The decision's annex is added after the sheets the workbook had.
    expect([...after.values.keys()]).toEqual([...before.values.keys(), SHEET.annex]);
    for (const [name, values] of before.values) {
      if (name === SHEET.summary || name === SHEET.history) continue;
      expect(after.values.get(name), name).toEqual(values);
    }
    expect(String(after.values.get(SHEET.summary)![0][0])).toContain("TỔNG HỢP KẾT QUẢ");
    expect(before.values.get(SHEET.summary)![1][0]).not.toBe(after.values.get(SHEET.summary)![1][0]);
    expect(after.values.get(SHEET.history)!.filter((row) => row[1] === 2024)).toHaveLength(35);
    // Dropdowns, colours and the hidden lists sheet of the ward tabs survive.
    const ws = after.workbook.getWorksheet("Phường Tân Phong")!;
    expect(ws.getCell("C5").dataValidation?.formulae).toEqual(['"Đạt,Không đạt,Không áp dụng"']);
    expect(ws.getCell("A3").fill).toMatchObject({ fgColor: { argb: "FFD9D9D9" } });
    expect(after.workbook.getWorksheet(XLSX.listsSheet)?.state).toBe("veryHidden");
  });

  it("--in-place writes into the workbook itself; a second run gives the same values", async () => {
    const book = copyOf("tai-cho.xlsx");
    expect(cli(["rollup", book, "--write", "--in-place"]).code).toBe(0);
    const once = (await readXlsx(book)).values;
    // Anywhere on the sheet: its layout is Tổng hợp's own (src/core/workbook/summary.ts).
    expect(once.get(SHEET.summary)!.flat().map(String).join("\n")).toContain(
      "Đến hết năm 2024, toàn thành phố có 35 tổ dân phố, bản",
    );
    expect(cli(["rollup", book, "--write", "--in-place"]).code).toBe(0);
    expect((await readXlsx(book)).values).toEqual(once);
    const bad = cli(["rollup", book, "--in-place"]);
    expect(bad.code).toBe(2);
    expect(expectOneLine(bad.stderr)).toContain("--in-place chỉ dùng cùng --write");
  });
});

describe("formula injection", () => {
  it('a unit named =HYPERLINK("x") is written to Tổng hợp and Lịch sử as text', async () => {
    const book = copyOf("tiem.xlsx");
    const evil = '=HYPERLINK("x")';
    await editWorkbook(book, (wb) => {
      wb.getWorksheet(SHEET.roster)!.eachRow((row) => {
        if (row.getCell(8).value === "TP-TDP05") row.getCell(9).value = evil;
      });
    });
    const out = join(dir, "tiem-tong-hop.xlsx");
    expect(cli(["rollup", book, "--out", out, "--write"]).code).toBe(0);
    for (const path of [out, join(dir, "tiem.tong-hop.xlsx")]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      for (const name of [SHEET.summary, SHEET.history]) {
        const ws = wb.getWorksheet(name)!;
        let found = 0;
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.type, `${name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
            // Tổng hợp shows a unit as "TP-TDP05 – name" (the name inside a text cell), in merged
            // cells whose other parts read the master's value.
            if (cell.type === ExcelJS.ValueType.Merge) return;
            if (typeof cell.value === "string" && cell.value.includes(evil)) {
              expect(cell.type).toBe(ExcelJS.ValueType.String);
              found++;
            }
          }),
        );
        expect(found, `${path} ${name}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("tdp check", () => {
  it("exit 0 when clean", async () => {
    const book = copyOf("sach.xlsx");
    await editWorkbook(book, (wb) => {
      const ws = wb.getWorksheet("Xã San Thàng")!;
      ws.getRow(3).eachCell((cell) => {
        if (String(cell.value).includes("Xéo Sin Chải")) cell.value = "ST-B-XEOXINCHAI – Bản Xéo Xin Chải";
      });
      wb.getWorksheet("Xã Sùng Phài")!
        .getRow(3)
        .eachCell((cell) => {
          if (String(cell.value).includes("Sùng Chô")) cell.value = "SP-B-SUNGCHO – Bản Sùng Chồ";
        });
      // The sample's one "Không áp dụng" (Lò Suối Tùng, 3.3) is reported as a note: make it Đạt.
      let col = 0;
      ws.getRow(3).eachCell((cell, c) => {
        if (String(cell.value).includes("LOSUOITUNG")) col = c;
      });
      ws.eachRow((row) => {
        if (String(row.getCell(1).value) === "3.3") row.getCell(col).value = "Đạt";
      });
    });
    const r = cli(["check", book]);
    expect(r.stdout).toContain("Không có vấn đề nào (7 tab đánh giá).");
    expect(r.code).toBe(0);
  });

  it("exit 1 with one line per problem, sheet and cell", async () => {
    const book = copyOf("loi.xlsx");
    let address = "";
    await editWorkbook(book, (wb) => {
      const ws = wb.getWorksheet("Phường Tân Phong")!;
      const cell = cellAt(ws, "1.3", unitColumn(ws, "TP-TDP08"));
      cell.value = null;
      address = cell.address;
      cellAt(ws, "2.1", unitColumn(ws, "TP-TDP08")).value = "tốt";
    });
    const r = cli(["check", book]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Phường Tân Phong!${address}: tiêu chí 1.3 còn trống`);
    expect(r.stdout).toMatch(/Phường Tân Phong!\w+\d+: tiêu chí 2\.1: giá trị “tốt” không hiểu được/);
    expect(r.stdout).toContain("Xã San Thàng!C3:");
  });

  it("exit 2 when the file cannot be read", () => {
    const path = join(dir, "van-ban.xlsx");
    writeFileSync(path, "STT;Tên đơn vị\n1;Tổ dân phố số 5\n");
    const r = cli(["check", path]);
    expect(r.code).toBe(2);
    expect(expectOneLine(r.stderr)).toContain("không phải sổ tính .xlsx");
  });

  it("suggests the closest sheet for a renamed ward tab", async () => {
    const book = copyOf("doi-ten.xlsx");
    await editWorkbook(book, (wb) => {
      const ws = wb.getWorksheet("Xã Sùng Phài")!;
      ws.name = "Xa Sung Phai (ban cu)";
      ws.getCell("B2").value = null;
    });
    const c = cli(["check", book]);
    expect(c.code).toBe(1);
    // Lines wrap at 80 columns: the words are compared, not where the lines break.
    expect(c.stdout.replace(/\s+/g, " ")).toContain(
      "có trang “Xa Sung Phai (ban cu)” — có phải đã bị đổi tên?",
    );
    const r = cli(["rollup", book]);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "Gợi ý: không có tab “Xã Sùng Phài” của Xã Sùng Phài; có trang “Xa Sung Phai (ban cu)”",
    );
  });
});

describe("bad files: one clear Vietnamese line, exit 2, never a stack trace", () => {
  const cfb = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const cases: [string, () => Promise<string> | string, string][] = [
    ["a missing file", () => join(dir, "khong-co.xlsx"), "Không tìm thấy tệp"],
    [
      "not a zip",
      () => {
        const p = join(dir, "html.xlsx");
        writeFileSync(p, "<html><body>Bảng</body></html>");
        return p;
      },
      "không phải sổ tính .xlsx (không đúng định dạng tệp nén của Excel)",
    ],
    [
      "password-protected",
      () => {
        const p = join(dir, "mat-khau.xlsx");
        writeFileSync(
          p,
          Buffer.concat([
            cfb,
            Buffer.alloc(1000),
            Buffer.from("EncryptedPackage", "utf16le"),
            Buffer.alloc(600),
          ]),
        );
        return p;
      },
      "được đặt mật khẩu",
    ],
    [
      "an old .xls",
      () => {
        const p = join(dir, "cu.xls");
        writeFileSync(
          p,
          Buffer.concat([cfb, Buffer.alloc(1000), Buffer.from("Workbook", "utf16le"), Buffer.alloc(600)]),
        );
        return p;
      },
      "định dạng Excel cũ (.xls). Hãy mở bằng Excel hoặc Google Trang tính rồi lưu thành .xlsx",
    ],
    [
      "a damaged .xlsx",
      () => {
        const p = join(dir, "hong.xlsx");
        writeFileSync(p, readFileSync(sample).subarray(0, 5000));
        return p;
      },
      "bị hỏng hoặc không phải sổ tính .xlsx",
    ],
    [
      "a sheet missing",
      async () => {
        const p = copyOf("thieu.xlsx");
        await editWorkbook(p, (wb) => wb.removeWorksheet(wb.getWorksheet(SHEET.roster)!.id));
        return p;
      },
      "không có trang “Danh mục”",
    ],
    [
      "a sheet renamed",
      async () => {
        const p = copyOf("doi-ten-dm.xlsx");
        await editWorkbook(p, (wb) => {
          wb.getWorksheet(SHEET.criteria)!.name = "Tiêu chí (bản cũ)";
        });
        return p;
      },
      "không có trang “Tiêu chí”; có trang “Tiêu chí (bản cũ)” — có phải đã bị đổi tên? Hãy đổi tên lại",
    ],
  ];
  it.each(cases)("%s", async (_, make, message) => {
    const path = await make();
    for (const cmd of ["rollup", "check"]) {
      const r = cli([cmd, path]);
      expect(r.code, `${cmd} ${r.stderr}`).toBe(2);
      expect(expectOneLine(r.stderr)).toContain(message);
      expect(r.stdout).toBe("");
    }
  });
});

it("the CLI bundle exists where package.json's bin launcher looks for it", () => {
  expect(existsSync(CLI)).toBe(true);
});
