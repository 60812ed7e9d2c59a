/**
 * What happens while a user's graph file opens: a modal dialog with the progress (reading, then
 * checking in the background), and, if the file cannot be used, every problem listed by
 * cp-load-error. The graph that was open stays behind it either way until a new one is ready.
 *
 * @fires cp-import-close - the dialog was closed
 */
import { css, html, LitElement } from "lit";
import type { DocumentError } from "../../data/errors.ts";
import { controls } from "../shared/theme.ts";
import "../cp-load-error/cp-load-error.ts";

export interface ImportStatus {
  file: string;
  /** What is happening now; absent once there are errors. */
  stage?: string;
  /** 0…1 while the file is read; absent while the worker checks it (indeterminate). */
  fraction?: number;
  errors?: DocumentError[];
}

export class CpImportDialog extends LitElement {
  static override properties = { status: { attribute: false } };
  declare status: ImportStatus | undefined;

  override updated(): void {
    const dialog = this.renderRoot.querySelector("dialog");
    if (!dialog) return;
    if (this.status && !dialog.open) dialog.showModal();
    if (!this.status && dialog.open) dialog.close();
  }

  private close(): void {
    this.dispatchEvent(new Event("cp-import-close", { bubbles: true, composed: true }));
  }

  override render() {
    const s = this.status;
    const label = s?.errors ? `Problems opening ${s.file}` : `Opening ${s?.file ?? ""}`;
    return html`<dialog aria-label=${label} @close=${() => this.close()} @cancel=${(e: Event) => {
      // Escape cannot cancel a check under way: the dialog shows that it is running.
      if (s?.stage) e.preventDefault();
    }}>
      ${
        s?.errors
          ? html`<cp-load-error .file=${s.file} .errors=${s.errors}></cp-load-error>
              <p class="kept">The graph that was open is still there.</p>
              <form method="dialog"><button class="primary" autofocus>Close</button></form>`
          : html`<h2>${label}</h2>
              <p role="status">${s?.stage ?? ""}</p>
              ${s?.fraction === undefined ? html`<progress aria-label="Progress"></progress>` : html`<progress aria-label="Progress" max="1" .value=${s.fraction}></progress>`}`
      }
    </dialog>`;
  }

  static override styles = [
    controls,
    css`
      dialog {
        border: 1px solid var(--cp-border);
        border-radius: 14px;
        background: var(--cp-surface);
        color: var(--cp-text);
        max-width: min(900px, 94vw);
        max-height: 86vh;
        padding: 8px 20px 18px;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 35%);
      }
      h2 {
        font-size: 1.05rem;
      }
      progress {
        width: 100%;
      }
      cp-load-error {
        margin: 8px 0;
      }
      .kept {
        color: var(--cp-muted);
      }
      form {
        display: flex;
        justify-content: flex-end;
      }
    `,
  ];
}

customElements.define("cp-import-dialog", CpImportDialog);

declare global {
  interface HTMLElementTagNameMap {
    "cp-import-dialog": CpImportDialog;
  }
}
