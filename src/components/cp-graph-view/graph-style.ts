/**
 * The one static Cytoscape stylesheet; state is expressed as classes (`faded`, `lit`,
 * `focused`, `on-route`, `to-learn`, `compared`, `hover`). Plain data so only cp-graph-view
 * imports cytoscape; colours come from the page's design tokens.
 */
import { ROLE_FONT_SIZE, ROLE_HEIGHT, ROLE_WIDTH } from "../../graph/layout.ts";
import { ITEM_CHIP } from "./item-chips.ts";

export interface Palette {
  font: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  route: string;
  skill: string;
  tool: string;
  ok: string;
  tracks: Record<string, string>;
}

/** @param trackCount how many tracks the data set has: their colours are `--cp-track-<order>`. */
export function readPalette(host: Element, trackCount: number): Palette {
  const style = getComputedStyle(host);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    font: v("--cp-font", "system-ui, sans-serif"),
    surface: v("--cp-surface", "#ffffff"),
    text: v("--cp-text", "#1b1f24"),
    muted: v("--cp-muted", "#57606a"),
    border: v("--cp-border", "#d9dde3"),
    accent: v("--cp-accent", "#2457c5"),
    route: v("--cp-route", "#c2410c"),
    skill: v("--cp-skill", "#be185d"),
    tool: v("--cp-tool", "#475569"),
    ok: v("--cp-ok", "#1a7f37"),
    tracks: Object.fromEntries(
      Array.from({ length: trackCount }, (_, i) => [String(i), v(`--cp-track-${i}`, "#57606a")]),
    ),
  };
}

type Style = { selector: string; style: Record<string, unknown> };

/** Lane titles, in model units. */
export const LANE_FONT_SIZE = 16;

export function graphStyle(p: Palette): Style[] {
  // Opaque tints, so edges passing under a role never show through its label.
  const trackRules = Object.entries(p.tracks).map(([track, colour]) => ({
    selector: `node.role[track = ${Number(track)}], node.cell[track = ${Number(track)}]`,
    style: { "border-color": colour, "background-color": mix(colour, p.surface, 0.12) },
  }));
  return [
    // Manual stacking: lane bands under edges, edges under nodes, the route above other edges.
    { selector: "node", style: { "z-index-compare": "manual", "z-index": 20 } },
    { selector: "edge", style: { "z-index-compare": "manual", "z-index": 10 } },
    {
      selector: "node.lane",
      style: {
        shape: "round-rectangle",
        width: "data(width)",
        height: "data(height)",
        "background-color": p.muted,
        "background-opacity": 0.06,
        "border-width": 0,
        label: "data(label)",
        color: p.muted,
        "font-family": p.font,
        "font-size": LANE_FONT_SIZE,
        "font-weight": 600,
        "text-valign": "top",
        "text-halign": "left",
        "text-margin-x": "data(labelShift)",
        "text-margin-y": -4,
        "z-index": 0,
        events: "no",
      },
    },
    {
      selector: "node.role",
      style: {
        shape: "round-rectangle",
        width: ROLE_WIDTH,
        height: ROLE_HEIGHT,
        "border-width": 2,
        "background-color": p.surface,
        label: "data(label)",
        color: p.text,
        "font-family": p.font,
        "font-size": ROLE_FONT_SIZE,
        "font-weight": 600,
        "text-wrap": "wrap",
        "text-max-width": `${ROLE_WIDTH - 10}px`,
        "text-valign": "center",
        "text-halign": "center",
        "line-height": 1.1,
        "transition-property": "opacity",
        "transition-duration": 150,
      },
    },
    {
      // Boxes of the views of a big graph (src/graph/view-boxes.ts) carry their own size.
      selector: "node.box",
      style: {
        width: "data(width)",
        height: "data(height)",
        "font-size": "data(fontSize)",
        "text-max-width": "data(textWidth)",
        "text-wrap": "wrap",
        label: "data(label)",
        color: p.text,
        "font-family": p.font,
      },
    },
    {
      selector: "node.cell",
      style: {
        shape: "round-rectangle",
        "border-width": 2,
        "background-color": p.surface,
        "font-weight": 600,
        "text-valign": "center",
        "text-halign": "center",
      },
    },
    {
      selector: "node.title",
      style: {
        "background-opacity": 0,
        "border-width": 0,
        "font-weight": 700,
        "text-valign": "center",
        "text-halign": "center",
        "line-height": 1.1,
        events: "no",
      },
    },
    {
      selector: "node.title.flush-left",
      style: { width: 1, height: 1, "text-halign": "right", "text-justification": "left" },
    },
    {
      selector: "node.title.flush-right",
      style: { width: 1, height: 1, "text-halign": "left", "text-justification": "right" },
    },
    {
      selector: "node.more",
      style: {
        shape: "round-rectangle",
        "background-color": p.surface,
        "border-width": 2,
        "border-style": "dashed",
        "border-color": p.border,
        color: p.muted,
        "text-valign": "center",
        "text-halign": "center",
        events: "no",
      },
    },
    ...trackRules,
    {
      // Chips sized to their labels (item-chips.ts): the text is wrapped there, never here.
      selector: "node.item",
      style: {
        shape: "round-rectangle",
        width: "data(width)",
        height: "data(height)",
        label: "data(text)",
        "font-family": p.font,
        "font-size": ITEM_CHIP.fontSize,
        "text-wrap": "wrap",
        "text-max-width": "data(textWidth)",
        "line-height": ITEM_CHIP.lineHeight,
        "text-valign": "center",
        "text-halign": "center",
        color: p.text,
        "background-color": p.surface,
        "border-width": 2,
      },
    },
    { selector: "node.skill", style: { "corner-radius": 18, "border-color": p.skill } },
    { selector: "node.item.new", style: { "border-width": 3.5, "font-weight": 700 } },
    {
      selector: "node.tool",
      style: { shape: "cut-rectangle", "border-color": p.tool, "border-style": "solid" },
    },
    {
      selector: "edge",
      style: {
        width: 2,
        "curve-style": "bezier",
        "line-color": p.muted,
        "target-arrow-color": p.muted,
        opacity: 0.75,
      },
    },
    {
      selector: "edge.progression",
      style: { "target-arrow-shape": "triangle", "arrow-scale": 1.1, "line-style": "solid" },
    },
    {
      selector: "edge.overlap",
      style: { "line-style": "dashed", "line-dash-pattern": [6, 4], "target-arrow-shape": "none" },
    },
    {
      // Bent around a role box by the layout (see src/graph/layout-geometry.ts).
      selector: "edge.bent",
      style: {
        "curve-style": "unbundled-bezier",
        "control-point-distances": "data(bend)",
        "control-point-weights": 0.5,
      },
    },
    {
      selector: "edge.link",
      style: { width: 1, opacity: 0.45, "curve-style": "straight", "line-color": p.muted },
    },
    { selector: "edge.link.core", style: { "line-color": p.accent, opacity: 0.35 } },
    {
      // Bent around role boxes like the role edges (src/graph/layout-geometry.ts linkBends).
      selector: "edge.link.bent",
      style: {
        "curve-style": "unbundled-bezier",
        "control-point-distances": "data(bend)",
        "control-point-weights": 0.5,
      },
    },
    {
      // The line from a focused role to its shelf (src/graph/layout-shelf.ts shelfConnector).
      selector: "node.connector",
      style: { width: 1, height: 1, "background-opacity": 0, "border-width": 0, events: "no" },
    },
    {
      selector: "node.connector-bar",
      style: {
        shape: "rectangle",
        width: "data(width)",
        height: 3,
        "background-color": p.accent,
        "border-width": 0,
        events: "no",
      },
    },
    {
      selector: "edge.link.connector",
      style: { width: 2.5, opacity: 0.9, "line-color": p.accent, "curve-style": "straight" },
    },
    {
      selector: "node.faded",
      style: { "background-color": p.surface, "border-opacity": 0.35, "text-opacity": 0.4 },
    },
    { selector: "edge.faded", style: { opacity: 0.12 } },
    { selector: "node.lit", style: { opacity: 1, "border-width": 3 } },
    {
      selector: "edge.lit",
      style: { opacity: 1, width: 3, "line-color": p.accent, "target-arrow-color": p.accent },
    },
    {
      selector: "node.focused",
      style: {
        "border-width": 4,
        "border-color": p.accent,
        "background-opacity": 0.22,
        "underlay-color": p.accent,
        "underlay-opacity": 0.15,
        "underlay-padding": 6,
      },
    },
    {
      // The keyboard cursor on the canvas.
      selector: "node.cursor",
      style: {
        "underlay-color": p.accent,
        "underlay-opacity": 0.35,
        "underlay-padding": 8,
        "underlay-shape": "round-rectangle",
      },
    },
    {
      selector: "node.hover",
      style: { "underlay-color": p.accent, "underlay-opacity": 0.12, "underlay-padding": 5 },
    },
    {
      selector: "edge.hover",
      style: { "line-color": p.accent, "target-arrow-color": p.accent, width: 3, opacity: 1 },
    },
    {
      selector: "node.on-route",
      style: {
        "border-color": p.route,
        "border-width": 4,
        opacity: 1,
        "underlay-color": p.route,
        "underlay-opacity": 0.14,
        "underlay-padding": 5,
      },
    },
    {
      selector: "edge.on-route",
      style: {
        "line-color": p.route,
        "target-arrow-color": p.route,
        width: 4,
        opacity: 1,
        "z-index": 10,
      },
    },
    {
      selector: "node.to-learn",
      style: { "border-color": p.route, "border-style": "double", "border-width": 4 },
    },
    {
      selector: "edge.link.learn",
      style: { "line-color": p.route, opacity: 0.6, "line-style": "dotted" },
    },
    {
      selector: "node.compared",
      style: {
        "border-width": 4,
        "border-color": p.accent,
        opacity: 1,
        "underlay-color": p.accent,
        "underlay-opacity": 0.18,
        "underlay-padding": 6,
      },
    },
    {
      selector: "edge.compared",
      style: { "line-color": p.accent, "target-arrow-color": p.accent, width: 3, opacity: 1 },
    },
    {
      // In the person's profile: a check mark and an ok-coloured border, whatever else is lit.
      selector: "node.item.have",
      style: {
        label: "data(haveText)",
        "border-color": p.ok,
        "border-style": "solid",
        "border-width": 3,
        "background-color": mix(p.ok, p.surface, 0.1),
      },
    },
    {
      // Ready next for the person: a dashed outline around the box, outside its track border.
      selector: "node.role.frontier",
      style: {
        "outline-width": 3,
        "outline-style": "dashed",
        "outline-color": p.accent,
        "outline-offset": 4,
        "outline-opacity": 1,
      },
    },
  ];
}

/** Mixes two #rrggbb colours: `amount` of `a` over `b`. */
export function mix(a: string, b: string, amount: number): string {
  const parse = (hex: string) => {
    const h = hex.replace("#", "");
    return h.length === 6 ? [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) : null;
  };
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return b;
  const channel = (i: number) => Math.round((x[i] ?? 0) * amount + (y[i] ?? 0) * (1 - amount));
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, "0")).join("")}`;
}
