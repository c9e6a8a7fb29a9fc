import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

export const DIST = join(__dirname, "../../dist");
/** The file-per-ward bundle (build.mjs --variant multi). */
export const DIST_MULTI = join(__dirname, "../../dist-multi");

export type Variant = "single" | "multi";

export function distOf(variant: Variant = "single"): string {
  return variant === "multi" ? DIST_MULTI : DIST;
}

/** The oauthScopes of a bundle's manifest (its appsscript.json). */
export function manifestScopes(variant: Variant = "single"): string[] {
  return JSON.parse(readFileSync(join(distOf(variant), "appsscript.json"), "utf8")).oauthScopes;
}

/** Loads Code.js the way Apps Script does: one global scope, top-level functions become globals. */
export function loadBundle(
  globals: Record<string, unknown> = {},
  variant: Variant = "single",
): vm.Context & Record<string, any> {
  const code = readFileSync(join(distOf(variant), "Code.js"), "utf8");
  const context = vm.createContext({ console, ...globals });
  vm.runInContext(code, context, { filename: "Code.js" });
  return context as vm.Context & Record<string, any>;
}

export function bundleSource(variant: Variant = "single"): string {
  return readFileSync(join(distOf(variant), "Code.js"), "utf8");
}

export interface BundleGlobal {
  name: string;
  /** Tagged @customfunction in its JSDoc: callable from a cell formula. */
  customFunction: boolean;
}

/** The top-level functions of the bundle (what Apps Script exposes as globals), in source order. */
export function bundleGlobals(source = bundleSource()): BundleGlobal[] {
  const out: BundleGlobal[] = [];
  const re = /(?:\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*)?^function (\w+)\(/gm;
  for (const m of source.matchAll(re))
    out.push({ name: m[2], customFunction: /@customfunction\b/.test(m[1] ?? "") });
  return out;
}
