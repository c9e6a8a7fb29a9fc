/** Small formatting helpers shared by the display-text modules. */

export const q = (v: unknown) => `“${String(v)}”`;

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Vietnamese number with a decimal comma and one decimal, from an integer count of tenths. */
/** 50000 → "50.000" (Vietnamese digit grouping; no Intl, which Apps Script does not fully have). */
export function thousandsVi(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export function tenthsToVi(tenths: number): string {
  const sign = tenths < 0 ? "-" : "";
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / 10)},${abs % 10}`;
}
