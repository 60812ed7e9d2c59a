/**
 * One skill or tool: what it is, which roles require it, and the tools/skills it relates to.
 *
 * @fires cp-node-select - a role, skill or tool was chosen
 */
import { html, LitElement, nothing } from "lit";
import type { CareerGraph } from "../../graph/model.ts";
import { isItem } from "../../graph/model.ts";
import { rolesRequiring } from "../../graph/neighbours.ts";
import { categoryLabel } from "../../graph/vocabulary.ts";
import { panelStyles } from "../cp-role-panel/panel-styles.ts";
import { HaveChangeEvent, NodeSelectEvent } from "../events/events.ts";
import type { SeedIndex } from "../shared/seeds.ts";
import { controls } from "../shared/theme.ts";
import { capitalise, wordingOf } from "../shared/wording.ts";
import "../cp-sources/cp-sources.ts";

export class CpItemPanel extends LitElement {
  static override properties = {
    graph: { attribute: false },
    itemId: { attribute: false },
    seeds: { attribute: false },
    have: { attribute: false },
  };
  /** The person's skills and tools (their profile). */
  declare have: ReadonlySet<string>;
  declare graph: CareerGraph | undefined;
  declare itemId: string | null;
  declare seeds: SeedIndex | undefined;

  constructor() {
    super();
    this.itemId = null;
    this.have = new Set();
  }

  /** Moves keyboard focus to the panel's title (after a node is chosen elsewhere). */
  async focusTitle(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("#title")?.focus();
  }

  override render() {
    const graph = this.graph;
    const node =
      graph && this.itemId && graph.hasNode(this.itemId)
        ? graph.getNodeAttributes(this.itemId)
        : undefined;
    if (!graph || !isItem(node)) return nothing;
    const roles = rolesRequiring(graph, node.id);
    const related: { id: string; label: string }[] = [];
    graph.forEachEdge(node.id, (_k, edge, source, target) => {
      if (edge.kind !== "serves") return;
      const other = source === node.id ? target : source;
      related.push({ id: other, label: graph.getNodeAttribute(other, "label") });
    });
    related.sort((a, b) => a.label.localeCompare(b.label));
    const { one, many } = wordingOf(graph).role;
    return html`
      <header>
        <p class="eyebrow"><span class="shape ${node.kind}" aria-hidden="true"></span>${node.kind}${node.category ? ` · ${categoryLabel(graph.getAttribute("vocabulary"), node.kind, node.category)}` : ""}</p>
        <h2 id="title" tabindex="-1">${node.label}</h2>
        ${node.aliases?.length ? html`<p class="muted small">Also called ${node.aliases.join(", ")}</p>` : nothing}
      </header>
      ${this.haveSwitch(node)}
      ${node.description ? html`<p>${node.description}</p>` : nothing}
      <cp-sources .sources=${node.sources} .seeds=${this.seeds}></cp-sources>
      <section aria-labelledby="h-roles">
        <h3 id="h-roles">${capitalise(many)} that require it (${roles.length})</h3>
        ${
          roles.length
            ? html`<ul class="plain links">
                ${roles.map(
                  (r) => html`<li>
                    <button class="btn link" data-role=${r.id} @click=${() => this.dispatchEvent(new NodeSelectEvent(r.id))}>
                      <span>${r.label}</span>
                      <span class="pct" title=${r.inherited ? `Required at the ${wordingOf(graph).level.one} below, which this ${one} builds on` : ""}>${r.importance}${r.inherited ? " · inherited" : ""}</span>
                    </button>
                  </li>`,
                )}
              </ul>`
            : html`<p class="muted">No ${one} in this data set requires it directly.</p>`
        }
      </section>
      ${
        related.length
          ? html`<section aria-labelledby="h-related">
              <h3 id="h-related">${node.kind === "tool" ? "Used for" : "Tools for this"}</h3>
              <div class="actions">
                ${related.map(
                  (r) =>
                    html`<button class="btn item" @click=${() => this.dispatchEvent(new NodeSelectEvent(r.id))}>${r.label}</button>`,
                )}
              </div>
            </section>`
          : nothing
      }
    `;
  }

  /** The big "I have it" switch: the same profile every list and route reads. */
  private haveSwitch(node: { id: string; label: string; kind: string }) {
    const on = this.have.has(node.id);
    return html`<div class="actions">
      <button type="button" class="btn ${on ? "primary" : ""}" aria-pressed=${on ? "true" : "false"}
        @click=${() => this.dispatchEvent(new HaveChangeEvent([node.id], !on))}>
        ${on ? `✓ In my skills` : `I have this ${node.kind}`}
      </button>
    </div>`;
  }

  static override styles = [controls, panelStyles];
}

customElements.define("cp-item-panel", CpItemPanel);

declare global {
  interface HTMLElementTagNameMap {
    "cp-item-panel": CpItemPanel;
  }
}
