/**
 * "Tạo tệp cho từng xã/phường" / `tdp split`: one file per ward, made from the master. Each file has
 * Hướng dẫn, the ward's tab (its values as the master holds them; the result rows computed, as the
 * file has no script), a read-only Tiêu chí, the ward's own part of Danh mục and the hidden "Thông
 * tin tệp" that collect reads back. Only the tab's input cells are left unlocked.
 */
import type { Framework } from "../framework";
import { unitsOfWard, type Ward } from "../model";
import type { Problem } from "../problem";
import { foldKey } from "../text";
import { WARD_FILE } from "../text/wardFiles";
import { SHEET } from "../vocabulary";
import { type FileInfo, frameworkHash, INFO_FORMAT, infoSpec, readInfo } from "../wardFile/info";
import { withComputedValues } from "../workbook/computedFormulas";
import { criteriaSpec } from "../workbook/criteriaSheet";
import { findSheet } from "../workbook/sheets";
import type { Block, CellValue, SheetSpec } from "../workbook/spec";
import { rosterSpec } from "../workbook/tables";
import { FIRST_UNIT_COL, HEADER_ROW } from "../workbook/wardTab";
import type { WorkbookValues } from "../workbook/workbook";
import { guideSpec, planSetup } from "./setup";

export interface SplitOptions {
  /** The master's id: a Google spreadsheet id, or a new random id for an .xlsx master without one. */
  bookId: string;
  bookName: string;
  /** ISO time the files are made. */
  createdAt: string;
}

export interface WardFilePlan {
  ward: Ward;
  /** "P01 Phường Tân Phong" (no extension; characters a file name cannot hold replaced). */
  fileName: string;
  /** In tab order: Hướng dẫn, the ward's tab, Tiêu chí, Danh mục, Thông tin tệp. */
  specs: SheetSpec[];
  info: FileInfo;
  units: number;
}

export interface SplitPlan {
  ok: boolean;
  framework?: Framework;
  year?: number;
  files: WardFilePlan[];
  /** The master's own "Thông tin tệp" when it has none yet (its id, so files can be matched to it). */
  bookInfo?: SheetSpec;
  bookId: string;
  report: string[];
  problems: Problem[];
}

export function planSplit(master: WorkbookValues, opts: SplitOptions): SplitPlan {
  const setup = planSetup(new Map(master), { roomForEveryUnit: true });
  const known = bookIdOf(master);
  const bookId = known ?? opts.bookId;
  const base = { files: [], bookId, report: setup.report, problems: setup.problems };
  if (!setup.ok || !setup.framework || !setup.roster || setup.year === undefined)
    return { ok: false, ...base };
  const { framework, roster, year } = setup;
  const files: WardFilePlan[] = [];
  const report: string[] = [];
  const sheets = new Map<string, CellValue[][]>(master as Map<string, CellValue[][]>);
  for (const s of setup.specs) sheets.set(s.name, s.values);
  for (const ward of roster.wards) {
    if (ward.sharedTab) continue;
    const tab = setup.specs.find(
      (s) => foldKey(s.name) === foldKey(ward.tab) || foldKey(s.values[1]?.[1]) === foldKey(ward.code),
    );
    if (!tab) {
      report.push(WARD_FILE.noTab(ward.name));
      continue;
    }
    const info: FileInfo = {
      kind: "ward",
      format: INFO_FORMAT,
      bookId,
      bookName: opts.bookName,
      frameworkId: framework.id,
      frameworkHash: frameworkHash(framework),
      year,
      wardCode: ward.code,
      wardName: ward.name,
      tab: tab.name,
      createdAt: opts.createdAt,
    };
    const units = unitsOfWard(roster, ward.code);
    const own = rosterSpec({ wards: [{ ...ward, file: undefined }], units: [...units] }, [], {
      ward: framework.wardWord,
      unit: framework.unitWord,
    });
    const specs = [
      locked(guideFor(framework)),
      wardTabFile(tab, sheets),
      locked(criteriaSpec(framework, year)),
      locked(own),
      locked(infoSpec(info)),
    ];
    files.push({ ward, fileName: fileNameOf(ward), specs, info, units: units.length });
  }
  if (!roster.wards.length) report.push(WARD_FILE.noWards);
  const bookInfo = known
    ? undefined
    : infoSpec({ ...emptyInfo(), kind: "book", bookId, bookName: opts.bookName, createdAt: opts.createdAt });
  return {
    ok: true,
    framework,
    year,
    files,
    bookInfo,
    bookId,
    report: [...setup.report, ...report],
    problems: setup.problems,
  };
}

/** The master's id from its own "Thông tin tệp", when split has given it one. */
export function bookIdOf(master: WorkbookValues): string | undefined {
  const sheet = findSheet(master, SHEET.fileInfo);
  if (!sheet) return undefined;
  const read = readInfo(sheet[1]);
  return read.ok && read.info.kind === "book" ? read.info.bookId : undefined;
}

function emptyInfo(): FileInfo {
  return {
    kind: "book",
    format: INFO_FORMAT,
    bookId: "",
    bookName: "",
    frameworkId: "",
    frameworkHash: "",
    wardCode: "",
    wardName: "",
    tab: "",
    createdAt: "",
  };
}

/** Hướng dẫn with a first line saying what this file is. */
function guideFor(fw: Framework): SheetSpec {
  const spec = guideSpec(fw);
  spec.values = [[WARD_FILE.guideNote], [WARD_FILE.computedNote], ...spec.values];
  spec.bold = [[true], [false], ...(spec.bold ?? [])];
  return spec;
}

function locked(spec: SheetSpec): SheetSpec {
  return { ...spec, protect: { unlocked: [] } };
}

/**
 * The ward's tab with its result rows computed and its input cells open: the unit headers (the
 * dropdown) and every body cell of the units and the note column down to the first result row, as
 * the master's ward protection (core/workbook/protection.ts) leaves them.
 */
function wardTabFile(spec: SheetSpec, sheets: ReadonlyMap<string, CellValue[][]>): SheetSpec {
  const width = spec.values[0].length;
  const firstResult = Math.min(spec.values.length + 1, ...spec.formulas.map((f) => f.row));
  const unlocked: Block[] = [
    { row: HEADER_ROW, col: FIRST_UNIT_COL, numRows: 1, numCols: width - FIRST_UNIT_COL },
    {
      row: HEADER_ROW + 1,
      col: FIRST_UNIT_COL,
      numRows: firstResult - HEADER_ROW - 1,
      numCols: width - FIRST_UNIT_COL + 1,
    },
  ];
  return { ...withComputedValues(spec, sheets), protect: { unlocked } };
}

/** A file name from the ward's code and name: no / \ : * ? " < > |, no leading dot, at most 100 chars. */
export function fileNameOf(ward: Ward): string {
  const raw = `${ward.code} ${ward.name}`.normalize("NFC");
  return raw
    .replace(/[/\\:*?"<>|]+/g, "-")
    .replace(/\s+/g, " ")
    .replace(/^\.+/, "")
    .trim()
    .slice(0, 100);
}
