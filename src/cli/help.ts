/** `tdp --help`, `tdp help TOPIC`, `tdp CMD --help`: the help texts, without loading ExcelJS or docx. */
import { CLI } from "../core/text/cli";
import { EXIT, type Io } from "./io";

export async function help(io: Io, topic: keyof typeof CLI.HELP = "main"): Promise<number> {
  const text = CLI.HELP[topic];
  if (typeof text === "function") {
    // Only the topics that list the frameworks load the registry (and zod with it).
    const { BUILTIN_FRAMEWORK_IDS, DEFAULT_FRAMEWORK_ID } = await import("../core/frameworks");
    io.out(text(BUILTIN_FRAMEWORK_IDS, DEFAULT_FRAMEWORK_ID));
  } else io.out(text);
  return EXIT.ok;
}
