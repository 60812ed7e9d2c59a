/**
 * Checking a stored or imported profile (see profile.ts): versioned, bounded, and parsed like
 * any untrusted input. A module of its own so the schema code loads only when a profile is read.
 */
import * as z from "zod/mini";
import {
  emptyProfile,
  MAX_NOTE,
  PROFILE_FORMAT,
  PROFILE_VERSION,
  type Profile,
} from "./profile.ts";

z.config({ jitless: true }); // no `new Function` under the page's CSP (see data/zod-jitless.ts)

const MAX_ITEMS = 20_000;

const id = z.string().check(z.maxLength(400));
const ids = z.array(id).check(z.maxLength(MAX_ITEMS));
const planSchema = z.object({
  to: id,
  from: z.nullable(id),
  steps: z.array(z.object({ role: id, items: ids })).check(z.maxLength(1_000)),
  learning: ids,
  notes: z.record(id, z.string().check(z.maxLength(MAX_NOTE))),
  created: z.number(),
});
const dataSetSchema = z.object({ have: ids, plan: z.nullable(planSchema) });
const profileSchema = z.object({
  version: z.literal(PROFILE_VERSION),
  updated: z.number(),
  dataSets: z.record(id, dataSetSchema),
});

export type ParsedProfile = { ok: true; profile: Profile } | { ok: false; problem: string };

/** Checks a stored or imported value; the problem names what is wrong, for the message. */
export function parseProfile(value: unknown): ParsedProfile {
  if (value === undefined || value === null) return { ok: true, profile: emptyProfile() };
  if (typeof value !== "object") return { ok: false, problem: "it is not a profile object" };
  const version = (value as { version?: unknown }).version;
  if (version !== PROFILE_VERSION)
    return {
      ok: false,
      problem:
        typeof version === "number"
          ? `it is version ${version}; this app reads version ${PROFILE_VERSION}`
          : "it has no version",
    };
  const parsed = profileSchema.safeParse(value);
  if (parsed.success) return { ok: true, profile: parsed.data as Profile };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : "the profile";
  return { ok: false, problem: `${where}: ${issue?.message ?? "is not valid"}` };
}

/** The file a person downloads: the whole profile, marked so an import can tell what it is. */
export function profileToFile(profile: Profile): string {
  return `${JSON.stringify({ format: PROFILE_FORMAT, ...profile }, null, 2)}\n`;
}

export function profileFromFile(text: string): ParsedProfile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: `it is not JSON (${(e as Error).message})` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, problem: "it is not a profile object" };
  const { format, ...rest } = value as Record<string, unknown>;
  if (format !== PROFILE_FORMAT)
    return {
      ok: false,
      problem: `it is not a Career Path Explorer profile (format "${String(format)}")`,
    };
  return parseProfile(rest);
}
