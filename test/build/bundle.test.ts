import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entryExports } from "../../build.mjs";
import { bundleGlobals, bundleSource, loadBundle, type Variant } from "../helpers/bundle";

const MULTI_GLOBALS = entryExports(join(__dirname, "../../src/mainMulti.ts")).map((e) => e.name);

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

describe.each<Variant>(["single", "multi"])("%s bundle's Code.js", (variant) => {
  const code = bundleSource(variant);
  const decls = declarations(code);
  const exported = [
    ...entryExports(),
    ...(variant === "multi" ? entryExports(join(__dirname, "../../src/mainMulti.ts")) : []),
  ];

  it("is one IIFE assigned to __bundle, then the top-level wrappers", () => {
    expect(code.startsWith("var __bundle=(()=>{")).toBe(true);
    expect(
      bundleGlobals(code)
        .map((g) => g.name)
        .sort(),
    ).toEqual(exported.map((e) => e.name).sort());
  });

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
    const ctx = loadBundle({}, variant);
    for (const e of exported) expect(typeof ctx[e.name], e.name).toBe("function");
  });

  it("answers custom functions correctly through the bundle", () => {
    const ctx = loadBundle({}, variant);
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

describe("the file-per-ward code is in the multi bundle only", () => {
  const single = bundleSource("single");
  const multi = bundleSource("multi");

  it("multi declares the split and collect globals; single does not", () => {
    expect(MULTI_GLOBALS.sort()).toEqual(["menuCollectFiles", "menuSplitFiles"]);
    for (const name of MULTI_GLOBALS) {
      expect(multi).toMatch(new RegExp(`^function ${name}\\(\\) \\{$`, "m"));
      expect(single).not.toContain(name);
    }
  });

  it("single holds none of the ward-file code (the define dropped it), multi does", () => {
    for (const text of [
      "openById",
      "function runSplit(",
      "function runCollect(",
      "Thu thập từ các tệp",
      "TDP-progress:",
    ]) {
      expect(single.includes(text), text).toBe(false);
      expect(multi.includes(text), text).toBe(true);
    }
  });

  it("each asks the consent check for its own manifest's sheet scope", () => {
    expect(single).toContain('"https://www.googleapis.com/auth/spreadsheets.currentonly"');
    expect(single).not.toContain('"https://www.googleapis.com/auth/spreadsheets"');
    expect(multi).toContain('"https://www.googleapis.com/auth/spreadsheets"');
    expect(multi).not.toContain('"https://www.googleapis.com/auth/spreadsheets.currentonly"');
  });
});
