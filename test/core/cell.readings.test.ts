import { describe, expect, it } from "vitest";
import { readCriterion, readDisqualifier, showValue } from "../../src/core/cell";

/**
 * The lenient readings of a criterion / disqualifier cell beyond the dropdown words: every spelling
 * the readers accept, numbers other than 0 and 1, dashes, separators inside abbreviations.
 */
describe("readCriterion: every accepted spelling", () => {
  it.each(["d", "D", "Đ", "đ", "☑", "✓", "✔", "x", "true", "True", "Dat", "1"])("%j → pass", (v) =>
    expect(readCriterion(v)).toBe("pass"),
  );
  it.each([
    "KĐ",
    "K.Đ",
    "K Đ",
    "k/d",
    "K",
    "Ko đạt",
    "K đạt",
    "K. đạt",
    "Chưa đạt",
    "chua_dat",
    "Không.đạt",
    "✗",
    "✘",
    "false",
    "0",
  ])("%j → fail", (v) => expect(readCriterion(v)).toBe("fail"));
  it.each(["-", "–", " - ", "KAD", "K.A.D", "kap", "K/AP", "Không xét", "khong xet", "NA", "n.a", "N_A"])(
    "%j → not applicable",
    (v) => expect(readCriterion(v)).toBe("na"),
  );
  it.each(["—", "--", "- -", "Có", "Không", "co", "ko", "đạt đạt", "KĐ?", "1.0", "01", "10", "true!"])(
    "%j → invalid",
    (v) => expect(readCriterion(v)).toBe("invalid"),
  );
});

describe("readCriterion: numbers, booleans, blanks and other values", () => {
  it("only the numbers 1 and 0 are readings; every other number is invalid", () => {
    expect(readCriterion(1)).toBe("pass");
    expect(readCriterion(1.0)).toBe("pass");
    expect(readCriterion(0)).toBe("fail");
    expect(readCriterion(-0)).toBe("fail");
    for (const n of [2, -1, 0.5, 0.999, 1.0001, 100, Number.NaN, Number.POSITIVE_INFINITY])
      expect(readCriterion(n)).toBe("invalid");
  });
  it("a ticked checkbox passes, an unticked one fails (it is not blank)", () => {
    expect(readCriterion(true)).toBe("pass");
    expect(readCriterion(false)).toBe("fail");
  });
  it("blank text of any kind is missing, never invalid", () => {
    for (const v of ["", " ", "\t", "\n", "\u00a0\u00a0", "\u3000", null, undefined])
      expect(readCriterion(v)).toBe("missing");
  });
  it("a date is invalid", () => {
    expect(readCriterion(new Date(2024, 0, 1))).toBe("invalid");
  });
  it("other values are read by their text", () => {
    expect(readCriterion({ toString: () => "Đạt" })).toBe("pass");
    expect(readCriterion({ toString: () => "Không đạt" })).toBe("fail");
    expect(readCriterion({ toString: () => "?" })).toBe("invalid");
  });
  it("the same text reads the same the second time (readings are cached, never changed)", () => {
    for (let i = 0; i < 3; i++) {
      expect(readCriterion("k.d")).toBe("fail");
      expect(readCriterion("đ")).toBe("pass");
    }
  });
});

describe("readDisqualifier", () => {
  it.each(["Có", "co", "x", "X", "✓", "✔", "☑", "true", "1"])("%j → yes", (v) =>
    expect(readDisqualifier(v)).toBe("yes"),
  );
  it.each(["Không", "K", "k", "ko", "Ko", "K.O", "false", "0", " ", "\u00a0"])("%j → no", (v) =>
    expect(readDisqualifier(v)).toBe("no"),
  );
  it.each(["Đạt", "Không đạt", "-", "có/không", "2", "co co"])("%j → invalid", (v) =>
    expect(readDisqualifier(v)).toBe("invalid"),
  );
  it("only the numbers 1 and 0 are readings; every other number is invalid", () => {
    expect(readDisqualifier(1)).toBe("yes");
    expect(readDisqualifier(0)).toBe("no");
    for (const n of [2, -1, 0.5, Number.NaN]) expect(readDisqualifier(n)).toBe("invalid");
  });
  it("checkboxes and blanks", () => {
    expect(readDisqualifier(true)).toBe("yes");
    expect(readDisqualifier(false)).toBe("no");
    expect(readDisqualifier(null)).toBe("no");
    expect(readDisqualifier(undefined)).toBe("no");
    expect(readDisqualifier("")).toBe("no");
  });
  it("a date is invalid; other values are read by their text", () => {
    expect(readDisqualifier(new Date(2024, 5, 1))).toBe("invalid");
    expect(readDisqualifier({ toString: () => "Có" })).toBe("yes");
    expect(readDisqualifier({ toString: () => "Không" })).toBe("no");
    expect(readDisqualifier({ toString: () => "??" })).toBe("invalid");
  });
});

describe("showValue", () => {
  it("pads day and month to two digits", () => {
    expect(showValue(new Date(2024, 0, 5))).toBe("05/01/2024");
    expect(showValue(new Date(2023, 8, 9, 23, 30))).toBe("09/09/2023");
    expect(showValue(new Date(2025, 11, 31))).toBe("31/12/2025");
  });
  it("booleans as TRUE / FALSE, nothing as empty, the rest as its text", () => {
    expect(showValue(false)).toBe("FALSE");
    expect(showValue(true)).toBe("TRUE");
    expect(showValue(undefined)).toBe("");
    expect(showValue(0)).toBe("0");
    expect(showValue(2.5)).toBe("2.5");
    expect(showValue("Đạt rồi")).toBe("Đạt rồi");
  });
});
