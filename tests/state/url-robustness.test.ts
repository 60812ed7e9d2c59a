import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadGraphDocument } from "../../src/data/load.ts";
import { resolveUrlQuery } from "../../src/state/resolve.ts";
import { initialState } from "../../src/state/types.ts";
import { MAX_NAME, mergeUrlQuery, parseUrlQuery } from "../../src/state/url.ts";
import { sampleDocument } from "../fixtures/sample-graph.ts";

const graph = (() => {
  const r = loadGraphDocument(sampleDocument());
  if (!r.ok) throw new Error("sample graph does not load");
  return r.graph;
})();

const resolve = (search: string) => resolveUrlQuery(graph, parseUrlQuery(search), initialState());

describe("hostile query strings", () => {
  it("sums up 500 unknown have= items in one message", () => {
    const have = Array.from({ length: 500 }, (_, i) => `thing${i}`).join(",");
    const { state, warnings } = resolve(`?to=role%3Amlops-engineer&have=${have}`);
    expect(state.route.have).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^500 skills or tools in the link are not in this data set: “thing0”, “thing1”, “thing2” and 497 more\.$/,
    );
  });

  it("says that only the first 4 of 5 roles are compared", () => {
    const roles = [
      "role:mlops-engineer",
      "role:devops-engineer",
      "role:data-engineer",
      "role:machine-learning-engineer",
      "role:senior-machine-learning-engineer",
    ];
    const { state, warnings } = resolve(`?compare=${roles.join(",")}`);
    expect(state.compare).toEqual(roles.slice(0, 4));
    expect(warnings).toEqual([
      "Only 4 roles can be compared at once: comparing the first 4 of the 5 in the link.",
    ]);
  });

  it("cuts a 100 KB name before looking it up, and quotes it briefly", () => {
    const started = performance.now();
    const { warnings } = resolve(`?role=${"x".repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.length).toBeLessThan(200);
    expect(parseUrlQuery(`?to=${"y".repeat(5_000)}`).to).toHaveLength(MAX_NAME);
  });

  it("never throws, answers within a second, and every warning is short, for any query string", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(
              "role",
              "from",
              "to",
              "have",
              "compare",
              "mode",
              "view",
              "data",
              "__proto__",
              "constructor",
            ),
            fc.oneof(
              fc.string({ unit: "grapheme" }),
              fc.constantFrom(
                "__proto__",
                "constructor",
                "<img src=x onerror=alert(1)>",
                "\u202e\u200b",
                "%",
                "%E0%A4%A",
                ",,,",
              ),
            ),
          ),
          { maxLength: 8 },
        ),
        (pairs) => {
          const search = `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`;
          const started = performance.now();
          const { state, warnings } = resolve(search);
          expect(performance.now() - started).toBeLessThan(1_000);
          expect(state.compare.length).toBeLessThanOrEqual(4);
          for (const w of warnings) expect(w.length).toBeLessThanOrEqual(400);
          expect(warnings.length).toBeLessThanOrEqual(8);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("two explorers on one page", () => {
  it("reads and writes only its own prefixed parameters", () => {
    const search = "?lang=en&role=role%3Adata-engineer&b-role=role%3Amlops-engineer";
    expect(parseUrlQuery(search, "b-").role).toBe("role:mlops-engineer");
    expect(parseUrlQuery(search).role).toBe("role:data-engineer");
    expect(mergeUrlQuery(search, { compare: ["x", "y"] }, undefined, "b-")).toBe(
      "?lang=en&role=role%3Adata-engineer&b-compare=x,y",
    );
    expect(mergeUrlQuery(search, {}, undefined, "")).toBe("?lang=en&b-role=role%3Amlops-engineer");
  });
});
