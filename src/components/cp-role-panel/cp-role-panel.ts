/**
 * Everything about one role: what it is, what it asks for, what it pays, where it leads —
 * each fact with its sources.
 *
 * @fires cp-node-select - a linked role, skill or tool was chosen
 * @fires cp-compare-change - "compare" actions
 * @fires cp-route-query - "route here" / "route from here"
 */
import { html, LitElement, nothing } from "lit";
import { payBands } from "../../data/salary.ts";
import type { GraphEdge, RoleNode } from "../../data/schema.ts";
import { type CareerGraph, edgeKey, getRole, nodeLabel } from "../../graph/model.ts";
import { type RoleLink, roleNeighbours } from "../../graph/neighbours.ts";
import { fullRequirements } from "../../graph/requirements.ts";
import { levelInfo, trackInfo } from "../../graph/vocabulary.ts";
import { MAX_COMPARE } from "../../state/types.ts";
import { CompareChangeEvent, NodeSelectEvent, RouteQueryEvent } from "../events/events.ts";
import { derivationOf, rankText } from "../shared/provenance.ts";
import { formatBand } from "../shared/salary.ts";
import type { SeedIndex } from "../shared/seeds.ts";
import { controls } from "../shared/theme.ts";
import { adoptTrackStyles, trackClass } from "../shared/track-styles.ts";
import { wordingOf } from "../shared/wording.ts";
import "../cp-sources/cp-sources.ts";
import { haveToggleStyles } from "../shared/have-toggle.ts";
import { panelStyles, requirementStyles } from "./panel-styles.ts";
import { requirementSection } from "./requirement-list.ts";

const SHOWN_ALIASES = 6;

type EdgeRef = { kind: "progression" | "overlap"; source: string; target: string };

export class CpRolePanel extends LitElement {
  static override properties = {
    graph: { attribute: false },
    roleId: { attribute: false },
    compare: { attribute: false },
    seeds: { attribute: false },
    trail: { attribute: false },
    have: { attribute: false },
  };
  /** The person's skills and tools (their profile). */
  declare have: ReadonlySet<string>;
  /** Visited nodes, oldest first: offers a route from where the trail began. */
  declare trail: string[];
  declare graph: CareerGraph | undefined;
  declare roleId: string | null;
  declare compare: string[];
  declare seeds: SeedIndex | undefined;

  constructor() {
    super();
    this.roleId = null;
    this.compare = [];
    this.trail = [];
    this.have = new Set();
  }

  override willUpdate(): void {
    adoptTrackStyles(this.renderRoot, this.graph?.getAttribute("vocabulary").tracks);
  }

  /** Moves keyboard focus to the panel's title (after a node is chosen elsewhere). */
  async focusTitle(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("#title")?.focus();
  }

  override render() {
    const graph = this.graph;
    if (!graph || !this.roleId || !graph.hasNode(this.roleId)) return nothing;
    const role = getRole(graph, this.roleId);
    const links = roleNeighbours(graph, role.id);
    const reqs = fullRequirements(graph, role.id);
    const vocabulary = graph.getAttribute("vocabulary");
    const track = trackInfo(vocabulary, role.track);
    const level = levelInfo(vocabulary, role.level);
    const context = {
      graph,
      role,
      seeds: this.seeds,
      select: (id: string) => this.select(id),
      have: this.have,
    };
    return html`
      <header>
        <p class="eyebrow">
          <span class="dot ${trackClass(track)}"></span>
          <span>${track?.label ?? ""}${level ? ` · ${level.label}` : ""}${
            role.code
              ? html` · <span class="code" title="Code in the source">${role.code}</span>`
              : nothing
          }</span>
        </p>
        <h2 id="title" tabindex="-1">${role.label}</h2>
        ${this.aliases(role.aliases ?? [])}
      </header>
      ${role.description ? html`<p>${role.description}</p>` : nothing}
      <cp-sources .sources=${role.sources} .seeds=${this.seeds}></cp-sources>
      <div class="actions">
        ${this.routeFromTrailStart(graph, role.id)}
        <button class="btn" @click=${() => this.dispatchEvent(new RouteQueryEvent({ to: role.id }))}>
          Route to this ${this.words().one}
        </button>
        <button class="btn" @click=${() => this.dispatchEvent(new RouteQueryEvent({ from: role.id, to: null }))}>
          Route from here
        </button>
        <button class="btn" @click=${() => this.compareWith([])}>
          ${this.compare.includes(role.id) ? "Open comparison" : "Add to comparison"}
        </button>
      </div>
      ${this.linkSection("Next steps", "next", links.next, (l) => ({ kind: "progression", source: role.id, target: l.id }))}
      ${this.linkSection("Comes from", "previous", links.previous, (l) => ({ kind: "progression", source: l.id, target: role.id }))}
      ${this.adjacentSection(links.adjacent)}
      ${this.salary(role)} ${this.responsibilities(role)} ${requirementSection(context, reqs)}
    `;
  }

  private routeFromTrailStart(graph: CareerGraph, roleId: string) {
    const start = this.trail[0];
    if (!start || start === roleId || !graph.hasNode(start)) return nothing;
    if (graph.getNodeAttribute(start, "kind") !== "role") return nothing;
    return html`<button class="btn primary" @click=${() => this.dispatchEvent(new RouteQueryEvent({ from: start, to: roleId }))}>
      Skill route from ${nodeLabel(graph, start)}
    </button>`;
  }

  /** A few other names; an imported taxonomy may list dozens, so the rest fold away. */
  private aliases(aliases: string[]) {
    if (!aliases.length) return nothing;
    const first = aliases.slice(0, SHOWN_ALIASES).join(", ");
    const rest = aliases.slice(SHOWN_ALIASES);
    return html`<p class="muted small">Also called ${first}</p>
      ${
        rest.length
          ? html`<details class="aliases muted small"><summary>and ${rest.length} more names</summary>${rest.join(", ")}</details>`
          : nothing
      }`;
  }

  private words() {
    return wordingOf(this.graph).role;
  }

  private select(id: string) {
    this.dispatchEvent(new NodeSelectEvent(id));
  }

  private compareWith(others: string[]) {
    if (!this.roleId) return;
    const base = this.compare.includes(this.roleId) ? this.compare : [this.roleId];
    const ids = [...new Set([...base, ...others])].slice(0, MAX_COMPARE);
    this.dispatchEvent(new CompareChangeEvent(ids));
  }

  private edge(ref: EdgeRef): GraphEdge | undefined {
    const key = edgeKey(ref);
    return this.graph?.hasEdge(key) ? this.graph.getEdgeAttributes(key) : undefined;
  }

  /** The sources behind a set of role-to-role links, in one disclosure per section. */
  private linkSources(links: RoleLink[], edgeOf: (l: RoleLink) => EdgeRef) {
    const sources = links.flatMap((l) => this.edge(edgeOf(l))?.sources ?? []);
    return html`<cp-sources .sources=${sources} .seeds=${this.seeds}></cp-sources>`;
  }

  /** A move the data set derived, never presented as its source's claim. */
  private derived(edge: GraphEdge | undefined) {
    const d = derivationOf(edge);
    if (!d.derived) return nothing;
    return html`<p class="derived-note"><span class="derived">derived</span> ${d.note ?? "Not stated by the source; read from it by this data set."}</p>`;
  }

  private linkSection(
    title: string,
    part: string,
    links: RoleLink[],
    edgeOf: (l: RoleLink) => EdgeRef,
  ) {
    if (!links.length) return nothing;
    return html`<section aria-labelledby="h-${part}">
      <h3 id="h-${part}">${title}</h3>
      <ul class="plain links" part=${part}>
        ${links.map(
          (l) => html`<li>
            <button class="btn link" data-role=${l.id} @click=${() => this.select(l.id)}>
              <span>${l.label}</span><span class="arrow" aria-hidden="true">→</span>
            </button>
            ${this.derived(this.edge(edgeOf(l)))}
          </li>`,
        )}
      </ul>
      ${this.linkSources(links, edgeOf)}
    </section>`;
  }

  private adjacentSection(links: RoleLink[]) {
    if (!links.length) return nothing;
    const ref = (l: RoleLink): EdgeRef => ({
      kind: "overlap",
      source: this.roleId ?? "",
      target: l.id,
    });
    return html`<section aria-labelledby="h-adjacent">
      <h3 id="h-adjacent">Adjacent ${this.words().many}</h3>
      <ul class="plain links">
        ${links.map(
          (l) => html`<li class="row">
            <button class="btn link" data-role=${l.id} @click=${() => this.select(l.id)}>
              <span>${l.label}</span>
              <span class="pct">${rankLabel(this.edge(ref(l)))}${l.similarity}% similar</span>
            </button>
            <button class="btn ghost small" aria-label="Compare with ${l.label}" @click=${() => this.compareWith([l.id])}>
              Compare
            </button>
          </li>`,
        )}
      </ul>
      ${this.linkSources(links, ref)}
      ${
        links.length > 1
          ? html`<button class="btn small" @click=${() => this.compareWith(links.map((l) => l.id).slice(0, MAX_COMPARE - 1))}>
              Compare with ${Math.min(links.length, MAX_COMPARE - 1)} adjacent ${this.words().many}
            </button>`
          : nothing
      }
    </section>`;
  }

  private responsibilities(role: RoleNode) {
    if (!role.responsibilities?.length) return nothing;
    return html`<section aria-labelledby="h-resp">
      <h3 id="h-resp">Responsibilities</h3>
      <ul class="facts">
        ${role.responsibilities.map(
          (r) =>
            html`<li>${r.text}<cp-sources .sources=${r.sources} .seeds=${this.seeds}></cp-sources></li>`,
        )}
      </ul>
    </section>`;
  }

  private salary(role: RoleNode) {
    if (!role.salary?.length) return nothing;
    return html`<section aria-labelledby="h-salary">
      <h3 id="h-salary">Pay</h3>
      <ul class="facts plain">
        ${payBands(role).map(
          (b) => html`<li class="band">
            <strong>${formatBand(b, this.graph?.getAttribute("vocabulary").pay.locale)}</strong> <span class="muted">${b.level}</span>
            <cp-sources .sources=${b.sources} .seeds=${this.seeds}></cp-sources>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  static override styles = [controls, panelStyles, requirementStyles, haveToggleStyles];
}

/** "#3 most related · " when the source ranks how related two roles are. */
function rankLabel(edge: GraphEdge | undefined): string {
  const rank = rankText(edge && "rank" in edge ? edge.rank : undefined);
  return rank ? `${rank} · ` : "";
}

customElements.define("cp-role-panel", CpRolePanel);

declare global {
  interface HTMLElementTagNameMap {
    "cp-role-panel": CpRolePanel;
  }
}
