/**
 * Zod compiles object parsers with `new Function` and, to find out whether it may, probes with
 * `new Function("")` once. Under a Content-Security-Policy without `'unsafe-eval'` (what the
 * build ships, in the page and the graph worker alike) that probe is reported as a violation
 * even though zod catches it. Jitless mode skips both; validating O*NET costs about the same.
 * Imported first by schema.ts, because zod decides when a schema is built, not when it parses.
 */
import { z } from "zod";

z.config({ jitless: true });
