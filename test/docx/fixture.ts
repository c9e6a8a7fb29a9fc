/** A report as the roll-up gives it for Lai Châu 2024 (seed 001, B.II.1.2 and footnote 6), built by hand. */
import { type Report, reportSchema, type WardReport } from "../../src/core/report";

const ward = (code: string, name: string, counts: Partial<WardReport> = {}): WardReport => ({
  code,
  name,
  sheet: name,
  pilot: false,
  tab: "ok",
  units: 10,
  registered: 1,
  evaluated: 6,
  proposed: 5,
  recognized: 5,
  maintained: 4,
  new: 1,
  lost: 0,
  complete: 6,
  expected: 6,
  noData: 0,
  recognizedUnits: [],
  lostUnits: [],
  ...counts,
});

export const HEADLINE =
  "Đến hết năm 2024, toàn thành phố có 35 tổ dân phố, bản đủ điều kiện công nhận đạt các tiêu chuẩn, tiêu chí tự quản, phát triển toàn diện, trong đó: Duy trì từ năm 2021 đối với 28 tổ dân phố, bản và đề nghị công nhận mới 07 tổ dân phố, bản; hoàn thành vượt mức, đạt 109,4% so với mục tiêu năm 2024 và đạt 134,6% so với mục tiêu kế hoạch giai đoạn 2021 - 2025 đề ra.";

export const YEAR_LINES = [
  "+ Năm 2021 có 08 tổ dân phố, bản. Gồm có: Tổ dân phố số 5, số 16 (phường Tân Phong); Tổ dân phố số 9 (phường Quyết Thắng).",
  "+ Năm 2022 có 17 tổ dân phố, bản. Trong đó: Công nhận duy trì từ năm 2021 đối với 08 tổ dân phố, bản và công nhận mới 09 tổ dân phố, bản.",
  "+ Năm 2023 có 28 tổ dân phố, bản. Trong đó: Công nhận duy trì từ năm 2021, 2022 đối với 17 tổ dân phố và công nhận mới 11 tổ dân phố, bản.",
  "+ Năm 2024 có 35 tổ dân phố, bản. Trong đó: Công nhận duy trì từ năm 2021, 2022, 2023 đối với 28 tổ dân phố và công nhận mới 07 tổ dân phố, bản.",
];

export function laiChauReport(overrides: Partial<Report> = {}): Report {
  const year = (y: number, recognized: number, maintained: number, target: number | null) => ({
    year: y,
    recognized,
    maintained,
    new: recognized - maintained,
    target,
    percent: target === null ? null : Math.round((recognized * 1000) / target) / 10,
    newUnits: [],
  });
  return reportSchema.parse({
    year: 2024,
    framework: {
      id: "laichau-2021",
      name: "Tổ dân phố, bản tự quản, phát triển toàn diện (thành phố Lai Châu)",
      unitWord: "tổ dân phố, bản",
      wardWord: "xã, phường",
      placeWord: "thành phố",
      titleWord: "tự quản, phát triển toàn diện",
    },
    title: "Tổng hợp kết quả tổ dân phố, bản tự quản, phát triển toàn diện (thành phố Lai Châu) năm 2024",
    totals: {
      units: 72,
      registered: 3,
      evaluated: 39,
      proposed: 35,
      recognized: 35,
      maintained: 28,
      new: 7,
      lost: 1,
      complete: 30,
      expected: 30,
      noData: 4,
    },
    targets: {
      year: { label: "Chỉ tiêu năm 2024 (lũy kế)", target: 32, recognized: 35, percent: 109.4 },
      period: { label: "Chỉ tiêu giai đoạn 2021–2025", target: 26, recognized: 35, percent: 134.6 },
    },
    wards: [
      ward("TP", "Phường Tân Phong", { units: 15, maintained: 6, new: 1, recognized: 7 }),
      ward("DK", "Phường Đoàn Kết", { pilot: true, lost: 1 }),
      ward("SP", "Xã Sùng Phài", { tab: "missing", evaluated: 0, recognized: 0, noData: 4 }),
    ],
    criteria: [],
    standards: [],
    problems: [],
    years: [year(2021, 8, 0, 8), year(2022, 17, 8, 16), year(2023, 28, 17, null), year(2024, 35, 28, 32)],
    paragraphs: {
      headline: HEADLINE,
      yearsLead: "Duy trì từ năm 2021 đối với 28 tổ dân phố, bản. Trong đó:",
      years: YEAR_LINES,
      criteria: ["- Tiêu chí 1.3 chưa đạt: Tổ dân phố số 5, 9 phường Tân Phong."],
      lost: ["Không còn đạt so với năm 2023: Tổ dân phố số 3 phường Đoàn Kết."],
    },
    history: { written: true, holds: [], added: [], removed: [] },
    ...overrides,
  });
}
