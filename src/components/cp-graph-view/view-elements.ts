/**
 * Cytoscape element definitions for what the canvas draws: the whole graph at the pure
 * layout's positions, or one of the views of a big graph (src/graph/view-layout.ts). Plain
 * data, so only cp-graph-view imports cytoscape (the type import is erased at build time).
 */
import type { ElementDefinition } from "cytoscape";
import type { RoleLayout } from "../../graph/layout.ts";
import type { CareerGraph } from "../../graph/model.ts";
import type { ViewLayout } from "../../graph/view-boxes.ts";
import { trackInfo } from "../../graph/vocabulary.ts";
import { LANE_FONT_SIZE } from "./graph-style.ts";

/** Padding of the lane bands around their roles, in model units. */
const LANE_PAD = 18;

export function wholeGraphElements(graph: CareerGraph, layout: RoleLayout): ElementDefinition[] {
  const { left, right } = layout.bounds;
  const vocabulary = graph.getAttribute("vocabulary");
  const out: ElementDefinition[] = layout.lanes.map((lane) => {
    const track = trackInfo(vocabulary, lane.track);
    const label = track?.label ?? lane.track;
    return {
      group: "nodes",
      data: {
        id: `lane:${track?.order ?? lane.track}`,
        label,
        width: right - left + LANE_PAD * 2,
        height: lane.bottom - lane.top + LANE_PAD * 2,
        // Label sits above the band's left edge: shift it right by its own (estimated) width.
        labelShift: label.length * LANE_FONT_SIZE * 0.62,
      },
      position: { x: (left + right) / 2, y: (lane.top + lane.bottom) / 2 },
      classes: "lane",
      selectable: false,
      grabbable: false,
    };
  });
  graph.forEachNode((id, node) => {
    if (node.kind !== "role") return;
    out.push({
      group: "nodes",
      data: { id, label: node.label, track: trackInfo(vocabulary, node.track)?.order ?? 0 },
      position: { ...(layout.positions[id] ?? { x: 0, y: 0 }) },
      classes: "role",
    });
  });
  graph.forEachEdge((key, edge, source, target) => {
    if (edge.kind !== "progression" && edge.kind !== "overlap") return;
    const bend = layout.bends[key];
    out.push({
      group: "edges",
      // Cytoscape measures control-point distance on the other side from layout-geometry.
      data: { id: key, source, target, ...(bend ? { bend: -bend } : {}) },
      classes: bend ? `${edge.kind} bent` : edge.kind,
    });
  });
  return out;
}

export function viewElements(view: ViewLayout): ElementDefinition[] {
  const out: ElementDefinition[] = view.boxes.map((box) => {
    // A title aligned left (right) is a point at the box's left (right) edge with its label
    // beside it, so multi-line titles line up flush.
    const edge = box.align === "left" ? -1 : box.align === "right" ? 1 : 0;
    return {
      group: "nodes",
      data: {
        id: box.id,
        label: box.label,
        name: box.name ?? box.label.replace(/\s+/g, " "),
        width: box.width,
        height: box.height,
        fontSize: box.fontSize,
        textWidth: Math.max(1, box.width - 8),
        ...(box.track === undefined ? {} : { track: box.track }),
        ...(box.cell ? { cell: box.cell } : {}),
      },
      position: { x: box.x + (edge * box.width) / 2, y: box.y },
      classes: `box ${box.kind}${box.kind === "title" && edge ? (edge < 0 ? " flush-left" : " flush-right") : ""}`,
      selectable: false,
      grabbable: false,
    };
  });
  for (const e of view.edges)
    out.push({
      group: "edges",
      data: { id: e.key, source: e.source, target: e.target, ...(e.bend ? { bend: -e.bend } : {}) },
      classes: e.bend ? `${e.kind} bent` : e.kind,
    });
  return out;
}
