/**
 * One message catalogue: every Vietnamese text lives in src/core/vocabulary.ts (the words that are the file
 * format) or src/core/text/ (display text by surface). This walks
 * every other source file with the TypeScript parser and fails on any string or template literal that
 * contains a Vietnamese letter, naming file:line and the text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");
const SRC = join(ROOT, "src");

/** Data, not messages: the catalogue itself, framework definitions, sample workbooks. */
const EXCLUDED = [
  /^src\/core\/vocabulary\.ts$/,
  /^src\/core\/text\//,
  /^src\/core\/frameworks\//,
  /^src\/core\/sample\//,
];

/**
 * Literals that must stay next to the code that uses them. `texts` omitted = the whole file. Keep short:
 * every entry needs a reason, and an entry that no longer matches anything fails the test.
 */
const ALLOWED: { file: string; texts?: string[]; reason: string }[] = [
  {
    file: "src/core/legacy.ts",
    reason:
      "TCVN3/VNI decoder: its tables of Vietnamese letters, vowels and syllables are the parsing keys " +
      "the decoder maps and tests against; nothing there is shown to a user",
  },
  {
    file: "src/core/workbook/generate.ts",
    texts: ["Phường số ", "Tổ dân phố số "],
    reason: "names of the generated benchmark wards and units: sample data, like src/core/sample",
  },
];

const VIETNAMESE =
  /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
    )
    .sort();
}

interface Found {
  file: string;
  line: number;
  /** The literal part that holds the Vietnamese letter (a template's head or span text). */
  text: string;
}

function vietnameseLiterals(file: string, source: string): Found[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Found[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!VIETNAMESE.test(text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push({ file, line, text });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) report(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      report(node.head, node.head.text);
      for (const span of node.templateSpans) report(span.literal, span.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const relativePath = (path: string) => relative(ROOT, path).split(sep).join("/");

describe("message catalogue", () => {
  const files = sourceFiles(SRC)
    .map((path) => ({ path, file: relativePath(path) }))
    .filter(({ file }) => !EXCLUDED.some((re) => re.test(file)));
  const all = files.flatMap(({ path, file }) => vietnameseLiterals(file, readFileSync(path, "utf8")));
  const allowedBy = (f: Found) =>
    ALLOWED.find((a) => a.file === f.file && (a.texts === undefined || a.texts.includes(f.text)));

  it("walks the source tree", () => {
    expect(files.length).toBeGreaterThan(20);
    expect(
      files.some((f) => f.file === "src/core/vocabulary.ts" || f.file.startsWith("src/core/text/")),
    ).toBe(false);
  });

  it("has no Vietnamese text outside the vocabulary and src/core/text/", () => {
    const stray = all
      .filter((f) => !allowedBy(f))
      .map((f) => `${f.file}:${f.line}: ${JSON.stringify(f.text)}`);
    expect(
      stray,
      `Move these texts to src/core/vocabulary.ts or src/core/text/:\n${stray.join("\n")}`,
    ).toEqual([]);
  });

  it("keeps the allow-list short and every entry in use", () => {
    expect(ALLOWED.length).toBeLessThanOrEqual(3);
    for (const a of ALLOWED) {
      expect(a.reason.length, a.file).toBeGreaterThan(20);
      const used = all.filter((f) => allowedBy(f) === a);
      expect(used.length, `allow-list entry ${a.file} matches nothing`).toBeGreaterThan(0);
      for (const t of a.texts ?? [])
        expect(
          used.some((f) => f.text === t),
          `${a.file}: ${JSON.stringify(t)}`,
        ).toBe(true);
    }
  });

  it("finds a Vietnamese literal when there is one", () => {
    const $ = "$";
    const found = vietnameseLiterals(
      "x.ts",
      `const a = "ok"; const b = \`Đã ghi ${$}{1} tệp\`; const c = \`x ${$}{2} lỗi\`; f("Không"); // Lỗi`,
    );
    expect(found.map((f) => f.text)).toEqual(["Đã ghi ", " tệp", " lỗi", "Không"]);
  });
});
