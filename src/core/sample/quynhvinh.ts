/**
 * Training sample for Quỳnh Vinh commune's "Tổ tự quản Văn minh – An toàn" (plan 95-KH/ĐU of 11/02/2019): the commune's
 * thôn (the plan is sent to 22 rural party cells, so 22 thôn), pilot thôn 6, 11 and 16, and a few tổ
 * tự quản per thôn of 15–30 neighbouring households with a leader and a deputy. Only the counts and the
 * pilot thôn come from the seed; the tổ, their households and the people are PLACEHOLDERS.
 */
import type { Roster, Unit, Ward } from "../model";
import type { SampleEvaluation } from "./laichau";

export const QUYNHVINH_SAMPLE_YEAR = 2019;
const PILOTS = new Set([6, 11, 16]);
const THON = 22;

const pad = (n: number) => String(n).padStart(2, "0");
const SURNAMES = ["Nguyễn", "Trần", "Lê", "Hồ", "Phan", "Hoàng", "Võ", "Đặng"];
const GIVEN = ["Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Văn Hải", "Thị Hoa", "Văn Long", "Thị Mai"];

const wards: Ward[] = Array.from({ length: THON }, (_, i) => ({
  code: `T${pad(i + 1)}`,
  name: `Thôn ${i + 1}`,
  kind: "xa" as const,
  tab: `Thôn ${i + 1}`,
  editors: [`thon${i + 1}@quynhvinh.example.gov.vn`],
  pilot: PILOTS.has(i + 1),
}));

/** 3–5 tổ per thôn (deterministic), each 15–30 households. */
const units: Unit[] = wards.flatMap((w, i) =>
  Array.from({ length: 3 + (i % 3) }, (_, j) => {
    const k = i * 7 + j * 3;
    return {
      code: `${w.code}-TQ${pad(j + 1)}`,
      name: `Tổ tự quản số ${j + 1}`,
      type: "to" as const,
      ward: w.code,
      households: 15 + (k % 16),
      leader: `${SURNAMES[k % 8]} ${GIVEN[(k + 1) % 8]}`,
      deputy: `${SURNAMES[(k + 3) % 8]} ${GIVEN[(k + 4) % 8]}`,
    };
  }),
);

export const QUYNHVINH_ROSTER: Roster = { wards, units };

const ALL = ["K1", "K2", "K3", "K4", "K5", "K6", "C1", "C2", "C3"];
const pass = () => Object.fromEntries(ALL.map((c) => [c, "Đạt"]));

/** Every tổ evaluated; a handful miss one criterion (all must pass), one cell left blank. */
export const QUYNHVINH_EVALUATIONS: Record<string, SampleEvaluation[]> = Object.fromEntries(
  wards.map((w) => [
    w.code,
    units
      .filter((u) => u.ward === w.code)
      .map((u, j) => {
        const criteria = pass();
        const n = Number(w.code.slice(1));
        if (j === 1 && n % 4 === 0) criteria.K4 = "Không đạt"; // littering
        if (j === 2 && n % 5 === 0) criteria.C2 = "Không đạt"; // landscape
        if (n === 7 && j === 0) criteria.K2 = ""; // not yet assessed
        return { unit: u.code, criteria, disqualifiers: {} };
      }),
  ]),
);
