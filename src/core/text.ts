import { fixLegacyText } from "./legacy";

/**
 * Memoises a function of a string: sheets repeat the same few strings endlessly ("Đạt" × 28 × every
 * unit). Bounded: cleared past `limit` distinct inputs so a pathological sheet cannot grow it forever.
 * The bound holds a province's distinct strings (50,000 units, each with its code and its column
 * header): below it the cache is cleared over and over, every roll-up step that looks a code up
 * recomputes it, and the roll-up grows faster than its units.
 */
export function memoize<T>(f: (s: string) => T, limit = 250_000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = f(s);
      if (seen.size > limit) seen.clear();
      seen.set(s, v);
    }
    return v;
  };
}

/**
 * Printable ASCII words with single spaces: already clean and folded but for case (no diacritics to
 * normalise, no legacy encoding, which always uses bytes above 0x7F). Codes and numbers skip the
 * caches: a province has hundreds of thousands of them, and a cache that large costs more than it saves.
 */
const PLAIN = /^[!-~]+(?: [!-~]+)*$/;

/** NFC, legacy TCVN3/VNI fixed, non-breaking and doubled spaces folded, trimmed. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return s.length < 64 && PLAIN.test(s) ? s : cleanString(s);
}

const cleanString = memoize((raw) => {
  const s = raw
    .normalize("NFC")
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return fixLegacyText(s).normalize("NFC");
});

/** A matching key: cleaned, lower case, without diacritics (đ → d). "Tổ dân phố số 05" → "to dan pho so 05". */
export function foldKey(value: unknown): string {
  const s = cleanText(value);
  return s.length < 64 && PLAIN.test(s) ? s.toLowerCase() : foldString(s);
}

const foldString = memoize((s) =>
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

const looseString = memoize((s) =>
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

/** Levenshtein distance (for "did you mean" suggestions only, never for matching). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = keep;
    }
  }
  return prev[b.length];
}
