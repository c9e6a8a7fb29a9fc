/** Package parts and relationships (OPC): parts read and written by name, where a part's .rels lives, how a target resolves. */
import type JSZip from "jszip";
import { attributes, kids, openTag, rootOf } from "./xml";

export const dirOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);
export const relsPathOf = (part: string) => `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;

/** The part a relationship of part `base` targets ("../drawings/drawing1.xml" → "xl/drawings/drawing1.xml"). */
export function resolveTarget(base: string, target: string): string {
  let t = target;
  try {
    t = decodeURI(target);
  } catch {
    // keep it as written
  }
  const parts = (t.startsWith("/") ? t.slice(1) : dirOf(base) + t).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** The relative target from part `from` to part `to` (../drawings/drawing1.xml). */
export function relative(from: string, to: string): string {
  const a = dirOf(from).split("/").filter(Boolean);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...Array(a.length - i).fill(".."), ...b.slice(i)].join("/");
}

export interface Rel {
  id: string;
  type: string;
  /** The target part, resolved (external targets as written). */
  part: string;
  external: boolean;
}

export function relsOf(xml: string | undefined, source: string): Rel[] {
  if (!xml) return [];
  return kids(xml, rootOf(xml))
    .filter((e) => e.local === "Relationship")
    .map((e) => {
      const a = attributes(openTag(xml, e));
      const external = a.get("TargetMode") === "External";
      const target = a.get("Target") ?? "";
      return {
        id: a.get("Id") ?? "",
        type: a.get("Type") ?? "",
        part: external ? target : resolveTarget(source, target),
        external,
      };
    });
}

/** The parts of a package (an xlsx zip), found case-insensitively as OPC part names are. */
export class PackageParts {
  constructor(readonly zip: JSZip) {}

  /** The entry name of part `path` (part names are case-insensitive). */
  find(path: string): string | undefined {
    if (this.zip.files[path] && !this.zip.files[path].dir) return path;
    const low = path.toLowerCase();
    return Object.keys(this.zip.files).find((k) => k.toLowerCase() === low && !this.zip.files[k].dir);
  }

  async read(path: string): Promise<string | undefined> {
    const name = this.find(path);
    return name === undefined ? undefined : this.zip.file(name)!.async("string");
  }

  write(path: string, text: string): void {
    this.zip.file(this.find(path) ?? path, text);
  }

  remove(path: string): void {
    const name = this.find(path);
    if (name !== undefined) this.zip.remove(name);
  }
}
