import { describe, expect, it } from "vitest";
import {
  type Criterion,
  criterionApplies,
  criterionTextFor,
  type FrameworkInput,
  parseFramework,
} from "../../src/core/framework";
import { msg } from "../../src/core/text/problems";
import { KIND_WORDS } from "../../src/core/vocabulary";

/** What a framework must hold to be used, and the messages that say what is wrong, field by field. */
const base = (): FrameworkInput & Record<string, any> => ({
  id: "t",
  name: "Khung thử",
  rule: "per-standard-threshold",
  standards: [{ code: "A", name: "Một", threshold: 80 }],
  criteria: [{ code: "A1", standard: "A", text: "a1" }],
});
const problems = (edit: (f: any) => void) => {
  const f: any = base();
  edit(f);
  const r = parseFramework(f);
  return r.ok ? [] : r.problems;
};
const accepted = (edit: (f: any) => void) => {
  const f: any = base();
  edit(f);
  const r = parseFramework(f);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.framework;
};
const L = msg.fwFieldLabels;

describe("parseFramework: accepted frameworks", () => {
  it("defaults: unit, ward, place and title words, no disqualifiers; texts trimmed", () => {
    const fw = accepted((f) => {
      f.id = " t ";
      f.name = " Khung thử ";
      f.criteria[0] = { code: " A1 ", standard: " A ", text: " a1 " };
      f.standards[0].code = " A";
    });
    expect(fw).toEqual({
      id: "t",
      name: "Khung thử",
      rule: "per-standard-threshold",
      unitWord: KIND_WORDS.defaultUnitWord,
      wardWord: KIND_WORDS.defaultWardWord,
      placeWord: KIND_WORDS.defaultPlaceWord,
      titleWord: KIND_WORDS.defaultTitleWord,
      standards: [{ code: "A", name: "Một", threshold: 80 }],
      criteria: [{ code: "A1", standard: "A", text: "a1" }],
      disqualifiers: [],
    });
  });
  it("thresholds 1 and 100, years 2000 and 2100 are the limits", () => {
    expect(accepted((f) => (f.standards[0].threshold = 1)).standards[0].threshold).toBe(1);
    expect(accepted((f) => (f.standards[0].threshold = 100)).standards[0].threshold).toBe(100);
    expect(accepted((f) => (f.year = 2000)).year).toBe(2000);
    expect(accepted((f) => (f.year = 2100)).year).toBe(2100);
  });
  it("restrictions, variants, words, source and note are kept", () => {
    const fw = accepted((f) => {
      f.rule = "all-must-pass";
      f.unitWord = " tổ tự quản ";
      f.wardWord = "thôn";
      f.source = "QĐ";
      f.note = "ghi chú";
      f.criteria[0] = {
        ...f.criteria[0],
        unitTypes: ["ban", "to"],
        wardKinds: ["xa"],
        variants: [{ text: " riêng ", unitTypes: ["tdp"], wardKinds: ["phuong"] }],
      };
      f.disqualifiers = [{ code: "D", text: " d " }];
    });
    expect(fw).toMatchObject({
      rule: "all-must-pass",
      unitWord: "tổ tự quản",
      wardWord: "thôn",
      source: "QĐ",
    });
    expect(fw.criteria[0]).toEqual({
      code: "A1",
      standard: "A",
      text: "a1",
      unitTypes: ["ban", "to"],
      wardKinds: ["xa"],
      variants: [{ text: "riêng", unitTypes: ["tdp"], wardKinds: ["phuong"] }],
    });
    expect(fw.disqualifiers).toEqual([{ code: "D", text: "d" }]);
  });
});

describe("parseFramework: rejected frameworks, with where and what", () => {
  it.each([0, 101, 80.5, -1])("threshold %j", (t) => {
    expect(problems((f) => (f.standards[0].threshold = t))).toEqual([
      { where: msg.fwItemField(L.standards, 1, L.threshold), message: msg.fwThresholdRange() },
    ]);
  });
  it("a threshold typed as text is out of range too", () => {
    expect(problems((f) => (f.standards[0].threshold = "80"))[0].message).toBe(msg.fwThresholdRange());
  });
  it.each([1999, 2101, 2024.5, "2024"])("year %j is rejected at Năm", (y) => {
    // (the message is not pinned: 1999 reads "cần ít nhất một năm", 2024.5 "thiếu Năm")
    expect(problems((f) => (f.year = y)).map((p) => p.where)).toEqual([L.year]);
  });
  it("blank or spaces-only name", () => {
    for (const v of ["", "   "])
      expect(problems((f) => (f.name = v))).toEqual([{ where: L.name, message: msg.fwEmpty(L.name) }]);
  });
  it("blank or spaces-only id is rejected at Mã khung", () => {
    // (the message is not pinned: it reads "cần ít nhất một mã khung", as if the id were a list)
    for (const v of ["", "   "]) expect(problems((f) => (f.id = v)).map((p) => p.where)).toEqual([L.id]);
  });
  it("a missing name says it is missing", () => {
    expect(problems((f) => delete f.name)).toEqual([{ where: L.name, message: msg.fwEmpty(L.name) }]);
  });
  it("spaces-only code, text, standard of a criterion", () => {
    expect(problems((f) => (f.criteria[0].code = " "))).toEqual([
      { where: msg.fwItemField(L.criteria, 1, L.code), message: msg.fwEmpty(L.code) },
    ]);
    expect(problems((f) => (f.criteria[0].text = "  "))).toEqual([
      { where: msg.fwItemField(L.criteria, 1, L.text), message: msg.fwEmpty(L.text) },
    ]);
    // (the message is not pinned: it reads "cần ít nhất một tiêu chuẩn")
    expect(problems((f) => (f.criteria[0].standard = " "))[0].where).toBe(
      msg.fwItemField(L.criteria, 1, L.standard),
    );
  });
  it("spaces-only words, a blank disqualifier, a blank variant", () => {
    expect(problems((f) => (f.unitWord = " "))).toHaveLength(1);
    expect(problems((f) => (f.wardWord = " "))).toHaveLength(1);
    expect(problems((f) => (f.disqualifiers = [{ code: "D", text: " " }]))).toHaveLength(1);
    expect(problems((f) => (f.criteria[0].variants = [{ text: " " }]))).toHaveLength(1);
  });
  it("empty lists", () => {
    expect(problems((f) => (f.standards = []))).toContainEqual({
      where: L.standards,
      message: msg.fwListEmpty(L.standards),
    });
    expect(problems((f) => (f.criteria = []))).toEqual([
      { where: L.criteria, message: msg.fwListEmpty(L.criteria) },
    ]);
  });
  it("unknown rule, unit type, area", () => {
    expect(problems((f) => (f.rule = "most"))).toEqual([
      { where: L.rule, message: msg.fwInvalidField(L.rule) },
    ]);
    expect(problems((f) => (f.criteria[0].unitTypes = ["khu"]))).toHaveLength(1);
    expect(problems((f) => (f.criteria[0].wardKinds = ["quan"]))).toHaveLength(1);
    expect(problems((f) => (f.criteria[0].variants = [{ text: "v", unitTypes: ["x"] }]))).toHaveLength(1);
    expect(problems((f) => (f.criteria[0].variants = [{ text: "v", wardKinds: ["x"] }]))).toHaveLength(1);
  });
  it("a whole-object problem is said of the framework", () => {
    const r = parseFramework(null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].where).toBe(msg.fwWhole);
  });
  it("the location function is given the path of the field", () => {
    const paths: PropertyKey[][] = [];
    const f: any = base();
    f.criteria[0].text = "";
    parseFramework(f, (p) => {
      paths.push([...p]);
      return "ở đây";
    });
    expect(paths).toEqual([["criteria", 0, "text"]]);
  });
});

describe("parseFramework: consistency", () => {
  it("a code used twice, in any list and any case, names where it was first", () => {
    expect(problems((f) => f.criteria.push({ code: "a1", standard: "A", text: "x" }))).toEqual([
      {
        where: msg.fwItemField(L.criteria, 2, L.code),
        message: msg.fwDuplicateCode("a1", msg.fwItemField(L.criteria, 1, L.code)),
      },
    ]);
    expect(problems((f) => (f.disqualifiers = [{ code: "A", text: "trùng tiêu chuẩn" }]))).toEqual([
      {
        where: msg.fwItemField(msg.fwFieldLabels.disqualifiers, 1, L.code),
        message: msg.fwDuplicateCode("A", msg.fwItemField(L.standards, 1, L.code)),
      },
    ]);
  });
  it("three uses of a code: two problems, both naming the first", () => {
    const p = problems((f) => {
      f.criteria.push({ code: "A1", standard: "A", text: "x" }, { code: "A1", standard: "A", text: "y" });
    });
    expect(p.map((x) => x.message)).toEqual([
      msg.fwDuplicateCode("A1", msg.fwItemField(L.criteria, 1, L.code)),
      msg.fwDuplicateCode("A1", msg.fwItemField(L.criteria, 1, L.code)),
    ]);
  });
  it("a criterion of an unknown standard; a standard without criteria", () => {
    expect(problems((f) => (f.criteria[0].standard = "B"))).toEqual([
      { where: msg.fwItemField(L.criteria, 1, L.standard), message: msg.fwUnknownStandard("A1", "B") },
      { where: msg.fwItemField(L.standards, 1, L.code), message: msg.fwStandardWithoutCriteria("A") },
    ]);
    expect(problems((f) => f.standards.push({ code: "B", name: "Hai", threshold: 50 }))).toEqual([
      { where: msg.fwItemField(L.standards, 2, L.code), message: msg.fwStandardWithoutCriteria("B") },
    ]);
  });
  it("standard codes match exactly (case matters for membership)", () => {
    expect(problems((f) => (f.criteria[0].standard = "a"))[0].message).toBe(msg.fwUnknownStandard("A1", "a"));
  });
});

describe("criterionApplies and criterionTextFor", () => {
  const c: Criterion = {
    code: "2.6",
    standard: "2",
    text: "chung",
    unitTypes: ["ban", "tdp"],
    wardKinds: ["phuong"],
    variants: [
      { unitTypes: ["ban"], text: "bản" },
      { wardKinds: ["xa"], text: "xã" },
      { unitTypes: ["tdp"], wardKinds: ["phuong"], text: "tdp phường" },
    ],
  };
  it("applies when type and area are listed or unknown", () => {
    expect(criterionApplies(c)).toBe(true);
    expect(criterionApplies(c, "ban")).toBe(true);
    expect(criterionApplies(c, "to")).toBe(false);
    expect(criterionApplies(c, undefined, "xa")).toBe(false);
    expect(criterionApplies(c, "tdp", "phuong")).toBe(true);
    expect(criterionApplies(c, "tdp", "xa")).toBe(false);
    expect(criterionApplies(c, "to", "phuong")).toBe(false);
    expect(criterionApplies({ code: "x", standard: "s", text: "t" }, "to", "xa")).toBe(true);
  });
  it("the first variant that fits; an unknown type or area fits only unrestricted variants", () => {
    expect(criterionTextFor(c, "ban", "phuong")).toBe("bản");
    expect(criterionTextFor(c, "tdp", "xa")).toBe("xã");
    expect(criterionTextFor(c, "tdp", "phuong")).toBe("tdp phường");
    expect(criterionTextFor(c, "to", "phuong")).toBe("chung");
    expect(criterionTextFor(c)).toBe("chung");
    expect(criterionTextFor(c, "tdp")).toBe("chung");
    expect(criterionTextFor(c, undefined, "xa")).toBe("xã");
    expect(criterionTextFor({ ...c, variants: undefined }, "ban")).toBe("chung");
    expect(criterionTextFor({ ...c, variants: [{ text: "mọi nơi" }] })).toBe("mọi nơi");
  });
});

describe("parseFramework: where an item's problem is", () => {
  it("an item that is not an object is said by its list and position", () => {
    expect(problems((f) => (f.criteria = [f.criteria[0], "x"])).map((p) => p.where)).toEqual([
      msg.fwItem(L.criteria, 2),
    ]);
    expect(problems((f) => (f.standards = [7, ...f.standards])).map((p) => p.where)).toContain(
      msg.fwItem(L.standards, 1),
    );
  });
});
