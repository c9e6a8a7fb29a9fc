/** Dialogs and the sidebar: every string shown is escaped. */
import { UI } from "../core/text/ui";
import { gas } from "./types";

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
}

/** A modal dialog with a message and a list (every string escaped). */
export function showReport(title: string, lead: string, lines: string[]): void {
  const { HtmlService, SpreadsheetApp } = gas();
  const items = lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("");
  const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
body{font:13px Arial,sans-serif;margin:12px}ul{padding-left:18px;max-height:360px;overflow:auto}li{margin:3px 0}
</style></head><body><p>${escapeHtml(lead)}</p>${items ? `<ul>${items}</ul>` : ""}</body></html>`;
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(560).setHeight(440),
    title,
  );
}

export function openSidebar(): void {
  const { HtmlService, SpreadsheetApp } = gas();
  SpreadsheetApp.getUi().showSidebar(
    HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(UI.sidebarTitle),
  );
}
