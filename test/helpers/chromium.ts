/**
 * Debian's Chromium for the browser tests, driven by playwright-core. Nothing here downloads a browser.
 *
 * Chromium missing: the tests are skipped with a loud line, except under CI=true where they must fail.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const DEFAULT_PATH = "/usr/bin/chromium";

/** The Chromium executable: $CHROMIUM_PATH, else /usr/bin/chromium; null if it does not exist. */
export function chromiumPath(): string | null {
  const path = process.env.CHROMIUM_PATH || DEFAULT_PATH;
  return existsSync(path) ? path : null;
}

let warned = false;

/**
 * Whether the browser tests should run. False (with one loud warning) only when Chromium is missing
 * outside CI; under CI=true they always run, so a missing Chromium fails them in `launch()`.
 */
export function browserTestsEnabled(): boolean {
  if (chromiumPath() !== null || process.env.CI === "true") return true;
  if (!warned) {
    warned = true;
    console.warn(
      "\n*** SIDEBAR BROWSER TESTS SKIPPED: Chromium not found. Install it with: sudo apt-get install -y chromium ***\n",
    );
  }
  return false;
}

export async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (executablePath === null) {
    throw new Error(
      `Chromium not found at ${process.env.CHROMIUM_PATH || DEFAULT_PATH} (set CHROMIUM_PATH or: sudo apt-get install -y chromium)`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
