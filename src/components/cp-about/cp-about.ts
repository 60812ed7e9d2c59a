/**
 * "About this data": where the facts come from (the datasets with their licence and the credit
 * line they ask for, verbatim; the seed documents by title) and how to read the graph, in the
 * data set's own words for its tracks, levels and roles.
 */
import { css, html, LitElement, nothing } from "lit";
import type { Dataset, GraphDocument, Seed } from "../../data/schema.ts";
import type { Vocabulary } from "../../graph/vocabulary.ts";
import { datasetName, type SeedIndex } from "../shared/seeds.ts";
import { controls } from "../shared/theme.ts";
import { capitalise, withArticle } from "../shared/wording.ts";

/** Up to this many tracks are named in the prose; more are counted. */
const NAMED_TRACKS = 6;

export class CpAbout extends LitElement {
  static override properties = {
    document: { attribute: false },
    seeds: { attribute: false },
    vocabulary: { attribute: false },
  };
  declare document: GraphDocument | undefined;
  declare seeds: SeedIndex | undefined;
  declare vocabulary: Vocabulary | undefined;

  override render() {
    const doc = this.document;
    const v = this.vocabulary;
    if (!doc || !v) return nothing;
    const count = (kind: string) => doc.nodes.filter((n) => n.kind === kind).length;
    const datasets = doc.datasets ?? [];
    const seeds = doc.seeds ?? [];
    const { role } = v.wording;
    return html`
      <h2>About this data</h2>
      <p><strong>${doc.title}</strong>${doc.description ? html` — ${doc.description}` : nothing}</p>
      <p class="muted">${count("role").toLocaleString("en-US")} ${role.many}, ${count("skill")} skills and ${count("tool")} tools,
        ${doc.edges.length.toLocaleString("en-US")} relationships. Open “Sources” under a fact to see where it comes from;
        a fact marked <em>derived</em> is this data set's reading of its source, not the source's own claim.</p>
      ${datasets.length ? html`<h3>Datasets</h3><ul class="plain datasets">${datasets.map((d) => this.datasetItem(d))}</ul>` : nothing}
      ${seeds.length ? html`<h3>Source documents</h3><ul class="docs">${seeds.map((s) => this.seed(s))}</ul>` : nothing}
      <h3>How to read the graph</h3>
      <ul class="read">${this.reading(v)}</ul>
    `;
  }

  private datasetItem(d: Dataset) {
    const title = datasetName(d);
    return html`<li class="dataset">
      <h4>${d.url ? html`<a href=${d.url} target="_blank" rel="noopener">${title}</a>` : title}</h4>
      ${d.description ? html`<p>${d.description}</p>` : nothing}
      <p class="licence">Licence: ${
        d.licenceUrl
          ? html`<a href=${d.licenceUrl} target="_blank" rel="noopener">${d.licence}</a>`
          : d.licence
      }</p>
      <blockquote class="attribution">${d.attribution}</blockquote>
    </li>`;
  }

  private seed(s: Seed) {
    return html`<li>
      <a href=${this.seeds?.href(s.file) ?? s.file} target="_blank" rel="noopener">${s.title}</a>
      ${s.summary ? html`<p>${s.summary}</p>` : nothing}
    </li>`;
  }

  private reading(v: Vocabulary) {
    const { track, level, role } = v.wording;
    const named = v.tracks.length <= NAMED_TRACKS;
    const lanes = named
      ? ` (${v.tracks.map((t) => t.label).join(", ")})`
      : ` (${v.tracks.length} of them, listed in the legend)`;
    const ladder = v.levels.length > 1 ? `; earlier ${level.many} are on the left` : "";
    return html`
      <li><strong>Boxes are ${role.many}.</strong> Each horizontal lane is ${withArticle(track.one)}${lanes}${ladder}.</li>
      <li><strong>Solid arrows</strong> are usual next jobs; <strong>dashed lines</strong> join adjacent ${role.many} that share much of their work.</li>
      <li><strong>Circles are skills, cut-corner boxes are tools.</strong> They appear for the ${role.one} you focus and the route you ask for, or all at once with “Show all skills and tools” in the legend.</li>
      <li>${capitalise(withArticle(role.one))} that builds on the one below it on its ladder includes that ${role.one}'s skills and tools (marked “from …”).</li>
      <li>Similarity between ${role.many} is the overlap of their required skills and tools, core ones counting more.</li>
      <li>Keyboard: the list of ${role.many} beside the graph covers every ${role.one} (arrow keys to move, Enter to open); Esc clears the focus.</li>
      ${
        v.levels.length > 1
          ? html`<li>${capitalise(level.many)}, first to last: ${v.levels.map((l) => l.label).join(" · ")}.</li>`
          : nothing
      }
    `;
  }

  static override styles = [
    controls,
    css`
      :host {
        display: block;
        font-size: 0.92rem;
      }
      .docs,
      .read {
        padding-left: 20px;
        margin: 0;
      }
      .docs li,
      .read li {
        margin-bottom: 10px;
        line-height: 1.45;
      }
      .docs p {
        margin: 4px 0 0;
        color: var(--cp-muted);
        font-size: 0.85rem;
      }
      .dataset {
        margin-bottom: 14px;
      }
      h4 {
        margin: 0 0 4px;
        font-size: 0.95rem;
      }
      .licence {
        font-size: 0.85rem;
      }
      .attribution {
        margin: 6px 0 0;
        padding: 6px 10px;
        border-left: 3px solid var(--cp-border);
        font-size: 0.85rem;
        line-height: 1.45;
      }
      a {
        color: var(--cp-accent);
        font-weight: 600;
      }
    `,
  ];
}

customElements.define("cp-about", CpAbout);

declare global {
  interface HTMLElementTagNameMap {
    "cp-about": CpAbout;
  }
}
