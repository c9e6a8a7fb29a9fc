/**
 * Just enough XML for editing OOXML parts in place: elements are found as [start, end) spans of the
 * part's own text, so an edit splices new text in and every byte it does not touch stays as it was.
 * Not a general parser: no DTDs; comments, processing instructions and CDATA are skipped.
 */

export interface Element {
  /** The qualified name as written ("row", "x:row"). */
  name: string;
  /** The name without its prefix. */
  local: string;
  /** The prefix ("" when none). */
  prefix: string;
  /** Index of "<". */
  start: number;
  /** Index just after the opening tag's ">". */
  openEnd: number;
  /** Start of the closing tag (= openEnd for an empty element written "<x/>"). */
  innerEnd: number;
  /** Index just after the element. */
  end: number;
  selfClosing: boolean;
}

const TAG = /<(\/?)([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/y;

/** If `i` starts a comment, processing instruction, CDATA section or doctype: the index after it. */
function skipMarkup(xml: string, i: number): number {
  const close = xml.startsWith("<!--", i)
    ? "-->"
    : xml.startsWith("<![CDATA[", i)
      ? "]]>"
      : xml.startsWith("<?", i)
        ? "?>"
        : xml.startsWith("<!", i)
          ? ">"
          : "";
  if (!close) return -1;
  const at = xml.indexOf(close, i + 2);
  if (at < 0) throw new Error("unterminated XML markup");
  return at + close.length;
}

interface Tag {
  close: boolean;
  name: string;
  end: number;
  selfClosing: boolean;
}

function tagAt(xml: string, i: number): Tag {
  TAG.lastIndex = i;
  const m = TAG.exec(xml);
  if (!m) throw new Error(`malformed XML tag at ${i}`);
  return { close: m[1] === "/", name: m[2], end: TAG.lastIndex, selfClosing: m[4] === "/" };
}

function element(xml: string, start: number, tag: Tag): Element {
  const colon = tag.name.indexOf(":");
  const base = {
    name: tag.name,
    local: colon < 0 ? tag.name : tag.name.slice(colon + 1),
    prefix: colon < 0 ? "" : tag.name.slice(0, colon),
    start,
    openEnd: tag.end,
    selfClosing: tag.selfClosing,
  };
  if (tag.selfClosing) return { ...base, innerEnd: tag.end, end: tag.end };
  let depth = 1;
  let i = tag.end;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) throw new Error(`unclosed XML element ${tag.name}`);
    const skip = skipMarkup(xml, lt);
    if (skip >= 0) {
      i = skip;
      continue;
    }
    const t = tagAt(xml, lt);
    if (t.close) {
      depth--;
      if (depth === 0) return { ...base, innerEnd: lt, end: t.end };
    } else if (!t.selfClosing) depth++;
    i = t.end;
  }
}

/** The elements directly inside [from, to): the content of one element. */
export function children(xml: string, from: number, to: number = xml.length): Element[] {
  const out: Element[] = [];
  let i = from;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) return out;
    const skip = skipMarkup(xml, lt);
    if (skip >= 0) {
      i = skip;
      continue;
    }
    const t = tagAt(xml, lt);
    if (t.close) return out;
    const el = element(xml, lt, t);
    out.push(el);
    i = el.end;
  }
}

/** The document element. */
export function rootOf(xml: string): Element {
  const [root] = children(xml, 0);
  if (!root) throw new Error("no XML document element");
  return root;
}

/** The children of `parent`. */
export function kids(xml: string, parent: Element): Element[] {
  return parent.selfClosing ? [] : children(xml, parent.openEnd, parent.innerEnd);
}

/** The opening tag of `el`. */
export const openTag = (xml: string, el: Element): string => xml.slice(el.start, el.openEnd);
/** The whole text of `el`. */
export const textOf = (xml: string, el: Element): string => xml.slice(el.start, el.end);

const ATTR = /\s([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of an opening tag, values decoded. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) out.set(m[1], unescapeXml(m[2] ?? m[3] ?? ""));
  return out;
}

export function attr(tag: string, name: string): string | undefined {
  return attributes(tag).get(name);
}

/** The tag with attribute `name` set to `value` (escaped here), or removed when `value` is undefined. */
export function setAttr(tag: string, name: string, value: string | undefined): string {
  let found = false;
  const out = tag.replace(ATTR, (whole, n: string) => {
    if (n !== name) return whole;
    found = true;
    return value === undefined ? "" : ` ${n}="${escapeXml(value)}"`;
  });
  if (found || value === undefined) return out;
  const at = out.endsWith("/>") ? out.length - 2 : out.length - 1;
  return `${out.slice(0, at)} ${name}="${escapeXml(value)}"${out.slice(at)}`;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e === "amp"
      ? "&"
      : e === "lt"
        ? "<"
        : e === "gt"
          ? ">"
          : e === "quot"
            ? '"'
            : e === "apos"
              ? "'"
              : String.fromCodePoint(e[1] === "x" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
}

/** The prefix the root element binds to namespace `uri` ("" for the default namespace), if any. */
export function prefixFor(xml: string, uri: string): string | undefined {
  const root = rootOf(xml);
  for (const [name, value] of attributes(openTag(xml, root)))
    if (value === uri) {
      if (name === "xmlns") return "";
      if (name.startsWith("xmlns:")) return name.slice(6);
    }
  return undefined;
}

/** Writes every unprefixed element name of `fragment` with `prefix` (for parts that use "x:row"). */
export function withPrefix(fragment: string, prefix: string): string {
  if (!prefix) return fragment;
  return fragment.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`);
}

/** Applies edits (non-overlapping spans of `xml`) in one pass. */
export function splice(xml: string, edits: { start: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at);
}
