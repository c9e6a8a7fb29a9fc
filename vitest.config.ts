import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

/**
 * Apps Script runs the script's JavaScript in the manifest's time zone (appsscript.json), so a
 * Date's local fields (getDate, getHours) are read there; the tests run in the same zone.
 */
const TZ: string = JSON.parse(readFileSync(new URL("./appsscript.json", import.meta.url), "utf8")).timeZone;

/** Test files that drive the SpreadsheetApp fake or the bundle: they run under both locales. */
const FAKE_TESTS = [
  "test/gas/**/*.test.ts",
  "test/fake/**/*.test.ts",
  "test/build/bundle.test.ts",
  "test/xlsx/crosspath.test.ts",
  // these also run the bundle on the fake (through test/helpers/harness.ts)
  "test/build/manifest.test.ts",
  "test/core/cellLimit.test.ts",
];

export default defineConfig({
  test: {
    globalSetup: ["test/helpers/ensureBuilt.ts"],
    testTimeout: 30_000,
    // beforeAll hooks that build workbooks through the CLI run several Node processes.
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "vi_VN", include: ["test/**/*.test.ts"], env: { FAKE_LOCALE: "vi_VN", TZ } },
      },
      {
        extends: true,
        test: { name: "en_US", include: FAKE_TESTS, env: { FAKE_LOCALE: "en_US", TZ } },
      },
    ],
  },
});
