/**
 * A sheet's ChartSpecs as embedded charts. A chart already on the sheet that shows the same ranges
 * with the same title is kept (no remove and re-insert); every other chart on the sheet is removed,
 * so the sheet ends with exactly the spec's charts.
 *
 * Options are those of Google Charts, which embedded charts take through setOption
 * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setOption(String,Object)):
 * a target line over stacked columns is a ComboChart with `seriesType: "bars"` and
 * `series: {n: {type: "line"}}`; `isStacked` stacks the series of each type, so the line keeps its
 * own values (https://developers.google.com/chart/interactive/docs/gallery/combochart#configuration-options).
 * `series.n` counts data series only (the first range is the domain, the categories).
 */
import { a1Range } from "../core/a1";
import type { ChartSpec, ColumnRange } from "../core/workbook/spec";
import {
  type ChartTypeEnum,
  type GCharts,
  type GEmbeddedChart,
  type GRange,
  type GSheet,
  gas,
} from "./types";

const rangeA1 = (r: ColumnRange) => a1Range(r.fromRow, r.col, r.toRow - r.fromRow + 1, 1);

/** The ranges a chart draws from, in the order they are added: the categories, then each series. */
export function chartRanges(c: ChartSpec): string[] {
  return [rangeA1(c.categories), ...c.series.map((s) => rangeA1(s.values))];
}

/** A chart with a line series is a combo chart; otherwise horizontal bars or vertical columns. */
function chartType(charts: GCharts, c: ChartSpec): ChartTypeEnum {
  if (c.series.some((s) => s.line)) return charts.ChartType.COMBO;
  return c.kind === "bar" ? charts.ChartType.BAR : charts.ChartType.COLUMN;
}

/** The setOption calls of a chart, in order. */
export function chartOptions(c: ChartSpec): [string, unknown][] {
  const combo = c.series.some((s) => s.line);
  const series: Record<number, { labelInLegend: string; type?: string }> = {};
  c.series.forEach((s, i) => {
    series[i] = combo ? { labelInLegend: s.name, type: s.line ? "line" : "bars" } : { labelInLegend: s.name };
  });
  const options: [string, unknown][] = [
    ["title", c.title],
    ["isStacked", c.stacked],
    ["width", c.width],
    ["height", c.height],
    ["series", series],
  ];
  // A ComboChart's bars are vertical; "vertical" orientation turns them into horizontal bars.
  if (combo)
    options.push(["seriesType", "bars"], ["orientation", c.kind === "bar" ? "vertical" : "horizontal"]);
  return options;
}

/** Whether there is anything to draw (a summary without wards has no ward rows). */
const drawable = (c: ChartSpec) => c.categories.toRow >= c.categories.fromRow;

/**
 * Whether `chart` shows what `c` asks: the same ranges in the same order, the same title and anchor
 * cell (rows added above move the anchor without changing the ranges). The size is not compared:
 * Apps Script gives no getter for it, and every change of the spec's sizes changes the ranges too…
 * or not, in which case the chart keeps its old size.
 */
function shows(chart: GEmbeddedChart, ranges: () => string[], c: ChartSpec): boolean {
  const want = chartRanges(c);
  const have = ranges();
  if (have.length !== want.length || have.some((a, i) => a !== want[i])) return false;
  if (chart.getOptions().get("title") !== c.title) return false;
  const at = chart.getContainerInfo();
  return at.getAnchorRow() === c.anchor.row && at.getAnchorColumn() === c.anchor.col;
}

function build(sheet: GSheet, c: ChartSpec, ranges: GRange[]): GEmbeddedChart {
  // The ranges hold data only: no header row for Sheets to guess (it would take the first ward as one).
  let b = sheet.newChart().setChartType(chartType(gas().Charts, c)).setNumHeaders(0);
  for (const r of ranges) b = b.addRange(r);
  for (const [option, value] of chartOptions(c)) b = b.setOption(option, value);
  return b.setPosition(c.anchor.row, c.anchor.col, 0, 0).build();
}

/** Makes the sheet's charts exactly `specs` (those with data), keeping the ones already right. */
export function placeCharts(sheet: GSheet, specs: ChartSpec[]): void {
  const wanted = specs.filter(drawable);
  const kept = new Set<ChartSpec>();
  for (const chart of sheet.getCharts()) {
    let a1s: string[] | undefined;
    // Read lazily and once: a chart matched by nothing costs one getRanges and its A1s.
    const ranges = () => {
      a1s ??= chart.getRanges().map((r) => r.getA1Notation());
      return a1s;
    };
    const match = wanted.find((c) => !kept.has(c) && shows(chart, ranges, c));
    if (match) kept.add(match);
    else sheet.removeChart(chart);
  }
  const fresh = wanted.filter((c) => !kept.has(c));
  if (!fresh.length) return;
  // Every range of every new chart from one range list: two calls instead of one per range.
  const ranges = sheet.getRangeList(fresh.flatMap(chartRanges)).getRanges();
  let at = 0;
  for (const c of fresh) {
    const n = c.series.length + 1;
    sheet.insertChart(build(sheet, c, ranges.slice(at, at + n)));
    at += n;
  }
}
