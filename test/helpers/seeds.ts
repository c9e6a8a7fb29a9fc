import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The project's source documents live beside the checkout (../shared/seeds), not in it. */
const SEEDS = join(__dirname, "../../../shared/seeds");

/** A seed's text, or null (with one loud line) when the seeds are not beside this checkout. */
export function seedText(file: string): string | null {
  const path = join(SEEDS, file);
  if (existsSync(path)) return readFileSync(path, "utf8");
  console.warn(`\n*** ${file} not found in ${SEEDS}: tests that quote the seed are SKIPPED ***\n`);
  return null;
}
