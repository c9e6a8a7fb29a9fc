/** "Kiểm tra tab này" and the roll-up report the same unit-cell problems for the same cells. */
import { describe, expect, it } from "vitest";
import { builtinFramework } from "../../../src/core/frameworks";
import { validateWardTab } from "../../../src/core/usecases/checkTab";
import { rollupWorkbook } from "../../../src/core/usecases/rollupWorkbook";
import { SHEET } from "../../../src/core/vocabulary";
import { readRoster } from "../../../src/core/workbook/tables";
import { templateSpecs } from "../../../src/xlsx/workbook";

const TAB = "Phường Tân Phong";

function sample(): Map<string, unknown[][]> {
  const plan = templateSpecs({ sample: true });
  if (!plan.ok) throw new Error("no sample");
  return new Map(plan.specs.map((s) => [s.name, s.values.map((r) => [...r]) as unknown[][]]));
}

describe("one list of a unit's cell problems", () => {
  it("a blank, an unreadable value and a hand-typed N/A: the same cells in both", () => {
    const v = sample();
    const tab = v.get(TAB)!;
    const row = (code: string) => tab.findIndex((r) => r[0] === code);
    tab[row("1.3")][3] = ""; // D: blank
    tab[row("2.1")][3] = "đạt lắm"; // unreadable
    tab[row("3.1")][3] = "Không áp dụng"; // hand-typed N/A
    const fw = builtinFramework("laichau-2021")!;
    const roster = readRoster(v.get(SHEET.roster)!).roster;
    const checked = validateWardTab(TAB, tab, fw, roster, 2024).filter((p) => /^D\d+$/.test(p.cell));
    const r = rollupWorkbook(v);
    if (!r.ok) throw new Error("roll-up failed");
    const rolled = r.result.report.problems.filter((p) => p.sheet === TAB && /^D\d+$/.test(p.cell));
    expect(checked.map((p) => p.cell).sort()).toEqual(rolled.map((p) => p.cell).sort());
    expect(checked.map((p) => p.cell).sort()).toEqual(
      [`D${row("1.3") + 1}`, `D${row("2.1") + 1}`, `D${row("3.1") + 1}`].sort(),
    );
    // Same message, the roll-up naming the unit in front.
    for (const p of checked) expect(rolled.find((x) => x.cell === p.cell)!.message).toContain(p.message);
  });
});
