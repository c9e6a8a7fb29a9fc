/**
 * DrawingML chart parts for a sheet's ChartSpecs (ExcelJS writes no charts): one chart part per chart
 * (ECMA-376 Part 1, 21.2 `c:chartSpace`) and one drawing part per sheet anchoring them
 * (20.5 `xdr:wsDr`, a `oneCellAnchor` each: the anchor cell and the size in EMU, so column widths do
 * not matter). Bars are a `c:barChart` (stacked: grouping "stacked" with overlap 100); line series
 * (a target) are a `c:lineChart` in the same plot area sharing its two axes. Every range is a formula
 * on the sheet ('Tổng hợp'!$B$5:$B$11) with its values cached, so a viewer that does not recalculate
 * (a previewer, LibreOffice before recalculation) still draws them.
 *
 * `writeChartsInto` puts them into a package: a new file from ./workbook.ts, or the user's own file
 * from ./package.ts, where the sheet's old drawing (the command's) is replaced and every other part
 * (other sheets' drawings and charts) is left as it is.
 */
import type JSZip from "jszip";
import { columnLetter, quoteSheet } from "../core/a1";
import { foldKey } from "../core/text";
import type { CellValue, ChartSeries, ChartSpec, ColumnRange } from "../core/workbook/spec";
import { PackageParts, relative, relsOf, relsPathOf } from "./rels";
import { attr, attributes, escapeXml, kids, openTag, prefixFor, rootOf, splice, unescapeXml } from "./xml";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};

export const CHART_REL = {
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
};
export const CHART_CONTENT = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

/** English Metric Units per pixel at 96 dpi (914400 per inch). */
export const EMU_PER_PX = 9525;

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** 'Tổng hợp'!$B$5:$B$11 */
export function rangeFormula(sheet: string, r: ColumnRange): string {
  const col = `$${columnLetter(r.col)}$`;
  return `${quoteSheet(sheet)}!${col}${r.fromRow}:${col}${r.toRow}`;
}

/** The cells of a column range, as the sheet's grid holds them ("" outside it). */
function cellsOf(values: CellValue[][], r: ColumnRange): CellValue[] {
  const out: CellValue[] = [];
  for (let row = r.fromRow; row <= r.toRow; row++) out.push(values[row - 1]?.[r.col - 1] ?? "");
  return out;
}

function strRef(sheet: string, values: CellValue[][], r: ColumnRange): string {
  const cells = cellsOf(values, r);
  const pts = cells.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${escapeXml(rangeFormula(sheet, r))}</c:f><c:strCache><c:ptCount val="${cells.length}"/>${pts}</c:strCache></c:strRef>`;
}

/** Numbers cached as numbers; a blank or a text cell has no point (a gap), as Excel caches it. */
function numRef(sheet: string, values: CellValue[][], r: ColumnRange): string {
  const cells = cellsOf(values, r);
  const pts = cells
    .map((v, i) =>
      typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "",
    )
    .join("");
  return `<c:numRef><c:f>${escapeXml(rangeFormula(sheet, r))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cells.length}"/>${pts}</c:numCache></c:numRef>`;
}

/** Google Sheets' default series colours, so both targets look alike. */
const COLORS = ["4285F4", "EA4335", "FBBC04", "34A853", "FF6D01", "46BDC6"];

function series(c: ChartSpec, sheet: string, values: CellValue[][], s: ChartSeries, idx: number): string {
  const color = COLORS[idx % COLORS.length];
  // Children in CT_BarSer / CT_LineSer order: idx, order, tx, spPr, (invertIfNegative | marker), cat, val.
  const fill = s.line
    ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="6"/></c:marker>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
  return (
    `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${fill}` +
    `<c:cat>${strRef(sheet, values, c.categories)}</c:cat><c:val>${numRef(sheet, values, s.values)}</c:val>` +
    `${s.line ? '<c:smooth val="0"/>' : ""}</c:ser>`
  );
}

const CAT_AX = 500000001;
const VAL_AX = 500000002;

/** The chart part of `c`, whose ranges are cells of sheet `sheet` holding `values` (its grid from A1). */
export function chartXml(c: ChartSpec, sheet: string, values: CellValue[][]): string {
  const indexed = c.series.map((s, i) => ({ s, i }));
  const bars = indexed.filter((x) => !x.s.line);
  const lines = indexed.filter((x) => x.s.line);
  const axes = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const horizontal = c.kind === "bar";
  const barChart = bars.length
    ? `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${c.stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
      bars.map((x) => series(c, sheet, values, x.s, x.i)).join("") +
      `<c:gapWidth val="60"/>${c.stacked ? '<c:overlap val="100"/>' : ""}${axes}</c:barChart>`
    : "";
  const lineChart = lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map((x) => series(c, sheet, values, x.s, x.i)).join("")}<c:marker val="1"/>${axes}</c:lineChart>`
    : "";
  // A horizontal bar chart lists its categories top down (the sheet's order, as Sheets draws it):
  // the category axis runs maxMin and the value axis then sits at its far end ("max"), the bottom.
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AX}"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX}"/>` +
    `<c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${escapeXml(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `${HEAD}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:lang val="vi-VN"/><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${barChart}${lineChart}${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    // Every label at 10 pt in the sheet's font: the printed page's smallest text stays readable.
    `</c:chart><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="Times New Roman"/></a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="vi-VN"/></a:p></c:txPr></c:chartSpace>`
  );
}

/** A drawing part anchoring each chart at its cell with its pixel size; `rids[i]` names chart i's part. */
export function drawingXml(charts: ChartSpec[], rids: string[]): string {
  const anchors = charts.map((c, i) => {
    const from =
      `<xdr:from><xdr:col>${c.anchor.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff>` +
      `<xdr:row>${c.anchor.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
    const ext = `<xdr:ext cx="${Math.round(c.width * EMU_PER_PX)}" cy="${Math.round(c.height * EMU_PER_PX)}"/>`;
    const frame =
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${c.id}`)}" descr="${escapeXml(c.title)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${rids[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
    return `<xdr:oneCellAnchor>${from}${ext}${frame}<xdr:clientData/></xdr:oneCellAnchor>`;
  });
  return `${HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`;
}

/** A relationships part: each entry's id, type and target (relative to the source part's folder). */
export function relsXml(rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map(
    (r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`,
  );
  return `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;
}

/** The charts of a spec that have data rows (as the Sheets side draws them). */
export const drawnCharts = (charts: ChartSpec[] | undefined): ChartSpec[] =>
  (charts ?? []).filter((c) => c.categories.toRow >= c.categories.fromRow);

/**
 * The parts of one sheet's charts: a drawing part `xl/drawings/drawing{drawing}.xml` with its
 * relationships, and chart i as `xl/charts/chart{chartNumbers[i]}.xml` (numbers no part uses).
 */
export function sheetChartParts(
  charts: ChartSpec[],
  sheet: string,
  values: CellValue[][],
  drawing: number,
  chartNumbers: number[],
): { drawingPart: string; parts: Map<string, string>; overrides: [string, string][] } {
  const parts = new Map<string, string>();
  const overrides: [string, string][] = [];
  const drawingPart = `xl/drawings/drawing${drawing}.xml`;
  const rids = charts.map((_, i) => `rId${i + 1}`);
  const rels = charts.map((c, i) => {
    const part = `xl/charts/chart${chartNumbers[i]}.xml`;
    parts.set(part, chartXml(c, sheet, values));
    overrides.push([part, CHART_CONTENT.chart]);
    return { id: rids[i], type: CHART_REL.chart, target: `../charts/chart${chartNumbers[i]}.xml` };
  });
  parts.set(drawingPart, drawingXml(charts, rids));
  parts.set(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relsXml(rels));
  overrides.push([drawingPart, CHART_CONTENT.drawing]);
  return { drawingPart, parts, overrides };
}

// ---------------------------------------------------------------- into a package

/** A sheet to draw charts on: its name (matched case- and accent-insensitively) and its grid. */
export interface ChartedSheet {
  name: string;
  charts: ChartSpec[];
  values: CellValue[][];
}

const TYPES = "[Content_Types].xml";
/** Worksheet children that come after `drawing` (CT_Worksheet order). */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** The package's parts, with the free part numbers new chart and drawing parts take. */
class Parts extends PackageParts {
  /** The first n ≥ 1 with no part `${stem}${n}.xml`. */
  free(stem: string, from = 1): number {
    let n = from;
    while (this.find(`${stem}${n}.xml`)) n++;
    return n;
  }
  /** `count` numbers of free parts, lowest first (a removed part's number is reused: reruns are stable). */
  freeNumbers(stem: string, count: number): number[] {
    const out: number[] = [];
    for (let n = this.free(stem); out.length < count; n = this.free(stem, n + 1)) out.push(n);
    return out;
  }
}

/** A relationships part with the entries whose ids `drop` names removed and `add` appended. */
function editRels(
  xml: string | undefined,
  drop: Set<string>,
  add: { id: string; type: string; target: string }[],
) {
  if (!xml) return relsXml(add);
  const root = rootOf(xml);
  const p = root.prefix ? `${root.prefix}:` : "";
  const edits = kids(xml, root)
    .filter((e) => e.local === "Relationship" && drop.has(attr(openTag(xml, e), "Id") ?? ""))
    .map((e) => ({ start: e.start, end: e.end, text: "" }));
  const items = add
    .map((r) => `<${p}Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join("");
  if (root.selfClosing) {
    const tag = openTag(xml, root);
    return `${xml.slice(0, root.start)}${tag.slice(0, -2).trimEnd()}>${items}</${root.name}>${xml.slice(root.end)}`;
  }
  edits.push({ start: root.innerEnd, end: root.innerEnd, text: items });
  return splice(xml, edits);
}

/** [Content_Types].xml without the overrides of `gone`, with `add`. */
function editTypes(xml: string, gone: Set<string>, add: [string, string][]): string {
  const root = rootOf(xml);
  const p = root.prefix ? `${root.prefix}:` : "";
  const low = new Set([...gone].map((g) => `/${g}`.toLowerCase()));
  const edits = kids(xml, root)
    .filter((e) => e.local === "Override" && low.has((attr(openTag(xml, e), "PartName") ?? "").toLowerCase()))
    .map((e) => ({ start: e.start, end: e.end, text: "" }));
  const items = add.map(
    ([part, type]) => `<${p}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`,
  );
  edits.push({ start: root.innerEnd, end: root.innerEnd, text: items.join("") });
  return splice(xml, edits);
}

/** The workbook's sheets: name → worksheet part. */
async function sheetParts(parts: Parts): Promise<Map<string, { name: string; part: string }>> {
  const office = relsOf(await parts.read("_rels/.rels"), "").find((r) => r.type.endsWith("/officeDocument"));
  const wbPart = office?.part ?? "xl/workbook.xml";
  const wb = await parts.read(wbPart);
  if (!wb) throw new Error("no workbook part");
  const rels = relsOf(await parts.read(relsPathOf(wbPart)), wbPart);
  const r = prefixFor(wb, NS.r) || "r";
  const out = new Map<string, { name: string; part: string }>();
  const list = kids(wb, rootOf(wb)).find((e) => e.local === "sheets");
  for (const e of list ? kids(wb, list) : []) {
    const a = attributes(openTag(wb, e));
    const rel = rels.find((x) => x.id === a.get(`${r}:id`));
    const name = unescapeXml(a.get("name") ?? "");
    if (rel) out.set(foldKey(name), { name, part: rel.part });
  }
  return out;
}

/**
 * Removes a sheet's drawing (the `<drawing>` element, its relationship, the drawing part and the
 * chart parts it holds, with their own parts and content types); the parts that went.
 */
async function dropDrawing(
  parts: Parts,
  sheetPart: string,
): Promise<{ xml: string; relsXml?: string; gone: Set<string> }> {
  const gone = new Set<string>();
  let xml = (await parts.read(sheetPart)) ?? "";
  const relsPath = relsPathOf(sheetPart);
  let rels = await parts.read(relsPath);
  const drawing = relsOf(rels, sheetPart).find((r) => r.type === CHART_REL.drawing);
  if (!drawing) return { xml, relsXml: rels, gone };
  const root = rootOf(xml);
  const el = kids(xml, root).find((e) => e.local === "drawing" && e.prefix === root.prefix);
  if (el) xml = splice(xml, [{ start: el.start, end: el.end, text: "" }]);
  rels = editRels(rels, new Set([drawing.id]), []);
  const drawingRels = relsPathOf(drawing.part);
  for (const chart of relsOf(await parts.read(drawingRels), drawing.part)) {
    if (!chart.type.endsWith("/chart")) continue; // images may be shared with other drawings
    const chartRels = relsPathOf(chart.part);
    // A chart's own parts: its style, colours and user shapes.
    for (const own of relsOf(await parts.read(chartRels), chart.part))
      if (/\/(chartStyle|chartColorStyle|chartUserShapes|themeOverride)$/.test(own.type)) gone.add(own.part);
    gone.add(chart.part).add(chartRels);
  }
  gone.add(drawing.part).add(drawingRels);
  for (const part of gone) parts.remove(part);
  return { xml, relsXml: rels, gone };
}

/** `<drawing r:id>` placed in the sheet's element order, in the sheet's own prefixes. */
function withDrawing(xml: string, id: string): string {
  const root = rootOf(xml);
  const p = root.prefix ? `${root.prefix}:` : "";
  // "" would be the default namespace, which an attribute cannot use.
  const declared = prefixFor(xml, NS.r) || undefined;
  const r = declared ?? "r";
  const xmlns = declared === undefined ? ` xmlns:r="${NS.r}"` : "";
  const tag = `<${p}drawing${xmlns} ${r}:id="${id}"/>`;
  const all = kids(xml, root);
  const dataAt = all.findIndex((e) => e.local === "sheetData");
  const later = all.find(
    (e, i) =>
      i > dataAt &&
      ((e.prefix === root.prefix && AFTER_DRAWING.has(e.local)) || e.local === "AlternateContent"),
  );
  const at = later ? later.start : root.innerEnd;
  return splice(xml, [{ start: at, end: at, text: tag }]);
}

/**
 * Draws each sheet's charts in `zip`: the sheet's old drawing goes (the command's to replace), a new
 * drawing part with one chart part per chart takes its place. A sheet whose charts are all empty
 * ends with no drawing. Other sheets' drawings, charts and images are not touched.
 */
export async function writeChartsInto(zip: JSZip, sheets: ChartedSheet[]): Promise<void> {
  const parts = new Parts(zip);
  const byName = await sheetParts(parts);
  let types = (await parts.read(TYPES)) ?? "";
  for (const s of sheets) {
    const entry = byName.get(foldKey(s.name));
    if (!entry) throw new Error(`no sheet ${s.name} to draw charts on`);
    const { xml, relsXml: rels, gone } = await dropDrawing(parts, entry.part);
    const charts = drawnCharts(s.charts);
    let sheetXml = xml;
    let sheetRels = rels;
    const added: [string, string][] = [];
    if (charts.length) {
      const {
        drawingPart,
        parts: made,
        overrides,
      } = sheetChartParts(
        charts,
        entry.name,
        s.values,
        parts.free("xl/drawings/drawing"),
        parts.freeNumbers("xl/charts/chart", charts.length),
      );
      const ids = new Set(relsOf(sheetRels, entry.part).map((r) => r.id));
      let n = ids.size + 1;
      while (ids.has(`rId${n}`)) n++;
      const id = `rId${n}`;
      sheetRels = editRels(sheetRels, new Set(), [
        { id, type: CHART_REL.drawing, target: relative(entry.part, drawingPart) },
      ]);
      sheetXml = withDrawing(sheetXml, id);
      added.push(...overrides);
      // The sheet's relationships first: a rerun then finds every part at the same place in the zip.
      parts.write(relsPathOf(entry.part), sheetRels);
      for (const [path, text] of made) parts.write(path, text);
    }
    if (gone.size === 0 && !charts.length) continue;
    parts.write(entry.part, sheetXml);
    if (sheetRels !== undefined) parts.write(relsPathOf(entry.part), sheetRels);
    types = editTypes(types, gone, added);
  }
  parts.write(TYPES, types);
}
