/**
 * The xlsx chart parts (src/xlsx/chart.ts): well-formed DrawingML pointing at the sheet's cells with
 * cached values, wired into the package (relationships, content types), read back by ExcelJS, drawn by
 * LibreOffice, and written into a user's package without touching another sheet's drawing.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../src/core/text/charts";
import { SHEET } from "../../src/core/vocabulary";
import { type CellValue, type ChartSpec, emptySpec, type SheetSpec } from "../../src/core/workbook/spec";
import { chartXml, drawingXml, EMU_PER_PX } from "../../src/xlsx/chart";
import { transplantSheets } from "../../src/xlsx/package";
import { sheetValues } from "../../src/xlsx/read";
import { specsWorkbook, workbookBytes, writeWorkbook } from "../../src/xlsx/workbook";
import { officeTestsEnabled, pdfText, toPdf } from "../helpers/office";
import { tempDir } from "../helpers/xlsx";

const dir = tempDir("tdp-chart-");

/** Tổng hợp in small: 7 wards on rows 5–11 (name B, maintained C, new D), 3 years on rows 15–17. */
function summary(): SheetSpec {
  const rows: CellValue[][] = [
    ["TỔNG HỢP"],
    [""],
    [""],
    ["STT", "Xã, phường", "Duy trì", "Công nhận mới"],
    ...[
      "Tân Phong",
      "Đoàn Kết",
      "Quyết Thắng",
      "Đông Phong",
      "Quyết Tiến",
      "San Thàng",
      "Đạo Đức & Co <1>",
    ].map((name, i) => [i + 1, name, i + 2, i % 3] as CellValue[]),
    [""],
    [""],
    ["", "Năm", "Duy trì", "Công nhận mới", "Chỉ tiêu lũy kế"],
    ["", "2022", 10, 5, 12],
    ["", "2023", 14, 6, 22],
    ["", "2024", 20, 15, 32],
  ];
  return { ...emptySpec(SHEET.summary, rows), charts: [WARDS, YEARS] };
}
const wardRows = { fromRow: 5, toRow: 11 };
const yearRows = { fromRow: 15, toRow: 17 };
const WARDS: ChartSpec = {
  id: "wards",
  title: CHARTS.wards.title,
  kind: "bar",
  stacked: true,
  categories: { col: 2, ...wardRows },
  series: [
    { name: CHARTS.wards.maintained, values: { col: 3, ...wardRows } },
    { name: CHARTS.wards.fresh, values: { col: 4, ...wardRows } },
  ],
  anchor: { row: 19, col: 1 },
  width: 600,
  height: 371,
};
const YEARS: ChartSpec = {
  id: "years",
  title: CHARTS.years.title,
  kind: "column",
  stacked: true,
  categories: { col: 2, ...yearRows },
  series: [
    { name: CHARTS.years.maintained, values: { col: 3, ...yearRows } },
    { name: CHARTS.years.fresh, values: { col: 4, ...yearRows } },
    { name: CHARTS.years.target, values: { col: 5, ...yearRows }, line: true },
  ],
  anchor: { row: 40, col: 1 },
  width: 640,
  height: 360,
};

/** Parses with namespaces (throws on anything not well-formed); the elements' {uri}local names. */
function parse(xml: string): string[] {
  const names: string[] = [];
  const p = new SaxesParser({ xmlns: true });
  p.on("error", (e) => {
    throw e;
  });
  p.on("opentag", (t) => {
    if (!t.uri) throw new Error(`element ${t.name} has no namespace`);
    names.push(`{${t.uri}}${t.local}`);
  });
  p.write(xml).close();
  return names;
}

/** The `c:f` formulas and cached points of every series, in order. */
function seriesOf(xml: string) {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => ({
    name: /<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(ser)?.[1],
    formulas: [...ser.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'")),
    cats: [
      ...(/<c:strCache>([\s\S]*?)<\/c:strCache>/.exec(ser)?.[1] ?? "").matchAll(/<c:v>([^<]*)<\/c:v>/g),
    ].map((m) => m[1]),
    vals: [
      ...(/<c:numCache>([\s\S]*?)<\/c:numCache>/.exec(ser)?.[1] ?? "").matchAll(/<c:v>([^<]*)<\/c:v>/g),
    ].map((m) => Number(m[1])),
  }));
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("string"));
  return out;
}

describe("chart XML", () => {
  it("stacked columns with the target as a line in the same plot area, on the sheet's cells, values cached", () => {
    const xml = chartXml(YEARS, SHEET.summary, summary().values);
    const names = parse(xml);
    const C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}";
    expect(names[0]).toBe(`${C}chartSpace`);
    expect(names.filter((n) => n === `${C}plotArea`)).toHaveLength(1);
    expect(names).toContain(`${C}lineChart`);
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="stacked"/>');
    expect(xml).toContain('<c:overlap val="100"/>');
    // Both chart groups on the same two axes.
    const groups = [...xml.matchAll(/<c:(barChart|lineChart)>[\s\S]*?<\/c:\1>/g)].map((m) =>
      [...m[0].matchAll(/<c:axId val="(\d+)"\/>/g)].map((a) => a[1]),
    );
    expect(groups).toHaveLength(2);
    expect(groups[0]).toEqual(groups[1]);
    const line = xml.slice(xml.indexOf("<c:lineChart>"));
    expect(seriesOf(line)).toHaveLength(1);
    expect(seriesOf(xml)).toEqual([
      {
        name: "Duy trì",
        formulas: ["'Tổng hợp'!$B$15:$B$17", "'Tổng hợp'!$C$15:$C$17"],
        cats: ["2022", "2023", "2024"],
        vals: [10, 14, 20],
      },
      {
        name: "Công nhận mới",
        formulas: ["'Tổng hợp'!$B$15:$B$17", "'Tổng hợp'!$D$15:$D$17"],
        cats: ["2022", "2023", "2024"],
        vals: [5, 6, 15],
      },
      {
        name: "Chỉ tiêu lũy kế",
        formulas: ["'Tổng hợp'!$B$15:$B$17", "'Tổng hợp'!$E$15:$E$17"],
        cats: ["2022", "2023", "2024"],
        vals: [12, 22, 32],
      },
    ]);
    expect(xml).toContain(`<a:t>${CHARTS.years.title}</a:t>`);
  });

  it("horizontal stacked bars per ward; names with & and < are escaped; a drawing anchors at the cell in EMU", () => {
    const xml = chartXml(WARDS, SHEET.summary, summary().values);
    parse(xml);
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).not.toContain("lineChart");
    expect(seriesOf(xml)[0].cats.at(-1)).toBe("Đạo Đức &amp; Co &lt;1&gt;");
    expect(seriesOf(xml)[1].vals).toEqual([0, 1, 2, 0, 1, 2, 0]);
    const drawing = drawingXml([WARDS, YEARS], ["rId1", "rId2"]);
    parse(drawing);
    expect(drawing).toContain("<xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row>");
    expect(drawing).toContain(`<xdr:ext cx="${600 * EMU_PER_PX}" cy="${371 * EMU_PER_PX}"/>`);
    expect([...drawing.matchAll(/r:id="(rId\d)"/g)].map((m) => m[1])).toEqual(["rId1", "rId2"]);
  });
});

describe("a new workbook with charts", () => {
  it("has a drawing and two chart parts, related and typed; ExcelJS reads it again", async () => {
    const spec = summary();
    const parts = await partsOf(await workbookBytes(specsWorkbook([spec])));
    const types = parts.get("[Content_Types].xml")!;
    for (const p of ["xl/drawings/drawing1.xml", "xl/charts/chart1.xml", "xl/charts/chart2.xml"]) {
      expect(parts.has(p), p).toBe(true);
      parse(parts.get(p)!);
      expect(types).toContain(`PartName="/${p}"`);
    }
    const sheet = parts.get("xl/worksheets/sheet1.xml")!;
    parse(sheet);
    const rid = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)?.[1];
    expect(rid).toBeDefined();
    // In CT_Worksheet order: after pageSetup, at the end here.
    expect(sheet.indexOf("<drawing")).toBeGreaterThan(sheet.indexOf("<pageMargins"));
    expect(parts.get("xl/worksheets/_rels/sheet1.xml.rels")).toContain(
      `Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`,
    );
    const drawingRels = parts.get("xl/drawings/_rels/drawing1.xml.rels")!;
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
    expect(parts.get("xl/charts/chart2.xml")).toContain("<c:lineChart>");

    const file = join(dir, "charts.xlsx");
    await writeWorkbook(specsWorkbook([spec]), file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const got = sheetValues(wb.getWorksheet(SHEET.summary)!);
    expect(got[10][1]).toBe("Đạo Đức & Co <1>");
    expect(got[16]).toEqual(["", "2024", 20, 15, 32]);
  });

  it("a spec without charts is written as ExcelJS writes it (no drawing)", async () => {
    const parts = await partsOf(await workbookBytes(specsWorkbook([emptySpec("A", [["x"]])])));
    expect([...parts.keys()].some((p) => p.includes("drawing") || p.includes("chart"))).toBe(false);
  });

  it.runIf(officeTestsEnabled())(
    "LibreOffice draws the charts: the PDF has both titles, which no cell holds",
    async () => {
      const file = join(dir, "print.xlsx");
      await writeWorkbook(specsWorkbook([summary()]), file);
      const text = pdfText(toPdf(file)).replace(/\s+/g, " ");
      expect(text).toContain(CHARTS.wards.title);
      expect(text).toContain(CHARTS.years.title);
      // The years chart's axis runs to 40 (its stacked 2024 column is 35); no cell holds 40.
      expect(text).toMatch(/\b40\b/);
      const { charts: _none, ...plain } = summary();
      const bare = join(dir, "bare.xlsx");
      await writeWorkbook(specsWorkbook([plain]), bare);
      expect(pdfText(toPdf(bare))).not.toContain(CHARTS.years.title);
    },
  );
});

// ---------------------------------------------------------------- into the user's package

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const USER_CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>`;
const userDrawing = (rid: string) =>
  drawingXml([{ ...YEARS, id: "user", title: "Biểu đồ của người dùng", anchor: { row: 2, col: 8 } }], [rid]);

/** A package whose Kế hoạch has the user's chart, and whose Tổng hợp has an old drawing with a chart. */
async function userPackage(): Promise<Buffer> {
  const plan = emptySpec(SHEET.plan, [
    ["Năm", "Chỉ tiêu"],
    ["2024", 32],
  ]);
  const old = emptySpec(SHEET.summary, [["cũ"]]);
  const zip = await JSZip.loadAsync((await specsWorkbook([plan, old]).xlsx.writeBuffer()) as ArrayBuffer);
  const rels = (items: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  const addDrawing = async (sheet: number, drawing: number, chart: number) => {
    const part = `xl/worksheets/sheet${sheet}.xml`;
    const xml = await zip.file(part)!.async("string");
    zip.file(part, xml.replace("</worksheet>", '<drawing r:id="rId7"/></worksheet>'));
    zip.file(
      `xl/worksheets/_rels/sheet${sheet}.xml.rels`,
      rels(`<Relationship Id="rId7" Type="${REL}/drawing" Target="../drawings/drawing${drawing}.xml"/>`),
    );
    zip.file(`xl/drawings/drawing${drawing}.xml`, userDrawing("rId1"));
    zip.file(
      `xl/drawings/_rels/drawing${drawing}.xml.rels`,
      rels(`<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart${chart}.xml"/>`),
    );
    zip.file(`xl/charts/chart${chart}.xml`, USER_CHART);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        `<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
          `<Override PartName="/xl/charts/chart${chart}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
      ),
    );
  };
  await addDrawing(1, 1, 1); // Kế hoạch: the user's
  await addDrawing(2, 5, 5); // Tổng hợp: an earlier roll-up's
  zip.file("xl/charts/chart3.xml", USER_CHART); // a part not in any drawing: its number is taken
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("--write into the user's package", () => {
  it("replaces Tổng hợp's drawing and keeps Kế hoạch's byte for byte; a second run does not grow", async () => {
    const input = await userPackage();
    const before = await partsOf(input);
    const out = await transplantSheets(input, [{ spec: summary() }]);
    const after = await partsOf(out);
    for (const p of [
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/charts/chart1.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/worksheets/sheet1.xml",
    ])
      expect(after.get(p), p).toBe(before.get(p));
    // The old roll-up chart and its drawing are gone, with their content types.
    expect(after.has("xl/charts/chart5.xml")).toBe(false);
    expect(after.has("xl/drawings/drawing5.xml")).toBe(false);
    expect(after.get("xl/charts/chart3.xml")).toBe(USER_CHART);
    const types = after.get("[Content_Types].xml")!;
    expect(types).not.toContain("/xl/charts/chart5.xml");
    expect(types).toContain("/xl/charts/chart1.xml");
    // Tổng hợp: one drawing element, its relationship to the new drawing with the two new charts.
    const sheet = after.get("xl/worksheets/sheet2.xml")!;
    parse(sheet);
    const drawings = [...sheet.matchAll(/<drawing r:id="(\w+)"\/>/g)].map((m) => m[1]);
    expect(drawings).toHaveLength(1);
    const sheetRels = after.get("xl/worksheets/_rels/sheet2.xml.rels")!;
    const target = new RegExp(`Id="${drawings[0]}"[^>]*Target="\\.\\./drawings/(drawing\\d+)\\.xml"`).exec(
      sheetRels,
    )?.[1];
    expect(target).toBe("drawing2");
    expect(sheetRels).not.toContain("drawing5.xml");
    const charts = [
      ...after.get(`xl/drawings/_rels/${target}.xml.rels`)!.matchAll(/charts\/(chart\d+)\.xml/g),
    ].map((m) => m[1]);
    expect(charts).toEqual(["chart2", "chart4"]);
    for (const c of charts) expect(types).toContain(`/xl/charts/${c}.xml`);
    expect(after.get("xl/charts/chart4.xml")).toContain(`'Tổng hợp'!$E$15:$E$17`);

    // A second run frees and takes the same numbers: the same parts with the same text.
    const again = await partsOf(await transplantSheets(out, [{ spec: summary() }]));
    expect([...again.keys()].sort()).toEqual([...after.keys()].sort());
    for (const [k, v] of after) if (k !== "[Content_Types].xml") expect(again.get(k), k).toBe(v);
    expect((again.get("[Content_Types].xml")!.match(/chart\+xml/g) ?? []).length).toBe(3);

    const file = join(dir, "written.xlsx");
    writeFileSync(file, out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(sheetValues(wb.getWorksheet(SHEET.summary)!)[16]).toEqual(["", "2024", 20, 15, 32]);
  });

  it("a spec without `charts` leaves Tổng hợp's drawing as it was", async () => {
    const input = await userPackage();
    const { charts: _none, ...plain } = summary();
    const after = await partsOf(await transplantSheets(input, [{ spec: plain }]));
    expect(after.get("xl/charts/chart5.xml")).toBe(USER_CHART);
    expect(after.get("xl/worksheets/sheet2.xml")).toContain('<drawing r:id="rId7"/>');
  });
});
