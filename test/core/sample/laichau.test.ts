import { describe, expect, it } from "vitest";
import { builtinFramework } from "../../../src/core/frameworks";
import { activeIn, planSchema, rosterSchema } from "../../../src/core/model";
import {
  LAICHAU_EVALUATIONS_2024,
  LAICHAU_EXPECTED_2024,
  LAICHAU_HISTORY,
  LAICHAU_MAINTAINED_2024,
  LAICHAU_NEW_2024,
  LAICHAU_NOT_RECOGNIZED_2024,
  LAICHAU_PLAN,
  LAICHAU_ROSTER,
  LAICHAU_SAMPLE_YEAR,
  type SampleEvaluation,
  sampleHeader,
} from "../../../src/core/sample/laichau";
import { judge } from "../../../src/core/verdict";

const fw = builtinFramework("laichau-2021")!;
const units = LAICHAU_ROSTER.units;
const unitByCode = new Map(units.map((u) => [u.code, u]));
const wardByCode = new Map(LAICHAU_ROSTER.wards.map((w) => [w.code, w]));
const activeCount = (year: number, ward?: string) =>
  units.filter((u) => activeIn(u, year) && (ward === undefined || u.ward === ward)).length;
const allEvaluations: Array<{ ward: string; ev: SampleEvaluation }> = Object.entries(
  LAICHAU_EVALUATIONS_2024,
).flatMap(([ward, evs]) => evs.map((ev) => ({ ward, ev })));

function verdictOf(ward: string, ev: SampleEvaluation) {
  const u = unitByCode.get(ev.unit)!;
  return judge(fw, {
    criteria: ev.criteria,
    disqualifiers: ev.disqualifiers,
    unitType: u.type,
    wardKind: wardByCode.get(ward)!.kind,
  }).verdict;
}

const slug = (name: string) =>
  name
    .replace(/^Bản /, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "D")
    .replace(/\s+/g, "")
    .toUpperCase();

describe("Lai Châu sample: roster", () => {
  it("parses with the schemas", () => {
    expect(() => rosterSchema.parse(LAICHAU_ROSTER)).not.toThrow();
    expect(() => planSchema.parse(LAICHAU_PLAN)).not.toThrow();
  });

  it("has 7 wards, 70 units in 2021 and 72 in 2022–2024", () => {
    expect(LAICHAU_ROSTER.wards.map((w) => w.code)).toEqual(["TP", "QT", "DK", "DP", "QTI", "ST", "SP"]);
    expect(activeCount(2021)).toBe(70);
    for (const year of [2022, 2023, 2024]) expect(activeCount(year)).toBe(72);
  });

  it("has the plan's per-ward counts in 2021", () => {
    const expected: Record<string, number> = { TP: 15, QT: 6, DK: 13, DP: 6, QTI: 8, ST: 9, SP: 13 };
    for (const [ward, n] of Object.entries(expected)) expect(activeCount(2021, ward), ward).toBe(n);
    expect(activeCount(2022, "DP")).toBe(8);
  });

  it("has unique codes, existing wards and the code conventions", () => {
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    for (const u of units) {
      expect(wardByCode.has(u.ward), u.code).toBe(true);
      if (u.type === "tdp") {
        const n = Number(/^Tổ dân phố số (\d+)$/.exec(u.name)?.[1]);
        expect(u.code).toBe(`${u.ward}-TDP${String(n).padStart(2, "0")}`);
      } else {
        expect(u.type).toBe("ban");
        expect(u.code).toBe(`${u.ward}-B-${slug(u.name)}`);
      }
      expect(u.code).toMatch(/^[A-Z0-9-]+$/);
    }
  });

  it("contains every unit named in the seeds", () => {
    const named = [
      ...[5, 8, 9, 10, 15, 16, 19].map((n) => `TP-TDP${String(n).padStart(2, "0")}`),
      "QT-TDP09",
      "QT-B-NAMLOONG3",
      "QT-B-SAOLANTHAN",
      ...[1, 2, 5, 6, 9, 12].map((n) => `DK-TDP${String(n).padStart(2, "0")}`),
      ...[22, 23, 25, 26, 27, 28].map((n) => `DP-TDP${n}`),
      "DP-B-TAXINCHAI",
      ...[3, 5, 6, 7, 8].map((n) => `QTI-TDP0${n}`),
      "ST-B-XEOXINCHAI",
      "ST-B-THANHCONG",
      "ST-B-MOI",
      "ST-B-LOSUOITUNG",
      "SP-B-SUNGCHO",
      "SP-B-GIAKHAU1",
      "SP-B-SUNGPHAI",
    ];
    for (const code of named) expect(unitByCode.has(code), code).toBe(true);
    expect(unitByCode.get("QT-B-NAMLOONG3")!.name).toBe("Bản Nậm Loỏng 3");
    expect(unitByCode.get("SP-B-SUNGCHO")!.name).toBe("Bản Sùng Chồ");
    expect(unitByCode.get("TP-TDP05")!.name).toBe("Tổ dân phố số 5");
    expect(unitByCode.get("DP-TDP27")!.from).toBe(2022);
  });
});

describe("Lai Châu sample: plan and history", () => {
  it("has the 26 registrations of the Biểu tổng hợp, all on existing units", () => {
    const regs = LAICHAU_PLAN.registrations;
    expect(regs).toHaveLength(26);
    expect(new Set(regs.map((r) => r.unit)).size).toBe(26);
    for (const r of regs) expect(unitByCode.has(r.unit), r.unit).toBe(true);
    const perYear = [2021, 2022, 2023, 2024, 2025].map((y) => regs.filter((r) => r.year === y).length);
    expect(perYear).toEqual([8, 2, 7, 3, 6]);
    expect(LAICHAU_PLAN.period).toEqual({ from: 2021, to: 2025, target: 26 });
    expect(LAICHAU_PLAN.yearTargets.find((t) => t.year === 2024)?.target).toBe(32);
  });

  it("has 8 / 17 / 28 recognized units in 2021 / 2022 / 2023, cumulative", () => {
    const inYear = (y: number) => LAICHAU_HISTORY.filter((h) => h.year === y).map((h) => h.unit);
    expect(inYear(2021)).toHaveLength(8);
    expect(inYear(2022)).toHaveLength(17);
    expect(inYear(2023)).toHaveLength(28);
    expect(LAICHAU_HISTORY).toHaveLength(53);
    for (const y of [2021, 2022, 2023]) expect(new Set(inYear(y)).size).toBe(inYear(y).length);
    for (const code of inYear(2021)) expect(inYear(2022)).toContain(code);
    for (const code of inYear(2022)) expect(inYear(2023)).toContain(code);
    for (const h of LAICHAU_HISTORY) {
      expect(unitByCode.has(h.unit), h.unit).toBe(true);
      expect(activeIn(unitByCode.get(h.unit)!, h.year), h.unit).toBe(true);
    }
  });
});

describe("Lai Châu sample: evaluations 2024", () => {
  it("evaluates existing, active units of the right ward, each once", () => {
    const seen = new Set<string>();
    for (const { ward, ev } of allEvaluations) {
      const u = unitByCode.get(ev.unit);
      expect(u, ev.unit).toBeDefined();
      expect(u!.ward).toBe(ward);
      expect(activeIn(u!, LAICHAU_SAMPLE_YEAR), ev.unit).toBe(true);
      expect(seen.has(ev.unit), ev.unit).toBe(false);
      seen.add(ev.unit);
    }
    expect(allEvaluations).toHaveLength(39);
  });

  it("contains the 35 expected recognized units", () => {
    const evaluated = new Set(allEvaluations.map(({ ev }) => ev.unit));
    const expected = [...LAICHAU_MAINTAINED_2024, ...LAICHAU_NEW_2024];
    expect(new Set(expected).size).toBe(LAICHAU_EXPECTED_2024.recognized);
    expect(LAICHAU_MAINTAINED_2024).toHaveLength(LAICHAU_EXPECTED_2024.maintained);
    expect(LAICHAU_NEW_2024).toHaveLength(LAICHAU_EXPECTED_2024.new);
    for (const code of expected) expect(evaluated.has(code), code).toBe(true);
    const recognized2023 = LAICHAU_HISTORY.filter((h) => h.year === 2023).map((h) => h.unit);
    expect([...LAICHAU_MAINTAINED_2024].sort()).toEqual([...recognized2023].sort());
  });

  it("judges exactly the 35 designed units as recognized", () => {
    const passed = allEvaluations
      .filter(({ ward, ev }) => verdictOf(ward, ev) === "pass")
      .map(({ ev }) => ev.unit);
    expect(passed).toHaveLength(LAICHAU_EXPECTED_2024.recognized);
    expect(new Set(passed)).toEqual(new Set([...LAICHAU_MAINTAINED_2024, ...LAICHAU_NEW_2024]));
    const maintained = passed.filter((c) => LAICHAU_MAINTAINED_2024.includes(c));
    const fresh = passed.filter((c) => !LAICHAU_MAINTAINED_2024.includes(c));
    expect(maintained).toHaveLength(LAICHAU_EXPECTED_2024.maintained);
    expect(fresh.sort()).toEqual([...LAICHAU_NEW_2024].sort());
    const lost = LAICHAU_MAINTAINED_2024.filter((c) => !passed.includes(c));
    expect(lost).toHaveLength(LAICHAU_EXPECTED_2024.lost);
  });

  it("does not recognize the 4 extra units", () => {
    expect(LAICHAU_NOT_RECOGNIZED_2024).toHaveLength(4);
    for (const code of LAICHAU_NOT_RECOGNIZED_2024) {
      const found = allEvaluations.find(({ ev }) => ev.unit === code);
      expect(found, code).toBeDefined();
      expect(verdictOf(found!.ward, found!.ev), code).toBe("fail");
    }
  });

  it("keeps the planted messy cells and header variants", () => {
    const cells = allEvaluations.flatMap(({ ev }) => Object.values(ev.criteria));
    for (const v of ["đạt", "Dat", "Đạt".normalize("NFD"), "  Đạt ", "x", "Không áp dụng"]) {
      expect(cells, JSON.stringify(v)).toContain(v);
    }
    const headers = allEvaluations.map(({ ev }) => sampleHeader(ev));
    expect(headers).toContain("ST-B-XEOXINCHAI – Bản Xéo Sin Chải");
    expect(headers).toContain("SP-B-SUNGCHO – Bản Sùng Chô");
    expect(headers).toContain("TP-TDP05 – Tổ dân phố số 5");
    expect(allEvaluations.filter(({ ev }) => ev.header !== undefined)).toHaveLength(2);
  });
});
