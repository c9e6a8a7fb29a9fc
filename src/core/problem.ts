import * as z from "zod";

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
