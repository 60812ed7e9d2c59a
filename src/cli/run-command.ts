/** Runs a CLI command: a usage or name error prints its message and exits 2; anything else is a bug. */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { DEFAULT_DATA_FILE, resolveDataFile, UnknownDataError } from "./data-file.ts";
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
    if (error instanceof UnknownNameError || error instanceof UnknownDataError || parseError) {
      console.error((error as Error).message);
      process.exit(2);
    }
    throw error;
  }
}
