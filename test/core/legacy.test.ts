import { describe, expect, it } from "vitest";
import {
  decodeTcvn3,
  decodeVni,
  detectLegacyEncoding,
  fixLegacyText,
  looksLikeTcvn3,
  looksLikeVni,
  syllableWeight,
  TCVN3_TABLE,
  VNI_TABLE,
} from "../../src/core/legacy";

const SHY = "\u00ad"; // TCVN3 "ư" (byte 0xAD, the soft hyphen)

const LOWER_ROWS = [
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
const LOWER_LETTERS = [...LOWER_ROWS.join(""), "đ"];
const UPPER_LETTERS = LOWER_LETTERS.map((c) => c.toUpperCase());

// Test-only encoders: the inverse of the decoding tables.
const TO_TCVN3 = new Map(TCVN3_TABLE.map(([k, v]) => [v, k]));
function encodeTcvn3(u: string): string {
  let out = "";
  for (const ch of u.normalize("NFC")) {
    // Tone-marked capitals do not exist in TCVN3: ".VnTimeH" fonts reuse the lowercase codes.
    out += TO_TCVN3.get(ch) ?? TO_TCVN3.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}
const TO_VNI = new Map(VNI_TABLE.map(([k, v]) => [v, k]));
function encodeVni(u: string): string {
  let out = "";
  for (const ch of u.normalize("NFC")) out += TO_VNI.get(ch) ?? ch;
  return out;
}

/** What survives TCVN3: capitals that TCVN3 lacks become lowercase. */
function tcvn3Lossy(u: string): string {
  return [...u].map((ch) => (TO_TCVN3.has(ch) || /[A-Z]/.test(ch) ? ch : ch.toLowerCase())).join("");
}

describe("tables", () => {
  it("TCVN3 table: one character per letter, all in 0xA1–0xFE, no duplicates", () => {
    expect(TCVN3_TABLE.length).toBe(74); // 72 vowel forms − 6 plain ASCII vowels + ĂÂÊÔƠƯĐ + đ
    const keys = new Set(TCVN3_TABLE.map(([k]) => k));
    const values = new Set(TCVN3_TABLE.map(([, v]) => v));
    expect(keys.size).toBe(TCVN3_TABLE.length);
    expect(values.size).toBe(TCVN3_TABLE.length);
    for (const [k] of TCVN3_TABLE) {
      expect(k.length).toBe(1);
      expect(k.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
      expect(k.charCodeAt(0)).toBeLessThanOrEqual(0xfe);
    }
  });

  it("TCVN3 byte positions of well-known letters", () => {
    const byCode = (c: number) => decodeTcvn3(String.fromCharCode(c));
    expect(byCode(0xa7)).toBe("Đ");
    expect(byCode(0xae)).toBe("đ");
    expect(byCode(0xb5)).toBe("à");
    expect(byCode(0xb8)).toBe("á");
    expect(byCode(0xb9)).toBe("ạ");
    expect(byCode(0xab)).toBe("ô");
    expect(byCode(0xac)).toBe("ơ");
    expect(byCode(0xad)).toBe("ư");
    expect(byCode(0xe3)).toBe("ó");
    expect(byCode(0xfe)).toBe("ỵ");
    expect(byCode(0xa1)).toBe("Ă");
    expect(byCode(0xa6)).toBe("Ư");
  });

  it("VNI table covers every letter in both cases, no duplicate spellings", () => {
    expect(VNI_TABLE.length).toBe(2 * (72 - 8) + 2); // í ì Í Ì are the same characters in VNI
    expect(new Set(VNI_TABLE.map(([k]) => k)).size).toBe(VNI_TABLE.length);
    expect(new Set(VNI_TABLE.map(([, v]) => v))).toEqual(
      new Set([...LOWER_LETTERS, ...UPPER_LETTERS].filter((c) => !/[aeiouyAEIOUYíìÍÌ]/.test(c))),
    );
  });
});

describe("decodeTcvn3", () => {
  it("decodes the examples", () => {
    expect(decodeTcvn3("§¹t")).toBe("Đạt");
    expect(decodeTcvn3("Kh«ng ®¹t")).toBe("Không đạt");
    expect(decodeTcvn3("Kh«ng ¸p dông")).toBe("Không áp dụng");
    expect(decodeTcvn3("Cã")).toBe("Có");
  });

  it("decodes whole phrases", () => {
    expect(decodeTcvn3("Céng hoµ x· héi chñ nghÜa ViÖt Nam")).toBe("Cộng hoà xã hội chủ nghĩa Việt Nam");
    expect(decodeTcvn3("§éc lËp - Tù do - H¹nh phóc")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(decodeTcvn3(`Tr${SHY}êng TiÓu häc`)).toBe("Trường Tiểu học");
    expect(decodeTcvn3(`M${SHY}êng Kh${SHY}¬ng`)).toBe("Mường Khương");
    expect(decodeTcvn3("B¶o Th¾ng, B¸t X¸t")).toBe("Bảo Thắng, Bát Xát");
    expect(decodeTcvn3("Tæ d©n phè sè 5")).toBe("Tổ dân phố số 5");
    expect(decodeTcvn3("NËm Lo«ng 3")).toBe("Nậm Loông 3");
    expect(decodeTcvn3("NËm Loång 3")).toBe("Nậm Loồng 3");
    expect(decodeTcvn3("¡n uèng, ¢m thanh, £m ¶, ¤ng, ¥n, ¦u ®·i")).toBe(
      "Ăn uống, Âm thanh, Êm ả, Ông, Ơn, Ưu đãi",
    );
  });

  it("round-trips every lowercase letter and the capitals TCVN3 has", () => {
    for (const ch of [...LOWER_LETTERS, "Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]) {
      expect(decodeTcvn3(encodeTcvn3(ch))).toBe(ch);
      expect(decodeTcvn3(encodeTcvn3(`b${ch}n`))).toBe(`b${ch}n`);
    }
  });

  it("tone-marked capitals come back lowercase", () => {
    for (const ch of UPPER_LETTERS.filter((c) => !"ĂÂÊÔƠƯĐ".includes(c) && !/[A-Z]/.test(c))) {
      expect(decodeTcvn3(encodeTcvn3(ch))).toBe(ch.toLowerCase());
    }
  });

  it("every tone on several vowels, in words", () => {
    const words = [
      "ba bá bà bả bã bạ",
      "tăm tắm tằm tẳm tẵm tặm",
      "cân cấn cần cẩn cẫn cận",
      "me mé mè mẻ mẽ mẹ",
      "kê kế kề kể kễ kệ",
      "bi bí bì bỉ bĩ bị",
      "no nó nò nỏ nõ nọ",
      "tô tố tồ tổ tỗ tộ",
      "mơ mớ mờ mở mỡ mợ",
      "cu cú cù củ cũ cụ",
      "lư lứ lừ lử lữ lự",
      "ky ký kỳ kỷ kỹ kỵ",
      "đi đá đồ đủ đũa đẹp",
    ];
    for (const w of words) expect(decodeTcvn3(encodeTcvn3(w))).toBe(w);
  });

  it("leaves ASCII and unmapped characters alone", () => {
    expect(decodeTcvn3("TDP 5 - N/A")).toBe("TDP 5 - N/A");
    expect(decodeTcvn3("")).toBe("");
  });
});

describe("decodeVni", () => {
  it("decodes the examples", () => {
    expect(decodeVni("Ñaït")).toBe("Đạt");
    expect(decodeVni("Khoâng ñaït")).toBe("Không đạt");
    expect(decodeVni("Coù")).toBe("Có");
    expect(decodeVni("Khoâng aùp duïng")).toBe("Không áp dụng");
  });

  it("single modifiers and combined ones", () => {
    const pairs: [string, string][] = [
      ["aø", "à"],
      ["aù", "á"],
      ["aû", "ả"],
      ["aõ", "ã"],
      ["aï", "ạ"],
      ["aâ", "â"],
      ["aê", "ă"],
      ["aà", "ầ"],
      ["aá", "ấ"],
      ["aå", "ẩ"],
      ["aã", "ẫ"],
      ["aä", "ậ"],
      ["aè", "ằ"],
      ["aé", "ắ"],
      ["aú", "ẳ"],
      ["aü", "ẵ"],
      ["aë", "ặ"],
      ["oâ", "ô"],
      ["oá", "ố"],
      ["ô", "ơ"],
      ["ôù", "ớ"],
      ["ö", "ư"],
      ["öø", "ừ"],
      ["í", "í"],
      ["ì", "ì"],
      ["æ", "ỉ"],
      ["ó", "ĩ"],
      ["ò", "ị"],
      ["yù", "ý"],
      ["î", "ỵ"],
      ["ñ", "đ"],
      ["Ñ", "Đ"],
      ["AÙ", "Á"],
      ["AÂ", "Â"],
      ["AÊ", "Ă"],
      ["AÄ", "Ậ"],
      ["AË", "Ặ"],
      ["EÁ", "Ế"],
      ["Ô", "Ơ"],
      ["ÔÙ", "Ớ"],
      ["Ö", "Ư"],
      ["ÖÏ", "Ự"],
      ["Æ", "Ỉ"],
      ["Î", "Ỵ"],
    ];
    for (const [vni, u] of pairs) expect(decodeVni(vni), vni).toBe(u);
  });

  it("decodes whole phrases", () => {
    expect(decodeVni("Xin chaøo caùc baïn")).toBe("Xin chào các bạn");
    expect(decodeVni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam");
    expect(decodeVni("Ñoäc laäp - Töï do - Haïnh phuùc")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(decodeVni("Tröôøng Tieåu hoïc")).toBe("Trường Tiểu học");
    expect(decodeVni("Nguyeãn Vaên Thöôûng")).toBe("Nguyễn Văn Thưởng");
    expect(decodeVni("UÛY BAN NHAÂN DAÂN")).toBe("ỦY BAN NHÂN DÂN");
    expect(decodeVni("Toå daân phoá soá 5")).toBe("Tổ dân phố số 5");
    expect(decodeVni("Naäm Looàng 3")).toBe("Nậm Loồng 3");
  });

  it("tolerates a lowercase modifier after a capital and vice versa", () => {
    expect(decodeVni("Uûy ban")).toBe("Ủy ban");
    expect(decodeVni("Aùnh")).toBe("Ánh");
    expect(decodeVni("yï")).toBe("ỵ");
  });

  it("round-trips every letter in both cases", () => {
    for (const ch of [...LOWER_LETTERS, ...UPPER_LETTERS]) {
      expect(decodeVni(encodeVni(ch))).toBe(ch);
      expect(decodeVni(encodeVni(`b${ch}n`))).toBe(`b${ch}n`);
      expect(decodeVni(encodeVni(`B${ch}N`))).toBe(`B${ch}N`);
    }
    // Adjacent letters whose spellings could run together.
    for (const a of [...LOWER_LETTERS, ...UPPER_LETTERS]) {
      for (const b of [...LOWER_LETTERS, ...UPPER_LETTERS]) {
        expect(decodeVni(encodeVni(a + b))).toBe(a + b);
      }
    }
  });

  it("every tone on several vowels, in words", () => {
    const words = [
      "ba bá bà bả bã bạ",
      "tăm tắm tằm tẳm tẵm tặm",
      "cân cấn cần cẩn cẫn cận",
      "kê kế kề kể kễ kệ",
      "bi bí bì bỉ bĩ bị",
      "tô tố tồ tổ tỗ tộ",
      "mơ mớ mờ mở mỡ mợ",
      "lư lứ lừ lử lữ lự",
      "ky ký kỳ kỷ kỹ kỵ",
      "người ướt ươm rượu khuya quyển",
      "ĐÀ NẴNG, HUẾ, QUẢNG NGÃI, ĐẮK LẮK",
    ];
    for (const w of words) expect(decodeVni(encodeVni(w))).toBe(w);
  });
});

describe("syllableWeight", () => {
  it("accepts Vietnamese syllables", () => {
    for (const w of [
      "có",
      "không",
      "đạt",
      "nghiêng",
      "người",
      "khuya",
      "quỳnh",
      "quýt",
      "gì",
      "giữa",
      "thuở",
    ]) {
      expect(syllableWeight(w), w).toBeGreaterThan(0);
    }
    expect(syllableWeight("xoong")).toBe(1);
  });

  it("rejects the rest", () => {
    for (const w of ["coù", "khoâng", "café", "hello", "mat", "tåc", "hmông", "ñaït", "Müller"]) {
      expect(syllableWeight(w), w).toBe(0);
    }
  });
});

// Unicode Vietnamese (and other) text that fixLegacyText must leave untouched.
const UNICODE_SAMPLES = [
  "Có",
  "có",
  "CÓ",
  "Không",
  "KHÔNG",
  "Không đạt",
  "Đạt",
  "Nậm Loồng 3",
  "Tổ dân phố số 5",
  "x",
  "X",
  "TRUE",
  "FALSE",
  "N/A",
  "-",
  "",
  "  ",
  "Nguyễn",
  "Sùng Chô",
  "Tả Xin Chải",
  "Chô",
  "Hòa Bình",
  "Cà Mau",
  "Tây Ninh",
  "Hoàng",
  "Hoà",
  "Khoá",
  "Thuý",
  "Quý",
  "Xuân",
  "Tô Hoài",
  "Lê",
  "Hà Giang",
  "Lào Cai",
  "Thái",
  "Tày",
  "Nùng",
  "Páo",
  "Pó",
  "Giáy",
  "Già Dí",
  "Sà Phìn",
  "Nà Hang",
  "Pà Cò",
  "Chà Cang",
  "Mù Cang Chải",
  "Hmông",
  "Ông",
  "ÔNG",
  "Ánh",
  "CÔNG",
  "Bản Nà Tòng",
  "Bản Phiêng Ót",
  "Sìn Hồ",
  "Đà Lạt",
  "Ðông", // U+00D0 (Eth) typed for Đ
  "Ðà",
  "Café",
  "Müller",
  "Señor",
  "naïve",
  "Noël",
  "São Paulo",
  "Zürich",
  "Øresund",
  "© 2024",
  "50 µg",
  "3 × 4",
  "« Bonjour »",
  "§ 5",
  "½",
  "10°C",
  "1.000.000 ₫",
  "Tiếng Việt – “Unicode”",
  "Ghi chú: đạt 5/6 tiêu chí",
  "Cộng hòa xã hội chủ nghĩa Việt Nam",
];

/** Well-formed Vietnamese syllables whose letters are all Latin-1 (the dangerous ones). */
function latin1Syllables(): string[] {
  const initials = [
    "",
    "b",
    "c",
    "ch",
    "d",
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
  ];
  initials.push("p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");
  const rimes =
    "a ai ao au ay ac ach am an ang anh ap at âm ân âng âp ât âu ây e eo em en eng ep et ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu o oc oi om on ong op ot oa oai oan oang oanh oat oay oe oen ô ôc ôi ôm ôn ông ôp ôt u ua uc ui um un ung up ut uân uât uây uê uy uya uynh uyt y".split(
      " ",
    );
  const toneRows: Record<string, string> = {
    a: "aáàảãạ",
    â: "âấầẩẫậ",
    e: "eéèẻẽẹ",
    ê: "êếềểễệ",
    i: "iíìỉĩị",
    o: "oóòỏõọ",
    ô: "ôốồổỗộ",
    u: "uúùủũụ",
    y: "yýỳỷỹỵ",
  };
  const out: string[] = [];
  for (const init of initials) {
    for (const rime of rimes) {
      if (init === "qu" && rime.startsWith("u")) continue;
      const stop = /(c|ch|p|t)$/.test(rime);
      for (let t = 0; t < 6; t++) {
        if (stop && t !== 1 && t !== 5) continue;
        // Tone on each vowel position in turn (old and new placement styles both occur).
        for (let i = 0; i < rime.length; i++) {
          const row = toneRows[rime[i]];
          if (!row) continue;
          const s = init + rime.slice(0, i) + row[t] + rime.slice(i + 1);
          // Keep conventional tone placements only (both styles for oa, oe, uy).
          if ([...s].every((c) => c.charCodeAt(0) < 0x100) && syllableWeight(s) > 0) out.push(s);
          if (t === 0) break;
        }
      }
    }
  }
  return [...new Set(out)];
}

describe("fixLegacyText", () => {
  it("leaves Unicode and ASCII unchanged", () => {
    for (const s of UNICODE_SAMPLES) {
      expect(fixLegacyText(s), s).toBe(s);
      expect(looksLikeTcvn3(s), s).toBe(false);
      expect(looksLikeVni(s), s).toBe(false);
    }
  });

  it("leaves every Latin-1-only Vietnamese syllable unchanged, alone and in phrases, in any case", () => {
    const syllables = latin1Syllables().filter((s) => s !== "cã"); // "Cã" is read as TCVN3 "Có" on purpose
    expect(syllables.length).toBeGreaterThan(2000);
    const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    for (const w of syllables) {
      for (const v of [w, title(w), w.toUpperCase()]) {
        expect(detectLegacyEncoding(v), v).toBe(null);
      }
    }
    for (let i = 0; i + 2 < syllables.length; i += 3) {
      const phrase = `${title(syllables[i])} ${syllables[i + 1]} ${syllables[i + 2]}`;
      expect(fixLegacyText(phrase), phrase).toBe(phrase);
      expect(fixLegacyText(phrase.toUpperCase())).toBe(phrase.toUpperCase());
    }
  });

  it("fixes the TCVN3 examples", () => {
    expect(fixLegacyText("§¹t")).toBe("Đạt");
    expect(fixLegacyText("Kh«ng ®¹t")).toBe("Không đạt");
    expect(fixLegacyText("Kh«ng ¸p dông")).toBe("Không áp dụng");
    expect(fixLegacyText("Kh«ng")).toBe("Không");
    expect(fixLegacyText("Cã")).toBe("Có");
    expect(fixLegacyText("cã")).toBe("có");
    for (const s of ["§¹t", "Kh«ng ®¹t", "Kh«ng ¸p dông", "Cã"]) {
      expect(looksLikeTcvn3(s), s).toBe(true);
      expect(looksLikeVni(s), s).toBe(false);
    }
  });

  it("fixes the VNI examples", () => {
    expect(fixLegacyText("Ñaït")).toBe("Đạt");
    expect(fixLegacyText("Khoâng ñaït")).toBe("Không đạt");
    expect(fixLegacyText("Khoâng")).toBe("Không");
    expect(fixLegacyText("Coù")).toBe("Có");
    expect(fixLegacyText("Khoâng aùp duïng")).toBe("Không áp dụng");
    for (const s of ["Ñaït", "Khoâng ñaït", "Coù", "Khoâng"]) {
      expect(looksLikeVni(s), s).toBe(true);
      expect(looksLikeTcvn3(s), s).toBe(false);
    }
  });

  it("restores capitals of TCVN3 text typed in .VnTimeH fonts", () => {
    expect(fixLegacyText("KH«NG §¹T")).toBe("KHÔNG ĐẠT");
    expect(fixLegacyText("§¹T")).toBe("ĐẠT");
    expect(fixLegacyText("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM")).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(fixLegacyText("KÕt qu¶")).toBe("Kết quả");
  });

  const PHRASES = [
    "Cộng hoà xã hội chủ nghĩa Việt Nam",
    "Độc lập - Tự do - Hạnh phúc",
    "Trường Tiểu học số 2",
    "Nguyễn Văn Thưởng",
    "Tổ dân phố số 5",
    "Nậm Loồng 3",
    "Không đạt",
    "Không áp dụng",
    "Đạt",
    "Có",
    "Đã thực hiện",
    "Chưa đạt",
    "Bản Sì Thâu Chải",
    "Hộ gia đình văn hóa",
    "Tỷ lệ hộ nghèo dưới 5%",
    "Điểm: 10/10",
    "Ủy ban nhân dân xã Bản Lang",
    "Mường Khương, Bảo Thắng, Bát Xát",
    "Hòa Bình",
    "Lê Thị Mai",
  ];

  it("decodes TCVN3-encoded phrases back", () => {
    for (const p of PHRASES) {
      const enc = encodeTcvn3(p);
      expect(looksLikeTcvn3(enc), enc).toBe(true);
      expect(fixLegacyText(enc), enc).toBe(tcvn3Lossy(p));
      expect(fixLegacyText(p), p).toBe(p);
    }
  });

  it("decodes VNI-encoded phrases back", () => {
    for (const p of PHRASES) {
      const enc = encodeVni(p);
      expect(looksLikeVni(enc), enc).toBe(true);
      expect(fixLegacyText(enc), enc).toBe(p);
    }
    expect(fixLegacyText(encodeVni("KHÔNG ĐẠT"))).toBe("KHÔNG ĐẠT");
    expect(fixLegacyText(encodeVni("ĐÃ THỰC HIỆN ĐẦY ĐỦ"))).toBe("ĐÃ THỰC HIỆN ĐẦY ĐỦ");
  });

  it("keeps surrounding punctuation, digits and spaces", () => {
    expect(fixLegacyText("  Kh«ng ®¹t (5/6) ")).toBe("  Không đạt (5/6) ");
    expect(fixLegacyText("1. Khoâng ñaït;")).toBe("1. Không đạt;");
  });

  it("does not touch text that is already partly Unicode", () => {
    expect(fixLegacyText("Đạt ®")).toBe("Đạt ®");
    expect(fixLegacyText("Tổ 5 – Kh«ng")).toBe("Tổ 5 – Kh«ng");
  });
});
