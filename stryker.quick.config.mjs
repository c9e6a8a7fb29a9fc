import base from "./stryker.config.mjs";

/**
 * A quicker run (`npm run mutate:quick`): the test files of one run share their modules, and static
 * mutants — code that runs when a module is loaded, such as the reading tables of cell.ts and the zod
 * schemas of framework.ts — are left out (they need every test run afresh for each mutant).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  ...base,
  vitest: { ...base.vitest, configFile: "vitest.mutate.quick.config.ts" },
  ignoreStatic: true,
  htmlReporter: { fileName: "reports/mutation-quick/index.html" },
  jsonReporter: { fileName: "reports/mutation-quick/mutation.json" },
};
