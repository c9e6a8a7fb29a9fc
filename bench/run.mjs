// Bundles bench/bench.ts (it imports TypeScript from src/ and test/fake) and runs it.
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
await import(pathToFileURL(out).href);
