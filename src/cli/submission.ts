/**
 * `tdp submit`, `tdp return`, `tdp status` (seed 002): the submission states of the add-in in an
 * .xlsx workbook. The record sheet and the board are written into the file's own package (every
 * other part stays as it is); an .xlsx has no per-user protection, so a sent tab is not locked —
 * the roll-up lists every cell changed since it was sent.
 */
import { userInfo } from "node:os";
import { formatProblem } from "../core/problem";
import { CLI } from "../core/text/cli";
import { planFieldAppraisal } from "../core/usecases/fieldAppraisal";
import type { StateChange } from "../core/usecases/submit";
import { planReturn, planStatus, planSubmit } from "../core/usecases/submit";
import { writeSheetsInto } from "../xlsx/package";
import { criteriaBroken, hanging, oneFile, parse, readWorkbookFile, UsageError, widthOf } from "./common";
import { help } from "./help";
import { EXIT, type Io } from "./io";
import { type Column, table, wrap } from "./text";

const me = () => {
  try {
    return userInfo().username;
  } catch {
    return "";
  }
};

async function apply(
  file: string,
  change: StateChange,
  values: Map<string, unknown[][]>,
  io: Io,
): Promise<number> {
  io.progress("");
  const width = widthOf(io);
  if (!change.ok && !change.lines.length) {
    io.err(criteriaBroken(change.problems, width));
    return EXIT.problems;
  }
  const lines = change.lines.flatMap((l) => wrap(l, width));
  lines.push(...change.problems.flatMap((p) => hanging(formatProblem(p), width)));
  if (change.specs.length) {
    io.progress(CLI.PROGRESS.writing(file));
    await writeSheetsInto(
      file,
      file,
      change.specs.map((spec) => ({ spec })),
      values,
    );
    io.progress("");
    lines.push(CLI.OUT.wrote(file));
  }
  io.out(lines.join("\n").normalize("NFC"));
  return change.ok ? EXIT.ok : EXIT.problems;
}

export async function submit(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("submit", args, { ward: { type: "string" }, by: { type: "string" } });
  if (values.help) return help(io, "submit");
  const file = oneFile("submit", positionals);
  const ward = values.ward as string | undefined;
  if (!ward) throw new UsageError(CLI.USAGE.needWard("submit"));
  const read = await readWorkbookFile(file, io);
  const by = (values.by as string | undefined) ?? me();
  return apply(file, planSubmit(read.values, { ward, by, at: new Date().toISOString() }), read.values, io);
}

export async function returnCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("return", args, {
    ward: { type: "string" },
    reason: { type: "string" },
    by: { type: "string" },
  });
  if (values.help) return help(io, "return");
  const file = oneFile("return", positionals);
  const ward = values.ward as string | undefined;
  if (!ward) throw new UsageError(CLI.USAGE.needWard("return"));
  const read = await readWorkbookFile(file, io);
  const by = (values.by as string | undefined) ?? me();
  const reason = (values.reason as string | undefined) ?? "";
  return apply(
    file,
    planReturn(read.values, { ward, by, reason, at: new Date().toISOString() }),
    read.values,
    io,
  );
}

/**
 * `tdp appraisal SỔ.xlsx`: Phân công thẩm định created when missing, Kết quả thẩm định rebuilt for
 * the units proposed (the results typed are kept).
 */
export async function appraisal(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("appraisal", args, {});
  if (values.help) return help(io, "appraisal");
  const file = oneFile("appraisal", positionals);
  const read = await readWorkbookFile(file, io);
  const plan = planFieldAppraisal(read.values);
  return apply(file, { ...plan, ok: plan.ok }, read.values, io);
}

/** `tdp status SỔ.xlsx [--write]`: the board on screen; written into the file with --write. */
export async function status(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("status", args, { write: { type: "boolean", short: "w" } });
  if (values.help) return help(io, "status");
  const file = oneFile("status", positionals);
  const read = await readWorkbookFile(file, io);
  const change = planStatus(read.values, { now: new Date().toISOString() });
  io.progress("");
  if (!change.ok) {
    io.err(criteriaBroken(change.problems, widthOf(io)));
    return EXIT.problems;
  }
  const rows = change.specs[0].values.map((r) => r.map(String));
  // STT, Mã, Xã/phường, Trạng thái, Gửi lúc, Lý do trả lại: the board's columns a screen has room for.
  const shown = [0, 1, 2, 3, 4, 7];
  const columns: Column[] = shown.map((c) => ({ header: rows[3][c], wrap: c === 7 }));
  const width = widthOf(io);
  const text = [
    ...[rows[0][0], rows[1][0], rows[2][0]].flatMap((l) => wrap(l, width)),
    "",
    ...table(
      columns,
      rows.slice(4).map((r) => shown.map((c) => r[c])),
      width,
      "",
    ),
  ];
  io.out(text.join("\n").normalize("NFC"));
  if (values.write) {
    await writeSheetsInto(file, file, [{ spec: change.specs[0] }], read.values);
    io.out(CLI.OUT.wrote(file));
  }
  return EXIT.ok;
}
