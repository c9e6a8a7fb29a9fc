/** Time zones and the locale the workbook is meant to use (Việt Nam: UTC+7, no daylight saving). */

export const WORKBOOK_LOCALE = "vi_VN";
export const WORKBOOK_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Zones whose calendar date is always the one of Asia/Ho_Chi_Minh (UTC+7 all year). */
const UTC7_ZONES = new Set([
  "asia/ho_chi_minh",
  "asia/saigon",
  "asia/bangkok",
  "asia/phnom_penh",
  "asia/vientiane",
  "asia/jakarta",
  "etc/gmt-7", // POSIX sign: Etc/GMT-7 is UTC+7
]);

/** True for UTC+7 zones, including offsets written as "GMT+07:00", "GMT+7" or "UTC+07:00". */
export function isUtcPlus7(zone: string): boolean {
  const z = zone.trim().toLowerCase();
  return UTC7_ZONES.has(z) || /^(gmt|utc)\+0?7(:00)?$/.test(z);
}
