/** The Word report: its XML (page, margins, fonts, paragraphs, tables) and how LibreOffice prints it. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { DOCX } from "../../src/core/text/docx";
import { SUMMARY } from "../../src/core/text/sheets";
import { annexRows } from "../../src/core/workbook/annex";
import { reportDocx } from "../../src/docx/report";
import { bodyFontSize, officeTestsEnabled, pdfInfo, pdfText, toPdf } from "../helpers/office";
import { tempDir } from "../helpers/xlsx";
import { HEADLINE, laiChauReport, YEAR_LINES } from "./fixture";

/** Text of an XML fragment: its w:t runs joined, entities decoded. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join("")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

/** Each table as rows of cell texts. */
const tablesOf = (xml: string): string[][][] =>
  [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...(r[1] ?? r[2]).matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1])),
    ),
  );

/** Body paragraphs (outside tables) as text. */
const paragraphsOf = (xml: string) =>
  [
    ...xml
      .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "")
      .matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g),
  ]
    .map((m) => textOf(m[1] ?? m[2]))
    .filter((t) => t);

describe("reportDocx", () => {
  let bytes: Buffer;
  let doc: string;
  let styles: string;
  beforeAll(async () => {
    bytes = await reportDocx(laiChauReport());
    const zip = await JSZip.loadAsync(bytes);
    doc = await zip.file("word/document.xml")!.async("string");
    styles = await zip.file("word/styles.xml")!.async("string");
  });

  it("is a zip (PK) holding a Word document", () => {
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    expect(doc).toContain("<w:body>");
  });

  it("is A4 portrait with the margins of Nghị định 30 (2, 2, 3, 1.5 cm in twips)", () => {
    const size = /<w:pgSz [^>]*>/.exec(doc)![0];
    expect(size).toContain('w:w="11906"');
    expect(size).toContain('w:h="16838"');
    expect(size).not.toContain("landscape");
    const margin = /<w:pgMar [^>]*>/.exec(doc)![0];
    expect(margin).toContain('w:top="1134"');
    expect(margin).toContain('w:bottom="1134"');
    expect(margin).toContain('w:left="1701"');
    expect(margin).toContain('w:right="850"');
  });

  it("sets Times New Roman 14 (28 half-points) as the default and on body runs, 13 in tables", () => {
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="28"\/>/);
    // The body: every indented (justified) paragraph, title and captions; runs in Times New Roman 14.
    const outside = [...doc.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "").matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
      .map((m) => m[0])
      .filter((p) => !p.includes("<w:i/>"));
    expect(outside.length).toBeGreaterThan(8);
    for (const p of outside) {
      expect(p).toContain('w:ascii="Times New Roman"');
      expect(p).toContain('<w:sz w:val="28"/>');
      expect(p).not.toContain('<w:sz w:val="26"/>');
    }
    const inTables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).join("");
    expect(inTables).toContain('<w:sz w:val="26"/>');
    expect(inTables).not.toContain('<w:sz w:val="28"/>');
  });

  it("writes the title in upper case, bold and centred, then the paragraphs in order, justified and indented 1 cm", () => {
    const paragraphs = paragraphsOf(doc);
    expect(paragraphs[0]).toBe(
      "TỔNG HỢP KẾT QUẢ TỔ DÂN PHỐ, BẢN TỰ QUẢN, PHÁT TRIỂN TOÀN DIỆN (THÀNH PHỐ LAI CHÂU) NĂM 2024",
    );
    expect(paragraphs.slice(1, 8)).toEqual([
      HEADLINE,
      "Duy trì từ năm 2021 đối với 28 tổ dân phố, bản. Trong đó:",
      ...YEAR_LINES,
      "- Tiêu chí 1.3 chưa đạt: Tổ dân phố số 5, 9 phường Tân Phong.",
    ]);
    expect(paragraphs[8]).toBe("Không còn đạt so với năm 2023: Tổ dân phố số 3 phường Đoàn Kết.");
    const headline = [...doc.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
      .map((m) => m[0])
      .find((p) => p.includes("Đến hết năm 2024"))!;
    expect(headline).toContain('<w:jc w:val="both"/>');
    expect(headline).toMatch(/<w:ind w:firstLine="567"\/>/);
    const title = [...doc.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0])[0];
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain("<w:b/>");
  });

  it("has the ward table with Tổng hợp's headers, bordered, its header row repeated, and its legend", () => {
    const [wards] = tablesOf(doc);
    expect(wards[0]).toEqual(SUMMARY.wardHeaders("xã, phường", 2024));
    expect(wards[0]).toContain("Đăng ký năm 2024");
    expect(wards[1]).toEqual(["1", "Phường Tân Phong", "15", "1", "6", "5", "7", "6", "1", "0", "6/6"]);
    expect(wards[2][1]).toBe("Phường Đoàn Kết (điểm chỉ đạo)");
    expect(wards[3][1]).toBe("Xã Sùng Phài (chưa có tab)");
    expect(wards[4]).toEqual(["", "Tổng số", "72", "3", "39", "35", "35", "28", "7", "1", "30/30"]);
    const firstTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    expect(firstTable).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/);
    expect(firstTable).toMatch(/<w:insideV w:val="single"/);
    expect(firstTable).toMatch(/<w:top w:val="single"/);
    const after = paragraphsOf(doc.slice(doc.indexOf(firstTable) + firstTable.length));
    expect(after[0]).toBe(SUMMARY.wardLegend("tổ dân phố, bản", "xã, phường", 2024));
  });

  it("has the years table: one row per year with the Vietnamese decimal comma, then the period's target", () => {
    const [, years] = tablesOf(doc);
    expect(years[0]).toEqual(DOCX.yearHeaders);
    expect(years.slice(1)).toEqual([
      ["Năm 2021", "0", "8", "8", "8", "100,0%"],
      ["Năm 2022", "8", "9", "17", "16", "106,3%"],
      ["Năm 2023", "17", "11", "28", "–", "–"],
      ["Năm 2024", "28", "7", "35", "32", "109,4%"],
      ["Chỉ tiêu giai đoạn 2021–2025", "", "", "35", "26", "134,6%"],
    ]);
    const second = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)][1][0];
    expect(second).toMatch(/<w:tblHeader/);
  });

  it("centres the numbers and leaves the names left", () => {
    const cells = [...doc.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1]);
    const of = (text: string) => cells.find((c) => textOf(c) === text)!;
    expect(of("109,4%")).toContain('<w:jc w:val="center"/>');
    expect(of("72")).toContain('<w:jc w:val="center"/>');
    expect(of("Phường Tân Phong")).toContain('<w:jc w:val="left"/>');
  });

  it("leaves out empty paragraphs (a first year has no lead) and still writes the tables and the annex", async () => {
    const r = laiChauReport({
      years: [],
      paragraphs: { headline: "", yearsLead: "", years: [], criteria: [], lost: [] },
      targets: { year: null, period: null },
    });
    const zip = await JSZip.loadAsync(await reportDocx(r));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(paragraphsOf(xml)).toEqual([
      "TỔNG HỢP KẾT QUẢ TỔ DÂN PHỐ, BẢN TỰ QUẢN, PHÁT TRIỂN TOÀN DIỆN (THÀNH PHỐ LAI CHÂU) NĂM 2024",
      DOCX.wardTable("xã, phường", 2024),
      SUMMARY.wardLegend("tổ dân phố, bản", "xã, phường", 2024),
      DOCX.yearsTable,
      SUMMARY.annexTitle,
      SUMMARY.annexSubtitle("tổ dân phố, bản", "tự quản, phát triển toàn diện", 2024),
      SUMMARY.annexDecision("thành phố"),
    ]);
    const tables = tablesOf(xml);
    expect(tables).toHaveLength(3);
    expect(tables[1][1][0]).toBe(DOCX.noYears);
    // The annex: the 35 units recognized, numbered, with their ward and whether maintained or new.
    expect(tables[2][0]).toEqual(SUMMARY.annexHeaders("tổ dân phố, bản", "xã, phường").slice(0, 4));
    const listed = annexRows(r);
    expect(tables[2]).toHaveLength(1 + Math.max(1, listed.length));
    if (listed.length) expect(tables[2][1]).toEqual(["1", listed[0].unit, listed[0].ward, listed[0].status]);
    else expect(tables[2][1][1]).toBe(SUMMARY.annexNone);
  });
});

describe("the Apps Script bundle", () => {
  it("takes nothing from src/docx or the docx package (the Word file is for the command line only)", async () => {
    // As build.mjs bundles dist/Code.js; the inputs are what ends up in it.
    const result = await esbuild.build({
      entryPoints: [join(__dirname, "../../src/main.ts")],
      bundle: true,
      write: false,
      format: "iife",
      platform: "neutral",
      mainFields: ["module", "main"],
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.startsWith("src/core/"))).toBe(true);
    expect(inputs.filter((i) => /(^|\/)(src\/docx|node_modules\/docx)\//.test(i))).toEqual([]);
  });
});

describe("reportDocx printed by LibreOffice", () => {
  it.runIf(officeTestsEnabled())(
    "opens as A4 on one to three pages, body text ≥ 13 pt, the headline and a table row in it",
    async () => {
      const file = join(tempDir("tdp-docx-"), "bao-cao.docx");
      writeFileSync(file, await reportDocx(laiChauReport()));
      const pdf = toPdf(file);
      const info = pdfInfo(pdf);
      expect(info.width).toBeCloseTo(595.3, 0);
      expect(info.height).toBeCloseTo(841.9, 0);
      expect(info.pages).toBeGreaterThanOrEqual(1);
      expect(info.pages).toBeLessThanOrEqual(3);
      expect(bodyFontSize(pdf)).toBeGreaterThanOrEqual(13);
      // pdftotext cuts justified lines inside words ("t ổ"): compare without any space.
      const text = pdfText(pdf).replace(/\s+/g, "");
      expect(text).toContain(HEADLINE.replace(/\s+/g, ""));
      expect(text).toContain(DOCX.wardTable("xã, phường", 2024).replace(/\s+/g, ""));
      // A row printed on one line: year, maintained, new, recognized, target, percent.
      expect(text).toContain("Năm20242873532109,4%");
      expect(text).toContain("134,6%");
    },
  );
});
