/**
 * The gaps line and the explanation agree with the standards' counts and with TDP_GAPS (issue 13):
 * a standard whose only unknown cell is unreadable is not "mọi tiêu chí ghi Không áp dụng".
 */
import { describe, expect, it } from "vitest";
import { builtinFramework } from "../../src/core/frameworks";
import { tdpGaps } from "../../src/core/sheetFunctions";
import { msg } from "../../src/core/text/problems";
import { gapsShown, judge } from "../../src/core/verdict";

const lc = builtinFramework("laichau-2021")!;
const values = (over: Record<string, unknown>) => lc.criteria.map((c) => over[c.code] ?? "Đạt");
const input = (over: Record<string, unknown>) => ({
  criteria: Object.fromEntries(lc.criteria.map((c, i) => [c.code, values(over)[i]])),
});

describe("gaps of a unit with an unreadable cell", () => {
  const over = { "5.4": "dat roi" };
  const r = judge(lc, input(over));
  const tc5 = r.standards.find((s) => s.code === "5")!;

  it("TC5 counts 3 of 4 with one cell unknown, so it is undecided", () => {
    expect(tc5).toMatchObject({ passed: 3, applicable: 4, status: "missing", missingCodes: [] });
    expect(r.verdict).toBe("invalid");
  });

  it("never says every criterion is marked Không áp dụng while three passed", () => {
    expect(r.gaps).not.toContain(msg.gapNothingJudged("TC5"));
    expect(r.explanation).not.toContain(msg.gapNothingJudged("TC5"));
    expect(r.gaps).toBe(msg.gapInvalid([msg.cellInvalid("5.4", "dat roi")]));
  });

  it("the explanation is TDP_GAPS's text (same function), ending in a full stop", () => {
    const cell = tdpGaps(values(over).map((v) => [v]));
    expect(gapsShown(r)).toBe(cell);
    expect(r.explanation).toBe(`${cell}.`);
    expect(r.explanation.split(msg.cellInvalid("5.4", "dat roi"))).toHaveLength(2); // said once
  });

  it("keeps the other standards' real gaps in r.gaps", () => {
    const both = judge(lc, input({ ...over, "1.3": "Không đạt" }));
    expect(both.gaps).toBe(
      `${msg.gapInvalid([msg.cellInvalid("5.4", "dat roi")])}; ${msg.gapNeedMore("TC1", 1, ["1.3"])}`,
    );
  });

  it("still says nothing was judged when a standard is entirely Không áp dụng", () => {
    const na = judge(lc, input({ "1.1": "N/A", "1.2": "N/A", "1.3": "N/A", "1.4": "N/A" }));
    expect(na.gaps).toBe(msg.gapNothingJudged("TC1"));
    expect(gapsShown(na)).toBe(
      tdpGaps(values({ "1.1": "N/A", "1.2": "N/A", "1.3": "N/A", "1.4": "N/A" }).map((v) => [v])),
    );
  });
});
