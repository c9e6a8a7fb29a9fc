/** The menu "Tổ dân phố tự quản", built from the command table. */
import { command, MENU, type MenuLayout } from "./commands";
import { type GMenu, type GUi, gas } from "./types";

/** Only builds the menu: safe in limited-auth simple-trigger mode (touches no document data). */
export function buildMenu(): void {
  const ui = gas().SpreadsheetApp.getUi();
  menuOf(ui, MENU).addToUi();
}

function menuOf(ui: GUi, layout: MenuLayout): GMenu {
  const menu = ui.createMenu(layout.title);
  for (const item of layout.items) {
    if (item === null) menu.addSeparator();
    else if (typeof item === "string") menu.addItem(command(item).label ?? item, item);
    else menu.addSubMenu(menuOf(ui, item));
  }
  return menu;
}
