/** `tdp report`: the paste-ready paragraphs on stdout, the Word file with --docx, and its refusals. */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { reportSchema } from "../../src/core/report";
import { cli, cliOk, ensureCli, tempDir } from "../helpers/xlsx";

const dir = tempDir("tdp-report-");
const sample = join(dir, "mau.xlsx");

/** stderr without the progress lines ("Đang …"). */
const told = (stderr: string) =>
  stderr
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("Đang "))
    .join("\n");

/** The paragraphs the roll-up gives (its JSON report), in the order tdp report prints them. */
function paragraphsOf(file: string, ...args: string[]): string[] {
  const r = reportSchema.parse(JSON.parse(cliOk(["rollup", file, "--json", "-", ...args])));
  const p = r.paragraphs;
  return [p.headline, p.yearsLead, ...p.years, ...p.criteria, ...p.lost].filter((t) => t.trim());
}

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return zip.file("word/document.xml")!.async("string");
}

beforeAll(() => {
  ensureCli();
  cliOk(["template", "--sample", "--out", sample]);
});

describe("tdp report", () => {
  it("prints the report's paragraphs, one blank line between them, and nothing else on stdout", () => {
    const before = readFileSync(sample);
    const r = cli(["report", sample]);
    expect(r.code).toBe(0);
    const expected = paragraphsOf(sample);
    expect(expected.length).toBeGreaterThan(3);
    expect(r.stdout).toBe(`${expected.join("\n\n")}\n`);
    expect(r.stdout.split("\n\n")).toHaveLength(expected.length);
    expect(r.stdout).toBe(r.stdout.normalize("NFC"));
    expect(r.stdout).not.toMatch(/Đang |Đã ghi/);
    // The Lai Châu sample is the city's 2024 report (seed 001, B.II.1.2 and footnote 6).
    expect(r.stdout).toMatch(/^Đến hết năm 2024, toàn thành phố có 35 tổ dân phố, bản/);
    expect(r.stdout).toContain("109,4%");
    expect(r.stdout).toContain("\n\n+ Năm 2022 có 17 tổ dân phố, bản.");
    // Nothing is written into the workbook.
    expect(readFileSync(sample).equals(before)).toBe(true);
  });

  it("--year rolls up that year, like rollup --year", () => {
    const r = cli(["report", sample, "--year", "2023"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${paragraphsOf(sample, "--year", "2023").join("\n\n")}\n`);
    expect(r.stdout).not.toBe(cli(["report", sample]).stdout);
  });

  it("--docx writes the Word file with the paragraphs and says so on stderr", async () => {
    const out = join(dir, "bao-cao.docx");
    const r = cli(["report", sample, "--docx", out]);
    expect(r.code).toBe(0);
    expect(told(r.stderr)).toContain(`Đã ghi ${out}`);
    expect(r.stdout).not.toContain("Đã ghi");
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const xml = await documentXml(out);
    expect(xml).toContain("Đến hết năm 2024, toàn thành phố có 35 tổ dân phố, bản");
    expect(xml).toContain("Phường Tân Phong");
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it("refuses to overwrite a file without --force (exit 3, file untouched) and overwrites with it", () => {
    const out = join(dir, "co-san.docx");
    writeFileSync(out, "không phải docx");
    const r = cli(["report", sample, "--docx", out]);
    expect(r.code).toBe(3);
    expect(told(r.stderr)).toBe(`Tệp “${out}” đã có. Thêm --force để ghi đè, hoặc chọn tên khác.`);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe("không phải docx");
    expect(cli(["report", sample, "--docx", out, "--force"]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("refuses a name not ending .docx, and bad arguments, with one Vietnamese line and exit 2", () => {
    const cases: [string[], string][] = [
      [["report", sample, "--docx", join(dir, "bao-cao.doc")], "phải có đuôi .docx (tệp Word)"],
      [["report", sample, "--docx", join(dir, "bao-cao.xlsx")], "phải có đuôi .docx"],
      [["report"], "Thiếu tên tệp .xlsx. Ví dụ: tdp report so-danh-gia.xlsx"],
      [["report", sample, sample], "Lệnh report chỉ nhận một tệp .xlsx"],
      [["report", sample, "--year", "24"], "Năm “24” không hợp lệ"],
      [["report", sample, "--json", "x.json"], "Không có tùy chọn --json cho lệnh report"],
      [["report", sample, "--docx"], "Tùy chọn --docx cần một giá trị"],
    ];
    for (const [args, message] of cases) {
      const r = cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      const lines = told(r.stderr).split("\n");
      expect(lines, args.join(" ")).toHaveLength(1);
      expect(lines[0]).toContain(message);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
    expect(existsSync(join(dir, "bao-cao.doc"))).toBe(false);
  });

  it("an unreadable workbook is exit 2, and no .docx is written", () => {
    const bad = join(dir, "hong.xlsx");
    writeFileSync(bad, "not a zip");
    const out = join(dir, "khong-ghi.docx");
    const r = cli(["report", bad, "--docx", out]);
    expect(r.code).toBe(2);
    expect(told(r.stderr)).toContain("không phải sổ tính .xlsx");
    expect(existsSync(out)).toBe(false);
  });

  it("notes the workbook's problems on stderr, so stdout stays paste-ready", () => {
    const copy = join(dir, "van-de.xlsx");
    copyFileSync(sample, copy);
    const r = cli(["report", copy]);
    const problems = reportSchema.parse(JSON.parse(cliOk(["rollup", copy, "--json", "-"]))).problems.length;
    expect(problems).toBeGreaterThan(0);
    expect(told(r.stderr)).toContain(`Lưu ý: sổ có ${problems} vấn đề`);
    expect(told(r.stderr)).toContain(`tdp check ${copy}`);
    expect(r.stdout).not.toContain("Lưu ý");
  });

  it("is documented: tdp help report and tdp report --help", () => {
    for (const args of [
      ["help", "report"],
      ["report", "--help"],
    ]) {
      const r = cli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("tdp report TỆP.xlsx [--year NĂM] [--docx BAO-CAO.docx] [--force]");
      expect(r.stdout).toContain("Nghị định");
      expect(r.stdout).toContain("English");
    }
    expect(cli(["--help"]).stdout).toContain("tdp report TỆP.xlsx");
  });
});
