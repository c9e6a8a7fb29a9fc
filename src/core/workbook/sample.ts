/** The Lai Châu training workbook (roster, plan, history 2021–2023, ward self-assessments 2024) as sheets. */
import { builtinFramework } from "../frameworks";
import { activeIn } from "../model";
import {
  LAICHAU_EVALUATIONS_2024,
  LAICHAU_HISTORY,
  LAICHAU_PLAN,
  LAICHAU_ROSTER,
  LAICHAU_SAMPLE_YEAR,
  laichauUnit,
  sampleHeader,
} from "../sample/laichau";
import { naturalCompare } from "../text";
import { criteriaSpec } from "./setup";
import type { CellValue, SheetSpec } from "./spec";
import { historySpec, planSpec, rosterSpec } from "./tables";
import { SPARE_COLUMNS, unitHeader, wardTabSpec } from "./wardTab";

export const SAMPLE_CITY_EDITORS = ["noivu@laichau.example.gov.vn"];

export function sampleSpecs(): SheetSpec[] {
  const fw = builtinFramework("laichau-2021")!;
  const year = LAICHAU_SAMPLE_YEAR;
  const roster = LAICHAU_ROSTER;
  const describe = (code: string) => {
    const u = laichauUnit(code);
    return { name: u?.name ?? "", ward: roster.wards.find((w) => w.code === u?.ward)?.name ?? "" };
  };
  const specs: SheetSpec[] = [
    criteriaSpec(fw, year),
    rosterSpec(roster, SAMPLE_CITY_EDITORS, { ward: fw.wardWord, unit: fw.unitWord }),
    planSpec(LAICHAU_PLAN, (c) => describe(c).name),
    historySpec(LAICHAU_HISTORY, describe),
  ];
  for (const ward of roster.wards) {
    const evaluations = LAICHAU_EVALUATIONS_2024[ward.code] ?? [];
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
          ...evaluations.map((e) => ({ unit: laichauUnit(e.unit), header: sampleHeader(e) })),
          ...Array.from({ length: SPARE_COLUMNS }, () => ({})),
        ],
        unitChoices,
        values,
      }),
    );
  }
  return specs;
}
