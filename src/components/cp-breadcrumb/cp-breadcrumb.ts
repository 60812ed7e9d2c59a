/**
 * The trail of visited roles (and skills/tools); each crumb moves the focus back there.
 *
 * @fires cp-node-select - a crumb was chosen
 */
import { css, html, LitElement, nothing } from "lit";
import { NodeSelectEvent } from "../events/events.ts";
import { controls } from "../shared/theme.ts";

export class CpBreadcrumb extends LitElement {
  static override properties = {
    trail: { attribute: false },
    current: { attribute: false },
    labelOf: { attribute: false },
  };
  declare trail: string[];
  declare current: string | null;
  declare labelOf: (id: string) => string;

  constructor() {
    super();
    this.trail = [];
    this.current = null;
    this.labelOf = (id) => id;
  }

  override render() {
    if (this.trail.length < 2) return nothing;
    return html`<nav aria-label="Trail">
      <ol>
        ${this.trail.map(
          (id) => html`<li>
            <button
              class="crumb"
              aria-current=${id === this.current ? "page" : nothing}
              title=${this.labelOf(id)}
              @click=${() => this.dispatchEvent(new NodeSelectEvent(id))}
            >
              ${this.labelOf(id)}
            </button>
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      ol {
        display: flex;
        flex-wrap: wrap;
        gap: 2px;
        list-style: none;
        margin: 0;
        padding: 0;
        font-size: 0.8rem;
      }
      li:not(:last-child)::after {
        content: "›";
        color: var(--cp-muted);
        margin: 0 2px;
      }
      .crumb {
        border: 0;
        background: none;
        padding: 2px 4px;
        border-radius: 4px;
        color: var(--cp-accent);
        cursor: pointer;
      }
      /* Earlier crumbs are shortened so several fit on a line; the full name stays in the
         button's text (its accessible name) and its tooltip. */
      .crumb:not([aria-current="page"]) {
        max-width: 10.5em;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        vertical-align: bottom;
      }
      li {
        display: flex;
        align-items: center;
      }
      .crumb[aria-current="page"] {
        color: var(--cp-text);
        font-weight: 600;
      }
      .crumb:hover {
        text-decoration: underline;
      }
    `,
  ];
}

customElements.define("cp-breadcrumb", CpBreadcrumb);

declare global {
  interface HTMLElementTagNameMap {
    "cp-breadcrumb": CpBreadcrumb;
  }
}
