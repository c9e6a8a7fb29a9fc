/** The framework registry: its lookup key is text.ts's looseKey without spaces; its samples exist. */
import { describe, expect, it } from "vitest";
import {
  BUILTIN_FRAMEWORK_IDS,
  BUILTIN_FRAMEWORKS,
  builtinFramework,
  FRAMEWORK_REGISTRY,
  registryKey,
} from "../../../src/core/frameworks";
import { looseKey } from "../../../src/core/text";
import { SAMPLES } from "../../../src/core/workbook/sample";

describe("registryKey", () => {
  it.each([
    ["laichau-2021", "laichau2021"],
    ["  LaiChau-2021 ", "laichau2021"],
    ["Lai Châu", "laichau"],
    ["LAI CHÂU", "laichau"],
    ["Quỳnh Vinh".normalize("NFD"), "quynhvinh"],
    ["quynhvinh-6k3c", "quynhvinh6k3c"],
    ["lai_chau—2021", "laichau2021"],
    ["Đà Nẵng", "danang"],
  ])("%j → %j", (s, key) => {
    expect(registryKey(s)).toBe(key);
    expect(registryKey(s)).toBe(looseKey(s).replace(/ /g, ""));
  });
});

describe("the registry", () => {
  it("lists each built-in framework once, by id, in menu order", () => {
    expect(BUILTIN_FRAMEWORK_IDS).toEqual(["laichau-2021", "quynhvinh-6k3c"]);
    expect(Object.keys(BUILTIN_FRAMEWORKS)).toEqual(BUILTIN_FRAMEWORK_IDS);
    expect(new Set(FRAMEWORK_REGISTRY.map((e) => e.setupCommand)).size).toBe(FRAMEWORK_REGISTRY.length);
  });

  it("each sample is a training workbook of that framework", () => {
    for (const e of FRAMEWORK_REGISTRY) {
      if (!e.sample) continue;
      const data = SAMPLES[e.sample.name as keyof typeof SAMPLES];
      expect(data, e.sample.name).toBeDefined();
      expect(data.frameworkId).toBe(e.framework.id);
    }
  });

  it("an alias finds its framework", () => {
    for (const e of FRAMEWORK_REGISTRY)
      for (const a of e.aliases) expect(builtinFramework(a)?.id).toBe(e.framework.id);
  });
});
