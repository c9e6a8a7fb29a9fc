import { describe, expect, it } from "vitest";
import { builtinFramework } from "../../src/core/frameworks";
import {
  frameworkFromRows,
  frameworkToRows,
  parseUnitTypes,
  parseWardKinds,
  readYearText,
  TABLE_HEADERS,
} from "../../src/core/frameworkTable";
import { msg } from "../../src/core/text/problems";
import { CRITERIA_TABLE, KIND_WORDS } from "../../src/core/vocabulary";

/** The Tiêu chí sheet as the city office may type it: lenient readings of codes, thresholds and words. */
const K = CRITERIA_TABLE.rowKind;
const row = (kind: string, code: unknown = "", text: unknown = "", ...rest: unknown[]) => [
  kind,
  code,
  text,
  ...rest,
];
/** A small framework table; `extra` rows go after the criteria. */
function table(extra: unknown[][] = [], head: unknown[][] = []): unknown[][] {
  return [
    [...TABLE_HEADERS],
    row(K.framework, "thu", "Khung thử"),
    ...head,
    row(K.standard, "1", "Tiêu chuẩn một", "", "50"),
    row(K.criterion, "1.1", "Tiêu chí một", "1"),
    row(K.criterion, "1.2", "Tiêu chí hai", "1"),
    ...extra,
  ];
}
const read = (rows: unknown[][], firstRow?: number, firstCol?: number) =>
  frameworkFromRows(rows, firstRow, firstCol);
const ok = (rows: unknown[][]) => {
  const r = read(rows);
  expect(r.problems).toEqual([]);
  return r.framework!;
};

describe("unit-type and area words", () => {
  it.each([
    ["tổ dân phố", ["tdp"]],
    ["TDP", ["tdp"]],
    ["Tổ dân phố số 1", ["tdp"]],
    ["bản", ["ban"]],
    ["Thôn", ["ban"]],
    ["xóm", ["ban"]],
    ["Bản vùng cao", ["ban"]],
    ["tổ tự quản", ["to"]],
    ["Tổ tự quản số 3", ["to"]],
    ["bản, thôn; xóm / tổ dân phố", ["ban", "tdp"]],
    ["to dan pho,ban,to tu quan", ["tdp", "ban", "to"]],
    ["", []],
  ])("%j → %j", (text, types) => {
    expect(parseUnitTypes(text)).toEqual({ types, unknown: [] });
  });
  it("unknown words are returned as typed, trimmed; known ones still read", () => {
    expect(parseUnitTypes(" bản ,  khu phố ; tổ ")).toEqual({ types: ["ban"], unknown: ["khu phố", "tổ"] });
    expect(parseUnitTypes("bảnh")).toEqual({ types: [], unknown: ["bảnh"] });
    expect(parseUnitTypes("tổ dân")).toEqual({ types: [], unknown: ["tổ dân"] });
  });
  it.each([
    ["phường", ["phuong"]],
    ["PHƯỜNG", ["phuong"]],
    ["xã", ["xa"]],
    ["Thị trấn", ["xa"]],
    ["xã, phường", ["xa", "phuong"]],
    ["xã; thị trấn", ["xa"]],
  ])("area %j → %j", (text, kinds) => {
    expect(parseWardKinds(text)).toEqual({ kinds, unknown: [] });
  });
  it("unknown area words are returned", () => {
    expect(parseWardKinds("phường / quận / xã nông thôn")).toEqual({
      kinds: ["phuong"],
      unknown: ["quận", "xã nông thôn"],
    });
  });
});

describe("years", () => {
  it.each([
    [2024, 2024],
    ["2024", 2024],
    [" 2024 ", 2024],
    ["năm 2024", 2024],
    ["Năm 2024", 2024],
    ["NĂM2025", 2025],
    ["nam 2030", 2030],
    [2000, 2000],
    [2100, 2100],
    [new Date(2026, 3, 30), 2026],
  ])("%j → %j", (v, y) => expect(readYearText(v)).toBe(y));
  it.each([
    1999,
    2101,
    "24",
    "20245",
    "năm 2024 - 2025",
    "2024a",
    "hai nghìn",
    "",
    null,
    2024.5,
    "khoảng 2024",
  ])("%j → no year", (v) => expect(readYearText(v)).toBeUndefined());
});

describe("the criteria table read back", () => {
  it("a minimal table: defaults for id-less, rule-less, word-less frameworks", () => {
    const fw = ok([
      [...TABLE_HEADERS],
      row(K.framework, "", "Khung không mã"),
      row(K.standard, "A", "a", "", "100"),
      row(K.criterion, "A1", "a1", "A"),
    ]);
    expect(fw).toMatchObject({
      id: "tuy-chinh",
      rule: "per-standard-threshold",
      unitWord: KIND_WORDS.defaultUnitWord,
      wardWord: KIND_WORDS.defaultWardWord,
      disqualifiers: [],
    });
    expect(fw.year).toBeUndefined();
    expect(fw.source).toBeUndefined();
    expect(fw.note).toBeUndefined();
  });
  it("row kinds in any case and without diacritics; codes and texts trimmed", () => {
    const fw = ok([
      ["loai", "ma", "noi dung"],
      ["KHUNG", " thu ", " Khung thử "],
      ["tieu chuan", " 1 ", " Một ", "", " 80 "],
      ["tiêu chí", " 1.1 ", " a ", " 1 "],
      ["Tieu Chi", "1.2", "b", "1"],
      ["truong hop khong dam bao", " D ", " d "],
    ]);
    expect(fw.id).toBe("thu");
    expect(fw.name).toBe("Khung thử");
    expect(fw.standards).toEqual([{ code: "1", name: "Một", threshold: 80 }]);
    expect(fw.criteria.map((c) => [c.code, c.text, c.standard])).toEqual([
      ["1.1", "a", "1"],
      ["1.2", "b", "1"],
    ]);
    expect(fw.disqualifiers).toEqual([{ code: "D", text: "d" }]);
  });
  it.each([
    ["80%", 80],
    ["80 %", 80],
    [" 75% ", 75],
    ["100", 100],
    ["80,0", 80],
    ["66.0", 66],
    [90, 90],
  ])("threshold typed %j → %j", (typed, threshold) => {
    const rows = table();
    rows[2][4] = typed;
    expect(ok(rows).standards[0].threshold).toBe(threshold);
  });
  it.each(["", "tám mươi", "80,5", "0", "101", "80%%", "-5"])(
    "threshold %j is a problem at column E",
    (typed) => {
      const rows = table();
      rows[2][4] = typed;
      const r = read(rows);
      expect(r.framework).toBeNull();
      expect(r.problems).toContainEqual({ cell: "E3", value: typed, message: msg.fwThresholdRange() });
    },
  );
  it("the rule row: Tất cả… is all-must-pass, Mỗi tiêu chuẩn… or blank per standard; in Mã or Nội dung", () => {
    const rule = (code: string, text = "") => ok(table([], [row(K.rule, code, text)])).rule;
    expect(rule(CRITERIA_TABLE.rule["all-must-pass"])).toBe("all-must-pass");
    expect(rule("tat ca tieu chi phai dat")).toBe("all-must-pass");
    expect(rule("", "Tất cả")).toBe("all-must-pass");
    expect(rule(CRITERIA_TABLE.rule["per-standard-threshold"])).toBe("per-standard-threshold");
    expect(rule("moi tieu chuan")).toBe("per-standard-threshold");
    expect(rule("")).toBe("per-standard-threshold");
    expect(rule("Mỗi tiêu chuẩn", "Tất cả")).toBe("per-standard-threshold");
  });
  it("an unknown rule is a problem at column B naming both rules", () => {
    const r = read(table([], [row(K.rule, "đa số")]));
    expect(r.problems).toContainEqual({
      cell: "B3",
      value: "đa số",
      message: msg.fwRuleUnknown(
        CRITERIA_TABLE.rule["per-standard-threshold"],
        CRITERIA_TABLE.rule["all-must-pass"],
      ),
    });
  });
  it("the year row: lenient, blank means none, anything else is a problem", () => {
    expect(ok(table([], [row(K.year, "năm 2025")])).year).toBe(2025);
    expect(ok(table([], [row(K.year, 2023)])).year).toBe(2023);
    expect(ok(table([], [row(K.year, "")])).year).toBeUndefined();
    const r = read(table([], [row(K.year, "2O24")]));
    expect(r.problems).toEqual([{ cell: "B3", value: "2O24", message: msg.fwYearInvalid }]);
    expect(r.framework?.year).toBeUndefined();
  });
  it("unit and ward words, source and note are read from Nội dung; blank words keep the defaults", () => {
    const fw = ok(
      table(
        [],
        [
          row(K.unitWord, "", "thôn, bản"),
          row(K.wardWord, "x", "xã"),
          row(K.source, "", "Quyết định 1"),
          row(K.note, "", "Ghi chú một"),
        ],
      ),
    );
    expect(fw).toMatchObject({
      unitWord: "thôn, bản",
      wardWord: "xã",
      source: "Quyết định 1",
      note: "Ghi chú một",
    });
    const blank = ok(table([], [row(K.unitWord, "", ""), row(K.wardWord, "", " ")]));
    expect(blank.unitWord).toBe(KIND_WORDS.defaultUnitWord);
    expect(blank.wardWord).toBe(KIND_WORDS.defaultWardWord);
  });
  it("restrictions of a criterion are read from columns F and G", () => {
    const rows = table();
    rows[3][5] = "Bản, thôn";
    rows[3][6] = "xã";
    rows[4][5] = "tổ dân phố";
    const fw = ok(rows);
    expect(fw.criteria[0]).toMatchObject({ unitTypes: ["ban"], wardKinds: ["xa"] });
    expect(fw.criteria[1]).toMatchObject({ unitTypes: ["tdp"] });
    expect(fw.criteria[1].wardKinds).toBeUndefined();
  });
  it("unknown restriction words are problems at F / G with the word; the rest is still read", () => {
    const rows = table();
    rows[3][5] = "bản, khu phố";
    rows[3][6] = "quận";
    const r = read(rows, 3, 2); // the table starts at B3
    expect(r.problems).toEqual([
      { cell: "G6", value: "khu phố", message: msg.fwUnitTypeUnknown },
      { cell: "H6", value: "quận", message: msg.fwWardKindUnknown },
    ]);
    expect(r.framework?.criteria[0].unitTypes).toEqual(["ban"]);
    expect(r.framework?.criteria[0].wardKinds).toBeUndefined();
  });
  it("a text variant attaches to its criterion by code (case-insensitive), with its own restrictions", () => {
    const fw = ok(
      table([
        row(K.variant, "1.1", "Riêng cho bản", "", "", "bản", "xã"),
        row(K.variant, " 1.2 ", "Riêng", "", "", "", ""),
      ]),
    );
    expect(fw.criteria[0].variants).toEqual([
      { text: "Riêng cho bản", unitTypes: ["ban"], wardKinds: ["xa"] },
    ]);
    expect(fw.criteria[1].variants).toEqual([{ text: "Riêng" }]);
    const two = ok(
      table([
        row(K.variant, "1.1", "một", "", "", "bản"),
        row(K.variant, "1.1", "hai", "", "", "", "phường"),
      ]),
    );
    expect(two.criteria[0].variants).toEqual([
      { text: "một", unitTypes: ["ban"] },
      { text: "hai", wardKinds: ["phuong"] },
    ]);
  });
  it("a variant of a criterion not above it is a problem at column B", () => {
    const r = read(table([row(K.variant, "9.9", "mồ côi")]));
    expect(r.problems).toEqual([{ cell: "B6", value: "9.9", message: msg.fwVariantOrphan("9.9") }]);
    expect(r.framework).not.toBeNull();
  });
  it("an unknown row kind is a problem at column A; blank kinds are skipped", () => {
    const r = read(table([row("Tiêu chí phụ", "x", "y"), row("", "1.3", "bỏ qua", "1"), []]), 10, 1);
    expect(r.problems).toEqual([
      { cell: "A15", value: "Tiêu chí phụ", message: msg.fwUnknownKind("Tiêu chí phụ", Object.values(K)) },
    ]);
    expect(r.framework?.criteria.map((c) => c.code)).toEqual(["1.1", "1.2"]);
  });
  it("with no header row, every row is read", () => {
    const fw = ok(table().slice(1));
    expect(fw.criteria).toHaveLength(2);
    expect(fw.id).toBe("thu");
  });
  it("rows above the header are ignored even when they look like rows", () => {
    const fw = ok([row(K.criterion, "0.1", "trên tiêu đề", "1"), ...table()]);
    expect(fw.criteria.map((c) => c.code)).toEqual(["1.1", "1.2"]);
  });
  it("problems of the framework's own fields point at the Khung row, column B", () => {
    const rows = table();
    rows[1][2] = "";
    const r = read(rows, 5, 1);
    expect(r.problems).toEqual([{ cell: "B6", value: "thu", message: msg.fwEmpty(msg.fwFieldLabels.name) }]);
  });
  it("problems of an item point at its row and the field's column", () => {
    const rows = table([row(K.criterion, "1.3", "", "1")]);
    const r = read(rows, 1, 1);
    expect(r.framework).toBeNull();
    expect(r.problems).toEqual([{ cell: "C6", value: "", message: msg.fwEmpty(msg.fwFieldLabels.text) }]);
    // a criterion whose Thuộc tiêu chuẩn is blank is rejected at its D cell (the message is not pinned:
    // it reads "cần ít nhất một tiêu chuẩn", which suits an empty list better than a blank cell)
    expect(read(table([row(K.criterion, "1.4", "x", "")])).problems.map((p) => [p.cell, p.value])).toEqual([
      ["D6", ""],
    ]);
    const dup = read(table([row(K.disqualifier, "1.1", "trùng mã")]));
    expect(dup.problems).toEqual([{ cell: "B6", value: "1.1", message: msg.fwDuplicateCode("1.1", "B4") }]);
    const noName = read(table([row(K.standard, "2", "", "", "50"), row(K.criterion, "2.1", "x", "2")]));
    expect(noName.problems).toEqual([
      { cell: "C6", value: "", message: msg.fwEmpty(msg.fwFieldLabels.name) },
    ]);
  });
});

describe("the criteria table written", () => {
  const lc = builtinFramework("laichau-2021")!;
  const qv = builtinFramework("quynhvinh-6k3c")!;
  it("the head rows: framework, year, deadline, rule, words; source and note only when set", () => {
    const rows = frameworkToRows(qv, 2020);
    expect(rows[0]).toEqual([...TABLE_HEADERS]);
    expect(rows.slice(1, 12)).toEqual([
      [K.framework, qv.id, qv.name, "", "", "", ""],
      [K.year, "2020", "", "", "", "", ""],
      [K.deadline, "", "", "", "", "", ""],
      [K.rule, CRITERIA_TABLE.rule["all-must-pass"], "", "", "", "", ""],
      [K.unitWord, "", qv.unitWord, "", "", "", ""],
      [K.wardWord, "", qv.wardWord, "", "", "", ""],
      [K.placeWord, "", qv.placeWord, "", "", "", ""],
      [K.titleWord, "", qv.titleWord, "", "", "", ""],
      [K.source, "", qv.source, "", "", "", ""],
      [K.note, "", qv.note, "", "", "", ""],
      [K.standard, "K", "6 không", "", "100", "", ""],
    ]);
    expect(frameworkToRows(qv)[2][1]).toBe("2019");
    const bare = { ...qv, year: undefined, source: undefined, note: "n" };
    const rowsBare = frameworkToRows(bare);
    expect(rowsBare[2][1]).toBe("");
    expect(rowsBare[9]).toEqual([K.note, "", "n", "", "", "", ""]);
    expect(frameworkToRows({ ...qv, deadline: "2021-11-22" })[3][1]).toBe("22/11/2021");
    expect(rowsBare.some((r) => r[0] === K.source)).toBe(false);
  });
  it("criterion and variant rows carry the type and area words", () => {
    const rows = frameworkToRows(lc);
    const c26 = rows.filter((r) => r[1] === "2.6");
    expect(c26[0]).toEqual([
      K.criterion,
      "2.6",
      lc.criteria.find((c) => c.code === "2.6")!.text,
      "2",
      "",
      "",
      "",
    ]);
    expect(c26.slice(1).map((r) => [r[0], r[5], r[6]])).toEqual([
      [K.variant, KIND_WORDS.unitType.ban, ""],
      [K.variant, KIND_WORDS.unitType.tdp, ""],
    ]);
    const c27 = rows.filter((r) => r[1] === "2.7" && r[0] === K.variant);
    expect(c27.map((r) => r[6])).toEqual([KIND_WORDS.wardKind.xa, KIND_WORDS.wardKind.phuong]);
    const restricted = {
      ...lc,
      criteria: lc.criteria.map((c) =>
        c.code === "1.1"
          ? { ...c, unitTypes: ["tdp" as const, "ban" as const], wardKinds: ["xa" as const] }
          : c,
      ),
    };
    const r11 = frameworkToRows(restricted).find((r) => r[1] === "1.1")!;
    expect(r11.slice(5)).toEqual(["tổ dân phố, bản", "xã"]);
    expect(frameworkFromRows(frameworkToRows(restricted)).framework).toEqual(restricted);
  });
  it("disqualifiers come last", () => {
    const rows = frameworkToRows(lc);
    expect(rows.at(-1)).toEqual([K.disqualifier, "II.4", lc.disqualifiers[3].text, "", "", "", ""]);
    expect(rows.filter((r) => r[0] === K.disqualifier)).toHaveLength(4);
  });
});

describe("odd shapes of the table", () => {
  it("holes in the values (rows the sheet returned as nothing) are skipped, above and below the header", () => {
    const rows = table();
    const holed: unknown[][] = [
      undefined as unknown as unknown[],
      ...rows.slice(0, 3),
      undefined as unknown as unknown[],
      ...rows.slice(3),
    ];
    expect(ok(holed).criteria).toHaveLength(2);
  });
  it("a problem's value is read from its cell, across holes; a cell beyond a short row reads as blank", () => {
    const rows: unknown[][] = [undefined as unknown as unknown[], ...table()];
    rows[3][4] = "0";
    expect(read(rows).problems).toEqual([{ cell: "E4", value: "0", message: msg.fwThresholdRange() }]);
    const short = table();
    short[1] = [K.framework];
    expect(read(short).problems).toEqual([
      { cell: "B2", value: "", message: msg.fwEmpty(msg.fwFieldLabels.name) },
    ]);
  });
  it("a table without a Khung row lacks the framework's name, said at the first row's column B", () => {
    const rows = table().filter((r) => r[0] !== K.framework);
    expect(read(rows, 4).problems).toEqual([
      { cell: "B5", value: "1", message: msg.fwEmpty(msg.fwFieldLabels.name) },
    ]);
  });
  it("lists of several types and areas are written joined by commas, on criterion and variant rows", () => {
    const lc = builtinFramework("laichau-2021")!;
    const fw = {
      ...lc,
      criteria: lc.criteria.map((c) =>
        c.code === "1.1"
          ? {
              ...c,
              wardKinds: ["xa" as const, "phuong" as const],
              variants: [
                {
                  text: "riêng",
                  unitTypes: ["tdp" as const, "to" as const],
                  wardKinds: ["phuong" as const, "xa" as const],
                },
              ],
            }
          : c,
      ),
    };
    const rows = frameworkToRows(fw).filter((r) => r[1] === "1.1");
    expect(rows).toEqual([
      [K.criterion, "1.1", lc.criteria[0].text, "1", "", "", "xã, phường"],
      [K.variant, "1.1", "riêng", "", "", "tổ dân phố, tổ tự quản", "phường, xã"],
    ]);
    expect(frameworkFromRows(frameworkToRows(fw)).framework).toEqual(fw);
  });
  it("no Ghi chú or Nguồn row for a framework without them", () => {
    const qv = builtinFramework("quynhvinh-6k3c")!;
    const rows = frameworkToRows({ ...qv, note: undefined, source: undefined });
    expect(rows.map((r) => r[0]).slice(0, 10)).toEqual([
      TABLE_HEADERS[0],
      K.framework,
      K.year,
      K.deadline,
      K.rule,
      K.unitWord,
      K.wardWord,
      K.placeWord,
      K.titleWord,
      K.standard,
    ]);
  });
});
