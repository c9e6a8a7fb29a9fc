import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Bundle tests need dist/ and dist-multi/; `npm test` builds first, a bare `npx vitest` builds here. */
export default function setup() {
  const root = join(__dirname, "../..");
  if (!existsSync(join(root, "dist/Code.js")) || !existsSync(join(root, "dist-multi/Code.js")))
    execFileSync("node", ["build.mjs"], { cwd: root, stdio: "inherit" });
}
