/** Entry of build/cli.mjs (`tdp`, `npm start`): runs one command and exits with its code. */
import { processIo, run } from "./run";

// `tdp rollup x.xlsx --json - | head`: a closed pipe ends the command quietly, not with a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const io = processIo();
run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 4;
  },
);
