/** Chart titles and series names of sheet Tổng hợp (Sheets and xlsx draw the same charts). */
import { SUMMARY } from "./sheets";

export const CHARTS = {
  wards: {
    title: SUMMARY.chartTitle,
    maintained: SUMMARY.status.maintained,
    fresh: SUMMARY.status.new,
  },
  years: {
    title: "Kết quả công nhận qua các năm",
    maintained: SUMMARY.status.maintained,
    fresh: SUMMARY.status.new,
    /** The cumulative target of Kế hoạch, drawn as a line over the columns. */
    target: "Chỉ tiêu lũy kế",
  },
} as const;
