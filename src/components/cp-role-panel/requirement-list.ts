/**
 * The role panel's "Skills and tools" section: what is new at this level and what it builds on,
 * core before secondary, each row with the figures its source gives and its sources.
 */
import { html, nothing } from "lit";
import type { RoleNode } from "../../data/schema.ts";
import { type CareerGraph, edgeKey, nodeLabel } from "../../graph/model.ts";
import type { Requirement } from "../../graph/requirements.ts";
import { MAX_DRAWN_ITEMS } from "../../state/highlight.ts";
import { formatRating, ratingsOf } from "../shared/provenance.ts";
import type { SeedIndex } from "../shared/seeds.ts";

export interface RequirementContext {
  graph: CareerGraph;
  role: RoleNode;
  seeds: SeedIndex | undefined;
  select: (id: string) => void;
}

export function requirementSection(c: RequirementContext, reqs: Requirement[]) {
  if (!reqs.length) return nothing;
  const own = reqs.filter((r) => r.statedBy === c.role.id);
  const inherited = reqs.filter((r) => r.statedBy !== c.role.id);
  const below = c.role.buildsOn ? nodeLabel(c.graph, c.role.buildsOn) : "";
  return html`<section aria-labelledby="h-reqs">
    <h3 id="h-reqs">Skills and tools (${reqs.length})</h3>
    ${
      reqs.length > MAX_DRAWN_ITEMS
        ? html`<p class="muted small">The graph shows the core ones; all are listed here.</p>`
        : nothing
    }
    ${inherited.length && own.length ? html`<h4 class="level">New at this level (${own.length})</h4>` : nothing}
    ${byImportance(c, own)}
    ${
      inherited.length
        ? html`<details class="inherited-group" ?open=${own.length === 0}>
            <summary>Builds on ${below} and below (${inherited.length})</summary>
            ${byImportance(c, inherited)}
          </details>`
        : nothing
    }
  </section>`;
}

function byImportance(c: RequirementContext, reqs: Requirement[]) {
  const part = (importance: "core" | "secondary", title: string) => {
    const list = reqs.filter((r) => r.importance === importance);
    if (!list.length) return nothing;
    return html`<h4>${title} <span class="muted">(${list.length})</span></h4>
      <ul class="plain reqs">${list.map((r) => row(c, r))}</ul>`;
  };
  return html`${part("core", "Core")} ${part("secondary", "Secondary")}`;
}

function row(c: RequirementContext, r: Requirement) {
  const key = edgeKey({ kind: "requires", source: r.statedBy, target: r.id });
  const edge = c.graph.hasEdge(key) ? c.graph.getEdgeAttributes(key) : undefined;
  const ratings = ratingsOf(edge);
  return html`<li>
    <button class="btn item ${r.kind}" @click=${() => c.select(r.id)}>
      <span class="shape" aria-hidden="true"></span>${r.label}
      <span class="visually-hidden">(${r.kind})</span>
    </button>
    ${ratings.length ? html`<span class="rating">${ratings.map(formatRating).join(" · ")}</span>` : nothing}
    ${r.statedBy !== c.role.id ? html`<span class="inherited">from ${nodeLabel(c.graph, r.statedBy)}</span>` : nothing}
    <cp-sources .sources=${edge?.sources} .seeds=${c.seeds}></cp-sources>
  </li>`;
}
