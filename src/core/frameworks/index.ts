/**
 * The framework registry: the frameworks shipped with the add-in, each with the other names people type
 * for it and what the Sheets menu shows for it (its set-up item and, when it has one, its training sample).
 * Adding a framework here adds its menu items; src/main.ts must then export the globals they name
 * (test/gas/commands.gas.test.ts fails until it does).
 */
import { type Framework, type FrameworkInput, frameworkSchema } from "../framework";
import { looseKey } from "../text";
import { laiChau2021 } from "./laichau2021";
import { quynhVinh6k3c } from "./quynhvinh";

export interface BuiltinEntry {
  framework: Framework;
  /** Short names accepted besides the id (matched like the id: "Lai Châu" ~ "laichau"). */
  aliases: readonly string[];
  /** How the set-up menu item names it: "Khởi tạo / sửa biểu mẫu (khung Lai Châu 2021)". */
  menuName: string;
  /** The Apps Script global the set-up menu item calls. */
  setupCommand: string;
  /** Its training workbook: the sample's name (core/workbook/sample.ts), the place its menu item names, its global. */
  sample?: { name: string; place: string; command: string };
}

function entry(input: FrameworkInput, rest: Omit<BuiltinEntry, "framework">): BuiltinEntry {
  return { framework: frameworkSchema.parse(input), ...rest };
}

/** In menu order. */
export const FRAMEWORK_REGISTRY: readonly BuiltinEntry[] = Object.freeze([
  entry(laiChau2021, {
    aliases: ["laichau"],
    menuName: "Lai Châu 2021",
    setupCommand: "menuSetupLaiChau",
    sample: { name: "laichau", place: "Lai Châu", command: "menuLoadSample" },
  }),
  entry(quynhVinh6k3c, {
    aliases: ["quynhvinh"],
    menuName: "Quỳnh Vinh: 6 không, 3 có",
    setupCommand: "menuSetupQuynhVinh",
    sample: { name: "quynhvinh", place: "Quỳnh Vinh", command: "menuLoadSampleQuynhVinh" },
  }),
]);

/** Frameworks shipped with the add-in, parsed (defaults applied), by id. */
export const BUILTIN_FRAMEWORKS: Readonly<Record<string, Framework>> = Object.freeze(
  Object.fromEntries(FRAMEWORK_REGISTRY.map((e) => [e.framework.id, e.framework])),
);

/** The ids of the built-in frameworks, in registry order. */
export const BUILTIN_FRAMEWORK_IDS: readonly string[] = FRAMEWORK_REGISTRY.map((e) => e.framework.id);

export const DEFAULT_FRAMEWORK_ID = "laichau-2021";

/**
 * The registry's lookup key: looseKey (case, diacritics, đ, punctuation, legacy encodings and leading
 * zeros ignored) with the spaces gone too, so "Lai Châu", "lai-chau" and "laichau" are one key.
 */
export function registryKey(s: string): string {
  return looseKey(s).replace(/ /g, "");
}

/**
 * A built-in framework by id, matched leniently: case, surrounding spaces, diacritics and separators are
 * ignored, and short names such as "laichau", "Lai Châu", "quynhvinh" or "Quỳnh Vinh" are accepted.
 */
export function builtinFramework(id: string): Framework | undefined {
  const key = registryKey(String(id ?? ""));
  if (!key) return undefined;
  const found =
    FRAMEWORK_REGISTRY.find((e) => registryKey(e.framework.id) === key) ??
    FRAMEWORK_REGISTRY.find((e) => e.aliases.some((a) => registryKey(a) === key));
  return found?.framework;
}
