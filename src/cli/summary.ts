/** The roll-up report as a readable Vietnamese table in the terminal (≤ 100 columns, NFC). */

import { formatProblem } from "../core/problem";
import type { Report } from "../core/report";
import { CLI } from "../core/text/cli";
import { tenthsToVi } from "../core/text/format";
import { historyLines } from "../core/workbook/summary";
import { type Column, oneLine, table, wrap } from "./text";

export interface SummaryOptions {
  width?: number;
  topCriteria?: number;
  maxProblems?: number;
  /** Extra lines after the problems (hints such as a renamed tab). */
  hints?: string[];
}

const pct = (p: number) => `${tenthsToVi(Math.round(p * 10))}%`;

export function formatSummary(r: Report, opts: SummaryOptions = {}): string {
  const width = opts.width ?? 100;
  const topN = opts.topCriteria ?? 5;
  const maxProblems = opts.maxProblems ?? 15;
  const t = r.totals;
  const out: string[] = [];
  const para = (text: string, indent = "") =>
    out.push(...wrap(text, width - indent.length).map((l) => indent + l));

  para(r.title);
  para(CLI.TABLE.headline(t.recognized, r.framework.unitWord, t.maintained, t.new, t.evaluated));
  for (const line of historyLines(r)) para(line);

  out.push("", CLI.TABLE.byWard(r.framework.wardWord));
  const heads = CLI.TABLE.wardHeaders(r.framework.wardWord, r.year);
  const columns: Column[] = heads.map((header, i) => ({
    header,
    align: i === 1 ? "left" : "right",
    wrap: i === 1,
  }));
  const n = (x: number) => String(x);
  const wardRows = r.wards.map((w, i) => [
    n(i + 1),
    w.name,
    n(w.units),
    n(w.registered),
    n(w.evaluated),
    n(w.recognized),
    n(w.maintained),
    n(w.new),
    n(w.lost),
    `${w.complete}/${w.expected}`,
  ]);
  wardRows.push([
    "",
    CLI.TABLE.total,
    n(t.units),
    n(t.registered),
    n(t.evaluated),
    n(t.recognized),
    n(t.maintained),
    n(t.new),
    n(t.lost),
    `${t.complete}/${t.expected}`,
  ]);
  out.push(...table(columns, wardRows, width));
  para(CLI.TABLE.legend, "  ");

  out.push("", CLI.TABLE.targets);
  const targets = [r.targets.year, r.targets.period].filter((x) => x !== null);
  if (targets.length)
    out.push(
      ...table(
        CLI.TABLE.targetHeaders.map((header, i) => ({
          header,
          align: i === 0 ? "left" : "right",
          wrap: i === 0,
        })),
        targets.map((x) => [x.label, n(x.target), n(x.recognized), pct(x.percent)]),
        width,
      ),
    );
  else out.push(`  ${CLI.TABLE.noTargets}`);

  const top = r.criteria.slice(0, topN);
  out.push("", CLI.TABLE.topCriteria(top.length, r.criteria.length));
  if (top.length)
    out.push(
      ...table(
        CLI.TABLE.criteriaHeaders.map((header, i) => ({
          header,
          align: i === 1 ? "right" : "left",
          wrap: i === 2,
        })),
        top.map((c) => [c.code, n(c.failed), `${oneLine(c.text)}\n→ ${oneLine(c.line)}`]),
        width,
      ),
    );
  else out.push(`  ${CLI.TABLE.noCriteria}`);

  out.push("", CLI.TABLE.problems(r.problems.length));
  if (!r.problems.length) out.push(`  ${CLI.TABLE.noProblems}`);
  for (const p of r.problems.slice(0, maxProblems)) {
    const lines = wrap(formatProblem(p), width - 4);
    out.push(`  • ${lines[0]}`, ...lines.slice(1).map((l) => `    ${l}`));
  }
  if (r.problems.length > maxProblems)
    out.push(`  ${CLI.TABLE.moreProblems(r.problems.length - maxProblems)}`);
  for (const h of opts.hints ?? []) para(h, "  ");
  return `${out.join("\n").normalize("NFC")}\n`;
}
