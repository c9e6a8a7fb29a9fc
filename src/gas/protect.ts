/**
 * Applies a protection plan idempotently. Each protection's description records what was applied
 * (protectionRecord: "TDP: … [A40:AE48; a@x, b@y]"), so an unchanged protection costs one
 * getDescription. A changed one is fixed in place (Protection.setRange for a moved range, editors
 * added or removed as the record says), so a run that stops half-way never leaves a range open
 * that was protected.
 */
import {
  PROTECTION_PREFIX,
  type ProtectionPlanItem,
  type ProtectionRecord,
  parseProtectionRecord,
  protectionEditors,
  protectionRecord,
} from "../core/workbook/protection";
import type { GProtection, GSheet, GSpreadsheet, GSpreadsheetApp } from "./types";

interface Found {
  p: GProtection;
  description: string;
  record?: ProtectionRecord;
}

function found(p: GProtection): Found {
  const description = p.getDescription();
  return { p, description, record: parseProtectionRecord(description) };
}

/** One run's protection work; file editors, owner and domain sharing are read at most once. */
export class Protector {
  /** Protections the user running this may not edit (canEdit() false): left as they are. */
  readonly skipped: ProtectionPlanItem[] = [];
  /** Plan items handled (changed or already right). */
  handled = 0;
  private fileEditorList: string[] | undefined;
  private ownerEmail: string | undefined;
  private domainEditable: boolean | undefined;
  private readonly me: string;

  constructor(
    private readonly app: GSpreadsheetApp,
    private readonly ss: GSpreadsheet,
    me: string,
  ) {
    this.me = me.trim().toLowerCase();
  }

  /** `items` are the plan's items for `sheet`; `fresh`: created by this run, so nothing to read. */
  protectSheet(sheet: GSheet, items: ProtectionPlanItem[], fresh = false): void {
    const ranges = items.filter((i) => i.range);
    const ours = new Map<string, Found>();
    const stale: Found[] = [];
    // A sheet with no range in the plan (the city-only sheets) has none of ours to read.
    for (const p of fresh || !ranges.length ? [] : sheet.getProtections(this.app.ProtectionType.RANGE)) {
      const f = found(p);
      if (!f.description.startsWith(PROTECTION_PREFIX)) continue;
      const base = f.record?.base ?? f.description;
      if (ours.has(base)) stale.push(f);
      else ours.set(base, f);
    }
    for (const item of ranges) {
      this.apply(sheet, item, ours.get(item.description));
      ours.delete(item.description);
    }
    // The sheet's own protection last: the ranges it leaves open are protected by then.
    const whole = items.find((i) => !i.range);
    if (whole) {
      const [p] = fresh ? [] : sheet.getProtections(this.app.ProtectionType.SHEET);
      this.apply(sheet, whole, p ? found(p) : undefined);
    }
    for (const f of [...ours.values(), ...stale]) {
      if (this.mayEdit(f.p)) f.p.remove();
      else this.skipped.push({ sheet: items[0]?.sheet ?? "", description: f.description, editors: [] });
    }
  }

  private apply(sheet: GSheet, item: ProtectionPlanItem, existing: Found | undefined): void {
    this.handled++;
    const editors = protectionEditors(item, this.me);
    const record = protectionRecord(item, editors);
    if (existing?.description === record) return;
    if (existing && !this.mayEdit(existing.p)) {
      this.skipped.push(item);
      return;
    }
    if (existing) {
      // A moved range is re-attached in place: the cells stay protected throughout.
      if (item.range && rangeOf(existing) !== item.range) existing.p.setRange(sheet.getRange(item.range));
      this.setEditors(existing, editors);
      if (!sameList(existing.record?.unprotected, item.unprotected)) this.setOpen(sheet, existing.p, item);
      existing.p.setDescription(record);
      return;
    }
    const p = item.range ? sheet.getRange(item.range).protect() : sheet.protect();
    p.setDescription(record);
    this.newEditors(p, editors);
    if (item.unprotected?.length) this.setOpen(sheet, p, item);
  }

  /** In place: from the record when there is one, else (a protection set before records) read back. */
  private setEditors(f: Found, editors: string[]): void {
    const current = f.record ? f.record.editors : f.p.getEditors().map((u) => u.getEmail().toLowerCase());
    const add = editors.filter((e) => !current.includes(e));
    const remove = current.filter((e) => !editors.includes(e));
    // Adding before removing, as Google's sample does: removing first can throw when the runner's
    // access comes through a group.
    if (add.length) f.p.addEditors(add);
    if (remove.length) f.p.removeEditors(remove);
    if (!f.record && f.p.canDomainEdit()) f.p.setDomainEdit(false);
  }

  /**
   * A new protection mirrors the file's sharing until its editors are changed: remove the file's
   * other editors (the owner and the runner stay anyway) and add the wanted ones that are not file
   * editors — at least one of the two, so that it stops mirroring.
   */
  private newEditors(p: GProtection, editors: string[]): void {
    const file = this.fileEditors();
    const keep = new Set([...editors, this.me, this.owner()]);
    const add = editors.filter((e) => !file.includes(e));
    const extra = file.filter((e) => !keep.has(e));
    if (add.length || (!extra.length && editors.length)) p.addEditors(add.length ? add : editors);
    if (extra.length) p.removeEditors(extra);
    if (this.domainEditable === undefined) this.domainEditable = p.canDomainEdit();
    if (this.domainEditable) p.setDomainEdit(false);
  }

  /** The sheet protection's open ranges, in one range list. */
  private setOpen(sheet: GSheet, p: GProtection, item: ProtectionPlanItem): void {
    const open = item.unprotected ?? [];
    p.setUnprotectedRanges(open.length ? sheet.getRangeList(open).getRanges() : []);
  }

  private mayEdit(p: GProtection): boolean {
    return (this.me !== "" && this.owner() === this.me) || p.canEdit();
  }

  private owner(): string {
    if (this.ownerEmail === undefined) this.ownerEmail = this.ss.getOwner()?.getEmail().toLowerCase() ?? "";
    return this.ownerEmail;
  }

  private fileEditors(): string[] {
    if (!this.fileEditorList)
      this.fileEditorList = this.ss.getEditors().map((u) => u.getEmail().toLowerCase());
    return this.fileEditorList;
  }
}

function sameList(a: string[] | undefined, b: string[] | undefined): boolean {
  return (a ?? []).join(" ") === (b ?? []).join(" ");
}

/** The range a protection covers: from its record, else read back (two service calls). */
function rangeOf(f: Found): string {
  return f.record?.range ?? f.p.getRange().getA1Notation();
}
