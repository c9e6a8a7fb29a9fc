import { describe, expect, it } from "vitest";
import { entryExports } from "../../build.mjs";
import { bundleSource, loadBundle } from "../helpers/bundle";

const CUSTOM_FUNCTIONS = [
  "TDP_VERDICT",
  "TDP_STANDARD",
  "TDP_GAPS",
  "TDP_NIEN_HAN",
  "TDP_DU_DIEU_KIEN_NIEN_HAN",
];

/** Top-level declarations of Code.js with the comment block directly above each. */
function declarations(code: string) {
  const out = new Map<string, { params: string; jsdoc: string | null }>();
  const re = /^function (\w+)\(([^)]*)\) \{$/gm;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const before = code.slice(0, m.index);
    const doc = /\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n$/.exec(before);
    out.set(m[1], { params: m[2], jsdoc: doc ? doc[0] : null });
  }
  return out;
}

describe("dist/Code.js", () => {
  const code = bundleSource();
  const decls = declarations(code);
  const exported = entryExports();

  it("has no import, export or require", () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it("declares every export of src/main.ts as a top-level function with its parameters", () => {
    expect(exported.length).toBeGreaterThanOrEqual(CUSTOM_FUNCTIONS.length);
    for (const e of exported) {
      expect(decls.get(e.name), e.name).toBeDefined();
      expect(decls.get(e.name)!.params).toBe(e.params.join(", "));
    }
  });

  it("puts the @customfunction JSDoc directly above each custom function, with every parameter documented", () => {
    const tagged = exported.filter((e) => e.jsdoc.includes("@customfunction")).map((e) => e.name);
    expect(tagged.sort()).toEqual([...CUSTOM_FUNCTIONS].sort());
    for (const name of CUSTOM_FUNCTIONS) {
      const d = decls.get(name)!;
      expect(d.jsdoc, name).toContain("@customfunction");
      for (const param of d.params.split(", "))
        expect(d.jsdoc, `${name}: ${param}`).toMatch(new RegExp(`@param \\{[^}]+\\} ${param}\\b`));
      expect(d.jsdoc).toMatch(/[ạảãàáâậầấẩẫăặằắẳẵêệềếểễôộồốổỗơợờớởỡưựừứửữđ]/); // Vietnamese help text
    }
  });

  it("makes each export a global function when loaded like Apps Script", () => {
    const ctx = loadBundle();
    for (const e of exported) expect(typeof ctx[e.name], e.name).toBe("function");
  });

  it("answers custom functions correctly through the bundle", () => {
    const ctx = loadBundle();
    const pass = Array.from({ length: 28 }, () => ["Đạt"]);
    expect(ctx.TDP_VERDICT(pass)).toBe("Đạt");
    const fail = pass.map((r, i) => (i === 2 ? ["Không đạt"] : r));
    expect(ctx.TDP_VERDICT(fail)).toBe("Không đạt");
    expect(ctx.TDP_GAPS(fail, [["Có"], [""], [""], [""]])).toBe(
      "TC1: cần thêm 1 tiêu chí (1.3 không đạt); có trường hợp II.1",
    );
    expect(ctx.TDP_STANDARD(fail, 1)).toBe("3/4 (75,0%) – không đạt");
    const wide = pass.map((r, i) => [r[0], i === 0 ? "" : "Đạt"]);
    expect(ctx.TDP_VERDICT(wide)).toEqual([["Đạt", "Thiếu dữ liệu"]]);
  });
});
