/**
 * The logic behind the =TDP_* custom functions, on plain values as Apps Script passes them
 * (a scalar for one cell, a 2-D array for a range, undefined for an omitted argument).
 */
import type { Framework } from "./framework";
import { BUILTIN_FRAMEWORK_IDS, builtinFramework, DEFAULT_FRAMEWORK_ID } from "./frameworks";
import { frameworkFromRows } from "./frameworkTable";
import { cleanText, foldKey } from "./text";
import { msg } from "./text/problems";
import { gapsShown, judge, standardLabel, type UnitInput, type VerdictResult, verdictLabel } from "./verdict";

export type Cell = unknown;
export type Output = string | string[][];

class FnError extends Error {}

const asMatrix = (x: unknown): Cell[][] =>
  x === undefined || x === null
    ? []
    : Array.isArray(x)
      ? (x.map((r) => (Array.isArray(r) ? r : [r])) as Cell[][])
      : [[x]];

const transpose = (m: Cell[][]): Cell[][] => (m.length ? m[0].map((_, c) => m.map((r) => r[c])) : []);

const isBlankCell = (v: Cell) => v === null || v === undefined || cleanText(v) === "";

/** An omitted argument: undefined, or a single blank cell / "" typed as a placeholder. */
const isOmitted = (m: Cell[][]) =>
  m.length === 0 || (m.length === 1 && m[0].length === 1 && isBlankCell(m[0][0]));

/** Framework from the optional argument: omitted → Lai Châu 2021; text → built-in id; range → criteria table. */
export function resolveFramework(arg: unknown): Framework {
  const m = asMatrix(arg);
  if (isOmitted(m)) {
    return builtinFramework(DEFAULT_FRAMEWORK_ID)!;
  }
  if (m.length === 1 && m[0].length === 1) {
    const fw = builtinFramework(cleanText(m[0][0]));
    if (!fw) throw new FnError(msg.fwUnknownBuiltin(cleanText(m[0][0]), BUILTIN_FRAMEWORK_IDS));
    return fw;
  }
  const parsed = frameworkFromRows(m);
  if (!parsed.framework) {
    const p = parsed.problems[0];
    throw new FnError(msg.fwBadTable(msg.fwTableCell(p.cell), p.message));
  }
  return parsed.framework;
}

/** Splits the results (and optional codes / disqualifiers ranges) into one UnitInput per unit column. */
export function unitsFromRanges(
  fw: Framework,
  resultsArg: unknown,
  disqualifiersArg?: unknown,
  codesArg?: unknown,
): { units: UnitInput[]; blank: boolean[]; single: boolean } {
  const { results, codes, dq, width, single } = shapeRanges(fw, resultsArg, disqualifiersArg, codesArg);
  const d = fw.disqualifiers.length;
  const { criterionRow, disqualifierRow } = codes.length
    ? rowsByCodes(fw, results, codes)
    : rowsByPosition(fw, results);
  if (dq.length && dq.length !== d) throw new FnError(msg.fnDisqualifierCount(dq.length, d));
  if (dq.length && disqualifierRow.size) throw new FnError(msg.fnDisqualifiersTwice());

  const units: UnitInput[] = [];
  const blank: boolean[] = [];
  for (let col = 0; col < width; col++) {
    const { unit, allBlank } = unitAt(fw, results, dq, criterionRow, disqualifierRow, col);
    units.push(unit);
    blank.push(allBlank);
  }
  return { units, blank, single };
}

/** The arguments as matrices, one unit per column (a 1 × n row of one unit is turned into a column). */
function shapeRanges(
  fw: Framework,
  resultsArg: unknown,
  disqualifiersArg: unknown,
  codesArg: unknown,
): { results: Cell[][]; codes: Cell[][]; dq: Cell[][]; width: number; single: boolean } {
  let results = asMatrix(resultsArg);
  const codesGiven = asMatrix(codesArg);
  const codes = isOmitted(codesGiven) ? [] : codesGiven;
  const dqGiven = asMatrix(disqualifiersArg);
  let dq = isOmitted(dqGiven) ? [] : dqGiven;
  const d = fw.disqualifiers.length;
  let single = false;

  // One unit typed as a row (1 × n) is turned into a column — with its codes row, if given.
  const rowShaped = results.length === 1 && results[0].length > 1;
  if (rowShaped && (!codes.length || (codes.length === 1 && codes[0].length === results[0].length))) {
    results = transpose(results);
    single = true;
  }
  const width = results[0]?.length ?? 0;
  if (!single) single = width === 1;
  if (dq.length === 1 && dq[0].length === d && width === 1) dq = transpose(dq);
  return { results, codes, dq, width, single };
}

/** Row index of each criterion / disqualifier. */
interface CodeRows {
  criterionRow: Map<string, number>;
  disqualifierRow: Map<string, number>;
}

/** Rows found by the codes range: every criterion must be there, none twice. */
function rowsByCodes(fw: Framework, results: Cell[][], codes: Cell[][]): CodeRows {
  const criterionRow = new Map<string, number>();
  const disqualifierRow = new Map<string, number>();
  const codeCol = codes.length === 1 && codes[0].length === results.length ? transpose(codes) : codes;
  if (codeCol.length !== results.length)
    throw new FnError(msg.fnCodesMismatch(results.length, codeCol.length));
  const critKeys = new Map(fw.criteria.map((c) => [foldKey(c.code), c.code]));
  const dqKeys = new Map(fw.disqualifiers.map((x) => [foldKey(x.code), x.code]));
  codeCol.forEach((row, i) => {
    const key = foldKey(row[0]);
    const target = critKeys.has(key) ? criterionRow : dqKeys.has(key) ? disqualifierRow : null;
    const code = critKeys.get(key) ?? dqKeys.get(key);
    if (!target || !code) return;
    if (target.has(code)) throw new FnError(msg.fnDuplicateCode(code));
    target.set(code, i);
  });
  const lacking = fw.criteria.filter((c) => !criterionRow.has(c.code)).map((c) => c.code);
  if (lacking.length) throw new FnError(msg.fnMissingCodes(lacking));
  return { criterionRow, disqualifierRow };
}

/** Rows in framework order without codes: the criteria, then optionally the disqualifiers. */
function rowsByPosition(fw: Framework, results: Cell[][]): CodeRows {
  const criterionRow = new Map<string, number>();
  const disqualifierRow = new Map<string, number>();
  const n = fw.criteria.length;
  const d = fw.disqualifiers.length;
  if (results.length !== n && results.length !== n + d)
    throw new FnError(msg.fnTooManyCells(results.length, n));
  for (const [i, c] of fw.criteria.entries()) criterionRow.set(c.code, i);
  if (results.length === n + d)
    for (const [i, x] of fw.disqualifiers.entries()) disqualifierRow.set(x.code, n + i);
  return { criterionRow, disqualifierRow };
}

/** Column `col` as one unit's input, and whether all its cells are blank. */
function unitAt(
  fw: Framework,
  results: Cell[][],
  dq: Cell[][],
  criterionRow: Map<string, number>,
  disqualifierRow: Map<string, number>,
  col: number,
): { unit: UnitInput; allBlank: boolean } {
  const criteria: Record<string, Cell> = {};
  const disqualifiers: Record<string, Cell> = {};
  let allBlank = true;
  for (const [code, row] of criterionRow) {
    criteria[code] = results[row][col];
    if (!isBlankCell(results[row][col])) allBlank = false;
  }
  for (const [code, row] of disqualifierRow) {
    disqualifiers[code] = results[row][col];
    if (!isBlankCell(results[row][col])) allBlank = false;
  }
  fw.disqualifiers.forEach((x, i) => {
    if (dq.length) {
      const v = dq[i][Math.min(col, dq[i].length - 1)];
      disqualifiers[x.code] = v;
      if (!isBlankCell(v)) allBlank = false;
    }
  });
  return { unit: { criteria, disqualifiers }, allBlank };
}

/** Runs `f` for every unit column; a column left entirely blank in a multi-unit range shows "". */
function perUnit(
  frameworkArg: unknown,
  resultsArg: unknown,
  disqualifiersArg: unknown,
  codesArg: unknown,
  f: (r: VerdictResult, fw: Framework) => string,
): Output {
  try {
    const fw = resolveFramework(frameworkArg);
    const { units, blank, single } = unitsFromRanges(fw, resultsArg, disqualifiersArg, codesArg);
    const out = units.map((u, i) => (blank[i] && !single ? "" : f(judge(fw, u), fw)));
    return single ? out[0] : [out];
  } catch (e) {
    return `${msg.errorPrefix}${e instanceof FnError ? e.message : msg.fnInternal()}`;
  }
}

export function tdpVerdict(
  results: unknown,
  disqualifiers?: unknown,
  codes?: unknown,
  framework?: unknown,
): Output {
  return perUnit(framework, results, disqualifiers, codes, (r) => verdictLabel(r));
}

export function tdpGaps(
  results: unknown,
  disqualifiers?: unknown,
  codes?: unknown,
  framework?: unknown,
): Output {
  // The same text the sidebar explains a unit with (verdict.ts gapsShown).
  return perUnit(framework, results, disqualifiers, codes, gapsShown);
}

/** One standard for each unit; with `standard` omitted or "*", one row per standard. */
export function tdpStandard(
  results: unknown,
  standard?: unknown,
  codes?: unknown,
  framework?: unknown,
): Output {
  try {
    const fw = resolveFramework(framework);
    const wanted = cleanText(asMatrix(standard)[0]?.[0] ?? "");
    const all = wanted === "" || wanted === "*";
    const idx = all
      ? -1
      : fw.standards.findIndex((s) => foldKey(s.code) === foldKey(wanted.replace(/^tc\s*/i, "")));
    if (!all && idx < 0) throw new FnError(msg.fnUnknownStandard(wanted));
    const { units, blank, single } = unitsFromRanges(fw, results, undefined, codes);
    const rowsFor = (u: UnitInput, i: number) => {
      const r = judge(fw, u);
      const pick = all ? r.standards : [r.standards[idx]];
      return pick.map((s) => (blank[i] && !single ? "" : standardLabel(s)));
    };
    const columns = units.map(rowsFor);
    if (single && !all) return columns[0][0];
    // Rows = standards, columns = units.
    return columns[0] ? columns[0].map((_, s) => columns.map((col) => col[s])) : [[""]];
  } catch (e) {
    return `${msg.errorPrefix}${e instanceof FnError ? e.message : msg.fnInternal()}`;
  }
}
