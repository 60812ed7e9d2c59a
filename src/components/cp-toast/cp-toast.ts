/** Non-blocking messages (unknown names in the URL, …) that can be dismissed. */
import { css, html, LitElement } from "lit";
import { controls } from "../shared/theme.ts";

export class CpToast extends LitElement {
  static override properties = { messages: { attribute: false } };
  declare messages: string[];

  constructor() {
    super();
    this.messages = [];
  }

  override render() {
    return html`<div role="status" aria-live="polite">
      ${this.messages.map(
        (m, i) => html`<div class="toast">
          <span>${m}</span>
          <button class="btn ghost" aria-label="Dismiss message" @click=${() => {
            this.messages = this.messages.filter((_, j) => j !== i);
          }}>✕</button>
        </div>`,
      )}
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
