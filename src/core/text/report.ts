/**
 * The report's paragraphs, in the style of the annual report (seed 001, section B.II.1.2 and its
 * footnotes 6, 48–49) and of Vietnamese administrative writing: counts under 10 with two digits
 * ("07"), decimal comma ("109,4%"), units grouped by ward.
 */
import { tenthsToVi } from "./format";

/** "07" for 7, "35" for 35: counts in administrative writing have at least two digits. */
export const nn = (n: number): string => (n >= 0 && n < 10 ? `0${n}` : String(n));

/** 1094 tenths → "109,4%"; a whole percent without ",0" ("100%"). */
export const percentVi = (tenths: number): string =>
  tenths % 10 === 0 ? `${tenths / 10}%` : `${tenthsToVi(tenths)}%`;

/** "2021, 2022, 2023" */
const yearList = (years: number[]) => years.join(", ");

/** What the framework calls its places and units, as the sentences use them. */
export interface ReportWords {
  unit: string;
  place: string;
  title: string;
}

export const REPORT_TEXT = {
  /** "Đến hết năm 2024, toàn thành phố có 35 tổ dân phố, bản đủ điều kiện công nhận đạt …" */
  headline: (w: ReportWords, year: number, recognized: number, parts: string[], targets: string) =>
    recognized === 0
      ? `Đến hết năm ${year}, toàn ${w.place} chưa có ${w.unit} nào đủ điều kiện công nhận đạt các tiêu chuẩn, tiêu chí ${w.title}${targets ? `; ${targets}` : ""}.`
      : `Đến hết năm ${year}, toàn ${w.place} có ${nn(recognized)} ${w.unit} đủ điều kiện công nhận đạt các tiêu chuẩn, tiêu chí ${w.title}, trong đó: ${parts.join(" và ")}${targets ? `; ${targets}` : ""}.`,
  /** "Duy trì từ năm 2021 đối với 28 tổ dân phố, bản" */
  maintainedSince: (w: ReportWords, from: number, n: number) =>
    `Duy trì từ năm ${from} đối với ${nn(n)} ${w.unit}`,
  proposedNew: (w: ReportWords, n: number) => `đề nghị công nhận mới ${nn(n)} ${w.unit}`,
  /** The qualifier before the first percentage, from the year's (else the period's) target. */
  achieved: (tenths: number) =>
    tenths > 1000 ? "hoàn thành vượt mức, đạt" : tenths === 1000 ? "hoàn thành, đạt" : "đạt",
  yearTarget: (tenths: number, year: number) => `${percentVi(tenths)} so với mục tiêu năm ${year}`,
  periodTarget: (tenths: number, from: number, to: number) =>
    `${percentVi(tenths)} so với mục tiêu kế hoạch giai đoạn ${from} - ${to} đề ra`,
  /** "hoàn thành vượt mức, đạt 109,4% so với … năm 2024 và đạt 134,6% so với … đề ra" */
  targets: (qualifier: string, parts: string[]) => `${qualifier} ${parts.join(" và đạt ")}`,

  /** Footnote 6's lead: "Duy trì từ năm 2021 đối với 28 tổ dân phố, bản. Trong đó:" */
  yearsLead: (w: ReportWords, from: number, maintained: number) =>
    `Duy trì từ năm ${from} đối với ${nn(maintained)} ${w.unit}. Trong đó:`,
  yearsLeadNone: (from: number, to: number) => `Kết quả công nhận từ năm ${from} đến năm ${to}:`,
  /** The first year of the period: every unit is new. */
  firstYear: (w: ReportWords, year: number, n: number, list: string) =>
    n === 0
      ? `+ Năm ${year} không có ${w.unit} được công nhận.`
      : `+ Năm ${year} có ${nn(n)} ${w.unit}. Gồm có: ${list}.`,
  /** A later year: maintained since the years before, and the new ones by ward. */
  laterYear: (
    w: ReportWords,
    year: number,
    n: number,
    before: number[],
    maintained: number,
    fresh: number,
    list: string,
  ) => {
    if (n === 0) return `+ Năm ${year} không có ${w.unit} được công nhận.`;
    const kept = `Công nhận duy trì từ năm ${yearList(before)} đối với ${nn(maintained)} ${w.unit}`;
    const added = `công nhận mới ${nn(fresh)} ${w.unit} (Các ${w.unit} đề nghị công nhận mới gồm có: ${list})`;
    if (maintained === 0)
      return `+ Năm ${year} có ${nn(n)} ${w.unit}, đều là công nhận mới. Gồm có: ${list}.`;
    if (fresh === 0)
      return `+ Năm ${year} có ${nn(n)} ${w.unit}. Trong đó: ${kept}; không có ${w.unit} công nhận mới.`;
    return `+ Năm ${year} có ${nn(n)} ${w.unit}. Trong đó: ${kept} và ${added}.`;
  },
  /** Footnotes 48–49: one line per criterion not met. */
  criterion: (w: ReportWords, code: string, text: string, failed: number, list: string) =>
    `- Tiêu chí ${code} “${text}”: ${nn(failed)} ${w.unit} chưa đạt (${list}).`,
  lost: (w: ReportWords, n: number, lastYear: number, list: string) =>
    `- Có ${nn(n)} ${w.unit} không còn đạt so với năm ${lastYear}: ${list}.`,
} as const;
