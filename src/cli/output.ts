/**
 * Terminal output that survives pipes. Writes to a pipe are asynchronous in Node: a process that
 * calls `process.exit()` while the reader is slow loses what is still queued (`validate | less`
 * used to lose the summary). Commands therefore set `process.exitCode` and let Node exit once
 * the streams have drained; a reader that goes away early (`| head`) ends output quietly.
 */

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

let guarded = false;

/** Output to stdout and stderr; a closed pipe (EPIPE) stops writing instead of crashing. */
export function terminal(): Output {
  if (!guarded) {
    guarded = true;
    for (const stream of [process.stdout, process.stderr])
      stream.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code !== "EPIPE") throw error;
      });
  }
  return {
    out: (line) => void process.stdout.write(`${line}\n`),
    err: (line) => void process.stderr.write(`${line}\n`),
  };
}

/** A one-line answer for an unexpected failure; the stack only with CP_DEBUG=1. */
export function internalError(error: unknown, io: Output): void {
  const message = String((error as Error)?.message ?? error).slice(0, 300);
  io.err(`internal error: ${message} (please report it; CP_DEBUG=1 shows where it happened)`);
  if (process.env.CP_DEBUG) io.err(String((error as Error)?.stack));
  process.exitCode = 70;
}
