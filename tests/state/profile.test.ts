import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dataSetProfile,
  emptyProfile,
  type Plan,
  planProgress,
  setHave,
  setNote,
  setPlan,
  setStatus,
  statusOf,
} from "../../src/state/profile.ts";
import { parseProfile, profileFromFile, profileToFile } from "../../src/state/profile-parse.ts";

const plan: Plan = {
  to: "role:lead",
  from: null,
  steps: [
    { role: "role:mid", items: ["a", "b"] },
    { role: "role:lead", items: ["b", "c"] },
  ],
  learning: [],
  notes: {},
  created: 1,
};

describe("profile", () => {
  it("keeps each data set's skills apart", () => {
    let p = setHave(emptyProfile(), "one", ["a", "b"], true, 5);
    p = setHave(p, "two", ["x"], true, 6);
    p = setHave(p, "one", ["a"], false, 7);
    expect(dataSetProfile(p, "one").have).toEqual(["b"]);
    expect(dataSetProfile(p, "two").have).toEqual(["x"]);
    expect(p.updated).toBe(7);
  });

  it("done in the plan means in the profile, and back", () => {
    let p = setPlan(emptyProfile(), "k", plan);
    p = setStatus(p, "k", "a", "learning");
    expect(statusOf(dataSetProfile(p, "k").plan as Plan, new Set(), "a")).toBe("learning");
    p = setStatus(p, "k", "a", "done");
    const after = dataSetProfile(p, "k");
    expect(after.have).toEqual(["a"]);
    expect(after.plan?.learning).toEqual([]);
    p = setStatus(p, "k", "a", "todo");
    expect(dataSetProfile(p, "k").have).toEqual([]);
  });

  it("counts progress per step and once overall", () => {
    const progress = planProgress({ ...plan, learning: ["c"] }, new Set(["b"]));
    expect(progress).toEqual({
      done: 1,
      learning: 1,
      total: 3,
      steps: [
        { role: "role:mid", done: 1, total: 2 },
        { role: "role:lead", done: 1, total: 2 },
      ],
    });
  });

  it("notes are kept, trimmed to nothing removes them", () => {
    let p = setPlan(emptyProfile(), "k", plan);
    p = setNote(p, "k", "b", "course on Coursera");
    expect(dataSetProfile(p, "k").plan?.notes).toEqual({ b: "course on Coursera" });
    p = setNote(p, "k", "b", "   ");
    expect(dataSetProfile(p, "k").plan?.notes).toEqual({});
  });

  it("rejects corrupted or other-version stores with a reason", () => {
    expect(parseProfile("garbage")).toMatchObject({ ok: false });
    expect(parseProfile({ version: 0, dataSets: {} })).toEqual({
      ok: false,
      problem: "it is version 0; this app reads version 1",
    });
    const bad = parseProfile({
      version: 1,
      updated: 1,
      dataSets: { k: { have: [3], plan: null } },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem).toMatch(/^dataSets\.k\.have\.0/);
    expect(parseProfile(undefined)).toEqual({ ok: true, profile: emptyProfile() });
  });

  it("round-trips through the export file, and refuses other files by name", () => {
    const p = setPlan(setHave(emptyProfile(), "k", ["a"], true, 3), "k", plan, 4);
    expect(profileFromFile(profileToFile(p))).toEqual({ ok: true, profile: p });
    expect(profileFromFile('{"nodes":[]}')).toMatchObject({ ok: false });
    expect(profileFromFile("{")).toMatchObject({ ok: false });
  });

  it("any sequence of changes leaves plan and skills consistent (property)", () => {
    const op = fc.record({
      item: fc.constantFrom("a", "b", "c", "d"),
      kind: fc.constantFrom("have", "drop", "todo", "learning", "done"),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let p = setPlan(emptyProfile(), "k", plan);
        for (const { item, kind } of ops) {
          if (kind === "have" || kind === "drop") p = setHave(p, "k", [item], kind === "have");
          else p = setStatus(p, "k", item, kind);
        }
        const { have, plan: after } = dataSetProfile(p, "k");
        const set = new Set(have);
        for (const item of after?.learning ?? []) expect(set.has(item)).toBe(false);
        expect(new Set(after?.learning).size).toBe(after?.learning.length);
        expect(parseProfile(JSON.parse(JSON.stringify(p)))).toEqual({ ok: true, profile: p });
      }),
    );
  });
});
