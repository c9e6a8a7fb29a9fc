/**
 * The `tdp` commands. Every failure ends as one Vietnamese line on stderr and an exit code, never a
 * stack trace (set TDP_DEBUG=1 to see one):
 *   0 done · 1 problems found (check) / roll-up impossible (broken Tiêu chí) · 2 unreadable file or
 *   bad arguments · 3 an output file could not be written · 4 unexpected error.
 */
import { CLI } from "../core/text/cli";
import { help } from "./help";
import { EXIT, type Io, processIo } from "./io";

export { EXIT, type Io, processIo, terminalColumns } from "./io";

/** The commands; their code (src/cli/commands.ts) and ExcelJS, docx and the core load on first use. */
const COMMAND_NAMES: readonly string[] = [
  "demo",
  "template",
  "rollup",
  "report",
  "check",
  "setup",
  "split",
  "collect",
  "submit",
  "return",
  "status",
  "appraisal",
];

/** Runs one command line (without "node" and the script); resolves to the exit code. */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    const [cmd, ...rest] = argv;
    if (cmd === undefined || cmd === "--help" || cmd === "-h") return await help(io);
    if (cmd === "help") {
      const topic = rest[0];
      return await help(io, topic && topic in CLI.HELP ? (topic as keyof typeof CLI.HELP) : "main");
    }
    if (!COMMAND_NAMES.includes(cmd)) {
      io.progress("");
      io.err(CLI.USAGE.unknownCommand(cmd));
      return EXIT.usage;
    }
    const { runCommand } = await import("./commands");
    return await runCommand(cmd, rest, io);
  } catch (e) {
    io.progress("");
    io.err(CLI.OUT.unexpected(e instanceof Error ? e.message : String(e)));
    if (process.env.TDP_DEBUG) io.err(e instanceof Error ? (e.stack ?? "") : "");
    return EXIT.unexpected;
  }
}
