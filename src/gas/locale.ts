/** Set-up puts the spreadsheet in Vietnamese locale and time zone, and says when it changed them. */
import { REPORT_LINE } from "../core/text/sheets";
import { isUtcPlus7, WORKBOOK_LOCALE, WORKBOOK_TIME_ZONE } from "../core/timeZone";
import type { GSpreadsheet } from "./types";

/**
 * vi_VN makes Sheets show 109,4% and 18/11/2024 the way the seeds write them; UTC+7 makes "today"
 * the Vietnamese date. A zone that already is UTC+7 (e.g. "GMT+07:00") is left alone.
 */
export function ensureVietnameseSettings(ss: GSpreadsheet): string[] {
  const lines: string[] = [];
  const locale = ss.getSpreadsheetLocale();
  if (locale !== WORKBOOK_LOCALE) {
    ss.setSpreadsheetLocale(WORKBOOK_LOCALE);
    lines.push(REPORT_LINE.localeSet(locale));
  }
  const zone = ss.getSpreadsheetTimeZone();
  if (!isUtcPlus7(zone)) {
    ss.setSpreadsheetTimeZone(WORKBOOK_TIME_ZONE);
    lines.push(REPORT_LINE.timeZoneSet(zone));
  }
  return lines;
}
