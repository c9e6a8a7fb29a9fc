/** Terminal text: display width (string-width: combining marks 0, CJK and emoji 2), padding, word wrap, simple tables. */
import stringWidth from "string-width";

/** One line of text as printed: NFC, whitespace runs (tabs, newlines) folded to one space. */
export function oneLine(s: unknown): string {
  return String(s ?? "")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
}

/** Printable ASCII and precomposed Latin (all of NFC Vietnamese): one column per character. */
const NARROW = /^[\x20-\x7e\u00a0-\u02ff\u1e00-\u1eff]*$/;

/** Columns the text takes in a terminal (string-width, which segments graphemes, only where needed: it is slow). */
export function displayWidth(s: string): number {
  return NARROW.test(s) ? s.length : stringWidth(s);
}

/** At most `width` columns: a longer text ends in "…" (a progress line redrawn with "\r" must not wrap). */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (displayWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…`;
}

export function padEnd(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

export function padStart(s: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** Splits text into lines of at most `width` columns, at spaces (a longer word is cut). */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let line = "";
  // Widths add up across a space, so each word is measured once (a long line is not measured again per word).
  let lineWidth = 0;
  for (const word of oneLine(text).split(" ")) {
    if (!word) continue;
    const wordWidth = displayWidth(word);
    const candidateWidth = line ? lineWidth + 1 + wordWidth : wordWidth;
    if (candidateWidth <= w) {
      line = line ? `${line} ${word}` : word;
      lineWidth = candidateWidth;
      continue;
    }
    if (line) lines.push(line);
    const [cuts, rest] = cutWord(word, w);
    lines.push(...cuts);
    line = rest;
    lineWidth = displayWidth(rest);
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

/** A word wider than `w` cut into full lines, and what is left of it. */
function cutWord(word: string, w: number): [string[], string] {
  const cuts: string[] = [];
  let rest = word;
  while (displayWidth(rest) > w) {
    let cut = "";
    for (const ch of rest) {
      if (displayWidth(cut + ch) > w) break;
      cut += ch;
    }
    cuts.push(cut);
    rest = rest.slice(cut.length);
  }
  return [cuts, rest];
}

export interface Column {
  /** May hold "\n"; a header also wraps at its spaces when the table must narrow. */
  header: string;
  align?: "left" | "right";
  /** The column that wraps to keep the table within the width (at most one). */
  wrap?: boolean;
}

/**
 * A plain table: header, a rule of "─", rows. Cells may hold several paragraphs separated by "\n".
 * When the table is wider than `maxWidth` (indent included) it narrows in steps, each only if still
 * needed: the wrap column shrinks to 40 % of the width, headers wrap onto two lines ("Không còn đạt"
 * → "Không" / "còn đạt"), the wrap column shrinks to 12, headers wrap one word a line, the gap between columns
 * becomes one space.
 */
export function table(columns: Column[], rows: string[][], maxWidth: number, indent = "  "): string[] {
  const cellLines = (s: string) => s.split("\n").map(oneLine);
  const dataWidths = columns.map((_, i) =>
    Math.max(0, ...rows.flatMap((r) => cellLines(r[i] ?? "").map((l) => displayWidth(l)))),
  );
  const headerWidth = (h: string) => Math.max(...h.split("\n").map((l) => displayWidth(oneLine(l))));
  const natural = columns.map((c, i) => Math.max(headerWidth(c.header), dataWidths[i]));
  const widths = [...natural];
  let gap = "  ";
  const total = () =>
    displayWidth(indent) + widths.reduce((a, b) => a + b, 0) + gap.length * (widths.length - 1);
  const wrapAt = columns.findIndex((c) => c.wrap);
  const shrinkWrap = (floor: number) => {
    if (wrapAt >= 0 && total() > maxWidth)
      widths[wrapAt] = Math.max(
        Math.min(floor, widths[wrapAt]),
        headerWidthIn(columns[wrapAt].header, 2),
        widths[wrapAt] - (total() - maxWidth),
      );
  };
  // Headers that save the most first, each only while the table is still too wide.
  const narrowHeaders = (lines: number) => {
    const targets = columns.map((c, i) => Math.max(dataWidths[i], headerWidthIn(c.header, lines)));
    const order = columns
      .map((_, i) => i)
      .filter((i) => i !== wrapAt)
      .sort((a, b) => widths[b] - targets[b] - (widths[a] - targets[a]));
    for (const i of order)
      if (total() > maxWidth) widths[i] = Math.max(targets[i], widths[i] - (total() - maxWidth));
  };
  const narrow = () => {
    widths.splice(0, widths.length, ...natural);
    // A prose column wraps first (down to 40 % of the width); a short one, such as a name, keeps its
    // width until headers have wrapped onto two lines.
    shrinkWrap(Math.floor(maxWidth * 0.4));
    narrowHeaders(2);
    shrinkWrap(12);
    narrowHeaders(Number.POSITIVE_INFINITY);
  };
  narrow();
  // Numbers do not wrap: when all that is not enough, the columns move one space closer.
  if (total() > maxWidth) {
    gap = " ";
    narrow();
  }
  const render = (cells: string[][]) => {
    const height = Math.max(...cells.map((c) => c.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      const parts = columns.map((c, i) => {
        const text = cells[i][k] ?? "";
        return c.align === "right" ? padStart(text, widths[i]) : padEnd(text, widths[i]);
      });
      out.push((indent + parts.join(gap)).trimEnd());
    }
    return out;
  };
  // A wrapped header sits on the rule, like a one-line one (short lines above stay blank).
  const headers = columns.map((c, i) => cellLines(c.header).flatMap((p) => wrap(p, widths[i])));
  const height = Math.max(...headers.map((h) => h.length));
  const lines = render(headers.map((h) => [...Array<string>(height - h.length).fill(""), ...h]));
  lines.push(indent + widths.map((w) => "─".repeat(w)).join(gap));
  for (const r of rows) {
    const cells = columns.map((c, i) => {
      const paragraphs = cellLines(r[i] ?? "");
      return c.wrap ? paragraphs.flatMap((p) => wrap(p, widths[i])) : paragraphs;
    });
    lines.push(...render(cells));
  }
  return lines;
}

/** The narrowest width at which `header` takes at most `lines` lines (never narrower than a word). */
function headerWidthIn(header: string, lines: number): number {
  const words = oneLine(header.replace(/\n/g, " ")).split(" ");
  const longest = Math.max(...words.map(displayWidth));
  const full = displayWidth(oneLine(header.replace(/\n/g, " ")));
  for (let w = longest; w < full; w++) if (wrap(header, w).length <= lines) return w;
  return full;
}
