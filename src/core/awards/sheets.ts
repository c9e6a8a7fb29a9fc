/**
 * The “Khen thưởng niên hạn” sheet (one row per tổ trưởng tổ dân phố / trưởng thôn) and the
 * “Phụ lục I” list built from it, as plain data (SheetSpec). Pure: no Apps Script globals.
 *
 * Layout of “Khen thưởng niên hạn” (rows and columns 1-based):
 *   1  title
 *   2  the criterion, quoted from Kế hoạch 71/KH-UBND mục II.6.a
 *   3  the two deadlines (01/10 ward list, 15/10 district file)
 *   4  B4 “Tính thời gian đến ngày:”  C4 the as-of date (blank = today)
 *   5  headers; F5:K5 (merged) “Thời gian giữ chức vụ …”
 *   6  under F5:K5: Từ ngày / Đến ngày three times
 *   7… one person per row:
 *      A STT · B Họ và tên · C Chức vụ (dropdown) · D Đơn vị · E Xã/phường ·
 *      F/G, H/I, J/K Từ ngày / Đến ngày (text: dd/mm/yyyy, mm/yyyy or yyyy; a Date cell also works) ·
 *      L Bị bãi nhiệm · M Đang bị kỷ luật hoặc đang xem xét xử lý kỷ luật · N Vi phạm pháp luật ·
 *      O Đã được tặng Bằng khen niên hạn · P Đã từ trần (Có/Không dropdowns) · Q Ghi chú ·
 *      R, S: =TDP_NIEN_HAN and =TDP_DU_DIEU_KIEN_NIEN_HAN, one array formula each in row 7.
 * The headers are TENURE_LAYOUT and TENURE_PERIOD_LAYOUT (core/workbook/layout.ts), Phụ lục I's
 * TENURE_LIST_LAYOUT. Reading goes by header text, not by position, so inserted columns (a fourth
 * Từ ngày / Đến ngày pair, say) keep working.
 */
import { a1 } from "../a1";
import type { Problem } from "../problem";
import { cleanText, foldKey } from "../text";
import { AWARD } from "../text/awards";
import { AWARD_WORDS } from "../vocabulary";
import { literal, range } from "../workbook/formula";
import {
  columnOf,
  type FoundTable,
  findTable,
  isHeader,
  type ListRole,
  lastCol,
  sheetWidths,
  TENURE_LAYOUT,
  TENURE_LIST_LAYOUT,
  TENURE_PERIOD_LAYOUT,
  TENURE_PERIODS,
  type TenureRole,
  textColumns,
  writeHeaders,
} from "../workbook/layout";
import {
  type Block,
  type CellValue,
  COLORS,
  type RowHeight,
  type SheetSpec,
  type ValidationRule,
} from "../workbook/spec";
import { type DayNumber, formatDay, quoteValue, readDate } from "./dates";
import { assessTenure, formatSpan, type ReadPeriod, type TenureInput, type TenureResult } from "./tenure";

const H = AWARD_WORDS.tenureHeaders;
const L = TENURE_LAYOUT;
export const TENURE_HEADER_ROW = L.headerRow;
export const TENURE_FIRST_DATA_ROW = L.firstDataRow;
export { TENURE_PERIODS };
/** Rows prepared with dropdowns and text format; people can be added below too. */
export const TENURE_DATA_ROWS = 200;
export const TENURE_WIDTH = lastCol(L);
/** The as-of date cell, C4, right of its label in B4. */
const AS_OF = { row: 4, col: 3 };

const FLAGS = ["dismissed", "discipline", "violation", "awarded", "deceased"] as const;
const col = (role: TenureRole) => columnOf(L, role);

/** A sheet made for paper: its spec carries merges, centred and bordered blocks and row heights. */
export interface PrintSheet {
  spec: SheetSpec;
}

function grid(rows: number, cols: number): CellValue[][] {
  return Array.from({ length: rows }, () => Array<CellValue>(cols).fill(""));
}

/** The empty “Khen thưởng niên hạn” sheet. */
export function tenureSheetSpec(): PrintSheet {
  const values = tenureValues();
  const { bold, backgrounds } = tenureStyles(values);
  const spec: SheetSpec = {
    name: AWARD_WORDS.tenureSheet,
    values,
    formulas: tenureFormulas(),
    validations: tenureValidations(),
    backgrounds,
    bold,
    // Dates stay as typed (dd/mm/yyyy is not re-read in the spreadsheet's locale); C4 (as-of) too.
    textColumns: [AS_OF.col, ...textColumns(TENURE_PERIOD_LAYOUT)],
    wrapColumns: [],
    merges: tenureMerges(),
    bordered: [{ row: TENURE_HEADER_ROW, col: 1, numRows: 2, numCols: TENURE_WIDTH }],
    rowHeights: [{ row: TENURE_HEADER_ROW + 1, height: 24 }],
    alignMiddle: true,
    frozenRows: TENURE_FIRST_DATA_ROW - 1,
    frozenCols: 2,
    columnWidths: sheetWidths([L, TENURE_PERIOD_LAYOUT]),
    tabColor: "#b45f06",
  };
  return { spec };
}

/** The sheet's text: title, criterion, deadlines, the as-of label and hint, the two header rows. */
function tenureValues(): CellValue[][] {
  const height = TENURE_FIRST_DATA_ROW - 1 + TENURE_DATA_ROWS;
  const values = grid(height, TENURE_WIDTH);
  values[0][0] = AWARD.tenureTitle;
  values[1][0] = AWARD.tenureCriterion;
  values[2][0] = `${AWARD.deadlineWard} ${AWARD.deadlineDistrict}`;
  values[AS_OF.row - 1][AS_OF.col - 2] = AWARD_WORDS.asOfLabel;
  values[AS_OF.row - 1][AS_OF.col] = AWARD.asOfHint;
  writeHeaders(values, L);
  writeHeaders(values, TENURE_PERIOD_LAYOUT);
  return values;
}

/** Bold title, headers and as-of label; grey headers, shaded result columns, the as-of cell to fill. */
function tenureStyles(values: CellValue[][]): { bold: boolean[][]; backgrounds: (string | null)[][] } {
  const header = TENURE_HEADER_ROW - 1;
  const bold = values.map((r, i) => r.map(() => i === 0 || i === header || i === header + 1));
  bold[AS_OF.row - 1][AS_OF.col - 2] = true;
  const backgrounds: (string | null)[][] = values.map((r, i) =>
    r.map((_, c) =>
      i === header || i === header + 1
        ? COLORS.header
        : i >= TENURE_FIRST_DATA_ROW - 1 && c + 1 >= col("total")
          ? COLORS.result
          : null,
    ),
  );
  backgrounds[AS_OF.row - 1][AS_OF.col - 1] = COLORS.missing;
  return { bold, backgrounds };
}

/** Dropdowns on the data rows: the post, and Có / Không for each flag. */
function tenureValidations(): SheetSpec["validations"] {
  const yesNo: ValidationRule = { values: [AWARD_WORDS.yes, AWARD_WORDS.no], help: AWARD.helpFlag };
  const deceased: ValidationRule = { values: [AWARD_WORDS.yes, AWARD_WORDS.no], help: AWARD.helpDeceased };
  const post: ValidationRule = { values: [...AWARD_WORDS.posts], help: AWARD.helpPost };
  const dataRows = (rule: ValidationRule) => Array.from({ length: TENURE_DATA_ROWS }, () => [rule]);
  const r7 = TENURE_FIRST_DATA_ROW;
  return [
    { row: r7, col: col("post"), rules: dataRows(post) },
    ...FLAGS.map((role) => ({
      row: r7,
      col: col(role),
      rules: dataRows(role === "deceased" ? deceased : yesNo),
    })),
  ];
}

/** The header merges: a spanned header across the row under it; every other one down over that row. */
function tenureMerges(): Block[] {
  const spanned = (c: (typeof L.columns)[number]) => (c.span ?? 1) > 1;
  return [
    ...L.columns
      .filter(spanned)
      .map((c) => ({ row: TENURE_HEADER_ROW, col: col(c.key), numRows: 1, numCols: c.span ?? 1 })),
    ...L.columns
      .filter((c) => !spanned(c))
      .map((c) => ({ row: TENURE_HEADER_ROW, col: col(c.key), numRows: 2, numCols: 1 })),
  ];
}

/** The two array formulas of row 7: service length and verdict. */
function tenureFormulas(): SheetSpec["formulas"] {
  const r7 = TENURE_FIRST_DATA_ROW;
  // From row 7 down to the sheet's last row, so people added below are judged too.
  const periods = range(
    { col: TENURE_PERIOD_LAYOUT.firstCol, row: r7 },
    { col: lastCol(TENURE_PERIOD_LAYOUT) },
  );
  const flag = (role: TenureRole) => range({ col: col(role), row: r7 }, { col: col(role) });
  const asOf = range(AS_OF, undefined, { absolute: true });
  return [
    { row: r7, col: col("total"), fn: "TDP_NIEN_HAN", args: [periods, literal(""), asOf] },
    {
      row: r7,
      col: col("result"),
      fn: "TDP_DU_DIEU_KIEN_NIEN_HAN",
      args: [
        periods,
        literal(""),
        flag("dismissed"),
        flag("discipline"),
        flag("violation"),
        flag("awarded"),
        asOf,
      ],
    },
  ];
}

// ---------------------------------------------------------------- reading the sheet

export interface TenureRow {
  /** Sheet row (1-based). */
  row: number;
  name: string;
  nameCell: string;
  post: string;
  unit: string;
  ward: string;
  note: string;
  input: TenureInput;
}

export interface TenureSheetData {
  rows: TenureRow[];
  /** The as-of cell's value, if the sheet has one. */
  asOf: unknown;
  asOfCell: string | null;
  problems: Problem[];
  /** Fatal: the headers are not there. */
  broken: boolean;
}

const key = (v: unknown) => foldKey(v).replace(/[:\s]+$/, "");
/** A label cell: the label, perhaps with more words or a note after it. */
const startsWith = (cell: unknown, header: string) => {
  const k = key(cell);
  return k !== "" && k.startsWith(key(header).replace(/\s*\(.*$/, ""));
};

/** 0-based column of each single-column role read from the sheet (-1 when its header is missing). */
type TenureColumns = Record<"name" | "post" | "unit" | "ward" | "note" | (typeof FLAGS)[number], number>;

/** 0-based columns of one service period's Từ ngày and Đến ngày. */
type PeriodPair = { from: number; to: number };

/** Reads the sheet by its header texts. */
export function readTenureSheet(
  values: unknown[][],
  sheet: string = AWARD_WORDS.tenureSheet,
): TenureSheetData {
  const problems: Problem[] = [];
  const fail = (message: string): TenureSheetData => ({
    rows: [],
    asOf: undefined,
    asOfCell: null,
    problems: [{ sheet, cell: "", value: "", message }],
    broken: true,
  });
  const table = findTable(values, L, sheet);
  if (!table.found) return fail(AWARD.headerNotFound(sheet, H.name));
  const headerIdx = table.headerRow - 1;
  const { asOf, asOfCell } = findAsOf(values, headerIdx);
  const pairs = periodPairs(values[headerIdx + 1] ?? []);
  const columns = tenureColumns(table);
  const [FROM, TO] = TENURE_PERIOD_LAYOUT.columns;
  const missing: string[] = FLAGS.filter((role) => columns[role] < 0).map((role) => H[role]);
  if (!pairs.length) missing.unshift(`${FROM.label} / ${TO.label}`);
  if (missing.length) return fail(AWARD.layoutBroken(sheet, missing));

  const rows: TenureRow[] = [];
  for (let i = headerIdx + 2; i < values.length; i++) {
    const row = readTenureRow(values[i], i + 1, pairs, columns, sheet, problems);
    if (row) rows.push(row);
  }
  return { rows, asOf, asOfCell, problems, broken: false };
}

/** As-of: the cell right of “Tính thời gian đến ngày:” above the headers, and its address. */
function findAsOf(values: unknown[][], headerIdx: number): { asOf: unknown; asOfCell: string | null } {
  let asOf: unknown;
  let asOfCell: string | null = null;
  values.slice(0, headerIdx).forEach((r, i) => {
    const j = r.findIndex((c) => startsWith(c, AWARD_WORDS.asOfLabel));
    if (j >= 0 && asOfCell === null) {
      asOf = r[j + 1];
      asOfCell = a1(i + 1, j + 2);
    }
  });
  return { asOf, asOfCell };
}

/** Every Từ ngày followed by a Đến ngày in the row under the headers is a period (any number of them). */
function periodPairs(sub: unknown[]): PeriodPair[] {
  const [FROM, TO] = TENURE_PERIOD_LAYOUT.columns;
  const pairs: PeriodPair[] = [];
  let pendingFrom = -1;
  sub.forEach((c, j) => {
    if (isHeader(c, FROM)) pendingFrom = j;
    else if (isHeader(c, TO) && pendingFrom >= 0) {
      pairs.push({ from: pendingFrom, to: j });
      pendingFrom = -1;
    }
  });
  return pairs;
}

/** The 0-based column of each role, -1 when its header is not in the header row. */
function tenureColumns(table: FoundTable<TenureRole>): TenureColumns {
  const find = (role: TenureRole) => (table.missing.includes(role) ? -1 : table.col[role] - 1);
  return {
    name: find("name"),
    post: find("post"),
    unit: find("unit"),
    ward: find("ward"),
    note: find("note"),
    dismissed: find("dismissed"),
    discipline: find("discipline"),
    violation: find("violation"),
    awarded: find("awarded"),
    deceased: find("deceased"),
  };
}

/** The person of sheet row rowNo; undefined for a blank row or (a problem) a row without a name. */
function readTenureRow(
  r: unknown[],
  rowNo: number,
  pairs: PeriodPair[],
  columns: TenureColumns,
  sheet: string,
  problems: Problem[],
): TenureRow | undefined {
  const cell = (j: number) => ({ value: j >= 0 ? r[j] : "", where: a1(rowNo, j + 1) });
  const text = (j: number) => (j >= 0 ? cleanText(quoteValue(r[j])) : "");
  const input: TenureInput = {
    periods: pairs.map((p) => ({ from: cell(p.from), to: cell(p.to) })),
    dismissed: cell(columns.dismissed),
    discipline: cell(columns.discipline),
    violation: cell(columns.violation),
    awarded: cell(columns.awarded),
    deceased: cell(columns.deceased),
  };
  const name = text(columns.name);
  const anyDate = pairs.some((p) => text(p.from) !== "" || text(p.to) !== "");
  if (!name && !anyDate) return undefined;
  if (!name) {
    problems.push({ sheet, cell: a1(rowNo, columns.name + 1), value: "", message: AWARD.missingName });
    return undefined;
  }
  return {
    row: rowNo,
    name,
    nameCell: a1(rowNo, columns.name + 1),
    post: text(columns.post),
    unit: text(columns.unit),
    ward: text(columns.ward),
    note: text(columns.note),
    input,
  };
}

// ---------------------------------------------------------------- Phụ lục I

export interface ListedPerson {
  row: TenureRow;
  result: TenureResult;
}

export interface TenureList {
  sheet: PrintSheet;
  award: ListedPerson[];
  posthumous: ListedPerson[];
  notYet: ListedPerson[];
  withIssues: ListedPerson[];
  /** Unreadable cells and rows without a name: each with its cell. */
  problems: Problem[];
  /** Ineligible people with every reason and its cells. */
  notYetLines: Problem[];
  /** Listed people whose dates were typed as a month or a year. */
  notes: Problem[];
}

/** “01/01/2010 – 31/12/2015; 03/2017 – nay (tổng: 12 năm 3 tháng)” */
export function servicePeriodsText(periods: ReadPeriod[], total: string): string {
  const parts = [...periods]
    .sort((a, b) => a.from - b.from)
    .map((p) => AWARD.listPeriod(p.fromLabel, p.toLabel ?? AWARD_WORDS.stillServing));
  return AWARD.listTotal(parts.join("; "), total);
}

function cellsText(where: string[]): string {
  if (where.length <= 1) return where[0] ?? "";
  return `${where[0]}:${where[where.length - 1]}`;
}

/**
 * Applies mục II.6.a to every row and lays out the list of Phụ lục I: section 1 “Tặng Bằng khen”
 * (eligible, alive), section 2 “Truy tặng Bằng khen” (eligible, deceased). Ineligible people and rows
 * with unreadable cells are left out of the list and returned with their reasons and cells.
 */
export function buildTenureList(
  data: TenureSheetData,
  asOf: DayNumber,
  sheet: string = AWARD_WORDS.tenureSheet,
): TenureList {
  const sorted: Omit<TenureList, "sheet"> = {
    award: [],
    posthumous: [],
    notYet: [],
    withIssues: [],
    problems: [...data.problems],
    notYetLines: [],
    notes: [],
  };
  for (const row of data.rows) placePerson(sorted, row, assessTenure(row.input, asOf), sheet);
  const { award, posthumous, notYet, withIssues, problems, notYetLines, notes } = sorted;
  return {
    sheet: listSheet(award, posthumous, asOf, sheet),
    award,
    posthumous,
    notYet,
    withIssues,
    problems,
    notYetLines,
    notes,
  };
}

/** Puts one assessed person in their list: unreadable cells, not yet eligible, or awarded (posthumously). */
function placePerson(
  lists: Omit<TenureList, "sheet">,
  row: TenureRow,
  result: TenureResult,
  sheet: string,
): void {
  const p = { row, result };
  if (result.issues.length) {
    lists.withIssues.push(p);
    for (const i of result.issues)
      lists.problems.push({
        sheet,
        cell: i.where,
        value: i.value,
        message: AWARD.listPersonIssue(row.name, i.value, i.message),
      });
    return;
  }
  if (!result.eligible) {
    lists.notYet.push(p);
    const reasons = result.reasons.map((r) => AWARD.listPersonReason(r.message, cellsText(r.where)));
    lists.notYetLines.push({
      sheet,
      cell: row.nameCell,
      value: row.name,
      message: AWARD.listPersonNotYet(row.name, AWARD_WORDS.notYet(reasons)),
    });
    return;
  }
  (result.deceased ? lists.posthumous : lists.award).push(p);
  for (const n of result.notes)
    lists.notes.push({
      sheet,
      cell: n.where,
      value: n.value,
      message: AWARD.listPersonIssue(row.name, "", n.message),
    });
}

const LIST = TENURE_LIST_LAYOUT;
const LIST_WIDTH = lastCol(LIST);

/** The Phụ lục I sheet as it is built: rows with their styles, and the blocks the adapter formats. */
interface ListRows {
  rows: CellValue[][];
  bold: boolean[][];
  backgrounds: (string | null)[][];
  merges: Block[];
  centered: Block[];
  bordered: Block[];
  rowHeights: RowHeight[];
}

/** Adds a row padded to the list's width; gives its 1-based row number. */
function listPush(b: ListRows, cells: CellValue[], isBold = false, background: string | null = null): number {
  const r = [...cells, ...Array<CellValue>(LIST_WIDTH - cells.length).fill("")];
  b.rows.push(r);
  b.bold.push(r.map(() => isBold));
  b.backgrounds.push(r.map(() => background));
  return b.rows.length;
}

/** Adds a text merged across the list's width; gives its 1-based row number. */
function listWide(b: ListRows, text: string, isBold: boolean, center: boolean, height?: number): number {
  const row = listPush(b, [text], isBold);
  b.merges.push({ row, col: 1, numRows: 1, numCols: LIST_WIDTH });
  if (center) b.centered.push({ row, col: 1, numRows: 1, numCols: LIST_WIDTH });
  if (height) b.rowHeights.push({ row, height });
  return row;
}

/** The Phụ lục I sheet: the national heading, the two sections, the notes. */
function listSheet(
  award: ListedPerson[],
  posthumous: ListedPerson[],
  asOf: DayNumber,
  source: string,
): PrintSheet {
  const b: ListRows = {
    rows: [],
    bold: [],
    backgrounds: [],
    merges: [],
    centered: [],
    bordered: [],
    rowHeights: [],
  };
  listHeading(b);
  listSection(b, AWARD.listSectionAward(award.length), award);
  listSection(b, AWARD.listSectionPosthumous(posthumous.length), posthumous);

  listPush(b, [AWARD.listNotesTitle], true);
  listWide(b, `- ${AWARD.deadlineWard}`, false, false, 36);
  listWide(b, `- ${AWARD.deadlineDistrict}`, false, false, 36);
  listWide(b, `- ${AWARD.listAsOf(formatDay(asOf), source)}`, false, false);

  const spec: SheetSpec = {
    name: AWARD_WORDS.listSheet,
    values: b.rows,
    formulas: [],
    validations: [],
    bold: b.bold,
    backgrounds: b.backgrounds,
    wrapColumns: [2, 3, 4, 5, 6],
    merges: b.merges,
    centered: b.centered,
    bordered: b.bordered,
    rowHeights: b.rowHeights,
    alignMiddle: true,
    frozenRows: 0,
    columnWidths: sheetWidths([LIST]),
  };
  return { spec };
}

/** National heading: agency left (A–C), nation and motto right (D–F); then the titles. */
function listHeading(b: ListRows): void {
  const r1 = listPush(b, [AWARD.listAgency, "", "", AWARD.listNation], true);
  const r2 = listPush(b, ["", "", "", AWARD.listMotto], true);
  b.merges.push({ row: r1, col: 1, numRows: 1, numCols: 3 }, { row: r1, col: 4, numRows: 1, numCols: 3 });
  b.merges.push({ row: r2, col: 4, numRows: 1, numCols: 3 });
  b.centered.push({ row: r1, col: 1, numRows: 2, numCols: LIST_WIDTH });
  listPush(b, []);
  listWide(b, AWARD.listTitle, true, true);
  listWide(b, AWARD.listSubtitle, true, true);
  listWide(b, AWARD.listAttached, false, true);
  listPush(b, []);
}

/** One section: its title, a bordered table of the people (or “none”), a blank row. */
function listSection(b: ListRows, title: string, people: ListedPerson[]): void {
  listPush(b, [title], true);
  const head = listPush(
    b,
    LIST.columns.map((c) => c.label),
    true,
    COLORS.header,
  );
  b.centered.push({ row: head, col: 1, numRows: 1, numCols: LIST_WIDTH });
  if (!people.length) listPush(b, ["", AWARD.listNone]);
  for (const [i, { row, result }] of people.entries()) {
    const cells: Record<ListRole, CellValue> = {
      stt: i + 1,
      name: row.name,
      post: row.post,
      unit: AWARD.listUnit(row.unit, row.ward),
      periods: servicePeriodsText(result.periods, formatSpan(result.total)),
      note: row.note,
    };
    listPush(
      b,
      LIST.columns.map((c) => cells[c.key]),
    );
  }
  b.bordered.push({ row: head, col: 1, numRows: b.rows.length - head + 1, numCols: LIST_WIDTH });
  listPush(b, []);
}

/** The as-of day: the sheet's cell if it holds a date, else today. */
export function tenureAsOf(
  data: TenureSheetData,
  today: DayNumber,
  sheet: string = AWARD_WORDS.tenureSheet,
): { day: DayNumber; problem: Problem | null } {
  const r = readDate(data.asOf);
  if (r.kind === "date") return { day: r.last, problem: null };
  if (r.kind === "invalid")
    return {
      day: today,
      problem: {
        sheet,
        cell: data.asOfCell ?? "",
        value: quoteValue(data.asOf),
        message: AWARD.fnAsOf(quoteValue(data.asOf), r.reason),
      },
    };
  return { day: today, problem: null };
}
