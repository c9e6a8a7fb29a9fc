/**
 * The roll-up report as a Word file laid out like an administrative document (Nghị định 30/2020/NĐ-CP):
 * A4 portrait, Times New Roman 14 (13 in tables), margins 2/2/3/1.5 cm, justified paragraphs indented 1 cm.
 * Content: title, the paste-ready paragraphs, the per-ward table of Tổng hợp and the years against targets.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type IRunOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Report, YearRow } from "../core/report";
import { DOCX } from "../core/text/docx";
import { tenthsToVi } from "../core/text/format";
import { SUMMARY } from "../core/text/sheets";
import { annexRows } from "../core/workbook/annex";
import { type SummaryWardRole, summaryWardLayout } from "../core/workbook/layout";

/** Twips (1/1440 inch; 1 cm ≈ 567). */
const cm = (x: number) => Math.round((x * 1440) / 2.54);

export const PAGE = {
  /** A4 portrait in twips, as Word writes it. */
  width: 11906,
  height: 16838,
  margin: { top: cm(2), bottom: cm(2), left: cm(3), right: cm(1.5) },
} as const;
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

const FONT = "Times New Roman";
/** Half-points. */
export const SIZE = { body: 28, table: 26 } as const;

/** Every run carries its font and size, so a paragraph pasted into another document keeps them. */
const run = (text: string, size: number, opts: Omit<IRunOptions, "text"> = {}) =>
  new TextRun({ text, font: FONT, size, language: { value: "vi-VN" }, ...opts });

/** A body paragraph: justified, first line indented 1 cm, 6 pt after. */
const body = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: cm(1) },
    spacing: { after: 120 },
    children: [run(text, SIZE.body)],
  });

const title = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [run(text.toLocaleUpperCase("vi"), SIZE.body, { bold: true })],
  });

/** A table's caption, kept on the page of the table. */
const caption = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 240, after: 120 },
    children: [run(text, SIZE.body, { bold: true })],
  });

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

interface Cell {
  text: string;
  /** Numbers are centred; names are left. */
  align?: "left" | "center";
}

function cell(c: Cell, width: number, bold: boolean, keepNext = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    // Narrow side margins: eleven columns of 13 pt words ("Được", "Không") fit 16.5 cm only so.
    margins: { top: 40, bottom: 40, left: 40, right: 40 },
    children: [
      new Paragraph({
        alignment: c.align === "left" ? AlignmentType.LEFT : AlignmentType.CENTER,
        keepNext,
        children: [run(c.text, SIZE.table, { bold })],
      }),
    ],
  });
}

interface TableOptions {
  boldRows?: Set<number>;
  /** Keep the whole table on one page (a short table: no row left alone on the next page). */
  together?: boolean;
}

/** A bordered table of fixed column widths whose header row repeats on every page it runs over. */
function table(headers: readonly string[], rows: Cell[][], widths: number[], opts: TableOptions = {}): Table {
  const keep = (k: number) => Boolean(opts.together) && k < rows.length - 1;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((h, i) => cell({ text: h }, widths[i], true, Boolean(opts.together))),
  });
  const body = rows.map(
    (r, k) =>
      new TableRow({
        cantSplit: true,
        children: r.map((c, i) => cell(c, widths[i], opts.boldRows?.has(k) ?? false, keep(k))),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...body],
  });
}

const num = (n: number): Cell => ({ text: String(n) });
const pct = (p: number) => `${tenthsToVi(Math.round(p * 10))}%`;

/** Tổng hợp's section 1; a ward whose tab is missing or unreadable is noted by its name. */
function wardTable(r: Report): Table {
  const { columns } = summaryWardLayout(r.framework.wardWord, r.year, 1);
  const counts = (x: Report["totals"]): Record<Exclude<SummaryWardRole, "stt" | "ward">, Cell> => ({
    units: num(x.units),
    registered: num(x.registered),
    evaluated: num(x.evaluated),
    proposed: num(x.proposed),
    recognized: num(x.recognized),
    maintained: num(x.maintained),
    new: num(x.new),
    lost: num(x.lost),
    complete: { text: `${x.complete}/${x.expected}` },
  });
  const wardName = (w: Report["wards"][number]) => {
    const name = w.pilot ? SUMMARY.pilot(w.name) : w.name;
    if (w.tab === "ok") return name;
    return DOCX.withNote(name, w.tab === "missing" ? SUMMARY.tabMissing : SUMMARY.tabUnreadable);
  };
  const rows: Record<SummaryWardRole, Cell>[] = [
    ...r.wards.map((w, i) => ({
      stt: num(i + 1),
      ward: { text: wardName(w), align: "left" as const },
      ...counts(w),
    })),
    { stt: { text: "" }, ward: { text: SUMMARY.total, align: "left" }, ...counts(r.totals) },
  ];
  // Twips for 13 pt text: "STT" and "Không" (the widest header word) must not break inside the word.
  const fixed: Partial<Record<SummaryWardRole, number>> = { stt: 600, ward: 1900, lost: 880 };
  const fixedSum = Object.values(fixed).reduce((a, b) => a + b, 0);
  const rest = Math.floor((TEXT_WIDTH - fixedSum) / (columns.length - Object.keys(fixed).length));
  const widths = columns.map((c) => fixed[c.key] ?? rest);
  return table(
    columns.map((c) => c.label),
    rows.map((row) => columns.map((c) => row[c.key])),
    widths,
    { boldRows: new Set([rows.length - 1]) },
  );
}

/** The ward table's legend, as on Tổng hợp: 13 pt like the table, justified. */
const legend = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 60, after: 120 },
    children: [run(text, SIZE.table, { italics: true })],
  });

/** One row per year of report.years, then the period's target. */
function yearsTable(r: Report): Table {
  const yearRow = (y: YearRow): Cell[] => [
    { text: DOCX.year(y.year) },
    num(y.maintained),
    num(y.new),
    num(y.recognized),
    { text: y.target === null ? DOCX.none : String(y.target) },
    { text: y.percent === null ? DOCX.none : pct(y.percent) },
  ];
  const rows = r.years.map(yearRow);
  const period = r.targets.period;
  if (period)
    rows.push([
      { text: period.label, align: "left" },
      { text: "" },
      { text: "" },
      num(period.recognized),
      num(period.target),
      { text: pct(period.percent) },
    ]);
  if (!rows.length) rows.push([{ text: DOCX.noYears, align: "left" }, ...Array(5).fill({ text: "" })]);
  const first = TEXT_WIDTH - 5 * 1400;
  return table(DOCX.yearHeaders, rows, [first, 1400, 1400, 1400, 1400, 1400], { together: true });
}

/**
 * The annex of the recognition decision on a page of its own: DANH SÁCH, what it lists, "(Kèm theo
 * Quyết định số …)", then STT | unit | ward | duy trì / công nhận mới (as the Danh sách công nhận sheet).
 */
function annex(r: Report): (Paragraph | Table)[] {
  const { unitWord, wardWord, titleWord, placeWord } = r.framework;
  const rows: Cell[][] = annexRows(r).map((x) => [
    { text: String(x.stt) },
    { text: x.unit, align: "left" },
    { text: x.ward, align: "left" },
    { text: x.status },
  ]);
  if (!rows.length)
    rows.push([{ text: "" }, { text: SUMMARY.annexNone, align: "left" }, { text: "" }, { text: "" }]);
  const centred = (text: string, bold: boolean, pageBreakBefore = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore,
      keepNext: true,
      children: [run(text, SIZE.body, { bold, italics: !bold })],
    });
  const headers = SUMMARY.annexHeaders(unitWord, wardWord).slice(0, 4);
  return [
    centred(SUMMARY.annexTitle, true, true),
    centred(SUMMARY.annexSubtitle(unitWord, titleWord, r.year), true),
    centred(SUMMARY.annexDecision(placeWord), false),
    caption(""),
    table(headers, rows, [800, TEXT_WIDTH - 800 - 2600 - 1900, 2600, 1900]),
  ];
}

/** The paragraphs in reading order, blanks left out (a report of a year with nothing before it has no lead). */
export function paragraphTexts(r: Report): string[] {
  const p = r.paragraphs;
  return [p.headline, p.yearsLead, ...p.years, ...p.criteria, ...p.lost].filter((t) => t.trim() !== "");
}

/** Page number centred at the top from page 2 on (Nghị định 30: the first page has none). */
const pageNumber = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.table })],
      }),
    ],
  });

export function reportDocument(r: Report): Document {
  return new Document({
    title: r.title,
    creator: DOCX.creator,
    styles: {
      default: { document: { run: { font: FONT, size: SIZE.body, language: { value: "vi-VN" } } } },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...PAGE.margin, header: cm(1), footer: cm(1) },
          },
        },
        headers: { default: pageNumber(), first: new Header({ children: [] }) },
        children: [
          title(r.title),
          ...paragraphTexts(r).map(body),
          caption(DOCX.wardTable(r.framework.wardWord, r.year)),
          wardTable(r),
          legend(SUMMARY.wardLegend(r.framework.unitWord, r.framework.wardWord, r.year)),
          caption(DOCX.yearsTable),
          yearsTable(r),
          ...annex(r),
        ],
      },
    ],
  });
}

/** The .docx file's bytes. */
export function reportDocx(r: Report): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(r));
}
