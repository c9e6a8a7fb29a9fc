/**
 * The workbook accessor: a workbook's values by sheet name with the one lenient lookup, the fixed sheets
 * set apart, and each ward tab's layout parsed once however many steps ask for it. Set-up, the tab check,
 * the roll-up, `tdp check` and the sidebar all read through it.
 */
import type { Framework } from "../framework";
import type { Ward } from "../model";
import { foldKey } from "../text";
import { isFixedSheet } from "./sheets";
import { isWardTabRead, readWardTab, type WardTabRead } from "./wardTab";

/** Sheet values by name, as the adapters read them (one batched read per sheet). */
export type WorkbookValues = ReadonlyMap<string, unknown[][]>;

/** What reading a sheet as a ward tab gives: its layout, or why it is not one. */
export type TabRead = ReturnType<typeof readWardTab>;

/** A sheet read as a ward tab. */
export interface FoundTab {
  name: string;
  values: unknown[][];
  read: WardTabRead;
}

export class Workbook {
  private readonly reads = new Map<string, TabRead>();
  /** Sheets by folded name (the first of a folded name wins, as findSheet), made on the first find. */
  private byKey: Map<string, [string, unknown[][]]> | undefined;
  /** Readable other sheets by folded B2 ward code, in workbook order, made on the first ask. */
  private byWardCode: Map<string, FoundTab[]> | undefined;

  constructor(
    readonly values: WorkbookValues,
    readonly framework: Framework,
  ) {}

  /** The entry whose name matches `name` leniently (case, NFC/NFD, diacritics). */
  find(name: string): [string, unknown[][]] | undefined {
    if (!this.byKey) {
      this.byKey = new Map();
      for (const [n, v] of this.values) if (!this.byKey.has(foldKey(n))) this.byKey.set(foldKey(n), [n, v]);
    }
    const hit = this.byKey.get(foldKey(name));
    return hit ? [hit[0], hit[1]] : undefined;
  }

  /** Every sheet that is not a fixed one (a ward tab or a sheet of the user's), in workbook order. */
  otherSheets(): string[] {
    return [...this.values.keys()].filter((n) => !isFixedSheet(n));
  }

  /** `name` read as a ward tab, parsed on the first call only. */
  wardTab(name: string): TabRead {
    let read = this.reads.get(name);
    if (!read) {
      read = readWardTab(name, this.values.get(name) ?? [], this.framework);
      this.reads.set(name, read);
    }
    return read;
  }

  /** `name` when it reads as a ward tab. */
  readableTab(name: string): FoundTab | undefined {
    const read = this.wardTab(name);
    return isWardTabRead(read) ? { name, values: this.values.get(name) ?? [], read } : undefined;
  }

  /** The non-fixed sheets whose B2 holds the ward's code, in workbook order. */
  tabsWithWardCode(ward: Ward): FoundTab[] {
    if (!this.byWardCode) {
      this.byWardCode = new Map();
      for (const n of this.otherSheets()) {
        const t = this.readableTab(n);
        if (t === undefined || t.read.wardCode === "") continue;
        const key = foldKey(t.read.wardCode);
        const list = this.byWardCode.get(key);
        if (list) list.push(t);
        else this.byWardCode.set(key, [t]);
      }
    }
    return [...(this.byWardCode.get(foldKey(ward.code)) ?? [])];
  }
}
