// Bundles bench/bench.ts (it imports TypeScript from src/ and test/fake) and runs it, then times
// `tdp --help` against a bare `node -e 0` and adds both (and their ratio) to bench.ts's JSON line.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const out = join(process.cwd(), "build", "bench.mjs");
mkdirSync(join(process.cwd(), "build"), { recursive: true });
await esbuild.build({
  entryPoints: ["bench/bench.ts"],
  bundle: true,
  outfile: out,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  logLevel: "error",
});

// bench.ts ends with one JSON object on its own line: hold it back, print it merged at the end.
const print = console.log;
let held;
console.log = (...args) => {
  if (held !== undefined) print(JSON.stringify(held));
  held = undefined;
  if (args.length === 1 && typeof args[0] === "string" && args[0].startsWith("{")) {
    try {
      const parsed = JSON.parse(args[0]);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
        held = parsed;
        return;
      }
    } catch {
      // not JSON: printed as it is
    }
  }
  print(...args);
};
try {
  await import(pathToFileURL(out).href);
} finally {
  console.log = print;
}

/** Median wall time (ms) of `node ...args`, RUNS runs after 3 warm-ups, interleaved with the others. */
function medians(commands, runs = 20) {
  const times = commands.map(() => []);
  const once = (args) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: "ignore" });
    if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}`);
    return performance.now() - t0;
  };
  for (let i = 0; i < 3; i++) for (const args of commands) once(args);
  for (let i = 0; i < runs; i++) for (const [k, args] of commands.entries()) times[k].push(once(args));
  return times.map((t) => {
    const s = [...t].sort((a, b) => a - b);
    return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
  });
}

const [cliHelpMs, nodeBareMs] = medians([
  [join(process.cwd(), "build/cli.mjs"), "--help"],
  ["-e", "0"],
]);
const cliHelpRatio = Math.round((cliHelpMs / nodeBareMs) * 100) / 100;
console.log(
  `${"cli: tdp --help vs a bare node -e 0 (median of 20; goal ≤ 2×)".padEnd(58)} ` +
    `${cliHelpMs.toFixed(0)} ms vs ${nodeBareMs.toFixed(0)} ms (×${cliHelpRatio.toFixed(2)})`,
);
console.log(
  JSON.stringify({
    ...held,
    cliHelpMs: Math.round(cliHelpMs),
    nodeBareMs: Math.round(nodeBareMs),
    cliHelpRatio,
  }),
);
