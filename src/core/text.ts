import { fixLegacyText } from "./legacy";

/** Memoises a string → string function (bounded: cleared past 20,000 distinct inputs). */
function memoText(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = f(s);
      if (seen.size > 20_000) seen.clear();
      seen.set(s, v);
    }
    return v;
  };
}

/** NFC, legacy TCVN3/VNI fixed, non-breaking and doubled spaces folded, trimmed. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return cleanString(String(value));
}

const cleanString = memoText((raw) => {
  const s = raw
    .normalize("NFC")
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return fixLegacyText(s).normalize("NFC");
});

/** A matching key: cleaned, lower case, without diacritics (đ → d). "Tổ dân phố số 05" → "to dan pho so 05". */
export function foldKey(value: unknown): string {
  return foldString(cleanText(value));
}

const foldString = memoText((s) =>
  s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC"),
);

/** Like foldKey, also dropping punctuation and leading zeros in numbers: "TDP số 05" ~ "tdp so 5". */
export function looseKey(value: unknown): string {
  return looseString(foldKey(value));
}

const looseString = memoText((s) =>
  s
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\b0+(\d)/g, "$1")
    .trim(),
);

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
