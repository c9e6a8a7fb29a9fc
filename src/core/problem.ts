import * as z from "zod";
import { columnNumber } from "./a1";

/** One thing wrong in the workbook: where (sheet + A1 cell), what was seen, and what it means. */
export const problemSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  value: z.string(),
  message: z.string(),
});
export type Problem = z.infer<typeof problemSchema>;

/** "Phường Tân Phong!E7: tiêu chí 1.3: …" */
export function formatProblem(p: Problem): string {
  const where = p.cell ? `${p.sheet}!${p.cell}` : p.sheet;
  return `${where}: ${p.message}`;
}

/** Top to bottom, left to right; ranges and sheet-level problems last. */
export function sortProblems(problems: Problem[]): Problem[] {
  const pos = (p: Problem) => {
    const m = /^([A-Z]+)(\d+)$/.exec(p.cell);
    return m ? [Number(m[2]), columnNumber(m[1])] : [Number.MAX_SAFE_INTEGER, 0];
  };
  return [...problems].sort((x, y) => {
    const [rx, cx] = pos(x);
    const [ry, cy] = pos(y);
    return rx - ry || cx - cy;
  });
}
