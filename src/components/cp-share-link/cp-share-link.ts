/**
 * "Share": copies the page's address (which holds the view on show: the focus, route, chosen
 * alternative or comparison) to the clipboard and says so. Where the clipboard cannot be used
 * (no permission, an insecure page, an old browser) it opens a small box with the address
 * selected, ready to copy by hand.
 *
 * @csspart button - The Share button.
 */
import { css, html, LitElement, nothing } from "lit";
import { controls } from "../shared/theme.ts";

/** Two chain links, drawn in the text colour. */
const LINK_ICON = html`<svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" fill="none"
  stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
  <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1" />
  <path d="M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1" /></svg>`;

/** How long "Link copied" stays on the button. */
const COPIED_MS = 2500;

export class CpShareLink extends LitElement {
  static override properties = {
    status: { state: true },
    fallback: { state: true },
  };
  /** What the live region says: "Link copied", or how to copy by hand. */
  declare status: string;
  /** The address shown for copying by hand, or null when the box is closed. */
  declare fallback: string | null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.status = "";
    this.fallback = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /** Copies the current address; falls back to showing it selected. */
  async share(): Promise<void> {
    const href = location.href;
    clearTimeout(this.timer);
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(href);
      this.fallback = null;
      this.status = "Link copied";
      this.timer = setTimeout(() => {
        this.status = "";
      }, COPIED_MS);
    } catch {
      this.fallback = href;
      this.status = "Copy the selected link with Ctrl+C or ⌘C";
      await this.updateComplete;
      const input = this.renderRoot.querySelector<HTMLInputElement>("input");
      input?.focus();
      input?.select();
    }
  }

  private close(focusButton = true): void {
    this.fallback = null;
    this.status = "";
    if (focusButton) this.renderRoot.querySelector<HTMLButtonElement>("button.share")?.focus();
  }

  override render() {
    const copied = this.status === "Link copied";
    return html`<button type="button" class="btn share" part="button"
        aria-label=${copied ? "Copied a link to this view" : "Share a link to this view"}
        title="Copy a link to this view" aria-expanded=${this.fallback === null ? "false" : "true"}
        @click=${() => void this.share()}>
        ${copied ? html`<span aria-hidden="true">✓</span>` : LINK_ICON}<span class="text">${copied ? "Copied" : "Share"}</span>
      </button>
      ${
        this.fallback === null
          ? nothing
          : html`<div class="box" role="group" aria-label="Link to this view"
              @keydown=${(e: KeyboardEvent) => {
                if (e.key === "Escape") {
                  e.stopPropagation();
                  this.close();
                }
              }}
              @focusout=${(e: FocusEvent) => {
                if (!this.renderRoot.contains(e.relatedTarget as Node | null)) this.close(false);
              }}>
              <label for="link">Copy this link</label>
              <input id="link" type="text" readonly .value=${this.fallback}
                @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
              <button type="button" class="btn ghost" @click=${() => this.close()}>Done</button>
            </div>`
      }
      <span class="visually-hidden" role="status">${this.status}</span>`;
  }

  static override styles = [
    controls,
    css`
      :host {
        display: inline-block;
        position: relative;
      }
      .share {
        white-space: nowrap;
      }
      /* Icon only where the header is crowded; phones have room on the header's second row. */
      @media (min-width: 641px) and (max-width: 1439px) {
        .share .text {
          display: none;
        }
      }
      .box {
        position: absolute;
        top: calc(100% + 6px);
        right: 0;
        z-index: 20;
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 6px 8px;
        align-items: center;
        width: min(340px, calc(100vw - 24px));
        padding: 10px;
        background: var(--cp-surface);
        border: 1px solid var(--cp-border);
        border-radius: 10px;
        box-shadow: var(--cp-shadow);
      }
      .box label {
        grid-column: 1 / -1;
        font-size: 0.8rem;
        font-weight: 600;
        color: var(--cp-muted);
      }
      /* Phones: the button sits at the start of the header's second row. */
      @media (max-width: 640px) {
        .box {
          right: auto;
          left: 0;
        }
      }
      .box input {
        min-width: 0;
        font-size: 0.82rem;
      }
    `,
  ];
}

customElements.define("cp-share-link", CpShareLink);

declare global {
  interface HTMLElementTagNameMap {
    "cp-share-link": CpShareLink;
  }
}
