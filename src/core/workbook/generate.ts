/** Generated workbooks of any size (benchmarks and scale tests): a roster, and filled ward tabs. */
import { builtinFramework } from "../frameworks";
import type { Roster, Unit, Ward } from "../model";
import { CELL_WORDS } from "../vocabulary";
import { criteriaSpec } from "./criteriaSheet";
import type { CellValue, SheetSpec } from "./spec";
import { historySpec, planSpec, rosterSpec } from "./tables";
import { wardTabSpec } from "./wardTab";

export interface GenerateOptions {
  wards: number;
  /** Units in all, spread as evenly as possible over the wards. */
  units: number;
  year?: number;
  /** Filled ward tabs too (default), or only the sheets set-up starts from (Tiêu chí, Danh mục, …). */
  tabs?: boolean;
}

/** The city office of a generated workbook (Danh mục B2). */
export const GENERATED_CITY_EDITOR = "noivu@example.gov.vn";

/** Deterministic pseudo-random values (no Math.random: runs must be repeatable). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The generated roster: wards "Phường số i" (every third a xã) with one editor each, units spread evenly. */
export function generatedRoster(opts: GenerateOptions): Roster {
  const wards: Ward[] = Array.from({ length: opts.wards }, (_, i) => ({
    code: `W${i + 1}`,
    name: `Phường số ${i + 1}`,
    kind: i % 3 === 2 ? "xa" : "phuong",
    tab: `Phường số ${i + 1}`,
    editors: [`w${i + 1}@example.gov.vn`],
    pilot: false,
  }));
  const units: Unit[] = wards.flatMap((w, i) =>
    Array.from(
      { length: Math.floor(opts.units / opts.wards) + (i < opts.units % opts.wards ? 1 : 0) },
      (_, j) => ({
        code: `${w.code}-TDP${String(j + 1).padStart(3, "0")}`,
        name: `Tổ dân phố số ${j + 1}`,
        type: "tdp" as const,
        ward: w.code,
      }),
    ),
  );
  return { wards, units };
}

export function generatedSpecs(opts: GenerateOptions): SheetSpec[] {
  const fw = builtinFramework("laichau-2021")!;
  const year = opts.year ?? 2024;
  const rand = lcg(opts.wards * 1000 + opts.units);
  const roster = generatedRoster(opts);
  const { wards, units } = roster;
  const specs: SheetSpec[] = [
    criteriaSpec(fw, year),
    rosterSpec(roster, [GENERATED_CITY_EDITOR], { ward: fw.wardWord, unit: fw.unitWord }),
    planSpec({ registrations: [], yearTargets: [{ year, target: Math.ceil(units.length / 2) }] }, () => ""),
    historySpec([], () => ({ name: "", ward: "" })),
  ];
  if (opts.tabs === false) return specs;
  const codes = [...fw.criteria.map((c) => c.code), ...fw.disqualifiers.map((d) => d.code)];
  for (const ward of wards) {
    const mine = units.filter((u) => u.ward === ward.code);
    const values = new Map<string, CellValue[]>();
    for (const code of codes)
      values.set(
        code,
        mine.map(() =>
          code.startsWith("II")
            ? rand() < 0.02
              ? CELL_WORDS.yes
              : CELL_WORDS.no
            : rand() < 0.93
              ? CELL_WORDS.pass
              : CELL_WORDS.fail,
        ),
      );
    specs.push(
      wardTabSpec({
        framework: fw,
        year,
        ward,
        columns: mine.map((unit) => ({ unit })),
        unitChoices: [],
        values,
      }),
    );
  }
  return specs;
}
