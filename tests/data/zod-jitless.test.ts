/**
 * Under the shipped Content-Security-Policy (no 'unsafe-eval') zod must never reach for
 * `Function`: its probe is reported as a violation even when caught. Counted by swapping the
 * global `Function` before the schema module loads, then loading a real data set.
 */
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";

const realFunction = globalThis.Function;

afterEach(() => {
  globalThis.Function = realFunction;
  vi.resetModules();
});

function countFunctionConstructions(): { calls: number } {
  const seen = { calls: 0 };
  globalThis.Function = new Proxy(realFunction, {
    construct(target, args) {
      seen.calls++;
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      seen.calls++;
      return Reflect.apply(target, self, args);
    },
  });
  return seen;
}

describe("zod runs without eval", () => {
  it("loads and validates the MLOps data set without constructing a Function", async () => {
    vi.resetModules();
    const seen = countFunctionConstructions();
    const { loadGraphText } = await import("../../src/data/load.ts");
    const loaded = loadGraphText(readFileSync("graph-data/mlops.json", "utf8"));
    expect(loaded.ok).toBe(true);
    expect(seen.calls).toBe(0);
  });

  it("is jitless from the moment the schema module is loaded", async () => {
    vi.resetModules();
    await import("../../src/data/schema.ts");
    const { globalConfig } = await import("zod/v4/core");
    expect(globalConfig.jitless).toBe(true);
  });
});
