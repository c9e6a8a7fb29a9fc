/** The roll-up's last step: whether the year's rows of Lịch sử công nhận are rewritten, and with what. */
import type { History } from "../model";
import type { Report } from "../report";
import { looseKey } from "../text";

export interface HistoryStep {
  history: History;
  year: number;
  /** The user confirmed rewriting the year's history despite the holds. */
  confirmHistory?: boolean;
  /** Ward tabs whose title names another year. */
  otherYearTabs: string[];
  /** Codes of the units recognized by this roll-up, ward by ward. */
  recognizedNow: string[];
  /** Loose keys of the units of wards without a readable tab: nothing is known about them this year. */
  noDataUnits: Set<string>;
}

/**
 * Whether the year's rows may be rewritten, and what would change. A tab titled with another year,
 * or a year older than the newest in Lịch sử (a closed year), waits for the user's confirmation.
 */
export function historyOutcome(step: HistoryStep): Report["history"] {
  const { history, year, otherYearTabs, recognizedNow, noDataUnits } = step;
  const holds: Report["history"]["holds"] = [];
  if (otherYearTabs.length) holds.push({ kind: "tabYear", sheets: otherYearTabs });
  const newest = history.reduce((m, h) => Math.max(m, h.year), year);
  if (newest > year) holds.push({ kind: "closedYear", newest });
  const before = history.filter((h) => h.year === year && !noDataUnits.has(looseKey(h.unit)));
  const had = new Set(before.map((h) => looseKey(h.unit)));
  const now = new Set(recognizedNow.map(looseKey));
  return {
    written: holds.length === 0 || step.confirmHistory === true,
    holds,
    added: before.length ? recognizedNow.filter((u) => !had.has(looseKey(u))) : [],
    removed: before.filter((h) => !now.has(looseKey(h.unit))).map((h) => h.unit),
  };
}

/**
 * History with year Y replaced by the recognized units. A note the city office typed on a year-Y row
 * survives re-runs; year-Y rows of wards without data stay (a missing tab must not erase them).
 */
export function nextHistory(step: HistoryStep): History {
  const { history, year, recognizedNow, noDataUnits } = step;
  const notes = new Map(
    history.filter((h) => h.year === year && h.note).map((h) => [looseKey(h.unit), h.note]),
  );
  const rows = recognizedNow.map((unit) => {
    const note = notes.get(looseKey(unit));
    return note ? { unit, year, note } : { unit, year };
  });
  const kept = history.filter((h) => h.year !== year || noDataUnits.has(looseKey(h.unit)));
  return [...kept, ...rows];
}
