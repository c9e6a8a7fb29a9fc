/** Đà Nẵng awards through the shipped artifact: dist/Code.js on the SpreadsheetApp fake. */
import { describe, expect, it } from "vitest";
import { AWARD } from "../../src/core/text/awards";
import { harness } from "../helpers/harness";

type H = ReturnType<typeof harness>;
const TENURE = "Khen thưởng niên hạn";
const LIST = "Phụ lục I";
const NOMINATIONS = "Đề nghị khen thưởng tổng kết";

function lastDialog(h: H) {
  const d = h.ui.dialogs.at(-1)!;
  const fromHtml = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
  const lead = fromHtml(/<p>(.*?)<\/p>/.exec(d.content)?.[1] ?? "");
  const items = [...d.content.matchAll(/<li>(.*?)<\/li>/g)].map((m) => fromHtml(m[1]));
  return { title: d.title, lead, items };
}

/** A person row from column A: STT, name, post, unit, ward, 3 × (from, to), 5 flags, note. */
function person(name: string, periods: unknown[], flags: unknown[] = [], note = ""): unknown[] {
  return [
    "",
    name,
    "Tổ trưởng tổ dân phố",
    "Tổ dân phố 12",
    "Phường Hòa Cường Bắc",
    ...periods,
    ...Array(6 - periods.length).fill(""),
    ...flags,
    ...Array(5 - flags.length).fill(""),
    note,
  ];
}

function withTenureSheet(people: unknown[][], asOf = "30/09/2024", opts = {}) {
  const h = harness(opts);
  h.ctx.menuAwardTenureSheet();
  h.ss.sheet(TENURE).seed([[asOf]], "C4");
  if (people.length) h.ss.sheet(TENURE).seed(people, "A7");
  return h;
}

describe("the Khen thưởng (Đà Nẵng) menu", () => {
  it("is a submenu whose every item is a global of the bundle", () => {
    const h = harness();
    h.ctx.onOpen({ authMode: "LIMITED" });
    const sub = h.ui.menus[0].items.find((i) => "caption" in i && i.caption === "Khen thưởng (Đà Nẵng)");
    expect(sub).toBeDefined();
    const fns = h.ui.menuFunctions();
    for (const f of [
      "menuAwardTenureSheet",
      "menuAwardTenureList",
      "menuAwardNominationSheet",
      "menuAwardQuota",
    ]) {
      expect(fns).toContain(f);
      expect(typeof h.ctx[f], f).toBe("function");
    }
  });
});

describe("the Khen thưởng niên hạn sheet", () => {
  it("is created with headers, Có/Không dropdowns that reject other input, text date columns and formulas", () => {
    const h = harness();
    h.ctx.menuAwardTenureSheet();
    expect(lastDialog(h).lead).toBe(`Đã tạo trang “${TENURE}”.`);
    const sheet = h.ss.sheet(TENURE);
    const values = h.ss.sheetValues(TENURE);
    expect(values[4].slice(0, 5)).toEqual([
      "STT",
      "Họ và tên",
      "Chức vụ",
      "Đơn vị (tổ dân phố, thôn)",
      "Xã/phường",
    ]);
    expect(values[5].slice(5, 7)).toEqual(["Từ ngày", "Đến ngày"]);
    expect(values[4][15]).toBe("Đã từ trần");
    for (const a of ["L7", "M7", "N7", "O7", "P7", "L206"]) {
      const v = sheet.cellState(a).validation!;
      expect(v.values[0], a).toEqual(["Có", "Không"]);
      expect(v.allowInvalid, a).toBe(false);
    }
    expect(sheet.cellState("C7").validation!.values[0]).toEqual(["Tổ trưởng tổ dân phố", "Trưởng thôn"]);
    expect(sheet.cellState("B7").validation).toBeNull();
    expect(sheet.cellState("F7").format.numberFormat).toBe("@");
    expect(sheet.cellState("R7").formula).toBe('=TDP_NIEN_HAN(F7:K,"",$C$4)');
    expect(sheet.cellState("S7").formula).toBe(
      '=TDP_DU_DIEU_KIEN_NIEN_HAN(F7:K,"",L7:L,M7:M,N7:N,O7:O,$C$4)',
    );
    const snap = h.ss.snapshotSheet(TENURE);
    expect(snap.frozenRows).toBe(6);
    expect(snap.merges).toEqual(expect.arrayContaining(["F5:K5", "A5:A6", "B5:B6"]));
    expect(sheet.cellState("B5").format.fontWeight).toBe("bold");
  });
  it("is never overwritten by the menu item", () => {
    const h = withTenureSheet([person("Nguyễn Văn An", ["01/01/2010", "31/12/2019"])]);
    h.ctx.menuAwardTenureSheet();
    expect(lastDialog(h).lead).toBe(`Trang “${TENURE}” đã có; không ghi đè. Đã mở trang đó.`);
    expect(h.ss.sheetValues(TENURE)[6][1]).toBe("Nguyễn Văn An");
  });
});

describe("=TDP_NIEN_HAN and =TDP_DU_DIEU_KIEN_NIEN_HAN in the bundle", () => {
  it("as globals, with ranges as Apps Script passes them", () => {
    const h = harness();
    expect(h.ctx.TDP_NIEN_HAN([["01/01/2010", "31/12/2019", "", "", "", ""]], "", "30/09/2024")).toBe(
      "10 năm",
    );
    expect(
      h.ctx.TDP_NIEN_HAN(
        [
          ["01/01/2010", "31/07/2019"],
          ["", ""],
        ],
        "",
        "30/09/2024",
      ),
    ).toEqual([["9 năm 7 tháng"], [""]]);
    expect(
      h.ctx.TDP_DU_DIEU_KIEN_NIEN_HAN([["01/01/2010", "31/07/2019"]], "", "Có", "", "", "", "30/09/2024"),
    ).toBe("Chưa đủ: 9 năm 7 tháng, cần 10 năm; bị bãi nhiệm");
    expect(h.ctx.TDP_NIEN_HAN([["01/01/10", ""]], "", "30/09/2024")).toBe(
      `Lỗi: Từ ngày (lần 1), cột 1 của from_dates “01/01/10”: ${AWARD.dateTwoDigitYear}`,
    );
  });
  it("the JSDoc reaches the top-level wrappers (autocomplete)", async () => {
    const { bundleSource } = await import("../helpers/bundle");
    const src = bundleSource();
    expect(src).toMatch(/@customfunction\s*\*\/\s*function TDP_NIEN_HAN\(from_dates, to_dates, as_of\)/);
    expect(src).toMatch(
      /function TDP_DU_DIEU_KIEN_NIEN_HAN\(from_dates, to_dates, dismissed, discipline, violation, awarded, as_of\)/,
    );
  });
  it("the sheet's formulas compute each row; a Date cell at 2009-12-31T17:00Z is 01/01/2010", () => {
    const h = withTenureSheet([
      person("Nguyễn Văn An", [new Date("2009-12-31T17:00:00Z"), "31/12/2019"]),
      person("Trần Thị Bình", ["01/01/2010", "30/12/2019"]),
    ]);
    const values = h.ss.sheetValues(TENURE);
    // The harness shows a spilled array's top-left value: the first person's.
    expect(values[6][17]).toBe("10 năm");
    expect(values[6][18]).toBe("Đủ điều kiện");
    expect(h.ctx.TDP_NIEN_HAN(h.ss.getRange(`'${TENURE}'!F7:K8`).getValues(), "", "30/09/2024")).toEqual([
      ["10 năm"],
      ["9 năm 11 tháng 30 ngày"],
    ]);
  });
});

describe("Phụ lục I", () => {
  const people = [
    person("Nguyễn Văn An", ["01/01/2010", "31/12/2019"], [], "Đã nghỉ"),
    person("Trần Thị Bình", ["01/01/2010", "31/07/2019"]),
    person("Lê Văn Cường", ["2003", "2008", "01/2015", "12/2020"], ["", "", "", "", "Có"]),
    person("Phạm Văn Dũng", ["01/01/2005", ""], ["", "Có", "", "", ""]),
    person("Hoàng Thị Em", ["31/02/2010", ""]),
    person("Võ Văn Phúc", ["01/03/2012", "", "01/01/2010", "31/12/2013"]),
  ];

  it("lists eligible people in Tặng Bằng khen and Truy tặng, and reports the rest with cells", () => {
    const h = withTenureSheet(people);
    h.ctx.menuAwardTenureList();
    const d = lastDialog(h);
    expect(d.title).toBe("Danh sách Phụ lục I");
    expect(d.lead).toBe(
      "Đã lập trang “Phụ lục I”: 2 người đề nghị tặng Bằng khen, 1 người truy tặng. 2 người chưa đủ điều kiện (không đưa vào danh sách), 1 dòng có lỗi cần sửa.",
    );
    expect(d.items).toEqual(
      expect.arrayContaining([
        `${TENURE}!F11: Hoàng Thị Em: “31/02/2010” – không có ngày này trong lịch`,
        `${TENURE}!B8: Trần Thị Bình: Chưa đủ: 9 năm 7 tháng, cần 10 năm (ô F8:G8)`,
        `${TENURE}!B10: Phạm Văn Dũng: Chưa đủ: đang bị kỷ luật hoặc đang xem xét xử lý kỷ luật (ô M10)`,
        `${TENURE}!F9: Lê Văn Cường: ngày “2003” không đầy đủ, đã tính là 01/01/2003; hãy kiểm tra lại`,
        `Thời hạn: ${AWARD.deadlineWard}`,
        `Thời hạn: ${AWARD.deadlineDistrict}`,
      ]),
    );
    expect(d.items.some((i) => /múi giờ/i.test(i))).toBe(false);

    const v = h.ss.sheetValues(LIST);
    const col0 = v.map((r) => r[0]);
    expect(v[0][0]).toBe("ỦY BAN NHÂN DÂN QUẬN, HUYỆN....");
    expect(v[0][3]).toBe("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(v[1][3]).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(col0).toContain("DANH SÁCH");
    expect(col0).toContain("CÁC CÁ NHÂN ĐỀ NGHỊ CHỦ TỊCH UBND THÀNH PHỐ KHEN THƯỞNG NIÊN HẠN");
    const s1 = col0.indexOf("1. Tặng Bằng khen cho 02 cá nhân");
    const s2 = col0.indexOf("2. Truy tặng Bằng khen cho 01 cá nhân");
    expect(s1).toBeGreaterThan(0);
    expect(s2).toBeGreaterThan(s1);
    expect(v[s1 + 1].slice(0, 6)).toEqual([
      "STT",
      "Họ và tên",
      "Chức vụ",
      "Đơn vị",
      "Thời gian giữ chức vụ",
      "Ghi chú",
    ]);
    expect(v[s1 + 2].slice(0, 6)).toEqual([
      1,
      "Nguyễn Văn An",
      "Tổ trưởng tổ dân phố",
      "Tổ dân phố 12, Phường Hòa Cường Bắc",
      "01/01/2010 – 31/12/2019 (tổng: 10 năm)",
      "Đã nghỉ",
    ]);
    // Overlapping periods count once: 01/01/2010 – 30/09/2024 is 14 năm 9 tháng.
    expect(v[s1 + 3].slice(0, 2)).toEqual([2, "Võ Văn Phúc"]);
    expect(v[s1 + 3][4]).toBe("01/01/2010 – 31/12/2013; 01/03/2012 – nay (tổng: 14 năm 9 tháng)");
    expect(v[s2 + 2].slice(0, 2)).toEqual([1, "Lê Văn Cường"]);
    expect(v[s2 + 2][4]).toBe("2003 – 2008; 01/2015 – 12/2020 (tổng: 12 năm)");
    const names = v.map((r) => r[1]);
    for (const n of ["Trần Thị Bình", "Phạm Văn Dũng", "Hoàng Thị Em"]) expect(names).not.toContain(n);
    expect(col0).toContain(`- ${AWARD.deadlineWard}`);
    expect(col0).toContain(`- ${AWARD.deadlineDistrict}`);
    expect(col0).toContain(
      `- Thời gian giữ chức vụ tính đến ngày 30/09/2024; danh sách lập từ trang “${TENURE}”.`,
    );

    // Ready to print: bold headers, borders, widths, merged title.
    const list = h.ss.sheet(LIST);
    expect(list.cellState(`A${s1 + 2}`).format.fontWeight).toBe("bold");
    expect(list.cellState(`C${s1 + 3}`).format.fontWeight).toBe("normal");
    expect(list.cellState(`E${s1 + 3}`).format.borders).toMatchObject({ top: true, left: true });
    const snap = h.ss.snapshotSheet(LIST);
    expect(snap.columnWidths).toMatchObject({ 1: 45, 2: 170, 5: 260 });
    expect(snap.merges).toContain(`A${col0.indexOf("DANH SÁCH") + 1}:F${col0.indexOf("DANH SÁCH") + 1}`);
    expect(h.ss.getActiveSheet().getName()).toBe(LIST);
  });

  it("is replaced on the next run, without stale rows", () => {
    const h = withTenureSheet(people);
    h.ctx.menuAwardTenureList();
    // Bình's record is corrected; An's row is deleted.
    h.ss.sheet(TENURE).seed([person("Trần Thị Bình", ["01/01/2009", "31/07/2019"])], "A8");
    h.ss.sheet(TENURE).seed([Array(17).fill("")], "A7");
    h.ctx.menuAwardTenureList();
    expect(h.ss.getSheets().filter((s) => s.getName() === LIST)).toHaveLength(1);
    const v = h.ss.sheetValues(LIST);
    const names = v.map((r) => r[1]);
    expect(names).toContain("Trần Thị Bình");
    expect(names).not.toContain("Nguyễn Văn An");
    expect(v.map((r) => r[0])).toContain("1. Tặng Bằng khen cho 02 cá nhân");
    expect(v.flat().filter((x) => x === "Võ Văn Phúc")).toHaveLength(1);
  });

  it("refuses an unreadable as-of date and a missing sheet, in Vietnamese", () => {
    const h = withTenureSheet(people, "30/9/24");
    h.ctx.menuAwardTenureList();
    expect(lastDialog(h).lead).toBe(AWARD.failed);
    expect(lastDialog(h).items).toEqual([
      `${TENURE}!C4: ngày tính as_of “30/9/24”: ${AWARD.dateTwoDigitYear}`,
    ]);
    expect(h.ss.findSheet(LIST)).toBeNull();
    const empty = harness();
    empty.ctx.menuAwardTenureList();
    expect(lastDialog(empty).lead).toBe(
      `Chưa có trang “${TENURE}”. Dùng menu Khen thưởng (Đà Nẵng) → Tạo trang Khen thưởng niên hạn để tạo.`,
    );
  });

  it("warns when the spreadsheet is not in Asia/Ho_Chi_Minh time", () => {
    const h = withTenureSheet(people, "30/09/2024", { spreadsheet: { timeZone: "America/New_York" } });
    h.ctx.menuAwardTenureList();
    expect(lastDialog(h).items).toContain(AWARD.timeZoneWarning("America/New_York"));
  });
});

describe("summary-award quotas", () => {
  it("creates the nominations sheet with its dropdowns", () => {
    const h = harness();
    h.ctx.menuAwardNominationSheet();
    const sheet = h.ss.sheet(NOMINATIONS);
    expect(h.ss.sheetValues(NOMINATIONS)[4]).toEqual([
      "STT",
      "Cấp khen thưởng",
      "Tập thể / Cá nhân",
      "Họ và tên / Tên tập thể",
      "Đơn vị",
      "Số năm công tác (cá nhân)",
      "Ghi chú",
    ]);
    const level = sheet.cellState("B6").validation!;
    expect(level.values[0]).toEqual([
      "Cấp thành phố",
      "Cấp quận, huyện",
      "Cấp phường, xã",
      "Cấp dưới phường, xã",
    ]);
    expect(level.allowInvalid).toBe(false);
    expect(sheet.cellState("C6").validation!.values[0]).toEqual(["Tập thể", "Cá nhân"]);
  });

  it("reports counts per level, what is over quota and the 15-year notes, each with its cell", () => {
    const h = harness();
    h.ctx.menuAwardNominationSheet();
    const rows = [
      ...Array.from({ length: 8 }, (_, i) => [
        i + 1,
        "Cấp quận, huyện",
        "Tập thể",
        `UBND quận ${i + 1}`,
        "",
        "",
        "",
      ]),
      [9, "Cấp dưới phường, xã", "Cá nhân", "Ngô Thị Hạnh", "Tổ dân phố 3", 9, ""],
      [10, "Cấp dưới phường, xã", "Cá nhân", "Đỗ Văn Khoa", "Thôn Phước Hưng", 22, ""],
      [11, "Cấp tỉnh", "Tập thể", "Sở X", "", "", ""],
    ];
    h.ss.sheet(NOMINATIONS).seed(rows, "A6");
    h.ctx.menuAwardQuota();
    const d = lastDialog(h);
    expect(d.title).toBe("Kiểm tra chỉ tiêu khen thưởng");
    expect(d.lead).toBe("Vượt chỉ tiêu: 10/67 đề nghị (xem từng cấp bên dưới).");
    expect(d.items.slice(0, 5)).toEqual([
      "Cấp thành phố: 0/10",
      "Cấp quận, huyện: 8/7 – vượt 1 chỉ tiêu",
      "Cấp phường, xã: 0/20",
      "Cấp dưới phường, xã: 2/30",
      "Tổng cộng: 10/67",
    ]);
    expect(d.items).toContain(
      `${NOMINATIONS}!D13: UBND quận 8: vượt chỉ tiêu cấp quận, huyện (thứ 8, tối đa 7)`,
    );
    expect(d.items).toContain(`${NOMINATIONS}!B16: Sở X: “Cấp tỉnh” – ${AWARD.levelInvalid}`);
    expect(d.items).toContain(`${NOMINATIONS}!F14: ${AWARD.preferenceNote("Ngô Thị Hạnh", "9")}`);
    expect(d.items.some((i) => i.includes("Đỗ Văn Khoa"))).toBe(false);
  });

  it("says when the nominations sheet is missing", () => {
    const h = harness();
    h.ctx.menuAwardQuota();
    expect(lastDialog(h).lead).toContain(`Chưa có trang “${NOMINATIONS}”`);
  });
});
