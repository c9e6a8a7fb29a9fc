/** Granular consent: a refused permission is named in Vietnamese before anything runs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHEET } from "../../src/core/vocabulary";
import { SCOPES } from "../../src/gas/consent";
import { FakeScriptApp } from "../fake/scriptApp";
import { harness } from "../helpers/harness";

const manifest: string[] = JSON.parse(
  readFileSync(join(__dirname, "../../appsscript.json"), "utf8"),
).oauthScopes;

function withConsent(granted: string[]) {
  const h = harness();
  h.ctx.ScriptApp = new FakeScriptApp(h.ss.env, manifest, granted);
  return h;
}

describe("granular consent", () => {
  it("the consent module names exactly the manifest's scopes", () => {
    expect(Object.values(SCOPES).sort()).toEqual([...manifest].sort());
  });

  it("all granted: set-up runs as before", () => {
    const h = withConsent(manifest);
    h.ctx.menuLoadSample();
    expect(h.ss.findSheet(SHEET.roster)).not.toBeNull();
  });

  it("dialogs refused: nothing runs, a toast names the permission", () => {
    const h = withConsent([SCOPES.sheet, SCOPES.email]);
    h.ctx.menuLoadSample();
    expect(h.ss.findSheet(SHEET.roster)).toBeNull();
    expect(h.ui.dialogs).toHaveLength(0);
    expect(h.ui.toasts.at(-1)!.msg).toContain("hiển thị hộp thoại và thanh bên");
    expect(h.ui.toasts.at(-1)!.msg).toContain("chưa làm gì");
  });

  it("the sheet refused: the command stops with a Vietnamese error naming it", () => {
    const h = withConsent([SCOPES.ui]);
    expect(() => h.ctx.menuRollup()).toThrow(/xem và sửa bảng tính này/);
    expect(h.ss.findSheet(SHEET.summary)).toBeNull();
  });

  it("e-mail refused: set-up still runs and says what that costs", () => {
    const h = withConsent([SCOPES.sheet, SCOPES.ui]);
    h.ctx.menuLoadSample();
    expect(h.ss.findSheet(SHEET.roster)).not.toBeNull();
    expect(h.ui.dialogs.at(-1)!.content).toContain("chưa cấp quyền biết địa chỉ email");
  });

  it("the awards menu checks too", () => {
    const h = withConsent([SCOPES.sheet]);
    h.ctx.menuAwardTenureSheet();
    expect(h.ui.toasts.at(-1)!.msg).toContain("hiển thị hộp thoại");
    expect(h.ss.sheets).toHaveLength(1);
  });
});
