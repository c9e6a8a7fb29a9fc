/**
 * The report's paragraphs on the Lai Châu sample reproduce what the city office wrote by hand in its
 * 2024 report (seed 001, section B.II.1.2 and footnote 6); Quỳnh Vinh's use its own words.
 */
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/core/report";
import { unitLine } from "../../src/core/rollup/unitLine";
import { nn, percentVi } from "../../src/core/text/report";
import { rollupWorkbook } from "../../src/core/usecases/rollupWorkbook";
import { templateSpecs } from "../../src/xlsx/workbook";
import { seedText } from "../helpers/seeds";

function sampleReport(frameworkId?: string): Report {
  const plan = templateSpecs({ sample: true, frameworkId });
  if (!plan.ok) throw new Error("no sample");
  const r = rollupWorkbook(new Map(plan.specs.map((s) => [s.name, s.values.map((row) => [...row])])));
  if (!r.ok) throw new Error("roll-up failed");
  return r.result.report;
}

const laiChau = sampleReport();
const seed = seedText("001_420175e27ac994f1.txt");
const plain = (s: string) => s.replace(/<sup>\d+<\/sup>/g, "").normalize("NFC");

/** Ward → the units a list names ("tdp:8", "ban:nậm loỏng 3"), from "… (phường Tân Phong); …". */
function unitsByWard(list: string): Map<string, string[]> {
  const byWard = new Map<string, string[]>();
  const parts = list.split(/\(([^()]+)\)/);
  for (let i = 1; i < parts.length; i += 2) {
    const ward = parts[i].trim().toLowerCase();
    const items = parts[i - 1]
      .split(/[;,]|\svà\s/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((item) => {
        const n = /^(?:Tổ dân phố\s+)?(?:số\s+)?(\d+)$/i.exec(item);
        return n ? `tdp:${Number(n[1])}` : `ban:${item.replace(/^bản\s+/i, "").toLowerCase()}`;
      });
    byWard.set(ward, [...(byWard.get(ward) ?? []), ...items].sort());
  }
  return byWard;
}

/** The list of a year line: after "Gồm có:" / "gồm có:", without the closing brackets. */
const listOf = (line: string) =>
  line
    .replace(/^.*?gồm có:\s*/i, "")
    .replace(/\)?\.?\s*$/, "")
    .concat(")");

describe("the report's paragraphs (Lai Châu sample, 2024)", () => {
  it("the headline is the seed's sentence, word for word", () => {
    expect(laiChau.paragraphs.headline).toBe(
      "Đến hết năm 2024, toàn thành phố có 35 tổ dân phố, bản đủ điều kiện công nhận đạt các tiêu chuẩn, tiêu chí tự quản, phát triển toàn diện, trong đó: Duy trì từ năm 2021 đối với 28 tổ dân phố, bản và đề nghị công nhận mới 07 tổ dân phố, bản; hoàn thành vượt mức, đạt 109,4% so với mục tiêu năm 2024 và đạt 134,6% so với mục tiêu kế hoạch giai đoạn 2021 - 2025 đề ra.",
    );
    if (seed) expect(plain(seed)).toContain(laiChau.paragraphs.headline);
  });

  it("footnote 6: the lead and one line per year 2021–2024 with the seed's counts", () => {
    expect(laiChau.paragraphs.yearsLead).toBe("Duy trì từ năm 2021 đối với 28 tổ dân phố, bản. Trong đó:");
    const lines = laiChau.paragraphs.years;
    expect(lines.map((l) => /^\+ Năm (\d{4}) có (\d+)/.exec(l)?.slice(1))).toEqual([
      ["2021", "08"],
      ["2022", "17"],
      ["2023", "28"],
      ["2024", "35"],
    ]);
    expect(lines[0]).toMatch(
      /^\+ Năm 2021 có 08 tổ dân phố, bản\. Gồm có: Tổ dân phố số 5, số 16 \(phường Tân Phong\);/,
    );
    expect(lines[1]).toContain(
      "Trong đó: Công nhận duy trì từ năm 2021 đối với 08 tổ dân phố, bản và công nhận mới 09 tổ dân phố, bản (Các tổ dân phố, bản đề nghị công nhận mới gồm có: Tổ dân phố số 8, số 9 (phường Tân Phong);",
    );
    expect(lines[2]).toContain(
      "Công nhận duy trì từ năm 2021, 2022 đối với 17 tổ dân phố, bản và công nhận mới 11",
    );
    expect(lines[3]).toContain(
      "Công nhận duy trì từ năm 2021, 2022, 2023 đối với 28 tổ dân phố, bản và công nhận mới 07",
    );
    expect(lines[3]).toContain("bản Lò Suối Tùng, bản Mới, bản Thành Công (xã San Thàng))."); // natural order
  });

  it.runIf(seed)("footnote 6: each year names the seed's new units, ward by ward", () => {
    const seedLines = plain(seed!)
      .split("\n")
      .filter((l) => /^\+ Năm 202[1-4] có/.test(l));
    expect(seedLines).toHaveLength(4);
    for (const [i, ours] of laiChau.paragraphs.years.entries()) {
      const theirs = seedLines[i];
      expect(/có (\d+)/.exec(ours)![1], theirs).toBe(/có (\d+)/.exec(theirs)![1]);
      expect(unitsByWard(listOf(ours)), theirs).toEqual(unitsByWard(listOf(theirs)));
    }
  });

  it.runIf(seed)(
    "footnotes 48–49: the units the seed names under the two criteria not met are among ours",
    () => {
      const footnote = (n: number) => new RegExp(`^<sup>${n}</sup>\\s*(.*?)\\.?$`, "m").exec(seed!)![1];
      /** "Tổ dân phố số 5, 9 phường Tân Phong; …" / "Các bản: Sùng Chồ, … xã Sùng Phài" → "ward|tdp:5" keys. */
      const keys = (line: string) =>
        line.split(";").flatMap((group) => {
          const m = /^(.*?)\s+((?:phường|xã)\s.+)$/i.exec(group.trim())!;
          const allBan = /^Các bản:\s*/i.test(m[1]);
          return m[1]
            .replace(/^Các bản:\s*/i, "")
            .split(",")
            .map((name) => unitKey(m[2], allBan ? `bản ${name.trim()}` : name.trim()));
        });
      const unitKey = (ward: string, name: string) => {
        const n = /(?:số\s+)?(\d+)$/.exec(name);
        const key =
          /^bản\s/i.test(name) || !n ? `ban:${name.replace(/^bản\s+/i, "").toLowerCase()}` : `tdp:${n[1]}`;
        return `${ward.trim().toLowerCase()}|${key}`;
      };
      const ours = (code: string) =>
        laiChau.criteria.find((c) => c.code === code)!.units.map((u) => unitKey(u.ward, u.name));
      expect(ours("2.6")).toEqual(expect.arrayContaining(keys(footnote(48))));
      expect(ours("3.2")).toEqual(expect.arrayContaining(keys(footnote(49))));
      expect(keys(footnote(48))).toHaveLength(7);
      expect(keys(footnote(49))).toHaveLength(3);
    },
  );

  it("the years at a glance: maintained / new against Kế hoạch's cumulative targets", () => {
    expect(laiChau.years.map(({ newUnits, ...y }) => ({ ...y, newUnits: newUnits.length }))).toEqual([
      { year: 2021, recognized: 8, maintained: 0, new: 8, target: 8, percent: 100, newUnits: 8 },
      { year: 2022, recognized: 17, maintained: 8, new: 9, target: 10, percent: 170, newUnits: 9 },
      { year: 2023, recognized: 28, maintained: 17, new: 11, target: 18, percent: 155.6, newUnits: 11 },
      { year: 2024, recognized: 35, maintained: 28, new: 7, target: 32, percent: 109.4, newUnits: 7 },
    ]);
    expect(laiChau.years[3].newUnits[0]).toEqual({
      code: "TP-TDP10",
      name: "Tổ dân phố số 10",
      ward: "Phường Tân Phong",
    });
  });

  it("one line per criterion not met, with its units in the footnotes' style", () => {
    const { criteria } = laiChau.paragraphs;
    expect(criteria).toHaveLength(laiChau.criteria.length);
    for (const [i, c] of laiChau.criteria.entries()) {
      expect(criteria[i]).toContain(`- Tiêu chí ${c.code} “`);
      expect(criteria[i]).toContain(`: ${nn(c.failed)} tổ dân phố, bản chưa đạt (${c.line}).`);
    }
    // Footnote 48's units of the street criterion.
    expect(criteria[0]).toContain("Tổ dân phố số 5, 9 phường Tân Phong;");
    expect(criteria[0]).toContain("Tổ dân phố số 23, 26, 27, 28 phường Đông Phong");
    expect(laiChau.paragraphs.lost).toEqual([]);
  });
});

describe("the paragraphs' words come from the framework", () => {
  it("Quỳnh Vinh: toàn xã, tổ tự quản, thôn", () => {
    const r = sampleReport("quynhvinh");
    expect(r.paragraphs.headline).toMatch(
      /^Đến hết năm \d{4}, toàn xã có \d+ tổ tự quản đủ điều kiện công nhận/,
    );
    expect(r.paragraphs.headline).toContain("tiêu chí tổ tự quản Văn minh – An toàn");
    expect(r.paragraphs.headline).not.toMatch(/tổ dân phố|thành phố/);
    expect(r.paragraphs.years[0]).toContain("(thôn 1)");
    for (const line of r.paragraphs.criteria) expect(line).toMatch(/tổ tự quản chưa đạt \(.*thôn \d+/);
  });
});

describe("writing conventions", () => {
  it("counts under 10 have two digits; percentages a decimal comma", () => {
    expect([0, 7, 9, 10, 35, 168].map(nn)).toEqual(["00", "07", "09", "10", "35", "168"]);
    expect([1094, 1346, 1000, 875, 5].map(percentVi)).toEqual(["109,4%", "134,6%", "100%", "87,5%", "0,5%"]);
  });

  it("the list style repeats “số” and puts the ward in brackets; the short style does not", () => {
    const ward = {
      code: "TP",
      name: "Phường Tân Phong",
      kind: "phuong" as const,
      tab: "TP",
      editors: [],
      pilot: false,
    };
    const unit = (n: number) => ({
      unit: { code: `TP${n}`, name: `Tổ dân phố số ${n}`, type: "tdp" as const, ward: "TP" },
      ward,
    });
    const items = [unit(16), unit(5), unit(9)];
    expect(unitLine(items, "list")).toBe("Tổ dân phố số 5, số 9, số 16 (phường Tân Phong)");
    expect(unitLine(items)).toBe("Tổ dân phố số 5, 9, 16 phường Tân Phong");
  });
});
