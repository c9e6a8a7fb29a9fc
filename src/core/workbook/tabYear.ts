/** The year a ward tab's title names ("BIỂU ĐÁNH GIÁ … – NĂM 2024"), to catch a tab of another year. */
import { a1 } from "../a1";
import { cleanText, foldKey } from "../text";

export interface TitleYear {
  year: number;
  cell: string;
  text: string;
}

/** The first "NĂM yyyy" above the header row (a letterhead may push the title down). */
export function tabTitleYear(values: unknown[][], headerRow: number): TitleYear | undefined {
  for (let r = 1; r < headerRow; r++) {
    const row = values[r - 1] ?? [];
    for (let c = 1; c <= row.length; c++) {
      const m = /\bnam\s+(\d{4})\b/.exec(foldKey(row[c - 1]));
      if (m) return { year: Number(m[1]), cell: a1(r, c), text: cleanText(row[c - 1]) };
    }
  }
  return undefined;
}
