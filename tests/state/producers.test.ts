import { describe, expect, it } from "vitest";
import {
  addToCompare,
  apply,
  chooseRoute,
  clearFocus,
  focusNode,
  removeFromCompare,
  setRouteQuery,
} from "../../src/state/producers.ts";
import { initialState, MAX_TRAIL } from "../../src/state/types.ts";

describe("state producers", () => {
  it("focusing builds a trail; revisiting a node cuts the trail back to it", () => {
    const s = apply(initialState(), focusNode("a"), focusNode("b"), focusNode("c"), focusNode("b"));
    expect(s.focus).toBe("b");
    expect(s.trail).toEqual(["a", "b"]);
  });

  it("keeps the trail short", () => {
    const ids = Array.from({ length: MAX_TRAIL + 5 }, (_, i) => `n${i}`);
    const s = apply(initialState(), ...ids.map((id) => focusNode(id)));
    expect(s.trail).toHaveLength(MAX_TRAIL);
    expect(s.trail.at(-1)).toBe(ids.at(-1));
  });

  it("clearing the focus keeps the trail", () => {
    const s = apply(initialState(), focusNode("a"), clearFocus());
    expect(s.focus).toBeNull();
    expect(s.trail).toEqual(["a"]);
  });

  it("never mutates the state it is given", () => {
    const before = initialState();
    const frozen = JSON.stringify(before);
    apply(before, focusNode("a"), addToCompare("x"), setRouteQuery({ to: "y", have: ["k"] }));
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it("compares at most four roles, dropping the oldest, without duplicates", () => {
    const s = apply(
      initialState(),
      ...["a", "b", "c", "d", "b", "e"].map((id) => addToCompare(id)),
    );
    expect(s.compare).toEqual(["b", "c", "d", "e"]);
    expect(removeFromCompare("c")(s).compare).toEqual(["b", "d", "e"]);
  });

  it("a new route query shows the best route again, with unique skills", () => {
    const s = apply(initialState(), chooseRoute(2), setRouteQuery({ have: ["p", "p", "q"] }));
    expect(s.routeChoice).toBe(0);
    expect(s.route.have).toEqual(["p", "q"]);
    expect(s.view).toBe("route");
  });
});
