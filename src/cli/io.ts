/** The terminal side of `tdp`: exit codes, the Io it prints through, the process's own Io. */
import { truncate } from "./text";

export const EXIT = { ok: 0, problems: 1, unreadable: 2, usage: 2, write: 3, unexpected: 4 } as const;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** A transient progress line (stderr); "" clears it. */
  progress(text: string): void;
  /** stderr is a terminal: progress redraws one line (with a bar) instead of printing lines. */
  tty?: boolean;
  /** Width lines are wrapped to (80 when unknown). */
  columns?: number;
}

/** The terminal's width, or COLUMNS, or 80 (a pipe, a file); never below 40 so tables stay tables. */
export function terminalColumns(stdoutColumns: number | undefined, env: string | undefined): number {
  const fromEnv = Number(env);
  const c = stdoutColumns || (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80);
  return Math.max(40, c);
}

export function processIo(): Io {
  const tty = Boolean(process.stderr.isTTY);
  let shown = false;
  return {
    tty,
    columns: terminalColumns(process.stdout.isTTY ? process.stdout.columns : undefined, process.env.COLUMNS),
    out: (t) => {
      process.stdout.write(t.endsWith("\n") ? t : `${t}\n`);
    },
    err: (t) => {
      if (tty && shown) process.stderr.write("\r\x1b[K");
      shown = false;
      process.stderr.write(t.endsWith("\n") ? t : `${t}\n`);
    },
    progress: (t) => {
      if (tty) {
        // One row only: "\r" goes back to the start of the row, not of a wrapped line.
        process.stderr.write(`\r\x1b[K${truncate(t, (process.stderr.columns || 80) - 1)}`);
        shown = t !== "";
      } else if (t) process.stderr.write(`${t}\n`);
    },
  };
}
