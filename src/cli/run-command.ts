/**
 * Runs a CLI command: a usage or name error prints its message and exits 2, a data file with
 * errors lists them and exits 1; anything else is a bug, said in one line (no stack trace).
 * Exit codes are set, not forced, so output still queued for a pipe is not lost.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import {
  DataLoadError,
  DEFAULT_DATA_FILE,
  resolveDataFile,
  UnknownDataError,
} from "./data-file.ts";
import { internalError, terminal } from "./output.ts";
import { UnknownNameError } from "./resolve-names.ts";

/** Options every graph command takes. */
const COMMON_OPTIONS = {
  json: { type: "boolean", default: false },
  data: { type: "string", default: DEFAULT_DATA_FILE },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Parses a command's arguments with the common options; --help prints the usage and exits 0.
 * `--data` comes back as a file path (a built-in id such as `onet` resolved).
 */
export function parseCommand<const O extends NonNullable<ParseArgsConfig["options"]>>(
  usage: string,
  options: O,
) {
  const parsed = parseArgs({ allowPositionals: true, options: { ...COMMON_OPTIONS, ...options } });
  if ("help" in parsed.values && parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  const values = parsed.values as { data?: string | boolean };
  if (typeof values.data === "string") values.data = resolveDataFile(values.data);
  return parsed;
}

export function runCommand(main: () => void): void {
  try {
    main();
  } catch (error) {
    const parseError = (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    const io = terminal();
    if (error instanceof DataLoadError) {
      io.err(error.message);
      process.exitCode = 1;
    } else if (
      error instanceof UnknownNameError ||
      error instanceof UnknownDataError ||
      parseError
    ) {
      io.err((error as Error).message);
      process.exitCode = 2;
    } else internalError(error, io);
  }
}
