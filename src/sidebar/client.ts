/**
 * The sidebar's browser code (bundled by build.mjs as an IIFE into dist/Sidebar.html).
 *
 * One module-level `view` object, one `render()` that redraws every section into its own container
 * (see sidebar.html). Every string that comes from the server goes through `el()`, which only ever
 * creates text nodes: nothing from the server is parsed as HTML.
 *
 * It follows the cursor: while the page is visible a poll asks the server only where the selection
 * is (sidebarGetSelection, a few metadata calls) every POLL_MS, and fetches the full unit view again
 * only when the sheet or the column changed. Hidden (another sidebar, a minimised window), it stops.
 */

import {
  type ActionResult,
  actionResultSchema,
  type CellRef,
  type CriterionView,
  cellRefSchema,
  SIDEBAR_RPC,
  type SidebarState,
  type StandardView,
  selectionSchema,
  sidebarStateSchema,
  type UnitView,
} from "../core/rpc";
import { SUBMIT_UI, UI } from "../core/text/ui";

/** How often the poll asks where the cursor is, in ms (the page is a browser: setInterval is fine here). */
const POLL_MS = 3000;
/** Items of a list shown before "Xem thêm N". */
const LIST_HEAD = 5;

// --- google.script.run (client side; @types/google-apps-script only types the server side) ---

type ScriptRun = {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
} & Record<RpcName, (...args: string[]) => void>;

type RpcName = (typeof SIDEBAR_RPC)[keyof typeof SIDEBAR_RPC];

/** Calls a server function; `done` gets the value, `failed` the technical detail. Never throws. */
function callServer(
  name: RpcName,
  args: string[],
  done: (value: unknown) => void,
  failed: (detail: string) => void,
): void {
  try {
    const run = (window as unknown as { google: { script: { run: ScriptRun } } }).google.script.run;
    run
      .withSuccessHandler(done)
      .withFailureHandler((error) => failed(errorDetail(error)))
      [name](...args);
  } catch (error) {
    failed(errorDetail(error));
  }
}

/** The text of a server error (technical, often English); UI.sidebarUnknownError when it carries none. */
function errorDetail(error: unknown): string {
  const message = error && typeof error === "object" ? (error as { message?: unknown }).message : error;
  const text = String(message ?? "").trim();
  return text === "" ? UI.sidebarUnknownError : text;
}

/** A Vietnamese reason for a technical error text (Apps Script's messages are in the user's or English). */
function errorReason(detail: string): string {
  if (/exceeded maximum execution time|quá thời gian|timed? ?out|hết thời gian/i.test(detail))
    return UI.sidebarErrorTimeout;
  if (/authori[sz]ation|permission|quyền|access denied/i.test(detail)) return UI.sidebarErrorPermission;
  if (/network|mạng|failed to fetch/i.test(detail)) return UI.sidebarErrorNetwork;
  return UI.sidebarServerError;
}

// --- state ---

type Busy = "state" | "validate" | "rollup" | "submit" | null;

/** A failure to show: the Vietnamese reason, the technical text behind "Chi tiết". */
interface Failure {
  reason: string;
  detail: string;
}

const view: {
  state: SidebarState | null;
  stateError: Failure | null;
  result: ActionResult | null;
  actionError: Failure | null;
  busy: Busy;
  /** Lists the user expanded past LIST_HEAD items. */
  expanded: Set<string>;
  /** "sheet\ncolumn" of the selection the shown state was read at. */
  shownAt: string | null;
} = {
  state: null,
  stateError: null,
  result: null,
  actionError: null,
  busy: null,
  expanded: new Set(),
  shownAt: null,
};

function refresh(): void {
  view.busy = "state";
  render();
  callServer(
    SIDEBAR_RPC.state,
    [],
    (value) => {
      const parsed = sidebarStateSchema.safeParse(value);
      view.state = parsed.success ? parsed.data : null;
      view.stateError = parsed.success ? null : { reason: UI.sidebarBadPayload, detail: "" };
      if (parsed.success) {
        view.expanded.clear();
        const at = parsed.data.selection;
        if (at) view.shownAt = selectionKey(at.sheet, at.range);
      }
      finish();
    },
    (detail) => {
      view.state = null;
      view.stateError = { reason: errorReason(detail), detail };
      finish();
    },
  );
}

function runAction(busy: "validate" | "rollup" | "submit"): void {
  view.busy = busy;
  view.result = null;
  view.actionError = null;
  render();
  callServer(
    SIDEBAR_RPC[busy],
    [],
    (value) => {
      const parsed = actionResultSchema.safeParse(value);
      view.result = parsed.success ? parsed.data : null;
      view.actionError = parsed.success ? null : { reason: UI.sidebarBadPayload, detail: "" };
      finish(true);
    },
    (detail) => {
      view.actionError = { reason: errorReason(detail), detail };
      finish(true);
    },
  );
}

function finish(showResult = false): void {
  view.busy = null;
  render();
  if (showResult) byId("result").scrollIntoView?.({ block: "nearest" });
}

/** A cell link: zod-checked here and on the server; the poll then notices the new selection. */
function selectCell(ref: CellRef): void {
  const parsed = cellRefSchema.safeParse(ref);
  if (!parsed.success) return;
  callServer(
    SIDEBAR_RPC.selectCell,
    [parsed.data.sheet, parsed.data.cell],
    (value) => {
      const r = actionResultSchema.safeParse(value);
      if (r.success && r.data.ok) poll();
      else {
        view.actionError = { reason: r.success ? r.data.message : UI.sidebarBadPayload, detail: "" };
        render();
      }
    },
    (detail) => {
      view.actionError = { reason: errorReason(detail), detail };
      render();
    },
  );
}

// --- following the selection ---

/** The part of a selection the unit view depends on: the sheet and the first column. */
function selectionKey(sheet: string, range: string): string {
  return `${sheet}\n${/^\$?([A-Z]+)/.exec(range)?.[1] ?? ""}`;
}

let polling = false;
let timer: ReturnType<typeof setInterval> | undefined;

function poll(): void {
  // One question at a time, none while the page is hidden or a command runs.
  if (polling || view.busy !== null || document.visibilityState !== "visible") return;
  polling = true;
  callServer(
    SIDEBAR_RPC.selection,
    [],
    (value) => {
      polling = false;
      const parsed = selectionSchema.safeParse(value);
      if (!parsed.success || view.busy !== null) return;
      const key = selectionKey(parsed.data.sheet, parsed.data.range);
      if (key !== view.shownAt) {
        view.shownAt = key;
        refresh();
      }
    },
    () => {
      // A failed tick is not worth a message: the next one asks again, "Làm mới" stays.
      polling = false;
    },
  );
}

/** Polls while the page is visible; a hidden page keeps no timer. */
function followVisibility(): void {
  const visible = document.visibilityState === "visible";
  if (visible && timer === undefined) timer = setInterval(poll, POLL_MS);
  if (!visible && timer !== undefined) {
    clearInterval(timer);
    timer = undefined;
  }
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
    {
      type: "button",
      "data-action": action,
      class: primary ? "action" : "secondary",
      disabled: view.busy !== null,
    },
    label,
  );
  b.addEventListener("click", onClick);
  return b;
}

/** A cell address that selects its cell when clicked. */
function cellLink(ref: CellRef, text = ref.cell): HTMLElement {
  const a = el(
    "a",
    {
      href: "#",
      class: "cell-link",
      "data-sheet": ref.sheet,
      "data-cell": ref.cell,
      title: UI.sidebarGoToCell(ref.cell),
    },
    text,
  );
  a.addEventListener("click", (event) => {
    event.preventDefault();
    selectCell(ref);
  });
  return a;
}

/** "Chi tiết" with the technical text, closed by default. */
function details(detail: string): Child {
  return detail !== "" && el("details", {}, el("summary", {}, UI.sidebarDetails), el("code", {}, detail));
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
  const e = view.stateError;
  if (!e) return [];
  return [
    el(
      "div",
      { class: "error-box", role: "alert" },
      el("p", { class: "error-reason" }, e.reason),
      details(e.detail),
      button(UI.sidebarRetry, "retry", refresh, true),
    ),
  ];
}

function renderContent(): Child[] {
  const state = view.state;
  if (!state) return [];
  const submission = state.submission ? [el("p", { class: "hint submission" }, state.submission)] : [];
  if (state.hint || !state.unit)
    return [...submission, el("p", { class: "hint" }, state.hint || UI.hintNotUnitColumn)];
  const unit = state.unit;
  const at = (c: CriterionView): CellRef | null => (c.cell ? { sheet: unit.sheet, cell: c.cell } : null);
  const lists = [
    renderList(UI.sidebarInvalid, "invalid", unit.invalid, (c) => `“${c.value}”`, at),
    renderList(UI.sidebarFailing, "failing", unit.failing, criterionText, at),
    renderList(UI.sidebarMissing, "missing", unit.missing, criterionText, at),
    renderList(UI.sidebarDisqualified, "disqualified", unit.disqualified, criterionText, at),
  ].filter((l): l is HTMLElement => l !== null);
  // The verdict first, then what to fix, then the standards: the actions stay at the bottom (sticky).
  return [
    ...submission,
    renderUnit(unit),
    lists.length
      ? el("div", { class: "problems" }, ...lists)
      : unit.verdict !== "pass" && el("p", { class: "none" }, UI.sidebarNoProblems),
    renderStandards(unit.standards),
  ];
}

function renderUnit(unit: UnitView): HTMLElement {
  // The box holds the short word only; the explanation (what TDP_GAPS says) follows once.
  return el(
    "section",
    { class: "unit" },
    el("h2", { class: "unit-name" }, unit.name, " ", el("span", { class: "unit-code" }, unit.code)),
    el(
      "div",
      { class: `verdict verdict-${unit.verdict}`, "data-verdict": unit.verdict },
      UI.verdictWord[unit.verdict],
    ),
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
  // The track is every applicable criterion, the fill the ones passed, the marker the threshold:
  // 6/7 and 7/7 differ, and how far a failing standard is from its marker shows.
  const of = (n: number) => (s.applicable > 0 ? Math.min(100, (n / s.applicable) * 100) : 0);
  const fillBar = el("div", { class: "bar-fill" });
  fillBar.style.width = `${round(of(s.passed))}%`;
  const marker = el("div", { class: "bar-marker" });
  marker.style.left = `${round(of(s.needed))}%`;
  // "3/4 (75,0%) – không đạt": the status word goes on the name's line, the fraction beside the bar
  // in a fixed-width column, so every bar has the same length and fills compare across standards.
  const dash = s.summary.lastIndexOf(" – ");
  const fraction = dash > 0 ? s.summary.slice(0, dash) : s.summary;
  const word = dash > 0 ? s.summary.slice(dash + 3) : "";
  return el(
    "div",
    { class: `standard status-${s.status}` },
    el(
      "div",
      { class: "standard-head" },
      el("b", {}, s.label),
      el("span", { class: "standard-name", title: s.name }, s.shortName),
      word && el("span", { class: "standard-status" }, word),
    ),
    el(
      "div",
      { class: "standard-bar" },
      el(
        "div",
        {
          class: "bar",
          role: "progressbar",
          "aria-label": `${s.label} ${s.name}`,
          "aria-valuemin": 0,
          "aria-valuemax": s.applicable,
          "aria-valuenow": s.passed,
          "aria-valuetext": s.summary,
          "data-needed": s.needed,
        },
        fillBar,
        marker,
      ),
      el("span", { class: "standard-summary" }, fraction),
    ),
  );
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function criterionText(c: CriterionView): string {
  return c.text;
}

/** A list of criteria with a link to each cell; empty lists are not shown, long ones folded. */
function renderList(
  title: string,
  kind: string,
  items: CriterionView[],
  detail: (c: CriterionView) => string,
  at: (c: CriterionView) => CellRef | null,
): HTMLElement | null {
  if (items.length === 0) return null;
  const open = view.expanded.has(kind) || items.length <= LIST_HEAD + 1;
  const shown = open ? items : items.slice(0, LIST_HEAD);
  const toggle =
    items.length > LIST_HEAD + 1 &&
    el(
      "button",
      { type: "button", class: "more", "data-action": `more-${kind}`, "aria-expanded": String(open) },
      open ? UI.sidebarShowLess : UI.sidebarShowMore(items.length - LIST_HEAD),
    );
  if (toggle)
    toggle.addEventListener("click", () => {
      if (open) view.expanded.delete(kind);
      else view.expanded.add(kind);
      render();
    });
  return el(
    "section",
    { class: `list list-${kind}` },
    el("h3", {}, title, " ", el("span", { class: "count" }, String(items.length))),
    el(
      "ul",
      {},
      ...shown.map((c) => {
        const ref = at(c);
        return el("li", {}, el("b", {}, c.code), ref && " ", ref && cellLink(ref), " ", detail(c));
      }),
    ),
    toggle,
  );
}

function renderActions(): Child[] {
  const state = view.state;
  // Off a ward tab (or with nothing loaded) checking the tab is not what the user came for.
  const validateIsMain = !!state?.onWardTab && view.stateError === null;
  return [
    button(UI.sidebarValidate, "validate", () => runAction("validate"), validateIsMain),
    state?.onWardTab && button(SUBMIT_UI.menuSubmit, "submit", () => runAction("submit")),
    state?.isCityOffice && button(UI.sidebarRollup, "rollup", () => runAction("rollup")),
  ];
}

/** "Phường Tân Phong!E7: …" → a link to E7 and the rest as text. */
function resultItem(item: string): HTMLElement {
  const m = /^(.+?)!([A-Z]{1,3}[1-9]\d{0,6})(: [\s\S]*)$/.exec(item);
  if (!m) return el("li", {}, item);
  return el("li", {}, cellLink({ sheet: m[1], cell: m[2] }, `${m[1]}!${m[2]}`), m[3]);
}

function renderResult(): Child[] {
  if (view.busy === "validate" || view.busy === "rollup" || view.busy === "submit")
    return [el("p", { class: "loading" }, UI.sidebarWorking)];
  const e = view.actionError;
  if (e)
    return [
      el("div", { class: "error-box" }, el("p", { class: "error-reason" }, e.reason), details(e.detail)),
    ];
  const result = view.result;
  if (!result) return [];
  return [
    el("p", { class: result.ok ? "ok" : "error" }, result.message),
    result.items.length > 0 && el("ul", {}, ...result.items.map(resultItem)),
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

document.addEventListener("visibilitychange", () => {
  followVisibility();
  if (document.visibilityState === "visible") poll(); // back: catch up at once
});
followVisibility();
refresh();
