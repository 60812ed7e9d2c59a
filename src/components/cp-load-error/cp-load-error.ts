/**
 * Shown instead of the graph when the data cannot be used: every problem, located. A problem
 * reaching the file (not found, offline, blocked, no answer) offers Retry, since fixing the file
 * would not help; a problem in the file says how to find them all (`npm run validate`). Warnings
 * (which alone would not block) are listed after the errors.
 *
 * @fires cp-retry - the person asked to try loading again
 */
import { css, html, LitElement } from "lit";
import type { DocumentError } from "../../data/errors.ts";
import { controls } from "../shared/theme.ts";

/** The person asked to load the data again (after a network problem). */
export class RetryEvent extends Event {
  constructor() {
    super("cp-retry", { bubbles: true, composed: true });
  }
}

const SHOWN = 50;

export class CpLoadError extends LitElement {
  static override properties = {
    file: {},
    errors: { attribute: false },
    warnings: { attribute: false },
    omitted: { type: Number },
    network: { type: Boolean },
  };
  declare file: string;
  declare errors: DocumentError[];
  declare warnings: DocumentError[];
  /** Problems found beyond those in `errors`. */
  declare omitted: number;
  /** The data could not be fetched (rather than being wrong). */
  declare network: boolean;

  constructor() {
    super();
    this.file = "";
    this.errors = [];
    this.warnings = [];
    this.omitted = 0;
    this.network = false;
  }

  override render() {
    const shown = this.errors.slice(0, SHOWN);
    const total = this.errors.length + this.omitted;
    const more = total - shown.length;
    return html`<section role="alert" aria-labelledby="h">
      <h2 id="h">The career data could not be loaded</h2>
      <p><code>${this.file}</code> ${
        this.network
          ? "could not be fetched:"
          : html`has ${total === 1 ? "a problem" : `${total.toLocaleString("en-US")} problems`}:`
      }</p>
      ${this.table(shown)}
      ${more > 0 ? html`<p class="muted">…and ${more.toLocaleString("en-US")} more.</p>` : null}
      ${
        this.warnings.length > 0
          ? html`<h3>Warnings</h3>
            <p class="muted">Worth a look, though on their own they would not stop the data loading:</p>
            ${this.table(this.warnings.slice(0, SHOWN))}`
          : null
      }
      ${
        this.network
          ? html`<p class="muted">Check the address and the connection, then try again.</p>
            <button class="btn" @click=${() => this.dispatchEvent(new RetryEvent())}>Retry</button>`
          : html`<p class="muted">Fix the file (<code>npm run validate</code> lists the same problems) and reload.</p>`
      }
    </section>`;
  }

  private table(rows: DocumentError[]) {
    return html`<table>
      <thead><tr><th scope="col">File</th><th scope="col">Where</th><th scope="col">Problem</th></tr></thead>
      <tbody>
        ${rows.map((e) => html`<tr><td><code>${this.file}</code></td><td><code>${e.path || "(whole file)"}</code></td><td>${e.message}</td></tr>`)}
      </tbody>
    </table>`;
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
      h3 {
        font-size: 1rem;
        margin-top: 20px;
      }
      code {
        font-size: 0.85em;
        word-break: break-all;
      }
      td {
        overflow-wrap: anywhere;
      }
    `,
  ];
}

customElements.define("cp-load-error", CpLoadError);

declare global {
  interface HTMLElementTagNameMap {
    "cp-load-error": CpLoadError;
  }
  interface GlobalEventHandlersEventMap {
    "cp-retry": RetryEvent;
  }
}
