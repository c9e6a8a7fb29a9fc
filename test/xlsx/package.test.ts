/**
 * `tdp rollup --write` touches only what it owns: Tổng hợp and Lịch sử công nhận are written into the
 * workbook's own package, every other part is copied byte for byte, the package-wide lists only gain
 * entries, and the user's own content on Lịch sử (notes, hyperlinks, fills, widths, cells beside the
 * table) stays. The workbook is the Lai Châu sample, with what ExcelJS cannot write added to its zip:
 * a chart and an image on Kế hoạch, a protected ward tab, custom document properties, a calc chain.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as esbuild from "esbuild";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { rollupWorkbook } from "../../src/core/usecases/rollupWorkbook";
import { HEAD, SHEET } from "../../src/core/vocabulary";
import { historyRowMap } from "../../src/xlsx/historyRows";
import { rollupSheets, transplantSheets } from "../../src/xlsx/package";
import { readXlsx, sheetValues } from "../../src/xlsx/read";
import { replaceSheets, specsWorkbook, templateSpecs } from "../../src/xlsx/workbook";
import { withPrefix } from "../../src/xlsx/xml";
import { cli, ensureCli, ROOT, tempDir } from "../helpers/xlsx";

const dir = tempDir("tdp-package-");

// ---------------------------------------------------------------- reading packages

type Parts = Map<string, Buffer>;

async function partsOf(bytes: Buffer): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Parts = new Map();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async("nodebuffer"));
  return out;
}

const text = (parts: Parts, name: string) => parts.get(name)?.toString("utf8") ?? "";

/** Elements `name` (any prefix) in `xml`, as written. */
function elements(xml: string, name: string): string[] {
  const re = new RegExp(
    `<(?:\\w+:)?${name}\\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${name}>)`,
    "g",
  );
  return xml.match(re) ?? [];
}

/** The items of list `list` (e.g. cellXfs → xf) in `xml`. */
function items(xml: string, list: string, item: string): string[] {
  const block = elements(xml, list)[0] ?? "";
  return elements(block, item);
}

const attrOf = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function resolve(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base.replace(/[^/]*$/, "") + target).split("/");
  const out: string[] = [];
  for (const p of parts)
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  return out.join("/");
}

function relsOf(parts: Parts, part: string): { id: string; type: string; target: string }[] {
  const path = part.replace(/([^/]*)$/, "_rels/$1.rels");
  return elements(text(parts, path), "Relationship").map((r) => ({
    id: attrOf(r, "Id")!,
    type: attrOf(r, "Type")!,
    target:
      attrOf(r, "TargetMode") === "External" ? attrOf(r, "Target")! : resolve(part, attrOf(r, "Target")!),
  }));
}

const xmlText = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

/** Sheet name → its part, sheetId and r:id. */
function sheetsOf(parts: Parts): Map<string, { part: string; sheetId: string; rid: string }> {
  const rels = relsOf(parts, "xl/workbook.xml");
  const out = new Map<string, { part: string; sheetId: string; rid: string }>();
  for (const s of elements(text(parts, "xl/workbook.xml"), "sheet")) {
    const rid = attrOf(s, "r:id")!;
    out.set(xmlText(attrOf(s, "name")!), {
      part: rels.find((r) => r.id === rid)!.target,
      sheetId: attrOf(s, "sheetId")!,
      rid,
    });
  }
  return out;
}

/** A sheet's own parts: the sheet XML, its relationships and what they point to inside the package. */
function ownParts(parts: Parts, name: string): string[] {
  const sheet = sheetsOf(parts).get(name);
  if (!sheet) return [];
  const rels = relsOf(parts, sheet.part).filter((r) => parts.has(r.target));
  return [sheet.part, sheet.part.replace(/([^/]*)$/, "_rels/$1.rels"), ...rels.map((r) => r.target)];
}

const PACKAGE_LISTS = [
  "xl/styles.xml",
  "xl/sharedStrings.xml",
  "xl/workbook.xml",
  "[Content_Types].xml",
  "xl/_rels/workbook.xml.rels",
];

/** Each list of the old part is a prefix of the new one's; nothing else in the part changed. */
function expectOnlyExtended(before: string, after: string, lists: [string, string][], label: string): void {
  let restBefore = before;
  let restAfter = after;
  for (const [list, item] of lists) {
    const a = items(before, list, item);
    const b = items(after, list, item);
    expect(b.slice(0, a.length), `${label}: ${list} kept every entry as it was`).toEqual(a);
    restBefore = restBefore.replace(elements(restBefore, list)[0] ?? "\u0000", "");
    restAfter = restAfter.replace(elements(restAfter, list)[0] ?? "\u0000", "");
  }
  expect(restAfter, `${label}: nothing outside its lists changed`).toBe(restBefore);
}

const STYLE_LISTS: [string, string][] = [
  ["numFmts", "numFmt"],
  ["fonts", "font"],
  ["fills", "fill"],
  ["borders", "border"],
  ["cellStyleXfs", "xf"],
  ["cellXfs", "xf"],
  ["cellStyles", "cellStyle"],
  ["dxfs", "dxf"],
];

/**
 * `after` is `before` with only the named sheets rewritten: every other part byte for byte, the
 * package-wide lists only extended, no part gone.
 */
function expectUntouched(before: Parts, after: Parts, owned: string[]): void {
  const own = new Set(owned.flatMap((n) => [...ownParts(before, n), ...ownParts(after, n)]));
  for (const [name, bytes] of before) {
    expect(after.has(name), `${name} is still in the package`).toBe(true);
    if (own.has(name) || PACKAGE_LISTS.includes(name) || name === "xl/calcChain.xml") continue;
    expect(after.get(name)!.equals(bytes), `${name} is byte-identical`).toBe(true);
  }
  expectOnlyExtended(text(before, "xl/styles.xml"), text(after, "xl/styles.xml"), STYLE_LISTS, "styles.xml");
  expect(text(after, "xl/sharedStrings.xml")).toBe(text(before, "xl/sharedStrings.xml"));
  expectOnlyExtended(
    text(before, "xl/workbook.xml"),
    text(after, "xl/workbook.xml"),
    [
      ["sheets", "sheet"],
      ["definedNames", "definedName"],
    ],
    "workbook.xml",
  );
  const types = (p: Parts) => elements(text(p, "[Content_Types].xml"), "(?:Default|Override)");
  expect(types(after).slice(0, types(before).length)).toEqual(types(before));
  const rels = (p: Parts) => elements(text(p, "xl/_rels/workbook.xml.rels"), "Relationship");
  expect(rels(after).slice(0, rels(before).length)).toEqual(rels(before));
}

// ---------------------------------------------------------------- the workbook

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const NOTE_TEXT = "Bản gốc quyết định lưu ở Phòng Nội vụ";
const HEADER_NOTE = "Mã theo Danh mục";
const LINK = "https://vanban.laichau.gov.vn/qd-12-2021";
const NOTE_CELL_TEXT = "QĐ 12/QĐ-UBND";
const OUTSIDE = "Người lập biểu: Lò Thị Mai";
const CHECKED = "đã kiểm tra";
const SECRET_PROTECTION =
  '<sheetProtection algorithmName="SHA-512" hashValue="3pZ0V1E7m7uK7w2m4uQ0Zg==" saltValue="q2mB3bJ5x1g=" spinCount="100000" sheet="1" objects="1" scenarios="1"/>';

/** The moved history row: a 2021 entry typed again at the bottom of the table (and cleared above). */
interface Fixture {
  path: string;
  movedUnit: string;
  movedYear: number;
}

const CHART_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Kế hoạch'!$F$4:$F$8</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const DRAWING_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:from><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;

const CUSTOM_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="SoVanBan"><vt:lpwstr>71/KH-UBND</vt:lpwstr></property></Properties>`;

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const THREAD_REL = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment";
const PERSON_REL = "http://schemas.microsoft.com/office/2017/10/relationships/person";
const PERSON_ID = "{5B0C7A3E-1F2D-4C5B-9A8E-7D6C5B4A3F21}";
const PERSON_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><person displayName="Lò Thị Mai" id="${PERSON_ID}" userId="mai" providerId="None"/></personList>`;
const THREAD_TEXT = "Đã đối chiếu với bản gốc";
const threadXml = (ref: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><threadedComment ref="${ref}" dT="2024-11-18T08:00:00.00" personId="${PERSON_ID}" id="{0A1B2C3D-0000-4000-8000-000000000001}"><text>${THREAD_TEXT}</text></threadedComment></ThreadedComments>`;
const tableXml = (ref: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="LichSu" displayName="LichSu" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="5">${HEAD.historyHeaders
  .map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`)
  .join(
    "",
  )}</tableColumns><tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
const relsXml = (rels: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;

/** Inserts `fragment` into a worksheet part before the first of `before` present (or the end). */
function insertInSheet(xml: string, fragment: string, before: string[]): string {
  for (const name of before) {
    const at = xml.search(new RegExp(`<${name}[\\s/>]`));
    if (at >= 0) return xml.slice(0, at) + fragment + xml.slice(at);
  }
  return xml.replace("</worksheet>", `${fragment}</worksheet>`);
}

async function buildFixture(path: string, opts: { withoutRollupSheets?: boolean } = {}): Promise<Fixture> {
  const plan = templateSpecs({ sample: true });
  if (!plan.ok) throw new Error(plan.lines.join("; "));
  const wb = specsWorkbook(plan.specs);
  const hist = wb.getWorksheet(SHEET.history)!;
  const rows = sheetValues(hist);
  // An early entry typed again at the bottom (cleared above): the roll-up sorts it back, and its
  // note, hyperlink and comment must go with it.
  const from = 5;
  const moved = rows[from - 1].slice(0, 5);
  const to = rows.length + 1;
  for (let c = 1; c <= 5; c++) {
    hist.getCell(to, c).value = moved[c - 1] as ExcelJS.CellValue;
    hist.getCell(from, c).value = null;
  }
  const note = hist.getCell(to, 5);
  note.value = { text: NOTE_CELL_TEXT, hyperlink: LINK };
  note.note = NOTE_TEXT;
  hist.getCell("A3").note = HEADER_NOTE; // on the header: stays where it is
  hist.getCell("G2").value = OUTSIDE;
  hist.getCell("F10").value = CHECKED;
  hist.getCell("F10").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  hist.getCell("G3").value = {
    formula: "COUNTA(A4:A500)",
    result: rows.length - 3,
  } as ExcelJS.CellFormulaValue;
  hist.getColumn(5).width = 60;
  hist.getColumn(6).width = 25;
  wb.getWorksheet(SHEET.summary)!.getCell("A3").value = {
    formula: "1+1",
    result: 2,
  } as ExcelJS.CellFormulaValue;
  wb.getWorksheet(SHEET.plan)!.getCell("Z1").value = {
    formula: "2+2",
    result: 4,
  } as ExcelJS.CellFormulaValue;
  if (opts.withoutRollupSheets) {
    wb.removeWorksheet(wb.getWorksheet(SHEET.summary)!.id);
    wb.removeWorksheet(wb.getWorksheet(SHEET.history)!.id);
  }

  // What ExcelJS does not write, added to the package by hand.
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const parts = await partsOf(await zip.generateAsync({ type: "nodebuffer" }));
  const sheets = sheetsOf(parts);
  const planPart = sheets.get(SHEET.plan)!.part;
  const planRels = planPart.replace(/([^/]*)$/, "_rels/$1.rels");
  expect(parts.has(planRels)).toBe(false);
  zip.file(
    planRels,
    relsXml([`<Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`]),
  );
  zip.file(
    planPart,
    insertInSheet(text(parts, planPart), '<drawing r:id="rId1"/>', ["legacyDrawing", "tableParts", "extLst"]),
  );
  zip.file("xl/drawings/drawing1.xml", DRAWING_XML);
  zip.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    relsXml([
      `<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/>`,
      `<Relationship Id="rId2" Type="${REL}/image" Target="../media/image1.png"/>`,
    ]),
  );
  zip.file("xl/charts/chart1.xml", CHART_XML);
  zip.file("xl/media/image1.png", PNG);
  if (!opts.withoutRollupSheets) {
    // Lịch sử as an Excel table, and a threaded comment on the moved note (Excel 365 writes both).
    const histPart = sheets.get(SHEET.history)!.part;
    const histRels = histPart.replace(/([^/]*)$/, "_rels/$1.rels");
    zip.file(
      histRels,
      text(parts, histRels).replace(
        "</Relationships>",
        `<Relationship Id="rIdTable" Type="${REL}/table" Target="../tables/table1.xml"/>` +
          `<Relationship Id="rIdThread" Type="${THREAD_REL}" Target="../threadedComments/threadedComment1.xml"/></Relationships>`,
      ),
    );
    zip.file(
      histPart,
      insertInSheet(
        text(parts, histPart),
        '<tableParts count="1"><tablePart r:id="rIdTable"/></tableParts>',
        ["extLst"],
      ),
    );
    zip.file("xl/tables/table1.xml", tableXml(`A3:E${to}`));
    zip.file("xl/threadedComments/threadedComment1.xml", threadXml(`E${to}`));
    zip.file("xl/persons/person.xml", PERSON_XML);
  }
  const ward = sheets.get("Phường Tân Phong")!.part;
  zip.file(
    ward,
    insertInSheet(text(parts, ward), SECRET_PROTECTION, [
      "protectedRanges",
      "scenarios",
      "autoFilter",
      "sortState",
      "dataConsolidate",
      "customSheetViews",
      "mergeCells",
      "phoneticPr",
      "conditionalFormatting",
      "dataValidations",
    ]),
  );
  zip.file("docProps/custom.xml", CUSTOM_XML);
  zip.file(
    "_rels/.rels",
    text(parts, "_rels/.rels").replace(
      "</Relationships>",
      `<Relationship Id="rIdCustom" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
    ),
  );
  // A calc chain, as Excel keeps one: a cell of Kế hoạch, one of Tổng hợp, one beside Lịch sử's table.
  const id = (n: string) => sheets.get(n)?.sheetId;
  const chain = [`<c r="Z1" i="${id(SHEET.plan)}"/>`];
  if (!opts.withoutRollupSheets)
    chain.push(`<c r="A3" i="${id(SHEET.summary)}"/>`, `<c r="G3" i="${id(SHEET.history)}"/>`);
  zip.file(
    "xl/calcChain.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${chain.join("")}</calcChain>`,
  );
  const person = opts.withoutRollupSheets
    ? ""
    : `<Relationship Id="rIdPerson" Type="${PERSON_REL}" Target="persons/person.xml"/>`;
  zip.file(
    "xl/_rels/workbook.xml.rels",
    text(parts, "xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      `<Relationship Id="rIdChain" Type="${REL}/calcChain" Target="calcChain.xml"/>${person}</Relationships>`,
    ),
  );
  const overrides = [
    ["/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
    ["/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
    ["/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"],
    ["/xl/calcChain.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"],
    ...(opts.withoutRollupSheets
      ? []
      : [
          ["/xl/tables/table1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"],
          ["/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"],
          ["/xl/persons/person.xml", "application/vnd.ms-excel.person+xml"],
        ]),
  ]
    .map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`)
    .join("");
  let types = text(parts, "[Content_Types].xml");
  if (!/Extension="png"/.test(types))
    types = types.replace("<Override", '<Default Extension="png" ContentType="image/png"/><Override');
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides}</Types>`));
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return { path, movedUnit: String(moved[0]), movedYear: Number(moved[1]) };
}

/** The values today's whole-workbook ExcelJS path (replaceSheets) gives: the roll-up's own content. */
async function expectedValues(path: string): Promise<Map<string, unknown[][]>> {
  const { values } = await readXlsx(path, { valuesOnly: true });
  const r = rollupWorkbook(values);
  if (!r.ok) throw new Error("roll-up failed");
  expect(r.historyHeld).toBe(false);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  replaceSheets(wb, [r.summary, r.annex, r.history]);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return new Map(again.worksheets.map((w) => [w.name, sheetValues(w)]));
}

const noteText = (note: ExcelJS.Comment | string | undefined) =>
  typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");

const tableOf = (rows: unknown[][]) => rows.map((r) => r.slice(0, 5)).filter((r) => r.some((v) => v !== ""));

// ---------------------------------------------------------------- LibreOffice

const soffice = ["soffice", "libreoffice"].find(
  (c) => spawnSync(c, ["--version"], { encoding: "utf8" }).status === 0,
);
const CI = process.env.CI === "true";
if (!soffice)
  console.warn(
    `\n*** LibreOffice (soffice) is not installed: the "opens in LibreOffice" checks of ${__filename} are SKIPPED.` +
      " Install libreoffice-calc to run them (they are required under CI=true). ***\n",
  );

/** Converts every sheet of `path` to CSV with LibreOffice; sheet name → its rows. */
function libreOfficeSheets(path: string): Map<string, string> | undefined {
  if (!soffice) {
    if (CI) throw new Error("CI=true: LibreOffice (libreoffice-calc) must be installed for this test");
    return undefined;
  }
  const out = tempDir("tdp-lo-");
  const r = spawnSync(
    soffice,
    [
      "--headless",
      `-env:UserInstallation=file://${join(out, "profile")}`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      path,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  expect(r.status, `soffice: ${r.stderr}`).toBe(0);
  const base = path.replace(/^.*\//, "").replace(/\.xlsx$/, "");
  const sheets = new Map<string, string>();
  for (const f of readdirSync(out))
    if (f.startsWith(`${base}-`) && f.endsWith(".csv"))
      sheets.set(f.slice(base.length + 1, -4), readFileSync(join(out, f), "utf8"));
  expect(sheets.size, "LibreOffice wrote one CSV per sheet").toBeGreaterThan(5);
  return sheets;
}

// ---------------------------------------------------------------- the checks

/** Everything `--write` promises, for `output` written from `input`. */
async function expectWrittenInto(
  inputBytes: Buffer,
  output: string,
  fx: Fixture,
  expected: Map<string, unknown[][]>,
) {
  const before = await partsOf(inputBytes);
  const after = await partsOf(readFileSync(output));
  expectUntouched(before, after, [SHEET.summary, SHEET.annex, SHEET.history]);
  // The chart, the image, the protected ward tab and the custom properties are still referenced.
  const sheets = sheetsOf(after);
  expect(text(after, sheets.get(SHEET.plan)!.part)).toContain('<drawing r:id="rId1"/>');
  expect(text(after, sheets.get("Phường Tân Phong")!.part)).toContain(SECRET_PROTECTION);
  expect(text(after, "docProps/custom.xml")).toContain("71/KH-UBND");
  expect(after.get("xl/media/image1.png")!.equals(PNG)).toBe(true);
  // Tổng hợp and Lịch sử keep their part and r:id.
  for (const n of [SHEET.summary, SHEET.history]) expect(sheets.get(n)).toEqual(sheetsOf(before).get(n));
  // Tổng hợp draws its two charts (per ward, per year) from its own cells, in a drawing of its own.
  const summaryPart = sheets.get(SHEET.summary)!.part;
  const drawing = relsOf(after, summaryPart).find((r) => r.type === `${REL}/drawing`)!;
  expect(drawing.target).not.toBe("xl/drawings/drawing1.xml");
  const charts = relsOf(after, drawing.target).map((r) => text(after, r.target));
  expect(charts.map((c) => c.includes("<c:lineChart>"))).toEqual([false, true]);
  for (const c of charts) expect(c).toContain(`<c:f>'${SHEET.summary}'!$`);
  // The calc chain lost only Tổng hợp's cell (no longer a formula).
  expect(elements(text(after, "xl/calcChain.xml"), "c").map((c) => attrOf(c, "r"))).toEqual(["Z1", "G3"]);

  // ExcelJS reads the file; the roll-up's cells are what the whole-workbook path gives.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const got = new Map(wb.worksheets.map((w) => [w.name, sheetValues(w)]));
  expect([...got.keys()]).toEqual([...expected.keys()]);
  expect(got.get(SHEET.summary)).toEqual(expected.get(SHEET.summary));
  expect(String(got.get(SHEET.summary)![0][0])).toContain("TỔNG HỢP KẾT QUẢ");
  const history = got.get(SHEET.history)!;
  expect(tableOf(history)).toEqual(tableOf(expected.get(SHEET.history)!));
  expect(history.filter((row) => row[1] === 2024)).toHaveLength(35);
  const input = await readXlsx(fx.path, { valuesOnly: true });
  for (const [name, values] of input.values)
    if (name !== SHEET.summary && name !== SHEET.history) expect(got.get(name), name).toEqual(values);

  // The user's content on Lịch sử: notes and hyperlink followed their row, the rest stayed put.
  const ws = wb.getWorksheet(SHEET.history)!;
  const row = history.findIndex((r) => r[0] === fx.movedUnit && r[1] === fx.movedYear) + 1;
  expect(row).toBeGreaterThan(3);
  expect(row).toBeLessThan(history.length);
  const noteCell = ws.getCell(row, 5);
  expect(noteCell.value).toEqual({ text: NOTE_CELL_TEXT, hyperlink: LINK });
  expect(noteText(noteCell.note)).toBe(NOTE_TEXT);
  expect(noteText(ws.getCell("A3").note)).toBe(HEADER_NOTE);
  let notes = 0;
  ws.eachRow((r) =>
    r.eachCell((c) => {
      if (c.note) notes++;
      if (c.hyperlink) expect(c.address).toBe(noteCell.address);
    }),
  );
  expect(notes).toBe(2);
  expect(ws.getCell("G2").value).toBe(OUTSIDE);
  expect(ws.getCell("F10").value).toBe(CHECKED);
  expect(ws.getCell("F10").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
  expect(ws.getCell("G3").formula).toBe("COUNTA(A4:A500)");
  // The table over Lịch sử grew with it; the threaded comment went with its note.
  const own = relsOf(after, sheets.get(SHEET.history)!.part);
  const table = text(after, own.find((r) => r.type.endsWith("/table"))!.target);
  const end = tableOf(history).length; // title, note, header, entries: no blank or backup rows here
  expect(attrOf(table, "ref")).toBe(`A3:E${end}`);
  expect(attrOf(elements(table, "autoFilter")[0], "ref")).toBe(`A3:E${end}`);
  const thread = text(after, own.find((r) => r.type === THREAD_REL)!.target);
  expect(attrOf(elements(thread, "threadedComment")[0], "ref")).toBe(noteCell.address);
  expect(thread).toContain(THREAD_TEXT);
  expect(ws.getColumn(5).width).toBe(60);
  expect(ws.getColumn(6).width).toBe(25);
  expect(ws.getCell("A3").font?.bold).toBe(true);

  // The whole file is still an .xlsx LibreOffice opens, with the same cells.
  const lo = libreOfficeSheets(output);
  if (lo) {
    expect(lo.get(SHEET.history)).toContain(OUTSIDE);
    expect(lo.get(SHEET.history)).toContain(NOTE_CELL_TEXT);
    expect(
      lo
        .get(SHEET.history)!
        .split("\n")
        .filter((l) => /^[^,]+,2024,/.test(l)),
    ).toHaveLength(35);
    expect(lo.get(SHEET.summary)).toContain("TỔNG HỢP KẾT QUẢ");
  }
}

describe("tdp rollup --write touches only what it owns", () => {
  let fx: Fixture;
  let expected: Map<string, unknown[][]>;
  beforeAll(async () => {
    ensureCli();
    fx = await buildFixture(join(dir, "so.xlsx"));
    expected = await expectedValues(fx.path);
    // The workbook itself is valid: ExcelJS and LibreOffice open it.
    expect(expected.get(SHEET.history)).toBeDefined();
    libreOfficeSheets(fx.path);
  }, 120_000);

  it("--write: a copy with only Tổng hợp and Lịch sử rewritten, every other part byte for byte", async () => {
    const original = readFileSync(fx.path);
    const r = cli(["rollup", fx.path, "--write"]);
    expect(r.code, r.stderr).toBe(0);
    const copy = join(dir, "so.tong-hop.xlsx");
    expect(r.stdout).toContain(`Đã ghi ${copy}`);
    expect(readFileSync(fx.path).equals(original)).toBe(true);
    await expectWrittenInto(original, copy, fx, expected);
  }, 180_000);

  it("--write --in-place: the same, in the file itself; a second run changes nothing", async () => {
    const book = join(dir, "tai-cho.xlsx");
    copyFileSync(fx.path, book);
    const original = readFileSync(book);
    expect(cli(["rollup", book, "--write", "--in-place"]).code).toBe(0);
    await expectWrittenInto(original, book, { ...fx, path: fx.path }, expected);
    const once = await partsOf(readFileSync(book));
    expect(cli(["rollup", book, "--write", "--in-place"]).code).toBe(0);
    const twice = await partsOf(readFileSync(book));
    expect([...twice.keys()]).toEqual([...once.keys()]);
    for (const [name, bytes] of once) expect(twice.get(name)!.equals(bytes), `${name} unchanged`).toBe(true);
  }, 240_000);

  it("a workbook without Tổng hợp and Lịch sử gets them appended; only the lists grow", async () => {
    const fresh = await buildFixture(join(dir, "thieu.xlsx"), { withoutRollupSheets: true });
    const original = readFileSync(fresh.path);
    expect(cli(["rollup", fresh.path, "--write"]).code).toBe(0);
    const out = join(dir, "thieu.tong-hop.xlsx");
    const before = await partsOf(original);
    const after = await partsOf(readFileSync(out));
    expectUntouched(before, after, []);
    expect([...sheetsOf(after).keys()]).toEqual([
      ...sheetsOf(before).keys(),
      SHEET.summary,
      SHEET.annex,
      SHEET.history,
    ]);
    const types = text(after, "[Content_Types].xml");
    for (const n of [SHEET.summary, SHEET.history])
      expect(types).toContain(`PartName="/${sheetsOf(after).get(n)!.part}"`);
    const { values } = await readXlsx(out);
    expect(String(values.get(SHEET.summary)![0][0])).toContain("TỔNG HỢP KẾT QUẢ");
    expect(values.get(SHEET.history)!.filter((row) => row[1] === 2024)).toHaveLength(35);
    const lo = libreOfficeSheets(out);
    if (lo) expect(lo.get(SHEET.summary)).toContain("TỔNG HỢP KẾT QUẢ");
  }, 180_000);

  it("a package written with prefixed names (x:worksheet, as the Open XML SDK writes) is extended in kind", async () => {
    const zip = await JSZip.loadAsync(readFileSync(fx.path));
    const parts = await partsOf(readFileSync(fx.path));
    const sheets = sheetsOf(parts);
    const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    for (const p of [
      "xl/workbook.xml",
      "xl/styles.xml",
      sheets.get(SHEET.summary)!.part,
      sheets.get(SHEET.history)!.part,
    ]) {
      const xml = text(parts, p);
      const at = xml.indexOf("<", xml.indexOf("?>") + 2);
      zip.file(
        p,
        xml.slice(0, at) + withPrefix(xml.slice(at), "x").replace(main, main.replace("xmlns", "xmlns:x")),
      );
    }
    const prefixed = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const { values } = await readXlsx(fx.path, { valuesOnly: true });
    const r = rollupWorkbook(values);
    if (!r.ok) throw new Error("roll-up failed");
    const out = await transplantSheets(prefixed, rollupSheets([r.summary, r.history], values));
    const before = await partsOf(prefixed);
    const after = await partsOf(out);
    expectUntouched(before, after, [SHEET.summary, SHEET.annex, SHEET.history]);
    const history = text(after, sheets.get(SHEET.history)!.part);
    expect(history).toMatch(/^<\?xml[^>]*\?>\s*<x:worksheet /);
    expect(history).not.toMatch(/<(?!x:|\/x:)[a-z]+[\s>]/); // every element of the part in the x: namespace
    expect(history).toContain("<x:is><x:t>LỊCH SỬ CÔNG NHẬN</x:t></x:is>");
    const path = join(dir, "tien-to.xlsx");
    writeFileSync(path, out);
    const lo = libreOfficeSheets(path);
    if (lo) {
      expect(
        lo
          .get(SHEET.history)!
          .split("\n")
          .filter((l) => /^[^,]+,2024,/.test(l)),
      ).toHaveLength(35);
      expect(lo.get(SHEET.history)).toContain(OUTSIDE);
      expect(lo.get(SHEET.summary)).toContain("TỔNG HỢP KẾT QUẢ");
    }
  }, 180_000);

  it.runIf(soffice || CI)(
    "a workbook saved by LibreOffice keeps its ward tab's protection and every other part",
    async () => {
      if (!soffice)
        throw new Error("CI=true: LibreOffice (libreoffice-calc) must be installed for this test");
      const out = tempDir("tdp-lo-save-");
      const r = spawnSync(
        soffice,
        [
          "--headless",
          `-env:UserInstallation=file://${join(out, "profile")}`,
          "--convert-to",
          "xlsx:Calc MS Excel 2007 XML",
          "--outdir",
          out,
          fx.path,
        ],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(r.status, r.stderr).toBe(0);
      const saved = join(out, "so.xlsx");
      const original = readFileSync(saved);
      const before = await partsOf(original);
      const ward = sheetsOf(before).get("Phường Tân Phong")!.part;
      expect(text(before, ward)).toMatch(/<sheetProtection[^>]*sheet="(1|true)"/);
      const w = cli(["rollup", saved, "--write"]);
      expect(w.code, w.stderr).toBe(0);
      const written = join(out, "so.tong-hop.xlsx");
      const after = await partsOf(readFileSync(written));
      expectUntouched(before, after, [SHEET.summary, SHEET.annex, SHEET.history]);
      const { values } = await readXlsx(written);
      expect(values.get(SHEET.history)!.filter((row) => row[1] === 2024)).toHaveLength(35);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(written);
      const hist = wb.getWorksheet(SHEET.history)!;
      expect(hist.getCell("G2").value).toBe(OUTSIDE);
      expect(hist.getColumn(5).width).toBeCloseTo(60, 0);
      const row = sheetValues(hist).findIndex((x) => x[0] === fx.movedUnit && x[1] === fx.movedYear) + 1;
      expect(noteText(hist.getCell(row, 5).note)).toBe(NOTE_TEXT);
      expect(hist.getCell(row, 5).hyperlink).toBe(LINK);
      const lo = libreOfficeSheets(written);
      expect(lo?.get(SHEET.history)).toContain(OUTSIDE);
    },
    240_000,
  );
});

describe("history rows follow their entry", () => {
  const head = [["LỊCH SỬ"], ["ghi chú"], ["Mã", "Năm", "Tên", "Xã", "Ghi chú"]];
  it("maps moved, dropped, unreadable and repeated rows; leaves header and blank rows alone", () => {
    const old = [
      ...head,
      ["B", 2022, "", "", "b"], // row 4 → after A 2022
      ["", "", "", "", ""], // row 5: blank
      ["A", 2022, "", "", "a"], // row 6 → row 4
      ["C", 2024, "", "", ""], // row 7: dropped by the roll-up
      ["", "", "", "", "lạc"], // row 8: unreadable, kept after the entries
      ["A", 2022, "", "", ""], // row 9: the same entry typed twice
    ];
    const fresh = [...head, ["A", 2022, "", "", "a"], ["B", 2022, "", "", "b"], ["", "", "", "", "lạc"]];
    const map = historyRowMap(old, fresh);
    expect([...map.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [4, 5],
      [6, 4],
      [7, null],
      [8, 6],
      [9, 4],
    ]);
  });
});

describe("very wide ward tabs", () => {
  it("a 5,000-unit ward tab renders without RangeError, even with a quarter of Node's stack", () => {
    // Spread arguments (Math.max(...values)) live on the stack: 5,000 units spill ~40,000 values,
    // which overflows a smaller stack long before a loop would.
    const bundle = join(ROOT, "build", `wide-tab.${process.pid}.test.mjs`);
    esbuild.buildSync({
      stdin: {
        contents: `
          import { generatedSpecs } from "./src/core/workbook/generate";
          import { specsWorkbook } from "./src/xlsx/workbook";
          const specs = generatedSpecs({ wards: 1, units: 5000 });
          const wb = specsWorkbook(specs);
          const ws = wb.worksheets.find((w) => w.columnCount > 5000);
          console.log(ws ? "ok " + ws.columnCount : "no wide tab");
        `,
        resolveDir: ROOT,
        loader: "ts",
      },
      bundle: true,
      outfile: bundle,
      format: "esm",
      platform: "node",
      packages: "external",
      logLevel: "error",
    });
    try {
      const r = spawnSync(process.execPath, ["--stack-size=250", bundle], {
        encoding: "utf8",
        timeout: 120_000,
      });
      expect(r.stderr).not.toMatch(/RangeError|Maximum call stack/);
      expect(r.stdout).toMatch(/^ok 50\d\d/);
    } finally {
      rmSync(bundle, { force: true });
    }
  }, 120_000);
});
