// Builds the Apps Script project into dist/ (Code.js, Sidebar.html, appsscript.json), its
// file-per-ward variant into dist-multi/ (docs/multi-file.md), and the Node command-line tool into
// build/cli.mjs. `node build.mjs` builds all three; `--variant single` or `--variant multi` only that
// bundle's folder.
//
// The two bundles differ in their manifest (appsscript.json: spreadsheets.currentonly;
// appsscript.multi.json: spreadsheets, to open and create the wards' files), in the define
// __TDP_VARIANT__ ("single" | "multi", read by src/gas/variant.ts: the multi menu items), and in their
// entry: the multi bundle adds the globals of src/mainMulti.ts to those of src/main.ts.
//
// Apps Script only sees top-level function declarations, and autocomplete for @customfunction
// needs the JSDoc and the parameter names on that declaration. So the bundle is an IIFE assigned
// to __bundle, and for every function exported by src/main.ts we append
//   /** its JSDoc */ function NAME(a, b) { return __bundle.NAME(a, b); }
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import ts from "typescript";

const root = dirname(fileURLToPath(import.meta.url));
const entry = join(root, "src/main.ts");
const multiEntry = join(root, "src/mainMulti.ts");

/** The Apps Script bundles: output folder, manifest, entry files (their exports become globals). */
export const VARIANTS = {
  single: { dist: join(root, "dist"), manifest: "appsscript.json", entries: [entry] },
  multi: { dist: join(root, "dist-multi"), manifest: "appsscript.multi.json", entries: [entry, multiEntry] },
};

/** Exported functions of the entry file with their JSDoc text and parameter names. */
export function entryExports(file = entry) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2019, true);
  const text = source.getFullText();
  const out = [];
  for (const stmt of source.statements) {
    const exported = ts.getModifiers?.(stmt)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (!ts.isFunctionDeclaration(stmt) || !stmt.name) {
      throw new Error(
        `${file} may only export function declarations (found: ${stmt.getText().slice(0, 60)})`,
      );
    }
    const comments = ts.getLeadingCommentRanges(text, stmt.pos) ?? [];
    const jsdoc = comments
      .filter((c) => text.slice(c.pos, c.pos + 3) === "/**")
      .map((c) => text.slice(c.pos, c.end))
      .pop();
    out.push({
      name: stmt.name.text,
      params: stmt.parameters.map((p) => p.name.getText()),
      jsdoc: jsdoc ?? "",
    });
  }
  return out;
}

async function buildSidebar(dist) {
  const client = await esbuild.build({
    entryPoints: [join(root, "src/sidebar/client.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2019",
    platform: "browser",
    minify: true,
    legalComments: "none",
  });
  const js = client.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
  const css = readFileSync(join(root, "src/sidebar/sidebar.css"), "utf8");
  const html = readFileSync(join(root, "src/sidebar/sidebar.html"), "utf8")
    .replace("/*__CSS__*/", () => css)
    .replace("/*__JS__*/", () => js);
  writeFileSync(join(dist, "Sidebar.html"), html);
}

async function buildCode(name) {
  const { dist, entries } = VARIANTS[name];
  // One entry re-exporting every entry file's functions (the single bundle: src/main.ts alone).
  const stdin = {
    contents: entries.map((f) => `export * from ${JSON.stringify(f)};`).join("\n"),
    resolveDir: root,
    sourcefile: `${name}-entry.ts`,
    loader: "ts",
  };
  const result = await esbuild.build({
    stdin,
    bundle: true,
    write: false,
    format: "iife",
    globalName: "__bundle",
    target: "es2019",
    platform: "neutral",
    mainFields: ["module", "main"],
    charset: "utf8",
    legalComments: "none",
    define: { __TDP_VARIANT__: JSON.stringify(name) },
    // Every custom-function call loads the whole script: keep it small, but keep names for stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
  });
  const wrappers = entries
    .flatMap((f) => entryExports(f))
    .map(({ name, params, jsdoc }) => {
      const args = params.join(", ");
      return `${jsdoc ? `${jsdoc}\n` : ""}function ${name}(${args}) {\n  return __bundle.${name}(${args});\n}\n`;
    });
  const code = `${result.outputFiles[0].text}\n${wrappers.join("\n")}`;
  for (const forbidden of [/^\s*import\s/m, /^\s*export\s/m, /\brequire\(/]) {
    if (forbidden.test(code))
      throw new Error(`${name}: Code.js contains ${forbidden}: Apps Script cannot load it`);
  }
  writeFileSync(join(dist, "Code.js"), code);
}

/** Where build/cli.mjs's split chunks go (the commands' code, loaded by `import()` on first use). */
export const CLI_CHUNKS = "cli-chunks";

// Split (ESM only): the commands (src/cli/commands.ts, with ExcelJS, docx and the core) are a chunk
// that `tdp --help` never loads. ExcelJS, docx, zod stay external (packages: "external"), loaded
// from node_modules by the chunk that imports them: they are the package's dependencies.
/** The CLI's esbuild options, writing into `outdir` (test/helpers/xlsx.ts builds with the same). */
export function cliBuildOptions(outdir = join(root, "build")) {
  return {
    entryPoints: { cli: join(root, "src/cli/main.ts") },
    bundle: true,
    outdir,
    splitting: true,
    chunkNames: `${CLI_CHUNKS}/[name]-[hash]`,
    outExtension: { ".js": ".mjs" },
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    charset: "utf8",
    banner: { js: "// Built by build.mjs from src/cli — do not edit." },
  };
}

async function buildCli() {
  rmSync(join(root, "build", CLI_CHUNKS), { recursive: true, force: true });
  await esbuild.build(cliBuildOptions());
}

/** One Apps Script bundle into its folder: Code.js, Sidebar.html, appsscript.json. */
export async function buildVariant(name) {
  const { dist, manifest } = VARIANTS[name];
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  copyFileSync(join(root, manifest), join(dist, "appsscript.json"));
  await Promise.all([buildCode(name), buildSidebar(dist)]);
}

/** `--variant single|multi`, or undefined (build everything). */
function variantArg(argv) {
  const i = argv.indexOf("--variant");
  if (i < 0) return undefined;
  const v = argv[i + 1];
  if (!Object.hasOwn(VARIANTS, v))
    throw new Error(`--variant takes ${Object.keys(VARIANTS).join(" or ")}, not ${v ?? "nothing"}`);
  return v;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = variantArg(process.argv.slice(2));
  if (only) {
    await buildVariant(only);
    console.log(
      `Đã đóng gói: ${relative(root, VARIANTS[only].dist)}/ (Code.js, Sidebar.html, appsscript.json)`,
    );
  } else {
    await Promise.all([buildVariant("single"), buildVariant("multi"), buildCli()]);
    console.log("Đã đóng gói: dist/, dist-multi/ (Code.js, Sidebar.html, appsscript.json), build/cli.mjs");
  }
}
