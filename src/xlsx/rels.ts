/** Package relationships (OPC): where a part's .rels lives, how a target resolves, and reading one. */
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
