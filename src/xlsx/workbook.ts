/** Building .xlsx workbooks from SheetSpecs: the template, the sample, the summary; writing files. */

import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { builtinFramework, DEFAULT_FRAMEWORK_ID } from "../core/frameworks";
import { foldKey } from "../core/text";
import { sheetRank } from "../core/usecases/rollupWorkbook";
import { planSetup, withRules } from "../core/usecases/setup";
import { computeFormulas } from "../core/workbook/computedFormulas";
import { SAMPLES, type SampleName, sampleSpecs } from "../core/workbook/sample";
import type { CellValue, SheetSpec } from "../core/workbook/spec";
import { type ChartedSheet, writeChartsInto } from "./chart";
import { ListSheet, renderSheet } from "./render";

export class XlsxWriteError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`cannot write ${path}: ${detail}`);
    this.name = "XlsxWriteError";
  }
}

export { sheetRank };

export interface TemplateOptions {
  frameworkId?: string;
  year?: number;
  /** With the framework's training data, as the add-in's "Nạp dữ liệu mẫu" (Lai Châu by default). */
  sample?: boolean;
}

/** The training sample of a framework: Quỳnh Vinh for its framework, Lai Châu otherwise. */
export function sampleFor(frameworkId: string | undefined): SampleName {
  const id = frameworkId === undefined ? undefined : builtinFramework(frameworkId)?.id;
  const of = (fwId: string | undefined) =>
    (Object.keys(SAMPLES) as SampleName[]).find((n) => SAMPLES[n].frameworkId === fwId);
  return of(id) ?? of(DEFAULT_FRAMEWORK_ID)!;
}

export type TemplatePlan =
  | { ok: true; specs: SheetSpec[]; report: string[] }
  | { ok: false; lines: string[] };

/** The sheets of a new workbook: what the add-in's set-up (and sample loading) writes into an empty one. */
export function templateSpecs(opts: TemplateOptions = {}): TemplatePlan {
  // As src/gas/setup.ts runLoadSample → runSetup(SAMPLES[name].frameworkId, sampleSpecs(name)).
  const name = sampleFor(opts.frameworkId);
  const extra = opts.sample ? sampleSpecs(name) : [];
  const existing = new Map<string, unknown[][]>(extra.map((s) => [s.name, s.values]));
  const plan = planSetup(existing, {
    frameworkId: opts.sample ? SAMPLES[name].frameworkId : opts.frameworkId,
    year: opts.year,
  });
  if (!plan.ok) return { ok: false, lines: [...plan.report, ...plan.problems.map((p) => p.message)] };
  const planned = new Set(plan.specs.map((s) => s.name));
  // The sample's own sheets get the validation set-up would repair on them (as the add-in does).
  const rules = new Map(plan.rules.map((r) => [r.name, r] as const));
  const extras = extra
    .filter((s) => !planned.has(s.name))
    .map((s) => (rules.has(s.name) ? withRules({ ...s }, rules.get(s.name)!) : s));
  const specs = [...plan.specs, ...extras].sort((a, b) => sheetRank(a.name) - sheetRank(b.name));
  return { ok: true, specs, report: plan.report };
}

export function knownFramework(id: string): boolean {
  return builtinFramework(id) !== undefined;
}

/** Renders specs into `wb` (new sheets appended in order); formula rows become computed values. */
export function addSpecs(
  wb: ExcelJS.Workbook,
  specs: SheetSpec[],
  context: Map<string, CellValue[][]> = new Map(),
  listSeed: string[][] = [],
): ListSheet {
  const sheets = new Map<string, CellValue[][]>(context);
  for (const s of specs) sheets.set(s.name, s.values);
  const lists = new ListSheet(wb, listSeed);
  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.name);
    renderSheet(ws, spec, computeFormulas(spec, sheets), lists);
  }
  lists.flush();
  return lists;
}

/**
 * The charts of the workbooks specsWorkbook made (ExcelJS cannot hold charts): writeWorkbook adds
 * their parts to ExcelJS's output. A WeakMap, so the callers keep passing plain ExcelJS workbooks.
 */
const chartsOf = new WeakMap<ExcelJS.Workbook, ChartedSheet[]>();

/** `listSeed`: the lists sheet the target package already has (see ListSheet). */
export function specsWorkbook(specs: SheetSpec[], listSeed: string[][] = []): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "tdp";
  wb.created = new Date(0);
  wb.modified = new Date(0);
  addSpecs(wb, specs, new Map(), listSeed);
  const charted = specs
    .filter((s) => s.charts?.length)
    .map((s) => ({ name: s.name, charts: s.charts ?? [], values: s.values }));
  if (charted.length) chartsOf.set(wb, charted);
  return wb;
}

/** The .xlsx bytes of `wb`: ExcelJS's package, with the chart parts of specsWorkbook's charts. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const bytes = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const charted = chartsOf.get(wb);
  if (!charted) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  await writeChartsInto(zip, charted);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/**
 * Replaces (or adds) the sheets of `specs` in a loaded workbook, keeping their tab position; every
 * other sheet is left as ExcelJS read it (what ExcelJS does not model is lost on saving, which is why
 * `tdp rollup --write` uses ./package.ts instead).
 */
export function replaceSheets(wb: ExcelJS.Workbook, specs: SheetSpec[]): void {
  const sheets = new Map<string, CellValue[][]>();
  for (const s of specs) sheets.set(s.name, s.values);
  const lists = new ListSheet(wb);
  for (const spec of specs) {
    const old = wb.worksheets.find((w) => foldKey(w.name) === foldKey(spec.name));
    const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
    const name = old?.name ?? spec.name;
    if (old) wb.removeWorksheet(old.id);
    const ws = wb.addWorksheet(name);
    if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
    renderSheet(ws, { ...spec, name }, computeFormulas(spec, sheets), lists);
  }
  lists.flush();
}

/** Writes `path` through a temp file and a rename, so a failed write never leaves half a workbook. */
async function atomically(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await write(tmp);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const err = e as NodeJS.ErrnoException;
    throw new XlsxWriteError(path, err.code ?? err.message ?? String(e));
  }
}

/** Writes a workbook atomically (temp file + rename), with its charts. */
export async function writeWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  if (!chartsOf.has(wb)) return atomically(path, (tmp) => wb.xlsx.writeFile(tmp));
  await atomically(path, async (tmp) => writeFileSync(tmp, await workbookBytes(wb)));
}

/** Writes a finished .xlsx package atomically (temp file + rename). */
export async function writeBytes(path: string, bytes: Uint8Array): Promise<void> {
  await atomically(path, async (tmp) => writeFileSync(tmp, bytes));
}
