/**
 * Lập trang thẩm định theo lĩnh vực (seed 002; docs/template.md): the city office creates Phân công
 * thẩm định when missing and rebuilds Kết quả thẩm định for the units proposed; each department's
 * columns are then editable by its e-mails (and the city office) only: a sheet protection for the
 * city with those columns open, and one range protection per department over its columns.
 */
import { a1Range } from "../core/a1";
import { formatProblem } from "../core/problem";
import { NOTICE, SUBMIT_UI } from "../core/text/ui";
import { planFieldAppraisal } from "../core/usecases/fieldAppraisal";
import { FIELD_APPRAISAL, PROTECTION } from "../core/vocabulary";
import { PROTECTION_PREFIX, type ProtectionPlanItem } from "../core/workbook/protection";
import { Protector } from "./protect";
import { done, isCity, type Outcome, readBook, said, show, writeSpecs } from "./submission";
import { gas } from "./types";

/** First data row of Kết quả thẩm định (headers on row 3). */
const FIRST_ROW = 4;

export function buildAppraisalSheets(title: string): void {
  show(title, appraisalSheets());
}

function appraisalSheets(): Outcome {
  const b = readBook();
  if (!b.me) return said(SUBMIT_UI.needEmail);
  if (!isCity(b)) return said(SUBMIT_UI.cityOnly);
  const plan = planFieldAppraisal(b.snapshot.values);
  if (!plan.ok) return said(NOTICE.criteriaBroken, plan.problems.map(formatProblem));
  writeSpecs(b, plan);
  const results = plan.specs.find((s) => s.name === FIELD_APPRAISAL.resultSheet);
  const sheet = results && b.ss.getSheetByName(results.name);
  if (sheet && plan.editors.length) {
    const rows = Math.max(1, results.values.length - FIRST_ROW + 1);
    const city = b.cityEditors;
    const items: ProtectionPlanItem[] = plan.editors
      .filter((e) => e.columns.length)
      .map((e) => ({
        sheet: results.name,
        range: a1Range(FIRST_ROW, e.columns[0], rows, e.columns.length),
        description: `${PROTECTION_PREFIX}${PROTECTION.department(e.department)}`,
        editors: [...new Set([...city, ...e.emails])].sort(),
      }));
    items.push({
      sheet: results.name,
      unprotected: items.map((i) => i.range!),
      description: `${PROTECTION_PREFIX}${PROTECTION.cityOnly}`,
      editors: [...city].sort(),
    });
    new Protector(gas().SpreadsheetApp, b.ss, b.me).protectSheet(sheet, items);
  }
  return done(plan.lines.join(" "), plan.problems.map(formatProblem));
}
