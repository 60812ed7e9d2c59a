/**
 * Non-blocking messages (unknown names in the URL, …) that can be dismissed. The `messages` it is
 * given are never changed: dismissed ones are remembered here, the same message shows once, and
 * at most MAX_SHOWN show at a time (a link with many problems must not bury the page).
 */
import { css, html, LitElement } from "lit";
import { controls } from "../shared/theme.ts";

const MAX_SHOWN = 3;

export class CpToast extends LitElement {
  static override properties = { messages: { attribute: false }, dismissed: { state: true } };
  declare messages: readonly string[];
  declare dismissed: ReadonlySet<string>;

  constructor() {
    super();
    this.messages = [];
    this.dismissed = new Set();
  }

  private dismiss(...messages: string[]): void {
    this.dismissed = new Set([...this.dismissed, ...messages]);
  }

  override render() {
    const open = [...new Set(this.messages)].filter((m) => !this.dismissed.has(m));
    const shown = open.slice(0, MAX_SHOWN);
    const more = open.length - shown.length;
    return html`<div role="status" aria-live="polite">
      ${shown.map(
        (m) => html`<div class="toast">
          <span>${m}</span>
          <button class="btn ghost" aria-label="Dismiss message" @click=${() => this.dismiss(m)}>✕</button>
        </div>`,
      )}
      ${
        more > 0
          ? html`<div class="toast more">
          <span>${more} more message${more === 1 ? "" : "s"}</span>
          <button class="btn ghost" @click=${() => this.dismiss(...open)}>Dismiss all</button>
        </div>`
          : null
      }
    </div>`;
  }

  static override styles = [
    controls,
    css`
      :host {
        position: absolute;
        left: 50%;
        top: 12px;
        transform: translateX(-50%);
        z-index: 30;
        width: min(560px, calc(100% - 24px));
        display: grid;
        gap: 8px;
      }
      .toast {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
        padding: 8px 8px 8px 14px;
        border-radius: var(--cp-radius);
        background: var(--cp-surface);
        border: 1px solid var(--cp-route);
        border-left-width: 4px;
        box-shadow: var(--cp-shadow);
        font-size: 0.88rem;
        margin-bottom: 8px;
      }
    `,
  ];
}

customElements.define("cp-toast", CpToast);

declare global {
  interface HTMLElementTagNameMap {
    "cp-toast": CpToast;
  }
}
