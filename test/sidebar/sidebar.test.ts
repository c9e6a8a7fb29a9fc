/**
 * The real dist/Sidebar.html in Debian's Chromium, with a stand-in for google.script.run whose answers
 * each test controls. See test/helpers/chromium.ts for when these tests are skipped.
 *
 * Screenshots: each state is compared with test/sidebar/screenshots/<state>.png (300 px wide, Liberation
 * Sans forced, no animations); at most SHOT_TOLERANCE of the pixels may differ by more than a few
 * shades (png.ts, node's zlib only). After an intended change of the look, regenerate them with
 *   UPDATE_SCREENSHOTS=1 npx vitest run test/sidebar
 * and look at the new images before committing them; a failing run leaves its images in out/screenshots/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
import { tdpGaps } from "../../src/core/sheetFunctions";
import { tenthsToVi } from "../../src/core/text/format";
import { msg } from "../../src/core/text/problems";
import { SUBMIT_UI, UI } from "../../src/core/text/ui";
import { shortName, sidebarState } from "../../src/core/usecases/unitView";
import { SHEET } from "../../src/core/vocabulary";
import { templateSpecs } from "../../src/xlsx/workbook";
import { browserTestsEnabled, launch } from "../helpers/chromium";
import { decodePng, differingShare } from "./png";

const ROOT = join(__dirname, "../..");
const SIDEBAR = join(ROOT, "dist/Sidebar.html");
const HOSTILE = "<img src=x onerror=alert(1)>";

// --- sample payloads (Lai Châu 2021: 6 standards, criterion 1.3 fails, 4.2 is blank) ---

function criterion(code: string, cell = "") {
  const c = laiChau2021.criteria.find((x) => x.code === code)!;
  return { code, text: c.text, value: "", cell };
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
    onWardTab: true,
    selection: { sheet: "Phường Tân Phong", range: "E7" },
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
      failing: [criterion("1.3", "E7")],
      missing: [criterion("4.2", "E31")],
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
 * Apps Script does), `{ __fail: "message" }` for the failure handler, or an in-page function of the
 * call's arguments (its throw goes to the failure handler). Calls are recorded in window.__calls;
 * with window.__hold = true answers wait in window.__pending until window.__release(). Answers
 * otherwise arrive on a microtask, so Playwright's fake clock (which drives the poll) does not hold
 * them. window.__visibility is what document.visibilityState says.
 */
function installStandIn(init: { rpc: Record<string, unknown>; hold: boolean }) {
  const w = window as any;
  w.__rpc = init.rpc;
  w.__hold = init.hold;
  w.__calls = [];
  w.__pending = [];
  w.__visibility = "visible";
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => w.__visibility });
  w.__setVisibility = (v: string) => {
    w.__visibility = v;
    document.dispatchEvent(new Event("visibilitychange"));
  };
  w.__release = () => w.__pending.splice(0).map((settle: () => void) => settle()).length;
  const noop = () => {};
  const names = [
    "sidebarGetState",
    "sidebarValidateTab",
    "sidebarRollup",
    "sidebarSubmitTab",
    "sidebarGetSelection",
    "sidebarSelectCell",
  ];
  const runner = (ok: (v: unknown) => void, fail: (e: unknown) => void): Record<string, unknown> => {
    const run: Record<string, unknown> = {
      withSuccessHandler: (fn: (v: unknown) => void) => runner(fn, fail),
      withFailureHandler: (fn: (e: unknown) => void) => runner(ok, fn),
    };
    for (const name of names) {
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
        else queueMicrotask(settle);
      };
    }
    return run;
  };
  w.google = { script: { run: runner(noop, noop) } };
}

// --- a real payload: the sample workbook through the use case, one cell of TC5 unreadable ---

const WARD = "Phường Tân Phong";

function sampleSheets(): Map<string, unknown[][]> {
  const plan = templateSpecs({ sample: true });
  if (!plan.ok) throw new Error("no sample");
  return new Map(plan.specs.map((x) => [x.name, x.values.map((r) => [...r]) as unknown[][]]));
}

/** The sidebar's state for the sample's unit in column C with 5.4 unreadable, and TDP_GAPS of that column. */
function invalidUnit(): { state: SidebarState; gapsCell: unknown } {
  const v = sampleSheets();
  const tab = v.get(WARD)!;
  const rowOf = (code: string) => tab.findIndex((r) => String(r[0]) === code);
  tab[rowOf("5.4")][2] = "dat roi";
  const state = sidebarState({
    criteria: v.get(SHEET.criteria),
    roster: v.get(SHEET.roster),
    sheet: WARD,
    values: tab,
    column: 3,
    user: "",
    now: new Date("2024-05-01T08:04:05.000Z"),
  });
  const col = (codes: string[]) => codes.map((code) => [tab[rowOf(code)][2]]);
  const gapsCell = tdpGaps(
    col(laiChau2021.criteria.map((c) => c.code)),
    col((laiChau2021.disqualifiers ?? []).map((d) => d.code)),
  );
  return { state: { ...state, selection: { sheet: WARD, range: "C10" } }, gapsCell };
}

// --- screenshots ---

const SHOTS = join(__dirname, "screenshots");
/** Share of pixels allowed to differ (anti-aliasing); a moved block changes far more. */
const SHOT_TOLERANCE = 0.004;
const UPDATE = process.env.UPDATE_SCREENSHOTS === "1";

/** Fixed fonts (Debian's Liberation Sans, which CI installs), no animations, no caret: stable pixels. */
const STABLE_CSS = `*, *::before, *::after {
  font-family: "Liberation Sans" !important;
  animation: none !important;
  transition: none !important;
  caret-color: transparent !important;
}`;

/** Compares the full page with test/sidebar/screenshots/<name>.png; UPDATE_SCREENSHOTS=1 rewrites it. */
async function matchScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const shot = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide" });
  const file = join(SHOTS, `${name}.png`);
  if (UPDATE) {
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(file, shot);
    return;
  }
  if (!existsSync(file))
    throw new Error(`No committed screenshot ${file}: run UPDATE_SCREENSHOTS=1 npx vitest run test/sidebar`);
  const share = differingShare(decodePng(shot), decodePng(readFileSync(file)));
  if (share > SHOT_TOLERANCE) {
    mkdirSync(join(ROOT, "out/screenshots"), { recursive: true });
    writeFileSync(join(ROOT, "out/screenshots", `${name}.png`), shot);
  }
  expect(share, `${name}: differs from ${file} (actual in out/screenshots/)`).toBeLessThanOrEqual(
    SHOT_TOLERANCE,
  );
}

/** Nothing wider than the 300 px sidebar: the page does not scroll sideways, no box pokes out. */
async function expectFits(page: Page): Promise<void> {
  const m = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    outside: Array.from(document.querySelectorAll("body *"))
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((e) => e.outerHTML.slice(0, 80)),
  }));
  expect(m.client).toBe(300);
  expect(m.scroll).toBeLessThanOrEqual(m.client);
  expect(m.outside).toEqual([]);
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

  async function open(rpc: Rpc, hold = false, height = 900): Promise<Page> {
    context = await browser.newContext({
      viewport: { width: 300, height },
      timezoneId: "Asia/Ho_Chi_Minh",
      locale: "vi-VN",
      reducedMotion: "reduce",
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
    // The poll runs on setInterval: a fake clock moves it on demand (page.clock.runFor), never by waiting.
    await page.clock.install({ time: new Date("2024-05-01T08:10:00.000Z") });
    // Init scripts run when a document is created; the page's first about:blank already exists, so
    // navigate once, then setContent writes the sidebar into that document (same window, stand-in kept).
    await page.addInitScript(installStandIn, { rpc, hold });
    await page.goto("about:blank");
    await page.setContent(html);
    await page.addStyleTag({ content: STABLE_CSS });
    return page;
  }

  const calls = (page: Page) => page.evaluate(() => (window as any).__calls.map((c: any) => c.name));
  const callArgs = (page: Page) => page.evaluate(() => (window as any).__calls.map((c: any) => c.args));
  const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

  it("renders a unit: title, a short verdict, one bar per standard with its real fraction, lists and the time", async () => {
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
        marker: (e.querySelector(".bar-marker") as HTMLElement).style.left,
      })),
    );
    // The track is the applicable criteria, the fill those passed, the marker the threshold.
    expect(bars).toHaveLength(6);
    expect(bars.map((b) => b.max)).toEqual(state.unit!.standards.map((s) => s.applicable));
    expect(bars.map((b) => b.now)).toEqual(state.unit!.standards.map((s) => s.passed));
    expect(bars[0]).toEqual({ max: 4, now: 3, fill: "75%", marker: "100%" });
    // TC2 (7 criteria, needs 6) at 7/7: full, marker at 6/7
    expect(bars[1]).toEqual({ max: 7, now: 7, fill: "100%", marker: "85.7%" });
    const heads = await page.locator(".standard-head").allTextContents();
    expect(heads[0]).toBe(`TC1${state.unit!.standards[0].shortName}không đạt`);
    expect(await page.locator(".standard-name").first().getAttribute("title")).toBe(
      state.unit!.standards[0].name,
    );
    expect(await page.locator(".standard-summary").first().textContent()).toBe("3/4 (75,0%)");
    expect(await page.getByRole("progressbar").first().getAttribute("aria-valuetext")).toBe(
      "3/4 (75,0%) – không đạt",
    );
    // every bar has the same length, so fills compare across standards
    const tracks = await page.locator(".bar").evaluateAll((els) => els.map((e) => e.clientWidth));
    expect(new Set(tracks).size).toBe(1);

    const failing = page.locator(".list-failing li");
    expect(await failing.count()).toBe(1);
    expect(await failing.textContent()).toBe(`1.3 E7 ${criterion("1.3").text}`);
    expect(await page.locator(".list-failing h3").textContent()).toBe(`${UI.sidebarFailing} 1`);
    expect(await page.locator(".list-missing li").textContent()).toContain("4.2");
    // empty lists are left out
    expect(await page.locator(".list-invalid, .list-disqualified").count()).toBe(0);
    expect(await page.locator("footer").textContent()).toBe(UI.sidebarUpdatedAt("15:04:05"));
    expect(await calls(page)).toEqual(["sidebarGetState"]);
    expect(await button(page, UI.sidebarValidate).getAttribute("class")).toBe("action");
    await expectFits(page);
    await matchScreenshot(page, "unit-fail");
  });

  it("6/7 and 7/7 look different: the fill differs by a seventh of the track", async () => {
    const state = sampleState();
    const tc2 = state.unit!.standards[1];
    state.unit!.standards[2] = { ...standard("2", tc2.applicable - 1), code: "2b" };
    const page = await open({ sidebarGetState: state });
    await expect.poll(() => page.getByRole("progressbar").count()).toBe(6);
    const widths = await page
      .locator(".bar-fill")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(widths[1] - widths[2]).toBeGreaterThan(widths[1] / 7 - 1);
  });

  it("follows the selection: polls where the cursor is, refetches only on a new sheet or column, stops when hidden", async () => {
    const other = sampleState();
    other.unit = { ...other.unit!, name: "Tổ dân phố số 6", code: "TP-06", cell: "F3" };
    other.selection = { sheet: "Phường Tân Phong", range: "F9" };
    const page = await open({ sidebarGetState: sampleState() });
    await page.evaluate(() => {
      const w = window as any;
      w.__selection = { sheet: "Phường Tân Phong", range: "E7" };
      w.__rpc.sidebarGetSelection = () => w.__selection;
    });
    await expect.poll(() => page.locator(".unit-name").textContent()).toBe("Tổ dân phố số 5 TP-05");

    await page.clock.runFor(3000);
    await expect.poll(() => calls(page)).toEqual(["sidebarGetState", "sidebarGetSelection"]);
    // same column, another row: nothing refetched
    await page.evaluate(() => {
      (window as any).__selection = { sheet: "Phường Tân Phong", range: "E12:E14" };
    });
    await page.clock.runFor(3000);
    await expect.poll(() => calls(page)).toHaveLength(3);
    expect((await calls(page)).at(-1)).toBe("sidebarGetSelection");

    // another unit's column: the full state once
    await page.evaluate((s) => {
      const w = window as any;
      w.__selection = { sheet: "Phường Tân Phong", range: "F9" };
      w.__rpc.sidebarGetState = s;
    }, other);
    await page.clock.runFor(3000);
    await expect.poll(() => page.locator(".unit-name").textContent()).toBe("Tổ dân phố số 6 TP-06");
    expect((await calls(page)).slice(3)).toEqual(["sidebarGetSelection", "sidebarGetState"]);

    // hidden: no timer, no call for a long while; visible again: asks at once
    await page.evaluate(() => (window as any).__setVisibility("hidden"));
    const before = (await calls(page)).length;
    await page.clock.runFor(60_000);
    expect((await calls(page)).length).toBe(before);
    await page.evaluate(() => (window as any).__setVisibility("visible"));
    await expect.poll(() => calls(page)).toHaveLength(before + 1);
    expect((await calls(page)).at(-1)).toBe("sidebarGetSelection");
    // and polls again every 3 s: over 9 s, three more questions, no refetch (same column)
    await page.clock.runFor(9000);
    await expect.poll(() => calls(page)).toHaveLength(before + 4);
    expect((await calls(page)).slice(before)).toEqual(Array(4).fill("sidebarGetSelection"));
  });

  it("a cell address is a link: it selects that cell through sidebarSelectCell, then asks where the cursor is", async () => {
    const page = await open({
      sidebarGetState: sampleState(),
      sidebarSelectCell: { ok: true, message: "", items: [] },
      sidebarGetSelection: { sheet: "Phường Tân Phong", range: "E7" },
      sidebarValidateTab: VALIDATE_RESULT,
    });
    const link = page.locator(".list-failing .cell-link");
    await expect.poll(() => link.textContent()).toBe("E7");
    expect(await link.getAttribute("title")).toBe(UI.sidebarGoToCell("E7"));
    await link.click();
    await expect
      .poll(() => calls(page))
      .toEqual(["sidebarGetState", "sidebarSelectCell", "sidebarGetSelection"]);
    expect((await callArgs(page))[1]).toEqual(["Phường Tân Phong", "E7"]);
    expect(await page.evaluate(() => location.hash)).toBe(""); // the link did not navigate

    // the items of "Kiểm tra tab này" link their cells too
    await button(page, UI.sidebarValidate).click();
    const items = page.locator("#result li .cell-link");
    await expect.poll(() => items.allTextContents()).toEqual(["Phường Tân Phong!E7", "Phường Tân Phong!F9"]);
    expect(await page.locator("#result li").allTextContents()).toEqual(VALIDATE_RESULT.items);
    await items.nth(1).click();
    await expect.poll(() => callArgs(page).then((a) => a.at(-2))).toEqual(["Phường Tân Phong", "F9"]);
    await expectFits(page);
    await matchScreenshot(page, "validate-result");
  });

  it("a unit with an unreadable cell: a short verdict, TDP_GAPS's explanation once, bars that agree", async () => {
    const { state, gapsCell } = invalidUnit();
    expect(state.unit!.verdict).toBe("invalid");
    const page = await open({ sidebarGetState: state });
    await expect.poll(() => page.locator(".verdict").textContent()).toBe(UI.verdictWord.invalid);
    expect(await page.locator(".explanation").textContent()).toBe(`${gapsCell}.`);
    const message = msg.cellInvalid("5.4", "dat roi");
    const text = (await page.locator("body").textContent())!;
    expect(text.split(message)).toHaveLength(2); // the error's text once
    expect(text).not.toContain(msg.gapNothingJudged("TC5"));
    const tc5 = page.getByRole("progressbar", { name: /^TC5 / });
    expect(await tc5.getAttribute("aria-valuenow")).toBe("3");
    expect(await tc5.getAttribute("aria-valuemax")).toBe("4");
    expect(await page.locator(".list-invalid li").textContent()).toMatch(/^5\.4 C\d+ “dat roi”$/);
    await expectFits(page);
    await matchScreenshot(page, "unit-invalid");
  });

  it("long lists are folded so the verdict and the actions stay within reach", async () => {
    const state = sampleState();
    state.unit!.failing = laiChau2021.criteria.slice(0, 12).map((c, i) => criterion(c.code, `E${7 + i}`));
    const page = await open({ sidebarGetState: state }, false, 600);
    await expect.poll(() => page.locator(".list-failing li").count()).toBe(5);
    const more = button(page, UI.sidebarShowMore(7));
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    // without scrolling: the verdict is on screen and the actions stick to the bottom
    const box = async (sel: string) => page.locator(sel).evaluate((e) => e.getBoundingClientRect().toJSON());
    expect((await box(".verdict")).bottom).toBeLessThan(600);
    expect((await box("#actions")).bottom).toBeLessThanOrEqual(600);
    expect((await box(".list-failing")).top).toBeLessThan(600);
    await more.click();
    await expect.poll(() => page.locator(".list-failing li").count()).toBe(12);
    expect((await box("#actions")).bottom).toBeLessThanOrEqual(600);
    await button(page, UI.sidebarShowLess).click();
    await expect.poll(() => page.locator(".list-failing li").count()).toBe(5);
  });

  it("off a ward tab: the hint only, and 'Kiểm tra tab này' is not the main action", async () => {
    const page = await open({
      sidebarGetState: {
        ...sampleState(),
        onWardTab: false,
        unit: undefined,
        hint: UI.hintNotWardTab("Danh mục"),
      },
    });
    await expect.poll(() => page.locator(".hint").textContent()).toBe(UI.hintNotWardTab("Danh mục"));
    expect(await page.locator(".verdict").count()).toBe(0);
    expect(await page.getByRole("progressbar").count()).toBe(0);
    expect(await button(page, UI.sidebarValidate).getAttribute("class")).toBe("secondary");
    expect(await page.locator("button.action").count()).toBe(0);
    await expectFits(page);
    await matchScreenshot(page, "not-ward-tab");
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

  it("'Gửi thẩm định' is offered on a ward tab only; a refusal's cells are links", async () => {
    const refusal: ActionResult = {
      ok: false,
      message: "Chưa gửi được Phường Tân Phong: còn 1 ô trống hoặc sai ở các đơn vị đề nghị:",
      items: ["Phường Tân Phong!E31: ô trống"],
    };
    const page = await open({ sidebarGetState: sampleState(), sidebarSubmitTab: refusal });
    await button(page, SUBMIT_UI.menuSubmit).click();
    await expect.poll(() => page.locator("#result li").allTextContents()).toEqual(refusal.items);
    expect(await page.locator("#result p").textContent()).toBe(refusal.message);
    expect(await page.locator("#result li a.cell-link").getAttribute("data-cell")).toBe("E31");
    expect(await calls(page)).toEqual(["sidebarGetState", "sidebarSubmitTab"]);
    await context!.close();

    const off = await open({
      sidebarGetState: {
        ...sampleState(),
        onWardTab: false,
        unit: undefined,
        hint: UI.hintNotWardTab("Danh mục"),
      },
    });
    await expect.poll(() => off.locator(".hint").count()).toBe(1);
    expect(await button(off, SUBMIT_UI.menuSubmit).count()).toBe(0);
  });

  it("shows the tab's submission note above the unit", async () => {
    const note = SUBMIT_UI.sidebarReturned("21/11/2024 10:04", "Thiếu biên bản họp");
    const page = await open({ sidebarGetState: { ...sampleState(), submission: note } });
    await expect.poll(() => page.locator(".submission").textContent()).toBe(note);
    expect(await page.locator(".verdict").count()).toBe(1);
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
    // no poll while a command runs
    await page.clock.runFor(6000);
    expect(await calls(page)).toEqual(["sidebarGetState", "sidebarValidateTab"]);
    expect(await page.evaluate(() => (window as any).__release())).toBe(1);

    await expect.poll(() => page.locator("#result li").allTextContents()).toEqual(VALIDATE_RESULT.items);
    expect(await page.locator("#result p").textContent()).toBe(VALIDATE_RESULT.message);
    expect(await button(page, UI.sidebarValidate).isEnabled()).toBe(true);
    expect(await button(page, UI.sidebarRefresh).isEnabled()).toBe(true);
  });

  it("a server failure: the Vietnamese reason, the technical text behind 'Chi tiết', 'Thử lại' prominent", async () => {
    const technical = "Exceeded maximum execution time";
    const page = await open({ sidebarGetState: { __fail: technical } });
    await expect.poll(() => page.locator(".error-reason").textContent()).toBe(UI.sidebarErrorTimeout);
    const details = page.locator("#status details");
    expect(await details.getAttribute("open")).toBeNull();
    expect(await details.locator("summary").textContent()).toBe(UI.sidebarDetails);
    expect(await page.locator("#status code").isVisible()).toBe(false);
    await details.locator("summary").click();
    expect(await page.locator("#status code").textContent()).toBe(technical);
    expect(await page.locator("#status code").isVisible()).toBe(true);
    await details.locator("summary").click();
    // the reason is Vietnamese: the English text is only inside the details
    expect(await page.locator(".error-reason").textContent()).not.toContain(technical);
    expect(await button(page, UI.sidebarRetry).getAttribute("class")).toBe("action");
    expect(await page.locator("button.action").count()).toBe(1);
    expect(await page.locator(".verdict").count()).toBe(0);
    await expectFits(page);
    await matchScreenshot(page, "error");

    // a throwing server function goes to the failure handler as well
    await page.evaluate(() => {
      (window as any).__rpc.sidebarGetState = () => {
        throw new Error("Bạn không có quyền");
      };
    });
    await button(page, UI.sidebarRetry).click();
    await expect.poll(() => page.locator(".error-reason").textContent()).toBe(UI.sidebarErrorPermission);

    await page.evaluate((state) => {
      (window as any).__rpc.sidebarGetState = state;
    }, sampleState());
    await button(page, UI.sidebarRetry).click();
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
    await expect.poll(() => page.locator(".error-reason").textContent()).toBe(UI.sidebarBadPayload);
    expect(await page.getByRole("progressbar").count()).toBe(0);
    expect(await button(page, UI.sidebarRefresh).isEnabled()).toBe(true);

    await button(page, UI.sidebarValidate).click();
    await expect.poll(() => page.locator("#result").textContent()).toBe(UI.sidebarBadPayload);
  });

  it("the screenshot comparison fails on a layout change", async () => {
    const page = await open({ sidebarGetState: sampleState() });
    await expect.poll(() => page.locator(".verdict").count()).toBe(1);
    const before = decodePng(await page.screenshot({ fullPage: true }));
    expect(differingShare(before, decodePng(await page.screenshot({ fullPage: true })))).toBe(0);
    await page.addStyleTag({ content: ".standard { margin-top: 10px }" });
    const after = decodePng(await page.screenshot({ fullPage: true }));
    expect(differingShare(before, after)).toBeGreaterThan(SHOT_TOLERANCE);
  });

  it("renders hostile server text literally, never as HTML", async () => {
    const state = sampleState();
    state.title = HOSTILE;
    state.unit!.name = HOSTILE;
    state.unit!.explanation = HOSTILE;
    state.unit!.failing = [{ code: HOSTILE, text: HOSTILE, value: "", cell: "" }];
    state.unit!.invalid = [{ code: "2.1", text: "", value: HOSTILE, cell: "" }];
    const page = await open({
      sidebarGetState: state,
      sidebarValidateTab: { ok: false, message: HOSTILE, items: [HOSTILE, `${HOSTILE}!A1: ${HOSTILE}`] },
    });
    await expect.poll(() => page.locator(".unit-name").textContent()).toBe(`${HOSTILE} TP-05`);
    await button(page, UI.sidebarValidate).click();
    await expect.poll(() => page.locator("#result li").first().textContent()).toBe(HOSTILE);

    expect(await page.locator("h1").textContent()).toBe(HOSTILE);
    expect(await page.locator(".explanation").textContent()).toBe(HOSTILE);
    expect(await page.locator(".list-failing li").textContent()).toBe(`${HOSTILE} ${HOSTILE}`);
    expect(await page.locator(".list-invalid li").textContent()).toBe(`2.1 “${HOSTILE}”`);
    expect(await page.locator("#result .cell-link").getAttribute("data-sheet")).toBe(HOSTILE);
    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
