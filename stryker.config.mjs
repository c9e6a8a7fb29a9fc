/**
 * Mutation testing of the core's rules (`npm run mutate`; not part of `npm test` or CI).
 * Only core-level tests run (vitest.mutate.config.ts): a test of the bundle never sees a mutant.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  // every mutant runs only the tests that cover it (perTest), so the related-files search is not needed
  vitest: { configFile: "vitest.mutate.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    "src/core/verdict.ts",
    "src/core/cell.ts",
    "src/core/rollup.ts",
    "src/core/rollup/**/*.ts",
    "src/core/framework.ts",
    "src/core/frameworkTable.ts",
  ],
  coverageAnalysis: "perTest",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  concurrency: 2,
  timeoutMS: 20_000,
  cleanTempDir: "always",
};
