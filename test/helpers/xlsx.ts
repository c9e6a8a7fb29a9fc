/** Helpers for the xlsx adapter and CLI tests: temp dirs, running build/cli.mjs, editing workbooks as Excel would. */
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as esbuild from "esbuild";
import ExcelJS from "exceljs";
import { CLI_CHUNKS, cliBuildOptions } from "../../build.mjs";

export const ROOT = join(__dirname, "../..");
export const CLI = join(ROOT, "build/cli.mjs");

export function tempDir(prefix = "tdp-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function newestSource(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * build/cli.mjs as `node build.mjs` makes it (`npm test` builds first). When it is missing or older
 * than src/, it is rebuilt here with the same esbuild settings, written atomically, so a bare
 * `npx vitest` tests the current code without racing other workers over dist/.
 */
export function ensureCli(): void {
  const fresh = existsSync(CLI) && statSync(CLI).mtimeMs >= newestSource(join(ROOT, "src"));
  if (fresh) return;
  // Built apart, then the content-hashed chunks copied in (old ones stay valid for a run in
  // progress) and cli.mjs renamed last, so another worker never loads a half-written build.
  const tmp = join(ROOT, "build", `.tmp-${process.pid}`);
  esbuild.buildSync({ ...(cliBuildOptions(tmp) as esbuild.BuildOptions), logLevel: "error" });
  const chunks = join(ROOT, "build", CLI_CHUNKS);
  mkdirSync(chunks, { recursive: true });
  for (const f of readdirSync(join(tmp, CLI_CHUNKS))) copyFileSync(join(tmp, CLI_CHUNKS, f), join(chunks, f));
  renameSync(join(tmp, "cli.mjs"), CLI);
  rmSync(tmp, { recursive: true, force: true });
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node build/cli.mjs ...args`, never throwing on a non-zero exit. */
export function cli(args: string[], opts: { cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, TDP_DEBUG: "" },
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Like cli() but throws unless the exit code is 0 (execFileSync). */
export function cliOk(args: string[], opts: { cwd?: string } = {}): string {
  return execFileSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Opens a workbook, lets `edit` change it as a person in Excel would, saves it (to `out` or in place). */
export async function editWorkbook(
  path: string,
  edit: (wb: ExcelJS.Workbook) => void | Promise<void>,
  out = path,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  await edit(wb);
  await wb.xlsx.writeFile(out);
}

/** The cell of `ws` in column `col` on the row whose column A is `code` (e.g. "1.3"). */
export function cellAt(ws: ExcelJS.Worksheet, code: string, col: number): ExcelJS.Cell {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (String(ws.getCell(r, 1).value ?? "").trim() === code) return ws.getCell(r, col);
  }
  throw new Error(`no row ${code} in ${ws.name}`);
}

/** The column of the unit whose header (row 3) starts with `code`. */
export function unitColumn(ws: ExcelJS.Worksheet, code: string): number {
  const row = ws.getRow(3);
  for (let c = 1; c <= ws.columnCount; c++) if (String(row.getCell(c).value ?? "").startsWith(code)) return c;
  throw new Error(`no unit ${code} in ${ws.name}`);
}

/** Lines of text wider than `width` terminal columns (combining marks count 0). */
export function tooWide(text: string, width: number): string[] {
  return text
    .split("\n")
    .filter((l) => [...l.normalize("NFC")].filter((ch) => !/\p{M}/u.test(ch)).length > width);
}
