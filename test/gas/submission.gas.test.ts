/**
 * Gửi thẩm định, Trả lại and the board through dist/Code.js on the fake (issue 15), on the Lai Châu
 * sample: the fake's protections refuse a write the way Sheets does, and keep the user running a
 * script among a protection's editors, as Google documents.
 */
import { describe, expect, it } from "vitest";
import { SUBMIT_TEXT } from "../../src/core/text/submission";
import { SUBMIT_UI } from "../../src/core/text/ui";
import { CRITERIA_TABLE, SHEET, SUBMISSION } from "../../src/core/vocabulary";
import { harness } from "../helpers/harness";

const TAB = "Phường Tân Phong";
const OTHER_TAB = "Phường Quyết Thắng";
/** The harness's user: the file's owner, in Danh mục's B2. */
const OWNER = "noivu@thanhpho.gov.vn";
/** The other city e-mail of B2: not the owner, so protections really apply to it. */
const CITY = "noivu@laichau.example.gov.vn";
const EDITOR = "tanphong@example.gov.vn";
const SECOND = "tanphong2@example.gov.vn";
const OTHER_EDITOR = "quyetthang@example.gov.vn";

type H = ReturnType<typeof harness>;

function sample(): H {
  const h = harness({ fileEditors: [CITY, EDITOR, SECOND, OTHER_EDITOR] });
  h.ctx.menuLoadSample();
  h.ss.setActiveSheet(h.ss.sheet(TAB));
  return h;
}

/** The row of criterion 1.1 on a ward tab (its input cells are C… of that row). */
function inputRow(h: H, tab = TAB): number {
  return h.ss.sheetValues(tab).findIndex((r) => String(r[0]) === "1.1") + 1;
}

const lastDialog = (h: H) => h.ui.dialogs.at(-1)!.content;

function boardRow(h: H, code: string): string[] {
  const row = h.ss.sheetValues(SUBMISSION.boardSheet).find((r) => String(r[1]) === code);
  if (!row) throw new Error(`No row for ${code} on the board`);
  return row.map(String);
}

/** A person typing into a cell through the API, as `email`: throws when a protection refuses. */
function writeAs(h: H, email: string, a1: string, value: string, tab = TAB): void {
  h.g.actAs(email);
  try {
    h.ss.sheet(tab).getRange(a1).setValue(value);
  } finally {
    h.g.actAs(OWNER);
  }
}

function setDeadline(h: H, typed: string): void {
  const rows = h.ss.sheetValues(SHEET.criteria);
  const r = rows.findIndex((row) => String(row[0]) === CRITERIA_TABLE.rowKind.deadline) + 1;
  expect(r).toBeGreaterThan(0);
  h.ss.sheet(SHEET.criteria).seed([[typed]], `B${r}`);
}

describe("Gửi thẩm định", () => {
  it("by the city office: the ward's editor can no longer write an input cell, the city office can", () => {
    const h = sample();
    const cell = `C${inputRow(h)}`;
    expect(h.ss.canUserEdit(EDITOR, TAB, cell)).toBe(true);
    h.ctx.menuSubmitTab();
    expect(lastDialog(h)).toContain(SUBMIT_UI.sentLead);
    expect(h.ui.toasts.at(-1)!.msg).toMatch(/^Đã gửi thẩm định Phường Tân Phong/);
    expect(() => writeAs(h, EDITOR, cell, "Không đạt")).toThrow(/protected/i);
    expect(h.ss.canUserEdit(EDITOR, TAB, cell)).toBe(false);
    expect(() => writeAs(h, CITY, cell, "Không đạt")).not.toThrow();
    // Another ward's tab is not touched.
    expect(h.ss.canUserEdit(OTHER_EDITOR, OTHER_TAB, `C${inputRow(h, OTHER_TAB)}`)).toBe(true);
    // The record is hidden; the board says who sent.
    expect(h.ss.sheet(SUBMISSION.recordSheet).isSheetHidden()).toBe(true);
    expect(boardRow(h, "TP")[3]).toBe(SUBMISSION.status.sent);
    expect(boardRow(h, "TP")[5]).toBe(OWNER);
  });

  it("by a ward's editor: the other editors at once, the sender when the city office updates the board", () => {
    const h = sample();
    h.ss.sheet(SHEET.roster).seed([[`${EDITOR}, ${SECOND}`]], "E4");
    h.ctx.menuApplyProtection();
    const cell = `C${inputRow(h)}`;
    expect(h.ss.canUserEdit(SECOND, TAB, cell)).toBe(true);
    h.g.actAs(EDITOR);
    h.ctx.menuSubmitTab();
    h.g.actAs(OWNER);
    expect(lastDialog(h)).toContain(SUBMIT_UI.selfStillEditor.slice(0, 40));
    expect(boardRow(h, "TP")[5]).toBe(EDITOR);
    expect(h.ss.canUserEdit(SECOND, TAB, cell)).toBe(false);
    // Google keeps the user running a script among a protection's editors.
    expect(h.ss.canUserEdit(EDITOR, TAB, cell)).toBe(true);
    h.ctx.menuSubmissionStatus();
    expect(h.ss.canUserEdit(EDITOR, TAB, cell)).toBe(false);
    expect(h.ss.canUserEdit(CITY, TAB, cell)).toBe(true);
  });

  it("by another ward's editor: refused, nothing written", () => {
    const h = sample();
    h.g.actAs(OTHER_EDITOR);
    h.ctx.menuSubmitTab();
    h.g.actAs(OWNER);
    expect(lastDialog(h)).toContain(SUBMIT_UI.notWardEditor(TAB).slice(0, 30));
    expect(h.ss.getSheetByName(SUBMISSION.recordSheet)).toBeNull();
    expect(h.ss.canUserEdit(EDITOR, TAB, `C${inputRow(h)}`)).toBe(true);
  });

  it("without the user's e-mail (permission refused): submit and return say so and change nothing", () => {
    const h = sample();
    h.g.actAs("", "");
    h.ctx.menuSubmitTab();
    expect(lastDialog(h)).toContain(SUBMIT_UI.needEmail.slice(0, 40));
    h.ctx.menuReturnTab();
    expect(lastDialog(h)).toContain(SUBMIT_UI.needEmail.slice(0, 40));
    h.g.actAs(OWNER);
    expect(h.ui.prompts).toHaveLength(0);
    expect(h.ss.getSheetByName(SUBMISSION.recordSheet)).toBeNull();
  });

  it("on a sheet that is not a ward tab: refused", () => {
    const h = sample();
    h.ss.setActiveSheet(h.ss.sheet(SHEET.roster));
    h.ctx.menuSubmitTab();
    expect(lastDialog(h)).toContain("không phải tab đánh giá");
    expect(h.ss.getSheetByName(SUBMISSION.recordSheet)).toBeNull();
  });

  it("with a blank cell in a proposed unit: refused, the cell named and selected, nothing locked", () => {
    const h = sample();
    const cell = `D${inputRow(h)}`;
    h.ss.sheet(TAB).seed([[""]], cell);
    h.ctx.menuSubmitTab();
    expect(lastDialog(h)).toContain(`${TAB}!${cell}`);
    expect(lastDialog(h)).toContain("Chưa gửi được");
    expect(h.ss.getActiveRange()?.getA1Notation()).toBe(cell);
    expect(h.ss.getSheetByName(SUBMISSION.recordSheet)).toBeNull();
    expect(h.ss.canUserEdit(EDITOR, TAB, cell)).toBe(true);
  });

  it("twice: the second changes nothing and says when it was sent", () => {
    const h = sample();
    h.ctx.menuSubmitTab();
    const record = h.ss.sheetValues(SUBMISSION.recordSheet);
    const protections = h.ss.snapshotSheet(TAB).protections;
    h.ctx.menuSubmitTab();
    expect(lastDialog(h)).toContain("đã gửi lúc");
    expect(h.ss.sheetValues(SUBMISSION.recordSheet)).toEqual(record);
    expect(h.ss.snapshotSheet(TAB).protections).toEqual(protections);
  });
});

describe("the sidebar's button", () => {
  it("sidebarSubmitTab: a refusal's cells as items, then the same submission as the menu's", () => {
    const h = sample();
    const cell = `D${inputRow(h)}`;
    const value = h.ss.sheetValues(TAB)[inputRow(h) - 1][3];
    h.ss.sheet(TAB).seed([[""]], cell);
    const refused = h.ctx.sidebarSubmitTab() as { ok: boolean; items: string[] };
    expect(refused.ok).toBe(false);
    expect(refused.items.some((i) => i.startsWith(`${TAB}!${cell}: `))).toBe(true);
    h.ss.sheet(TAB).seed([[value]], cell);
    const sent = h.ctx.sidebarSubmitTab() as { ok: boolean; message: string };
    expect(sent).toMatchObject({ ok: true, message: SUBMIT_UI.sentLead });
    expect(h.ss.canUserEdit(EDITOR, TAB, cell)).toBe(false);
    expect(boardRow(h, "TP")[3]).toBe(SUBMISSION.status.sent);
  });
});

describe("the sidebar's note", () => {
  it("says when the tab was sent, then why it was returned", () => {
    const h = sample();
    h.ss
      .sheet(TAB)
      .getRange(`C${inputRow(h)}`)
      .activate();
    expect(h.ctx.sidebarGetState()).not.toHaveProperty("submission");
    h.ctx.menuSubmitTab();
    h.ss
      .sheet(TAB)
      .getRange(`C${inputRow(h)}`)
      .activate();
    const sent = h.ctx.sidebarGetState() as { submission?: string };
    expect(sent.submission).toMatch(
      /^Đã gửi thẩm định lúc \d\d\/\d\d\/\d{4} \d\d:\d\d \(noivu@thanhpho\.gov\.vn\)/,
    );
    h.ui.answerPrompts("Thiếu biên bản họp tổ");
    h.ctx.menuReturnTab();
    const returned = h.ctx.sidebarGetState() as { submission?: string };
    expect(returned.submission).toContain("Thiếu biên bản họp tổ");
    h.ss.setActiveSheet(h.ss.sheet(OTHER_TAB));
    expect(h.ctx.sidebarGetState()).not.toHaveProperty("submission");
  });
});

describe("the deadline on the board", () => {
  it("past: a ward that has not sent is Quá hạn, one that sends now is Đã gửi (quá hạn)", () => {
    const h = sample();
    setDeadline(h, "01/01/2020");
    h.ctx.menuSubmitTab();
    expect(lastDialog(h)).toContain("gửi sau hạn");
    expect(boardRow(h, "TP")[3]).toBe(SUBMISSION.status.sentLate);
    expect(boardRow(h, "QT")[3]).toBe(SUBMISSION.status.late);
    expect(h.ss.sheetValues(SUBMISSION.boardSheet)[1][0]).toContain("01/01/2020");
  });

  it("ahead: Đã gửi and Chưa gửi", () => {
    const h = sample();
    setDeadline(h, "01/01/2099");
    h.ctx.menuSubmitTab();
    expect(boardRow(h, "TP")[3]).toBe(SUBMISSION.status.sent);
    expect(boardRow(h, "QT")[3]).toBe(SUBMISSION.status.notSent);
  });
});

describe("Trả lại xã/phường", () => {
  it("the city office returns with a reason: the ward edits again, the reason is on the board", () => {
    const h = sample();
    const cell = `C${inputRow(h)}`;
    h.ctx.menuSubmitTab();
    h.ui.answerPrompts("Thiếu biên bản họp tổ");
    h.ctx.menuReturnTab();
    expect(h.ui.prompts.at(-1)!.prompt).toBe(SUBMIT_UI.askReason(TAB));
    expect(lastDialog(h)).toContain(SUBMIT_UI.returnedLead);
    expect(h.ss.canUserEdit(EDITOR, TAB, cell)).toBe(true);
    expect(() => writeAs(h, EDITOR, cell, "Không đạt")).not.toThrow();
    expect(boardRow(h, "TP")[3]).toBe(SUBMISSION.status.returned);
    expect(boardRow(h, "TP")[7]).toBe("Thiếu biên bản họp tổ");
    // Sent again after the return: locked again.
    h.ctx.menuSubmitTab();
    expect(h.ss.canUserEdit(EDITOR, TAB, cell)).toBe(false);
    expect(boardRow(h, "TP")[3]).toBe(SUBMISSION.status.sent);
  });

  it("from another sheet: the ward is asked", () => {
    const h = sample();
    h.ctx.menuSubmitTab();
    h.ss.setActiveSheet(h.ss.sheet(SHEET.roster));
    h.ui.answerPrompts("TP", "Sai số hộ");
    h.ctx.menuReturnTab();
    expect(h.ui.prompts.map((p) => p.prompt)).toEqual([SUBMIT_UI.askWard, SUBMIT_UI.askReason(TAB)]);
    expect(boardRow(h, "TP")[7]).toBe("Sai số hộ");
  });

  it("an empty reason is refused and the tab stays locked", () => {
    const h = sample();
    const cell = `C${inputRow(h)}`;
    h.ctx.menuSubmitTab();
    h.ui.answerPrompts("   ");
    h.ctx.menuReturnTab();
    expect(lastDialog(h)).toContain(SUBMIT_TEXT.needReason);
    expect(h.ss.canUserEdit(EDITOR, TAB, cell)).toBe(false);
    expect(boardRow(h, "TP")[3]).toBe(SUBMISSION.status.sent);
  });

  it("a ward's editor may not return: refused before any prompt", () => {
    const h = sample();
    const cell = `C${inputRow(h)}`;
    h.ctx.menuSubmitTab();
    h.g.actAs(EDITOR);
    h.ctx.menuReturnTab();
    h.g.actAs(OWNER);
    expect(lastDialog(h)).toContain(SUBMIT_UI.cityOnly);
    expect(h.ui.prompts).toHaveLength(0);
    expect(h.ss.canUserEdit(EDITOR, TAB, cell)).toBe(false);
  });

  it("another execution holds the document lock: busy after the prompt, nothing changed", () => {
    const h = sample();
    h.ctx.menuSubmitTab();
    const record = h.ss.sheetValues(SUBMISSION.recordSheet);
    h.ui.answerPrompts("Lý do");
    h.g.holdDocumentLock();
    h.ctx.menuReturnTab();
    h.g.releaseDocumentLock();
    expect(lastDialog(h)).toContain(SUBMIT_UI.busy);
    expect(h.ss.sheetValues(SUBMISSION.recordSheet)).toEqual(record);
  });
});

describe("after submission", () => {
  it("a cell the city office changed is listed in the roll-up's problems with the old and new value", () => {
    const h = sample();
    const cell = `C${inputRow(h)}`;
    const before = String(h.ss.sheetValues(TAB)[inputRow(h) - 1][2]);
    const after = before === "Đạt" ? "Không đạt" : "Đạt";
    h.ctx.menuSubmitTab();
    writeAs(h, CITY, cell, after);
    h.ctx.menuRollup();
    const summary = h.ss
      .sheetValues(SHEET.summary)
      .map((r) => r.join("\t"))
      .join("\n");
    const line = summary.split("\n").find((l) => l.includes(cell) && l.includes("sau khi gửi thẩm định"));
    expect(line).toBeDefined();
    expect(line).toContain(TAB);
    expect(line).toContain(after);
    expect(line).toContain(`“${before}”`);
    // The roll-up refreshed the board: one cell changed since.
    expect(boardRow(h, "TP")[8]).toBe("1");
  });

  it("a roll-up with nothing new for the board reads its marker and writes nothing to it", () => {
    const rollupAgain = (submit: boolean) => {
      const h = sample();
      if (submit) h.ctx.menuSubmitTab();
      h.ctx.menuRollup();
      h.counter.reset();
      h.ctx.menuRollup();
      return h.counter.snapshot();
    };
    const plain = rollupAgain(false);
    const withRecord = rollupAgain(true);
    // Two more sheets read (getName + getSheetValues each) and the board's A1 note: nothing written.
    expect(withRecord.total - plain.total).toBeLessThanOrEqual(6);
    expect(withRecord.writes).toBe(plain.writes);
  });

  it("Áp dụng phân quyền and set-up keep a sent tab locked; after a return they leave it open", () => {
    const h = sample();
    const cell = `C${inputRow(h)}`;
    h.ctx.menuSubmitTab();
    h.ctx.menuApplyProtection();
    expect(h.ss.canUserEdit(EDITOR, TAB, cell)).toBe(false);
    h.ctx.menuSetupLaiChau();
    expect(h.ss.canUserEdit(EDITOR, TAB, cell)).toBe(false);
    expect(h.ss.canUserEdit(OTHER_EDITOR, OTHER_TAB, `C${inputRow(h, OTHER_TAB)}`)).toBe(true);
    h.ui.answerPrompts("Bổ sung hồ sơ");
    h.ctx.menuReturnTab();
    h.ctx.menuApplyProtection();
    expect(h.ss.canUserEdit(EDITOR, TAB, cell)).toBe(true);
  });

  it("Cập nhật bảng theo dõi is the city office's", () => {
    const h = sample();
    h.ctx.menuSubmitTab();
    h.g.actAs(EDITOR);
    h.ctx.menuSubmissionStatus();
    h.g.actAs(OWNER);
    expect(lastDialog(h)).toContain(SUBMIT_UI.cityOnly);
  });
});
