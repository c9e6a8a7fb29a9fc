/**
 * The ward tab's layout, declared once: where its rows and columns are, the header labels and the
 * row labels, all from the vocabulary. wardTabSpec writes what this declares; readWardTab finds it
 * by the same words, leniently (case, NFC/NFD, diacritics and spaces do not matter; see
 * labelMatches), so a header renamed in the vocabulary changes the writer and the reader together.
 *
 *   row 1  title
 *   row 2  A ward-code label ("Mã xã, phường": the framework's word) | B ward code | C ward name
 *   row 3  A code header | B text header | one column per unit | note header
 *   row 4… standards with their criteria, the disqualifier heading and cases, result rows, appraisal
 */
import { foldKey } from "../text";
import { HEAD } from "../vocabulary";

/** A header as written, and how much of it a typed header must start with. */
export interface HeaderLabel {
  text: string;
  /**
   * Only its first words identify it ("Nội dung" of "Nội dung tiêu chí"): a cell starting with them
   * matches, so a ward may shorten or extend the rest. Omitted: the whole label, exactly.
   */
  keyWords?: number;
}

export interface WardTabLayout {
  titleRow: number;
  /** The ward-code row: its label (the framework's ward word), the code and the name, left to right. */
  wardRow: number;
  wardLabelCol: number;
  /** The ward-code cell (B2): the roll-up and set-up find a renamed tab by it. */
  wardCodeCol: number;
  wardNameCol: number;
  /**
   * The ward-code label for a framework's ward word. The reader takes any label made of its fixed
   * words followed by others ("Mã thôn", "Mã xã, phường") as the ward code, anywhere above the header row.
   */
  wardCodeLabel: (wardWord: string) => string;
  headerRow: number;
  firstBodyRow: number;
  /** The fixed columns before the units: the row code (read back) and the row text. */
  codeCol: number;
  textCol: number;
  firstUnitCol: number;
  headers: {
    code: HeaderLabel;
    text: HeaderLabel;
    /** Right after the last unit column; the reader takes the first one from firstUnitCol on. */
    note: HeaderLabel;
  };
  /** A unit column's header, "TP-TDP05 – Tổ dân phố số 5" (read back by parseUnitHeader: any dash). */
  unitHeader: (code: string, name: string) => string;
  /** Column widths in pixels: the code and text columns, each unit, the note. */
  widths: { code: number; text: number; unit: number; note: number };
  /** The row kinds and the words that identify them (column A codes, column B labels). */
  rows: {
    standardHeading: (code: string, name: string) => string;
    /** Column A of the heading over the disqualifying cases (II.1 …). */
    disqualifierHeadingCode: string;
    disqualifierHeading: string;
    /** Appended to the text of a row whose code left the framework (kept at the bottom). */
    removedFlag: string;
    /** Result rows: column A blank, column B one of these labels. */
    resultStandard: (standardCode: string) => string;
    /** How every standard's result label starts. */
    resultPrefix: string;
    resultGaps: string;
    resultVerdict: string;
    /** The city's appraisal row: found by its column-A code. */
    appraisalCode: string;
    appraisalText: string;
  };
}

export const WARD_TAB: WardTabLayout = {
  titleRow: 1,
  wardRow: 2,
  wardLabelCol: 1,
  wardCodeCol: 2,
  wardNameCol: 3,
  wardCodeLabel: HEAD.wardCodeLabel,
  headerRow: 3,
  firstBodyRow: 4,
  codeCol: 1,
  textCol: 2,
  firstUnitCol: 3,
  headers: {
    code: { text: HEAD.wardCodeHeader },
    text: { text: HEAD.wardTextHeader, keyWords: 2 },
    note: { text: HEAD.wardNoteHeader, keyWords: 2 },
  },
  unitHeader: HEAD.unitHeader,
  // Narrow unit columns ("Không áp dụng" fits in 100 px at 11 pt): five units beside A:B on an A4
  // landscape page, and a tab of up to five units fits one page wide at ≥ 10 pt (wardTab.ts fitsShrunk).
  widths: { code: 48, text: 330, unit: 100, note: 140 },
  rows: {
    standardHeading: HEAD.standardHeading,
    disqualifierHeadingCode: "II",
    disqualifierHeading: HEAD.disqualifierHeading,
    removedFlag: HEAD.flagRemovedCriterion,
    resultStandard: HEAD.resultStandard,
    resultPrefix: HEAD.resultPrefix,
    resultGaps: HEAD.resultGaps,
    resultVerdict: HEAD.resultVerdict,
    appraisalCode: HEAD.appraisalCode,
    appraisalText: HEAD.resultAppraisal,
  },
};

/**
 * The ward tab on paper and on screen: one font (Times New Roman, the decree's typeface), 11 pt:
 * the tab prints at 100 % (see wardTabSpec), so 11 pt is 11 pt on paper, above the 10 pt floor,
 * and the long criterion texts take fewer lines — fewer pages — than at 12 pt. The title is 14 pt.
 */
export const WARD_TAB_PRINT = {
  font: "Times New Roman",
  size: 11,
  titleSize: 14,
  /** The smallest size the text may shrink to on paper when the tab is fitted to the page width. */
  minPrintedSize: 10,
} as const;

/** Whether a cell holds the header `h` (leniently: foldKey, and only its key words when declared). */
export function labelMatches(cell: unknown, h: HeaderLabel): boolean {
  const typed = foldKey(cell);
  const label = foldKey(h.text);
  if (h.keyWords === undefined) return typed === label;
  const key = label.split(" ").slice(0, h.keyWords).join(" ");
  return key !== "" && typed.startsWith(key);
}

/** Whether a cell is a ward-code label: the label's fixed words, then the framework's word(s). */
export function isWardCodeLabel(cell: unknown, layout: WardTabLayout = WARD_TAB): boolean {
  const fixed = foldKey(layout.wardCodeLabel(""));
  return foldKey(cell).startsWith(`${fixed} `);
}

/** Whether a column-B label (column A blank) is one of the result rows the writer puts under the body. */
export function isResultLabel(cell: unknown, layout: WardTabLayout = WARD_TAB): boolean {
  const label = foldKey(cell);
  const { resultPrefix, resultGaps, resultVerdict } = layout.rows;
  return [resultPrefix, resultGaps, resultVerdict].some((w) => label.startsWith(foldKey(w)));
}
