/** Turns zod issues into short, located messages a person editing JSON can act on. */
import type { z } from "zod";
import { type DocumentError, formatPath } from "./errors.ts";

export function schemaErrors(error: z.ZodError, input: unknown): DocumentError[] {
  return error.issues.flatMap((issue) => describe(issue, issue.path, input));
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(
  issue: z.core.$ZodIssue,
  base: readonly PropertyKey[],
  input: unknown,
): DocumentError[] {
  const path = formatPath(base);
  switch (issue.code) {
    case "invalid_type":
      if (/received undefined/.test(issue.message)) return [{ path, message: "is missing" }];
      return [{ path, message: `must be ${article(issue.expected)}` }];
    case "invalid_union": {
      // A discriminated union with an unknown `kind` reports a note instead of nested issues.
      if (issue.errors.length === 0 || issue.errors.every((e) => e.length === 0))
        return [unionError(issue, base, input)];
      // A plain union (a source is a seed quote or a dataset record): report the branch the
      // value came closest to, not every branch's complaints.
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      return closest.flatMap((inner) => describe(inner, [...base, ...inner.path], input));
    }
    case "unrecognized_keys":
      return [
        {
          path,
          message: `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`,
        },
      ];
    case "invalid_value":
      return [
        {
          path,
          message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`,
        },
      ];
    default:
      return [{ path, message: issue.message }];
  }
}

function unionError(
  issue: z.core.$ZodIssueInvalidUnion,
  base: readonly PropertyKey[],
  input: unknown,
): DocumentError {
  const discriminator = "discriminator" in issue ? issue.discriminator : undefined;
  if (typeof discriminator === "string") {
    const at = base[base.length - 1] === discriminator ? base : [...base, discriminator];
    const value = valueAt(input, at);
    return {
      path: formatPath(at),
      message:
        value === undefined
          ? "is missing"
          : `${JSON.stringify(value)} is not a known ${discriminator}`,
    };
  }
  return { path: formatPath(base), message: issue.message };
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
