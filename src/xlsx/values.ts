/**
 * Every sheet's values straight from the package's XML, for the commands that only read values
 * (rollup, report, check, collect's ward files, setup and split). ExcelJS builds an object per cell
 * and style first: a 50,000-unit workbook takes over 1 GB that way, and most of the time. This reads
 * one sheet part at a time, keeping only the values, and gives exactly what `workbookValues(ExcelJS
 * load)` gives (test/xlsx/values.test.ts holds them equal on every workbook the tests write):
 * shared and inline strings (rich text joined), numbers, booleans, errors as their text, formula
 * results (a formula without one is a blank that still counts for the grid's size), and numbers in a
 * date format as Dates (the spreadsheet's local time, as src/xlsx/read.ts cellValue gives them).
 */
import JSZip from "jszip";
import { cellValue, checkFile, gridOf, readBytes, XlsxFileError } from "./read";
import { type Rel, relsOf, relsPathOf, PackageParts as Zip } from "./rels";
import { attributes, kids, openTag, rootOf, unescapeXml } from "./xml";

export interface SheetEntry {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface PackageValues {
  sheets: SheetEntry[];
  values: Map<string, unknown[][]>;
  /** docProps/core.xml's dcterms:modified, when the file has one. */
  modified?: Date;
}

const OFFICE_DOC = "/officeDocument";
/** Built-in number formats ExcelJS reads as dates (exceljs/lib/xlsx/defaultnumformats.js, isDateFmt). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** ExcelJS's utils.isDateFmt. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * A file's values, or XlsxFileError saying why it is not a workbook (as loadWorkbook would say);
 * `onSheet(done, total)` after each sheet.
 */
export async function readValuesFile(
  path: string,
  onSheet?: (done: number, total: number) => void,
): Promise<PackageValues> {
  checkFile(path);
  const bytes = readBytes(path);
  let out: PackageValues;
  try {
    out = await packageValues(bytes, onSheet);
  } catch (e) {
    throw new XlsxFileError("corrupt", path, e instanceof Error ? e.message : String(e));
  }
  if (!out.sheets.length) throw new XlsxFileError("notWorkbook", path);
  return out;
}

export async function packageValues(
  bytes: Uint8Array,
  onSheet?: (done: number, total: number) => void,
): Promise<PackageValues> {
  const pkg = new Zip(await JSZip.loadAsync(bytes));
  const root = relsOf(await pkg.read("_rels/.rels"), "");
  const wbPart = root.find((r) => r.type.endsWith(OFFICE_DOC))?.part ?? "xl/workbook.xml";
  const wbXml = (await pkg.read(wbPart)) ?? "";
  const rels = relsOf(await pkg.read(relsPathOf(wbPart)), wbPart);
  const strings = sharedStrings(await pkg.read(partOf(rels, "/sharedStrings") ?? "xl/sharedStrings.xml"));
  const dates = dateStyles(await pkg.read(partOf(rels, "/styles") ?? "xl/styles.xml"));
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(wbXml);
  const sheets: SheetEntry[] = [];
  const values = new Map<string, unknown[][]>();
  const elements = sheetElements(wbXml);
  for (const [i, el] of elements.entries()) {
    onSheet?.(i, elements.length);
    const a = attributes(openTag(wbXml, el));
    const rel = rels.find((r) => r.id === (a.get("r:id") ?? idOf(a)));
    if (!rel?.type.endsWith("/worksheet")) continue;
    const name = unescapeXml(a.get("name") ?? "");
    const state = a.get("state");
    sheets.push({ name, state: state === "hidden" || state === "veryHidden" ? state : "visible" });
    values.set(name, sheetGrid((await pkg.read(rel.part)) ?? "", strings, dates, date1904));
  }
  onSheet?.(elements.length, elements.length);
  return { sheets, values, modified: modifiedOf(await pkg.read("docProps/core.xml")) };
}

const partOf = (rels: Rel[], type: string) => rels.find((r) => r.type.endsWith(type))?.part;
/** The relationship id attribute under whatever prefix the file binds it to. */
const idOf = (a: Map<string, string>) => [...a].find(([k]) => k.endsWith(":id"))?.[1];

function sheetElements(xml: string) {
  if (!xml) return [];
  const list = kids(xml, rootOf(xml)).find((e) => e.local === "sheets");
  return list ? kids(xml, list).filter((e) => e.local === "sheet") : [];
}

/** The text of an <si> or <is>: every <t> outside phonetic runs (<rPh>), unescaped. */
function textOfItem(xml: string): string {
  const plain = xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/\1?rPh>/g, "");
  let out = "";
  for (const m of plain.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += m[1];
  return unescapeXml(out);
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\b[^>]*\/>/g)].map(
    (m) => (m[1] === undefined ? "" : textOfItem(m[1])),
  );
}

/** Which cell style indexes (cellXfs) have a date number format. */
function dateStyles(xml: string | undefined): Set<number> {
  const out = new Set<number>();
  if (!xml) return out;
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g)) {
    const a = attributes(`<x ${m[1]}>`);
    custom.set(Number(a.get("numFmtId")), unescapeXml(a.get("formatCode") ?? ""));
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  let i = 0;
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)) {
    const id = Number(attributes(`<x ${m[1]}>`).get("numFmtId") ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id)) out.add(i);
    i++;
  }
  return out;
}

const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const V = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const F = /<(?:\w+:)?f\b/;
const IS = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;

/** "AB12" → [12, 28]. */
function position(ref: string): [number, number] | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

function sheetGrid(xml: string, strings: string[], dates: Set<number>, date1904: boolean): unknown[][] {
  const cells: { r: number; c: number; v: unknown }[] = [];
  let height = 0;
  let width = 0;
  let rowNo = 0;
  const data = /<(?:\w+:)?sheetData\b[^>]*>([\s\S]*)<\/(?:\w+:)?sheetData>/.exec(xml)?.[1] ?? "";
  for (const row of data.matchAll(ROW)) {
    const rAttr = /\br="(\d+)"/.exec(row[1])?.[1];
    rowNo = rAttr ? Number(rAttr) : rowNo + 1;
    let colNo = 0;
    for (const cell of (row[2] ?? "").matchAll(CELL)) {
      const a = cell[1];
      const pos = position(/\br="([A-Z]+\d+)"/.exec(a)?.[1] ?? "");
      const [r, c] = pos ?? [rowNo, colNo + 1];
      colNo = c;
      const body = cell[2] ?? "";
      const isFormula = F.test(body);
      const v = cellOf(
        body,
        /\bt="(\w+)"/.exec(a)?.[1],
        Number(/\bs="(\d+)"/.exec(a)?.[1] ?? 0),
        strings,
        dates,
        date1904,
      );
      if (v === "" && !isFormula) continue;
      cells.push({ r, c, v });
      if (r > height) height = r;
      if (c > width) width = c;
    }
  }
  return gridOf(cells, height, width);
}

function cellOf(
  body: string,
  type: string | undefined,
  style: number,
  strings: string[],
  dates: Set<number>,
  date1904: boolean,
): unknown {
  if (type === "inlineStr") {
    const is = IS.exec(body)?.[1];
    return is === undefined ? "" : textOfItem(is);
  }
  const raw = V.exec(body)?.[1];
  if (raw === undefined) return "";
  switch (type) {
    case "s":
      return strings[Number(raw)] ?? "";
    case "str":
      return unescapeXml(raw);
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return unescapeXml(raw);
    default: {
      const n = Number.parseFloat(raw);
      if (Number.isNaN(n)) return "";
      if (!dates.has(style)) return n;
      const ms = Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
      return cellValue(new Date(ms));
    }
  }
}

function modifiedOf(xml: string | undefined): Date | undefined {
  const text = xml && /<dcterms:modified\b[^>]*>([^<]+)</.exec(xml)?.[1];
  if (!text) return undefined;
  const d = new Date(text.trim());
  return Number.isNaN(d.getTime()) ? undefined : d;
}
