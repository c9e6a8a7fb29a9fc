/**
 * Progress of a long phase on stderr. On a terminal: one line redrawn in place, with a bar when the
 * total is known, at most every `intervalMs`. Elsewhere (a pipe, a log file, CI): a plain line at the
 * start, at the end and at a tenth of the total at most once a second, so a 10,000-unit run writes about
 * ten lines, never one per tab.
 */
import { CLI } from "../core/text/cli";
import { thousandsVi } from "../core/text/format";

export interface ProgressIo {
  progress(text: string): void;
  /** stderr is a terminal: redraw in place. */
  tty?: boolean;
  columns?: number;
}

const BAR = 20;

export class Progress {
  private lastDraw = Number.NEGATIVE_INFINITY;
  private lastTenth = -1;
  private readonly started: number;

  constructor(
    private readonly io: ProgressIo,
    private readonly label: string,
    private readonly total = 0,
    private readonly now: () => number = () => performance.now(),
    private readonly intervalMs = 250,
  ) {
    this.started = now();
    this.tick(0);
  }

  /** `done` of `total` finished. Cheap when nothing is drawn: one clock read or one division. */
  tick(done: number): void {
    if (this.io.tty) {
      const t = this.now();
      if (t - this.lastDraw < this.intervalMs && done < this.total) return;
      this.lastDraw = t;
      this.io.progress(this.line(done, t));
      return;
    }
    const tenth = this.total > 0 ? Math.floor((10 * Math.min(done, this.total)) / this.total) : 0;
    if (tenth <= this.lastTenth) return;
    // The first and the last line always; a tenth in between only a second after the previous line,
    // so a file read in a blink logs two lines and a long read at most eleven.
    const t = this.now();
    const edge = this.lastTenth < 0 || tenth >= 10;
    if (!edge && t - this.lastDraw < 1000) return;
    this.lastTenth = tenth;
    this.lastDraw = t;
    this.io.progress(this.line(done, t));
  }

  private line(done: number, t: number): string {
    const seconds = Math.floor((t - this.started) / 1000);
    const elapsed = this.io.tty && seconds > 0 ? ` ${CLI.PROGRESS.seconds(seconds)}` : "";
    if (this.total <= 0) return `${this.label}${elapsed}`;
    const count = `${thousandsVi(Math.min(done, this.total))}/${thousandsVi(this.total)}`;
    if (!this.io.tty) return `${this.label} ${count}`;
    const full = Math.round((BAR * Math.min(done, this.total)) / this.total);
    return `${this.label} [${"█".repeat(full)}${"░".repeat(BAR - full)}] ${count}${elapsed}`;
  }
}
