/** Training workbooks as sheets: Lai Châu (2024, reproduces the report) and Quỳnh Vinh (2019). */
import { builtinFramework } from "../frameworks";
import { activeIn, type History, type Plan, type Roster } from "../model";
import {
  LAICHAU_EVALUATIONS_2024,
  LAICHAU_HISTORY,
  LAICHAU_PLAN,
  LAICHAU_ROSTER,
  LAICHAU_SAMPLE_YEAR,
  type SampleEvaluation,
} from "../sample/laichau";
import { QUYNHVINH_EVALUATIONS, QUYNHVINH_ROSTER, QUYNHVINH_SAMPLE_YEAR } from "../sample/quynhvinh";
import { naturalCompare } from "../text";
import { criteriaSpec } from "./criteriaSheet";
import type { CellValue, SheetSpec } from "./spec";
import { historySpec, planSpec, rosterSpec } from "./tables";
import { SPARE_COLUMNS, unitHeader, wardTabSpec } from "./wardTab";

export const SAMPLE_CITY_EDITORS = ["noivu@laichau.example.gov.vn"];

interface SampleData {
  frameworkId: string;
  year: number;
  roster: Roster;
  plan: Plan;
  history: History;
  evaluations: Record<string, SampleEvaluation[]>;
  cityEditors: string[];
}

export const SAMPLES: Record<"laichau" | "quynhvinh", SampleData> = {
  laichau: {
    frameworkId: "laichau-2021",
    year: LAICHAU_SAMPLE_YEAR,
    roster: LAICHAU_ROSTER,
    plan: LAICHAU_PLAN,
    history: LAICHAU_HISTORY,
    evaluations: LAICHAU_EVALUATIONS_2024,
    cityEditors: SAMPLE_CITY_EDITORS,
  },
  quynhvinh: {
    frameworkId: "quynhvinh-6k3c",
    year: QUYNHVINH_SAMPLE_YEAR,
    roster: QUYNHVINH_ROSTER,
    plan: { registrations: [], yearTargets: [] },
    history: [],
    evaluations: QUYNHVINH_EVALUATIONS,
    cityEditors: ["ubnd@quynhvinh.example.gov.vn"],
  },
};

export type SampleName = keyof typeof SAMPLES;

export function sampleSpecs(name: SampleName = "laichau"): SheetSpec[] {
  const data = SAMPLES[name];
  const fw = builtinFramework(data.frameworkId)!;
  const { year, roster } = data;
  const unitOf = (code: string) => roster.units.find((u) => u.code === code);
  const describe = (code: string) => {
    const u = unitOf(code);
    return { name: u?.name ?? "", ward: roster.wards.find((w) => w.code === u?.ward)?.name ?? "" };
  };
  const specs: SheetSpec[] = [
    criteriaSpec(fw, year),
    rosterSpec(roster, data.cityEditors, { ward: fw.wardWord, unit: fw.unitWord }),
    planSpec(data.plan, (c) => describe(c).name),
    historySpec(data.history, describe),
  ];
  for (const ward of roster.wards) {
    const evaluations = data.evaluations[ward.code] ?? [];
    const values = new Map<string, CellValue[]>();
    for (const code of [...fw.criteria.map((c) => c.code), ...fw.disqualifiers.map((d) => d.code)])
      values.set(
        code,
        evaluations.map((e) => e.criteria[code] ?? e.disqualifiers[code] ?? ""),
      );
    const unitChoices = roster.units
      .filter((u) => u.ward === ward.code && activeIn(u, year))
      .sort((a, b) => naturalCompare(a.name, b.name))
      .map(unitHeader);
    specs.push(
      wardTabSpec({
        framework: fw,
        year,
        ward,
        columns: [
          ...evaluations.map((e) => {
            const unit = unitOf(e.unit);
            return { unit, header: e.header ?? (unit ? unitHeader(unit) : e.unit) };
          }),
          ...Array.from({ length: SPARE_COLUMNS }, () => ({})),
        ],
        unitChoices,
        values,
      }),
    );
  }
  return specs;
}
