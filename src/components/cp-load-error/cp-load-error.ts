/** Shown instead of the graph when the data file cannot be used: every problem, located. */
import { css, html, LitElement } from "lit";
import type { DocumentError } from "../../data/errors.ts";
import { controls } from "../shared/theme.ts";

export class CpLoadError extends LitElement {
  static override properties = { file: {}, errors: { attribute: false } };
  declare file: string;
  declare errors: DocumentError[];

  constructor() {
    super();
    this.file = "";
    this.errors = [];
  }

  override render() {
    const shown = this.errors.slice(0, 50);
    return html`<section role="alert" aria-labelledby="h">
      <h2 id="h">The career data could not be loaded</h2>
      <p><code>${this.file}</code> has ${this.errors.length === 1 ? "a problem" : `${this.errors.length} problems`}:</p>
      <table>
        <thead><tr><th scope="col">File</th><th scope="col">Where</th><th scope="col">Problem</th></tr></thead>
        <tbody>
          ${shown.map((e) => html`<tr><td><code>${this.file}</code></td><td><code>${e.path || "(whole file)"}</code></td><td>${e.message}</td></tr>`)}
        </tbody>
      </table>
      ${this.errors.length > shown.length ? html`<p class="muted">…and ${this.errors.length - shown.length} more.</p>` : null}
      <p class="muted">Fix the file (<code>npm run validate</code> lists the same problems) and reload.</p>
    </section>`;
  }

  static override styles = [
    controls,
    css`
      :host {
        display: block;
        max-width: 860px;
        margin: 32px auto;
        padding: 0 16px;
      }
      section {
        background: var(--cp-surface);
        border: 1px solid var(--cp-danger);
        border-top-width: 4px;
        border-radius: var(--cp-radius);
        padding: 20px 24px;
        box-shadow: var(--cp-shadow);
      }
      h2 {
        color: var(--cp-danger);
      }
      code {
        font-size: 0.85em;
        word-break: break-all;
      }
    `,
  ];
}

customElements.define("cp-load-error", CpLoadError);

declare global {
  interface HTMLElementTagNameMap {
    "cp-load-error": CpLoadError;
  }
}
