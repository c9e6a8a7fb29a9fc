import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_CHUNKS } from "../../build.mjs";
import { SHEET } from "../../src/core/vocabulary";
import { harness } from "../helpers/harness";

describe("appsscript.json", () => {
  it("asks for the least privilege: this document, the UI, and the user's email (for the city office)", () => {
    const m = JSON.parse(readFileSync(join(__dirname, "../../appsscript.json"), "utf8"));
    expect(m.runtimeVersion).toBe("V8");
    expect(m.timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(m.exceptionLogging).toBe("STACKDRIVER");
    expect([...m.oauthScopes].sort()).toEqual(
      [
        "https://www.googleapis.com/auth/script.container.ui",
        "https://www.googleapis.com/auth/spreadsheets.currentonly",
        "https://www.googleapis.com/auth/userinfo.email",
      ].sort(),
    );
  });
  it("is shipped unchanged in dist/", () => {
    const root = join(__dirname, "../..");
    expect(readFileSync(join(root, "dist/appsscript.json"), "utf8")).toBe(
      readFileSync(join(root, "appsscript.json"), "utf8"),
    );
  });
});

describe("appsscript.multi.json (the file-per-ward variant, dist-multi/)", () => {
  const root = join(__dirname, "../..");
  const read = (f: string) => JSON.parse(readFileSync(join(root, f), "utf8"));

  it("asks for every spreadsheet (openById, create) instead of this one only; the rest as the single one", () => {
    const single = read("appsscript.json");
    const multi = read("appsscript.multi.json");
    expect([...multi.oauthScopes].sort()).toEqual(
      [
        "https://www.googleapis.com/auth/script.container.ui",
        "https://www.googleapis.com/auth/spreadsheets",
        "https://www.googleapis.com/auth/userinfo.email",
      ].sort(),
    );
    const { oauthScopes: _a, ...restSingle } = single;
    const { oauthScopes: _b, ...restMulti } = multi;
    expect(restMulti).toEqual(restSingle);
  });

  it("the single workbook never asks for the full spreadsheets scope", () => {
    const single = read("dist/appsscript.json");
    expect(single.oauthScopes).not.toContain("https://www.googleapis.com/auth/spreadsheets");
    expect(single.oauthScopes).toContain("https://www.googleapis.com/auth/spreadsheets.currentonly");
  });

  it("is shipped unchanged in dist-multi/", () => {
    expect(readFileSync(join(root, "dist-multi/appsscript.json"), "utf8")).toBe(
      readFileSync(join(root, "appsscript.multi.json"), "utf8"),
    );
  });

  it("dist-multi is git-ignored like dist", () => {
    const ignored = readFileSync(join(root, ".gitignore"), "utf8").split("\n");
    expect(ignored).toContain("/dist-multi/");
  });
});

describe("when Google withholds the user's email", () => {
  it("set-up and the sidebar still work (the runner stays an editor: Sheets never removes them)", () => {
    const h = harness();
    const withheld = () => {
      throw new Error("You do not have permission to call Session.getEffectiveUser");
    };
    h.g.Session.getEffectiveUser = withheld as never;
    h.g.Session.getActiveUser = withheld as never;
    h.ctx.menuLoadSample();
    expect(h.ss.findSheet("Phường Tân Phong")).not.toBeNull();
    expect(h.ss.sheetValues(SHEET.roster)[1][1]).toBe("noivu@laichau.example.gov.vn");
    h.ss.setActiveSheet(h.ss.sheet("Phường Tân Phong"));
    expect(h.ctx.sidebarGetState().isCityOffice).toBe(false);
  });
});

describe("package.json", () => {
  it("every package build/cli.mjs imports at run time is a dependency, not a devDependency", () => {
    const root = join(__dirname, "../..");
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    // build/cli.mjs and its split chunks (build.mjs: the commands load on first use).
    const chunks = join(root, "build", CLI_CHUNKS);
    const cli = [join(root, "build/cli.mjs"), ...readdirSync(chunks).map((f) => join(chunks, f))]
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const imported = new Set(
      [...cli.matchAll(/\bfrom\s+"([^".][^"]*)"|\bimport\(\s*"([^".][^"]*)"\s*\)/g)]
        .map((m) => m[1] ?? m[2])
        .filter((name) => !name.startsWith("node:"))
        .map((name) => (name.startsWith("@") ? name.split("/").slice(0, 2).join("/") : name.split("/")[0])),
    );
    expect(imported.size).toBeGreaterThan(0);
    for (const name of imported) expect(Object.keys(pkg.dependencies), name).toContain(name);
  });
});
