/**
 * The real dist/Sidebar.html in Debian's Chromium, with a stand-in for google.script.run whose answers
 * each test controls. See test/helpers/chromium.ts for when these tests are skipped.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { laiChau2021 } from "../../src/core/frameworks/laichau2021";
import {
  type ActionResult,
  type SidebarState,
  type StandardView,
  sidebarStateSchema,
} from "../../src/core/rpc";
import { tenthsToVi } from "../../src/core/text/format";
import { msg } from "../../src/core/text/problems";
import { UI } from "../../src/core/text/ui";
import { shortName } from "../../src/core/usecases/unitView";
import { browserTestsEnabled, launch } from "../helpers/chromium";

const ROOT = join(__dirname, "../..");
const SIDEBAR = join(ROOT, "dist/Sidebar.html");
const HOSTILE = "<img src=x onerror=alert(1)>";

// --- sample payloads (Lai Châu 2021: 6 standards, criterion 1.3 fails, 4.2 is blank) ---

function criterion(code: string) {
  const c = laiChau2021.criteria.find((x) => x.code === code)!;
  return { code, text: c.text, value: "", cell: "" };
}

function standard(code: string, passed: number, blank = 0): StandardView {
  const applicable = laiChau2021.criteria.filter((c) => c.standard === code).length;
  const needed = Math.ceil((applicable * 80) / 100);
  const status = passed >= needed ? "pass" : passed + blank >= needed ? "missing" : "fail";
  const word = {
    pass: msg.standardStatusPass,
    fail: msg.standardStatusFail,
    missing: msg.standardStatusMissing,
  };
  const percent = tenthsToVi(Math.round((passed * 1000) / applicable));
  return {
    code,
    label: msg.standardLabel(code),
    name: laiChau2021.standards.find((s) => s.code === code)!.name,
    shortName: shortName(laiChau2021.standards.find((s) => s.code === code)!.name),
    passed,
    applicable,
    needed,
    status,
    summary: `${passed}/${applicable} (${percent}%) – ${word[status]}`,
  };
}

function sampleState(): SidebarState {
  const counts = Object.fromEntries(
    laiChau2021.standards.map((s) => [
      s.code,
      laiChau2021.criteria.filter((c) => c.standard === s.code).length,
    ]),
  );
  return {
    title: "Tổ dân phố, bản tự quản, phát triển toàn diện – năm 2024",
    isCityOffice: false,
    unit: {
      sheet: "Phường Tân Phong",
      cell: "E3",
      code: "TP-05",
      name: "Tổ dân phố số 5",
      verdict: "fail",
      verdictLabel: "Không đạt",
      explanation: "Không đạt: TC1: cần thêm 1 tiêu chí (1.3 không đạt); TC4: còn trống 4.2.",
      standards: [
        standard("1", counts["1"] - 1),
        standard("2", counts["2"]),
        standard("3", counts["3"]),
        standard("4", counts["4"] - 1, 1),
        standard("5", counts["5"]),
        standard("6", counts["6"]),
      ],
      failing: [criterion("1.3")],
      missing: [criterion("4.2")],
      invalid: [],
      disqualified: [],
    },
    computedAt: "2024-05-01T08:04:05.000Z", // 15:04:05 in Asia/Ho_Chi_Minh
  };
}

const VALIDATE_RESULT: ActionResult = {
  ok: false,
  message: "Tab có 2 ô cần sửa.",
  items: [
    "Phường Tân Phong!E7: tiêu chí 1.3: giá trị “Đạt?” không hiểu được",
    "Phường Tân Phong!F9: còn trống",
  ],
};

// --- the google.script.run stand-in (runs inside the page; serialized by page.addInitScript) ---

type Rpc = Record<string, unknown>;

/**
 * window.__rpc maps a server function name to its answer: a value (sent through a JSON round trip, as
 * Apps Script does), `{ __fail: "message" }` for the failure handler, or an in-page function (its throw
 * goes to the failure handler). Calls are recorded in window.__calls; with window.__hold = true answers
 * wait in window.__pending until window.__release().
 */
function installStandIn(init: { rpc: Record<string, unknown>; hold: boolean }) {
  const w = window as any;
  w.__rpc = init.rpc;
  w.__hold = init.hold;
  w.__calls = [];
  w.__pending = [];
  w.__release = () => w.__pending.splice(0).map((settle: () => void) => settle()).length;
  const noop = () => {};
  const runner = (ok: (v: unknown) => void, fail: (e: unknown) => void): Record<string, unknown> => {
    const run: Record<string, unknown> = {
      withSuccessHandler: (fn: (v: unknown) => void) => runner(fn, fail),
      withFailureHandler: (fn: (e: unknown) => void) => runner(ok, fn),
    };
    for (const name of ["sidebarGetState", "sidebarValidateTab", "sidebarRollup"]) {
      run[name] = (...args: unknown[]) => {
        w.__calls.push({ name, args });
        let settle: () => void;
        try {
          const entry = w.__rpc[name];
          const answer = typeof entry === "function" ? entry(...args) : entry;
          if (answer === undefined) throw new Error(`no answer for ${name}`);
          if (answer && typeof answer === "object" && "__fail" in answer) throw new Error(answer.__fail);
          const value = JSON.parse(JSON.stringify(answer));
          settle = () => ok(value);
        } catch (error) {
          settle = () => fail(error);
        }
        if (w.__hold) w.__pending.push(settle);
        else setTimeout(settle, 10);
      };
    }
    return run;
  };
  w.google = { script: { run: runner(noop, noop) } };
}

// --- tests ---

describe.skipIf(!browserTestsEnabled())("sidebar in Chromium", () => {
  let browser: Browser;
  let html: string;
  let context: BrowserContext | undefined;
  let pageErrors: string[] = [];
  let dialogs: string[] = [];

  beforeAll(async () => {
    if (!existsSync(SIDEBAR)) execFileSync("node", ["build.mjs"], { cwd: ROOT, stdio: "inherit" });
    html = readFileSync(SIDEBAR, "utf8");
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  async function open(rpc: Rpc, hold = false): Promise<Page> {
    context = await browser.newContext({
      viewport: { width: 300, height: 900 },
      timezoneId: "Asia/Ho_Chi_Minh",
      locale: "vi-VN",
    });
    const page = await context.newPage();
    pageErrors = [];
    dialogs = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.route("**/*", (route) => route.abort()); // no network: nothing may be fetched
    // Init scripts run when a document is created; the page's first about:blank already exists, so
    // navigate once, then setContent writes the sidebar into that document (same window, stand-in kept).
    await page.addInitScript(installStandIn, { rpc, hold });
    await page.goto("about:blank");
    await page.setContent(html);
    return page;
  }

  const calls = (page: Page) => page.evaluate(() => (window as any).__calls.map((c: any) => c.name));
  const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

  it("renders a unit: title, verdict, one bar per standard, lists and the update time", async () => {
    const state = sidebarStateSchema.parse(sampleState());
    const page = await open({ sidebarGetState: state });
    await expect.poll(() => page.locator(".verdict").textContent()).toBe("Không đạt");

    expect(await page.getAttribute("html", "lang")).toBe("vi");
    expect(await page.locator("h1").textContent()).toBe(state.title);
    expect(await page.locator(".unit-name").textContent()).toBe("Tổ dân phố số 5 TP-05");
    expect(await page.locator(".verdict").getAttribute("data-verdict")).toBe("fail");
    expect(await page.locator(".verdict").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
      "rgb(217, 48, 37)",
    );
    expect(await page.locator(".explanation").textContent()).toBe(state.unit!.explanation);

    const bars = await page.getByRole("progressbar").evaluateAll((els) =>
      els.map((e) => ({
        max: Number(e.getAttribute("aria-valuemax")),
        now: Number(e.getAttribute("aria-valuenow")),
        fill: (e.querySelector(".bar-fill") as HTMLElement).style.width,
      })),
    );
    // Lai Châu: TC1 4 criteria (needs 4), TC4 has one blank; the fill is passed/needed, capped at 100%.
    expect(bars).toHaveLength(6);
    expect(bars.map((b) => b.max)).toEqual(state.unit!.standards.map((s) => s.needed));
    expect(bars.map((b) => b.now)).toEqual(state.unit!.standards.map((s) => Math.min(s.passed, s.needed)));
    expect(bars[0]).toEqual({ max: 4, now: 3, fill: "75%" });
    expect(bars.filter((b) => b.fill === "100%")).toHaveLength(4);
    const heads = await page.locator(".standard-head").allTextContents();
    expect(heads[0]).toBe("TC1 3/4 (75,0%) – không đạt");

    const failing = page.locator(".list-failing li");
    expect(await failing.count()).toBe(1);
    expect(await failing.textContent()).toBe(`1.3 ${criterion("1.3").text}`);
    expect(await page.locator(".list-failing h3").textContent()).toBe(UI.sidebarFailing);
    expect(await page.locator(".list-missing li").textContent()).toContain("4.2");
    expect(await page.locator(".list-invalid .none").textContent()).toBe(UI.sidebarNone);
    expect(await page.locator(".list-disqualified .none").textContent()).toBe(UI.sidebarNone);
    expect(await page.locator("footer").textContent()).toBe(UI.sidebarUpdatedAt("15:04:05"));
    expect(await calls(page)).toEqual(["sidebarGetState"]);
    // readable at 300 px: nothing wider than the sidebar
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });

  it("shows only the hint when the cursor is not in a unit column", async () => {
    const page = await open({
      sidebarGetState: { ...sampleState(), unit: undefined, hint: UI.hintNotUnitColumn },
    });
    await expect.poll(() => page.locator(".hint").textContent()).toBe(UI.hintNotUnitColumn);
    expect(await page.locator(".verdict").count()).toBe(0);
    expect(await page.getByRole("progressbar").count()).toBe(0);
    expect(await button(page, UI.sidebarValidate).isEnabled()).toBe(true);
  });

  it("shows the roll-up button to the city office only", async () => {
    const ward = await open({ sidebarGetState: sampleState() });
    await expect.poll(() => ward.locator(".verdict").count()).toBe(1);
    expect(await button(ward, UI.sidebarValidate).count()).toBe(1);
    expect(await button(ward, UI.sidebarRollup).count()).toBe(0);
    await context!.close();

    const city = await open({
      sidebarGetState: { ...sampleState(), isCityOffice: true },
      sidebarRollup: { ok: true, message: "Đã tổng hợp 12 xã, phường.", items: [] },
    });
    await button(city, UI.sidebarRollup).click();
    await expect.poll(() => city.locator("#result").textContent()).toBe("Đã tổng hợp 12 xã, phường.");
    expect(await calls(city)).toEqual(["sidebarGetState", "sidebarRollup"]);
  });

  it("'Kiểm tra tab này' calls sidebarValidateTab, disables the buttons meanwhile and lists the items", async () => {
    const page = await open(
      { sidebarGetState: { ...sampleState(), isCityOffice: true }, sidebarValidateTab: VALIDATE_RESULT },
      true,
    );
    // the first state call is held too: loading text, buttons disabled
    await expect.poll(() => page.locator("#status").textContent()).toBe(UI.sidebarLoading);
    expect(await button(page, UI.sidebarRefresh).isDisabled()).toBe(true);
    await page.evaluate(() => (window as any).__release());
    await expect.poll(() => button(page, UI.sidebarValidate).isEnabled()).toBe(true);

    await button(page, UI.sidebarValidate).click();
    expect(await page.locator("#result").textContent()).toBe(UI.sidebarWorking);
    for (const name of [UI.sidebarRefresh, UI.sidebarValidate, UI.sidebarRollup])
      expect(await button(page, name).isDisabled()).toBe(true);
    expect(await page.evaluate(() => (window as any).__release())).toBe(1);

    await expect.poll(() => page.locator("#result li").allTextContents()).toEqual(VALIDATE_RESULT.items);
    expect(await page.locator("#result p").textContent()).toBe(VALIDATE_RESULT.message);
    expect(await button(page, UI.sidebarValidate).isEnabled()).toBe(true);
    expect(await button(page, UI.sidebarRefresh).isEnabled()).toBe(true);
    expect(await calls(page)).toEqual(["sidebarGetState", "sidebarValidateTab"]);

    mkdirSync(join(ROOT, "out"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "out/sidebar.png"), fullPage: true });
  });

  it("shows a Vietnamese error when the server fails, and Refresh works again", async () => {
    const page = await open({ sidebarGetState: { __fail: "Hết thời gian chờ" } });
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe(UI.sidebarServerError("Hết thời gian chờ"));
    expect(await page.locator(".verdict").count()).toBe(0);
    expect(await button(page, UI.sidebarRefresh).isEnabled()).toBe(true);

    // a throwing server function goes to the failure handler as well
    await page.evaluate(() => {
      (window as any).__rpc.sidebarGetState = () => {
        throw new Error("Bạn không có quyền");
      };
    });
    await button(page, UI.sidebarRefresh).click();
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe(UI.sidebarServerError("Bạn không có quyền"));

    await page.evaluate((state) => {
      (window as any).__rpc.sidebarGetState = state;
    }, sampleState());
    await button(page, UI.sidebarRefresh).click();
    await expect.poll(() => page.locator(".verdict").textContent()).toBe("Không đạt");
    expect(await page.locator("#status").textContent()).toBe("");
    expect(await calls(page)).toEqual(["sidebarGetState", "sidebarGetState", "sidebarGetState"]);
  });

  it("shows UI.sidebarBadPayload for a payload that does not match the schema", async () => {
    const { unit, ...rest } = sampleState();
    const { standards: _dropped, ...unitWithoutStandards } = unit!;
    const page = await open({
      sidebarGetState: { ...rest, unit: unitWithoutStandards },
      sidebarValidateTab: { ok: true, message: 42 },
    });
    await expect.poll(() => page.locator("#status").textContent()).toBe(UI.sidebarBadPayload);
    expect(await page.getByRole("progressbar").count()).toBe(0);
    expect(await button(page, UI.sidebarRefresh).isEnabled()).toBe(true);

    await button(page, UI.sidebarValidate).click();
    await expect.poll(() => page.locator("#result").textContent()).toBe(UI.sidebarBadPayload);
  });

  it("renders hostile server text literally, never as HTML", async () => {
    const state = sampleState();
    state.title = HOSTILE;
    state.unit!.name = HOSTILE;
    state.unit!.verdictLabel = HOSTILE;
    state.unit!.failing = [{ code: HOSTILE, text: HOSTILE, value: "", cell: "" }];
    state.unit!.invalid = [{ code: "2.1", text: "", value: HOSTILE, cell: "" }];
    const page = await open({
      sidebarGetState: state,
      sidebarValidateTab: { ok: false, message: HOSTILE, items: [HOSTILE] },
    });
    await expect.poll(() => page.locator(".unit-name").textContent()).toBe(`${HOSTILE} TP-05`);
    await button(page, UI.sidebarValidate).click();
    await expect.poll(() => page.locator("#result li").textContent()).toBe(HOSTILE);

    expect(await page.locator("h1").textContent()).toBe(HOSTILE);
    expect(await page.locator(".verdict").textContent()).toBe(HOSTILE);
    expect(await page.locator(".list-failing li").textContent()).toBe(`${HOSTILE} ${HOSTILE}`);
    expect(await page.locator(".list-invalid li").textContent()).toBe(`2.1 “${HOSTILE}”`);
    expect(await page.locator("img").count()).toBe(0);
    await page.waitForTimeout(200); // an onerror handler would have fired by now
    expect(dialogs).toEqual([]);
  });
});
