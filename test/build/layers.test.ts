/**
 * Dependencies point down only: the core imports no adapter, adapters do not import each other, and
 * no module imports one that (directly or not) imports it back. Read from the import statements.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Relative imports of a file, resolved to files under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gms)) {
    const base = resolve(dirname(file), m[1]);
    const target = [`${base}.ts`, join(base, "index.ts")].find(existsSync);
    if (target) out.push(target);
  }
  return out;
}

const graph = new Map(files(SRC).map((f) => [f, importsOf(f)]));
const layer = (f: string) => relative(SRC, f).split("/")[0].replace(/\.ts$/, "");

describe("layers", () => {
  it("reads the whole tree (so the checks below are about something)", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
  });

  it("the core imports no adapter, no command line, no sidebar, no entry", () => {
    const bad = [...graph]
      .filter(([f]) => layer(f) === "core")
      .flatMap(([f, deps]) =>
        deps.filter((d) => layer(d) !== "core").map((d) => `${relative(SRC, f)} → ${relative(SRC, d)}`),
      );
    expect(bad).toEqual([]);
  });

  it("adapters do not import each other (gas ↛ xlsx/cli, xlsx ↛ gas/cli, docx → core only, sidebar → core only)", () => {
    const allowed: Record<string, string[]> = {
      gas: ["core", "gas"],
      xlsx: ["core", "xlsx"],
      cli: ["core", "xlsx", "docx", "cli"],
      docx: ["core", "docx"],
      sidebar: ["core", "sidebar"],
      main: ["core", "gas"],
      // the file-per-ward bundle's extra globals (build.mjs --variant multi)
      mainMulti: ["core", "gas"],
    };
    const bad = [...graph]
      .filter(([f]) => layer(f) !== "core")
      .flatMap(([f, deps]) =>
        deps
          .filter((d) => !allowed[layer(f)]?.includes(layer(d)))
          .map((d) => `${relative(SRC, f)} → ${relative(SRC, d)}`),
      );
    expect(bad).toEqual([]);
  });

  it("inside the core, no module below the use-case layer (core/usecases/) imports a use case", () => {
    const isUseCase = (f: string) => relative(SRC, f).split(sep).join("/").startsWith("core/usecases/");
    const bad = [...graph]
      .filter(([f]) => layer(f) === "core" && !isUseCase(f))
      .flatMap(([f, deps]) => deps.filter(isUseCase).map((d) => `${relative(SRC, f)} → ${relative(SRC, d)}`));
    expect(bad).toEqual([]);
  });

  it("no import cycles", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, "open");
      stack.push(f);
      for (const d of graph.get(f) ?? []) {
        if (state.get(d) === "open")
          cycles.push([...stack.slice(stack.indexOf(d)), d].map((x) => relative(SRC, x)).join(" → "));
        else if (!state.has(d)) visit(d);
      }
      stack.pop();
      state.set(f, "done");
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
