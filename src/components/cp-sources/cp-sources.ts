/**
 * A "Sources" disclosure: where one fact (or one list of facts) comes from. A seed source shows
 * its verbatim quote and seed document; a dataset source shows the dataset (title and version,
 * linked), the record and, for a derived fact, the note saying how it was derived. A fact that
 * cites nothing is covered by the document's default sources, shown as such.
 */
import { css, html, LitElement, nothing } from "lit";
import type { Source } from "../../data/schema.ts";
import type { SeedIndex } from "../shared/seeds.ts";
import { controls } from "../shared/theme.ts";

export class CpSources extends LitElement {
  static override properties = { sources: { attribute: false }, seeds: { attribute: false } };
  declare sources: readonly Source[] | undefined;
  declare seeds: SeedIndex | undefined;

  constructor() {
    super();
    this.sources = [];
  }

  override render() {
    const own = unique(this.sources ?? []);
    const shown = own.length ? own : unique(this.seeds?.defaults ?? []);
    if (!shown.length) return nothing;
    return html`<details>
      <summary>Sources <span class="count">${shown.length}</span></summary>
      ${own.length ? nothing : html`<p class="muted">From the data set as a whole:</p>`}
      <ul class="plain">
        ${shown.map((s) => (s.seed !== undefined ? this.quote(s) : this.record(s)))}
      </ul>
    </details>`;
  }

  private quote(s: Source) {
    const seed = s.seed ?? "";
    return html`<li>
      <blockquote>“${s.quote}”</blockquote>
      <a href=${this.seeds?.href(seed) ?? seed} target="_blank" rel="noopener">${this.seeds?.title(seed) ?? seed}</a>
    </li>`;
  }

  private record(s: Source) {
    const id = s.dataset ?? "";
    const dataset = this.seeds?.dataset(id);
    const title = this.seeds?.datasetTitle(id) ?? id;
    return html`<li class="record">
      ${s.note ? html`<p><span class="derived">derived</span> ${s.note}</p>` : nothing}
      ${dataset?.url ? html`<a href=${dataset.url} target="_blank" rel="noopener">${title}</a>` : html`<span>${title}</span>`}${
        s.record ? html`<span class="muted"> · record <code>${s.record}</code></span>` : nothing
      }
    </li>`;
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
      p {
        margin: 4px 0;
      }
      a {
        color: var(--cp-accent);
      }
    `,
  ];
}

/** The same source cited by several facts of a list is shown once. */
function unique(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = JSON.stringify([s.seed, s.quote, s.dataset, s.record, s.note]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

customElements.define("cp-sources", CpSources);

declare global {
  interface HTMLElementTagNameMap {
    "cp-sources": CpSources;
  }
}
