/**
 * Applies a highlight to the drawn graph: skills and tools (and their links) come and go as
 * `.dynamic` chips sized to their labels, shelved under the roles; focus, route, comparison and
 * the person's marks (items they have, roles ready next) are classes on one static stylesheet.
 * A route's links bend around role boxes (one no bend clears is left out); in a big graph's
 * view only some roles are drawn, so links to the others are left out too.
 */
import type { Collection, Core, ElementDefinition } from "cytoscape";
import {
  COLUMN_GAP,
  type Point,
  ROLE_HEIGHT,
  ROLE_WIDTH,
  type RoleLayout,
} from "../../graph/layout.ts";
import { linkBends } from "../../graph/layout-geometry.ts";
import { layoutShelf, type ShelfConnector, shelfConnector } from "../../graph/layout-shelf.ts";
import type { GraphHighlight } from "../../state/highlight.ts";
import { measureChips } from "./item-chips.ts";

export function drawHighlight(
  cy: Core,
  h: GraphHighlight,
  layout: Pick<RoleLayout, "bounds"> & { positions?: Record<string, Point> },
  fontFamily: string,
): void {
  cy.batch(() => {
    cy.elements(".dynamic").remove();
    const drawn = h.itemAnchor ? cy.getElementById(h.itemAnchor) : undefined;
    const anchor = drawn?.nonempty() ? drawn.position("x") : undefined;
    const chips = measureChips(
      h.items.map((i) => ({ id: i.id, label: i.label, bold: h.newItems.includes(i.id) })),
      fontFamily,
    );
    const at = layoutShelf(
      h.items.map((i) => i.id),
      chips,
      layout,
      anchor,
    );
    const shown = new Set([...cy.nodes().map((n) => n.id()), ...h.items.map((i) => i.id)]);
    const all = h.links.filter((l) => shown.has(l.source) && shown.has(l.target));
    // Links that all share one end (a focused role's requirements, the roles asking for an item)
    // would cross the graph to say what the shelf and the lit roles say: only a route's links,
    // from several steps to several items, are drawn. A shelf that is all one role's gets a
    // single connector from that role instead, through the free gap between columns.
    const oneEnd =
      new Set(all.map((l) => l.source)).size <= 1 || new Set(all.map((l) => l.target)).size <= 1;
    const links = (oneEnd ? [] : all).map((l) => ({ ...l, key: `link:${l.source}->${l.target}` }));
    const bends = linkBends(links, layout.positions ?? {}, at, {
      halfWidth: ROLE_WIDTH / 2,
      halfHeight: ROLE_HEIGHT / 2,
    });
    const from = h.focus ? layout.positions?.[h.focus] : undefined;
    const own =
      all.length > 0 && all.length === h.items.length && all.every((l) => l.source === h.focus);
    const connector =
      from && own
        ? shelfConnector(
            from,
            h.items.map((i) => ({
              ...(at[i.id] ?? { x: 0, y: 0 }),
              ...(chips[i.id] ?? { width: 0, height: 0 }),
            })),
            { halfWidth: ROLE_WIDTH / 2, columnGap: COLUMN_GAP },
          )
        : null;
    cy.add([
      ...(connector && h.focus ? connectorElements(h.focus, connector) : []),
      ...h.items.map((item) => ({
        group: "nodes" as const,
        data: { id: item.id, label: item.label, ...chips[item.id] },
        position: at[item.id] ?? { x: 0, y: 0 },
        classes: `item ${item.kind} dynamic${h.newItems.includes(item.id) ? " new" : ""}`,
      })),
      ...links
        .filter((l) => bends[l.key] !== null)
        .map((l) => {
          const bend = bends[l.key] ?? 0;
          return {
            group: "edges" as const,
            // Cytoscape measures control-point distance on the other side from layout-geometry.
            data: {
              id: l.key,
              source: l.source,
              target: l.target,
              ...(bend ? { bend: -bend } : {}),
            },
            classes: `link ${l.kind} dynamic${bend ? " bent" : ""}`,
          };
        }),
    ]);
    applyMarks(cy, marksOf(cy, h));
  });
}

const MARKS = [
  "faded",
  "lit",
  "focused",
  "on-route",
  "to-learn",
  "compared",
  "have",
  "frontier",
] as const;
type Mark = (typeof MARKS)[number];

/** Which elements should carry each mark for this highlight. */
function marksOf(cy: Core, h: GraphHighlight): Record<Mark, Collection> {
  const none = cy.collection();
  const byIds = (ids: readonly string[]) =>
    ids.reduce((c, id) => c.union(cy.getElementById(id)), cy.collection());
  // The person's own marks, on top of whatever else is lit: they never move anything.
  const have = byIds(h.have).filter(".item");
  const frontier = byIds(h.frontier).filter(".role");
  let focused = none;
  let lit = none;
  let onRoute = none;
  let toLearn = none;
  let compared = none;
  let clear = none;
  if (h.focus) {
    focused = cy.getElementById(h.focus);
    const edges = focused.connectedEdges().filter((e) => !e.hasClass("link"));
    lit = byIds(h.lit).union(edges);
    clear = clear.union(focused).union(lit).union(cy.elements(".dynamic"));
  }
  if (h.route) {
    const roles = byIds(h.route.roles);
    const edges = h.route.edges.reduce(
      (c, [s, t]) =>
        c.union(
          cy
            .edges(`[source = "${s}"][target = "${t}"], [source = "${t}"][target = "${s}"]`)
            .filter((e) => !e.hasClass("link")),
        ),
      cy.collection(),
    );
    onRoute = roles.union(edges);
    toLearn = byIds(h.route.learn);
    clear = clear.union(onRoute).union(toLearn).union(cy.elements(".link.learn"));
  }
  if (h.compare.length) {
    const set = cy.nodes().filter((n) => h.compare.includes(n.id()));
    compared = set.union(set.edgesWith(set));
    clear = clear.union(compared);
  }
  const active = h.focus !== null || h.route !== null || h.compare.length > 0;
  const faded = active ? cy.elements().not(".lane, .title, .cell, .more").difference(clear) : none;
  return {
    faded,
    lit,
    focused,
    "on-route": onRoute,
    "to-learn": toLearn,
    compared,
    have,
    frontier,
  };
}

/**
 * Moves each mark to the elements that should carry it, touching only those that change: a
 * class removed and added again would still restyle the element, and clicking from role to role
 * leaves most of the graph faded as it was.
 */
function applyMarks(cy: Core, wanted: Record<Mark, Collection>): void {
  for (const mark of MARKS) {
    const now = cy.elements(`.${mark}`);
    now.difference(wanted[mark]).removeClass(mark);
    wanted[mark].difference(now).addClass(mark);
  }
}

/** The connector's invisible corner points, its bar and its two straight edges. */
function connectorElements(role: string, c: ShelfConnector): ElementDefinition[] {
  const point = (id: string, position: Point): ElementDefinition => ({
    group: "nodes",
    data: { id },
    position: { ...position },
    classes: "connector dynamic",
    selectable: false,
    grabbable: false,
  });
  return [
    point("connector:joint", c.joint),
    point("connector:foot", c.foot),
    {
      group: "nodes",
      data: { id: "connector:bar", width: c.bar.right - c.bar.left },
      position: { x: (c.bar.left + c.bar.right) / 2, y: c.bar.y },
      classes: "connector-bar dynamic",
      selectable: false,
      grabbable: false,
    },
    {
      group: "edges",
      data: { id: "connector:out", source: role, target: "connector:joint" },
      classes: "link connector dynamic",
    },
    {
      group: "edges",
      data: { id: "connector:down", source: "connector:joint", target: "connector:foot" },
      classes: "link connector dynamic",
    },
  ];
}
