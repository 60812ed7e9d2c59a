/** "About this data": where the facts come from (the seed documents) and how to read the graph. */
import { css, html, LitElement, nothing } from "lit";
import type { GraphDocument } from "../../data/schema.ts";
import type { SeedIndex } from "../shared/seeds.ts";
import { controls } from "../shared/theme.ts";

export class CpAbout extends LitElement {
  static override properties = { document: { attribute: false }, seeds: { attribute: false } };
  declare document: GraphDocument | undefined;
  declare seeds: SeedIndex | undefined;

  override render() {
    const doc = this.document;
    if (!doc) return nothing;
    const count = (kind: string) => doc.nodes.filter((n) => n.kind === kind).length;
    return html`
      <h2>About this data</h2>
      <p>${doc.title}${doc.description ? html` — ${doc.description}` : nothing}</p>
      <p class="muted">${count("role")} roles, ${count("skill")} skills and ${count("tool")} tools,
        ${doc.edges.length} relationships. Every fact quotes one of the documents below; open “Sources” under a fact to see the quote.</p>
      <h3>Source documents</h3>
      <ol class="seeds">
        ${(doc.seeds ?? []).map(
          (s) => html`<li>
            <a href=${this.seeds?.href(s.file) ?? s.file} target="_blank" rel="noopener">${s.title}</a>
            ${s.summary ? html`<p>${s.summary}</p>` : nothing}
          </li>`,
        )}
      </ol>
      <h3>How to read the graph</h3>
      <ul class="read">
        <li><strong>Boxes are roles.</strong> Each horizontal lane is a track (the ML engineering ladder, the MLOps ladder, leadership, adjacent roles); junior roles are on the left, senior on the right.</li>
        <li><strong>Solid arrows</strong> are usual next jobs; <strong>dashed lines</strong> join adjacent roles that share much of their work.</li>
        <li><strong>Circles are skills, cut-corner boxes are tools.</strong> They appear for the role you focus and the route you ask for, or all at once with “Show all skills and tools” in the legend.</li>
        <li>A senior role builds on the role below it: its skills include everything from that level (marked “from …”).</li>
        <li>Similarity between roles is the overlap of their required skills and tools, core ones counting more.</li>
        <li>Keyboard: the role list beside the graph covers every role (arrow keys to move, Enter to open); Esc clears the focus.</li>
      </ul>
    `;
  }

  static override styles = [
    controls,
    css`
      :host {
        display: block;
        font-size: 0.92rem;
      }
      .seeds,
      .read {
        padding-left: 20px;
        margin: 0;
      }
      .seeds li,
      .read li {
        margin-bottom: 10px;
        line-height: 1.45;
      }
      .seeds p {
        margin: 4px 0 0;
        color: var(--cp-muted);
        font-size: 0.85rem;
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
