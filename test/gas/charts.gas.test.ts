/** Tổng hợp's charts on the SpreadsheetApp fake: src/gas/charts.ts directly, and the roll-up through dist/Code.js. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHARTS } from "../../src/core/text/charts";
import { SHEET } from "../../src/core/vocabulary";
import type { ChartSpec } from "../../src/core/workbook/spec";
import { placeCharts } from "../../src/gas/charts";
import { createAppsScriptGlobals } from "../fake/globals";
import { harness } from "../helpers/harness";

const rows = { fromRow: 5, toRow: 11 };
const WARDS: ChartSpec = {
  id: "wards",
  title: CHARTS.wards.title,
  kind: "bar",
  stacked: true,
  categories: { col: 2, ...rows },
  series: [
    { name: CHARTS.wards.maintained, values: { col: 9, ...rows } },
    { name: CHARTS.wards.fresh, values: { col: 10, ...rows } },
  ],
  anchor: { row: 3, col: 14 },
  width: 600,
  height: 371,
};
const YEARS: ChartSpec = {
  id: "years",
  title: CHARTS.years.title,
  kind: "column",
  stacked: true,
  categories: { col: 2, fromRow: 20, toRow: 24 },
  series: [
    { name: CHARTS.years.maintained, values: { col: 3, fromRow: 20, toRow: 24 } },
    { name: CHARTS.years.fresh, values: { col: 4, fromRow: 20, toRow: 24 } },
    { name: CHARTS.years.target, values: { col: 5, fromRow: 20, toRow: 24 }, line: true },
  ],
  anchor: { row: 20, col: 14 },
  width: 640,
  height: 360,
};

const KEYS = ["SpreadsheetApp", "Charts"] as const;
let g: ReturnType<typeof createAppsScriptGlobals>;
const saved = KEYS.map((k) => (globalThis as Record<string, unknown>)[k]);
beforeEach(() => {
  g = createAppsScriptGlobals();
  for (const k of KEYS) (globalThis as Record<string, unknown>)[k] = g[k];
});
afterEach(() => {
  KEYS.forEach((k, i) => {
    (globalThis as Record<string, unknown>)[k] = saved[i];
  });
});

function sheet() {
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  return ss.getSheetByName(SHEET.summary) ?? ss.insertSheet(SHEET.summary);
}
const stateOf = () => g.spreadsheet.snapshotSheet(SHEET.summary).charts;
const chartCalls = () =>
  ["Sheet.insertChart", "Sheet.removeChart", "Sheet.newChart"].map((k) => g.counter.count(k));

describe("placeCharts", () => {
  it("inserts a stacked bar chart and a combo chart with its target line, from the spec's cells", () => {
    const s = sheet();
    const calls = g.counter.snapshot().total;
    placeCharts(s, [WARDS, YEARS]);
    // getCharts; every range from one range list (getRangeList, getRanges); newChart and insertChart each.
    expect(g.counter.snapshot().total - calls).toBe(1 + 2 + 2 * 2);
    const [wards, years] = stateOf();
    expect(wards.chartType).toBe("BAR");
    expect(wards.ranges).toEqual([
      `'${SHEET.summary}'!B5:B11`,
      `'${SHEET.summary}'!I5:I11`,
      `'${SHEET.summary}'!J5:J11`,
    ]);
    expect(wards.position).toEqual({ row: 3, col: 14, offsetX: 0, offsetY: 0 });
    expect(wards.options).toMatchObject({
      title: WARDS.title,
      isStacked: true,
      width: 600,
      height: 371,
      numHeaders: 0,
    });
    expect(wards.options.series).toEqual({
      0: { labelInLegend: "Duy trì" },
      1: { labelInLegend: "Công nhận mới" },
    });
    expect(years.chartType).toBe("COMBO");
    expect(years.ranges.map((r) => r.replace(/^.*!/, ""))).toEqual([
      "B20:B24",
      "C20:C24",
      "D20:D24",
      "E20:E24",
    ]);
    expect(years.options).toMatchObject({
      seriesType: "bars",
      orientation: "horizontal",
      width: 640,
      height: 360,
    });
    expect(years.options.series).toEqual({
      0: { labelInLegend: "Duy trì", type: "bars" },
      1: { labelInLegend: "Công nhận mới", type: "bars" },
      2: { labelInLegend: "Chỉ tiêu lũy kế", type: "line" },
    });
    expect(years.position.row).toBe(20);
  });

  it("keeps charts that already show the same ranges and title: no remove, no insert", () => {
    placeCharts(sheet(), [WARDS, YEARS]);
    const before = stateOf();
    const calls = chartCalls();
    const reads = g.counter.snapshot().total;
    placeCharts(sheet(), [YEARS, WARDS]);
    expect(chartCalls()).toEqual(calls);
    expect(stateOf()).toEqual(before);
    // The sheet lookup (2), getCharts, per chart getRanges and an A1 per range (3 and 4 ranges),
    // then for each match getOptions, get("title"), getContainerInfo, getAnchorRow, getAnchorColumn.
    expect(g.counter.snapshot().total - reads).toBe(2 + 1 + (1 + 3) + (1 + 4) + 2 * 5);
  });

  it("replaces only the chart whose rows changed, and removes a chart the spec no longer has", () => {
    placeCharts(sheet(), [WARDS, YEARS]);
    const more = { fromRow: 5, toRow: 12 };
    const wider: ChartSpec = {
      ...WARDS,
      categories: { col: 2, ...more },
      series: WARDS.series.map((s) => ({ ...s, values: { ...s.values, ...more } })),
    };
    const removes = g.counter.count("Sheet.removeChart");
    const inserts = g.counter.count("Sheet.insertChart");
    placeCharts(sheet(), [wider, YEARS]);
    expect(g.counter.count("Sheet.removeChart") - removes).toBe(1);
    expect(g.counter.count("Sheet.insertChart") - inserts).toBe(1);
    expect(stateOf().map((c) => c.ranges[0].replace(/^.*!/, ""))).toEqual(["B20:B24", "B5:B12"]);
    placeCharts(sheet(), [wider]);
    expect(stateOf().map((c) => c.chartType)).toEqual(["BAR"]);
  });

  it("reads a chart's anchor as Google's EmbeddedChart.getContainerInfo gives it (types: test/gas/types.test-d.ts)", () => {
    placeCharts(sheet(), [YEARS]);
    const [chart] = sheet().getCharts();
    expect([chart.getContainerInfo().getAnchorRow(), chart.getContainerInfo().getAnchorColumn()]).toEqual([
      20, 14,
    ]);
  });

  it("a chart moved by rows above it is re-inserted at its new anchor", () => {
    placeCharts(sheet(), [WARDS, YEARS]);
    placeCharts(sheet(), [WARDS, { ...YEARS, anchor: { row: 30, col: 14 } }]);
    expect(stateOf().map((c) => c.position.row)).toEqual([3, 30]);
  });

  it("a changed title alone re-inserts that chart; a chart without data rows is not drawn", () => {
    placeCharts(sheet(), [WARDS]);
    placeCharts(sheet(), [{ ...WARDS, title: "Khác" }]);
    expect(stateOf().map((c) => c.options.title)).toEqual(["Khác"]);
    placeCharts(sheet(), [{ ...WARDS, categories: { col: 2, fromRow: 5, toRow: 4 } }]);
    expect(stateOf()).toEqual([]);
  });
});

describe("the strict fake's chart builder", () => {
  it("rejects what Google rejects or ignores: bad enum, other sheet, option types, combo options on bars", () => {
    const s = sheet();
    const other = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet("Khác");
    const b = () => s.newChart();
    expect(() => b().setChartType("DONUT" as never)).toThrow(/ChartType/);
    expect(() => b().addRange(other.getRange("A1:A3"))).toThrow(/not on the chart's sheet/);
    expect(() => b().setOption("width", "600px")).toThrow(/Invalid value/);
    expect(() => b().setOption("isStacked", "yes")).toThrow(/Invalid value/);
    expect(() => b().setOption("series", { 0: { type: "pie" } })).toThrow(/Invalid value/);
    expect(() => b().setOption("legend", "none")).toThrow(/not modelled/);
    expect(() => b().setPosition(0, 1, 0, 0)).toThrow(/Invalid argument/);
    expect(() => b().setPosition(1, 1.5, 0, 0)).toThrow(/Invalid argument/);
    const bars = () =>
      b()
        .setChartType(g.Charts.ChartType.BAR)
        .setNumHeaders(0)
        .addRange(s.getRange("A1:A3"))
        .addRange(s.getRange("B1:B3"));
    // Without setNumHeaders Sheets guesses the header rows: the fake refuses to guess.
    expect(() => b().setChartType(g.Charts.ChartType.BAR).addRange(s.getRange("A1:A3")).build()).toThrow(
      /setNumHeaders/,
    );
    expect(() => b().setNumHeaders(-1)).toThrow(/Invalid argument/);
    expect(() => bars().setOption("seriesType", "bars").build()).toThrow(/COMBO/);
    expect(() =>
      bars()
        .setOption("series", { 0: { type: "line" } })
        .build(),
    ).toThrow(/COMBO/);
    // Series 1 would be a third range: the first range is the domain.
    expect(() =>
      bars()
        .setOption("series", { 1: { labelInLegend: "x" } })
        .build(),
    ).toThrow(/names no series/);
    expect(() => b().setChartType(g.Charts.ChartType.BAR).setNumHeaders(0).build()).toThrow(/range/);
  });

  it("adds a range only once, as documented", () => {
    const s = sheet();
    const chart = s
      .newChart()
      .setChartType(g.Charts.ChartType.COLUMN)
      .setNumHeaders(0)
      .addRange(s.getRange("A1:A3"))
      .addRange(s.getRange("A1:A3"))
      .build();
    expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:A3"]);
  });
});

describe("roll-up", () => {
  it("a second unchanged roll-up neither reads nor touches the chart", () => {
    const h = harness();
    h.ctx.menuLoadSample();
    h.ctx.menuRollup();
    const first = h.ss.snapshotSheet(SHEET.summary).charts;
    expect(first.length).toBeGreaterThanOrEqual(1);
    const wards = first.find((c) => c.chartType === "BAR")!;
    expect(wards.ranges).toHaveLength(3);
    expect(wards.options.isStacked).toBe(true);
    const keys = ["Sheet.getCharts", "Sheet.insertChart", "Sheet.removeChart", "EmbeddedChart.getRanges"];
    const before = keys.map((k) => h.counter.count(k));
    h.ctx.menuRollup();
    expect(keys.map((k) => h.counter.count(k))).toEqual(before);
    expect(h.ss.snapshotSheet(SHEET.summary).charts).toEqual(first);
  });
});
