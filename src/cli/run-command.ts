/** Runs a CLI command: a usage or name error prints its message and exits 2; anything else is a bug. */
import { UnknownNameError } from "./resolve-names.ts";

export function runCommand(main: () => void): void {
  try {
    main();
  } catch (error) {
    const parseError = (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    if (error instanceof UnknownNameError || parseError) {
      console.error((error as Error).message);
      process.exit(2);
    }
    throw error;
  }
}
