/**
 * The commands that open or write a file: loaded by run.ts only when one is asked for (with ExcelJS,
 * docx and the core), so `tdp --help` starts in about the time of a bare node.
 */
import { existsSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { CELL_TEXT_LIMIT } from "../core/cellLimit";
import { BUILTIN_FRAMEWORK_IDS, FRAMEWORK_REGISTRY } from "../core/frameworks";
import { formatProblem } from "../core/problem";
import { CLI } from "../core/text/cli";
import { checkWorkbook } from "../core/usecases/checkWorkbook";
import { rollupWorkbook, type WorkbookRollup as XlsxRollup } from "../core/usecases/rollupWorkbook";
import { paragraphTexts, reportDocx } from "../docx/report";
import { writeRollupInto } from "../xlsx/package";
import { XlsxFileError } from "../xlsx/read";
import {
  knownFramework,
  sampleFor,
  specsWorkbook,
  templateSpecs,
  writeWorkbook,
  XlsxWriteError,
} from "../xlsx/workbook";
import {
  criteriaBroken,
  ensureDir,
  fileMessage,
  hanging,
  hintsFor,
  oneFile,
  parse,
  RefusedWrite,
  readWorkbookFile,
  SheetError,
  UsageError,
  wardTabCount,
  widthOf,
  writeText,
  yearOf,
} from "./common";
import { help } from "./help";
import { EXIT, type Io } from "./io";
import { appraisal, returnCommand, status, submit } from "./submission";
import { formatSummary } from "./summary";
import { wrap } from "./text";
import { collect, setup, split } from "./wardFiles";

// ---------------------------------------------------------------- commands

async function demo(args: string[], io: Io): Promise<number> {
  const { values } = parse("demo", args, { "out-dir": { type: "string" } });
  if (values.help) return help(io, "demo");
  const dir = (values["out-dir"] as string | undefined) ?? "out";
  const samplePath = join(dir, "mau-lai-chau.xlsx");
  io.progress(CLI.PROGRESS.buildingSample(samplePlace(sampleFor(undefined))));
  const plan = templateSpecs({ sample: true });
  if (!plan.ok) throw new Error(plan.lines.join("; "));
  const wb = specsWorkbook(plan.specs);
  io.progress(CLI.PROGRESS.writing(samplePath));
  ensureDir(samplePath);
  await writeWorkbook(wb, samplePath);
  const read = await readWorkbookFile(samplePath, io);
  io.progress(CLI.PROGRESS.rolling(wardTabCount(read.sheets)));
  const r = rollupWorkbook(read.values, { cellTextLimit: CELL_TEXT_LIMIT.excel });
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join("; "));
  const owned = r.historyHeld ? [r.summary, r.annex] : [r.summary, r.annex, r.history];
  // The sample as a city office has it after one roll-up (tdp rollup --write --in-place).
  io.progress(CLI.PROGRESS.writing(samplePath));
  await writeRollupInto(samplePath, samplePath, owned, read.values);
  const summaryPath = join(dir, "tong-hop.xlsx");
  const jsonPath = join(dir, "tong-hop.json");
  const docxPath = join(dir, "bao-cao.docx");
  io.progress(CLI.PROGRESS.writing(summaryPath));
  await writeWorkbook(specsWorkbook(owned), summaryPath);
  writeText(jsonPath, `${JSON.stringify(r.result.report, null, 2)}\n`);
  io.progress(CLI.PROGRESS.writing(docxPath));
  writeText(docxPath, await reportDocx(r.result.report));
  io.progress("");
  io.out(formatSummary(r.result.report, { hints: hintsFor(read.values, r), width: widthOf(io) }));
  for (const p of [samplePath, summaryPath, jsonPath, docxPath]) io.out(CLI.OUT.wrote(p));
  return EXIT.ok;
}

async function template(args: string[], io: Io): Promise<number> {
  const { values } = parse("template", args, {
    out: { type: "string", short: "o" },
    framework: { type: "string" },
    sample: { type: "boolean" },
    year: { type: "string" },
    force: { type: "boolean", short: "f" },
  });
  if (values.help) return help(io, "template");
  const out = values.out as string | undefined;
  if (!out) throw new UsageError(CLI.USAGE.needOut());
  if (extname(out).toLowerCase() !== ".xlsx") throw new UsageError(CLI.USAGE.notXlsxName(out));
  const frameworkId = values.framework as string | undefined;
  if (frameworkId !== undefined && !knownFramework(frameworkId))
    throw new UsageError(CLI.USAGE.badFramework(frameworkId, BUILTIN_FRAMEWORK_IDS));
  const year = yearOf(values);
  if (existsSync(out) && !values.force) throw new RefusedWrite(CLI.FILE.exists(out));
  io.progress(
    values.sample
      ? CLI.PROGRESS.buildingSample(samplePlace(sampleFor(frameworkId)))
      : CLI.PROGRESS.buildingTemplate,
  );
  // A new template is for this year's evaluation, not the framework's first year (2021).
  const plan = templateSpecs({
    frameworkId,
    year: year ?? new Date().getFullYear(),
    sample: Boolean(values.sample),
  });
  if (!plan.ok) throw new UsageError(plan.lines.join(" "));
  io.progress(CLI.PROGRESS.writing(out));
  ensureDir(out);
  await writeWorkbook(specsWorkbook(plan.specs), out);
  io.progress("");
  io.out(CLI.OUT.templateDone(out, plan.specs.length));
  return EXIT.ok;
}

interface RollupOptions {
  file: string;
  year?: number;
  out?: string;
  json?: string;
  write: boolean;
  inPlace: boolean;
  force: boolean;
}

/** `tdp rollup`'s options, checked before any file is read. */
function rollupOptions(args: string[]): RollupOptions | "help" {
  const { values, positionals } = parse("rollup", args, {
    year: { type: "string" },
    out: { type: "string", short: "o" },
    json: { type: "string" },
    write: { type: "boolean", short: "w" },
    "in-place": { type: "boolean" },
    force: { type: "boolean", short: "f" },
  });
  if (values.help) return "help";
  const file = oneFile("rollup", positionals);
  const year = yearOf(values);
  if (values["in-place"] && !values.write) throw new UsageError(CLI.USAGE.inPlaceNeedsWrite());
  const out = values.out as string | undefined;
  if (out !== undefined && extname(out).toLowerCase() !== ".xlsx")
    throw new UsageError(CLI.USAGE.notXlsxName(out));
  if (out !== undefined && resolve(out) === resolve(file)) throw new UsageError(CLI.FILE.sameAsInput(out));
  return {
    file,
    year,
    out,
    json: values.json as string | undefined,
    write: Boolean(values.write),
    inPlace: Boolean(values["in-place"]),
    force: Boolean(values.force),
  };
}

async function rollupCommand(args: string[], io: Io): Promise<number> {
  const opts = rollupOptions(args);
  if (opts === "help") return help(io, "rollup");
  const jsonToStdout = opts.json === "-";
  // With "--json -" stdout carries only the JSON; the table and the "written" lines go to stderr.
  const say = jsonToStdout ? (t: string) => io.err(t) : (t: string) => io.out(t);

  // Only values are read: --write puts the sheets into the file's own package (src/xlsx/package.ts).
  const read = await readWorkbookFile(opts.file, io);
  io.progress(CLI.PROGRESS.rolling(wardTabCount(read.sheets)));
  const r = rollupWorkbook(read.values, {
    year: opts.year,
    cellTextLimit: CELL_TEXT_LIMIT.excel,
    confirmHistory: opts.force,
  });
  if (!r.ok) {
    io.progress("");
    io.err(criteriaBroken(r.problems, widthOf(io)));
    return EXIT.problems;
  }
  const written = await writeRollupOutputs(opts, r, read.values, io);
  io.progress("");
  if (jsonToStdout) io.out(`${JSON.stringify(r.result.report, null, 2)}\n`);
  say(formatSummary(r.result.report, { hints: hintsFor(read.values, r), width: widthOf(io) }));
  for (const p of written) say(CLI.OUT.wrote(p));
  if (r.historyHeld && (opts.write || opts.out !== undefined)) {
    io.err(CLI.OUT.historyHeld);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** Writes what the options ask for (JSON file, a new workbook, the sheets into the file); the paths written. */
async function writeRollupOutputs(
  opts: RollupOptions,
  r: XlsxRollup,
  values: Map<string, unknown[][]>,
  io: Io,
): Promise<string[]> {
  // A held history (tab of another year, closed year) is not written without --force.
  const owned = r.historyHeld ? [r.summary, r.annex] : [r.summary, r.annex, r.history];
  const written: string[] = [];
  if (opts.json !== undefined && opts.json !== "-") {
    writeText(opts.json, `${JSON.stringify(r.result.report, null, 2)}\n`);
    written.push(opts.json);
  }
  if (opts.out !== undefined) {
    io.progress(CLI.PROGRESS.writing(opts.out));
    ensureDir(opts.out);
    await writeWorkbook(specsWorkbook(owned), opts.out);
    written.push(opts.out);
  }
  if (opts.write) {
    const { file } = opts;
    const target = opts.inPlace
      ? file
      : join(dirname(file), `${basename(file, extname(file))}.tong-hop.xlsx`);
    io.progress(CLI.PROGRESS.writing(target));
    await writeRollupInto(file, target, owned, values);
    written.push(target);
  }
  return written;
}

/** `tdp report`: the paragraphs on stdout (nothing else there), the Word file with --docx. */
async function report(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("report", args, {
    year: { type: "string" },
    docx: { type: "string" },
    force: { type: "boolean", short: "f" },
  });
  if (values.help) return help(io, "report");
  const file = oneFile("report", positionals);
  const year = yearOf(values);
  const docx = values.docx as string | undefined;
  if (docx !== undefined && extname(docx).toLowerCase() !== ".docx")
    throw new UsageError(CLI.USAGE.notDocxName(docx));
  // Refused before the workbook is read, like template: nothing is computed for a file not written.
  if (docx !== undefined && existsSync(docx) && !values.force) throw new RefusedWrite(CLI.FILE.exists(docx));
  const read = await readWorkbookFile(file, io);
  io.progress(CLI.PROGRESS.rolling(wardTabCount(read.sheets)));
  const r = rollupWorkbook(read.values, { year, cellTextLimit: CELL_TEXT_LIMIT.excel });
  if (!r.ok) {
    io.progress("");
    io.err(criteriaBroken(r.problems, widthOf(io)));
    return EXIT.problems;
  }
  const rep = r.result.report;
  if (docx !== undefined) {
    io.progress(CLI.PROGRESS.writing(docx));
    writeText(docx, await reportDocx(rep));
  }
  io.progress("");
  const paragraphs = paragraphTexts(rep);
  if (paragraphs.length) io.out(`${paragraphs.join("\n\n").normalize("NFC")}\n`);
  else io.err(CLI.OUT.noParagraphs);
  if (rep.problems.length) io.err(CLI.OUT.reportProblems(rep.problems.length, file));
  if (docx !== undefined) io.err(CLI.OUT.wrote(docx));
  return EXIT.ok;
}

async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("check", args, {});
  if (values.help) return help(io, "check");
  const file = oneFile("check", positionals);
  const read = await readWorkbookFile(file, io);
  io.progress(CLI.PROGRESS.checking(wardTabCount(read.sheets)));
  const res = checkWorkbook(read.values);
  io.progress("");
  if (res.criteriaBroken) {
    io.out(criteriaBroken(res.problems, widthOf(io)));
    return EXIT.problems;
  }
  if (!res.problems.length) {
    io.out(CLI.OUT.checkClean(res.tabs.length));
    return EXIT.ok;
  }
  const width = widthOf(io);
  const lines = [
    ...wrap(CLI.OUT.checkFound(res.problems.length, res.tabs.length), width),
    ...res.problems.flatMap((p) => hanging(formatProblem(p), width)),
  ];
  for (const m of res.missing)
    if (m.suggestion)
      lines.push(...hanging(CLI.OUT.suggestTab(m.ward.name, m.ward.tab, m.suggestion), width, "", "  "));
  io.out(lines.join("\n").normalize("NFC"));
  return EXIT.problems;
}

/** The place a training sample is of ("Lai Châu"), as the registry names it. */
function samplePlace(name: string): string {
  return FRAMEWORK_REGISTRY.find((e) => e.sample?.name === name)?.sample?.place ?? name;
}

export const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  demo,
  template,
  rollup: rollupCommand,
  report,
  check,
  setup,
  split,
  collect,
  submit,
  return: returnCommand,
  status,
  appraisal,
};

/** Runs one command of COMMANDS; every failure becomes a line on stderr and an exit code. */
export async function runCommand(cmd: string, rest: string[], io: Io): Promise<number> {
  try {
    return await COMMANDS[cmd](rest, io);
  } catch (e) {
    io.progress("");
    if (e instanceof UsageError) {
      io.err(e.message);
      return EXIT.usage;
    }
    if (e instanceof XlsxFileError) {
      io.err(fileMessage(e));
      return EXIT.unreadable;
    }
    if (e instanceof SheetError) {
      io.err(e.message);
      return EXIT.unreadable;
    }
    if (e instanceof RefusedWrite) {
      io.err(e.message);
      return EXIT.write;
    }
    if (e instanceof XlsxWriteError) {
      io.err(CLI.FILE.cannotWrite(e.path, e.detail));
      return EXIT.write;
    }
    io.err(CLI.OUT.unexpected(e instanceof Error ? e.message : String(e)));
    if (process.env.TDP_DEBUG) io.err(e instanceof Error ? (e.stack ?? "") : "");
    return EXIT.unexpected;
  }
}
