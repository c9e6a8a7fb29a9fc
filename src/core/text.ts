import { fixLegacyText } from "./legacy";

/** NFC, legacy TCVN3/VNI fixed, non-breaking and doubled spaces folded, trimmed. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = String(value)
    .normalize("NFC")
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return fixLegacyText(s).normalize("NFC");
}

/** A matching key: cleaned, lower case, without diacritics (đ → d). "Tổ dân phố số 05" → "to dan pho so 05". */
export function foldKey(value: unknown): string {
  return cleanText(value)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

/** Like foldKey, also dropping punctuation and leading zeros in numbers: "TDP số 05" ~ "tdp so 5". */
export function looseKey(value: unknown): string {
  return foldKey(value)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\b0+(\d)/g, "$1")
    .trim();
}

/** Compare Vietnamese strings naturally: "số 2" before "số 10", diacritics-aware. */
export function naturalCompare(a: string, b: string): number {
  // Hand-rolled rather than Intl.Collator: Apps Script's ICU data is not guaranteed to match Node's.
  const ca = chunks(a);
  const cb = chunks(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i];
    const y = cb[i];
    const bothNumbers = /^\d/.test(x) && /^\d/.test(y);
    const d = bothNumbers ? Number(x) - Number(y) : compareText(x, y);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  if (ca.length !== cb.length) return ca.length < cb.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function chunks(s: string): string[] {
  return foldKey(s).match(/\d+|\D+/g) ?? [];
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Makes a cell value safe to write into a spreadsheet as text (no formula injection). */
export function asSafeText(value: string): string {
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}
