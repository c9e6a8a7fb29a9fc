/** What the commands that open a file share: option parsing, reading a workbook with progress, errors. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { formatProblem, type Problem } from "../core/problem";
import { CLI } from "../core/text/cli";
import { NOTICE } from "../core/text/ui";
import { missingWardTabs } from "../core/usecases/checkWorkbook";
import type { WorkbookRollup as XlsxRollup } from "../core/usecases/rollupWorkbook";
import { isFixedSheet, sheetIssue } from "../core/workbook/sheets";
import { Workbook } from "../core/workbook/workbook";
import type { XlsxFileError } from "../xlsx/read";
import { type PackageValues, readValuesFile, type SheetEntry } from "../xlsx/values";
import { XlsxWriteError } from "../xlsx/workbook";
import type { Io } from "./io";
import { Progress } from "./progress";
import { wrap } from "./text";

export class UsageError extends Error {}
export class SheetError extends Error {}
export class RefusedWrite extends Error {}

export type Values = Record<string, string | boolean | undefined>;

export function parse(
  cmd: string,
  args: string[],
  options: NonNullable<ParseArgsConfig["options"]>,
): { values: Values; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args,
      options: { help: { type: "boolean", short: "h" }, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const name = err.message.match(/--[\w-]+/g)?.pop() ?? /'(-[^' ,]+)/.exec(err.message)?.[1] ?? "";
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new UsageError(CLI.USAGE.unknownOption(name, cmd));
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw new UsageError(CLI.USAGE.missingValue(name, cmd));
    if (err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
      throw new UsageError(CLI.USAGE.unexpectedArgument(name, cmd));
    throw new UsageError(CLI.USAGE.badOption(err.message, cmd));
  }
}

export function yearOf(v: Values): number | undefined {
  const raw = v.year;
  if (raw === undefined) return undefined;
  const y = Number(raw);
  if (typeof raw !== "string" || !/^\d{4}$/.test(raw.trim()) || y < 2000 || y > 2100)
    throw new UsageError(CLI.USAGE.badYear(String(raw)));
  return y;
}

export function oneFile(cmd: string, positionals: string[]): string {
  if (!positionals.length) throw new UsageError(CLI.USAGE.needFile(cmd));
  if (positionals.length > 1) throw new UsageError(CLI.USAGE.tooManyFiles(cmd));
  return positionals[0];
}

export function ensureDir(path: string): void {
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
  } catch (e) {
    throw new XlsxWriteError(path, (e as NodeJS.ErrnoException).code ?? String(e));
  }
}

export function writeText(path: string, text: string | Buffer): void {
  ensureDir(path);
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new XlsxWriteError(path, (e as NodeJS.ErrnoException).code ?? String(e));
  }
}

/**
 * Reads every sheet's values straight from the package (src/xlsx/values.ts), counted tab by tab;
 * a workbook without Tiêu chí or Danh mục (or with one renamed) stops here.
 */
export async function readWorkbookFile(path: string, io: Io): Promise<PackageValues> {
  io.progress(CLI.PROGRESS.reading(path));
  let tabs: Progress | undefined;
  const read = await readValuesFile(path, (done, total) => {
    tabs ??= new Progress(io, CLI.PROGRESS.readingTabs, total);
    tabs.tick(done);
  });
  const issue = sheetIssue([...read.values.keys()]);
  if (issue)
    throw new SheetError(
      issue.kind === "missing"
        ? CLI.FILE.sheetMissing(path, issue.sheet)
        : CLI.FILE.sheetRenamed(path, issue.sheet, issue.found),
    );
  return read;
}

/** Visible sheets other than the fixed ones: the ward tabs, for the progress line. */
export function wardTabCount(sheets: readonly SheetEntry[]): number {
  return sheets.filter((w) => w.state === "visible" && !isFixedSheet(w.name)).length;
}

export function fileMessage(e: XlsxFileError): string {
  switch (e.kind) {
    case "notFound":
      return CLI.FILE.notFound(e.path);
    case "notFile":
      return CLI.FILE.notFile(e.path);
    case "notReadable":
      return CLI.FILE.notReadable(e.path, e.detail);
    case "empty":
      return CLI.FILE.empty(e.path);
    case "notZip":
      return CLI.FILE.notZip(e.path);
    case "encrypted":
      return CLI.FILE.encrypted(e.path);
    case "xls":
      return CLI.FILE.xls(e.path);
    case "ods":
      return CLI.FILE.ods(e.path);
    case "notWorkbook":
      return CLI.FILE.notWorkbook(e.path);
    case "corrupt":
      return CLI.FILE.corrupt(e.path, e.detail);
  }
}

export function hintsFor(values: Map<string, unknown[][]>, r: XlsxRollup): string[] {
  return missingWardTabs(new Workbook(values, r.tables.framework), r.tables.roster)
    .filter((m) => m.suggestion)
    .map((m) => CLI.OUT.suggestTab(m.ward.name, m.ward.tab, m.suggestion!));
}

export const widthOf = (io: Io) => io.columns ?? 80;

/** One problem as an indented paragraph: wrapped at spaces, the lines after the first indented further. */
export function hanging(text: string, width: number, indent = "  ", more = "    "): string[] {
  const [first, ...rest] = wrap(text, width - more.length);
  return [indent + first, ...rest.map((l) => more + l)];
}

/** The broken Tiêu chí sheet's problems as a bulleted list (stops the roll-up and the check). */
export function criteriaBroken(problems: readonly Problem[], width: number): string {
  return [
    ...wrap(NOTICE.criteriaBroken, width),
    ...problems.flatMap((p) => hanging(formatProblem(p), width, "  • ")),
  ].join("\n");
}
