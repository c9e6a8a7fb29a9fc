import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.mutate.config";

/** As vitest.mutate.config.ts, with the modules loaded once per run rather than once per test file. */
export default mergeConfig(base, defineConfig({ test: { isolate: false } }));
