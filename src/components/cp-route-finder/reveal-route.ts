/**
 * Brings a newly found route into view. On a phone the question (from, skills, to, options)
 * fills the bottom sheet, so the answer would start below the fold: when a route for a new
 * pair of roles arrives, the panel scrolls so the route and at least its first step show (and
 * again when its alternatives arrive, since they are listed above the steps). Only for a new
 * pair: changing the skills or the options leaves the panel where the person is working, and a
 * route already in view is not moved.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { RouteResult } from "../../graph/route/find-skill-route.ts";
import type { RouteQuery } from "../../state/types.ts";

type Host = ReactiveControllerHost &
  HTMLElement & { result: RouteResult | null; query: RouteQuery; pending: boolean };

export class RevealRouteController implements ReactiveController {
  private shown = "";
  private awaitingAlternatives = false;
  private seen: RouteResult | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { result, query, pending } = this.host;
    if (pending || !result?.ok || result === this.seen) return;
    this.seen = result;
    const pair = `${query.from ?? ""}\n${query.to ?? ""}`;
    const fresh = pair !== this.shown;
    // The alternatives arrive after a new pair's best route and are listed above its steps:
    // that pair is revealed once more then (revealInPanel leaves a step already in view alone).
    const late = !fresh && this.awaitingAlternatives && result.alternatives.length > 0;
    if (!fresh && !late) {
      // Another answer for the same pair (new options): its alternatives are not revealed.
      if (result.alternatives.length === 0) this.awaitingAlternatives = false;
      return;
    }
    this.shown = pair;
    this.awaitingAlternatives = fresh && result.alternatives.length === 0;
    const root = this.host.shadowRoot;
    const route = root?.querySelector(".result");
    const first = root?.querySelector("li.step .step-head") ?? root?.querySelector("li.step");
    if (route && first) requestAnimationFrame(() => revealInPanel(this.host, route, first));
  }
}

/**
 * Scrolls the nearest scrolling ancestor of `from` (across shadow roots) so `must` is fully in
 * view, with `top` at the top when both fit. Only that panel moves: `scrollIntoView` would also
 * scroll the page and the app's own clipped box.
 */
export function revealInPanel(from: Element, top: Element, must: Element, margin = 12): void {
  const panel = scrollParent(from);
  if (!panel) return;
  const box = panel.getBoundingClientRect();
  const t = top.getBoundingClientRect();
  const m = must.getBoundingClientRect();
  if (m.top >= box.top && m.bottom <= box.bottom && t.top >= box.top) return;
  const toTop = t.top - box.top - margin;
  const fits = m.bottom - toTop <= box.bottom;
  panel.scrollTop += fits ? toTop : m.bottom - box.bottom + margin;
}

function scrollParent(el: Element): HTMLElement | null {
  let node: Element | null = parentOf(el);
  while (node) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === "auto" || overflowY === "scroll") && node.scrollHeight > node.clientHeight)
      return node as HTMLElement;
    node = parentOf(node);
  }
  return null;
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
