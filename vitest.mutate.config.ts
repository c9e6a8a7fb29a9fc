import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

/**
 * The tests Stryker runs against each mutant: only core-level tests, which import src/ directly.
 * Tests that load the bundle (dist/, build/) never see a mutant, so they would only slow the run.
 * Locale and time zone as in vitest.config.ts (project vi_VN).
 */
const TZ: string = JSON.parse(readFileSync(new URL("./appsscript.json", import.meta.url), "utf8")).timeZone;

export default defineConfig({
  test: {
    include: ["test/core/**/*.test.ts"],
    exclude: [
      // drives the built bundle on the SpreadsheetApp fake (through test/helpers/harness.ts)
      "test/core/cellLimit.test.ts",
      // reach none of the mutated files (legacy.ts only; a scan of the source text)
      "test/core/legacy.test.ts",
      "test/core/messages.test.ts",
    ],
    testTimeout: 30_000,
    env: { FAKE_LOCALE: "vi_VN", TZ },
  },
});
