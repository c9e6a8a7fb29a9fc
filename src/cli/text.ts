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
  header: string;
  align?: "left" | "right";
  /** The column that wraps to keep the table within the width (at most one). */
  wrap?: boolean;
}

const GAP = "  ";

/**
 * A plain table: header, a rule of "─", rows. Cells may hold several paragraphs separated by "\n";
 * the wrap column shrinks so that every line fits in `maxWidth` columns (indent included).
 */
export function table(columns: Column[], rows: string[][], maxWidth: number, indent = "  "): string[] {
  const cellLines = (s: string) => s.split("\n").map(oneLine);
  const widths = columns.map((c, i) =>
    Math.max(
      displayWidth(c.header),
      ...rows.flatMap((r) => cellLines(r[i] ?? "").map((l) => displayWidth(l))),
    ),
  );
  const total = () =>
    displayWidth(indent) + widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1);
  const wrapAt = columns.findIndex((c) => c.wrap);
  if (wrapAt >= 0 && total() > maxWidth)
    widths[wrapAt] = Math.max(
      displayWidth(columns[wrapAt].header),
      12,
      widths[wrapAt] - (total() - maxWidth),
    );
  const render = (cells: string[][]) => {
    const height = Math.max(...cells.map((c) => c.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      const parts = columns.map((c, i) => {
        const text = cells[i][k] ?? "";
        return c.align === "right" ? padStart(text, widths[i]) : padEnd(text, widths[i]);
      });
      out.push((indent + parts.join(GAP)).trimEnd());
    }
    return out;
  };
  const lines = render(columns.map((c) => [c.header]));
  lines.push(indent + widths.map((w) => "─".repeat(w)).join(GAP));
  for (const r of rows) {
    const cells = columns.map((c, i) => {
      const paragraphs = cellLines(r[i] ?? "");
      return c.wrap ? paragraphs.flatMap((p) => wrap(p, widths[i])) : paragraphs;
    });
    lines.push(...render(cells));
  }
  return lines;
}
