/** The roll-up's first step: each ward's tab, what is wrong with the tab as a whole, the tabs nobody claims. */
import { a1 } from "../a1";
import { showValue } from "../cell";
import type { Ward } from "../model";
import type { Problem } from "../problem";
import { cleanText, foldKey } from "../text";
import { PROBLEM } from "../text/problems";
import { SHEET } from "../vocabulary";
import { tabTitleYear } from "../workbook/tabYear";
import type { FoundTab, Workbook } from "../workbook/workbook";

/**
 * The name of the ward's tab: the sheet named like Danh mục says, else the first whose B2 holds the
 * ward's code. A ward whose tab name Danh mục gave to another ward is found by its code only.
 */
export function findWardTab(book: Workbook, ward: Ward): string | undefined {
  const byName = ward.sharedTab ? undefined : book.find(ward.tab);
  return byName ? byName[0] : book.tabsWithWardCode(ward)[0]?.name;
}

/** The problems of a readable tab as a whole: a title of another year, stray values, a name or code off. */
export function tabProblems(
  tab: FoundTab,
  ward: Ward,
  year: number,
): { problems: Problem[]; otherYear: boolean } {
  const { name: sheet, read } = tab;
  const problems: Problem[] = [];
  const title = tabTitleYear(tab.values, read.headerRow);
  const otherYear = title !== undefined && title.year !== year;
  if (title && otherYear)
    problems.push({
      sheet,
      cell: title.cell,
      value: title.text,
      message: PROBLEM.tabYearDiffers(title.year, year),
    });
  problems.push(...beyondNotes(tab));
  const at = (message: string): Problem => ({ sheet, cell: "B2", value: read.wardCode, message });
  if (foldKey(sheet) !== foldKey(ward.tab))
    problems.push(at(PROBLEM.wardTabRenamed(ward.name, sheet, ward.tab)));
  else if (read.wardCode && foldKey(read.wardCode) !== foldKey(ward.code))
    problems.push(at(PROBLEM.wardCodeDiffers(ward.code)));
  return { problems, otherYear };
}

/** Every value typed right of the Ghi chú column, from the header row down: the roll-up ignores it. */
function beyondNotes({ name: sheet, values, read }: FoundTab): Problem[] {
  if (!read.noteCol) return [];
  const out: Problem[] = [];
  for (let r = read.headerRow; r <= values.length; r++) {
    const row = values[r - 1] ?? [];
    for (let c = read.noteCol + 1; c <= row.length; c++) {
      const v = row[c - 1];
      if (cleanText(v) !== "")
        out.push({ sheet, cell: a1(r, c), value: showValue(v), message: PROBLEM.beyondNotes });
    }
  }
  return out;
}

/** Ward-like tabs (readable as a ward tab) that no roster ward claims; `claimed` holds folded names. */
export function unclaimedTabs(book: Workbook, claimed: ReadonlySet<string>): Problem[] {
  return book
    .otherSheets()
    .filter((name) => !claimed.has(foldKey(name)))
    .flatMap((name) => book.readableTab(name) ?? [])
    .map((tab) => ({
      sheet: tab.name,
      cell: "B2",
      value: tab.read.wardCode,
      message: PROBLEM.tabNotInRoster(SHEET.roster),
    }));
}
