/**
 * Turns zod issues into short, located messages a person editing JSON can act on. zod's own
 * wording ("Too big: expected int to be <=9007199254740991", "must match pattern /…/") never
 * reaches a user: messages the schema words itself start in lower case and are kept; every other
 * issue code is worded here. Values from the document are shown clipped, never recursively.
 */
import type { z } from "zod";
import { type DocumentError, formatPath, preview, shown } from "./errors.ts";

type Issue = z.core.$ZodIssue;

export function schemaErrors(error: z.ZodError, input: unknown): DocumentError[] {
  const issues = error.issues.filter((issue, _, all) => !redundant(issue, all));
  return issues.flatMap((issue) => describe(issue, issue.path, input));
}

/** `.int()` adds a safe-integer bound; where the schema gives its own bound, that one is enough. */
function redundant(issue: Issue, all: readonly Issue[]): boolean {
  if (issue.code !== "too_big" && issue.code !== "too_small") return false;
  const bound = issue.code === "too_big" ? issue.maximum : issue.minimum;
  if (Math.abs(Number(bound)) !== Number.MAX_SAFE_INTEGER) return false;
  const at = formatPath(issue.path);
  return all.some((o) => o !== issue && o.code === issue.code && formatPath(o.path) === at);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const ours = (message: string) => /^[a-z]/.test(message);
const number = (n: unknown) => Number(n).toLocaleString("en-US");

function describe(issue: Issue, base: readonly PropertyKey[], input: unknown): DocumentError[] {
  const path = formatPath(base);
  const at = (message: string) => [{ path, message }];
  if (issue.code !== "invalid_union" && ours(issue.message)) return at(issue.message);
  switch (issue.code) {
    case "invalid_type":
      if (valueAt(input, base) === undefined) return at("is missing");
      return at(`must be ${article(issue.expected === "int" ? "whole number" : issue.expected)}`);
    case "invalid_union": {
      // A discriminated union with an unknown `kind` reports a note instead of nested issues.
      if (issue.errors.length === 0 || issue.errors.every((e) => e.length === 0))
        return [unionError(issue, base, input)];
      // A plain union (a source is a seed quote or a dataset record): report the branch the
      // value came closest to, not every branch's complaints.
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      return closest.flatMap((inner) => describe(inner, [...base, ...inner.path], input));
    }
    case "unrecognized_keys": {
      const keys = issue.keys.slice(0, 5).map((k) => shown(k, 40));
      const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : "";
      return at(`has unknown field${issue.keys.length > 1 ? "s" : ""} ${keys.join(", ")}${more}`);
    }
    case "invalid_value":
      return at(
        issue.values.length === 1
          ? `must be ${JSON.stringify(issue.values[0])}`
          : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`,
      );
    case "too_big":
      return at(tooBig(issue));
    case "too_small":
      return at(tooSmall(issue));
    case "invalid_format":
      if (issue.format === "url") return at("must be a web address such as https://example.org/");
      if (issue.format === "regex") return at("is not written in the expected form");
      return at(`must be a valid ${issue.format}`);
    case "not_multiple_of":
      return at(`must be a multiple of ${number(issue.divisor)}`);
    case "invalid_key":
      return at("has a field name that is not allowed");
    case "invalid_element":
      return at("has an entry that is not allowed");
    default:
      return at("is not valid here");
  }
}

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  const n = number(issue.maximum);
  switch (issue.origin) {
    case "string":
      return `is longer than ${n} characters`;
    case "array":
    case "set":
      return `has more than ${n} entries`;
    default:
      if (Math.abs(Number(issue.maximum)) === Number.MAX_SAFE_INTEGER) return "is too large";
      return issue.inclusive === false ? `must be less than ${n}` : `must be at most ${n}`;
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const n = number(issue.minimum);
  switch (issue.origin) {
    case "string":
      return Number(issue.minimum) <= 1 ? "must not be empty" : `is shorter than ${n} characters`;
    case "array":
    case "set":
      return Number(issue.minimum) <= 1 ? "must not be empty" : `has fewer than ${n} entries`;
    default:
      if (Math.abs(Number(issue.minimum)) === Number.MAX_SAFE_INTEGER) return "is too small";
      if (Number(issue.minimum) === 0 && issue.inclusive === false) return "must be more than 0";
      return issue.inclusive === false ? `must be more than ${n}` : `must be at least ${n}`;
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
        value === undefined ? "is missing" : `${preview(value)} is not a known ${discriminator}`,
    };
  }
  return { path: formatPath(base), message: "does not match any of the allowed forms" };
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
