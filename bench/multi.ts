/**
 * File per ward in Google Sheets, at province scale, through the fake: dist-multi/Code.js splits a
 * generated master of 170 wards × 25 units into 170 spreadsheets (runs again while it says to), the
 * wards' answers are typed into their files (uncounted), then "Thu thập từ các tệp" collects them
 * (runs again while it says to) and rolls up. Reported: service calls and the fake's estimated seconds
 * (test/fake/env.ts's cost table; the bundle's clock follows it, so the time budgets act as in Apps
 * Script), runs, openById and the batched sheet reads. bench/bench.ts wires it in.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { createAppsScriptGlobals } from "../test/fake/globals";
import { fillWardFiles, generatedFileEditors, generatedWorkbook, PROVINCE } from "../test/helpers/generate";

const root = process.cwd();
const dist = join(root, "dist-multi");
const PARTIAL = /chạy lại để tiếp tục/;
const seconds = (ms: number) => Math.round(ms / 100) / 10;

type Globals = ReturnType<typeof createAppsScriptGlobals>;

/** Clicks a menu item until its dialog no longer says to run again; the calls of all runs. */
function clickUntilDone(g: Globals, ctx: Record<string, any>, item: string, max = 30) {
  const before = g.counter.snapshot();
  let runs = 0;
  do {
    ctx[item]();
    runs++;
  } while (PARTIAL.test(g.ui.dialogs.at(-1)?.content ?? "") && runs < max);
  const delta = g.counter.since(before);
  return { runs, delta, done: !PARTIAL.test(g.ui.dialogs.at(-1)?.content ?? "") };
}

export async function multiBench(): Promise<Record<string, number>> {
  const opts = { ...PROVINCE, tabs: false };
  const manifest = JSON.parse(readFileSync(join(dist, "appsscript.json"), "utf8"));
  const g = createAppsScriptGlobals({
    user: "noivu@example.gov.vn",
    fileEditors: generatedFileEditors(PROVINCE),
    manifestScopes: manifest.oauthScopes,
  });
  generatedWorkbook(g.spreadsheet, opts);
  const start = Date.UTC(2025, 6, 1, 1);
  const Clock = class extends Date {
    static override now() {
      return start + g.counter.estimatedMs;
    }
  };
  const ctx = vm.createContext({ ...g, Date: Clock }) as Record<string, any>;
  vm.runInContext(readFileSync(join(dist, "Code.js"), "utf8"), ctx, { filename: "Code.js" });

  clickUntilDone(g, ctx, "menuSetupLaiChau");
  const split = clickUntilDone(g, ctx, "menuSplitFiles");
  fillWardFiles(g.drive.created, PROVINCE);
  const t0 = performance.now();
  const collect = clickUntilDone(g, ctx, "menuCollectFiles");
  const wallMs = performance.now() - t0;
  const files = g.drive.created.length;
  const c = collect.delta;
  return {
    multiWardFiles: files,
    multiSplitCalls: split.delta.total,
    multiSplitSeconds: seconds(split.delta.estimatedMs),
    multiSplitRuns: split.runs,
    multiCollectCalls: c.total,
    multiCollectReads: c.reads,
    multiCollectWrites: c.writes,
    multiCollectSeconds: seconds(c.estimatedMs),
    multiCollectRuns: collect.runs,
    multiCollectDone: collect.done ? 1 : 0,
    multiCollectOpenById: c.calls["SpreadsheetApp.openById"] ?? 0,
    // every batched read of the runs: the master's sheets (each run, and the roll-up) and 2 per file
    multiCollectSheetReads: c.calls["Sheet.getSheetValues"] ?? 0,
    multiCollectWallMs: Math.round(wallMs),
  };
}
