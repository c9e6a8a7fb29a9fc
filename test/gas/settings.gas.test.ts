/** Set-up puts the workbook in vi_VN and UTC+7; every command that writes flushes before unlocking. */
import { describe, expect, it } from "vitest";
import { harness } from "../helpers/harness";

function setUpIn(locale: string, zone: string) {
  const h = harness();
  h.counter.silently(() => {
    h.ss.setSpreadsheetLocale(locale);
    h.ss.setSpreadsheetTimeZone(zone);
  });
  h.ctx.menuSetupLaiChau();
  return h;
}

describe("set-up and the spreadsheet's locale and time zone", () => {
  it("sets vi_VN and Asia/Ho_Chi_Minh when they differ, and says so", () => {
    const h = setUpIn("en_US", "America/New_York");
    expect(h.ss.getSpreadsheetLocale()).toBe("vi_VN");
    expect(h.ss.getSpreadsheetTimeZone()).toBe("Asia/Ho_Chi_Minh");
    const dialog = h.ui.dialogs.at(-1)!.content;
    expect(dialog).toContain("Tiếng Việt (vi_VN; trước là “en_US”)");
    expect(dialog).toContain("Asia/Ho_Chi_Minh; trước là “America/New_York”");
  });

  it("leaves a UTC+7 zone written as GMT+07:00 alone, and says nothing when all is right", () => {
    const h = setUpIn("vi_VN", "GMT+07:00");
    expect(h.ss.getSpreadsheetTimeZone()).toBe("GMT+07:00");
    const dialog = h.ui.dialogs.at(-1)!.content;
    expect(dialog).not.toContain("múi giờ");
    expect(dialog).not.toContain("vi_VN");
  });
});

describe("the document lock", () => {
  const items = [
    "menuSetupLaiChau",
    "menuLoadSample",
    "menuApplyProtection",
    "menuRollup",
    "menuAwardTenureSheet",
  ];
  for (const item of items) {
    it(`${item}: SpreadsheetApp.flush() before every releaseLock()`, () => {
      const h = harness();
      if (item !== "menuLoadSample") h.ctx.menuLoadSample();
      const lock = h.g.LockService.document;
      const release = lock.releaseLock.bind(lock);
      const flushesAtRelease: number[] = [];
      lock.releaseLock = () => {
        flushesAtRelease.push(h.g.SpreadsheetApp.flushes);
        release();
      };
      const before = h.g.SpreadsheetApp.flushes;
      h.ctx[item]();
      expect(flushesAtRelease.length).toBeGreaterThan(0);
      expect(flushesAtRelease[0]).toBeGreaterThan(before);
    });
  }
});
