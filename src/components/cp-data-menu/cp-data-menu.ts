/**
 * The header's data menu: "Open graph…" (a file picker for our JSON, GEXF, GraphML or a
 * nodes.csv/edges.csv pair) and "Export" (the graph as JSON, GEXF or GraphML, the view as PNG or
 * SVG, and the route or comparison on show as Markdown).
 *
 * @fires cp-open-files - files were picked
 * @fires cp-export - an export was chosen
 */
import { css, html, LitElement, nothing } from "lit";
import { controls } from "../shared/theme.ts";

export type ExportChoice = "json" | "gexf" | "graphml" | "png" | "svg" | "route-md" | "compare-md";

export class OpenFilesEvent extends Event {
  static readonly type = "cp-open-files";
  constructor(readonly files: File[]) {
    super(OpenFilesEvent.type, { bubbles: true, composed: true });
  }
}

export class ExportEvent extends Event {
  static readonly type = "cp-export";
  constructor(readonly choice: ExportChoice) {
    super(ExportEvent.type, { bubbles: true, composed: true });
  }
}

const GRAPH_EXPORTS: [ExportChoice, string][] = [
  ["json", "Graph as JSON"],
  ["gexf", "Graph as GEXF"],
  ["graphml", "Graph as GraphML"],
  ["png", "View as PNG"],
  ["svg", "View as SVG"],
];

export class CpDataMenu extends LitElement {
  static override properties = {
    canExport: { type: Boolean, attribute: "can-export" },
    routeReady: { type: Boolean, attribute: "route-ready" },
    compareReady: { type: Boolean, attribute: "compare-ready" },
  };
  /** A graph is on show (exports need one). */
  declare canExport: boolean;
  /** A route is on show: offer it as Markdown. */
  declare routeReady: boolean;
  /** A comparison is on show: offer it as Markdown. */
  declare compareReady: boolean;

  constructor() {
    super();
    this.canExport = false;
    this.routeReady = false;
    this.compareReady = false;
  }

  /** Opens the file picker (as the "Open graph…" button does). */
  openFilePicker(): void {
    this.renderRoot.querySelector<HTMLInputElement>("input[type=file]")?.click();
  }

  private picked(e: Event): void {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length > 0) this.dispatchEvent(new OpenFilesEvent(files));
  }

  private choose(choice: ExportChoice): void {
    const details = this.renderRoot.querySelector("details");
    if (details) details.open = false;
    this.dispatchEvent(new ExportEvent(choice));
  }

  /** The menu closes when focus leaves it or on a click elsewhere, as a native menu would. */
  private closeUnlessInside(e: FocusEvent): void {
    // Only when focus goes somewhere else (Tab): a click on an item may not focus it (Safari).
    const details = e.currentTarget as HTMLDetailsElement;
    const next = e.relatedTarget as Node | null;
    if (next && !details.contains(next)) details.open = false;
  }

  private readonly onPointerDown = (e: PointerEvent) => {
    const details = this.renderRoot.querySelector("details");
    if (details?.open && !e.composedPath().includes(details)) details.open = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener("pointerdown", this.onPointerDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener("pointerdown", this.onPointerDown);
  }

  private closeOnEscape(e: KeyboardEvent): void {
    const details = e.currentTarget as HTMLDetailsElement;
    if (e.key !== "Escape" || !details.open) return;
    // Handled here, so the app's Escape (clear the focus) does not also fire.
    e.preventDefault();
    e.stopPropagation();
    details.open = false;
    details.querySelector("summary")?.focus();
  }

  override render() {
    const items: [ExportChoice, string][] = [
      ...GRAPH_EXPORTS,
      ...(this.routeReady
        ? [["route-md", "Copy route as Markdown"] as [ExportChoice, string]]
        : []),
      ...(this.compareReady
        ? [["compare-md", "Copy comparison as Markdown"] as [ExportChoice, string]]
        : []),
    ];
    return html`
      <button class="open" @click=${() => this.openFilePicker()}>Open graph…</button>
      <input type="file" multiple hidden aria-label="Graph file"
        accept=".json,.gexf,.graphml,.csv,application/json,text/csv"
        @change=${(e: Event) => this.picked(e)} />
      ${
        this.canExport
          ? html`<details @focusout=${(e: FocusEvent) => this.closeUnlessInside(e)}
              @keydown=${(e: KeyboardEvent) => this.closeOnEscape(e)}>
              <summary>Export</summary>
              <ul>
                ${items.map(([choice, label]) => html`<li><button data-export=${choice} @click=${() => this.choose(choice)}>${label}</button></li>`)}
              </ul>
            </details>`
          : nothing
      }
    `;
  }

  static override styles = [
    controls,
    css`
      :host {
        display: flex;
        align-items: center;
        gap: 6px;
        position: relative;
      }
      button,
      summary {
        font-size: 0.85rem;
        padding: 5px 10px;
        border: 1px solid var(--cp-border);
        border-radius: 8px;
        background: var(--cp-surface);
        color: var(--cp-text);
        cursor: pointer;
        white-space: nowrap;
      }
      summary {
        list-style: none;
      }
      summary::-webkit-details-marker {
        display: none;
      }
      details {
        position: relative;
      }
      ul {
        position: absolute;
        right: 0;
        top: calc(100% + 4px);
        z-index: 20;
        margin: 0;
        padding: 4px;
        list-style: none;
        background: var(--cp-surface);
        border: 1px solid var(--cp-border);
        border-radius: 10px;
        box-shadow: var(--cp-shadow);
        min-width: 220px;
      }
      ul button {
        width: 100%;
        text-align: left;
        border: 0;
        background: none;
      }
      ul button:hover,
      ul button:focus-visible {
        background: var(--cp-surface-2);
      }
    `,
  ];
}

customElements.define("cp-data-menu", CpDataMenu);

declare global {
  interface HTMLElementTagNameMap {
    "cp-data-menu": CpDataMenu;
  }
  interface GlobalEventHandlersEventMap {
    "cp-open-files": OpenFilesEvent;
    "cp-export": ExportEvent;
  }
}
