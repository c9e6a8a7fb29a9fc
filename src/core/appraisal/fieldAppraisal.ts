/**
 * Appraisal by field (seed 002): "Phân công thẩm định" says which department (and its e-mails) checks
 * which standards; "Kết quả thẩm định" holds, per unit proposed and per (department, standard), Đạt /
 * Không đạt and a note per department. A unit is recognized only when its self-assessment passes and
 * no department fails it (and the TĐ row of its tab does not say Không đạt).
 */
import { a1 } from "../a1";
import { readCriterion, showValue } from "../cell";
import type { Framework } from "../framework";
import type { Problem } from "../problem";
import { cleanText, foldKey, looseKey } from "../text";
import { FIELD_APPRAISAL_TEXT } from "../text/fieldAppraisal";
import { CELL_WORDS, FIELD_APPRAISAL, standardTag } from "../vocabulary";
import { type CellValue, COLORS, emptySpec, ruleColumn, type SheetSpec } from "../workbook/spec";

export interface Department {
  name: string;
  emails: string[];
  /** Standard codes of the framework. */
  standards: string[];
}

const HEADER_ROW = 3;

/** The assignment sheet: from row 4, department | e-mails | standards ("6", "TC6", "TC4, TC6"). */
export function readAssignments(
  values: unknown[][] | undefined,
  fw: Framework,
): { departments: Department[]; problems: Problem[] } {
  const sheet = FIELD_APPRAISAL.assignSheet;
  const departments: Department[] = [];
  const problems: Problem[] = [];
  const byKey = new Map(fw.standards.map((s) => [foldKey(s.code), s.code]));
  for (let r = HEADER_ROW + 1; r <= (values?.length ?? 0); r++) {
    const row = values![r - 1] ?? [];
    const name = cleanText(row[0]);
    if (!name) continue;
    const emails = cleanText(row[1])
      .toLowerCase()
      .split(/[,;\s]+/)
      .filter(Boolean);
    const standards: string[] = [];
    for (const part of cleanText(row[2])
      .split(/[,;]+/)
      .map((x) => x.trim())
      .filter(Boolean)) {
      const code = byKey.get(foldKey(part.replace(/^tc\s*/i, "")));
      if (code) standards.push(code);
      else
        problems.push({ sheet, cell: a1(r, 3), value: part, message: FIELD_APPRAISAL_TEXT.unknownStandard });
    }
    if (standards.length) departments.push({ name, emails, standards });
  }
  return { departments, problems };
}

export function assignmentSpec(values: unknown[][] | undefined): SheetSpec {
  const rows: CellValue[][] = [
    [FIELD_APPRAISAL_TEXT.assignTitle],
    [FIELD_APPRAISAL_TEXT.assignNote],
    [...FIELD_APPRAISAL.assignHeaders],
  ];
  for (const r of (values ?? []).slice(HEADER_ROW))
    rows.push([0, 1, 2].map((c) => (r?.[c] ?? "") as CellValue));
  const spec = emptySpec(FIELD_APPRAISAL.assignSheet, rows);
  spec.bold = spec.values.map((r, i) => r.map(() => i === 0 || i === 2));
  spec.backgrounds = spec.values.map((r, i) => r.map(() => (i === 2 ? COLORS.header : null)));
  spec.columnWidths = [220, 260, 160];
  spec.frozenRows = HEADER_ROW;
  return spec;
}

/** A unit the results sheet has a row for. */
export interface ProposedUnit {
  code: string;
  name: string;
  ward: string;
}

interface Column {
  department: Department;
  standard?: string;
  header: string;
}

function columnsOf(departments: Department[]): Column[] {
  return departments.flatMap((d) => [
    ...d.standards.map((s) => ({
      department: d,
      standard: s,
      header: FIELD_APPRAISAL.column(d.name, standardTag(s)),
    })),
    { department: d, header: FIELD_APPRAISAL.noteColumn(d.name) },
  ]);
}

/** The results sheet rebuilt for `units`, keeping every value typed by (unit code, column header). */
export function resultsSpec(
  departments: Department[],
  units: ProposedUnit[],
  old: unknown[][] | undefined,
): SheetSpec {
  const columns = columnsOf(departments);
  const kept = keptResults(old);
  const header = [...FIELD_APPRAISAL.resultHeaders, ...columns.map((c) => c.header)];
  const rows: CellValue[][] = units.map((u) => [
    u.code,
    u.name,
    u.ward,
    ...columns.map((c) => (kept.get(`${looseKey(u.code)}\u0001${foldKey(c.header)}`) ?? "") as CellValue),
  ]);
  const spec = emptySpec(FIELD_APPRAISAL.resultSheet, [
    [FIELD_APPRAISAL_TEXT.resultTitle],
    [FIELD_APPRAISAL_TEXT.resultNote],
    header,
    ...rows,
  ]);
  spec.bold = spec.values.map((r, i) => r.map(() => i === 0 || i === 2));
  spec.backgrounds = spec.values.map((r, i) => r.map(() => (i === 2 ? COLORS.header : null)));
  spec.columnWidths = [150, 200, 160, ...columns.map((c) => (c.standard ? 150 : 220))];
  spec.wrapColumns = [3 + columns.length];
  spec.frozenRows = HEADER_ROW;
  spec.frozenCols = 2;
  spec.textColumns = [1];
  spec.validations = columns.flatMap((c, i) =>
    c.standard && units.length
      ? [
          ruleColumn(HEADER_ROW + 1, 4 + i, units.length, {
            kind: "list",
            values: [CELL_WORDS.pass, CELL_WORDS.fail],
          }),
        ]
      : [],
  );
  return spec;
}

function keptResults(old: unknown[][] | undefined): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const header = old?.[HEADER_ROW - 1] ?? [];
  for (const row of (old ?? []).slice(HEADER_ROW)) {
    const unit = looseKey(row?.[0]);
    if (!unit) continue;
    header.forEach((h, c) => {
      if (c >= 3 && cleanText(row[c]) !== "") out.set(`${unit}\u0001${foldKey(h)}`, row[c]);
    });
  }
  return out;
}

/** A department's Không đạt on a unit's standard. */
export interface FieldFailure {
  department: string;
  standard: string;
  cell: string;
}

export interface ResultsRead {
  /** Loose unit code → the departments' failures. */
  failures: Map<string, FieldFailure[]>;
  /** Loose unit code → how many assigned cells are still blank. */
  pending: Map<string, number>;
  problems: Problem[];
}

export function readResults(values: unknown[][] | undefined, departments: Department[]): ResultsRead {
  const out: ResultsRead = { failures: new Map(), pending: new Map(), problems: [] };
  if (!values) return out;
  const sheet = FIELD_APPRAISAL.resultSheet;
  const header = (values[HEADER_ROW - 1] ?? []).map((h) => foldKey(h));
  const columns = columnsOf(departments)
    .filter((c) => c.standard)
    .map((c) => ({ ...c, col: header.indexOf(foldKey(c.header)) + 1 }))
    .filter((c) => c.col > 0);
  for (let r = HEADER_ROW + 1; r <= values.length; r++) {
    const row = values[r - 1] ?? [];
    const unit = looseKey(row[0]);
    if (!unit) continue;
    for (const c of columns) {
      const raw = row[c.col - 1];
      const read = readCriterion(raw);
      if (read === "missing") out.pending.set(unit, (out.pending.get(unit) ?? 0) + 1);
      else if (read === "fail") {
        const list = out.failures.get(unit) ?? [];
        list.push({ department: c.department.name, standard: c.standard!, cell: a1(r, c.col) });
        out.failures.set(unit, list);
      } else if (read !== "pass")
        out.problems.push({
          sheet,
          cell: a1(r, c.col),
          value: showValue(raw),
          message: FIELD_APPRAISAL_TEXT.invalid,
        });
    }
  }
  return out;
}
