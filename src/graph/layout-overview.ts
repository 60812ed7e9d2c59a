/**
 * The overview of a graph too big to draw whole: one row per track (in the declared order, as
 * the role list groups), one column per level (and one for roles without a level), one box per
 * non-empty cell saying how many roles it holds. Sizes are chosen so a national taxonomy
 * (22 tracks × 5 levels) fits a 1280 × 800 window with every label at 11 px or more.
 *
 * `layoutCell` draws one cell's roles as a grid, in alphabetical order, under a title.
 * Both are linear in the number of roles.
 */
import type { CareerGraph } from "./model.ts";
import { isRole } from "./model.ts";
import { boundsOf, fitLabel, VIEW_ROLE, type ViewBox, type ViewLayout } from "./view-boxes.ts";
import { countNoun, levelInfo, NO_TRACK, trackInfo } from "./vocabulary.ts";

const FONT = 19;
const CELL = { width: 184, height: 34 };
const PITCH = { x: 196, y: 44 };
const TITLE_WIDTH = 330;
const HEADER_HEIGHT = 72;

/** Roles per (track, level) cell; level null = no level. */
export function cellCounts(graph: CareerGraph): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  graph.forEachNode((id, node) => {
    if (!isRole(node)) return;
    const key = cellKey(node.track ?? NO_TRACK, node.level ?? null);
    const list = cells.get(key);
    if (list) list.push(id);
    else cells.set(key, [id]);
  });
  return cells;
}

export function cellKey(track: string, level: string | null): string {
  return `${track}|${level ?? ""}`;
}

export function layoutOverview(graph: CareerGraph): ViewLayout {
  const vocabulary = graph.getAttribute("vocabulary");
  const cells = cellCounts(graph);
  const tracks = vocabulary.tracks.filter((t) =>
    [...vocabulary.levels.map((l) => l.id), null].some((l) => cells.has(cellKey(t.id, l))),
  );
  const unlevelled = tracks.some((t) => cells.has(cellKey(t.id, null)));
  const columns: { id: string | null; label: string }[] = [
    ...vocabulary.levels.map((l) => ({ id: l.id as string | null, label: l.label })),
    ...(unlevelled ? [{ id: null, label: `No ${vocabulary.wording.level.one}` }] : []),
  ];
  const colX = (c: number) => TITLE_WIDTH + 16 + c * PITCH.x + CELL.width / 2;
  const rowY = (r: number) => HEADER_HEIGHT + r * PITCH.y + CELL.height / 2;
  const boxes: ViewBox[] = [];
  for (const [c, col] of columns.entries())
    boxes.push({
      id: `title:level:${col.id ?? ""}`,
      kind: "title",
      x: colX(c),
      y: HEADER_HEIGHT / 2 - 4,
      width: CELL.width,
      height: HEADER_HEIGHT - 8,
      label: fitLabel(col.label, CELL.width, FONT, 3),
      fontSize: FONT,
      align: "center",
    });
  tracks.forEach((track, r) => {
    boxes.push({
      id: `title:track:${track.order}`,
      kind: "title",
      x: TITLE_WIDTH / 2,
      y: rowY(r),
      width: TITLE_WIDTH,
      height: PITCH.y - 2,
      label: fitLabel(track.label, TITLE_WIDTH, FONT, 2),
      fontSize: FONT,
      align: "right",
    });
    columns.forEach((col, c) => {
      const roles = cells.get(cellKey(track.id, col.id));
      if (!roles) return;
      boxes.push({
        id: `cell:${track.order}:${col.id ?? ""}`,
        kind: "cell",
        x: colX(c),
        y: rowY(r),
        ...CELL,
        label: fitLabel(countNoun(vocabulary.wording.role, roles.length), CELL.width, FONT, 1),
        name: `${track.label}, ${col.label}: ${countNoun(vocabulary.wording.role, roles.length)}`,
        fontSize: FONT,
        track: track.order,
        cell: { track: track.id, level: col.id },
      });
    });
  });
  const roleCount = [...cells.values()].reduce((n, list) => n + list.length, 0);
  const { wording } = vocabulary;
  return {
    boxes,
    edges: [],
    bounds: boundsOf(boxes),
    minFontSize: FONT,
    description:
      `Overview of ${countNoun(wording.role, roleCount)}: one row per ${wording.track.one} ` +
      `(${countNoun(wording.track, tracks.length)}), one column per ${wording.level.one}, ` +
      `each box the number of ${wording.role.many} there. Choose a box to see its ${wording.role.many}; ` +
      "the role list gives every one as text.",
  };
}

const CELL_COLUMNS = 4;
const GAP = { x: 22, y: 18 };

export function layoutCell(graph: CareerGraph, track: string, level: string | null): ViewLayout {
  const vocabulary = graph.getAttribute("vocabulary");
  const roles = (cellCounts(graph).get(cellKey(track, level)) ?? [])
    .map((id) => ({ id, label: graph.getNodeAttribute(id, "label") as string }))
    .sort((a, b) => a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1));
  const order = trackInfo(vocabulary, track)?.order ?? 0;
  const pitchX = VIEW_ROLE.width + GAP.x;
  const pitchY = VIEW_ROLE.height + GAP.y;
  const trackLabel = trackInfo(vocabulary, track)?.label ?? track;
  const levelLabel =
    level === null
      ? `No ${vocabulary.wording.level.one}`
      : (levelInfo(vocabulary, level)?.label ?? level);
  const gridWidth = Math.min(roles.length, CELL_COLUMNS) * pitchX - GAP.x;
  const title = `${trackLabel} · ${levelLabel} · ${countNoun(vocabulary.wording.role, roles.length)}`;
  const boxes: ViewBox[] = [
    {
      id: "title:cell",
      kind: "title",
      x: gridWidth / 2,
      y: -40,
      width: Math.max(gridWidth, 2 * pitchX),
      height: 56,
      label: fitLabel(title, Math.max(gridWidth, 2 * pitchX), 18, 2),
      fontSize: 18,
      align: "left",
    },
  ];
  roles.forEach((role, i) => {
    boxes.push({
      id: role.id,
      kind: "role",
      x: (i % CELL_COLUMNS) * pitchX + VIEW_ROLE.width / 2,
      y: Math.floor(i / CELL_COLUMNS) * pitchY + VIEW_ROLE.height / 2,
      width: VIEW_ROLE.width,
      height: VIEW_ROLE.height,
      label: fitLabel(role.label, VIEW_ROLE.width - 12, VIEW_ROLE.fontSize, VIEW_ROLE.lines),
      name: role.label,
      fontSize: VIEW_ROLE.fontSize,
      track: order,
    });
  });
  return {
    boxes,
    edges: [],
    bounds: boundsOf(boxes),
    minFontSize: VIEW_ROLE.fontSize,
    description: `${title}, in alphabetical order. Choose one to see its ladder and related ${vocabulary.wording.role.many}.`,
  };
}
