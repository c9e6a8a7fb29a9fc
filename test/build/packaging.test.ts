/** Deploying with clasp: an example project file in the repository, the real ones ignored, tests before every push. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

describe("clasp project files", () => {
  it(".clasp.json.example pushes dist/ and holds a placeholder, not someone's script id", () => {
    expect(JSON.parse(read(".clasp.json.example"))).toEqual({
      scriptId: "REPLACE_WITH_YOUR_SCRIPT_ID",
      rootDir: "dist",
    });
  });

  it("the real project files (one script id each) are git-ignored", () => {
    const ignored = read(".gitignore").split("\n");
    for (const f of [".clasp.json", ".clasp.dev.json", ".clasp.prod.json", ".clasp.multi.json"])
      expect(ignored).toContain(f);
  });

  it("every deploy script runs lint, typecheck, build and the tests before clasp push", () => {
    const { scripts } = JSON.parse(read("package.json"));
    expect(scripts.test).toBe("npm run lint && npm run typecheck && npm run build && vitest run");
    expect(scripts.deploy).toBe("npm test && clasp push");
    expect(scripts["deploy:dev"]).toBe("npm test && clasp --project .clasp.dev.json push");
    expect(scripts["deploy:prod"]).toBe("npm test && clasp --project .clasp.prod.json push");
  });
});
