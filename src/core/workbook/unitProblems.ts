/**
 * The problems of one unit's column on a ward tab: unreadable cells, hand-typed "Không áp dụng" on
 * a criterion the framework does not restrict, and blanks the verdict needs. One function, so that
 * "Kiểm tra tab này" and the roll-up report the same problems for the same cells.
 */
import { a1 } from "../a1";
import type { Framework } from "../framework";
import type { Unit, Ward } from "../model";
import type { Problem } from "../problem";
import { msg, PROBLEM } from "../text/problems";
import { judge } from "../verdict";
import { CELL_WORDS } from "../vocabulary";
import { unitInputAt, type WardTabRead } from "./wardTab";

export type Verdict = ReturnType<typeof judge>;

/** The unit's verdict from its column, with the framework's restrictions by unit type and area. */
export function judgeColumn(
  fw: Framework,
  read: WardTabRead,
  values: unknown[][],
  col: number,
  unit: Unit,
  ward: Ward,
): Verdict {
  return judge(fw, { ...unitInputAt(read, values, col, fw), unitType: unit.type, wardKind: ward.kind });
}

/**
 * `named`: messages start with the unit's code (the roll-up lists every tab's problems together;
 * "Kiểm tra tab này" shows one tab, where the cell says enough).
 */
export function unitCellProblems(
  fw: Framework,
  read: WardTabRead,
  col: number,
  unit: Unit,
  verdict: Verdict,
  named = true,
): Problem[] {
  const sheet = read.sheet;
  const say = (message: string) => (named ? PROBLEM.forUnit(unit.code, message) : message);
  const at = (code: string) => {
    const r = read.rowOf.get(code);
    return r ? a1(r, col) : "";
  };
  const out: Problem[] = verdict.invalid.map((bad) => ({
    sheet,
    cell: at(bad.code),
    value: bad.value,
    message: bad.message,
  }));
  for (const code of verdict.notApplicable) {
    const c = fw.criteria.find((x) => x.code === code);
    if (c?.unitTypes || c?.wardKinds) continue; // the framework itself restricts it: expected
    out.push({
      sheet,
      cell: at(code),
      value: CELL_WORDS.na,
      message: say(msg.notApplicableNote(code)),
    });
  }
  for (const code of verdict.missing)
    out.push({
      sheet,
      cell: at(code),
      value: "",
      message: say(msg.cellMissing(code)),
    });
  return out;
}
