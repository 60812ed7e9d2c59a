import { describe, expect, it } from "vitest";
import {
  apply,
  focusNode,
  selectInView,
  selectionNote,
  setCompare,
  showView,
} from "../../src/state/producers.ts";
import { initialState, MAX_COMPARE } from "../../src/state/types.ts";

const comparing = (...ids: string[]) => apply(initialState(), setCompare(ids));

describe("picking a node while comparing", () => {
  it("adds a role to the comparison and stays in Compare", () => {
    const before = comparing("role:a", "role:b");
    const after = selectInView("role:c", true)(before);
    expect(after.view).toBe("compare");
    expect(after.compare).toEqual(["role:a", "role:b", "role:c"]);
    expect(after.focus).toBeNull();
    expect(selectionNote(before, after, "role:c", "C")).toBe(
      `C added to the comparison (3 of ${MAX_COMPARE}).`,
    );
  });

  it("keeps a role already compared where it is", () => {
    const before = comparing("role:a", "role:b");
    const after = selectInView("role:a", true)(before);
    expect(after).toBe(before);
    expect(selectionNote(before, after, "role:a", "A")).toBe("A is already in the comparison.");
  });

  it("leaves a full comparison alone and says why", () => {
    const ids = Array.from({ length: MAX_COMPARE }, (_, i) => `role:${i}`);
    const before = comparing(...ids);
    const after = selectInView("role:new", true)(before);
    expect(after.compare).toEqual(ids);
    expect(after.view).toBe("compare");
    expect(selectionNote(before, after, "role:new", "New")).toMatch(
      /New was not added: 4 is the most that can be compared/,
    );
  });

  it("opens a skill or tool in Explore, as before", () => {
    const before = comparing("role:a", "role:b");
    const after = selectInView("skill:x", false)(before);
    expect(after.view).toBe("explore");
    expect(after.focus).toBe("skill:x");
    expect(after.compare).toEqual(["role:a", "role:b"]);
    expect(selectionNote(before, after, "skill:x", "X")).toBe("X selected.");
  });

  it("outside Compare focuses the role like focusNode", () => {
    for (const view of ["explore", "route", "about"] as const) {
      const s = apply(initialState(), showView(view));
      expect(selectInView("role:a", true)(s)).toEqual(focusNode("role:a")(s));
    }
  });
});
