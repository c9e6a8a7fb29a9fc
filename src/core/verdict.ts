import { readCriterion, readDisqualifier, showValue } from "./cell";
import { criterionApplies, type Framework, type UnitType, type WardKind } from "./framework";
import { msg, tenthsToVi, VERDICT } from "./messages";

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
  verdict: Verdict;
  standards: StandardResult[];
  failing: string[];
  disqualified: string[];
  missing: string[];
  invalid: InvalidCell[];
  /** What keeps the unit from recognition, in Vietnamese; "" when recognized. */
  gaps: string;
  explanation: string;
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
  const standards: StandardResult[] = fw.standards.map((s) => {
    const threshold = fw.rule === "all-must-pass" ? 100 : s.threshold;
    const r: StandardResult = {
      code: s.code,
      name: s.name,
      threshold,
      passed: 0,
      applicable: 0,
      needed: 0,
      status: "pass",
      failedCodes: [],
      missingCodes: [],
    };
    let unknown = 0;
    for (const c of fw.criteria) {
      if (c.standard !== s.code || !criterionApplies(c, unit.unitType, unit.wardKind)) continue;
      const raw = unit.criteria[c.code];
      const state = readCriterion(raw);
      if (state === "na") continue;
      r.applicable++;
      if (state === "pass") r.passed++;
      else if (state === "fail") r.failedCodes.push(c.code);
      else {
        unknown++;
        if (state === "missing") r.missingCodes.push(c.code);
        else
          invalid.push({
            code: c.code,
            value: showValue(raw),
            message: msg.cellInvalid(c.code, showValue(raw)),
          });
      }
    }
    r.needed = neededFor(threshold, r.applicable);
    const worstPasses = r.passed * 100 >= threshold * r.applicable;
    const bestPasses = (r.passed + unknown) * 100 >= threshold * r.applicable;
    r.status = worstPasses ? "pass" : bestPasses ? "missing" : "fail";
    missing.push(...r.missingCodes);
    failing.push(...r.failedCodes);
    return r;
  });

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

  const verdict: Verdict = invalid.length
    ? "invalid"
    : disqualified.length || standards.some((s) => s.status === "fail")
      ? "fail"
      : standards.some((s) => s.status === "missing")
        ? "missing"
        : "pass";
  const gaps = verdict === "pass" ? "" : describeGaps(standards, disqualified, invalid);
  const explanation =
    verdict === "pass"
      ? fw.rule === "all-must-pass"
        ? msg.explainAllPass()
        : msg.explainPass(fw.unitWord)
      : verdict === "fail"
        ? msg.explainFail(gaps)
        : verdict === "missing"
          ? msg.explainMissing(gaps)
          : msg.explainInvalid(gaps);
  return { verdict, standards, failing, disqualified, missing, invalid, gaps, explanation };
}

function describeGaps(standards: StandardResult[], disqualified: string[], invalid: InvalidCell[]): string {
  const parts: string[] = [];
  if (invalid.length) parts.push(msg.gapInvalid(invalid.map((i) => i.message)));
  for (const s of standards) {
    const label = msg.standardLabel(s.code);
    if (s.status === "fail") parts.push(msg.gapNeedMore(label, s.needed - s.passed, s.failedCodes));
    else if (s.status === "missing" && s.missingCodes.length) parts.push(msg.gapBlank(label, s.missingCodes));
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
