/**
 * The header search: roles, skills and tools by label or alias.
 *
 * @fires cp-node-select - a result was picked
 */
import { css, html, LitElement, nothing } from "lit";
import type { CareerGraph } from "../../graph/model.ts";
import type { ComboOption } from "../cp-combobox/cp-combobox.ts";
import { NodeSelectEvent, type OptionPickEvent } from "../events/events.ts";
import { nodeOptions } from "../shared/options.ts";
import { wordingOf } from "../shared/wording.ts";
import "../cp-combobox/cp-combobox.ts";

export class CpSearch extends LitElement {
  static override properties = { graph: { attribute: false }, have: { attribute: false } };
  declare graph: CareerGraph | undefined;
  /** The person's skills and tools: results they have say so. */
  declare have: ReadonlySet<string>;

  constructor() {
    super();
    this.have = new Set();
  }

  override focus(): void {
    this.renderRoot.querySelector("cp-combobox")?.focus();
  }

  override render() {
    if (!this.graph) return nothing;
    const roles = wordingOf(this.graph).role.many;
    return html`<div role="search">
      <cp-combobox
        label="Search ${roles}, skills and tools"
        placeholder="Search ${roles}, skills, tools…"
        .search=${this.searchMarkingHad(nodeOptions(this.graph, ["role", "skill", "tool"]))}
        @cp-option-pick=${(e: OptionPickEvent) => {
          e.stopPropagation();
          this.dispatchEvent(new NodeSelectEvent(e.detail.id));
        }}
      ></cp-combobox>
    </div>`;
  }

  private searchMarkingHad(search: (text: string) => ComboOption[]) {
    const have = this.have;
    if (have.size === 0) return search;
    return (text: string) =>
      search(text).map((o) =>
        have.has(o.id) ? { ...o, hint: `${o.hint ? `${o.hint} · ` : ""}✓ in my skills` } : o,
      );
  }

  static override styles = css`
    :host {
      display: block;
      width: 100%;
      max-width: 360px;
    }
  `;
}

customElements.define("cp-search", CpSearch);

declare global {
  interface HTMLElementTagNameMap {
    "cp-search": CpSearch;
  }
}
