/** `tdp` at 80 columns: wrapped check lines, tables that fit, progress on stderr, 10.000, help widths. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import stringWidth from "string-width";
import { beforeAll, describe, expect, it } from "vitest";
import { Progress } from "../../src/cli/progress";
import { type Io, run, terminalColumns } from "../../src/cli/run";
import { formatSummary } from "../../src/cli/summary";
import { table, truncate } from "../../src/cli/text";
import { formatProblem } from "../../src/core/problem";
import { type Report, reportSchema } from "../../src/core/report";
import { CLI } from "../../src/core/text/cli";
import { checkWorkbook } from "../../src/core/usecases/checkWorkbook";
import { readXlsx } from "../../src/xlsx/read";
import { tempDir } from "../helpers/xlsx";

/** An Io that records what a command prints; `tty` and `columns` as a terminal (or a pipe) gives them. */
function fakeIo(opts: { columns?: number; tty?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    progress: (t) => progress.push(t),
    ...opts,
  };
  return { io, out: () => out.join("\n"), err: () => err.join("\n"), progress };
}

const lines = (text: string) => text.split("\n");
const widest = (text: string) => Math.max(...lines(text).map((l) => stringWidth(l)));
/** The words of a text, wherever its lines break. */
const words = (text: string) => text.replace(/\s+/g, " ").trim();

const dir = tempDir("tdp-width-");
const sample = join(dir, "mau.xlsx");

beforeAll(async () => {
  const t = fakeIo();
  expect(await run(["template", "--sample", "--out", sample], t.io)).toBe(0);
});

describe("terminal width", () => {
  it("is the terminal's, else COLUMNS, else 80; never below 40", () => {
    expect(terminalColumns(undefined, undefined)).toBe(80);
    expect(terminalColumns(132, "90")).toBe(132);
    expect(terminalColumns(undefined, "120")).toBe(120);
    expect(terminalColumns(undefined, "abc")).toBe(80);
    expect(terminalColumns(20, undefined)).toBe(40);
  });
});

describe("tdp check at 80 columns", () => {
  it("wraps a long problem at spaces with a hanging indent, never mid-word", async () => {
    // The case of the issue: printed on one line, a terminal cut it at column 80 inside a word.
    const { values } = await readXlsx(sample, { valuesOnly: true });
    const problem = checkWorkbook(values)
      .problems.map(formatProblem)
      .find((p) => p.includes("ST-B-XEOXINCHAI"))!;
    const old = `  ${problem}`;
    expect(stringWidth(old)).toBeGreaterThan(80);
    // Columns 80 and 81 are both inside a word ("Ch|ải"): the terminal broke the word in two.
    expect(old.slice(79, 81)).toMatch(/^\S\S$/);

    const t = fakeIo({ columns: 80 });
    expect(await run(["check", sample], t.io)).toBe(1);
    const printed = lines(t.out());
    expect(widest(t.out())).toBeLessThanOrEqual(80);
    const at = printed.findIndex((l) => l.includes("Bản Xéo Sin Chải"));
    expect(printed[at].startsWith("  Xã San Thàng!C3:")).toBe(true);
    expect(printed[at + 1]).toMatch(/^ {4}\S/);
    expect(words(`${printed[at]} ${printed[at + 1]}`)).toBe(words(problem));
    expect(printed[at + 1]).toContain("mã ST-B-XEOXINCHAI");
  });

  it("keeps one line per problem on a wide terminal", async () => {
    const t = fakeIo({ columns: 200 });
    expect(await run(["check", sample], t.io)).toBe(1);
    expect(lines(t.out()).filter((l) => l.startsWith("  "))).toHaveLength(3);
    expect(widest(t.out())).toBeGreaterThan(80);
  });
});

describe("the tables of tdp demo / rollup", () => {
  const cwd = tempDir("tdp-width-demo-");
  let narrow: ReturnType<typeof fakeIo>;
  let wide: ReturnType<typeof fakeIo>;
  let report: Report;
  beforeAll(async () => {
    narrow = fakeIo({ columns: 80 });
    expect(await run(["demo", "--out-dir", cwd], narrow.io)).toBe(0);
    report = reportSchema.parse(JSON.parse(readFileSync(join(cwd, "tong-hop.json"), "utf8")));
    wide = fakeIo({ columns: 160 });
    expect(await run(["rollup", join(cwd, "mau-lai-chau.xlsx")], wide.io)).toBe(0);
  }, 60_000);

  it("fit in 80 columns, with the same words as on a wide terminal", () => {
    expect(widest(narrow.out())).toBeLessThanOrEqual(80);
    expect(narrow.out()).toMatch(/Tổng số\s+72\s/);
    expect(narrow.out()).toMatch(/Chỉ tiêu năm 2024 \(lũy kế\)\s+32\s+35\s+109,4%/);
    // Headers wrap: "Không còn đạt" takes two lines at 80 columns, one at 160.
    expect(narrow.out()).not.toContain("Không còn đạt");
    expect(narrow.out()).toMatch(/Không\s*\n.*còn đạt/);
    expect(wide.out()).toContain("Không còn đạt");
    expect(widest(wide.out())).toBeGreaterThan(80);
    expect(widest(wide.out())).toBeLessThanOrEqual(160);
    const problemsOf = (s: string) => words(s.slice(s.indexOf("Vấn đề cần xử lý")).split("Đã ghi")[0]);
    expect(problemsOf(narrow.out())).toBe(problemsOf(wide.out()));
  });

  it("fit in 80 columns with a province's numbers, written 10.000", () => {
    const big = structuredClone(report);
    big.totals = { ...big.totals, units: 10_000, evaluated: 10_000, recognized: 2576, expected: 10_000 };
    big.totals.complete = 9876;
    big.wards = Array.from({ length: 400 }, (_, i) => ({
      ...report.wards[0],
      name: `Phường Quyết Thắng mở rộng số ${i + 1}`,
    }));
    const text = formatSummary(big, { width: 80 });
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text).toContain("2.576 tổ dân phố, bản được công nhận");
    expect(text).toMatch(/Tổng số\s+10\.000\s/);
    expect(text).toContain("9.876/10.000");
    expect(text).toMatch(/^\s+400\s+Phường Quyết/m);
    expect(text).not.toMatch(/\b\d{5,}\b/);
  });

  it("a table that cannot fit otherwise moves its columns one space closer", () => {
    const columns = CLI.TABLE.wardHeaders("xã, phường", 2024).map((header, i) => ({
      header,
      align: i === 1 ? ("left" as const) : ("right" as const),
      wrap: i === 1,
    }));
    const row = ["400", "Phường 400", ...Array(7).fill("10.000"), "10.000/10.000"];
    const out = table(columns, [row], 80);
    expect(Math.max(...out.map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    expect(out.at(-1)).toContain(" 10.000 10.000 ");
  });
});

describe("progress", () => {
  it("a terminal's progress line is cut to its row, so \\r redraws it in place", () => {
    const line = CLI.PROGRESS.reading(`/thư-mục/${"rất-dài/".repeat(20)}so.xlsx`);
    expect(stringWidth(truncate(line, 79))).toBe(79);
    expect(truncate(line, 79).endsWith("…")).toBe(true);
    expect(truncate("Đang đọc so.xlsx…", 79)).toBe("Đang đọc so.xlsx…");
  });

  it("off a terminal: a first and a last line, and at most one a tenth, a second apart", () => {
    const io = fakeIo();
    let now = 0;
    const p = new Progress(io.io, CLI.PROGRESS.readingTabs, 10_000, () => now);
    for (let i = 1; i <= 10_000; i++) {
      now += 5; // 50 s in all
      p.tick(i);
    }
    expect(io.progress).toHaveLength(11);
    expect(io.progress[0]).toBe("Đang đọc các tab: 0/10.000");
    expect(io.progress[5]).toBe("Đang đọc các tab: 5.000/10.000");
    expect(io.progress.at(-1)).toBe("Đang đọc các tab: 10.000/10.000");
  });

  it("off a terminal, a quick phase prints two lines", () => {
    const io = fakeIo();
    const p = new Progress(io.io, CLI.PROGRESS.readingTabs, 404, () => 0);
    for (let i = 1; i <= 404; i++) p.tick(i);
    expect(io.progress).toEqual(["Đang đọc các tab: 0/404", "Đang đọc các tab: 404/404"]);
  });

  it("on a terminal: a bar redrawn at most every 250 ms, and at the end", () => {
    const io = fakeIo({ tty: true });
    let now = 0;
    const p = new Progress(io.io, CLI.PROGRESS.readingTabs, 10_000, () => now);
    for (let i = 1; i <= 10_000; i++) {
      now += 1; // 10 s in all
      p.tick(i);
    }
    expect(io.progress.length).toBeGreaterThanOrEqual(40);
    expect(io.progress.length).toBeLessThanOrEqual(42);
    expect(io.progress[0]).toBe(`Đang đọc các tab: [${"░".repeat(20)}] 0/10.000`);
    expect(io.progress.at(-1)).toBe(`Đang đọc các tab: [${"█".repeat(20)}] 10.000/10.000 (10 giây)`);
  });

  it("tdp rollup off a terminal: the read, the tabs read / total, the roll-up, on the progress channel", async () => {
    const t = fakeIo();
    expect(await run(["rollup", sample], t.io)).toBe(0);
    const shown = t.progress.filter(Boolean);
    expect(shown).toEqual([
      CLI.PROGRESS.reading(sample),
      expect.stringMatching(/^Đang đọc các tab: 0\/\d+$/),
      expect.stringMatching(/^Đang đọc các tab: (\d+)\/\1$/),
      "Đang tổng hợp 7 tab…",
    ]);
    expect(t.out()).not.toContain("Đang ");
  });
});

describe("help at 80 columns", () => {
  const topics = Object.keys(CLI.HELP);
  it.each([
    [["--help"]],
    [["help"]],
    ...topics.map((t) => [["help", t]]),
    ...topics.map((t) => [[t, "--help"]]),
  ])("tdp %j: every line fits 80 columns", async (argv) => {
    const args = (argv as string[]).filter((a) => a !== "main");
    const t = fakeIo();
    expect(await run(args, t.io)).toBe(0);
    expect(t.out()).toContain("English");
    const tooWide = lines(t.out()).filter((l) => stringWidth(l) > 80);
    expect(tooWide).toEqual([]);
  });
});
