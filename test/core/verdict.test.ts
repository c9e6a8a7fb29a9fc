import { describe, expect, it } from "vitest";
import { builtinFramework } from "../../src/core/frameworks";
import { judge, neededFor, percentTenths, standardLabel, verdictLabel } from "../../src/core/verdict";

const lc = builtinFramework("laichau-2021")!;
const qv = builtinFramework("quynhvinh-6k3c")!;
const allPass = () => Object.fromEntries(lc.criteria.map((c) => [c.code, "Đạt"])) as Record<string, unknown>;
const withValues = (over: Record<string, unknown>) => ({ ...allPass(), ...over });

describe("threshold arithmetic", () => {
  it("needs 4 of 4, 6 of 7, 4 of 5 at 80%", () => {
    expect(neededFor(80, 4)).toBe(4);
    expect(neededFor(80, 7)).toBe(6);
    expect(neededFor(80, 5)).toBe(4);
    expect(neededFor(80, 0)).toBe(0);
    expect(neededFor(100, 3)).toBe(3);
  });
  it("rounds percentages half up in tenths with integers", () => {
    expect(percentTenths(6, 7)).toBe(857);
    expect(percentTenths(35, 32)).toBe(1094);
    expect(percentTenths(35, 26)).toBe(1346);
    expect(percentTenths(1, 8)).toBe(125); // 12.5 exactly
    expect(percentTenths(1, 3)).toBe(333);
    expect(percentTenths(2, 3)).toBe(667);
  });
});

describe("judge: Lai Châu 2021", () => {
  it("all Đạt is recognized", () => {
    const r = judge(lc, { criteria: allPass() });
    expect(r.verdict).toBe("pass");
    expect(verdictLabel(r)).toBe("Đạt");
    expect(r.gaps).toBe("");
  });
  it("3 of 4 in TC1 (75%) fails", () => {
    const r = judge(lc, { criteria: withValues({ "1.3": "Không đạt" }) });
    expect(r.verdict).toBe("fail");
    expect(r.standards[0]).toMatchObject({ passed: 3, applicable: 4, needed: 4, status: "fail" });
    expect(r.gaps).toBe("TC1: cần thêm 1 tiêu chí (1.3 không đạt)");
  });
  it("6 of 7 in TC2 passes, 5 of 7 fails", () => {
    expect(judge(lc, { criteria: withValues({ "2.1": "K" }) }).verdict).toBe("pass");
    const r = judge(lc, { criteria: withValues({ "2.1": "K", "2.2": "K" }) });
    expect(r.verdict).toBe("fail");
    expect(r.standards[1]).toMatchObject({ passed: 5, applicable: 7, needed: 6 });
  });
  it("4 of 5 in TC3 passes, 3 of 5 fails", () => {
    expect(judge(lc, { criteria: withValues({ "3.5": "Không đạt" }) }).verdict).toBe("pass");
    expect(judge(lc, { criteria: withValues({ "3.5": "Không đạt", "3.4": "KĐ" }) }).verdict).toBe("fail");
  });
  it("two N/A in TC2 and one fail: 4 of 5 passes", () => {
    const r = judge(lc, {
      criteria: withValues({ "2.6": "Không áp dụng", "2.7": "N/A", "2.1": "Không đạt" }),
    });
    expect(r.standards[1]).toMatchObject({ passed: 4, applicable: 5, needed: 4, status: "pass" });
    expect(r.verdict).toBe("pass");
  });
  it("a disqualifying case fails an otherwise perfect unit", () => {
    const r = judge(lc, { criteria: allPass(), disqualifiers: { "II.2": "Có" } });
    expect(r.verdict).toBe("fail");
    expect(r.disqualified).toEqual(["II.2"]);
    expect(r.gaps).toBe("có trường hợp II.2");
  });
  it("the gaps line of the issue", () => {
    const r = judge(lc, { criteria: withValues({ "1.3": "Không đạt" }), disqualifiers: { "II.2": true } });
    expect(r.gaps).toBe("TC1: cần thêm 1 tiêu chí (1.3 không đạt); có trường hợp II.2");
  });
  it("a blank cell the verdict needs gives Thiếu dữ liệu", () => {
    const r = judge(lc, { criteria: withValues({ "1.2": "" }) });
    expect(r.verdict).toBe("missing");
    expect(verdictLabel(r)).toBe("Thiếu dữ liệu");
    expect(r.missing).toEqual(["1.2"]);
    expect(r.gaps).toBe("TC1: còn trống 1.2");
  });
  it("a blank cell that cannot change the outcome does not block the verdict", () => {
    // TC2: 6 passed of 7 even if 2.3 were failed → passes whatever 2.3 says.
    expect(judge(lc, { criteria: withValues({ "2.3": "" }) }).verdict).toBe("pass");
    // TC1 already fails with two fails, whatever the blank says.
    expect(judge(lc, { criteria: withValues({ "1.1": "K", "1.2": "K", "1.3": "" }) }).verdict).toBe("fail");
  });
  it("an unreadable cell gives Lỗi naming criterion and value", () => {
    const r = judge(lc, { criteria: withValues({ "4.2": "dat roi" }) });
    expect(r.verdict).toBe("invalid");
    expect(verdictLabel(r)).toBe(
      "Lỗi: tiêu chí 4.2: giá trị “dat roi” không hiểu được (dùng Đạt / Không đạt / Không áp dụng)",
    );
  });
  it("an unreadable disqualifier is reported too", () => {
    const r = judge(lc, { criteria: allPass(), disqualifiers: { "II.1": "hmm" } });
    expect(r.verdict).toBe("invalid");
    expect(r.invalid[0].code).toBe("II.1");
  });
  it("formats a standard like 6/7 (85,7%) – đạt", () => {
    const r = judge(lc, { criteria: withValues({ "2.1": "K" }) });
    expect(standardLabel(r.standards[1])).toBe("6/7 (85,7%) – đạt");
    expect(standardLabel(judge(lc, { criteria: withValues({ "1.1": "K" }) }).standards[0])).toBe(
      "3/4 (75,0%) – không đạt",
    );
  });
  it("a standard marked entirely Không áp dụng cannot pass vacuously", () => {
    const r = judge(lc, { criteria: withValues({ "1.1": "N/A", "1.2": "N/A", "1.3": "-", "1.4": "KAD" }) });
    expect(r.standards[0]).toMatchObject({ applicable: 0, status: "missing" });
    expect(r.verdict).toBe("missing");
    expect(r.gaps).toBe("TC1: mọi tiêu chí ghi Không áp dụng, chưa có gì để đánh giá");
    expect(r.notApplicable).toEqual(["1.1", "1.2", "1.3", "1.4"]);
  });
  it("respects criterion applicability by unit type when known", () => {
    const fw = {
      ...lc,
      criteria: lc.criteria.map((c) => (c.code === "2.6" ? { ...c, unitTypes: ["tdp" as const] } : c)),
    };
    const r = judge(fw, { criteria: withValues({ "2.6": "", "2.1": "K" }), unitType: "ban" });
    expect(r.standards[1]).toMatchObject({ passed: 5, applicable: 6, needed: 5, status: "pass" });
  });
});

describe("judge: all must pass (Quỳnh Vinh)", () => {
  const all = Object.fromEntries(qv.criteria.map((c) => [c.code, "Đạt"]));
  it("every criterion passed → Đạt", () => expect(judge(qv, { criteria: all }).verdict).toBe("pass"));
  it("one failed → Không đạt", () => {
    const r = judge(qv, { criteria: { ...all, K3: "Không đạt" } });
    expect(r.verdict).toBe("fail");
    expect(r.failing).toEqual(["K3"]);
  });
  it("N/A leaves the denominator", () =>
    expect(judge(qv, { criteria: { ...all, C1: "KAD" } }).verdict).toBe("pass"));
});
