/** Turns zod issues into short, located messages a person editing JSON can act on. */
import type { z } from "zod";
import { type DocumentError, formatPath } from "./errors.ts";

export function schemaErrors(error: z.ZodError): DocumentError[] {
  return error.issues.flatMap((issue) => describe(issue, issue.path));
}

function describe(issue: z.core.$ZodIssue, base: readonly PropertyKey[]): DocumentError[] {
  const path = formatPath(base);
  switch (issue.code) {
    case "invalid_type":
      if (/received undefined/.test(issue.message)) return [{ path, message: "is missing" }];
      return [{ path, message: `must be ${article(issue.expected)}` }];
    case "invalid_union": {
      // A discriminated union with an unknown `kind` reports a note instead of nested issues.
      const nested = issue.errors.flat();
      if (nested.length === 0) return [{ path, message: unionMessage(issue) }];
      return nested.flatMap((inner) => describe(inner, [...base, ...inner.path]));
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

function unionMessage(issue: z.core.$ZodIssueInvalidUnion): string {
  const note = "note" in issue && typeof issue.note === "string" ? issue.note : "";
  if (/discriminator/i.test(note) || /discriminator/i.test(issue.message)) {
    return 'has an unknown "kind"';
  }
  return issue.message;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
