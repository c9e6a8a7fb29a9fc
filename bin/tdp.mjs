#!/usr/bin/env node
// Launcher for the `tdp` command: runs build/cli.mjs, building it first (node build.mjs) if it is missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = new URL("../build/cli.mjs", import.meta.url);
if (!existsSync(cli)) {
  execFileSync(process.execPath, [fileURLToPath(new URL("../build.mjs", import.meta.url))], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    stdio: ["ignore", 2, 2],
  });
}
await import(cli.href);
