/** Embedded charts and over-grid images. */

import type {
  ChartTypeEnum,
  GBlobSource,
  GChartOptions,
  GEmbeddedChart,
  GEmbeddedChartBuilder,
  GOverGridImage,
  GRange,
} from "../../src/gas/types";
import { type Rect, rectToA1 } from "./a1";
import { enumName, type FakeEnv } from "./env";
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
    return this.options.get(option) ?? null;
  }
}

export class FakeEmbeddedChartBuilder implements GEmbeddedChartBuilder {
  private chartType = "";
  private readonly ranges: StoredRange[] = [];
  private position = { row: 1, col: 1, offsetX: 0, offsetY: 0 };
  private readonly options = new Map<string, unknown>();

  constructor(private readonly sheet: FakeSheet) {}

  private hit(method: string) {
    this.sheet.env.counter.hit(`EmbeddedChartBuilder.${method}`);
  }

  setChartType(type: ChartTypeEnum): FakeEmbeddedChartBuilder {
    this.hit("setChartType");
    this.chartType = enumName(type);
    return this;
  }
  addRange(range: GRange): FakeEmbeddedChartBuilder {
    this.hit("addRange");
    this.ranges.push(toStoredRange(range));
    return this;
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): FakeEmbeddedChartBuilder {
    this.hit("setPosition");
    this.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: any): FakeEmbeddedChartBuilder {
    this.hit("setOption");
    this.options.set(option, value);
    return this;
  }
  build(): FakeEmbeddedChart {
    this.hit("build");
    const ranges = this.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } }));
    return new FakeEmbeddedChart(
      this.sheet,
      this.chartType,
      ranges,
      { ...this.position },
      new Map(this.options),
    );
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

  state(): ChartState {
    return {
      chartType: this.chartType,
      ranges: this.ranges.map((r) => r.sheet.rangeAt(r.rect).a1WithSheet()),
      position: { ...this.position },
      options: Object.fromEntries(this.options),
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
