/**
 * The sidebar's browser code (bundled by build.mjs as an IIFE into dist/Sidebar.html).
 *
 * One module-level `view` object, one `render()` that redraws every section into its own container
 * (see sidebar.html). Every string that comes from the server goes through `el()`, which only ever
 * creates text nodes: nothing from the server is parsed as HTML.
 */

import {
  type ActionResult,
  actionResultSchema,
  type CriterionView,
  SIDEBAR_RPC,
  type SidebarState,
  type StandardView,
  sidebarStateSchema,
  type UnitView,
} from "../core/rpc";
import { UI } from "../core/text/ui";

// --- google.script.run (client side; @types/google-apps-script only types the server side) ---

type ScriptRun = {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
} & Record<RpcName, () => void>;

type RpcName = (typeof SIDEBAR_RPC)[keyof typeof SIDEBAR_RPC];

/** Calls a server function; `done` gets the value, `failed` a readable detail. Never throws. */
function callServer(name: RpcName, done: (value: unknown) => void, failed: (detail: string) => void): void {
  try {
    const run = (window as unknown as { google: { script: { run: ScriptRun } } }).google.script.run;
    run
      .withSuccessHandler(done)
      .withFailureHandler((error) => failed(errorDetail(error)))
      [name]();
  } catch (error) {
    failed(errorDetail(error));
  }
}

/** The text of a server error for the message; UI.sidebarUnknownError when it carries none. */
function errorDetail(error: unknown): string {
  const message = error && typeof error === "object" ? (error as { message?: unknown }).message : error;
  const text = String(message ?? "").trim();
  return text === "" ? UI.sidebarUnknownError : text;
}

// --- state ---

type Busy = "state" | "validate" | "rollup" | null;

const view: {
  state: SidebarState | null;
  /** Why the state could not be loaded (already a full Vietnamese sentence). */
  stateError: string | null;
  result: ActionResult | null;
  /** Why the last action failed. */
  actionError: string | null;
  busy: Busy;
} = { state: null, stateError: null, result: null, actionError: null, busy: null };

function refresh(): void {
  view.busy = "state";
  render();
  callServer(
    SIDEBAR_RPC.state,
    (value) => {
      const parsed = sidebarStateSchema.safeParse(value);
      view.state = parsed.success ? parsed.data : null;
      view.stateError = parsed.success ? null : UI.sidebarBadPayload;
      finish();
    },
    (detail) => {
      view.state = null;
      view.stateError = UI.sidebarServerError(detail);
      finish();
    },
  );
}

function runAction(busy: "validate" | "rollup"): void {
  view.busy = busy;
  view.result = null;
  view.actionError = null;
  render();
  callServer(
    SIDEBAR_RPC[busy],
    (value) => {
      const parsed = actionResultSchema.safeParse(value);
      view.result = parsed.success ? parsed.data : null;
      view.actionError = parsed.success ? null : UI.sidebarBadPayload;
      finish(true);
    },
    (detail) => {
      view.actionError = UI.sidebarServerError(detail);
      finish(true);
    },
  );
}

function finish(showResult = false): void {
  view.busy = null;
  render();
  if (showResult) byId("result").scrollIntoView?.({ block: "nearest" });
}

// --- DOM helpers ---

type Child = Node | string | null | undefined | false;

/** Creates an element; strings become text nodes (never HTML). */
function el(tag: string, attrs: Record<string, string | number | boolean> = {}, ...children: Child[]) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false) continue;
    node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function byId(id: string): HTMLElement {
  return document.getElementById(id)!;
}

/** Replaces the children of the container with the given id. */
function fill(id: string, children: Child[]): void {
  byId(id).replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

function button(label: string, action: string, onClick: () => void, primary = false): HTMLElement {
  const b = el(
    "button",
    { type: "button", "data-action": action, class: primary && "action", disabled: view.busy !== null },
    label,
  );
  b.addEventListener("click", onClick);
  return b;
}

// --- sections ---

function render(): void {
  // Redrawing replaces the buttons; keep keyboard focus on the same one.
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.action;
  fill("header", renderHeader());
  fill("status", renderStatus());
  fill("content", renderContent());
  fill("actions", renderActions());
  fill("result", renderResult());
  fill("footer", renderFooter());
  if (focused) (document.querySelector(`[data-action="${focused}"]`) as HTMLElement | null)?.focus();
}

function renderHeader(): Child[] {
  return [el("h1", {}, view.state?.title ?? UI.sidebarTitle), button(UI.sidebarRefresh, "refresh", refresh)];
}

function renderStatus(): Child[] {
  if (view.busy === "state") return [el("span", { class: "loading" }, UI.sidebarLoading)];
  return [view.stateError && el("span", { class: "error" }, view.stateError)];
}

function renderContent(): Child[] {
  const state = view.state;
  if (!state) return [];
  if (state.hint || !state.unit) return [el("p", { class: "hint" }, state.hint || UI.hintNotUnitColumn)];
  const unit = state.unit;
  return [
    renderUnit(unit),
    renderStandards(unit.standards),
    renderList(UI.sidebarFailing, "failing", unit.failing, criterionText),
    renderList(UI.sidebarMissing, "missing", unit.missing, criterionText),
    renderList(UI.sidebarInvalid, "invalid", unit.invalid, (c) => `“${c.value}”`),
    renderList(UI.sidebarDisqualified, "disqualified", unit.disqualified, criterionText),
  ];
}

function renderUnit(unit: UnitView): HTMLElement {
  return el(
    "section",
    { class: "unit" },
    el("h2", { class: "unit-name" }, unit.name, " ", el("span", { class: "unit-code" }, unit.code)),
    el("div", { class: `verdict verdict-${unit.verdict}`, "data-verdict": unit.verdict }, unit.verdictLabel),
    el("p", { class: "explanation" }, unit.explanation),
  );
}

function renderStandards(standards: StandardView[]): HTMLElement {
  return el(
    "section",
    { class: "standards" },
    el("h3", {}, UI.sidebarStandards),
    ...standards.map(renderStandard),
  );
}

function renderStandard(s: StandardView): HTMLElement {
  // The track is the threshold: full means "enough criteria passed"; the marker sits at its end.
  const percent = s.needed > 0 ? Math.min(100, (s.passed / s.needed) * 100) : 100;
  const fillBar = el("div", { class: "bar-fill" });
  fillBar.style.width = `${percent}%`;
  return el(
    "div",
    { class: `standard status-${s.status}` },
    el(
      "div",
      { class: "standard-head" },
      el("b", { title: s.name }, s.label),
      " ",
      el("span", {}, s.summary),
    ),
    el(
      "div",
      {
        class: "bar",
        role: "progressbar",
        "aria-label": `${s.label} ${s.name}`,
        "aria-valuemin": 0,
        "aria-valuemax": s.needed,
        "aria-valuenow": Math.min(s.passed, s.needed),
        "aria-valuetext": s.summary,
        "data-passed": s.passed,
      },
      fillBar,
      el("div", { class: "bar-marker" }),
    ),
  );
}

function criterionText(c: CriterionView): string {
  return c.text;
}

function renderList(
  title: string,
  kind: string,
  items: CriterionView[],
  detail: (c: CriterionView) => string,
): HTMLElement {
  return el(
    "section",
    { class: `list list-${kind}` },
    el("h3", {}, title),
    items.length === 0
      ? el("p", { class: "none" }, UI.sidebarNone)
      : el("ul", {}, ...items.map((c) => el("li", {}, el("b", {}, c.code), " ", detail(c)))),
  );
}

function renderActions(): Child[] {
  return [
    button(UI.sidebarValidate, "validate", () => runAction("validate"), true),
    view.state?.isCityOffice && button(UI.sidebarRollup, "rollup", () => runAction("rollup")),
  ];
}

function renderResult(): Child[] {
  if (view.busy === "validate" || view.busy === "rollup")
    return [el("p", { class: "loading" }, UI.sidebarWorking)];
  if (view.actionError) return [el("p", { class: "error" }, view.actionError)];
  const result = view.result;
  if (!result) return [];
  return [
    el("p", { class: result.ok ? "ok" : "error" }, result.message),
    result.items.length > 0 && el("ul", {}, ...result.items.map((item) => el("li", {}, item))),
  ];
}

function renderFooter(): Child[] {
  return [view.state && UI.sidebarUpdatedAt(localTime(view.state.computedAt))];
}

/** ISO timestamp → local HH:MM:SS (the raw text if it does not parse). */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

refresh();
