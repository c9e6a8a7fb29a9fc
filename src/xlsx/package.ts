/**
 * `tdp rollup --write`: the roll-up's two sheets written into the workbook's own .xlsx package, so
 * nothing else in the file is touched. ExcelJS renders the sheets into a scratch workbook (the same
 * renderer as every other output); their sheet XML is then moved into the original package:
 *
 * - Every part other than the two sheets' own is copied byte for byte (charts, pivots, images,
 *   protections, custom properties, other sheets' comments, VBA, printer settings…).
 * - Package-wide lists are only extended: styles.xml gains the fonts, fills, numFmts and cell formats
 *   the new cells need (an identical existing entry is reused, so repeated runs do not grow it);
 *   workbook.xml, its relationships and [Content_Types].xml gain entries only for a sheet that did not
 *   exist; sharedStrings.xml is untouched (the new cells hold inline strings).
 * - A sheet that exists keeps its part name, r:id, relationships, protection and drawings (but see
 *   the charts below).
 *   Tổng hợp (every cell the command's): its cells, layout, merges, colours and validations are the
 *   roll-up's. Lịch sử công nhận (`ownedColumns`): only the table columns A–E are the roll-up's; the
 *   sheet XML is the user's with the new table cells merged in, so column widths, views, cells and
 *   formatting outside A–E, hyperlinks, notes, conditional formats and validations stay. Notes and
 *   hyperlinks on table cells follow their row when the roll-up re-sorts the table (`rowMap`).
 * - calcChain.xml (a cache) loses the entries of cells that are no longer formulas.
 * - Tổng hợp's charts (`spec.charts`, ./chart.ts): its old drawing and the charts in it are the
 *   command's and are replaced; drawings of every other sheet stay byte for byte.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { a1, columnNumber } from "../core/a1";
import { foldKey } from "../core/text";
import { XLSX } from "../core/text/cli";
import { SHEET } from "../core/vocabulary";
import { valuesOf } from "../core/workbook/sheets";
import { emptySpec, type SheetSpec } from "../core/workbook/spec";
import { DATA_ROW } from "../core/workbook/tables";
import type { WorkbookValues } from "../core/workbook/workbook";
import { writeChartsInto } from "./chart";
import { historyRowMap, historyTableEnd } from "./historyRows";
import { XlsxFileError } from "./read";
import { dirOf, type Rel, relsOf, relsPathOf, resolveTarget, PackageParts as Zip } from "./rels";
import { listColumns } from "./render";
import { specsWorkbook, writeBytes } from "./workbook";
import {
  attr,
  attributes,
  type Element,
  escapeXml,
  kids,
  openTag,
  prefixFor,
  rootOf,
  setAttr,
  splice,
  textOf,
  unescapeXml,
  withPrefix,
} from "./xml";

export interface OwnedSheet {
  spec: SheetSpec;
  /** Only columns 1..n are the command's (the rest of an existing sheet is the user's); omitted: all. */
  ownedColumns?: number;
  /** With `ownedColumns`: old row → new row (null: the row is gone) for notes and hyperlinks. */
  rowMap?: Map<number, number | null>;
  /**
   * With `ownedColumns`: the owned columns hold a table with its header on `headerRow`, ending on
   * `lastRow`; a table (ListObject) or filter the user put on it is resized to match.
   */
  table?: { headerRow: number; lastRow: number };
  /** A sheet added to the package is hidden (spec.hidden) or very hidden (the lists sheet). */
  state?: "hidden" | "veryHidden";
}

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
const WORKSHEET_TYPE = `${NS.rel}/worksheet`;
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** The order of a worksheet's children (CT_Worksheet). */
const SHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
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
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
/** What a sheet the command owns whole takes from the rendered sheet; the rest stays the file's. */
const RENDERED = new Set([
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "autoFilter",
  "sortState",
  "mergeCells",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
]);
const STYLE_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

// ---------------------------------------------------------------- package

const relOfType = (rels: Rel[], suffix: string) => rels.find((r) => r.type.endsWith(suffix));

/** Inserts `fragment` as a child of `parent` at its place in `order`. */
function insertChild(xml: string, parent: Element, local: string, fragment: string, order: string[]): Edit {
  const rank = order.indexOf(local);
  const later = kids(xml, parent).find((k) => order.indexOf(k.local) > rank);
  const at = later ? later.start : parent.innerEnd;
  return { start: at, end: at, text: fragment };
}

type Edit = { start: number; end: number; text: string };

/**
 * An edit giving list element `el` the children `items` (after its own unless `replace`), expanding
 * "<x/>", with `count` set when given.
 */
function listEdit(
  xml: string,
  el: Element,
  items: string[],
  opts: { count?: number; replace?: boolean } = {},
): Edit {
  let tag = openTag(xml, el);
  if (el.selfClosing) tag = `${tag.slice(0, -2).trimEnd()}>`;
  if (opts.count !== undefined) tag = setAttr(tag, "count", String(opts.count));
  const inner = el.selfClosing || opts.replace ? "" : xml.slice(el.openEnd, el.innerEnd);
  return { start: el.start, end: el.end, text: `${tag}${inner}${items.join("")}</${el.name}>` };
}

// ---------------------------------------------------------------- styles

interface StyleList {
  el?: Element;
  items: string[];
  index: Map<string, number>;
  added: string[];
}

/** The original styles.xml, extended with the scratch workbook's formats the new cells use. */
class Styles {
  private readonly lists = new Map<string, StyleList>();
  private readonly scratch = new Map<string, string[]>();
  private readonly scratchFormats = new Map<number, string>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164;
  private readonly memo = new Map<string, number>();

  constructor(
    private readonly xml: string,
    private readonly prefix: string,
    scratchXml: string,
  ) {
    const root = rootOf(xml);
    for (const el of kids(xml, root)) {
      if (el.prefix !== prefix || !STYLE_ORDER.includes(el.local) || this.lists.has(el.local)) continue;
      const items = kids(xml, el).map((k) => textOf(xml, k));
      const index = new Map<string, number>();
      items.forEach((t, i) => {
        if (!index.has(t)) index.set(t, i);
      });
      this.lists.set(el.local, { el, items, index, added: [] });
    }
    for (const item of this.lists.get("numFmts")?.items ?? []) {
      const a = attributes(item);
      const id = Number(a.get("numFmtId"));
      const code = a.get("formatCode");
      if (code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
    const sroot = rootOf(scratchXml);
    for (const el of kids(scratchXml, sroot))
      this.scratch.set(
        el.local,
        kids(scratchXml, el).map((k) => textOf(scratchXml, k)),
      );
    for (const item of this.scratch.get("numFmts") ?? []) {
      const a = attributes(item);
      this.scratchFormats.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "");
    }
  }

  private list(name: string): StyleList {
    let l = this.lists.get(name);
    if (!l) {
      l = { items: [], index: new Map(), added: [] };
      this.lists.set(name, l);
    }
    return l;
  }

  /** The index of `item` in list `name`, appended when the list has no identical entry. */
  private intern(name: string, item: string): number {
    const l = this.list(name);
    const known = l.index.get(item);
    if (known !== undefined) return known;
    const i = l.items.length + l.added.length;
    l.added.push(item);
    l.index.set(item, i);
    return i;
  }

  private cached(key: string, make: () => number): number {
    let v = this.memo.get(key);
    if (v === undefined) {
      v = make();
      this.memo.set(key, v);
    }
    return v;
  }

  private numFmt(id: number): number {
    if (id < 164) return id; // built-in
    const code = this.scratchFormats.get(id);
    if (code === undefined) return 0;
    let mine = this.formatIds.get(code);
    if (mine === undefined) {
      mine = this.nextFormatId++;
      this.formatIds.set(code, mine);
      this.list("numFmts").added.push(
        withPrefix(`<numFmt numFmtId="${mine}" formatCode="${escapeXml(code)}"/>`, this.prefix),
      );
    }
    return mine;
  }

  private entry(list: string, i: number, reserved: number): number {
    if (i < reserved) return i; // the defaults every styles.xml starts with
    return this.cached(`${list}:${i}`, () => {
      const item = this.scratch.get(list)?.[i];
      return item === undefined ? 0 : this.intern(list, withPrefix(item, this.prefix));
    });
  }

  /** The original-workbook index of the scratch workbook's cell format `i`. */
  xf(i: number): number {
    if (i === 0) return 0;
    return this.cached(`xf:${i}`, () => {
      const item = this.scratch.get("cellXfs")?.[i];
      if (item === undefined) return 0;
      const root = rootOf(item);
      let tag = openTag(item, root);
      const a = attributes(tag);
      const remap: [string, (n: number) => number][] = [
        ["numFmtId", (n) => this.numFmt(n)],
        ["fontId", (n) => this.entry("fonts", n, 1)],
        ["fillId", (n) => this.entry("fills", n, 2)],
        ["borderId", (n) => this.entry("borders", n, 1)],
      ];
      for (const [name, f] of remap)
        if (a.has(name)) tag = setAttr(tag, name, String(f(Number(a.get(name)))));
      if (a.has("xfId")) tag = setAttr(tag, "xfId", "0");
      return this.intern("cellXfs", withPrefix(tag + item.slice(root.openEnd), this.prefix));
    });
  }

  /** The original-workbook index of the scratch workbook's differential format `i`. */
  dxf(i: number): number {
    return this.entry("dxfs", i, 0);
  }

  /** The new styles.xml, or undefined when nothing was added. */
  text(): string | undefined {
    const root = rootOf(this.xml);
    const edits: Edit[] = [];
    for (const name of STYLE_ORDER) {
      const l = this.lists.get(name);
      if (!l?.added.length) continue;
      const count = l.items.length + l.added.length;
      if (l.el) edits.push(listEdit(this.xml, l.el, l.added, { count }));
      else {
        const p = this.prefix ? `${this.prefix}:` : "";
        const fragment = `<${p}${name} count="${count}">${l.added.join("")}</${p}${name}>`;
        edits.push(insertChild(this.xml, root, name, fragment, STYLE_ORDER));
      }
    }
    return edits.length ? splice(this.xml, edits) : undefined;
  }
}

// ---------------------------------------------------------------- cells

interface Cell {
  col: number;
  text: string;
}
interface Row {
  /** The opening tag, always ending in ">". */
  tag: string;
  cells: Cell[];
}

const CELL_REF = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

function parseRef(ref: string): { col: number; row: number } | undefined {
  const m = CELL_REF.exec(ref.trim());
  return m ? { col: columnNumber(m[1]), row: Number(m[2]) } : undefined;
}

/** Attributes with a prefix (x14ac:dyDescent…) that the original part may not declare; xml:space stays. */
const stripPrefixed = (fragment: string) =>
  fragment.replace(/<[^<>]*>/g, (tag) =>
    tag.replace(/\s(?!xml:|xmlns)[A-Za-z_][\w.-]*:[\w.-]+\s*=\s*(?:"[^"]*"|'[^']*')/g, ""),
  );

const openForm = (tag: string) => (tag.endsWith("/>") ? `${tag.slice(0, -2).trimEnd()}>` : tag);

/** The rows of a sheetData element: row and cell numbers filled in where the file leaves them implicit. */
function readRows(xml: string, sheetData: Element | undefined): Map<number, Row> {
  const rows = new Map<number, Row>();
  if (!sheetData) return rows;
  let lastRow = 0;
  for (const rowEl of kids(xml, sheetData)) {
    if (rowEl.local !== "row") continue;
    const rowTag = openTag(xml, rowEl);
    const r = Number(attr(rowTag, "r") ?? lastRow + 1);
    lastRow = r;
    const cells: Cell[] = [];
    let lastCol = 0;
    for (const c of kids(xml, rowEl)) {
      if (c.local !== "c") continue;
      const tag = openTag(xml, c);
      const ref = attr(tag, "r");
      const col = (ref && parseRef(ref)?.col) || lastCol + 1;
      lastCol = col;
      const text = ref ? textOf(xml, c) : setAttr(tag, "r", a1(r, col)) + xml.slice(c.openEnd, c.end);
      cells.push({ col, text });
    }
    rows.set(r, { tag: openForm(setAttr(setAttr(rowTag, "spans", undefined), "r", String(r))), cells });
  }
  return rows;
}

/**
 * The scratch sheet's rows for the original package: style indexes remapped, shared strings written
 * inline, names prefixed as the original part writes them.
 */
function scratchRows(xml: string, strings: string[], styles: Styles, prefix: string): Map<number, Row> {
  const sheetData = kids(xml, rootOf(xml)).find((e) => e.local === "sheetData");
  const rows = readRows(xml, sheetData);
  for (const row of rows.values()) {
    row.tag = withPrefix(stripPrefixed(row.tag), prefix);
    for (const cell of row.cells) {
      const el = rootOf(cell.text);
      let tag = openTag(cell.text, el);
      let body = cell.text.slice(el.openEnd);
      const s = attr(tag, "s");
      if (s !== undefined) {
        const mine = styles.xf(Number(s));
        tag = setAttr(tag, "s", mine ? String(mine) : undefined);
      }
      if (attr(tag, "t") === "s") {
        const v = kids(cell.text, el).find((k) => k.local === "v");
        const si = v ? strings[Number(cell.text.slice(v.openEnd, v.innerEnd))] : undefined;
        tag = setAttr(tag, "t", "inlineStr");
        body = `<is>${si ?? "<t></t>"}</is></c>`;
        if (tag.endsWith("/>")) tag = openForm(tag);
      }
      cell.text = withPrefix(tag + body, prefix);
    }
  }
  return rows;
}

/** Shared-formula cells whose master cell is gone keep their cached value, without the formula. */
function dropOrphanFormulas(cells: Cell[]): void {
  const F = /<((?:[\w.-]+:)?)f\b((?:[^>"']|"[^"]*"|'[^']*')*?)(?:\/>|>([\s\S]*?)<\/\1f>)/;
  const masters = new Set<string>();
  const children: { cell: Cell; si: string }[] = [];
  for (const cell of cells) {
    const m = F.exec(cell.text);
    if (!m || attr(`<f${m[2]}>`, "t") !== "shared") continue;
    const si = attr(`<f${m[2]}>`, "si") ?? "";
    if ((m[3] ?? "").trim()) masters.add(si);
    else children.push({ cell, si });
  }
  for (const { cell, si } of children) if (!masters.has(si)) cell.text = cell.text.replace(F, "");
}

function rowsXml(rows: Map<number, Row>, prefix: string): string {
  const p = prefix ? `${prefix}:` : "";
  let out = `<${p}sheetData>`;
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(r)!;
    row.cells.sort((a, b) => a.col - b.col);
    out += `${row.tag}${row.cells.map((c) => c.text).join("")}</${p}row>`;
  }
  return `${out}</${p}sheetData>`;
}

function dimensionXml(rows: Map<number, Row>, prefix: string): string {
  let r1 = Number.POSITIVE_INFINITY;
  let r2 = 0;
  let c1 = Number.POSITIVE_INFINITY;
  let c2 = 0;
  for (const [r, row] of rows)
    for (const c of row.cells) {
      if (r < r1) r1 = r;
      if (r > r2) r2 = r;
      if (c.col < c1) c1 = c.col;
      if (c.col > c2) c2 = c.col;
    }
  const ref = r2 ? (r1 === r2 && c1 === c2 ? a1(r1, c1) : `${a1(r1, c1)}:${a1(r2, c2)}`) : "A1";
  return `<${prefix ? `${prefix}:` : ""}dimension ref="${ref}"/>`;
}

/**
 * The original rows with the roll-up's columns 1..owned replaced by the new table. Below the new table
 * those columns are cleared (values go, cell formats stay), as the add-in clears a shorter table.
 */
function mergeRows(
  old: Map<number, Row>,
  fresh: Map<number, Row>,
  height: number,
  owned: number,
  prefix: string,
): Map<number, Row> {
  const p = prefix ? `${prefix}:` : "";
  const out = new Map<number, Row>();
  const kept: Cell[] = [];
  for (const [r, row] of old) {
    const cells: Cell[] = [];
    for (const c of row.cells) {
      if (c.col > owned) {
        cells.push(c);
        kept.push(c);
        continue;
      }
      if (r <= height) continue;
      const s = attr(openTag(c.text, rootOf(c.text)), "s");
      if (s && s !== "0") cells.push({ col: c.col, text: `<${p}c r="${a1(r, c.col)}" s="${s}"/>` });
    }
    out.set(r, { tag: row.tag, cells });
  }
  dropOrphanFormulas(kept);
  for (const [r, row] of fresh) {
    const mine = out.get(r);
    if (!mine) {
      out.set(r, { tag: row.tag, cells: [...row.cells] });
      continue;
    }
    const ht = attr(row.tag, "ht");
    if (ht !== undefined) mine.tag = setAttr(setAttr(mine.tag, "ht", ht), "customHeight", "1");
    mine.cells.push(...row.cells);
  }
  return out;
}

// ---------------------------------------------------------------- moving notes and hyperlinks

type Move = (ref: string) => string | null;

/** A reference in the owned columns on a row that moved gets the new row; null when its row is gone. */
function mover(owned: number, rowMap: Map<number, number | null>): Move {
  return (ref) => {
    const [a, b] = ref.split(":");
    const p = parseRef(a);
    const q = b === undefined ? p : parseRef(b);
    if (!p || !q || p.col > owned || q.col > owned) return ref;
    const m = rowMap.get(p.row);
    if (m === undefined) return ref;
    if (m === null) return null;
    if (b === undefined) return a1(m, p.col);
    const n = rowMap.get(q.row);
    if (typeof n !== "number" || n - m !== q.row - p.row) return ref;
    return `${a1(m, p.col)}:${a1(n, q.col)}`;
  };
}

type Resize = (ref: string) => string;

/** A range over the owned columns starting on the table's header row gets the table's new length. */
function resizer(owned: number, table: { headerRow: number; lastRow: number }): Resize {
  return (ref) => {
    const [a, b] = ref.split(":");
    const p = parseRef(a);
    const q = b === undefined ? undefined : parseRef(b);
    if (!p || !q || p.row !== table.headerRow || q.col > owned) return ref;
    return `${a1(p.row, p.col)}:${a1(Math.max(table.lastRow, p.row + 1), q.col)}`;
  };
}

/** `text` with the ref attribute of its first tag (or of every autoFilter tag in it, `inner`) resized. */
function resizeRef(text: string, resize: Resize, inner = false): string {
  const re = inner ? /(<(?:[\w.-]+:)?autoFilter\b[^>]*?\sref=")([^"]*)(")/g : /^(<[^>]*?\sref=")([^"]*)(")/;
  return text.replace(re, (_, a: string, ref: string, b: string) => `${a}${resize(ref)}${b}`);
}

/** Decides each old reference's new one; a reference already taken by an earlier one is dropped. */
function decide(refs: string[], move: Move): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const taken = new Set<string>();
  for (const ref of refs) {
    if (out.has(ref)) continue;
    const to = move(ref);
    const key = to?.toUpperCase();
    if (key === undefined || taken.has(key)) out.set(ref, null);
    else {
      taken.add(key);
      out.set(ref, to);
    }
  }
  return out;
}

/** `el` with its children's "ref" moved (a child whose cell is gone goes); undefined when unchanged. */
function moveRefs(
  xml: string,
  el: Element,
  moves: Map<string, string | null>,
): { text: string; count: number } | undefined {
  let changed = false;
  const kept: string[] = [];
  for (const k of kids(xml, el)) {
    const tag = openTag(xml, k);
    const ref = attr(tag, "ref");
    const to = ref === undefined ? ref : moves.get(ref);
    if (ref === undefined || to === ref || to === undefined) {
      kept.push(textOf(xml, k));
      continue;
    }
    changed = true;
    if (to !== null) kept.push(setAttr(tag, "ref", to) + xml.slice(k.openEnd, k.end));
  }
  if (!changed) return undefined;
  return { text: listEdit(xml, el, kept, { replace: true }).text, count: kept.length };
}

/** Legacy (VML) note shapes follow their comment: x:Row and the anchor rows shift, gone shapes go. */
function moveVml(vml: string, moves: Map<string, string | null>, move: Move): string {
  return vml.replace(/<([\w.-]+):shape\b[\s\S]*?<\/\1:shape>/g, (shape) => {
    const row = /<([\w.-]+):Row>\s*(\d+)\s*<\/\1:Row>/.exec(shape);
    const col = /<([\w.-]+):Column>\s*(\d+)\s*<\/\1:Column>/.exec(shape);
    if (!row || !col || !/ObjectType\s*=\s*["']Note["']/.test(shape)) return shape;
    const ref = a1(Number(row[2]) + 1, Number(col[2]) + 1);
    const to = moves.has(ref) ? moves.get(ref) : move(ref);
    if (to === undefined || to === ref) return shape;
    if (to === null) return "";
    const delta = parseRef(to)!.row - 1 - Number(row[2]);
    return shape
      .replace(row[0], row[0].replace(/\d+/, String(Number(row[2]) + delta)))
      .replace(/(<([\w.-]+):Anchor>)([^<]*)(<\/\2:Anchor>)/, (_, open, _p, list: string, close) => {
        const n = list.split(",").map((x) => x.trim());
        if (n.length === 8) {
          n[2] = String(Number(n[2]) + delta);
          n[6] = String(Number(n[6]) + delta);
        }
        return `${open}${n.join(", ")}${close}`;
      });
  });
}

// ---------------------------------------------------------------- sheets

interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  part: string;
  type: string;
  state?: "hidden" | "veryHidden";
}

interface Piece {
  /** The element's local name ("" for one the schema order does not name). */
  local: string;
  rank: number;
  text: string;
}

interface Sheet {
  head: string;
  tail: string;
  prefix: string;
  pieces: (Piece & { el: Element })[];
}

const rankOf = (local: string) => SHEET_ORDER.indexOf(local);

function readSheet(xml: string): Sheet {
  const root = rootOf(xml);
  if (root.selfClosing) throw new Error("empty worksheet part");
  const prefix = root.prefix;
  let rank = -0.5;
  const pieces = kids(xml, root).map((el) => {
    const local = el.prefix === prefix && rankOf(el.local) >= 0 ? el.local : "";
    // An element the order does not name (mc:AlternateContent…) stays right after its neighbour.
    rank = local ? rankOf(local) : Math.floor(rank) + 0.5;
    return { el, local, rank, text: textOf(xml, el) };
  });
  return { head: xml.slice(0, root.openEnd), tail: xml.slice(root.innerEnd), prefix, pieces };
}

function writeSheet(sheet: Sheet, pieces: Piece[]): string {
  const sorted = pieces.map((p, i) => ({ ...p, i })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  return sheet.head + sorted.map((p) => p.text).join("") + sheet.tail;
}

/** Combines two list elements of one kind (mergeCells, dataValidations) into the first. */
function combined(first: string, second: string): string {
  const a = rootOf(first);
  const b = rootOf(second);
  const items = kids(second, b).map((k) => textOf(second, k));
  return listEdit(first, a, items, { count: kids(first, a).length + items.length }).text;
}

const maxOf = (values: Iterable<number>, start = 0) => {
  let m = start;
  for (const v of values) if (v > m) m = v;
  return m;
};

class Transplant {
  /** New text of changed parts, by path. */
  private readonly edits = new Map<string, string>();
  private wbPart = "";
  private wbXml = "";
  private wbRelsXml = "";
  private wbRels: Rel[] = [];
  private sheets: SheetEntry[] = [];
  private readonly addedSheets: SheetEntry[] = [];
  private readonly titles: { localIndex: number; ref: string }[] = [];
  private readonly replaced: { sheetId: number; owned?: number }[] = [];
  private styles!: Styles;
  private stylesPart = "";
  private scratchStrings: string[] = [];
  private readonly scratchSheets = new Map<string, string>();
  private readonly scratchTitles = new Map<string, string>();

  constructor(
    private readonly pkg: Zip,
    private readonly scratch: Zip,
  ) {}

  private async text(path: string): Promise<string | undefined> {
    return this.edits.get(path) ?? (await this.pkg.read(path));
  }

  private put(path: string, text: string): void {
    this.edits.set(path, text);
  }

  async load(): Promise<void> {
    const office = relOfType(relsOf(await this.pkg.read("_rels/.rels"), ""), "/officeDocument");
    const wbXml = office && (await this.pkg.read(office.part));
    if (!office || !wbXml) throw new Error("no workbook part");
    this.wbPart = office.part;
    this.wbXml = wbXml;
    this.wbRelsXml = (await this.pkg.read(relsPathOf(this.wbPart))) ?? "";
    this.wbRels = relsOf(this.wbRelsXml, this.wbPart);
    const r = prefixFor(wbXml, NS.rel) || "r";
    const sheetsEl = kids(wbXml, rootOf(wbXml)).find((e) => e.local === "sheets");
    this.sheets = (sheetsEl ? kids(wbXml, sheetsEl) : [])
      .filter((e) => e.local === "sheet")
      .map((e) => {
        const a = attributes(openTag(wbXml, e));
        const rid = a.get(`${r}:id`) ?? "";
        const rel = this.wbRels.find((x) => x.id === rid);
        return {
          name: a.get("name") ?? "",
          sheetId: Number(a.get("sheetId")),
          rid,
          part: rel?.part ?? "",
          type: rel?.type ?? "",
        };
      });
    await this.loadScratch();

    const stylesRel = relOfType(this.wbRels, "/styles");
    const scratchStyles = (await this.scratch.read("xl/styles.xml"))!;
    const stylesXml = stylesRel && (await this.pkg.read(stylesRel.part));
    if (stylesRel && stylesXml) {
      this.stylesPart = stylesRel.part;
      this.styles = new Styles(stylesXml, rootOf(stylesXml).prefix, scratchStyles);
      return;
    }
    // No styles part at all: the scratch one becomes the workbook's, its indexes unchanged.
    this.stylesPart = `${dirOf(this.wbPart)}styles.xml`;
    this.styles = new IdentityStyles(scratchStyles);
    this.put(this.stylesPart, scratchStyles);
    this.addRel(`${NS.rel}/styles`, "styles.xml");
    await this.addOverride(
      this.stylesPart,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
    );
  }

  /** The rendered sheets, their shared strings and print titles (ExcelJS's own, unprefixed layout). */
  private async loadScratch(): Promise<void> {
    const rels = relsOf(await this.scratch.read("xl/_rels/workbook.xml.rels"), "xl/workbook.xml");
    const wb = (await this.scratch.read("xl/workbook.xml"))!;
    const strings = await this.scratch.read("xl/sharedStrings.xml");
    if (strings)
      this.scratchStrings = kids(strings, rootOf(strings))
        .filter((e) => e.local === "si")
        .map((e) => strings.slice(e.openEnd, e.innerEnd));
    const top = kids(wb, rootOf(wb));
    const names: string[] = [];
    for (const e of kids(wb, top.find((x) => x.local === "sheets")!)) {
      const a = attributes(openTag(wb, e));
      const rel = rels.find((x) => x.id === a.get("r:id"))!;
      const name = a.get("name") ?? "";
      names.push(name);
      this.scratchSheets.set(name, (await this.scratch.read(rel.part))!);
      if (this.scratch.find(relsPathOf(rel.part)))
        throw new Error(`rendered sheet ${name} has relationships`);
    }
    const defined = top.find((x) => x.local === "definedNames");
    for (const e of defined ? kids(wb, defined) : []) {
      const a = attributes(openTag(wb, e));
      const local = a.get("localSheetId");
      if (a.get("name") === "_xlnm.Print_Titles" && local !== undefined)
        this.scratchTitles.set(names[Number(local)], unescapeXml(wb.slice(e.openEnd, e.innerEnd)));
    }
  }

  private addRel(type: string, target: string): string {
    const ids = new Set(this.wbRels.map((x) => x.id));
    let n = this.wbRels.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    if (!this.wbRelsXml)
      this.wbRelsXml =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
    const root = rootOf(this.wbRelsXml);
    const entry = withPrefix(
      `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`,
      root.prefix,
    );
    this.wbRelsXml = splice(this.wbRelsXml, [listEdit(this.wbRelsXml, root, [entry])]);
    this.wbRels.push({ id, type, part: resolveTarget(this.wbPart, target), external: false });
    this.put(relsPathOf(this.wbPart), this.wbRelsXml);
    return id;
  }

  private async addOverride(part: string, contentType: string): Promise<void> {
    const path = "[Content_Types].xml";
    const xml = (await this.text(path)) ?? "";
    const root = rootOf(xml);
    const name = `/${part}`;
    const known = kids(xml, root).some(
      (e) =>
        e.local === "Override" && attr(openTag(xml, e), "PartName")?.toLowerCase() === name.toLowerCase(),
    );
    if (known) return;
    const entry = withPrefix(
      `<Override PartName="${escapeXml(name)}" ContentType="${contentType}"/>`,
      root.prefix,
    );
    this.put(path, splice(xml, [listEdit(xml, root, [entry])]));
  }

  async place(plan: OwnedSheet): Promise<void> {
    const rendered = this.scratchSheets.get(plan.spec.name);
    if (!rendered) throw new Error(`sheet ${plan.spec.name} was not rendered`);
    const existing = this.sheets.find((s) => foldKey(s.name) === foldKey(plan.spec.name));
    if (!existing)
      return this.addSheet(plan.spec.name, rendered, plan.state ?? (plan.spec.hidden ? "hidden" : undefined));
    if (!existing.type.endsWith("/worksheet")) throw new Error(`${existing.name} is not a worksheet`);
    const xml = await this.text(existing.part);
    if (xml === undefined) throw new Error(`missing part ${existing.part}`);
    const sheet = readSheet(xml);
    const pieces =
      plan.ownedColumns === undefined
        ? this.wholeSheet(sheet, rendered, existing, plan.spec.name)
        : await this.mergedSheet(sheet, xml, rendered, existing, plan, plan.ownedColumns);
    this.put(existing.part, writeSheet(sheet, pieces));
  }

  /**
   * A sheet whose every cell is the command's: the rendered sheet (cells, layout, merges, colours,
   * validations), keeping the file's protection, drawings, notes and other relationship holders.
   */
  private wholeSheet(sheet: Sheet, rendered: string, existing: SheetEntry, name: string): Piece[] {
    const fresh = scratchRows(rendered, this.scratchStrings, this.styles, sheet.prefix);
    const pieces: Piece[] = sheet.pieces.filter((p) => !(p.local && RENDERED.has(p.local)));
    const selected = /<(?:[\w.-]+:)?sheetView\b[^>]*\stabSelected="(?:1|true)"/.test(
      sheet.pieces.find((p) => p.local === "sheetViews")?.text ?? "",
    );
    for (const p of readSheet(rendered).pieces.filter((x) => RENDERED.has(x.local))) {
      let text = p.local === "sheetData" ? rowsXml(fresh, sheet.prefix) : this.rendered(p.text, sheet.prefix);
      // The tab stays the selected one when it was (workbook.xml's activeTab still points at it).
      if (p.local === "sheetViews" && selected)
        text = text.replace(/<((?:[\w.-]+:)?sheetView)\b((?:[^>"']|"[^"]*")*?)(\/?)>/, (tag, n, a, close) =>
          /\stabSelected=/.test(a) ? tag : `<${n}${a} tabSelected="1"${close}>`,
        );
      pieces.push({ ...p, text });
    }
    this.replaced.push({ sheetId: existing.sheetId });
    this.addTitles(existing.name, this.sheets.indexOf(existing), name);
    return pieces;
  }

  /**
   * A sheet of which only columns 1..owned are the command's: the file's sheet with the new cells
   * merged in; notes and hyperlinks on those columns follow their row, a table or filter over them
   * follows the table's new length.
   */
  private async mergedSheet(
    sheet: Sheet,
    xml: string,
    rendered: string,
    existing: SheetEntry,
    plan: OwnedSheet,
    owned: number,
  ): Promise<Piece[]> {
    const fresh = scratchRows(rendered, this.scratchStrings, this.styles, sheet.prefix);
    const sheetData = sheet.pieces.find((p) => p.local === "sheetData")?.el;
    const rows = mergeRows(readRows(xml, sheetData), fresh, plan.spec.values.length, owned, sheet.prefix);
    const move = plan.rowMap && mover(owned, plan.rowMap);
    const resize = plan.table && resizer(owned, plan.table);
    const pieces: Piece[] = [];
    for (const p of sheet.pieces) {
      if (p.local === "sheetData" || p.local === "dimension") continue;
      if (move && p.local === "hyperlinks") {
        const refs = kids(xml, p.el).map((k) => attr(openTag(xml, k), "ref") ?? "");
        const moved = moveRefs(xml, p.el, decide(refs, move));
        if (!moved) pieces.push(p);
        else if (moved.count) pieces.push({ ...p, text: moved.text });
        continue;
      }
      if (resize && p.local === "autoFilter") {
        pieces.push({ ...p, text: resizeRef(p.text, resize) });
        continue;
      }
      pieces.push(p);
    }
    pieces.push({ local: "dimension", rank: rankOf("dimension"), text: dimensionXml(rows, sheet.prefix) });
    pieces.push({ local: "sheetData", rank: rankOf("sheetData"), text: rowsXml(rows, sheet.prefix) });
    // The rendered table's own merges, colours and dropdowns (none today) join the sheet's.
    for (const p of readSheet(rendered).pieces) {
      if (p.local !== "mergeCells" && p.local !== "conditionalFormatting" && p.local !== "dataValidations")
        continue;
      const text = this.rendered(p.text, sheet.prefix);
      const same = p.local === "conditionalFormatting" ? -1 : pieces.findIndex((x) => x.local === p.local);
      if (same >= 0) pieces[same] = { ...pieces[same], text: combined(pieces[same].text, text) };
      else pieces.push({ ...p, text });
    }
    this.replaced.push({ sheetId: existing.sheetId, owned });
    if (move) await this.moveNotes(existing.part, move);
    if (resize) await this.resizeTables(existing.part, resize);
    return pieces;
  }

  /** Tables (ListObjects) over the owned columns' table get its new length. */
  private async resizeTables(part: string, resize: Resize): Promise<void> {
    for (const rel of relsOf(await this.pkg.read(relsPathOf(part)), part)) {
      if (!rel.type.endsWith("/table")) continue;
      const xml = await this.pkg.read(rel.part);
      if (!xml) continue;
      const root = rootOf(xml);
      const tag = openTag(xml, root);
      // A totals row would land inside the new entries: such a table is left as it is.
      if (Number(attr(tag, "totalsRowCount") ?? 0) > 0) continue;
      const out = resizeRef(tag, resize) + resizeRef(xml.slice(root.openEnd, root.end), resize, true);
      if (out !== textOf(xml, root))
        this.put(rel.part, splice(xml, [{ start: root.start, end: root.end, text: out }]));
    }
  }

  /** A rendered element for a part written with `prefix`: dxf ids remapped, foreign attributes dropped. */
  private rendered(text: string, prefix: string): string {
    const remapped = text.replace(/\sdxfId="(\d+)"/g, (_, i) => ` dxfId="${this.styles.dxf(Number(i))}"`);
    return withPrefix(stripPrefixed(remapped), prefix);
  }

  /** Comments, their VML shapes and threaded comments of a sheet follow the rows that moved. */
  private async moveNotes(part: string, move: Move): Promise<void> {
    const rels = relsOf(await this.pkg.read(relsPathOf(part)), part);
    let moves = new Map<string, string | null>();
    const commentsRel = relOfType(rels, "/comments");
    const comments = commentsRel && (await this.pkg.read(commentsRel.part));
    const list = comments
      ? kids(comments, rootOf(comments)).find((e) => e.local === "commentList")
      : undefined;
    if (commentsRel && comments && list) {
      moves = decide(
        kids(comments, list).map((k) => attr(openTag(comments, k), "ref") ?? ""),
        move,
      );
      const moved = moveRefs(comments, list, moves);
      if (moved)
        this.put(
          commentsRel.part,
          splice(comments, [{ start: list.start, end: list.end, text: moved.text }]),
        );
    }
    const vmlRel = relOfType(rels, "/vmlDrawing");
    const vml = vmlRel && (await this.pkg.read(vmlRel.part));
    if (vmlRel && vml) {
      const moved = moveVml(vml, moves, move);
      if (moved !== vml) this.put(vmlRel.part, moved);
    }
    for (const rel of rels.filter((x) => x.type.endsWith("/threadedComment"))) {
      const xml = await this.pkg.read(rel.part);
      if (!xml) continue;
      const root = rootOf(xml);
      // Replies share their thread's cell: decide per cell, as the note of that cell went.
      const refs = [...new Set(kids(xml, root).map((k) => attr(openTag(xml, k), "ref") ?? ""))];
      const cells = decide(refs, (ref) => (moves.has(ref) ? (moves.get(ref) ?? null) : move(ref)));
      const moved = moveRefs(xml, root, cells);
      if (moved) this.put(rel.part, splice(xml, [{ start: root.start, end: root.end, text: moved.text }]));
    }
  }

  /** The rendered sheet's print titles (its frozen header rows), unless the file names some already. */
  private addTitles(name: string, localIndex: number, rendered: string): void {
    const titles = this.scratchTitles.get(rendered);
    if (titles === undefined) return;
    const wb = this.wbXml;
    const defined = kids(wb, rootOf(wb)).find((e) => e.local === "definedNames");
    const known = (defined ? kids(wb, defined) : []).some((e) => {
      const a = attributes(openTag(wb, e));
      return (
        a.get("name")?.toLowerCase() === "_xlnm.print_titles" && a.get("localSheetId") === String(localIndex)
      );
    });
    if (known) return;
    const ref = titles.replace(/^(?:'(?:[^']|'')*'|[^!]*)!/, `'${name.replace(/'/g, "''")}'!`);
    this.titles.push({ localIndex, ref });
  }

  private async addSheet(name: string, rendered: string, state?: "hidden" | "veryHidden"): Promise<void> {
    const scratch = readSheet(rendered);
    const fresh = scratchRows(rendered, this.scratchStrings, this.styles, "");
    const pieces = scratch.pieces.map((p) => ({
      ...p,
      text: p.local === "sheetData" ? rowsXml(fresh, "") : this.rendered(p.text, ""),
    }));
    const dir = `${dirOf(this.wbPart)}worksheets/`;
    let n = 1;
    while (this.pkg.find(`${dir}sheet${n}.xml`) || this.edits.has(`${dir}sheet${n}.xml`)) n++;
    const part = `${dir}sheet${n}.xml`;
    // The rendered part keeps its own root (namespaces, mc:Ignorable); only its styles are remapped.
    this.put(part, writeSheet(scratch, pieces));
    const rid = this.addRel(WORKSHEET_TYPE, part.slice(dirOf(this.wbPart).length));
    await this.addOverride(part, WORKSHEET_CONTENT);
    const entry = {
      name,
      sheetId: maxOf(this.sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0))) + 1,
      rid,
      part,
      type: WORKSHEET_TYPE,
      state,
    };
    this.sheets.push(entry);
    this.addedSheets.push(entry);
    this.addTitles(name, this.sheets.length - 1, name);
  }

  /** workbook.xml with the new sheets and print titles appended; undefined when unchanged. */
  private workbookXml(): string | undefined {
    const wb = this.wbXml;
    const root = rootOf(wb);
    const p = root.prefix ? `${root.prefix}:` : "";
    const declared = prefixFor(wb, NS.rel);
    const r = declared || "r";
    const xmlns = declared ? "" : ` xmlns:r="${NS.rel}"`;
    const top = kids(wb, root);
    const edits: Edit[] = [];
    if (this.addedSheets.length) {
      const sheets = top.find((e) => e.local === "sheets");
      if (!sheets) throw new Error("workbook without a sheet list");
      const entries = this.addedSheets.map(
        (s) =>
          `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${s.state ? ` state="${s.state}"` : ""}${xmlns} ${r}:id="${s.rid}"/>`,
      );
      edits.push(listEdit(wb, sheets, entries));
    }
    if (this.titles.length) {
      const names = this.titles.map(
        (t) =>
          `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${t.localIndex}">${escapeXml(t.ref)}</${p}definedName>`,
      );
      const defined = top.find((e) => e.local === "definedNames");
      edits.push(
        defined
          ? listEdit(wb, defined, names)
          : insertChild(
              wb,
              root,
              "definedNames",
              `<${p}definedNames>${names.join("")}</${p}definedNames>`,
              WORKBOOK_ORDER,
            ),
      );
    }
    return edits.length ? splice(wb, edits) : undefined;
  }

  /** calcChain.xml (a cache Excel rebuilds) without the cells the roll-up replaced. */
  private async pruneCalcChain(): Promise<void> {
    const rel = relOfType(this.wbRels, "/calcChain");
    const xml = rel && (await this.pkg.read(rel.part));
    if (!rel || !xml) return;
    const root = rootOf(xml);
    let sheet: string | undefined;
    let keptSheet: string | undefined;
    let changed = false;
    const kept: string[] = [];
    for (const c of kids(xml, root)) {
      const tag = openTag(xml, c);
      sheet = attr(tag, "i") ?? sheet;
      const col = parseRef(attr(tag, "r") ?? "")?.col ?? 0;
      const hit = this.replaced.find((x) => String(x.sheetId) === sheet);
      if (hit && (hit.owned === undefined || col <= hit.owned)) {
        changed = true;
        continue;
      }
      // "i" (the sheet) is inherited from the entry before: say it where that entry is gone.
      const own = attr(tag, "i") === undefined && sheet !== undefined && sheet !== keptSheet;
      kept.push(own ? setAttr(tag, "i", sheet) + xml.slice(c.openEnd, c.end) : textOf(xml, c));
      keptSheet = sheet;
    }
    if (!changed) return;
    if (kept.length) {
      this.put(rel.part, splice(xml, [listEdit(xml, root, kept, { replace: true })]));
      return;
    }
    // Nothing left (an empty chain is invalid): the part goes, with its relationship and content type.
    this.pkg.remove(rel.part);
    const rels = this.wbRelsXml;
    const relEl = kids(rels, rootOf(rels)).find((e) => attr(openTag(rels, e), "Id") === rel.id);
    if (relEl) this.wbRelsXml = splice(rels, [{ start: relEl.start, end: relEl.end, text: "" }]);
    this.put(relsPathOf(this.wbPart), this.wbRelsXml);
    const types = (await this.text("[Content_Types].xml")) ?? "";
    const override = kids(types, rootOf(types)).find(
      (e) => attr(openTag(types, e), "PartName")?.toLowerCase() === `/${rel.part}`.toLowerCase(),
    );
    if (override)
      this.put(
        "[Content_Types].xml",
        splice(types, [{ start: override.start, end: override.end, text: "" }]),
      );
  }

  async finish(): Promise<void> {
    const styles = this.styles.text();
    if (styles !== undefined) this.put(this.stylesPart, styles);
    const wb = this.workbookXml();
    if (wb !== undefined) this.put(this.wbPart, wb);
    await this.pruneCalcChain();
    for (const [path, text] of this.edits) this.pkg.write(path, text);
  }
}

/** Styles for a package that had no styles part: the scratch one is used as it is. */
class IdentityStyles extends Styles {
  constructor(scratchXml: string) {
    super(scratchXml, "", scratchXml);
  }
  override xf(i: number): number {
    return i;
  }
  override dxf(i: number): number {
    return i;
  }
  override text(): string | undefined {
    return undefined;
  }
}

/**
 * The package `original` with `sheets` written into it (see the file comment). Throws XlsxFileError
 * "corrupt" (naming `path`) when `original` is not a zip.
 */
export async function transplantSheets(
  original: Uint8Array,
  sheets: OwnedSheet[],
  path = "",
  /** The package's lists sheet (values), when the sheets' dropdowns may need long lists. */
  lists?: unknown[][],
): Promise<Buffer> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(original);
  } catch (e) {
    throw new XlsxFileError("corrupt", path, e instanceof Error ? e.message : String(e));
  }
  const rendered = specsWorkbook(
    sheets.map((s) => s.spec),
    listColumns(lists),
  );
  if (rendered.worksheets.length !== sheets.length) {
    // New long lists: the package's lists sheet is rewritten with its old columns in place.
    if (lists === undefined) throw new Error("rendered sheets need a lists sheet");
    const name = rendered.worksheets[rendered.worksheets.length - 1].name;
    sheets = [...sheets, { spec: { ...emptySpec(name, [[""]]) }, state: "veryHidden" }];
  }
  const scratch = await JSZip.loadAsync((await rendered.xlsx.writeBuffer()) as ArrayBuffer);
  const t = new Transplant(new Zip(zip), new Zip(scratch));
  await t.load();
  for (const s of sheets) await t.place(s);
  await t.finish();
  // Charts last, on the finished package: a sheet the command owns whole and whose spec says which
  // charts it has gets its drawing replaced; a spec without `charts` leaves the sheet's drawing as is.
  const charted = sheets
    .filter((s) => s.ownedColumns === undefined && s.spec.charts !== undefined)
    .map((s) => ({ name: s.spec.name, charts: s.spec.charts ?? [], values: s.spec.values }));
  if (charted.length) await writeChartsInto(zip, charted);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/**
 * The roll-up's sheets as `transplantSheets` takes them: Tổng hợp whole, Lịch sử công nhận as its
 * table columns A–E (the rest of that sheet is the user's).
 */
export function rollupSheets(specs: SheetSpec[], values: WorkbookValues): OwnedSheet[] {
  return specs.map((spec) => {
    if (foldKey(spec.name) !== foldKey(SHEET.history)) return { spec };
    const old = valuesOf(values, SHEET.history);
    return {
      spec,
      ownedColumns: spec.values[0]?.length ?? 5,
      rowMap: old ? historyRowMap(old, spec.values) : undefined,
      table: { headerRow: DATA_ROW - 1, lastRow: historyTableEnd(spec.values) },
    };
  });
}

/**
 * `tdp rollup --write`: the roll-up's sheets (`specs`: Tổng hợp, and Lịch sử unless its history is held)
 * written into a copy of `source`'s package, or into `source` itself; `values` are `source`'s.
 */
export async function writeRollupInto(
  source: string,
  target: string,
  specs: SheetSpec[],
  values: WorkbookValues,
): Promise<void> {
  await writeSheetsInto(source, target, rollupSheets(specs, values), values);
}

/**
 * `tdp setup` / `tdp collect`: whole sheets (ward tabs, hidden service sheets) and the roll-up's
 * written into a copy of `source`'s package, or into `source` itself; `values` are `source`'s (its
 * lists sheet keeps its columns, so the dropdowns of tabs not rewritten still work).
 */
export async function writeSheetsInto(
  source: string,
  target: string,
  sheets: OwnedSheet[],
  values: WorkbookValues,
): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(source);
  } catch (e) {
    throw new XlsxFileError("notReadable", source, (e as NodeJS.ErrnoException).code ?? String(e));
  }
  const lists = valuesOf(values, XLSX.listsSheet) ?? [];
  const out = await transplantSheets(bytes, sheets, source, lists);
  await writeBytes(target, out);
}
