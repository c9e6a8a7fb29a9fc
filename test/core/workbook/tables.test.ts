import { describe, expect, it } from "vitest";
import { readHistory, readRoster } from "../../../src/core/workbook/tables";

const header = [["DANH MỤC"], ["Email Phòng Nội vụ (sửa được mọi trang):", "a@x.vn"], ["Mã"]];
const ward = (code: string, name: string, tab = "") => [code, name, "phường", tab, "", ""];

describe("readRoster", () => {
  it("two wards on one tab name: both stay in the roster, the second is found by B2 only, and reported", () => {
    const r = readRoster([
      ...header,
      ward("TP", "Phường Tân Phong"),
      ward("XX", "Phường Khác", "phường tân phong"),
    ]);
    expect(r.roster.wards.map((w) => [w.code, w.sharedTab])).toEqual([
      ["TP", undefined],
      ["XX", "TP"],
    ]);
    expect(r.problems[0]).toMatchObject({
      cell: "D5",
      message: expect.stringContaining("tên tab trùng với tab của TP"),
    });
  });
  it("a ward tab named like a fixed sheet is refused", () => {
    const r = readRoster([...header, ward("DM", "Danh mục")]);
    expect(r.roster.wards).toEqual([]);
    expect(r.problems[0].message).toContain("tên tab trùng với Danh mục");
  });
  it("warns about tab names Excel would cut at 31 characters", () => {
    const r = readRoster([...header, ward("LONG", "Phường có cái tên rất là dài dòng quá mức")]);
    expect(r.roster.wards).toHaveLength(1);
    expect(r.problems[0].message).toContain("Excel chỉ cho 31 ký tự");
  });
  it("collects the city office emails from B2", () => {
    expect(readRoster([...header]).cityEditors).toEqual(["a@x.vn"]);
  });
  it("a malformed e-mail is a problem with its cell and is left out; the other addresses stay", () => {
    const rows = [...header, ["TP", "Phường Tân Phong", "phường", "", "canbo@tp.vn; nguyễn@tp; x y@z", ""]];
    rows[1] = [rows[1][0], "A@X.vn, noivu.gov.vn"];
    const r = readRoster(rows);
    expect(r.cityEditors).toEqual(["a@x.vn"]);
    expect(r.roster.wards[0].editors).toEqual(["canbo@tp.vn"]);
    expect(r.problems.map((p) => [p.cell, p.value])).toEqual([
      ["B2", "noivu.gov.vn"],
      ["E4", "nguyễn@tp"],
      ["E4", "x"],
      ["E4", "y@z"],
    ]);
    expect(r.problems[0].message).toContain("email không hợp lệ");
  });
  it("years read as everywhere else: 'năm 2022' is 2022, '2021 (bổ sung)' is a problem and kept", () => {
    const h = readHistory([
      ["LỊCH SỬ"],
      [""],
      ["Mã"],
      ["TP-TDP05", "năm 2022"],
      ["TP-TDP09", "2021 (bổ sung)"],
    ]);
    expect(h.history).toEqual([{ unit: "TP-TDP05", year: 2022 }]);
    expect(h.problems.map((p) => p.cell)).toEqual(["B5"]);
    expect(h.unreadable).toHaveLength(1);
  });
});
