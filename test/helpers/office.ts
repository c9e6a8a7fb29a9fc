/**
 * Debian's LibreOffice and poppler for the print tests: an xlsx or docx rendered to PDF by
 * `soffice --headless --convert-to pdf`, then read back with pdfinfo / pdftotext / pdftohtml.
 *
 * Missing tools: the tests are skipped with one loud line, except under CI=true where they must fail
 * (.ci/run installs libreoffice-calc, libreoffice-writer and poppler-utils).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";

const has = (cmd: string, arg = "--version") => spawnSync(cmd, [arg], { encoding: "utf8" }).status === 0;

const SOFFICE = ["soffice", "libreoffice"].find((c) => has(c));
const POPPLER = has("pdfinfo", "-v");

let warned = false;

/** Whether the PDF tests run: false (with one loud warning) only when a tool is missing outside CI. */
export function officeTestsEnabled(): boolean {
  if ((SOFFICE && POPPLER) || process.env.CI === "true") return true;
  if (!warned) {
    warned = true;
    console.warn(
      "\n*** PRINT (PDF) TESTS SKIPPED: LibreOffice or poppler not found. Install them with:" +
        " sudo apt-get install -y --no-install-recommends libreoffice-calc libreoffice-writer poppler-utils fonts-liberation2 fonts-crosextra-carlito ***\n",
    );
  }
  return false;
}

/** Renders an .xlsx / .docx to PDF with LibreOffice (a fresh profile each time); the PDF's path. */
export function toPdf(file: string): string {
  return convert(file, "pdf", "pdf");
}

/** The file opened and saved again by LibreOffice Calc as .xlsx (what a ward office using it sends back). */
export function resavedByLibreOffice(file: string): string {
  return convert(file, "xlsx:Calc MS Excel 2007 XML", "xlsx");
}

function convert(file: string, filter: string, ext: string): string {
  if (!SOFFICE) throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc");
  const dir = mkdtempSync(join(tmpdir(), "tdp-office-"));
  const inDir = join(dir, "in");
  mkdirSync(inDir);
  const input = join(inDir, basename(file));
  copyFileSync(file, input);
  const r = spawnSync(
    SOFFICE,
    [
      "--headless",
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--convert-to",
      filter,
      "--outdir",
      dir,
      input,
    ],
    { encoding: "utf8", timeout: 180_000 },
  );
  const out = join(dir, `${basename(file, extname(file))}.${ext}`);
  if (r.status !== 0 || !existsSync(out)) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  return out;
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

export interface PdfInfo {
  pages: number;
  /** Page size in points (A4 portrait ≈ 595 × 842). */
  width: number;
  height: number;
}

export function pdfInfo(pdf: string): PdfInfo {
  const out = run("pdfinfo", [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The text of the PDF (one string; pages separated by form feeds), NFC. */
export function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return run("pdftotext", [...range, "-layout", pdf, "-"]).normalize("NFC");
}

/**
 * The font sizes (points, as printed on the page: the cell's size times the print scale) of the text
 * of every page, with how many text runs use each; from `pdftohtml -xml` at zoom 1.
 */
export function pdfFontSizes(pdf: string): Map<number, number> {
  const xml = run("pdftohtml", ["-xml", "-i", "-zoom", "1", "-stdout", pdf]);
  const specs = new Map<string, number>();
  for (const m of xml.matchAll(/<fontspec id="(\d+)" size="(-?[\d.]+)"/g)) specs.set(m[1], Number(m[2]));
  const counts = new Map<number, number>();
  for (const m of xml.matchAll(/<text [^>]*font="(\d+)"/g)) {
    const size = specs.get(m[1]);
    if (size !== undefined) counts.set(size, (counts.get(size) ?? 0) + 1);
  }
  return counts;
}

/** The smallest size used by at least `share` of the text runs (ignores a stray tiny run). */
export function bodyFontSize(pdf: string): number {
  const counts = pdfFontSizes(pdf);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return Math.min(...[...counts].filter(([, n]) => n >= total * 0.05).map(([size]) => size));
}

export const readPdf = (pdf: string): Buffer => readFileSync(pdf);
