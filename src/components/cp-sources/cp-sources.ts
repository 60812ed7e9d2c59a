/** A "Sources" disclosure: the verbatim quotes behind one fact, each with its seed document. */
import { css, html, LitElement } from "lit";
import type { Source } from "../../data/schema.ts";
import type { SeedIndex } from "../shared/seeds.ts";
import { controls } from "../shared/theme.ts";

export class CpSources extends LitElement {
  static override properties = { sources: { attribute: false }, seeds: { attribute: false } };
  declare sources: readonly Source[];
  declare seeds: SeedIndex | undefined;

  constructor() {
    super();
    this.sources = [];
  }

  override render() {
    if (!this.sources.length) return null;
    const n = this.sources.length;
    return html`<details>
      <summary>Sources <span class="count">${n}</span></summary>
      <ul class="plain">
        ${this.sources.map((s) =>
          s.seed !== undefined
            ? html`<li>
                  <blockquote>“${s.quote}”</blockquote>
                  <a href=${this.seeds?.href(s.seed) ?? s.seed} target="_blank" rel="noopener"
                    >${this.seeds?.title(s.seed) ?? s.seed}</a
                  >
                </li>`
            : html`<li>
                  ${s.note ? html`<p>${s.note}</p>` : null}
                  <span>${this.seeds?.datasetTitle(s.dataset ?? "") ?? s.dataset}${s.record ? ` · record ${s.record}` : ""}</span>
                </li>`,
        )}
      </ul>
    </details>`;
  }

  static override styles = [
    controls,
    css`
      :host {
        display: block;
        font-size: 0.8rem;
      }
      summary {
        cursor: pointer;
        color: var(--cp-muted);
        width: fit-content;
        padding: 2px 0;
      }
      summary:hover {
        color: var(--cp-accent);
      }
      .count {
        font-variant-numeric: tabular-nums;
      }
      li {
        margin: 6px 0 10px;
        padding-left: 10px;
        border-left: 3px solid var(--cp-border);
      }
      blockquote {
        margin: 0 0 4px;
        font-style: italic;
        line-height: 1.45;
      }
      a {
        color: var(--cp-accent);
      }
    `,
  ];
}

customElements.define("cp-sources", CpSources);

declare global {
  interface HTMLElementTagNameMap {
    "cp-sources": CpSources;
  }
}
