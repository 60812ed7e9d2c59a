/** What the side panel shows for each view: a template over the app's state. */
import { html } from "lit";
import type { GraphDocument } from "../../data/schema.ts";
import { cached } from "../../graph/cached.ts";
import type { CompareResult } from "../../graph/compare.ts";
import type { RoleLayout } from "../../graph/layout.ts";
import { type CareerGraph, isRole } from "../../graph/model.ts";
import type { RouteResult } from "../../graph/route/find-skill-route.ts";
import type { ExplorerState } from "../../state/types.ts";
import type { CpItemPanel } from "../cp-item-panel/cp-item-panel.ts";
import type { CpRolePanel } from "../cp-role-panel/cp-role-panel.ts";
import { labelOf } from "../shared/options.ts";
import type { SeedIndex } from "../shared/seeds.ts";
import { withArticle } from "../shared/wording.ts";
import type { MinePanelData } from "./my-path.ts";
import "../cp-breadcrumb/cp-breadcrumb.ts";
import type { CpRoleList } from "../cp-role-list/cp-role-list.ts";
import "../cp-role-list/cp-role-list.ts";

/**
 * Views the first screen does not show are loaded when first asked for (or when the page is
 * idle after `ready`): Lit upgrades the element in place when its module arrives, keeping the
 * properties already set on it.
 */
const LAZY_PANELS = {
  role: () => import("../cp-role-panel/cp-role-panel.ts"),
  item: () => import("../cp-item-panel/cp-item-panel.ts"),
} as const;

const LAZY_VIEWS = {
  route: () => import("../cp-route-finder/cp-route-finder.ts"),
  compare: () => import("../cp-compare-view/cp-compare-view.ts"),
  path: () => import("../cp-my-path/cp-my-path.ts"),
  about: () => import("../cp-about/cp-about.ts"),
} as const;

export function loadView(view: ExplorerState["view"]): void {
  if (view in LAZY_VIEWS) void LAZY_VIEWS[view as keyof typeof LAZY_VIEWS]();
}

/** The role and item panels: what the first click shows, so asked for as soon as the graph is up. */
export function preloadPanels(): void {
  for (const load of Object.values(LAZY_PANELS)) void load();
}

export function preloadViews(): void {
  for (const load of Object.values(LAZY_VIEWS)) void load();
}

/** A loaded data set and what is derived from it once. */
export interface Loaded {
  graph: CareerGraph;
  document: GraphDocument;
  layout: RoleLayout;
  seeds: SeedIndex;
}

/** What the panels show besides the state, computed before render (src/state/derived.ts). */
export interface PanelData {
  routes: RouteResult | null;
  routePending: boolean;
  /** The best route is on show; its alternatives are still being looked for. */
  alternativesPending: boolean;
  comparison: CompareResult | null;
  /** The person's skills, plan and fit. */
  mine: MinePanelData;
}

export function panelFor(loaded: Loaded, s: ExplorerState, d: PanelData) {
  loadView(s.view);
  switch (s.view) {
    case "route":
      return html`<cp-route-finder .graph=${loaded.graph} .query=${s.route} .result=${d.routes} .pending=${d.routePending} .alternativesPending=${d.alternativesPending} .choice=${s.routeChoice}
        .have=${d.mine.have} .plan=${d.mine.plan}></cp-route-finder>`;
    case "compare":
      return html`<cp-compare-view .graph=${loaded.graph} .ids=${s.compare}
        .result=${d.comparison} .have=${d.mine.have}></cp-compare-view>`;
    case "path":
      return html`<cp-my-path .graph=${loaded.graph} .have=${d.mine.have} .plan=${d.mine.plan}
        .fits=${d.mine.fits} .frontier=${d.mine.frontier} .shared=${d.mine.shared}
        ?persistent=${d.mine.persistent}></cp-my-path>`;
    case "about":
      return html`<cp-about .document=${loaded.document} .seeds=${loaded.seeds}
        .vocabulary=${loaded.graph.getAttribute("vocabulary")}></cp-about>`;
    case "explore":
      return explorePanel(loaded, s, d.mine.have);
  }
}

const roleLists = new WeakMap<Loaded, CpRoleList>();

/**
 * One role list per loaded data set, kept while a panel is shown: going back to it does not
 * build it again (on O*NET its 923 roles took 20 ms to render, in the same task as the canvas's
 * change of view), and its tab stop stays on the role last chosen.
 */
function roleListOf(loaded: Loaded): CpRoleList {
  return cached(roleLists, loaded, () => {
    const list = document.createElement("cp-role-list");
    list.graph = loaded.graph;
    list.layout = loaded.layout;
    return list;
  });
}

function explorePanel(loaded: Loaded, s: ExplorerState, have: ReadonlySet<string>) {
  const crumbs = html`<cp-breadcrumb .trail=${s.trail} .current=${s.focus} .labelOf=${labelOf(loaded.graph)}></cp-breadcrumb>`;
  if (s.focus && loaded.graph.hasNode(s.focus)) {
    const node = loaded.graph.getNodeAttributes(s.focus);
    void (isRole(node) ? LAZY_PANELS.role() : LAZY_PANELS.item());
    return html`${crumbs}${
      isRole(node)
        ? html`<cp-role-panel .graph=${loaded.graph} .roleId=${s.focus} .compare=${s.compare} .trail=${s.trail} .seeds=${loaded.seeds} .have=${have}></cp-role-panel>`
        : html`<cp-item-panel .graph=${loaded.graph} .itemId=${s.focus} .seeds=${loaded.seeds} .have=${have}></cp-item-panel>`
    }`;
  }
  const { one, many } = loaded.graph.getAttribute("vocabulary").wording.role;
  return html`${crumbs}
    <div class="intro">
      <h2>Explore ${loaded.document.title}</h2>
      <p class="muted">Pick ${withArticle(one)} on the graph or in the list to see what it involves, what it asks for and where it leads.
        Use <strong>Route</strong> for the shortest way between two ${many} and <strong>Compare</strong> to put ${many} side by side.</p>
    </div>
    ${roleListOf(loaded)}`;
}

/** Moves keyboard focus to the role or item panel's title, once its lazily loaded code is in. */
export async function focusPanelTitle(root: ParentNode): Promise<void> {
  const panel = root.querySelector<CpRolePanel | CpItemPanel>("cp-role-panel, cp-item-panel");
  if (!panel) return;
  await customElements.whenDefined(panel.localName);
  // After the frame that shows the panel: focusing lays the page out at once, and on a big
  // panel that is tens of ms the person would otherwise wait for before seeing anything.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await panel.focusTitle();
}
