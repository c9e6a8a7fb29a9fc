/**
 * Matching unit columns of a ward tab to the roster. Units are matched by their stable code; a header
 * without a known code is matched only when its name is the roster name up to case, diacritics-free
 * spacing and leading zeros ("số 05" = "số 5") — and that is reported. A near miss ("Xéo Sin Chải"
 * for "Xéo Xin Chải") is never merged: it is reported with the closest roster name.
 */
import { a1 } from "../a1";
import { activeIn, type Roster, type Unit, unitsByLooseCode, unitsOfWard, type Ward } from "../model";
import type { Problem } from "../problem";
import { cleanText, editDistance, looseKey } from "../text";
import { PROBLEM } from "../text/problems";
import type { UnitColumnRead, WardTabRead } from "./wardTab";

export interface MatchedColumn {
  column: UnitColumnRead;
  unit: Unit;
}

export interface ColumnMatch {
  matched: MatchedColumn[];
  problems: Problem[];
}

/** The closest roster unit by name (diacritics-free edit distance ≤ 3), for a suggestion only. */
export function closestUnit(name: string, candidates: readonly Unit[]): Unit | undefined {
  const key = looseKey(name);
  let best: Unit | undefined;
  let bestD = 4;
  for (const u of candidates) {
    const d = editDistance(key, looseKey(u.name));
    if (d < bestD) {
      best = u;
      bestD = d;
    }
  }
  return best;
}

const sameName = (s: string) => cleanText(s).toLocaleLowerCase("vi");

export function matchColumns(
  read: WardTabRead,
  roster: Roster,
  ward: Ward,
  year: number | undefined,
): ColumnMatch {
  const problems: Problem[] = [];
  const matched: MatchedColumn[] = [];
  const wardUnits = unitsOfWard(roster, ward.code);
  const seen = new Map<string, string>();
  for (const column of read.unitColumns) {
    const cell = a1(read.headerRow, column.col);
    const say = (message: string) =>
      problems.push({ sheet: read.sheet, cell, value: column.header, message });
    if (!column.header) {
      if (column.hasData) say(PROBLEM.columnWithoutUnit);
      continue;
    }
    const unit = unitOfColumn(column, unitsByLooseCode(roster), wardUnits, say);
    if (!unit) continue;
    if (unit.ward !== ward.code) {
      const home = roster.wards.find((w) => w.code === unit.ward)?.name ?? unit.ward;
      say(PROBLEM.unitOtherWard(unit.code, home, ward.name));
      continue;
    }
    const first = seen.get(unit.code);
    if (first) {
      say(PROBLEM.unitDuplicateColumn(unit.code, first));
      continue;
    }
    seen.set(unit.code, cell.replace(/\d+$/, ""));
    if (year !== undefined && !activeIn(unit, year))
      say(PROBLEM.unitInactive(unit.code, year, unit.from, unit.until));
    matched.push({ column, unit });
  }
  return { matched, problems };
}

/** The roster unit a column header names: by code, else by its exact name in the ward (reported). */
function unitOfColumn(
  column: UnitColumnRead,
  byCode: ReadonlyMap<string, Unit>,
  wardUnits: readonly Unit[],
  say: (message: string) => void,
): Unit | undefined {
  const unit = column.code ? byCode.get(looseKey(column.code)) : byCode.get(looseKey(column.name));
  if (unit) {
    // Matched by code; the name is compared strictly (only case, spaces and NFC/NFD are forgiven), so
    // "Sùng Chô" for "Sùng Chồ" or "số 05" for "số 5" is reported, never silently accepted.
    if (column.name && sameName(column.name) !== sameName(unit.name))
      say(PROBLEM.unitNameDiffers(column.name, unit.name, unit.code));
    return unit;
  }
  const byName = wardUnits.filter((u) => looseKey(u.name) === looseKey(column.name || column.code));
  if (byName.length === 1) {
    say(PROBLEM.unitMatchedByName(column.code, byName[0].code, byName[0].name));
    return byName[0];
  }
  say(PROBLEM.unitUnknown(closestUnit(column.name || column.code, wardUnits)));
  return undefined;
}
