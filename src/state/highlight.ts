/**
 * What the graph should show for a state: which nodes are lit, which route and comparison to
 * draw, and which skills/tools to bring onto the canvas. Pure, so the renderer only maps it to
 * Cytoscape classes.
 */
import { MAX_ROLES_DRAWN_WHOLE } from "../graph/layout.ts";
import type { CareerGraph, Item } from "../graph/model.ts";
import { byKindThenLabel, isItem, isRole, toItem } from "../graph/model.ts";
import { rolesRequiring } from "../graph/neighbours.ts";
import { fullRequirements } from "../graph/requirements.ts";
import type { Route } from "../graph/route/find-skill-route.ts";
import type { GraphView } from "../graph/view-layout.ts";
import type { ExplorerState } from "./types.ts";

/** Above this many requirements, a focused role's secondary items stay off the canvas. */
export const MAX_DRAWN_ITEMS = 24;

export type LinkKind = "core" | "secondary" | "learn";

export interface GraphHighlight {
  /** What the canvas draws: the whole graph, or (when too big) an overview or a part of it. */
  view: GraphView;
  focus: string | null;
  /** Nodes lit together with the focus (its direct neighbours); empty when nothing is focused. */
  lit: string[];
  route: { roles: string[]; edges: [string, string][]; learn: string[] } | null;
  compare: string[];
  /** Skills and tools to put on the canvas, in shelf order. */
  items: Item[];
  /** role → item links to draw with them. */
  links: { source: string; target: string; kind: LinkKind }[];
  /** Items the focused role itself asks for (new at its level, not inherited). */
  newItems: string[];
  /** Where the shelf of items should be centred: this role's column. */
  itemAnchor: string | null;
  /** Skills and tools in the person's profile ("My skills"): drawn as had wherever they show. */
  have: string[];
  /** Roles the person is closest to ("ready next"), marked on the graph. */
  frontier: string[];
}

export function highlightFor(
  graph: CareerGraph,
  state: ExplorerState,
  route: Route | null,
  personal: { have: readonly string[]; frontier: readonly string[] } = { have: [], frontier: [] },
): GraphHighlight {
  const items = new Map<string, Item>();
  const links: GraphHighlight["links"] = [];
  const lit = new Set<string>();
  const newItems: string[] = [];
  let anchor: string | null = null;
  const focus = state.view === "explore" ? state.focus : null;
  const roleCount = graph.filterNodes((_id, node) => isRole(node)).length;
  // A big graph's views draw roles only: a focus's or route's items (listed in the panel) would
  // need links across the boxes; the skills and tools layer still draws every item.
  const drawsItems = roleCount <= MAX_ROLES_DRAWN_WHOLE;
  const addItem = (item: Item) => drawsItems && items.set(item.id, item);
  const addLink = (link: GraphHighlight["links"][number]) => drawsItems && links.push(link);
  const focusNode = focus && graph.hasNode(focus) ? graph.getNodeAttributes(focus) : undefined;
  let requiring: string[] = [];

  if (focus && isRole(focusNode)) {
    anchor = focus;
    for (const n of graph.neighbors(focus)) if (isRole(graph.getNodeAttributes(n))) lit.add(n);
    const reqs = fullRequirements(graph, focus);
    // A role asking for dozens of items would bury the graph: then only core ones are drawn
    // (the panel lists them all).
    const drawn =
      reqs.length > MAX_DRAWN_ITEMS ? reqs.filter((r) => r.importance === "core") : reqs;
    for (const req of drawn) {
      addItem({ id: req.id, label: req.label, kind: req.kind });
      addLink({ source: focus, target: req.id, kind: req.importance });
      if (req.statedBy === focus) newItems.push(req.id);
    }
  } else if (focus && isItem(focusNode)) {
    addItem(toItem(focusNode));
    const roles = rolesRequiring(graph, focus);
    requiring = roles.map((r) => r.id);
    for (const role of roles) {
      lit.add(role.id);
      addLink({ source: role.id, target: focus, kind: role.importance });
    }
  }

  let routeView: GraphHighlight["route"] = null;
  if (state.view === "route" && route) {
    const roles = route.steps.map((s) => s.id);
    const edges: [string, string][] = [];
    for (let i = 1; i < roles.length; i++) {
      const step = route.steps[i];
      if (step && step.via !== "entry") edges.push([roles[i - 1] ?? "", step.id]);
    }
    const learn: string[] = [];
    const total = route.steps.reduce((n, step) => n + step.learn.length, 0);
    for (const step of route.steps) {
      for (const item of step.learn) {
        // As for a focused role: a long learning list draws only its core items.
        if (total > MAX_DRAWN_ITEMS && item.importance !== "core") continue;
        learn.push(item.id);
        addItem({ id: item.id, label: item.label, kind: item.kind });
        addLink({ source: step.id, target: item.id, kind: "learn" });
      }
    }
    routeView = { roles, edges, learn };
    anchor = roles[Math.floor(roles.length / 2)] ?? null;
  }

  if (state.layer.items) {
    graph.forEachNode((_id, node) => {
      if (isItem(node) && (state.layer.filter === "all" || state.layer.filter === node.kind))
        items.set(node.id, toItem(node));
    });
  }

  const { wording } = graph.getAttribute("vocabulary");
  const many = wording.role.many.charAt(0).toUpperCase() + wording.role.many.slice(1);
  let view: GraphView = { kind: "overview" };
  if (roleCount <= MAX_ROLES_DRAWN_WHOLE) view = { kind: "whole" };
  else if (routeView)
    view = { kind: "roles", roles: routeView.roles, chain: true, linked: true, what: "Route" };
  else if (state.view === "compare" && state.compare.length > 0)
    view = {
      kind: "roles",
      roles: [...state.compare],
      chain: false,
      linked: true,
      what: "Compared",
    };
  else if (focus && isRole(focusNode)) view = { kind: "focus", role: focus };
  else if (focus && isItem(focusNode))
    view = {
      kind: "roles",
      roles: requiring,
      chain: false,
      linked: false,
      what: `${many} asking for ${focusNode.label}`,
    };

  return {
    view,
    focus,
    lit: [...lit].sort(),
    route: routeView,
    compare: state.view === "compare" ? [...state.compare] : [],
    items: [...items.values()].sort(byKindThenLabel),
    links,
    newItems,
    itemAnchor: state.layer.items && !focus && !routeView ? null : anchor,
    have: [...personal.have],
    frontier: [...personal.frontier],
  };
}
