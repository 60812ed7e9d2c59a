/**
 * What the person's profile means for the data set on show — every role ranked by fit and the
 * "ready next" frontier — worked out off the critical path: a slice of roles at a time with the
 * browser given a turn in between (the first ranking of a national taxonomy works out every
 * role's requirements), and started again when the profile or the data set changes.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { Frontier, RoleFit } from "../../graph/fit.ts";
import type { CareerGraph } from "../../graph/model.ts";

export interface Personal {
  fits: RoleFit[];
  frontier: Frontier;
  /** Frontier role ids, for the graph. */
  frontierIds: string[];
}

const EMPTY: Personal = { fits: [], frontier: { ready: [], next: [] }, frontierIds: [] };
/** Work per turn before letting the browser paint and handle input. */
const TURN_MS = 12;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class PersonalController implements ReactiveController {
  value: Personal = EMPTY;
  private graph: CareerGraph | undefined;
  private have: ReadonlySet<string> | undefined;
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Calls `start` when fit may be worked out (once the first view is up). */
    private readonly when: (start: () => void) => void = (start) => start(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.run += 1;
  }

  /**
   * Called before each render; starts work only when the graph or the profile changed. With
   * `wanted` false (no skills yet, and My path, which ranks every role anyway, not on show)
   * nothing is worked out: the graph has no frontier to mark.
   */
  follow(graph: CareerGraph | undefined, have: ReadonlySet<string>, wanted = true): void {
    const target = wanted ? graph : undefined;
    if (target === this.graph && have === this.have) return;
    this.graph = target;
    this.have = have;
    const run = ++this.run;
    if (!target) {
      this.value = EMPTY;
      return;
    }
    void this.compute(run, target, have);
  }

  private async compute(run: number, graph: CareerGraph, have: ReadonlySet<string>) {
    // The fit code loads with the first ranking, after the first view.
    await new Promise<void>((resolve) => this.when(resolve));
    if (run !== this.run) return;
    const { frontierOf, rankByFitInSlices } = await import("../../graph/fit.ts");
    if (run !== this.run) return;
    let fits: RoleFit[] = [];
    let start = performance.now();
    for (fits of rankByFitInSlices(graph, have, 25)) {
      if (performance.now() - start < TURN_MS) continue;
      await nextTurn();
      if (run !== this.run) return;
      start = performance.now();
    }
    if (run !== this.run) return;
    const frontier = frontierOf(fits);
    this.value = { fits, frontier, frontierIds: frontier.next.map((f) => f.roleId) };
    this.host.requestUpdate();
  }
}
