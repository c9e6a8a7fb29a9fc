/** The roll-up report as a readable Vietnamese table in the terminal (≤ `width` columns, 80 by default, NFC). */

import { formatProblem } from "../core/problem";
import type { Report } from "../core/report";
import { CLI } from "../core/text/cli";
import { tenthsToVi, thousandsVi } from "../core/text/format";
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
// Counts as Vietnamese write them: 10.000.
const n = thousandsVi;
const wrapped = (text: string, width: number, indent = "") =>
  wrap(text, width - indent.length).map((l) => indent + l);

export function formatSummary(r: Report, opts: SummaryOptions = {}): string {
  const width = opts.width ?? 80;
  const out = [
    ...headline(r, width),
    ...wardTable(r, width),
    ...targetTable(r, width),
    ...criteriaTable(r, width, opts.topCriteria ?? 5),
    ...problemList(r, width, opts.maxProblems ?? 15),
    ...(opts.hints ?? []).flatMap((h) => wrapped(h, width, "  ")),
  ];
  return `${out.join("\n").normalize("NFC")}\n`;
}

function headline(r: Report, width: number): string[] {
  const t = r.totals;
  return [
    r.title,
    CLI.TABLE.headline(t.recognized, r.framework.unitWord, t.maintained, t.new, t.evaluated),
    ...historyLines(r),
  ].flatMap((text) => wrapped(text, width));
}

function wardTable(r: Report, width: number): string[] {
  const columns: Column[] = CLI.TABLE.wardHeaders(r.framework.wardWord, r.year).map((header, i) => ({
    header,
    align: i === 1 ? "left" : "right",
    wrap: i === 1,
  }));
  const t = r.totals;
  const counts = (x: typeof t) => [
    n(x.units),
    n(x.registered),
    n(x.evaluated),
    n(x.recognized),
    n(x.maintained),
    n(x.new),
    n(x.lost),
    `${n(x.complete)}/${n(x.expected)}`,
  ];
  const rows = [
    ...r.wards.map((w, i) => [n(i + 1), w.name, ...counts(w)]),
    ["", CLI.TABLE.total, ...counts(t)],
  ];
  return [
    "",
    CLI.TABLE.byWard(r.framework.wardWord),
    ...table(columns, rows, width),
    ...wrapped(CLI.TABLE.legend, width, "  "),
  ];
}

function targetTable(r: Report, width: number): string[] {
  const targets = [r.targets.year, r.targets.period].filter((x) => x !== null);
  if (!targets.length) return ["", CLI.TABLE.targets, `  ${CLI.TABLE.noTargets}`];
  const columns: Column[] = CLI.TABLE.targetHeaders.map((header, i) => ({
    header,
    align: i === 0 ? "left" : "right",
    wrap: i === 0,
  }));
  const rows = targets.map((x) => [x.label, n(x.target), n(x.recognized), pct(x.percent)]);
  return ["", CLI.TABLE.targets, ...table(columns, rows, width)];
}

function criteriaTable(r: Report, width: number, topN: number): string[] {
  const top = r.criteria.slice(0, topN);
  const title = CLI.TABLE.topCriteria(top.length, r.criteria.length);
  if (!top.length) return ["", title, `  ${CLI.TABLE.noCriteria}`];
  const columns: Column[] = CLI.TABLE.criteriaHeaders.map((header, i) => ({
    header,
    align: i === 1 ? "right" : "left",
    wrap: i === 2,
  }));
  const rows = top.map((c) => [c.code, n(c.failed), `${oneLine(c.text)}\n→ ${oneLine(c.line)}`]);
  return ["", title, ...table(columns, rows, width)];
}

function problemList(r: Report, width: number, maxProblems: number): string[] {
  const out = ["", CLI.TABLE.problems(r.problems.length)];
  if (!r.problems.length) out.push(`  ${CLI.TABLE.noProblems}`);
  for (const p of r.problems.slice(0, maxProblems)) {
    const lines = wrap(formatProblem(p), width - 4);
    out.push(`  • ${lines[0]}`, ...lines.slice(1).map((l) => `    ${l}`));
  }
  if (r.problems.length > maxProblems)
    out.push(`  ${CLI.TABLE.moreProblems(r.problems.length - maxProblems)}`);
  return out;
}
