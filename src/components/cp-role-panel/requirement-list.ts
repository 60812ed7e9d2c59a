/**
 * The role panel's "Skills and tools" section: what is new at this level and what it builds on,
 * core before secondary, each row with the figures its source gives and its sources. A "one of"
 * group is one row ("one of: AWS · Azure · GCP") and counts once, as it does in routes.
 */
import { html, nothing } from "lit";
import type { RoleNode } from "../../data/schema.ts";
import { fitOf, fitPercent } from "../../graph/fit.ts";
import { type CareerGraph, edgeKey, nodeLabel } from "../../graph/model.ts";
import type { Requirement } from "../../graph/requirements.ts";
import { MAX_DRAWN_ITEMS } from "../../state/highlight.ts";
import { haveToggle } from "../shared/have-toggle.ts";
import { formatRating, ratingsOf } from "../shared/provenance.ts";
import type { SeedIndex } from "../shared/seeds.ts";

export interface RequirementContext {
  graph: CareerGraph;
  role: RoleNode;
  seeds: SeedIndex | undefined;
  select: (id: string) => void;
  /** The person's skills and tools (their profile). */
  have: ReadonlySet<string>;
}

/** A plain requirement, or the members of one group (stated by one role at one importance). */
type Row = Requirement | Requirement[];

function rowsOf(reqs: Requirement[]): Row[] {
  const rows: Row[] = [];
  const groups = new Map<string, Requirement[]>();
  for (const r of reqs) {
    if (!r.group) {
      rows.push(r);
      continue;
    }
    const key = `${r.statedBy} ${r.importance} ${r.group.key}`;
    const members = groups.get(key);
    if (members) members.push(r);
    else {
      const fresh = [r];
      groups.set(key, fresh);
      rows.push(fresh);
    }
  }
  return rows;
}

export function requirementSection(c: RequirementContext, reqs: Requirement[]) {
  if (!reqs.length) return nothing;
  const own = reqs.filter((r) => r.statedBy === c.role.id);
  const inherited = reqs.filter((r) => r.statedBy !== c.role.id);
  const below = c.role.buildsOn ? nodeLabel(c.graph, c.role.buildsOn) : "";
  const count = (list: Requirement[]) => rowsOf(list).length;
  return html`<section aria-labelledby="h-reqs">
    <h3 id="h-reqs">Skills and tools (${count(reqs)})</h3>
    ${fitLine(c)}
    ${
      reqs.length > MAX_DRAWN_ITEMS
        ? html`<p class="muted small">The graph shows the core ones; all are listed here.</p>`
        : nothing
    }
    ${inherited.length && own.length ? html`<h4 class="level">New at this level (${count(own)})</h4>` : nothing}
    ${byImportance(c, own)}
    ${
      inherited.length
        ? html`<details class="inherited-group" ?open=${own.length === 0}>
            <summary>Builds on ${below} and below (${count(inherited)})</summary>
            ${byImportance(c, inherited)}
          </details>`
        : nothing
    }
  </section>`;
}

function byImportance(c: RequirementContext, reqs: Requirement[]) {
  const part = (importance: "core" | "secondary", title: string) => {
    const rows = rowsOf(reqs.filter((r) => r.importance === importance));
    if (!rows.length) return nothing;
    return html`<h4>${title} <span class="muted">(${rows.length})</span></h4>
      <ul class="plain reqs">${rows.map((r) => (Array.isArray(r) ? groupRow(c, r) : row(c, r)))}</ul>`;
  };
  return html`${part("core", "Core")} ${part("secondary", "Secondary")}`;
}

/** "You have 5 of 12 (62 % fit)": a group counts once, met by any member. */
function fitLine(c: RequirementContext) {
  if (c.have.size === 0)
    return html`<p class="muted small">Tick <span aria-hidden="true">+</span> beside what you already have: it counts in every list, route and comparison.</p>`;
  const fit = fitOf(c.graph, c.role.id, c.have);
  return html`<p class="fit-line"><strong>You have ${fit.met} of ${fit.total}</strong>
    <span class="muted">· ${fitPercent(fit.score)}${fit.coreMissing ? ` · ${fit.coreMissing} core still to learn` : " · every core one"}</span></p>`;
}

function edgeOf(c: RequirementContext, r: Requirement) {
  const key = edgeKey({ kind: "requires", source: r.statedBy, target: r.id });
  return c.graph.hasEdge(key) ? c.graph.getEdgeAttributes(key) : undefined;
}

function itemButton(c: RequirementContext, r: Requirement) {
  return html`${haveToggle(r, c.have)}<button class="btn item ${r.kind} ${c.have.has(r.id) ? "had" : ""}" @click=${() => c.select(r.id)}>
    <span class="shape" aria-hidden="true"></span>${r.label}
    <span class="visually-hidden">(${r.kind})</span>
  </button>`;
}

function from(c: RequirementContext, r: Requirement) {
  return r.statedBy !== c.role.id
    ? html`<span class="inherited">from ${nodeLabel(c.graph, r.statedBy)}</span>`
    : nothing;
}

function row(c: RequirementContext, r: Requirement) {
  const edge = edgeOf(c, r);
  const ratings = ratingsOf(edge);
  return html`<li>
    ${itemButton(c, r)}
    ${ratings.length ? html`<span class="rating">${ratings.map(formatRating).join(" · ")}</span>` : nothing}
    ${from(c, r)}
    <cp-sources .sources=${edge?.sources} .seeds=${c.seeds}></cp-sources>
  </li>`;
}

/** "one of: A · B · C": any one member meets it. */
function groupRow(c: RequirementContext, members: Requirement[]) {
  const first = members[0] as Requirement;
  const sources = members.flatMap((m) => edgeOf(c, m)?.sources ?? []);
  return html`<li class="one-of" data-group=${first.group?.label ?? ""}>
    <span class="one-of-label">one of<span class="visually-hidden"> (${first.group?.label})</span>:</span>
    ${members.map((m, i) => html`${i ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}${itemButton(c, m)}`)}
    ${from(c, first)}
    <cp-sources .sources=${sources} .seeds=${c.seeds}></cp-sources>
  </li>`;
}
