/**
 * Legacy Vietnamese 8-bit encodings pasted into Unicode cells.
 *
 * Text typed with the old TCVN3 (ABC: ".VnTime", ".VnArial") or VNI-Windows ("VNI-Times") fonts is stored
 * as single bytes; in a Unicode spreadsheet each byte shows up as the Windows-1252 / Latin-1 character of
 * the same code: TCVN3 "Kh«ng ®¹t", VNI "Khoâng ñaït" for "Không đạt".
 *
 * Pure TypeScript (no TextDecoder, no Buffer, no DOM): also runs in Google Apps Script V8.
 */

/** The 12 Vietnamese vowels, each with its 6 tones: none, sắc (acute), huyền (grave), hỏi, ngã, nặng. */
const ROWS_LOWER = [
  "aáàảãạ",
  "ăắằẳẵặ",
  "âấầẩẫậ",
  "eéèẻẽẹ",
  "êếềểễệ",
  "iíìỉĩị",
  "oóòỏõọ",
  "ôốồổỗộ",
  "ơớờởỡợ",
  "uúùủũụ",
  "ưứừửữự",
  "yýỳỷỹỵ",
];
const ROWS_UPPER = [
  "AÁÀẢÃẠ",
  "ĂẮẰẲẴẶ",
  "ÂẤẦẨẪẬ",
  "EÉÈẺẼẸ",
  "ÊẾỀỂỄỆ",
  "IÍÌỈĨỊ",
  "OÓÒỎÕỌ",
  "ÔỐỒỔỖỘ",
  "ƠỚỜỞỠỢ",
  "UÚÙỦŨỤ",
  "ƯỨỪỬỮỰ",
  "YÝỲỶỸỴ",
];

// ---------------------------------------------------------------------------------------------------------
// TCVN3 (TCVN 5712:1993 VN3, the ABC fonts)
// ---------------------------------------------------------------------------------------------------------

/**
 * TCVN3 byte of each lowercase letter, rows and tone order as ROWS_LOWER. Codes below 0x80 are the ASCII
 * letter itself. Bytes 0xA1–0xFE are read identically as Windows-1252 and Latin-1.
 */
const TCVN3_CODES: number[][] = [
  [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9], // a á à ả ã ạ
  [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6], // ă ắ ằ ẳ ẵ ặ
  [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb], // â ấ ầ ẩ ẫ ậ
  [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1], // e é è ẻ ẽ ẹ
  [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6], // ê ế ề ể ễ ệ
  [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde], // i í ì ỉ ĩ ị
  [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4], // o ó ò ỏ õ ọ
  [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9], // ô ố ồ ổ ỗ ộ
  [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee], // ơ ớ ờ ở ỡ ợ
  [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4], // u ú ù ủ ũ ụ
  [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9], // ư ứ ừ ử ữ ự   (0xAD is the soft hyphen U+00AD)
  [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe], // y ý ỳ ỷ ỹ ỵ
];
/** The only uppercase letters TCVN3 has (tone-marked capitals reuse the lowercase codes in ".VnTimeH"). */
const TCVN3_UPPER_CODES: [number, string][] = [
  [0xa1, "Ă"],
  [0xa2, "Â"],
  [0xa3, "Ê"],
  [0xa4, "Ô"],
  [0xa5, "Ơ"],
  [0xa6, "Ư"],
  [0xa7, "Đ"],
  [0xae, "đ"],
];

/** [TCVN3 character as seen in a Unicode cell, Unicode letter], 7 + 1 + 67 − 6 entries. */
export const TCVN3_TABLE: ReadonlyArray<readonly [string, string]> = (() => {
  const out: [string, string][] = [];
  for (const [code, u] of TCVN3_UPPER_CODES) out.push([String.fromCharCode(code), u]);
  TCVN3_CODES.forEach((row, r) => {
    row.forEach((code, t) => {
      if (code >= 0x80) out.push([String.fromCharCode(code), ROWS_LOWER[r][t]]);
    });
  });
  return out;
})();

const TCVN3_DECODE = new Map<string, string>(TCVN3_TABLE.map(([k, v]) => [k, v]));

/** TCVN3 text (as Windows-1252 / Latin-1 characters) to Unicode NFC. Tone-marked capitals come out lowercase. */
export function decodeTcvn3(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const m = TCVN3_DECODE.get(ch);
    out += m === undefined ? ch : m;
  }
  return out.normalize("NFC");
}

// ---------------------------------------------------------------------------------------------------------
// VNI-Windows
// ---------------------------------------------------------------------------------------------------------

// Modifier characters following a base letter; index = tone as in ROWS_*.
const VNI_TONE_L = ["", "ù", "ø", "û", "õ", "ï"];
const VNI_TONE_U = ["", "Ù", "Ø", "Û", "Õ", "Ï"];
const VNI_CIRC_L = ["â", "á", "à", "å", "ã", "ä"]; // circumflex (+ tone) on a, e, o
const VNI_CIRC_U = ["Â", "Á", "À", "Å", "Ã", "Ä"];
const VNI_BREVE_L = ["ê", "é", "è", "ú", "ü", "ë"]; // breve (+ tone) on a
const VNI_BREVE_U = ["Ê", "É", "È", "Ú", "Ü", "Ë"];
// i and ỵ are single characters; ơ = "ô" and ư = "ö" are single-character bases taking tone modifiers.
const VNI_I_L = ["i", "í", "ì", "æ", "ó", "ò"];
const VNI_I_U = ["I", "Í", "Ì", "Æ", "Ó", "Ò"];
const VNI_Y_L = ["y", "yù", "yø", "yû", "yõ", "î"];
const VNI_Y_U = ["Y", "YÙ", "YØ", "YÛ", "YÕ", "Î"];

function vniRow(r: number, upper: boolean): string[] {
  const tone = upper ? VNI_TONE_U : VNI_TONE_L;
  const circ = upper ? VNI_CIRC_U : VNI_CIRC_L;
  const breve = upper ? VNI_BREVE_U : VNI_BREVE_L;
  const with_ = (base: string, mods: string[]) => mods.map((m) => base + m);
  const a = upper ? "A" : "a";
  const e = upper ? "E" : "e";
  const o = upper ? "O" : "o";
  const u = upper ? "U" : "u";
  switch (r) {
    case 0:
      return with_(a, tone);
    case 1:
      return with_(a, breve);
    case 2:
      return with_(a, circ);
    case 3:
      return with_(e, tone);
    case 4:
      return with_(e, circ);
    case 5:
      return upper ? VNI_I_U : VNI_I_L;
    case 6:
      return with_(o, tone);
    case 7:
      return with_(o, circ);
    case 8:
      return with_(upper ? "Ô" : "ô", tone);
    case 9:
      return with_(u, tone);
    case 10:
      return with_(upper ? "Ö" : "ö", tone);
    default:
      return upper ? VNI_Y_U : VNI_Y_L;
  }
}

/** [VNI spelling as seen in a Unicode cell, Unicode letter]: every Vietnamese letter (both cases) + đ/Đ. */
export const VNI_TABLE: ReadonlyArray<readonly [string, string]> = (() => {
  const out: [string, string][] = [];
  for (const upper of [false, true]) {
    const rows = upper ? ROWS_UPPER : ROWS_LOWER;
    rows.forEach((row, r) => {
      vniRow(r, upper).forEach((spelling, t) => {
        if (spelling !== row[t]) out.push([spelling, row[t]]);
      });
    });
  }
  out.push(["ñ", "đ"], ["Ñ", "Đ"]);
  return out;
})();

/** Decoding map: VNI_TABLE plus tolerated mixed-case pairs ("Aù" → "Á", "aÙ" → "á") and "yï" → "ỵ". */
const VNI_DECODE = (() => {
  const m = new Map<string, string>(VNI_TABLE.map(([k, v]) => [k, v]));
  for (const [k, v] of VNI_TABLE) {
    if (k.length !== 2) continue;
    const [b, mod] = [k.charAt(0), k.charAt(1)];
    const flipped = mod === mod.toUpperCase() ? mod.toLowerCase() : mod.toUpperCase();
    if (!m.has(b + flipped)) m.set(b + flipped, v);
  }
  for (const [k, v] of [
    ["yï", "ỵ"],
    ["yÏ", "ỵ"],
    ["YÏ", "Ỵ"],
    ["Yï", "Ỵ"],
  ]) {
    if (!m.has(k)) m.set(k, v);
  }
  return m;
})();

/** VNI-Windows text (as Windows-1252 / Latin-1 characters) to Unicode NFC. */
export function decodeVni(s: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    if (i + 1 < s.length) {
      const two = VNI_DECODE.get(s.substr(i, 2));
      if (two !== undefined) {
        out += two;
        i += 2;
        continue;
      }
    }
    const ch = s.charAt(i);
    const one = VNI_DECODE.get(ch);
    out += one === undefined ? ch : one;
    i++;
  }
  return out.normalize("NFC");
}

// ---------------------------------------------------------------------------------------------------------
// Vietnamese syllable check (used by the detection heuristics)
// ---------------------------------------------------------------------------------------------------------

/** Lowercase vowel (any tone) → [vowel without tone, tone 0–5]. */
const VOWEL_INFO = (() => {
  const m = new Map<string, [string, number]>();
  for (const row of ROWS_LOWER) for (let t = 0; t < 6; t++) m.set(row.charAt(t), [row.charAt(0), t]);
  return m;
})();
const CONSONANTS = "bcdđghklmnpqrstvx";

const INITIALS = [
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gh",
  "gi",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "ngh",
  "nh",
  "p",
  "ph",
  "qu",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x",
];

const COMMON_RIMES = (
  "a ai ao au ay ac ach am an ang anh ap at " +
  "ăc ăm ăn ăng ăp ăt " +
  "âc âm ân âng âp ât âu ây " +
  "e eo ec em en eng ep et " +
  "ê êch êm ên ênh êp êt êu " +
  "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu " +
  "y yêm yên yêt yêu " +
  "o oc oi om on ong op ot " +
  "oa oac oach oai oam oan oang oanh oap oat oay oăc oăn oăt oe oen oet oeo " +
  "ô ôc ôi ôm ôn ông ôp ôt " +
  "ơ ơi ơm ơn ơp ơt " +
  "u ua uc ui um un ung up ut " +
  "uân uât uâng uây uê uy uya uyên uyêt uynh uyt uơ " +
  "uôc uôi uôm uôn uông uôt " +
  "ư ưa ưc ưi ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu"
).split(" ");
/** Real but rare rimes: a decode that needs one of these is weaker evidence than a common one. */
const RARE_RIMES = "oong ooc oông ôông oao oăm oăng uêch uênh uych uyu yêng ưm ưn".split(" ");
/** After "qu" the u is part of the initial: quỳnh, quýt, quỵu, quých. */
const QU_ONLY_RIMES = "ynh yt yu ych".split(" ");

const RIME_WEIGHT = new Map<string, number>();
for (const r of COMMON_RIMES) RIME_WEIGHT.set(r, 2);
for (const r of RARE_RIMES) RIME_WEIGHT.set(r, 1);

function isStop(rime: string): boolean {
  return /(c|ch|p|t)$/.test(rime);
}

const VOWELS = "aăâeêioôơuưy";
const MARKED_VOWELS = "ăâêôơư";

/** Where a tone mark may sit in a rime (indexes into the rime); both old and new styles for oa, oe, uy. */
function tonePositions(rime: string): number[] {
  const vowels: number[] = [];
  for (let i = 0; i < rime.length; i++) if (VOWELS.indexOf(rime.charAt(i)) >= 0) vowels.push(i);
  const horn = rime.indexOf("ươ");
  if (horn >= 0) return [horn + 1];
  const marked = vowels.filter((i) => MARKED_VOWELS.indexOf(rime.charAt(i)) >= 0);
  if (marked.length > 0) return marked;
  const last = vowels[vowels.length - 1];
  if (last < rime.length - 1) return [last]; // closed: toàn, hoạch, quỳnh
  if (vowels.length === 1) return vowels;
  if (vowels.length === 2) return /^(oa|oe|uy)$/.test(rime) ? vowels : [vowels[0]]; // hòa/hoà, mái, mùa
  return [vowels[1]]; // ngoài, khuỷu, ngoẹo
}

/**
 * 2 if `word` is a well-formed Vietnamese syllable with a common rime, 1 with a rare rime, 0 if it is not
 * one (any letter case). Phonotactics and tone placement only: "cú" and "khụng" pass although they mean
 * nothing here.
 */
export function syllableWeight(word: string): number {
  const w = word.toLowerCase();
  let base = "";
  let tone = 0;
  let tonePos = -1;
  for (let i = 0; i < w.length; i++) {
    const ch = w.charAt(i);
    const v = VOWEL_INFO.get(ch);
    if (v) {
      if (v[1] !== 0) {
        if (tone !== 0) return 0;
        tone = v[1];
        tonePos = i;
      }
      base += v[0];
    } else if (CONSONANTS.indexOf(ch) >= 0) {
      base += ch;
    } else {
      return 0;
    }
  }
  let best = 0;
  for (const init of INITIALS) {
    if (base.length <= init.length || base.slice(0, init.length) !== init) continue;
    const rime = base.slice(init.length);
    let weight = RIME_WEIGHT.get(rime) ?? 0;
    if (weight === 0 && init === "qu" && QU_ONLY_RIMES.indexOf(rime) >= 0) weight = 2;
    if (weight === 0) continue;
    if (isStop(rime) && tone !== 1 && tone !== 5) continue; // stops take only sắc or nặng
    if (tone !== 0 && tonePositions(rime).indexOf(tonePos - init.length) < 0) continue;
    if (weight > best) best = weight;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------------------

/** Windows-1252 characters for bytes 0x80–0x9F (they may appear when 8-bit text is read as Windows-1252). */
const CP1252_EXTRA = new Set<number>([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018,
  0x2019, 0x201a, 0x201e, 0x201c, 0x201d, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac,
  0x2122,
]);

/** Latin-1 letters that Unicode Vietnamese uses itself: their presence proves nothing. */
const VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

const TCVN3_STRONG = new Set<string>(
  TCVN3_TABLE.map(([k]) => k).filter((k) => VIETNAMESE_LATIN1.indexOf(k) < 0),
);
const VNI_STRONG = (() => {
  const set = new Set<string>();
  for (const [k] of VNI_TABLE) {
    for (let i = 0; i < k.length; i++) {
      const ch = k.charAt(i);
      if (ch.charCodeAt(0) >= 0x80 && VIETNAMESE_LATIN1.indexOf(ch) < 0) set.add(ch);
    }
  }
  return set;
})();

/**
 * Whole-word TCVN3 spellings that are well-formed Unicode syllables too, but are not Vietnamese words,
 * while their decoding is very common in spreadsheets ("Cã" = "Có").
 */
const TCVN3_WORD_HINTS = new Set<string>(["cã"]);

export type LegacyEncoding = "tcvn3" | "vni";

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isLatin1Letter(c: number): boolean {
  return c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7;
}

function tokens(s: string, enc: LegacyEncoding): string[] {
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const c = ch.charCodeAt(0);
    if (isAsciiLetter(c) || isLatin1Letter(c) || (enc === "tcvn3" && TCVN3_DECODE.has(ch))) {
      cur += ch;
    } else if (cur) {
      out.push(cur);
      cur = "";
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** An uppercase Latin-1 letter inside a word that has lowercase letters: "KÕt" (TCVN3 "kết"), never Unicode. */
function hasInnerLatin1Capital(token: string): boolean {
  if (!/[a-z\u00df-\u00f6\u00f8-\u00ff]/.test(token)) return false;
  for (let i = 1; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return true;
  }
  return false;
}

interface Score {
  /** Evidence for the encoding: words that decode to Vietnamese and cannot be Unicode Vietnamese as they are. */
  good: number;
  /** Words with legacy characters that do not decode to a Vietnamese syllable. */
  bad: number;
}

function score(s: string, enc: LegacyEncoding): Score {
  const decode = enc === "tcvn3" ? decodeTcvn3 : decodeVni;
  const strong = enc === "tcvn3" ? TCVN3_STRONG : VNI_STRONG;
  let good = 0;
  let bad = 0;
  for (const token of tokens(s, enc)) {
    if (!/[\u0080-\uffff]/.test(token)) continue;
    const dec = decode(token);
    if (dec === token) continue;
    const w = syllableWeight(dec);
    if (w === 0) {
      bad++;
      continue;
    }
    if (token.length < 2) continue; // a lone "×", "·" or "µ" says nothing
    let evidence = syllableWeight(token) === 0 || hasInnerLatin1Capital(token);
    for (let i = 0; !evidence && i < token.length; i++) evidence = strong.has(token.charAt(i));
    if (!evidence && enc === "tcvn3") evidence = TCVN3_WORD_HINTS.has(token.toLowerCase());
    if (evidence) good += w;
  }
  return { good, bad };
}

/** Can `s` be 8-bit text read as Windows-1252 / Latin-1, with at least one non-ASCII character? */
function inLegacyRange(s: string): boolean {
  let nonAscii = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c > 0xff && !CP1252_EXTRA.has(c)) return false; // ạ ế ơ ư đ …: already Unicode
    nonAscii = true;
  }
  return nonAscii;
}

/**
 * Which legacy encoding `s` is written in, or null for Unicode / ASCII / undecidable text.
 * Only words that decode to Vietnamese syllables and could not be Unicode Vietnamese as they stand
 * (non-Vietnamese Latin-1 characters such as "§ ¹ « ® ñ ø ï ö", a capital inside a lowercase word,
 * or a letter sequence that is not a Vietnamese syllable) count as evidence.
 */
export function detectLegacyEncoding(s: string): LegacyEncoding | null {
  if (typeof s !== "string" || !inLegacyRange(s)) return null;
  const t = score(s, "tcvn3");
  const v = score(s, "vni");
  const tOk = t.good >= 1 && t.good > t.bad;
  const vOk = v.good >= 1 && v.good > v.bad;
  if (tOk && vOk) return v.good - v.bad > t.good - t.bad ? "vni" : "tcvn3";
  if (tOk) return "tcvn3";
  if (vOk) return "vni";
  return null;
}

/** True for TCVN3 (ABC) text seen as Windows-1252 characters; false for Unicode Vietnamese and ASCII. */
export function looksLikeTcvn3(s: string): boolean {
  return detectLegacyEncoding(s) === "tcvn3";
}

/** True for VNI-Windows text seen as Windows-1252 characters; false for Unicode Vietnamese and ASCII. */
export function looksLikeVni(s: string): boolean {
  return detectLegacyEncoding(s) === "vni";
}

/**
 * Decode TCVN3 word by word, restoring capitals lost by ".VnTimeH" fonts: a word is upper-cased when the
 * whole text is capitals ("KH«NG §¹T" → "KHÔNG ĐẠT") or when its own inner letters are ("§¹T" → "ĐẠT").
 */
function fixTcvn3(s: string): string {
  const ascii = s.replace(/[^A-Za-z]/g, "");
  const allCaps = ascii.length >= 2 && ascii === ascii.toUpperCase();
  return s.replace(/[A-Za-z\u00a1-\u00ff]+/g, (word) => {
    const dec = decodeTcvn3(word);
    if (dec === word) return word;
    const letters = word.replace(/[^A-Za-z]/g, "");
    const capsWord =
      letters.length >= 1 &&
      letters === letters.toUpperCase() &&
      (letters.length >= 2 || !isAsciiLetter(word.charCodeAt(0)));
    return allCaps || capsWord ? dec.toUpperCase() : dec;
  });
}

/** `s` in Unicode: unchanged if already Unicode or ASCII, decoded if it looks like TCVN3 or VNI. */
export function fixLegacyText(s: string): string {
  if (typeof s !== "string") return s;
  const enc = detectLegacyEncoding(s);
  if (enc === "tcvn3") return fixTcvn3(s);
  if (enc === "vni") return decodeVni(s);
  return s;
}
