import { readCriterion, readDisqualifier, showValue } from "./cell";
import { type Criterion, criterionApplies, type Framework, type UnitType, type WardKind } from "./framework";
import { tenthsToVi } from "./text/format";
import { msg } from "./text/problems";
import { VERDICT } from "./vocabulary";

/** One unit's raw cell values, keyed by criterion / disqualifier code. */
export interface UnitInput {
  criteria: Readonly<Record<string, unknown>>;
  disqualifiers?: Readonly<Record<string, unknown>>;
  unitType?: UnitType;
  wardKind?: WardKind;
}

export type Status = "pass" | "fail" | "missing";
export type Verdict = Status | "invalid";

export interface StandardResult {
  code: string;
  name: string;
  threshold: number;
  passed: number;
  applicable: number;
  /** Smallest number of passed criteria that meets the threshold. */
  needed: number;
  status: Status;
  failedCodes: string[];
  missingCodes: string[];
}

export interface InvalidCell {
  code: string;
  value: string;
  message: string;
}

export interface VerdictResult {
  readonly verdict: Verdict;
  readonly standards: StandardResult[];
  readonly failing: string[];
  readonly disqualified: string[];
  readonly missing: string[];
  readonly invalid: InvalidCell[];
  /** Criteria whose cell says "Không áp dụng" (they leave the denominator). */
  readonly notApplicable: string[];
  /** What keeps the unit from recognition, in Vietnamese; "" when recognized. */
  readonly gaps: string;
  readonly explanation: string;
}

/** Smallest k with k × 100 ≥ threshold × applicable — integers only. */
export function neededFor(threshold: number, applicable: number): number {
  return Math.floor((threshold * applicable + 99) / 100);
}

/**
 * Judges one unit. Rule of seed 000 (Ghi chú): in every standard passed × 100 ≥ threshold × applicable
 * and no disqualifying case. A blank or unreadable cell counts only if it could change the outcome:
 * a standard that passes even with it failed passes; one that fails even with it passed fails.
 */
export function judge(fw: Framework, unit: UnitInput): VerdictResult {
  const invalid: InvalidCell[] = [];
  const missing: string[] = [];
  const failing: string[] = [];
  const notApplicable: string[] = [];
  const byStandard = criteriaByStandard(fw);
  const standards: StandardResult[] = fw.standards.map((s, si) => {
    const threshold = fw.rule === "all-must-pass" ? 100 : s.threshold;
    const tally = tallyStandard(byStandard[si], unit, notApplicable, invalid);
    if (tally.missingCodes.length) missing.push(...tally.missingCodes);
    if (tally.failedCodes.length) failing.push(...tally.failedCodes);
    return standardResult(s, threshold, tally, byStandard[si], notApplicable);
  });
  const disqualified = readDisqualifiers(fw, unit, invalid);
  return new Judgement(
    fw,
    overallVerdict(invalid, disqualified, standards),
    standards,
    failing,
    disqualified,
    missing,
    invalid,
    notApplicable,
  );
}

/** What one standard's cells say: passed, applicable and unknown counts, the failed and blank codes. */
interface Tally {
  passed: number;
  applicable: number;
  unknown: number;
  failedCodes: string[];
  missingCodes: string[];
}

/** Tallies a standard's criteria that apply to the unit; "Không áp dụng" codes and unreadable cells are appended to `notApplicable` and `invalid`. */
function tallyStandard(
  criteria: Criterion[],
  unit: UnitInput,
  notApplicable: string[],
  invalid: InvalidCell[],
): Tally {
  // Locals and lazily created lists: this loop runs for every cell of every unit.
  let passed = 0;
  let applicable = 0;
  let unknown = 0;
  let failedCodes: string[] = NONE;
  let missingCodes: string[] = NONE;
  for (const c of criteria) {
    if ((c.unitTypes || c.wardKinds) && !criterionApplies(c, unit.unitType, unit.wardKind)) continue;
    const raw = unit.criteria[c.code];
    const state = readCriterion(raw);
    if (state === "pass") {
      passed++;
      applicable++;
    } else if (state === "na") {
      notApplicable.push(c.code);
    } else {
      applicable++;
      if (state === "fail") failedCodes = failedCodes === NONE ? [c.code] : [...failedCodes, c.code];
      else {
        unknown++;
        if (state === "missing") missingCodes = missingCodes === NONE ? [c.code] : [...missingCodes, c.code];
        else
          invalid.push({
            code: c.code,
            value: showValue(raw),
            message: msg.cellInvalid(c.code, showValue(raw)),
          });
      }
    }
  }
  return { passed, applicable, unknown, failedCodes, missingCodes };
}

/** A standard's result: pass if it passes with every unknown cell failed, fail if it fails with them all passed, else missing. */
function standardResult(
  s: Framework["standards"][number],
  threshold: number,
  tally: Tally,
  criteria: Criterion[],
  notApplicable: string[],
): StandardResult {
  const { passed, applicable, unknown, failedCodes, missingCodes } = tally;
  // Every criterion of the standard marked "Không áp dụng" by hand: nothing was judged, so it cannot pass.
  const allMarkedNa = applicable === 0 && criteria.some((c) => notApplicable.includes(c.code));
  const worstPasses = !allMarkedNa && passed * 100 >= threshold * applicable;
  const bestPasses = !allMarkedNa && (passed + unknown) * 100 >= threshold * applicable;
  return {
    code: s.code,
    name: s.name,
    threshold,
    passed,
    applicable,
    needed: neededFor(threshold, applicable),
    status: worstPasses ? "pass" : bestPasses || allMarkedNa ? "missing" : "fail",
    failedCodes,
    missingCodes,
  };
}

/** The disqualifying cases answered Có; unreadable answers are appended to `invalid`. */
function readDisqualifiers(fw: Framework, unit: UnitInput, invalid: InvalidCell[]): string[] {
  const disqualified: string[] = [];
  for (const d of fw.disqualifiers) {
    const raw = unit.disqualifiers?.[d.code];
    const state = readDisqualifier(raw);
    if (state === "yes") disqualified.push(d.code);
    else if (state === "invalid")
      invalid.push({
        code: d.code,
        value: showValue(raw),
        message: msg.disqualifierInvalid(d.code, showValue(raw)),
      });
  }
  return disqualified;
}

/** The unit's verdict: invalid on any unreadable cell, else fail, else missing, else pass. */
function overallVerdict(
  invalid: InvalidCell[],
  disqualified: string[],
  standards: StandardResult[],
): Verdict {
  return invalid.length
    ? "invalid"
    : disqualified.length || standards.some((s) => s.status === "fail")
      ? "fail"
      : standards.some((s) => s.status === "missing")
        ? "missing"
        : "pass";
}

/** A verdict whose two sentences are built only when read (a roll-up of thousands rarely needs them). */
class Judgement implements VerdictResult {
  private gapsText: string | undefined;
  private explanationText: string | undefined;
  constructor(
    private readonly fw: Framework,
    readonly verdict: Verdict,
    readonly standards: StandardResult[],
    readonly failing: string[],
    readonly disqualified: string[],
    readonly missing: string[],
    readonly invalid: InvalidCell[],
    readonly notApplicable: string[],
  ) {}
  get gaps(): string {
    if (this.gapsText === undefined)
      this.gapsText =
        this.verdict === "pass" ? "" : describeGaps(this.standards, this.disqualified, this.invalid);
    return this.gapsText;
  }
  get explanation(): string {
    if (this.explanationText === undefined)
      this.explanationText =
        this.verdict === "invalid" ? `${gapsShown(this)}.` : explain(this.fw, this.verdict, this.gaps);
    return this.explanationText;
  }
}

function explain(fw: Framework, verdict: Verdict, gaps: string): string {
  if (verdict === "pass")
    return fw.rule === "all-must-pass" ? msg.explainAllPass() : msg.explainPass(fw.unitWord);
  return verdict === "fail" ? msg.explainFail(gaps) : msg.explainMissing(gaps);
}

/**
 * What TDP_GAPS shows for the unit: the gaps, or on an unreadable cell the error (the rest cannot be
 * judged until it is fixed). The sidebar's explanation is this text, so the two never disagree.
 */
export function gapsShown(r: VerdictResult): string {
  return r.verdict === "invalid" ? verdictLabel(r) : r.gaps;
}

/** Shared empty list for standards with nothing failed or blank (never mutated). */
const NONE: string[] = Object.freeze([]) as unknown as string[];

const grouped = new WeakMap<Framework, Criterion[][]>();

/** The criteria of each standard, computed once per framework object. */
function criteriaByStandard(fw: Framework): Criterion[][] {
  let g = grouped.get(fw);
  if (!g) {
    g = fw.standards.map((s) => fw.criteria.filter((c) => c.standard === s.code));
    grouped.set(fw, g);
  }
  return g;
}

function describeGaps(standards: StandardResult[], disqualified: string[], invalid: InvalidCell[]): string {
  const parts: string[] = [];
  if (invalid.length) parts.push(msg.gapInvalid(invalid.map((i) => i.message)));
  for (const s of standards) {
    const label = msg.standardLabel(s.code);
    if (s.status === "fail") parts.push(msg.gapNeedMore(label, s.needed - s.passed, s.failedCodes));
    else if (s.status === "missing" && s.missingCodes.length) parts.push(msg.gapBlank(label, s.missingCodes));
    // Undecided with no blank cell: either nothing applies (all "Không áp dụng") or the unknown cells
    // are unreadable, which the invalid part above already names (TC5 3/4 + one bad cell is not "nothing judged").
    else if (s.status === "missing" && s.applicable === 0) parts.push(msg.gapNothingJudged(label));
  }
  if (disqualified.length) parts.push(msg.gapDisqualified(disqualified));
  return parts.join("; ");
}

/** The exact label a cell shows: Đạt / Không đạt / Thiếu dữ liệu / Lỗi: … */
export function verdictLabel(r: VerdictResult): string {
  if (r.verdict === "invalid") return `${msg.errorPrefix}${r.invalid.map((i) => i.message).join("; ")}`;
  return VERDICT[r.verdict];
}

/** Percent of passed over applicable in tenths, rounded half up with integers (6/7 → 857). */
export function percentTenths(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.floor((part * 2000 + whole) / (2 * whole));
}

/** "6/7 (85,7%) – đạt" */
export function standardLabel(s: StandardResult): string {
  const status =
    s.status === "pass"
      ? msg.standardStatusPass
      : s.status === "fail"
        ? msg.standardStatusFail
        : msg.standardStatusMissing;
  const pct = s.applicable ? ` (${tenthsToVi(percentTenths(s.passed, s.applicable))}%)` : "";
  return `${s.passed}/${s.applicable}${pct} – ${status}`;
}
