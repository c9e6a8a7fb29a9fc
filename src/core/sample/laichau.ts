import { laiChau2021 } from "../frameworks/laichau2021";
import type { History, Plan, Roster, Unit } from "../model";

/**
 * Training sample for Lai Châu city (seeds 000 and 001): roster, registration plan, recognition
 * history 2021–2023 and the ward self-assessments of 2024, designed so that rolling them up reproduces
 * the 2024 report (35 recognized = 28 maintained + 7 new). Pure data, no I/O.
 *
 * Every unit named in the seeds is here, spelled as the 2024 report spells it (footnote 6: "Nậm Loỏng 3",
 * "Sáo Làn Than", "Tả Xin Chải", "Xéo Xin Chải", "Sùng Chồ"). The plan's spellings differ and are mapped
 * to the codes in LAICHAU_PLAN. Only the per-ward counts of the plan are real for the other units:
 * the remaining TDP numbers and the "Bản số N" names are PLACEHOLDERS (see the comments per ward).
 */

// ---------------------------------------------------------------- roster

const tdp = (ward: string, n: number, extra: Partial<Unit> = {}): Unit => ({
  code: `${ward}-TDP${String(n).padStart(2, "0")}`,
  name: `Tổ dân phố số ${n}`,
  type: "tdp",
  ward,
  ...extra,
});

/** A bản; `slug` is the name without "Bản", diacritics and spaces, upper case ("Xéo Xin Chải" → XEOXINCHAI). */
const ban = (ward: string, name: string, slug: string, extra: Partial<Unit> = {}): Unit => ({
  code: `${ward}-B-${slug}`,
  name: `Bản ${name}`,
  type: "ban",
  ward,
  ...extra,
});

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const LAICHAU_ROSTER: Roster = {
  wards: [
    {
      code: "TP",
      name: "Phường Tân Phong",
      kind: "phuong",
      tab: "Phường Tân Phong",
      editors: ["tanphong@example.gov.vn"],
      pilot: false,
    },
    {
      code: "QT",
      name: "Phường Quyết Thắng",
      kind: "phuong",
      tab: "Phường Quyết Thắng",
      editors: ["quyetthang@example.gov.vn"],
      pilot: false,
    },
    {
      code: "DK",
      name: "Phường Đoàn Kết",
      kind: "phuong",
      tab: "Phường Đoàn Kết",
      editors: ["doanket@example.gov.vn"],
      pilot: false,
    },
    {
      code: "DP",
      name: "Phường Đông Phong",
      kind: "phuong",
      tab: "Phường Đông Phong",
      editors: ["dongphong@example.gov.vn"],
      pilot: false,
    },
    {
      code: "QTI",
      name: "Phường Quyết Tiến",
      kind: "phuong",
      tab: "Phường Quyết Tiến",
      editors: ["quyettien@example.gov.vn"],
      pilot: false,
    },
    {
      code: "ST",
      name: "Xã San Thàng",
      kind: "xa",
      tab: "Xã San Thàng",
      editors: ["santhang@example.gov.vn"],
      pilot: false,
    },
    {
      code: "SP",
      name: "Xã Sùng Phài",
      kind: "xa",
      tab: "Xã Sùng Phài",
      editors: ["sungphai@example.gov.vn"],
      pilot: false,
    },
  ],
  units: [
    // Tân Phong, 15 units. In the seeds: TDP 5, 8, 9, 10, 15, 16, 19; numbers 6, 7, 11–14, 17, 18 are placeholders.
    ...range(5, 19).map((n) => tdp("TP", n)),
    // Quyết Thắng, 6 units. In the seeds: TDP 9, bản Nậm Loỏng 1, 2, 3 (001 names all three), Sáo Làn Than;
    // TDP 8 is a placeholder.
    tdp("QT", 8),
    tdp("QT", 9),
    ban("QT", "Nậm Loỏng 1", "NAMLOONG1"),
    ban("QT", "Nậm Loỏng 2", "NAMLOONG2"),
    ban("QT", "Nậm Loỏng 3", "NAMLOONG3"),
    ban("QT", "Sáo Làn Than", "SAOLANTHAN"),
    // Đoàn Kết, 13 units. In the seeds: TDP 1, 2, 5, 6, 9, 10, 12; the other numbers are placeholders.
    ...range(1, 13).map((n) => tdp("DK", n)),
    // Đông Phong, 6 units in 2021, 8 from 2022. In the seeds: TDP 22, 23, 25–28, bản Tả Xin Chải; TDP 24 is a placeholder.
    tdp("DP", 22, { note: "Chia tách năm 2022 (TDP 22, 23 → TDP 22, 23, 27, 28)" }),
    tdp("DP", 23, { note: "Chia tách năm 2022 (TDP 22, 23 → TDP 22, 23, 27, 28)" }),
    tdp("DP", 24),
    tdp("DP", 25),
    tdp("DP", 26),
    tdp("DP", 27, { from: 2022, note: "Thành lập năm 2022, chia tách từ TDP 22, 23" }),
    tdp("DP", 28, { from: 2022, note: "Thành lập năm 2022, chia tách từ TDP 22, 23" }),
    ban("DP", "Tả Xin Chải", "TAXINCHAI"),
    // Quyết Tiến, 8 units. In the seeds: TDP 3, 5, 6, 7, 8; TDP 1, 2, 4 are placeholders.
    ...range(1, 8).map((n) => tdp("QTI", n)),
    // San Thàng, 9 units. In the seeds: Xéo Xin Chải, Thành Công, Mới, Lò Suối Tùng, San Thàng (001 fn. 32);
    // "Bản số 1–4" are placeholders.
    ban("ST", "Xéo Xin Chải", "XEOXINCHAI"),
    ban("ST", "Thành Công", "THANHCONG"),
    ban("ST", "Mới", "MOI"),
    ban("ST", "Lò Suối Tùng", "LOSUOITUNG"),
    ban("ST", "San Thàng", "SANTHANG"),
    ...range(1, 4).map((n) => ban("ST", `số ${n}`, `SO${n}`)),
    // Sùng Phài, 13 units. In the seeds: Sùng Chồ, Gia Khâu 1, Sùng Phài; "Bản số 1–10" are placeholders.
    ban("SP", "Sùng Chồ", "SUNGCHO"),
    ban("SP", "Gia Khâu 1", "GIAKHAU1"),
    ban("SP", "Sùng Phài", "SUNGPHAI"),
    ...range(1, 10).map((n) => ban("SP", `số ${n}`, `SO${n}`)),
  ],
};

// ---------------------------------------------------------------- plan

/**
 * Biểu tổng hợp of plan 627/KH-UBND (the copy dated 23/3/2021): 26 registrations,
 * 8 / 2 / 7 / 3 / 6 in 2021–2025. The other copy of the table (dated 22/3) differs for Đoàn Kết and
 * Quyết Tiến; this one is used. Plan spellings are noted where they differ from the roster.
 */
export const LAICHAU_PLAN: Plan = {
  registrations: [
    // Phường Tân Phong (6)
    { unit: "TP-TDP16", year: 2021 },
    { unit: "TP-TDP05", year: 2021 }, // "Tổ dân phố số 05"
    { unit: "TP-TDP08", year: 2022 },
    { unit: "TP-TDP09", year: 2023 },
    { unit: "TP-TDP10", year: 2024 },
    { unit: "TP-TDP19", year: 2025 },
    // Phường Quyết Thắng (3)
    { unit: "QT-TDP09", year: 2021 },
    { unit: "QT-B-NAMLOONG3", year: 2023 }, // "Bản Nậm Loồng 3"
    { unit: "QT-B-SAOLANTHAN", year: 2024 }, // "Bản Séo Làn Than"
    // Phường Đoàn Kết (5)
    { unit: "DK-TDP01", year: 2021 },
    { unit: "DK-TDP02", year: 2022 },
    { unit: "DK-TDP05", year: 2023 },
    { unit: "DK-TDP09", year: 2024 },
    { unit: "DK-TDP12", year: 2025 },
    // Phường Đông Phong (3)
    { unit: "DP-TDP25", year: 2021 },
    { unit: "DP-TDP26", year: 2023 },
    { unit: "DP-B-TAXINCHAI", year: 2025 }, // "Bản Tả Xin Chài"
    // Phường Quyết Tiến (3)
    { unit: "QTI-TDP07", year: 2021 },
    { unit: "QTI-TDP03", year: 2023 },
    { unit: "QTI-TDP08", year: 2025 },
    // Xã San Thàng (3)
    { unit: "ST-B-XEOXINCHAI", year: 2021 }, // "Bản Xéo Sin Chài"
    { unit: "ST-B-THANHCONG", year: 2023 },
    { unit: "ST-B-MOI", year: 2025 },
    // Xã Sùng Phài (3)
    { unit: "SP-B-SUNGCHO", year: 2021 }, // "Bản Sùng Chô"
    { unit: "SP-B-GIAKHAU1", year: 2023 },
    { unit: "SP-B-SUNGPHAI", year: 2025 },
  ],
  // Cumulative recognized units targeted; 2024: 35 recognized = 109,4% of the target → 32.
  yearTargets: [
    { year: 2021, target: 8 },
    { year: 2022, target: 10 },
    { year: 2023, target: 18 },
    { year: 2024, target: 32 },
  ],
  period: { from: 2021, to: 2025, target: 26 },
};

// ---------------------------------------------------------------- history (the 2024 report on Nghị quyết 02-NQ/ThU, footnote 6)

const RECOGNIZED_2021 = [
  "TP-TDP05",
  "TP-TDP16",
  "QT-TDP09",
  "DK-TDP01",
  "DK-TDP02",
  "DP-TDP25",
  "ST-B-XEOXINCHAI",
  "SP-B-SUNGCHO",
];
const NEW_2022 = [
  "TP-TDP08",
  "TP-TDP09",
  "DK-TDP05",
  "QTI-TDP03",
  "QTI-TDP06",
  "QTI-TDP07",
  "QTI-TDP08",
  "QT-B-NAMLOONG3",
  "DP-TDP22",
];
const NEW_2023 = [
  "TP-TDP15",
  "TP-TDP19",
  "DK-TDP06",
  "DK-TDP09",
  "DP-TDP26",
  "DP-TDP23",
  "DP-TDP27",
  "DP-TDP28",
  "QT-B-SAOLANTHAN",
  "SP-B-GIAKHAU1",
  "SP-B-SUNGPHAI",
];
const RECOGNIZED_2022 = [...RECOGNIZED_2021, ...NEW_2022];
const RECOGNIZED_2023 = [...RECOGNIZED_2022, ...NEW_2023];

/** One entry per recognized unit per year: 8 (2021) + 17 (2022) + 28 (2023) = 53. */
export const LAICHAU_HISTORY: History = [
  ...RECOGNIZED_2021.map((unit) => ({ unit, year: 2021 })),
  ...RECOGNIZED_2022.map((unit) => ({ unit, year: 2022 })),
  ...RECOGNIZED_2023.map((unit) => ({ unit, year: 2023 })),
];

// ---------------------------------------------------------------- evaluations 2024

export const LAICHAU_SAMPLE_YEAR = 2024;

/** One unit's self-assessment as a ward clerk enters it: raw cell texts by criterion / disqualifier code. */
export interface SampleEvaluation {
  unit: string;
  /** Header as typed on the ward tab; absent means `${code} – ${name}`. */
  header?: string;
  criteria: Record<string, string>;
  disqualifiers: Record<string, string>;
}

const CRITERIA_CODES = laiChau2021.criteria.map((c) => c.code);
const DISQUALIFIER_CODES = (laiChau2021.disqualifiers ?? []).map((d) => d.code);

/** Every criterion "Đạt", every disqualifier "Không", then the given cells. */
const evaluation = (
  unit: string,
  criteria: Record<string, string> = {},
  disqualifiers: Record<string, string> = {},
  header?: string,
): SampleEvaluation => ({
  unit,
  ...(header === undefined ? {} : { header }),
  criteria: { ...Object.fromEntries(CRITERIA_CODES.map((c) => [c, "Đạt"])), ...criteria },
  disqualifiers: { ...Object.fromEntries(DISQUALIFIER_CODES.map((d) => [d, "Không"])), ...disqualifiers },
});

/** Footnote 48: "Tuyến đường phố văn minh đô thị" not achieved — 6 of 7 in standard 2, still recognized. */
const FAIL_26 = { "2.6": "Không đạt" };
/** Footnote 49: household waste bins (counted here under 3.2) not achieved — 4 of 5, still recognized. */
const FAIL_32 = { "3.2": "Không đạt" };

/** The 7 units newly recognized in 2024 (footnote 6). */
export const LAICHAU_NEW_2024: readonly string[] = [
  "TP-TDP10",
  "DK-TDP12",
  "DP-B-TAXINCHAI",
  "QTI-TDP05",
  "ST-B-THANHCONG",
  "ST-B-MOI",
  "ST-B-LOSUOITUNG",
];

/** The 28 units recognized in 2023 and maintained in 2024. */
export const LAICHAU_MAINTAINED_2024: readonly string[] = RECOGNIZED_2023;

/**
 * Units evaluated in 2024 but not recognized, one reason each. (The 2025-registered units are all
 * recognized by 2024 in the report, so these are unregistered units.)
 */
export const LAICHAU_NOT_RECOGNIZED_2024: readonly string[] = [
  "DK-TDP10", // 1.3 Không đạt: 3 of 4 in standard 1
  "QT-B-NAMLOONG1", // 2.2 and 2.6 Không đạt: 5 of 7 in standard 2
  "QT-B-NAMLOONG2", // disqualifier II.4 Có
  "ST-B-SANTHANG", // 3.2 and 3.4 Không đạt: 3 of 5 in standard 3
];

/**
 * What each ward evaluates in 2024 (ward code → evaluations). Messy but readable cells on purpose:
 * "đạt" (TP-TDP16 1.1), "Dat" (DK-TDP01 4.3), NFD "Đạt" (QTI-TDP07 5.2), "  Đạt " (DP-TDP25 6.1),
 * "x" (QT-TDP09 1.4), "Không áp dụng" (ST-B-LOSUOITUNG 3.3: no business households); headers typed
 * with the plan's spelling for Xéo Xin Chải and Sùng Chồ.
 */
export const LAICHAU_EVALUATIONS_2024: Record<string, SampleEvaluation[]> = {
  TP: [
    evaluation("TP-TDP05", FAIL_26),
    evaluation("TP-TDP08"),
    evaluation("TP-TDP09", FAIL_26),
    evaluation("TP-TDP10"),
    evaluation("TP-TDP15"),
    evaluation("TP-TDP16", { "1.1": "đạt" }),
    evaluation("TP-TDP19"),
  ],
  QT: [
    evaluation("QT-TDP09", { "1.4": "x" }),
    evaluation("QT-B-NAMLOONG1", { "2.2": "Không đạt", "2.6": "Không đạt" }),
    evaluation("QT-B-NAMLOONG2", {}, { "II.4": "Có" }),
    evaluation("QT-B-NAMLOONG3"),
    evaluation("QT-B-SAOLANTHAN", FAIL_26),
  ],
  DK: [
    evaluation("DK-TDP01", { "4.3": "Dat" }),
    evaluation("DK-TDP02"),
    evaluation("DK-TDP05"),
    evaluation("DK-TDP06"),
    evaluation("DK-TDP09"),
    evaluation("DK-TDP10", { "1.3": "Không đạt" }),
    evaluation("DK-TDP12"),
  ],
  DP: [
    evaluation("DP-TDP22"),
    evaluation("DP-TDP23", FAIL_26),
    evaluation("DP-TDP25", { "6.1": "  Đạt " }),
    evaluation("DP-TDP26", FAIL_26),
    evaluation("DP-TDP27", FAIL_26),
    evaluation("DP-TDP28", FAIL_26),
    evaluation("DP-B-TAXINCHAI"),
  ],
  QTI: [
    evaluation("QTI-TDP03"),
    evaluation("QTI-TDP05"),
    evaluation("QTI-TDP06"),
    evaluation("QTI-TDP07", { "5.2": "Đạt".normalize("NFD") }),
    evaluation("QTI-TDP08"),
  ],
  ST: [
    evaluation("ST-B-XEOXINCHAI", {}, {}, "ST-B-XEOXINCHAI – Bản Xéo Sin Chải"),
    evaluation("ST-B-THANHCONG"),
    evaluation("ST-B-MOI"),
    evaluation("ST-B-LOSUOITUNG", { "3.3": "Không áp dụng" }),
    evaluation("ST-B-SANTHANG", { "3.2": "Không đạt", "3.4": "Không đạt" }),
  ],
  SP: [
    evaluation("SP-B-SUNGCHO", FAIL_32, {}, "SP-B-SUNGCHO – Bản Sùng Chô"),
    evaluation("SP-B-GIAKHAU1", FAIL_32),
    evaluation("SP-B-SUNGPHAI", FAIL_32),
  ],
};

/** What the 2024 roll-up must show (the 2024 report on Nghị quyết 02-NQ/ThU, section B.II.1.2 and footnote 6). */
export const LAICHAU_EXPECTED_2024 = { recognized: 35, maintained: 28, new: 7, lost: 0 } as const;

// ---------------------------------------------------------------- helpers

/** The unit with this code, or undefined. */
export function laichauUnit(code: string): Unit | undefined {
  return LAICHAU_ROSTER.units.find((u) => u.code === code);
}

/** The header a ward tab shows for an evaluation: its own, or `${code} – ${name}`. */
export function sampleHeader(ev: SampleEvaluation): string {
  if (ev.header !== undefined) return ev.header;
  const u = laichauUnit(ev.unit);
  return u ? `${u.code} – ${u.name}` : ev.unit;
}
