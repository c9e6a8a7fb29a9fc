/**
 * "Danh sách … được công nhận năm …": the annex of the city's recognition decision (seed 002: Phòng
 * Nội vụ "tham mưu trình UBND thành phố ban hành quyết định công nhận"), laid out as an annex to a
 * Quyết định — DANH SÁCH, what it lists, "(Kèm theo Quyết định số …)", then STT | unit | ward | duy
 * trì / công nhận mới | note, wards in Danh mục order, units in natural order. Written by the roll-up.
 */
import type { Report } from "../report";
import { SUMMARY } from "../text/sheets";
import { SHEET } from "../vocabulary";
import { type CellValue, COLORS, emptySpec, type SheetSpec } from "./spec";

export interface AnnexRow {
  stt: number;
  unit: string;
  ward: string;
  status: string;
}

export function annexRows(r: Report): AnnexRow[] {
  let n = 0;
  return r.wards.flatMap((w) =>
    w.recognizedUnits.map((u) => ({
      stt: ++n,
      unit: u.name,
      ward: w.name,
      status: SUMMARY.status[u.status],
    })),
  );
}

const WIDTH = 5;

export function annexSpec(r: Report): SheetSpec {
  const { unitWord, wardWord, titleWord, placeWord } = r.framework;
  const rows = annexRows(r);
  const values: CellValue[][] = [
    [SUMMARY.annexTitle],
    [SUMMARY.annexSubtitle(unitWord, titleWord, r.year)],
    [SUMMARY.annexDecision(placeWord)],
    [""],
    SUMMARY.annexHeaders(unitWord, wardWord),
    ...rows.map((x) => [x.stt, x.unit, x.ward, x.status, ""]),
  ];
  if (!rows.length) values.push(["", SUMMARY.annexNone, "", "", ""]);
  const spec = emptySpec(SHEET.annex, values);
  const last = spec.values.length;
  spec.bold = spec.values.map((row, i) => row.map(() => i < 2 || i === 4));
  spec.backgrounds = spec.values.map((row, i) => row.map(() => (i === 4 ? COLORS.header : null)));
  spec.mergeAcross = [{ row: 1, col: 1, numRows: 3, numCols: WIDTH }];
  spec.centered = [
    { row: 1, col: 1, numRows: 3, numCols: WIDTH },
    { row: 5, col: 1, numRows: last - 4, numCols: 1 },
  ];
  spec.bordered = [{ row: 5, col: 1, numRows: last - 4, numCols: WIDTH }];
  spec.columnWidths = [45, 230, 160, 110, 100];
  // "(Kèm theo Quyết định số …)" is wider than the page: it wraps onto two lines of its merged row.
  spec.wrapColumns = [1];
  spec.rowHeights = [{ row: 3, height: 44 }];
  spec.font = { family: "Times New Roman", size: 13, rowSizes: [{ row: 1, size: 14 }] };
  spec.frozenRows = 5;
  spec.print = { orientation: "portrait", titleRows: 5, fitToWidth: true };
  spec.numberFormats = spec.values.map((row) => row.map((v) => (typeof v === "number" ? "0" : "@")));
  return spec;
}
