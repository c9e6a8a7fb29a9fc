/**
 * The file-per-ward commands: `tdp setup` (ward tabs from Danh mục, in the file's own package),
 * `tdp split` (one file per ward), `tdp collect` (the ward files back into the master, then the
 * roll-up). The core decides (src/core/usecases/setup.ts, split.ts, collect.ts); this reads and writes.
 */
import { randomUUID } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { CELL_TEXT_LIMIT } from "../core/cellLimit";
import { formatProblem, type Problem } from "../core/problem";
import { CLI } from "../core/text/cli";
import { WARD_FILE } from "../core/text/wardFiles";
import { planCollect, type WardFileInput } from "../core/usecases/collect";
import { rollupWorkbook } from "../core/usecases/rollupWorkbook";
import { planSetup, showsSpec } from "../core/usecases/setup";
import { planSplit } from "../core/usecases/split";
import { findSheet } from "../core/workbook/sheets";
import type { SheetSpec } from "../core/workbook/spec";
import { type OwnedSheet, rollupSheets, writeSheetsInto } from "../xlsx/package";
import { XlsxFileError } from "../xlsx/read";
import { readValuesFile } from "../xlsx/values";
import { specsWorkbook, writeWorkbook, XlsxWriteError } from "../xlsx/workbook";
import {
  criteriaBroken,
  fileMessage,
  hanging,
  hintsFor,
  oneFile,
  parse,
  RefusedWrite,
  readWorkbookFile,
  UsageError,
  widthOf,
  yearOf,
} from "./common";
import { help } from "./help";
import { EXIT, type Io } from "./io";
import { Progress } from "./progress";
import { formatSummary } from "./summary";
import { wrap } from "./text";

const say = (io: Io, lines: string[]) => {
  const width = widthOf(io);
  if (lines.length)
    io.out(
      lines
        .flatMap((l) => wrap(l, width))
        .join("\n")
        .normalize("NFC"),
    );
};

const problemLines = (io: Io, problems: readonly Problem[]) =>
  problems.flatMap((p) => hanging(formatProblem(p), widthOf(io)));

/** `tdp setup SỔ.xlsx [--out KHÁC.xlsx]`: the ward tabs set-up plans, written whole into the package. */
export async function setup(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("setup", args, { out: { type: "string", short: "o" } });
  if (values.help) return help(io, "setup");
  const file = oneFile("setup", positionals);
  const out = (values.out as string | undefined) ?? file;
  if (extname(out).toLowerCase() !== ".xlsx") throw new UsageError(CLI.USAGE.notXlsxName(out));
  const read = await readWorkbookFile(file, io);
  const plan = planSetup(read.values);
  io.progress("");
  if (!plan.ok) {
    io.err(criteriaBroken(plan.problems, widthOf(io)));
    return EXIT.problems;
  }
  // A tab that already shows its spec is not rewritten (its bytes stay as they are).
  const changed = plan.specs.filter((s) => {
    const old = findSheet(read.values, s.name);
    return !old || !showsSpec(old[1], s);
  });
  say(io, plan.report);
  if (plan.problems.length) io.out(problemLines(io, plan.problems).join("\n"));
  if (!changed.length && out === file) {
    io.out(CLI.OUT.setupUnchanged(file));
    return EXIT.ok;
  }
  io.progress(CLI.PROGRESS.writing(out));
  await writeSheetsInto(file, out, changed.map(whole), read.values);
  io.progress("");
  io.out(CLI.OUT.wrote(out));
  return EXIT.ok;
}

const whole = (spec: SheetSpec): OwnedSheet => ({ spec });

/** `tdp split SỔ.xlsx --out THƯ_MỤC [--force]`: one file per ward; the master gets its id if it has none. */
export async function split(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("split", args, {
    out: { type: "string", short: "o" },
    force: { type: "boolean", short: "f" },
  });
  if (values.help) return help(io, "split");
  const file = oneFile("split", positionals);
  const dir = values.out as string | undefined;
  if (!dir) throw new UsageError(CLI.OUT.needOutDir);
  const read = await readWorkbookFile(file, io);
  const now = new Date();
  const plan = planSplit(read.values, {
    bookId: randomUUID(),
    bookName: basename(file),
    createdAt: now.toISOString(),
  });
  if (!plan.ok) {
    io.progress("");
    io.err(criteriaBroken(plan.problems, widthOf(io)));
    return EXIT.problems;
  }
  const paths = plan.files.map((f) => join(dir, `${f.fileName}.xlsx`));
  const taken = paths.find((p) => existsSync(p));
  if (taken && !values.force) throw new RefusedWrite(CLI.FILE.exists(taken));
  mkdirIn(dir);
  const bar = new Progress(io, CLI.PROGRESS.makingFiles, plan.files.length);
  for (const [i, f] of plan.files.entries()) {
    const wb = specsWorkbook(f.specs);
    // The time the file was made: a ward's save changes it, collect compares it.
    wb.modified = now;
    wb.created = now;
    await writeWorkbook(wb, paths[i]);
    bar.tick(i + 1);
  }
  if (plan.bookInfo) await writeSheetsInto(file, file, [whole(plan.bookInfo)], read.values);
  io.progress("");
  say(io, [...plan.report, ...plan.files.map((f, i) => WARD_FILE.made(paths[i], f.units))]);
  if (plan.bookInfo) io.out(CLI.OUT.bookIdAdded(file));
  return EXIT.ok;
}

function mkdirIn(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new XlsxWriteError(dir, (e as NodeJS.ErrnoException).code ?? String(e));
  }
}

/** The .xlsx files named (a folder: the .xlsx files in it), without the master and its backups. */
function wardFilePaths(master: string, given: string[]): string[] {
  const out: string[] = [];
  for (const g of given) {
    const isDir = existsSync(g) && statSync(g).isDirectory();
    if (!isDir) out.push(g);
    else
      for (const name of readdirSync(g).sort())
        if (extname(name).toLowerCase() === ".xlsx" && !name.startsWith("~$") && !name.startsWith("."))
          out.push(join(g, name));
  }
  const skip = new Set([resolve(master), resolve(backupPath(master))]);
  return out.filter((p) => !skip.has(resolve(p)));
}

const backupPath = (file: string) =>
  join(dirname(file), `${basename(file, extname(file))}.truoc-khi-thu.xlsx`);

/** Reads every ward file (values only); one that cannot be read is a line, and the others go on. */
async function readWardFiles(paths: string[], io: Io): Promise<{ files: WardFileInput[]; lines: string[] }> {
  const files: WardFileInput[] = [];
  const lines: string[] = [];
  const bar = new Progress(io, CLI.PROGRESS.readingFiles, paths.length);
  for (const [i, path] of paths.entries()) {
    try {
      const read = await readValuesFile(path);
      const at = read.modified;
      const modified = at && at.getTime() > 0 ? at.toISOString() : undefined;
      files.push({ label: basename(path), values: read.values, modified });
    } catch (e) {
      if (!(e instanceof XlsxFileError)) throw e;
      lines.push(WARD_FILE.unreadable(basename(path), fileMessage(e)));
    }
    bar.tick(i + 1);
  }
  return { files, lines };
}

/** `tdp collect SỔ.xlsx TỆP… | THƯ_MỤC`: the ward files into the master (a backup kept), then the roll-up. */
export async function collect(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("collect", args, { year: { type: "string" } });
  if (values.help) return help(io, "collect");
  const [file, ...rest] = positionals;
  if (!file) throw new UsageError(CLI.USAGE.needFile("collect"));
  if (!rest.length) throw new UsageError(CLI.OUT.needWardFiles);
  const year = yearOf(values);
  const read = await readWorkbookFile(file, io);
  const { files, lines: unreadable } = await readWardFiles(wardFilePaths(file, rest), io);
  const plan = planCollect(read.values, files, { collectedAt: new Date().toISOString() });
  if (!plan.ok) {
    io.progress("");
    io.err(criteriaBroken(plan.problems, widthOf(io)));
    return EXIT.problems;
  }
  const r = rollupWorkbook(plan.values, { year, cellTextLimit: CELL_TEXT_LIMIT.excel });
  const owned = plan.specs.map(whole);
  if (r.ok)
    owned.push(
      ...rollupSheets(r.historyHeld ? [r.summary, r.annex] : [r.summary, r.annex, r.history], read.values),
    );
  if (plan.specs.length) {
    copyBackup(file);
    io.progress(CLI.PROGRESS.writing(file));
    await writeSheetsInto(file, file, owned, read.values);
  }
  io.progress("");
  say(io, [...unreadable, ...plan.lines]);
  if (plan.problems.length) io.out(problemLines(io, plan.problems).join("\n"));
  if (plan.specs.length) io.out(`${WARD_FILE.backup(backupPath(file))}\n${CLI.OUT.wrote(file)}`);
  if (r.ok) io.out(formatSummary(r.result.report, { hints: hintsFor(plan.values, r), width: widthOf(io) }));
  return plan.outcomes.some((o) => o.kind === "refused") ? EXIT.problems : EXIT.ok;
}

function copyBackup(file: string): void {
  try {
    copyFileSync(file, backupPath(file));
  } catch (e) {
    throw new XlsxWriteError(backupPath(file), (e as NodeJS.ErrnoException).code ?? String(e));
  }
}
