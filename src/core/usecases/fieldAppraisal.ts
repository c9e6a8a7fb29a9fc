/**
 * "Lập trang thẩm định theo lĩnh vực" / `tdp appraisal`: Phân công thẩm định created when missing
 * (the city office fills it: departments, e-mails, standards), and Kết quả thẩm định rebuilt with a
 * row per unit the wards propose (self-assessment passed, the TĐ row not Không đạt) and a column per
 * (department, standard), keeping every result already typed.
 */
import { assignmentSpec, type ProposedUnit, readAssignments, resultsSpec } from "../appraisal/fieldAppraisal";
import type { Problem } from "../problem";
import { rollup } from "../rollup";
import { FIELD_APPRAISAL_TEXT } from "../text/fieldAppraisal";
import { FIELD_APPRAISAL } from "../vocabulary";
import { valuesOf } from "../workbook/sheets";
import type { SheetSpec } from "../workbook/spec";
import type { WorkbookValues } from "../workbook/workbook";
import { readTables } from "./rollupWorkbook";

export interface FieldAppraisalPlan {
  ok: boolean;
  specs: SheetSpec[];
  lines: string[];
  problems: Problem[];
  /** Department → its e-mails and the results sheet's columns it alone may edit (1-based). */
  editors: { department: string; emails: string[]; columns: number[] }[];
}

export function planFieldAppraisal(values: WorkbookValues): FieldAppraisalPlan {
  const tables = readTables(values);
  if (!tables.ok) return { ok: false, specs: [], lines: [], problems: tables.problems, editors: [] };
  const assign = valuesOf(values, FIELD_APPRAISAL.assignSheet);
  const specs: SheetSpec[] = assign ? [] : [assignmentSpec(undefined)];
  const { departments, problems } = readAssignments(assign, tables.framework);
  if (!departments.length)
    return { ok: true, specs, lines: [FIELD_APPRAISAL_TEXT.noAssignments], problems, editors: [] };
  // The units proposed: passing on their tab, before any department's appraisal.
  const report = rollup({ ...tables.input, fieldFailures: undefined }).report;
  const units: ProposedUnit[] = report.wards.flatMap((w) =>
    w.recognizedUnits.map((u) => ({ code: u.code, name: u.name, ward: w.name })),
  );
  const results = resultsSpec(departments, units, valuesOf(values, FIELD_APPRAISAL.resultSheet));
  specs.push(results);
  const header = results.values[2].map(String);
  const editors = departments.map((d) => ({
    department: d.name,
    emails: d.emails,
    columns: header.flatMap((h, i) => (h.startsWith(`${d.name} – `) ? [i + 1] : [])),
  }));
  return {
    ok: true,
    specs,
    lines: [FIELD_APPRAISAL_TEXT.built(units.length, departments.length)],
    problems,
    editors,
  };
}
