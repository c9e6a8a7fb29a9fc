/**
 * The xlsx path at province scale (issue 14): the roll-up core from 10,000 to 50,000 units, `tdp
 * rollup` against a bare values-only ExcelJS load of the same file, peak memory at 50,000 units, and
 * `tdp split` / `tdp collect` of 170 ward files. Figures go into bench.ts's JSON line.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { rollupWorkbook } from "../src/core/usecases/rollupWorkbook";
import { SHEET } from "../src/core/vocabulary";
import { generatedRoster, generatedSpecs } from "../src/core/workbook/generate";
import { historySpec, planSpec } from "../src/core/workbook/tables";
import { VALUES_ONLY } from "../src/xlsx/read";
import { specsWorkbook, writeWorkbook } from "../src/xlsx/workbook";

type Results = Record<string, number>;
const root = process.cwd();
const dir = join(root, "out", "bench");
const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * A generated province in memory, with a plan and a history as real ones have: every third unit
 * registered for one of the period's years, every other one recognized in earlier years.
 */
function generatedValues(units: number): Map<string, unknown[][]> {
  const opts = { wards: Math.round(units / 25), units };
  const values = new Map(generatedSpecs(opts).map((s) => [s.name, s.values as unknown[][]]));
  const all = generatedRoster(opts).units;
  const registrations = all
    .filter((_, i) => i % 3 === 0)
    .map((u, i) => ({ unit: u.code, year: 2021 + (i % 4) }));
  const history = all
    .filter((_, i) => i % 2 === 0)
    .flatMap((u, i) => [2022, 2023].slice(i % 2).map((year) => ({ unit: u.code, year })));
  const plan = {
    registrations,
    yearTargets: [2021, 2022, 2023, 2024].map((year, i) => ({ year, target: (i + 1) * 100 })),
  };
  values.set(SHEET.plan, planSpec(plan, () => "").values);
  values.set(SHEET.history, historySpec(history, () => ({ name: "", ward: "" })).values);
  return values;
}

/** Median seconds of `f` over `runs` runs (after one warm-up). */
function medianSeconds(f: () => void, runs: number): number {
  f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return (times[(runs - 1) >> 1] + times[runs >> 1]) / 2;
}

/** The roll-up core alone (values in memory, no file): 5× the units should cost ≤ 6× the time. */
export function coreScaling(results: Results): void {
  const small = generatedValues(10_000);
  const t10 = medianSeconds(() => rollupWorkbook(small, {}), 3);
  const large = generatedValues(50_000);
  const t50 = medianSeconds(() => rollupWorkbook(large, {}), 3);
  results.coreRollup10kS = round(t10);
  results.coreRollup50kS = round(t50);
  results.coreRollupRatio = round(t50 / t10);
  line(
    "core: roll-up 10,000 → 50,000 units, plan + history (goal ≤ 6×)",
    `${t10.toFixed(2)} s → ${t50.toFixed(2)} s (×${(t50 / t10).toFixed(2)})`,
  );
}

/** Wall seconds and peak MB of `node [rss.cjs] args`. */
function timed(args: string[]): { seconds: number; mb: number; status: number | null; out: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--require", join(root, "bench/rss.cjs"), ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  const mb = Number(/PEAK_RSS_KB (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  return { seconds, mb, status: r.status, out: r.stdout + r.stderr };
}

async function generatedFile(units: number, tabs = true): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${units}-don-vi${tabs ? "" : "-chua-co-tab"}.xlsx`);
  await writeWorkbook(specsWorkbook(generatedSpecs({ wards: Math.round(units / 25), units, tabs })), file);
  return file;
}

const cli = join(root, "build/cli.mjs");

/** `tdp rollup` against the bare values-only load of the same 10,000-unit file (median of 3, interleaved). */
export async function rollupVsBareLoad(results: Results): Promise<void> {
  const file = await generatedFile(10_000);
  const json = join(dir, "10000.json");
  const cliTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    cliTimes.push(timed([cli, "rollup", file, "--json", json]).seconds);
    bareTimes.push(timed([join(root, "bench/bareLoad.mjs"), file, JSON.stringify(VALUES_ONLY)]).seconds);
  }
  const med = (t: number[]) => [...t].sort((a, b) => a - b)[1];
  const ratio = med(cliTimes) / med(bareTimes);
  results.cliRollup10kS = round(med(cliTimes));
  results.bareLoad10kS = round(med(bareTimes));
  results.cliRollupVsBareLoad = round(ratio);
  line(
    "cli: tdp rollup vs bare values-only load, 10,000 (goal ≤ 1.1×)",
    `${med(cliTimes).toFixed(2)} s vs ${med(bareTimes).toFixed(2)} s (×${ratio.toFixed(2)})`,
  );
}

/** Peak memory of `tdp rollup` on a 50,000-unit file (goal ≤ 1 GB). */
export async function rollupPeak50k(results: Results): Promise<void> {
  const file = await generatedFile(50_000);
  const r = timed([cli, "rollup", file, "--json", join(dir, "50000.json")]);
  results.cliRollup50kS = round(r.seconds);
  results.cliPeakMB50k = Math.round(r.mb);
  line(
    "cli: tdp rollup, 50,000 units (goal ≤ 1,024 MB)",
    `${r.seconds.toFixed(1)} s, peak ${Math.round(r.mb)} MB, exit ${r.status}`,
  );
}

/** `tdp setup`, `tdp split` and `tdp collect` of a province: 170 wards × 25 units. */
export async function splitAndCollect(results: Results): Promise<void> {
  const master = await generatedFile(170 * 25, false);
  const files = join(dir, "tep-xa");
  rmSync(files, { recursive: true, force: true });
  const setup = timed([cli, "setup", master]);
  const split = timed([cli, "split", master, "--out", files, "--force"]);
  const count = readdirSync(files).length;
  const collect = timed([cli, "collect", master, files]);
  results.cliSetup170S = round(setup.seconds);
  results.cliSplit170S = round(split.seconds);
  results.cliCollect170S = round(collect.seconds);
  results.cliCollect170PeakMB = Math.round(collect.mb);
  line("cli: tdp setup, 170 wards × 25 units", `${setup.seconds.toFixed(1)} s, exit ${setup.status}`);
  line(
    `cli: tdp split → ${count} files`,
    `${split.seconds.toFixed(1)} s, peak ${Math.round(split.mb)} MB, exit ${split.status}`,
  );
  line(
    "cli: tdp collect of 170 ward files",
    `${collect.seconds.toFixed(1)} s, peak ${Math.round(collect.mb)} MB, exit ${collect.status}`,
  );
}
