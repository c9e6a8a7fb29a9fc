import { describe, expect, it } from "vitest";
import { type Framework, type FrameworkInput, parseFramework } from "../../src/core/framework";
import { msg } from "../../src/core/text/problems";
import { judge, percentTenths, standardLabel, type UnitInput, verdictLabel } from "../../src/core/verdict";

/**
 * A criterion restricted by unit type (Áp dụng cho loại đơn vị) or by area (Áp dụng cho địa bàn) leaves
 * the denominator of a unit it does not apply to, under both rules; a unit of unknown type / area is
 * judged on every criterion.
 */
function framework(rule: FrameworkInput["rule"], thresholdA = 50): Framework {
  const r = parseFramework({
    id: "t",
    name: "Khung thử",
    rule,
    standards: [
      { code: "A", name: "Tiêu chuẩn A", threshold: thresholdA },
      { code: "B", name: "Tiêu chuẩn B", threshold: 100 },
    ],
    criteria: [
      { code: "A1", standard: "A", text: "a1" },
      { code: "A2", standard: "A", text: "a2", unitTypes: ["tdp"] },
      { code: "A3", standard: "A", text: "a3", wardKinds: ["xa"] },
      { code: "A4", standard: "A", text: "a4", unitTypes: ["ban", "to"], wardKinds: ["phuong"] },
      { code: "B1", standard: "B", text: "b1", unitTypes: ["ban"] },
      { code: "B2", standard: "B", text: "b2", unitTypes: ["ban"], wardKinds: ["xa"] },
    ],
    disqualifiers: [
      { code: "D1", text: "d1" },
      { code: "D2", text: "d2" },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.framework;
}
const codes = ["A1", "A2", "A3", "A4", "B1", "B2"];
const all = (word: unknown) => Object.fromEntries(codes.map((c) => [c, word]));
const unit = (criteria: Record<string, unknown>, extra: Partial<UnitInput> = {}): UnitInput => ({
  criteria,
  ...extra,
});

describe.each(["per-standard-threshold", "all-must-pass"] as const)("restrictions, rule %s", (rule) => {
  const fw = framework(rule);
  const countOf = (u: UnitInput) => judge(fw, u).standards.map((s) => [s.passed, s.applicable]);

  it("a unit of unknown type and area is judged on every criterion", () => {
    expect(countOf(unit(all("Đạt")))).toEqual([
      [4, 4],
      [2, 2],
    ]);
  });
  it("tổ dân phố in a phường: only A1, A2 apply; B has nothing and passes", () => {
    const r = judge(fw, unit(all("Không đạt"), { unitType: "tdp", wardKind: "phuong" }));
    expect(r.standards.map((s) => [s.passed, s.applicable])).toEqual([
      [0, 2],
      [0, 0],
    ]);
    expect(r.failing).toEqual(["A1", "A2"]);
    expect(r.standards[1].status).toBe("pass");
    expect(r.notApplicable).toEqual([]);
  });
  it("bản in a xã: A1, A3, B1, B2 apply", () => {
    const r = judge(fw, unit(all("Không đạt"), { unitType: "ban", wardKind: "xa" }));
    expect(r.failing).toEqual(["A1", "A3", "B1", "B2"]);
    expect(r.standards.map((s) => s.applicable)).toEqual([2, 2]);
  });
  it("bản in a phường: A1, A4, B1 apply", () => {
    const r = judge(fw, unit(all(""), { unitType: "ban", wardKind: "phuong" }));
    expect(r.missing).toEqual(["A1", "A4", "B1"]);
    expect(r.standards.map((s) => s.missingCodes)).toEqual([["A1", "A4"], ["B1"]]);
  });
  it("tổ tự quản in a xã: A1, A3 apply (A4 needs a phường as well as the type)", () => {
    const r = judge(fw, unit(all("Không đạt"), { unitType: "to", wardKind: "xa" }));
    expect(r.failing).toEqual(["A1", "A3"]);
  });
  it("type known, area unknown: every area restriction applies", () => {
    const r = judge(fw, unit(all("Không đạt"), { unitType: "ban" }));
    expect(r.failing).toEqual(["A1", "A3", "A4", "B1", "B2"]);
  });
  it("area known, type unknown: every type restriction applies", () => {
    const r = judge(fw, unit(all("Không đạt"), { wardKind: "phuong" }));
    expect(r.failing).toEqual(["A1", "A2", "A4", "B1"]);
  });
  it("an unreadable value in a criterion that does not apply is never read", () => {
    const r = judge(fw, unit({ ...all("Đạt"), B1: "???", B2: new Date(2024, 0, 1) }, { unitType: "tdp" }));
    expect(r.invalid).toEqual([]);
    expect(r.verdict).toBe("pass");
  });
  it("a failed criterion that does not apply does not fail the unit", () => {
    const r = judge(
      fw,
      unit(
        { ...all("Đạt"), B1: "Không đạt", B2: "K", A4: "K", A3: "K" },
        { unitType: "tdp", wardKind: "phuong" },
      ),
    );
    expect(r.verdict).toBe("pass");
    expect(r.failing).toEqual([]);
  });
  it("the same failed criterion fails the unit it applies to (B is 100% under both rules)", () => {
    const r = judge(fw, unit({ ...all("Đạt"), B1: "Không đạt" }, { unitType: "ban", wardKind: "xa" }));
    expect(r.verdict).toBe("fail");
    expect(r.standards[1]).toMatchObject({ passed: 1, applicable: 2, needed: 2, status: "fail" });
    expect(r.failing).toEqual(["B1"]);
  });
});

describe("the threshold depends on the rule", () => {
  it("per standard: A at 50% passes with 1 of 2", () => {
    const fw = framework("per-standard-threshold");
    const r = judge(fw, unit({ ...all("Đạt"), A2: "Không đạt" }, { unitType: "tdp", wardKind: "phuong" }));
    expect(r.standards[0]).toMatchObject({
      threshold: 50,
      passed: 1,
      applicable: 2,
      needed: 1,
      status: "pass",
    });
    expect(r.verdict).toBe("pass");
  });
  it("all must pass: A's own 50% is ignored, 1 of 2 fails", () => {
    const fw = framework("all-must-pass");
    const r = judge(fw, unit({ ...all("Đạt"), A2: "Không đạt" }, { unitType: "tdp", wardKind: "phuong" }));
    expect(r.standards[0]).toMatchObject({
      threshold: 100,
      passed: 1,
      applicable: 2,
      needed: 2,
      status: "fail",
    });
    expect(r.verdict).toBe("fail");
    expect(r.gaps).toBe(msg.gapNeedMore("A", 1, ["A2"]));
  });
  it("exactly at the threshold passes; one below fails", () => {
    const fw = framework("per-standard-threshold", 75);
    // A applies fully to a unit of unknown kind: 3 of 4 = 75% passes, 2 of 4 fails.
    expect(judge(fw, unit({ ...all("Đạt"), A1: "K" })).standards[0].status).toBe("pass");
    const r = judge(fw, unit({ ...all("Đạt"), A1: "K", A2: "K" }));
    expect(r.standards[0]).toMatchObject({ passed: 2, needed: 3, status: "fail" });
    expect(r.gaps).toBe(msg.gapNeedMore("A", 1, ["A1", "A2"]));
  });
});

describe("blank and unreadable cells, standard by standard", () => {
  const fw = framework("per-standard-threshold", 75);
  it("a blank that could tip the standard leaves it missing; needed counts the applicable", () => {
    const r = judge(fw, unit({ ...all("Đạt"), A1: "K", A2: "" }));
    expect(r.standards[0]).toMatchObject({ passed: 2, applicable: 4, needed: 3, status: "missing" });
    expect(r.standards[0].missingCodes).toEqual(["A2"]);
    expect(r.standards[0].failedCodes).toEqual(["A1"]);
    expect(r.verdict).toBe("missing");
    expect(r.gaps).toBe(msg.gapBlank("A", ["A2"]));
    expect(r.explanation).toBe(msg.explainMissing(msg.gapBlank("A", ["A2"])));
  });
  it("two blanks where one would do still leave it missing; two fails and a blank fail it", () => {
    expect(judge(fw, unit({ ...all("Đạt"), A1: "", A2: "" })).standards[0].status).toBe("missing");
    const r = judge(fw, unit({ ...all("Đạt"), A1: "K", A2: "K", A3: "" }));
    expect(r.standards[0].status).toBe("fail");
    expect(r.verdict).toBe("fail");
    expect(r.missing).toEqual(["A3"]);
  });
  it("a failed standard outweighs a missing one; an invalid cell outweighs both", () => {
    const failAndMissing = judge(fw, unit({ ...all("Đạt"), A1: "K", A2: "K", B1: "" }));
    expect(failAndMissing.standards.map((s) => s.status)).toEqual(["fail", "missing"]);
    expect(failAndMissing.verdict).toBe("fail");
    expect(failAndMissing.gaps).toBe(
      `${msg.gapNeedMore("A", 1, ["A1", "A2"])}; ${msg.gapBlank("B", ["B1"])}`,
    );
    const invalid = judge(fw, unit({ ...all("Đạt"), A1: "K", A2: "K", B1: "", B2: "đạt?" }));
    expect(invalid.verdict).toBe("invalid");
    expect(invalid.invalid).toEqual([{ code: "B2", value: "đạt?", message: msg.cellInvalid("B2", "đạt?") }]);
    expect(invalid.gaps.startsWith(msg.gapInvalid([msg.cellInvalid("B2", "đạt?")]))).toBe(true);
    expect(invalid.explanation).toBe(`${verdictLabel(invalid)}.`); // what TDP_GAPS shows, once
  });
  it("an unreadable cell counts like a blank in the arithmetic", () => {
    const r = judge(fw, unit({ ...all("Đạt"), A1: 7 }));
    // 3 of 4 pass even if 7 is a fail: the standard passes, but the cell is still an error.
    expect(r.standards[0].status).toBe("pass");
    expect(r.verdict).toBe("invalid");
    expect(r.invalid[0]).toMatchObject({ code: "A1", value: "7" });
    expect(verdictLabel(r)).toBe(`${msg.errorPrefix}${msg.cellInvalid("A1", "7")}`);
  });
  it("two unreadable cells are both listed, in framework order, joined by ; in the label", () => {
    const r = judge(fw, unit({ ...all("Đạt"), B2: "?", A3: new Date(2024, 1, 3) }));
    expect(r.invalid.map((i) => [i.code, i.value])).toEqual([
      ["A3", "03/02/2024"],
      ["B2", "?"],
    ]);
    expect(verdictLabel(r)).toBe(
      `${msg.errorPrefix}${msg.cellInvalid("A3", "03/02/2024")}; ${msg.cellInvalid("B2", "?")}`,
    );
  });
});

describe("disqualifying cases", () => {
  const fw = framework("per-standard-threshold");
  it("each Có is listed in order, and fails a unit whose standards pass", () => {
    const r = judge(fw, unit(all("Đạt"), { disqualifiers: { D2: "Có", D1: "x" } }));
    expect(r.disqualified).toEqual(["D1", "D2"]);
    expect(r.verdict).toBe("fail");
    expect(r.gaps).toBe(msg.gapDisqualified(["D1", "D2"]));
    expect(r.explanation).toBe(msg.explainFail(msg.gapDisqualified(["D1", "D2"])));
  });
  it("a disqualifying case fails a unit whose data is incomplete", () => {
    const r = judge(fw, unit({ ...all("Đạt"), A1: "" }, { disqualifiers: { D1: "Có" } }));
    expect(r.verdict).toBe("fail");
  });
  it("an unreadable disqualifier is an error quoting its value; Không and blank are no", () => {
    const r = judge(fw, unit(all("Đạt"), { disqualifiers: { D1: "Không", D2: 3 } }));
    expect(r.verdict).toBe("invalid");
    expect(r.disqualified).toEqual([]);
    expect(r.invalid).toEqual([{ code: "D2", value: "3", message: msg.disqualifierInvalid("D2", "3") }]);
    expect(judge(fw, unit(all("Đạt"), { disqualifiers: { D1: "" } })).verdict).toBe("pass");
    expect(judge(fw, unit(all("Đạt"))).verdict).toBe("pass");
  });
});

describe("explanations and labels", () => {
  it("a pass is explained by the rule", () => {
    const per = framework("per-standard-threshold");
    const allMust = framework("all-must-pass");
    expect(judge(per, unit(all("Đạt"))).explanation).toBe(msg.explainPass(per.unitWord));
    expect(judge(allMust, unit(all("Đạt"))).explanation).toBe(msg.explainAllPass());
    expect(judge(per, unit(all("Đạt"))).gaps).toBe("");
  });
  it("Không đạt, Thiếu dữ liệu and the standard line", () => {
    const fw = framework("per-standard-threshold");
    const failed = judge(fw, unit({ ...all("Đạt"), B1: "K" }));
    expect(verdictLabel(failed)).toBe("Không đạt");
    expect(standardLabel(failed.standards[1])).toBe("1/2 (50,0%) – không đạt");
    const blank = judge(fw, unit({ ...all("Đạt"), B1: "" }));
    expect(standardLabel(blank.standards[1])).toBe("1/2 (50,0%) – thiếu dữ liệu");
    const none = judge(fw, unit(all("Không đạt"), { unitType: "tdp", wardKind: "phuong" }));
    expect(standardLabel(none.standards[1])).toBe("0/0 – đạt");
  });
  it("a standard whose criteria are all marked Không áp dụng by hand is not judged", () => {
    const fw = framework("per-standard-threshold");
    const r = judge(fw, unit({ ...all("Đạt"), B1: "KAD", B2: "-" }));
    expect(r.standards[1]).toMatchObject({ applicable: 0, status: "missing" });
    expect(r.gaps).toBe(msg.gapNothingJudged("B"));
    // …but when only some are marked and none of the rest applies to this unit, neither is it.
    const tdp = judge(fw, unit({ ...all("Đạt"), B1: "KAD" }, { unitType: "ban", wardKind: "phuong" }));
    expect(tdp.standards[1]).toMatchObject({ applicable: 0, status: "missing" });
  });
  it("percentTenths of nothing is 0", () => {
    expect(percentTenths(3, 0)).toBe(0);
    expect(percentTenths(0, 0)).toBe(0);
    expect(percentTenths(0, 5)).toBe(0);
    expect(percentTenths(5, 5)).toBe(1000);
  });
});

describe("what the gaps line leaves out", () => {
  it("a blank in a standard that passes anyway is not named when another standard fails", () => {
    const fw = framework("per-standard-threshold", 75);
    const r = judge(fw, unit({ ...all("Đạt"), A1: "", B1: "K" }));
    expect(r.standards.map((s) => s.status)).toEqual(["pass", "fail"]);
    expect(r.missing).toEqual(["A1"]);
    expect(r.gaps).toBe(msg.gapNeedMore("B", 1, ["B1"]));
  });
});
