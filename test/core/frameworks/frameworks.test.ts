import { describe, expect, it } from "vitest";
import { criterionTextFor, type Framework, parseFramework } from "../../../src/core/framework";
import { BUILTIN_FRAMEWORKS, builtinFramework, DEFAULT_FRAMEWORK_ID } from "../../../src/core/frameworks";
import { laiChau2021 } from "../../../src/core/frameworks/laichau2021";
import { quynhVinh6k3c } from "../../../src/core/frameworks/quynhvinh";

const LAI_CHAU_CODES = [
  ["1.1", "1.2", "1.3", "1.4"],
  ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7"],
  ["3.1", "3.2", "3.3", "3.4", "3.5"],
  ["4.1", "4.2", "4.3", "4.4"],
  ["5.1", "5.2", "5.3", "5.4"],
  ["6.1", "6.2", "6.3", "6.4"],
].flat();

/** Every human-readable text of a framework, with where it is. */
function allTexts(fw: Framework): [string, string][] {
  const out: [string, string][] = [
    ["name", fw.name],
    ["unitWord", fw.unitWord],
    ["wardWord", fw.wardWord],
  ];
  if (fw.source) out.push(["source", fw.source]);
  if (fw.note) out.push(["note", fw.note]);
  for (const s of fw.standards) out.push([`standard ${s.code}`, s.name]);
  for (const c of fw.criteria) {
    out.push([`criterion ${c.code}`, c.text]);
    for (const [i, v] of (c.variants ?? []).entries())
      out.push([`criterion ${c.code} variant ${i + 1}`, v.text]);
  }
  for (const d of fw.disqualifiers) out.push([`disqualifier ${d.code}`, d.text]);
  return out;
}

function must(fw: Framework | undefined): Framework {
  if (!fw) throw new Error("framework missing");
  return fw;
}

describe("built-in framework: Lai Châu 2021", () => {
  const fw = must(BUILTIN_FRAMEWORKS["laichau-2021"]);

  it("has 6 standards 1..6 at 80%", () => {
    expect(fw.standards.map((s) => s.code)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(fw.standards.every((s) => s.threshold === 80)).toBe(true);
    expect(fw.standards.every((s) => !s.name.startsWith("Tiêu chuẩn"))).toBe(true);
    expect(fw.rule).toBe("per-standard-threshold");
  });

  it("has the 28 criteria in order, each in its standard", () => {
    expect(fw.criteria).toHaveLength(28);
    expect(fw.criteria.map((c) => c.code)).toEqual(LAI_CHAU_CODES);
    for (const c of fw.criteria) expect(c.standard).toBe(c.code.split(".")[0]);
  });

  it("has the 4 disqualifying cases II.1..II.4", () => {
    expect(fw.disqualifiers.map((d) => d.code)).toEqual(["II.1", "II.2", "II.3", "II.4"]);
    expect(fw.disqualifiers[0].text).toBe("Khiếu kiện đông người và khiếu kiện vượt cấp trái pháp luật.");
  });

  it("uses the corrected wording of the second copy of the table", () => {
    const text = (code: string) => fw.criteria.find((c) => c.code === code)?.text ?? "";
    expect(text("2.2")).toContain("Phấn đấu mỗi tổ dân phố, bản");
    expect(text("2.2")).not.toContain("Phân đầu mối");
    expect(text("2.5")).not.toContain("”");
    expect(text("3.1")).not.toContain("trật tự xây dựng đô thị");
  });

  it("gives criterion 2.6 a different text for a bản and a tổ dân phố", () => {
    const c26 = must(fw).criteria.find((c) => c.code === "2.6")!;
    const ban = criterionTextFor(c26, "ban");
    const tdp = criterionTextFor(c26, "tdp");
    expect(ban).not.toBe(tdp);
    expect(ban).toMatch(/^Đối với bản sản xuất nông nghiệp: /);
    expect(ban).toContain("OCOP");
    expect(tdp).toMatch(/^Đối với Tổ dân phố: /);
    expect(c26.text).toContain(ban);
    expect(c26.text).toContain(tdp);
    expect(criterionTextFor(c26)).toBe(c26.text);
  });

  it("gives criterion 2.7 a different text in a xã and a phường", () => {
    const c27 = fw.criteria.find((c) => c.code === "2.7")!;
    const xa = criterionTextFor(c27, "ban", "xa");
    const phuong = criterionTextFor(c27, "tdp", "phuong");
    expect(xa).not.toBe(phuong);
    expect(xa).toContain("nông thôn mới");
    expect(xa).not.toContain("phường");
    expect(phuong).toContain("văn minh đô thị");
    expect(phuong).not.toContain("nông thôn mới");
    expect(criterionTextFor(c27)).toBe(c27.text);
  });

  it("states the recognition rule in its note", () => {
    expect(fw.note).toContain("ít nhất 80%");
  });
});

describe("built-in framework: Quỳnh Vinh 6 không, 3 có", () => {
  const fw = must(BUILTIN_FRAMEWORKS["quynhvinh-6k3c"]);

  it("has 9 criteria: 6 in K, 3 in C, all must pass", () => {
    expect(fw.rule).toBe("all-must-pass");
    expect(fw.criteria).toHaveLength(9);
    expect(fw.criteria.filter((c) => c.standard === "K").map((c) => c.code)).toEqual([
      "K1",
      "K2",
      "K3",
      "K4",
      "K5",
      "K6",
    ]);
    expect(fw.criteria.filter((c) => c.standard === "C").map((c) => c.code)).toEqual(["C1", "C2", "C3"]);
    expect(fw.criteria.filter((c) => c.standard === "K").every((c) => c.text.startsWith("Không "))).toBe(
      true,
    );
    expect(fw.criteria.filter((c) => c.standard === "C").every((c) => c.text.startsWith("Có "))).toBe(true);
    expect(fw.standards.map((s) => [s.code, s.threshold])).toEqual([
      ["K", 100],
      ["C", 100],
    ]);
    expect(fw.disqualifiers).toEqual([]);
  });
});

describe.each(Object.values(BUILTIN_FRAMEWORKS).map((fw) => [fw.id, fw] as const))(
  "texts of %s",
  (_id, fw) => {
    it.each(allTexts(fw))("%s is clean", (_where, text) => {
      expect(text).toBe(text.normalize("NFC"));
      expect(text).not.toMatch(/[<>]/);
      expect(text.startsWith("- ")).toBe(false);
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/\s{2,}/);
    });
  },
);

describe("parseFramework accepts the built-in frameworks", () => {
  it.each([
    ["laichau-2021", laiChau2021],
    ["quynhvinh-6k3c", quynhVinh6k3c],
  ] as const)("%s", (id, input) => {
    const result = parseFramework(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.framework.id).toBe(id);
      expect(result.framework).toEqual(BUILTIN_FRAMEWORKS[id]);
    }
  });
});

describe("builtinFramework", () => {
  it("defaults to Lai Châu", () => {
    expect(DEFAULT_FRAMEWORK_ID).toBe("laichau-2021");
    expect(builtinFramework(DEFAULT_FRAMEWORK_ID)?.id).toBe("laichau-2021");
  });

  it.each(["laichau-2021", "  LaiChau-2021 ", "LAICHAU-2021", "laichau", "lai chau", "Lai Châu", "LAI CHÂU"])(
    "finds Lai Châu by %j",
    (q) => {
      expect(builtinFramework(q)?.id).toBe("laichau-2021");
    },
  );

  it.each(["quynhvinh-6k3c", "QuynhVinh-6K3C", " quynhvinh ", "quỳnh vinh", "Quỳnh Vinh", "quynh vinh"])(
    "finds Quỳnh Vinh by %j",
    (q) => {
      expect(builtinFramework(q)?.id).toBe("quynhvinh-6k3c");
    },
  );

  it("accepts decomposed (NFD) input", () => {
    expect(builtinFramework("Quỳnh Vinh".normalize("NFD"))?.id).toBe("quynhvinh-6k3c");
  });

  it.each(["", "   ", "danang", "lai", "constructor", "__proto__", "toString"])(
    "returns undefined for %j",
    (q) => {
      expect(builtinFramework(q)).toBeUndefined();
    },
  );
});
