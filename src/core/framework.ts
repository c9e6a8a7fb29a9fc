import * as z from "zod";
import { msg } from "./text/problems";
import { KIND_WORDS } from "./vocabulary";

/** Kind of residential unit: tổ dân phố / bản (thôn) / tổ tự quản. */
export const UNIT_TYPES = ["tdp", "ban", "to"] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
/** Kind of the ward-level area the unit lies in. */
export const WARD_KINDS = ["phuong", "xa"] as const;
export type WardKind = (typeof WARD_KINDS)[number];

/** Text used for a unit of a given type / location (criteria 2.6 and 2.7 of Lai Châu). */
export const criterionVariantSchema = z.object({
  unitTypes: z.array(z.enum(UNIT_TYPES)).optional(),
  wardKinds: z.array(z.enum(WARD_KINDS)).optional(),
  text: z.string().trim().min(1),
});

export const criterionSchema = z.object({
  code: z.string().trim().min(1),
  standard: z.string().trim().min(1),
  text: z.string().trim().min(1),
  /** If set, the criterion only applies to these unit types; others count it as not applicable. */
  unitTypes: z.array(z.enum(UNIT_TYPES)).optional(),
  /** If set, the criterion only applies to units in these ward kinds. */
  wardKinds: z.array(z.enum(WARD_KINDS)).optional(),
  variants: z.array(criterionVariantSchema).optional(),
});

export const standardSchema = z.object({
  code: z.string().trim().min(1),
  name: z.string().trim().min(1),
  /** Pass threshold in percent of applicable criteria (integer 1–100). */
  threshold: z.number().int().min(1).max(100),
});

export const disqualifierSchema = z.object({
  code: z.string().trim().min(1),
  text: z.string().trim().min(1),
});

export const RULE_KINDS = ["per-standard-threshold", "all-must-pass"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const frameworkSchema = z.object({
  id: z.string().trim().min(1),
  name: z.string().trim().min(1),
  /** Short title of the programme, used in summary headings. */
  year: z.number().int().min(2000).max(2100).optional(),
  /** The day the wards must submit before ("yyyy-mm-dd"; a submission on it is late). */
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  rule: z.enum(RULE_KINDS),
  /** Words used for the evaluated unit and the ward level in this programme. */
  unitWord: z.string().trim().min(1).default(KIND_WORDS.defaultUnitWord),
  wardWord: z.string().trim().min(1).default(KIND_WORDS.defaultWardWord),
  /** The level the report speaks for ("toàn thành phố có …") and the title recognized ("… tiêu chí tự quản, …"). */
  placeWord: z.string().trim().min(1).default(KIND_WORDS.defaultPlaceWord),
  titleWord: z.string().trim().min(1).default(KIND_WORDS.defaultTitleWord),
  source: z.string().optional(),
  standards: z.array(standardSchema).min(1),
  criteria: z.array(criterionSchema).min(1),
  disqualifiers: z.array(disqualifierSchema).default([]),
  note: z.string().optional(),
});

export type Framework = z.infer<typeof frameworkSchema>;
export type FrameworkInput = z.input<typeof frameworkSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Standard = z.infer<typeof standardSchema>;
export type Disqualifier = z.infer<typeof disqualifierSchema>;

/** A problem found in a framework definition; `where` says row/field (e.g. "dòng 12, cột Mã"). */
export interface FrameworkProblem {
  where: string;
  message: string;
}

export type FrameworkResult =
  | { ok: true; framework: Framework }
  | { ok: false; problems: FrameworkProblem[] };

/**
 * Validates a framework from any source. `rowOf` maps a path (e.g. ["criteria", 3]) to a human
 * location such as "Tiêu chí!A14"; the default names the list and the 1-based position.
 */
export function parseFramework(
  input: unknown,
  rowOf: (path: readonly PropertyKey[]) => string = defaultLocation,
): FrameworkResult {
  // reportInput: an issue then carries the value seen, so a missing field is told from a wrong one.
  const parsed = frameworkSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        where: rowOf(issue.path),
        message: describeIssue(issue),
      })),
    };
  }
  const problems = checkConsistency(parsed.data, rowOf);
  return problems.length ? { ok: false, problems } : { ok: true, framework: parsed.data };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = String(issue.path[issue.path.length - 1] ?? "");
  if (field === "threshold") return msg.fwThresholdRange();
  const label = fieldLabel(field);
  if (issue.code === "too_small" && issue.origin === "string") return msg.fwEmpty(label);
  if (issue.code === "too_small" && issue.origin === "array") return msg.fwListEmpty(label);
  if (issue.code === "invalid_type" && issue.input === undefined) return msg.fwEmpty(label);
  return msg.fwInvalidField(label);
}

function fieldLabel(field: string): string {
  return field === "" ? msg.fwWhole : (msg.fwFieldLabels[field] ?? field);
}

function defaultLocation(path: readonly PropertyKey[]): string {
  const [list, index, field] = path;
  const listName = fieldLabel(String(list ?? ""));
  if (typeof index === "number") {
    return field === undefined
      ? msg.fwItem(listName, index + 1)
      : msg.fwItemField(listName, index + 1, fieldLabel(String(field)));
  }
  return listName || msg.fwWhole;
}

function checkConsistency(
  fw: Framework,
  rowOf: (path: readonly PropertyKey[]) => string,
): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const seen = new Map<string, string>();
  const note = (path: PropertyKey[], code: string) => {
    const key = code.toLowerCase();
    const first = seen.get(key);
    if (first) problems.push({ where: rowOf(path), message: msg.fwDuplicateCode(code, first) });
    else seen.set(key, rowOf(path));
  };
  for (const list of ["standards", "criteria", "disqualifiers"] as const) {
    fw[list].forEach((item, i) => {
      note([list, i, "code"], item.code);
    });
  }

  const standardCodes = new Set(fw.standards.map((s) => s.code));
  fw.criteria.forEach((c, i) => {
    if (!standardCodes.has(c.standard))
      problems.push({
        where: rowOf(["criteria", i, "standard"]),
        message: msg.fwUnknownStandard(c.code, c.standard),
      });
  });
  fw.standards.forEach((s, i) => {
    if (!fw.criteria.some((c) => c.standard === s.code))
      problems.push({
        where: rowOf(["standards", i, "code"]),
        message: msg.fwStandardWithoutCriteria(s.code),
      });
  });
  return problems;
}

/** Text of a criterion as it applies to a unit (variants for bản / TDP, xã / phường). */
export function criterionTextFor(c: Criterion, unitType?: UnitType, wardKind?: WardKind): string {
  const variant = c.variants?.find(
    (v) =>
      (!v.unitTypes || (unitType && v.unitTypes.includes(unitType))) &&
      (!v.wardKinds || (wardKind && v.wardKinds.includes(wardKind))),
  );
  return variant?.text ?? c.text;
}

/** Whether a criterion applies to a unit; unknown type/location means "applies". */
export function criterionApplies(c: Criterion, unitType?: UnitType, wardKind?: WardKind): boolean {
  if (c.unitTypes && unitType && !c.unitTypes.includes(unitType)) return false;
  if (c.wardKinds && wardKind && !c.wardKinds.includes(wardKind)) return false;
  return true;
}
