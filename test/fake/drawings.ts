/** Embedded charts and over-grid images. */

import type {
  ChartTypeEnum,
  GBlobSource,
  GChartContainerInfo,
  GChartOptions,
  GEmbeddedChart,
  GEmbeddedChartBuilder,
  GOverGridImage,
  GRange,
} from "../../src/gas/types";
import { type Rect, rectToA1 } from "./a1";
import { CHART_TYPES, enumName, type FakeEnv } from "./env";
import { type StoredRange, toStoredRange } from "./rules";
import type { FakeRange, FakeSheet } from "./spreadsheet";

export interface ChartState {
  chartType: string;
  ranges: string[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

class FakeChartOptions implements GChartOptions {
  constructor(
    private readonly env: FakeEnv,
    private readonly options: Map<string, unknown>,
  ) {}
  get(option: string): any {
    this.env.counter.hit("ChartOptions.get");
    // A copy: the chart keeps its own options whatever the script does with the value.
    return copy(this.options.get(option)) ?? null;
  }
}

/** ComboChart's marker types (https://developers.google.com/chart/interactive/docs/gallery/combochart#configuration-options: seriesType, series.type). */
const SERIES_TYPES = ["line", "area", "bars", "candlesticks", "steppedArea"];

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  Object.prototype.toString.call(v) === "[object Object]";
const isPositiveInteger = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v > 0;

/**
 * The options the code sets, each with the type Google documents for it
 * (https://developers.google.com/chart/interactive/docs/gallery/combochart#configuration-options and
 * barchart / columnchart: title string; isStacked boolean or "percent" | "relative" | "absolute";
 * width / height in pixels; seriesType one of SERIES_TYPES; orientation "horizontal" | "vertical";
 * series an object of series index → {type, labelInLegend}). Google ignores what it does not know; the
 * fake throws on any other option, so each new one is modelled here before the code may use it.
 */
const OPTIONS: Record<string, (v: unknown) => boolean> = {
  title: (v) => typeof v === "string",
  isStacked: (v) => typeof v === "boolean" || v === "percent" || v === "relative" || v === "absolute",
  width: isPositiveInteger,
  height: isPositiveInteger,
  seriesType: (v) => typeof v === "string" && SERIES_TYPES.includes(v),
  orientation: (v) => v === "horizontal" || v === "vertical",
  series: (v) =>
    isPlainObject(v) &&
    Object.entries(v).every(
      ([k, s]) =>
        /^(0|[1-9]\d*)$/.test(k) &&
        isPlainObject(s) &&
        Object.keys(s).every((x) => x === "type" || x === "labelInLegend") &&
        (s.type === undefined || (typeof s.type === "string" && SERIES_TYPES.includes(s.type))) &&
        (s.labelInLegend === undefined || typeof s.labelInLegend === "string"),
    ),
};
const COMBO_ONLY = ["seriesType", "orientation"];

/** A deep copy of an option value (the script may change its object after setOption). */
const copy = (v: unknown): unknown => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

export class FakeEmbeddedChartBuilder implements GEmbeddedChartBuilder {
  private chartType = "";
  private readonly ranges: StoredRange[] = [];
  private position = { row: 1, col: 1, offsetX: 0, offsetY: 0 };
  private readonly options = new Map<string, unknown>();
  private numHeaders: number | undefined;

  constructor(private readonly sheet: FakeSheet) {}

  private hit(method: string) {
    this.sheet.env.counter.hit(`EmbeddedChartBuilder.${method}`);
  }

  setChartType(type: ChartTypeEnum): FakeEmbeddedChartBuilder {
    this.hit("setChartType");
    const name = enumName(type);
    // An argument that is not a Charts.ChartType member is refused, as every enum parameter.
    if (!(CHART_TYPES as readonly string[]).includes(name))
      throw new Error(`Exception: Invalid argument: type (${name} is not a Charts.ChartType)`);
    this.chartType = name;
    return this;
  }
  addRange(range: GRange): FakeEmbeddedChartBuilder {
    this.hit("addRange");
    const stored = toStoredRange(range);
    // Stricter than Google (which can chart another sheet's cells): a chart here draws from its own
    // sheet, as the xlsx chart part's formulas do, so a range of another sheet is a bug.
    if (stored.sheet !== this.sheet)
      throw new Error(`Exception: The range ${range.getA1Notation()} is not on the chart's sheet.`);
    // "If the range has already been added to the chart, it is not added again" (addRange reference).
    const same = (r: StoredRange) => rectToA1(r.rect) === rectToA1(stored.rect);
    if (!this.ranges.some(same)) this.ranges.push(stored);
    return this;
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): FakeEmbeddedChartBuilder {
    this.hit("setPosition");
    // Integer parameters; the anchor must be a cell of the sheet (stricter: Google may clamp it).
    const ok =
      [anchorRowPos, anchorColPos].every(isPositiveInteger) &&
      [offsetX, offsetY].every((v) => Number.isInteger(v) && v >= 0) &&
      anchorRowPos <= this.sheet.maxRows &&
      anchorColPos <= this.sheet.maxCols;
    if (!ok)
      throw new Error(
        `Exception: Invalid argument: setPosition(${anchorRowPos}, ${anchorColPos}, ${offsetX}, ${offsetY})`,
      );
    this.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: any): FakeEmbeddedChartBuilder {
    this.hit("setOption");
    const check = OPTIONS[option];
    if (!check)
      throw new Error(`Fake: chart option ${option} is not modelled (test/fake/drawings.ts OPTIONS).`);
    if (!check(value))
      throw new Error(`Exception: Invalid value for chart option ${option}: ${JSON.stringify(value)}`);
    this.options.set(option, copy(value));
    return this;
  }
  /** "Sets the number of rows or columns of the range that should be treated as headers" (reference). */
  setNumHeaders(headers: number): FakeEmbeddedChartBuilder {
    this.hit("setNumHeaders");
    if (!Number.isInteger(headers) || headers < 0)
      throw new Error(`Exception: Invalid argument: headers (${headers})`);
    this.numHeaders = headers;
    return this;
  }
  build(): FakeEmbeddedChart {
    this.hit("build");
    if (!this.chartType) throw new Error("Fake: a chart needs setChartType before build().");
    // Stricter than Google, which guesses the header rows when not told (a chart of data-only ranges
    // would then take its first ward as the series' name).
    if (this.numHeaders === undefined)
      throw new Error("Fake: call setNumHeaders before build(): Sheets guesses the header rows otherwise.");
    if (!this.ranges.length) throw new Error("Fake: a chart needs at least one range before build().");
    // Stricter than Google, which ignores both silently (the chart would lose its target line or
    // label the wrong series): combo options on another type, a series index past the data series
    // (the first range is the domain, so series 0 is the second range).
    const combo = this.chartType === "COMBO";
    for (const o of COMBO_ONLY)
      if (this.options.has(o) && !combo) throw new Error(`Fake: option ${o} needs a COMBO chart.`);
    const series = (this.options.get("series") ?? {}) as Record<string, { type?: string }>;
    for (const [i, s] of Object.entries(series)) {
      if (Number(i) >= this.ranges.length - 1)
        throw new Error(`Fake: option series.${i} names no series (${this.ranges.length - 1} data ranges).`);
      if (s.type !== undefined && !combo) throw new Error(`Fake: series.${i}.type needs a COMBO chart.`);
    }
    const ranges = this.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } }));
    const options = new Map([...this.options].map(([k, v]) => [k, copy(v)]));
    options.set("numHeaders", this.numHeaders);
    return new FakeEmbeddedChart(this.sheet, this.chartType, ranges, { ...this.position }, options);
  }
}

export class FakeEmbeddedChart implements GEmbeddedChart {
  constructor(
    private readonly sheet: FakeSheet,
    readonly chartType: string,
    readonly ranges: StoredRange[],
    readonly position: ChartState["position"],
    readonly options: Map<string, unknown>,
  ) {}

  getRanges(): FakeRange[] {
    this.sheet.env.counter.hit("EmbeddedChart.getRanges");
    return this.ranges.map((r) => r.sheet.rangeAt(r.rect));
  }
  getOptions(): GChartOptions {
    this.sheet.env.counter.hit("EmbeddedChart.getOptions");
    return new FakeChartOptions(this.sheet.env, this.options);
  }
  /** The anchor set by setPosition (Google: "information about where the chart is positioned"). */
  getContainerInfo(): GChartContainerInfo & { getOffsetX(): number; getOffsetY(): number } {
    const env = this.sheet.env;
    env.counter.hit("EmbeddedChart.getContainerInfo");
    const p = { ...this.position };
    const get = (method: string, v: number) => () => {
      env.counter.hit(`ContainerInfo.${method}`);
      return v;
    };
    return {
      getAnchorRow: get("getAnchorRow", p.row),
      getAnchorColumn: get("getAnchorColumn", p.col),
      getOffsetX: get("getOffsetX", p.offsetX),
      getOffsetY: get("getOffsetY", p.offsetY),
    };
  }

  state(): ChartState {
    return {
      chartType: this.chartType,
      ranges: this.ranges.map((r) => r.sheet.rangeAt(r.rect).a1WithSheet()),
      position: { ...this.position },
      options: Object.fromEntries([...this.options].map(([k, v]) => [k, copy(v)])),
    };
  }
}

// ---------------------------------------------------------------- images

export interface ImageState {
  anchor: string;
  script: string;
  altTextTitle: string;
  contentType: string | null;
}

export class FakeOverGridImage implements GOverGridImage {
  script = "";
  altTextTitle = "";

  constructor(
    private readonly sheet: FakeSheet,
    readonly blob: GBlobSource,
    readonly anchor: Rect,
  ) {}

  private hit(method: string) {
    this.sheet.env.counter.hit(`OverGridImage.${method}`);
  }

  assignScript(functionName: string): FakeOverGridImage {
    this.hit("assignScript");
    this.script = functionName;
    return this;
  }
  getScript(): string {
    this.hit("getScript");
    return this.script;
  }
  setAltTextTitle(title: string): FakeOverGridImage {
    this.hit("setAltTextTitle");
    this.altTextTitle = title;
    return this;
  }
  remove(): void {
    this.hit("remove");
    const i = this.sheet.images.indexOf(this);
    if (i >= 0) this.sheet.images.splice(i, 1);
  }
  getAnchorCell(): FakeRange {
    this.hit("getAnchorCell");
    return this.sheet.rangeAt(this.anchor);
  }

  state(): ImageState {
    const blob = this.sheet.env.counter.silently(() => this.blob.getBlob());
    return {
      anchor: rectToA1(this.anchor),
      script: this.script,
      altTextTitle: this.altTextTitle,
      contentType: this.sheet.env.counter.silently(() => blob.getContentType()),
    };
  }
}
