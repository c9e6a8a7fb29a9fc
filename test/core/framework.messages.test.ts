/** What parseFramework says about a field: missing, an empty list, or a wrong value, each named in Vietnamese. */
import { describe, expect, it } from "vitest";
import { parseFramework } from "../../src/core/framework";
import { laiChau2021 } from "../../src/core/frameworks/laichau2021";

const messagesOf = (input: unknown) => {
  const r = parseFramework(input);
  return r.ok ? [] : r.problems.map((p) => p.message);
};
const messages = (patch: Record<string, unknown>) => messagesOf({ ...laiChau2021, ...patch });

describe("framework field messages", () => {
  it("a wrong value is called wrong, not missing", () => {
    expect(messages({ year: 1999 })).toEqual(["giá trị không hợp lệ ở Năm"]);
    expect(messages({ year: 2024.5 })).toEqual(["giá trị không hợp lệ ở Năm"]);
    expect(messages({ name: 5 })).toEqual(["giá trị không hợp lệ ở Tên"]);
    expect(messages({ unitWord: 7 })).toEqual(["giá trị không hợp lệ ở Tên đơn vị"]);
  });
  it("an empty text is missing, an empty list needs one item", () => {
    expect(messages({ id: "" })).toEqual(["thiếu Mã khung"]);
    expect(messages({ name: undefined })).toEqual(["thiếu Tên"]);
    expect(messages({ standards: [] })[0]).toBe("cần ít nhất một tiêu chuẩn");
  });
  it("no framework at all is named as the whole framework", () => {
    expect(messagesOf(null)).toEqual(["giá trị không hợp lệ ở khung tiêu chí"]);
  });
});
