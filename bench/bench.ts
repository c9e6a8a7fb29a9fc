/**
 * npm run bench — speed and service-call figures (never part of the tests). Run by bench/run.mjs,
 * which bundles this file with esbuild. The last line printed is one JSON object.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { builtinFramework } from "../src/core/frameworks";
import { judge, type UnitInput } from "../src/core/verdict";
import { type GenerateOptions, generatedSpecs } from "../src/core/workbook/generate";
import { specsWorkbook, writeWorkbook } from "../src/xlsx/workbook";
import type { CallSnapshot } from "../test/fake/env";
import { createAppsScriptGlobals } from "../test/fake/globals";
import { generatedFileEditors, generatedWorkbook, PROVINCE } from "../test/helpers/generate";
import { multiBench } from "./multi";
import { coreScaling, rollupPeak50k, rollupVsBareLoad, splitAndCollect } from "./xlsx";

const root = process.cwd();
const results: Record<string, number> = {};
const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);

function inputs(n: number): UnitInput[] {
  const fw = builtinFramework("laichau-2021")!;
  // Mostly Đạt, as real tabs are; some fails, N/A, blanks and lenient spellings.
  const words = [...Array(36).fill("Đạt"), "Không đạt", "Không áp dụng", "dat", ""];
  let s = 7;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
  return Array.from({ length: n }, () => ({
    criteria: Object.fromEntries(fw.criteria.map((c) => [c.code, words[next() % words.length]])),
    disqualifiers: Object.fromEntries(fw.disqualifiers.map((d) => [d.code, next() % 50 === 0 ? "Có" : ""])),
  }));
}

function verdictsPerSecond(): void {
  const fw = builtinFramework("laichau-2021")!;
  const pool = inputs(10_000);
  const total = 1_000_000;
  for (let i = 0; i < 20_000; i++) judge(fw, pool[i % pool.length]); // warm up
  const t0 = performance.now();
  let pass = 0;
  for (let i = 0; i < total; i++) if (judge(fw, pool[i % pool.length]).verdict === "pass") pass++;
  const ms = performance.now() - t0;
  results.verdictsPerSecond = Math.round(total / (ms / 1000));
  line(
    "core: verdicts per second (1,000,000 units; goal ≥ 1,000,000)",
    `${results.verdictsPerSecond.toLocaleString("en")} /s (${pass} Đạt)`,
  );
}

function loadBundle(globals: Record<string, unknown>) {
  const ctx = vm.createContext({ console, ...globals });
  vm.runInContext(readFileSync(join(root, "dist/Code.js"), "utf8"), ctx);
  return ctx as Record<string, any>;
}

function customFunctionCall(): void {
  const ctx = loadBundle({});
  const fw = builtinFramework("laichau-2021")!;
  const units = inputs(1000);
  const range = fw.criteria.map((c) => units.map((u) => u.criteria[c.code]));
  ctx.TDP_VERDICT(range); // warm up (first call compiles)
  const runs = 5;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) ctx.TDP_VERDICT(range);
  results.tdpVerdictMs = Math.round(((performance.now() - t0) / runs) * 10) / 10;
  line("bundle: one TDP_VERDICT on 28 × 1,000 (goal ≤ 200 ms)", `${results.tdpVerdictMs} ms`);
}

/** A flat 20 ms per service call (builders included): the first yardstick. */
const FLAT_MS = 20;
const seconds = (ms: number) => Math.round(ms / 100) / 10;
/** "N calls (≈ X s estimated, Y s at 20 ms/call)". */
function costText(snap: CallSnapshot): string {
  return `${snap.total} calls + ${snap.builders} builder calls (≈ ${seconds(snap.estimatedMs)} s estimated, ${seconds((snap.total + snap.builders) * FLAT_MS)} s at ${FLAT_MS} ms/call)`;
}

/** A fake environment whose bundle clock (Date.now) follows the fake's cost estimate. */
function fakeWorkbook(opts: GenerateOptions) {
  const g = createAppsScriptGlobals({
    user: "noivu@example.gov.vn",
    fileEditors: generatedFileEditors(opts),
  });
  generatedWorkbook(g.spreadsheet, opts);
  const start = Date.UTC(2025, 6, 1, 1);
  const Clock = class extends Date {
    static override now() {
      return start + g.counter.estimatedMs;
    }
  };
  return { g, ctx: loadBundle({ ...g, Date: Clock }) };
}

/** One menu click: its calls and estimated cost (the counter keeps running: the clock never goes back). */
function click(
  g: ReturnType<typeof fakeWorkbook>["g"],
  ctx: Record<string, any>,
  item: string,
): CallSnapshot {
  const before = g.counter.snapshot();
  ctx[item]();
  return g.counter.since(before);
}

function add(a: CallSnapshot, b: CallSnapshot): CallSnapshot {
  return {
    total: a.total + b.total,
    reads: a.reads + b.reads,
    writes: a.writes + b.writes,
    builders: a.builders + b.builders,
    estimatedMs: a.estimatedMs + b.estimatedMs,
    calls: {},
  };
}

/** Set-up + protection from the fixed sheets (runs again while it says it stopped), then once more. */
function setupInFake(label: string, wards: number, units: number, key: string): void {
  const { g, ctx } = fakeWorkbook({ wards, units, tabs: false });
  let all = click(g, ctx, "menuSetupLaiChau");
  let runs = 1;
  while (/chạy lại để tiếp tục/.test(g.ui.dialogs.at(-1)?.content ?? "") && runs < 10) {
    all = add(all, click(g, ctx, "menuSetupLaiChau"));
    runs++;
  }
  results[`setupCalls${key}`] = all.total;
  results[`setupSeconds${key}`] = seconds(all.estimatedMs);
  results[`setupRuns${key}`] = runs;
  line(
    `fake: set-up + protection, ${label} (${wards} tabs, ${units} units)`,
    `${costText(all)}, ${runs} run(s)`,
  );
  const again = click(g, ctx, "menuSetupLaiChau");
  results[`rerunCalls${key}`] = again.total;
  results[`rerunSeconds${key}`] = seconds(again.estimatedMs);
  line(`fake: set-up + protection again, nothing changed`, costText(again));
}

function rollupInFake(label: string, wards: number, units: number, key: string): void {
  const { g, ctx } = fakeWorkbook({ wards, units });
  const first = click(g, ctx, "menuRollup"); // first run creates Tổng hợp (and its chart, button)
  results[`rollupCallsFirst${key}`] = first.total;
  const t0 = performance.now();
  const snap = click(g, ctx, "menuRollup"); // the steady state: every later click
  const ms = performance.now() - t0;
  results[`rollupCalls${key}`] = snap.total;
  results[`rollupReads${key}`] = snap.reads;
  results[`rollupMs${key}`] = Math.round(ms);
  results[`rollupSeconds${key}`] = seconds(snap.estimatedMs);
  line(
    `fake: roll-up, ${label} (${wards} tabs, ${units} units)`,
    `${costText(snap)}; ${snap.reads} reads, ${snap.writes} writes; first run ${first.total} calls; ${Math.round(ms)} ms`,
  );

  // The naive reader: one getRange().getValue() per cell of every ward tab.
  g.counter.reset();
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  for (const sheet of ss.getSheets()) {
    if (!sheet.getName().startsWith("Phường số")) continue;
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) sheet.getRange(r, c).getValue();
  }
  const naive = g.counter.snapshot().total;
  results[`naiveCalls${key}`] = naive;
  line(
    `fake: naive per-cell reader, same workbook`,
    `${naive} calls (×${Math.round(naive / snap.total)} the roll-up)`,
  );
}

/** The whole `tdp rollup` process on a generated file: wall time and peak memory. */
async function cliOnFile(
  label: string,
  wards: number,
  units: number,
  key: string,
  goalS: number,
): Promise<void> {
  const dir = join(root, "out", "bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${units}-don-vi.xlsx`);
  await writeWorkbook(specsWorkbook(generatedSpecs({ wards, units })), file);
  const t0 = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      "--require",
      join(root, "bench/rss.cjs"),
      join(root, "build/cli.mjs"),
      "rollup",
      file,
      "--json",
      join(dir, `${units}.json`),
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = (performance.now() - t0) / 1000;
  const rss = Number(/PEAK_RSS_KB (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024;
  results[`cliSeconds${key}`] = Math.round(seconds * 100) / 100;
  results[`cliPeakMB${key}`] = Math.round(rss);
  line(
    `cli: tdp rollup, ${label} (${units} units; goal ≤ ${goalS} s${key === "10k" ? ", ≤ 500 MB" : ""})`,
    `${seconds.toFixed(2)} s, peak ${Math.round(rss)} MB, exit ${run.status}`,
  );
}

verdictsPerSecond();
customFunctionCall();
results.provinceTabs = PROVINCE.wards;
setupInFake("city scale", 7, 72, "City");
setupInFake("province scale", PROVINCE.wards, PROVINCE.units, "Province");
rollupInFake("city scale", 7, 72, "City");
rollupInFake("province scale", PROVINCE.wards, PROVINCE.units, "Province");
await cliOnFile("city file", 7, 72, "City", 2);
await cliOnFile("10,000-unit file", 400, 10_000, "10k", 15);
coreScaling(results);
await rollupVsBareLoad(results);
await rollupPeak50k(results);
await splitAndCollect(results);
Object.assign(results, await multiBench());
console.log(JSON.stringify(results));
