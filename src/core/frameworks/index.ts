import { type Framework, frameworkSchema } from "../framework";
import { laiChau2021 } from "./laichau2021";
import { quynhVinh6k3c } from "./quynhvinh";

/** Frameworks shipped with the add-in, parsed (defaults applied), by id. */
export const BUILTIN_FRAMEWORKS: Readonly<Record<string, Framework>> = Object.freeze({
  [laiChau2021.id]: frameworkSchema.parse(laiChau2021),
  [quynhVinh6k3c.id]: frameworkSchema.parse(quynhVinh6k3c),
});

export const DEFAULT_FRAMEWORK_ID = "laichau-2021";

/** Lookup key: lower case, no diacritics (đ → d), letters and digits only. */
function looseKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Other names people type for the built-in frameworks (already in `looseKey` form). */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ["laichau", "laichau-2021"],
  ["quynhvinh", "quynhvinh-6k3c"],
]);

/**
 * A built-in framework by id, matched leniently: case, surrounding spaces, diacritics and separators are
 * ignored, and short names such as "laichau", "Lai Châu", "quynhvinh" or "Quỳnh Vinh" are accepted.
 */
export function builtinFramework(id: string): Framework | undefined {
  const key = looseKey(String(id ?? "").trim());
  if (!key) return undefined;
  for (const fwId of Object.keys(BUILTIN_FRAMEWORKS)) {
    if (looseKey(fwId) === key) return BUILTIN_FRAMEWORKS[fwId];
  }
  const alias = ALIASES.get(key);
  return alias ? BUILTIN_FRAMEWORKS[alias] : undefined;
}
