import { describe, expect, it } from "vitest";
import { readCriterion, readDisqualifier, showValue } from "../../src/core/cell";

describe("readCriterion", () => {
  const nfd = (s: string) => s.normalize("NFD");
  it.each([
    "Đạt",
    "đạt",
    "ĐẠT",
    "Dat",
    "dat",
    "x",
    "X",
    "✓",
    "✔",
    true,
    "TRUE",
    1,
    "1",
    nfd("Đạt"),
    "  Đạt  ",
    "\u00a0Đạt",
    "§¹t",
    "Ñaït",
  ])("reads %j as pass", (v) => expect(readCriterion(v)).toBe("pass"));

  it.each([
    "Không đạt",
    "khong dat",
    "KĐ",
    "K",
    "FALSE",
    false,
    0,
    "0",
    nfd("Không đạt"),
    "Không  đạt",
    "KHÔNG ĐẠT",
    "Kh«ng ®¹t",
    "Khoâng ñaït",
    "Chưa đạt",
  ])("reads %j as fail", (v) => expect(readCriterion(v)).toBe("fail"));

  it.each(["Không áp dụng", "KAD", "N/A", "n/a", "-", "khong ap dung", "Kh«ng ¸p dông"])(
    "reads %j as not applicable",
    (v) => expect(readCriterion(v)).toBe("na"),
  );

  it.each(["", "   ", null, undefined, "\u00a0"])("reads %j as missing", (v) =>
    expect(readCriterion(v)).toBe("missing"),
  );

  it.each(["Đạt rồi", "Có", "Không", "2", 0.5, "#REF!", new Date(2024, 0, 5), "?"])(
    "reads %j as invalid",
    (v) => expect(readCriterion(v)).toBe("invalid"),
  );
});

describe("readDisqualifier", () => {
  it.each(["Có", "có", "co", "CÓ", true, "TRUE", "x", 1, "Cã", "Coù"])("%j → yes", (v) =>
    expect(readDisqualifier(v)).toBe("yes"),
  );
  it.each(["Không", "khong", "KHÔNG", false, "FALSE", "", null, "  ", 0, "Kh«ng"])("%j → no", (v) =>
    expect(readDisqualifier(v)).toBe("no"),
  );
  it.each(["Đạt", "có lẽ", 5, new Date(2024, 1, 1)])("%j → invalid", (v) =>
    expect(readDisqualifier(v)).toBe("invalid"),
  );
});

describe("showValue", () => {
  it("quotes dates as dd/mm/yyyy and booleans as TRUE/FALSE", () => {
    expect(showValue(new Date(2024, 10, 22))).toBe("22/11/2024");
    expect(showValue(true)).toBe("TRUE");
    expect(showValue(null)).toBe("");
  });
});
