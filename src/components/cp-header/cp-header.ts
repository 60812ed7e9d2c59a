/**
 * The top bar: product name, the data set (its title, or a chooser when the app has a catalog
 * of several), the view switcher and the search.
 *
 * @fires cp-view-change - a view was chosen
 * @fires cp-node-select - a search result was picked
 * @fires cp-data-set-change - another data set was chosen
 *
 * @csspart view-button - Each view switch (Explore, Route, …).
 */
import { css, html, LitElement, nothing } from "lit";
import type { CareerGraph } from "../../graph/model.ts";
import type { CatalogEntry } from "../../state/catalog.ts";
import type { View } from "../../state/types.ts";
import { DataSetChangeEvent, ViewChangeEvent } from "../events/events.ts";
import { controls } from "../shared/theme.ts";
import "../cp-search/cp-search.ts";
import "../cp-data-menu/cp-data-menu.ts";
import "../cp-share-link/cp-share-link.ts";

const VIEWS: { view: View; label: string; long?: string }[] = [
  { view: "explore", label: "Explore" },
  { view: "route", label: "Route" },
  { view: "compare", label: "Compare" },
  { view: "path", label: "My path" },
  { view: "about", label: "About", long: " this data" },
];

export class CpHeader extends LitElement {
  static override properties = {
    graph: { attribute: false },
    subtitle: {},
    view: {},
    dataSets: { attribute: false },
    dataSet: {},
    external: { attribute: false },
    routeReady: { attribute: false },
    compareReady: { attribute: false },
    have: { attribute: false },
  };
  declare graph: CareerGraph | undefined;
  /** The person's skills and tools, for the search to mark. */
  declare have: ReadonlySet<string>;
  declare subtitle: string;
  declare view: View;
  /** The catalog; with two or more entries the header offers a chooser. */
  declare dataSets: readonly CatalogEntry[];
  /** The chosen entry's id. */
  declare dataSet: string;
  /** Data the user brought (a file or a `?src=` URL): named in an "external data" note. */
  declare external: { kind: "file" | "url"; name: string } | undefined;
  /** A route / a comparison is on show (the export menu offers it as Markdown). */
  declare routeReady: boolean;
  declare compareReady: boolean;

  constructor() {
    super();
    this.subtitle = "";
    this.view = "explore";
    this.dataSets = [];
    this.dataSet = "";
    this.routeReady = false;
    this.compareReady = false;
    this.have = new Set();
  }

  private externalNote() {
    const e = this.external;
    if (!e) return nothing;
    const what = e.kind === "url" ? "External data from" : "Opened from your file";
    return html`<div class="external" role="note" title=${e.name}>${what} <code>${e.name}</code></div>`;
  }

  /** A native select: keyboard, screen readers and phones handle it as users expect. */
  private chooser() {
    return html`<div class="data">
      <label for="data-set">Data set${
        this.external
          ? html`<span class="external" role="note"> · opened from your file</span>`
          : nothing
      }</label>
      <select id="data-set" .value=${this.dataSet}
        @change=${(e: Event) => this.dispatchEvent(new DataSetChangeEvent((e.target as HTMLSelectElement).value))}>
        ${
          // A file the user opened is on show: it is the chosen entry until another is picked.
          this.external ? html`<option value="" selected>${this.external.name}</option>` : nothing
        }
        ${this.dataSets.map(
          (d) =>
            html`<option value=${d.id} ?selected=${d.id === this.dataSet} title=${d.description ?? nothing}>${d.title}</option>`,
        )}
      </select>
    </div>`;
  }

  /** Moves keyboard focus to the search box (the "/" shortcut). */
  async focusSearch(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector("cp-search")?.focus();
  }

  override render() {
    return html`<header>
      <div class="brand">
        <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="8" fill="var(--cp-accent)" />
          <path d="M9 22 L16 12 L24 19" stroke="var(--cp-accent-text)" stroke-width="2" fill="none" />
          <circle cx="9" cy="22" r="3.2" fill="var(--cp-accent-text)" />
          <circle cx="16" cy="12" r="3.2" fill="var(--cp-accent-text)" />
          <circle cx="24" cy="19" r="3.2" fill="var(--cp-accent-text)" />
        </svg>
        <div>
          <h1>Career Paths</h1>
          ${this.subtitle && this.dataSets.length < 2 ? html`<div class="sub">${this.subtitle}</div>` : nothing}
        </div>
      </div>
      ${this.dataSets.length > 1 ? this.chooser() : nothing}
      ${this.dataSets.length > 1 ? nothing : this.externalNote()}
      ${
        this.graph
          ? html`<nav class="views" aria-label="Views">
                ${VIEWS.map(
                  ({ view, label, long }) => html`<button part="view-button"
                    aria-current=${this.view === view ? "page" : nothing}
                    @click=${() => this.dispatchEvent(new ViewChangeEvent(view))}
                  >${label}${long ? html`<span class="long">${long}</span>` : nothing}</button>`,
                )}
              </nav>
              <cp-search .graph=${this.graph} .have=${this.have}></cp-search>`
          : nothing
      }
      ${this.graph ? html`<cp-share-link></cp-share-link>` : nothing}
      <cp-data-menu ?can-export=${!!this.graph} ?route-ready=${this.routeReady}
        ?compare-ready=${this.compareReady}></cp-data-menu>
    </header>`;
  }

  static override styles = [
    controls,
    css`
      :host {
        display: block;
        z-index: 5;
      }
      header {
        display: flex;
        align-items: center;
        gap: 16px;
        padding: 10px 18px;
        background: var(--cp-surface);
        border-bottom: 1px solid var(--cp-border);
      }
      .brand {
        display: flex;
        align-items: center;
        gap: 10px;
        min-width: 0;
      }
      h1 {
        font-size: 1.05rem;
        margin: 0;
        white-space: nowrap;
        letter-spacing: -0.01em;
      }
      .sub {
        font-size: 0.78rem;
        color: var(--cp-muted);
        white-space: nowrap;
      }
      .data {
        display: flex;
        flex-direction: column;
        gap: 1px;
        min-width: 0;
      }
      .data label {
        font-size: 0.7rem;
        color: var(--cp-muted);
        font-weight: 600;
      }
      .data select {
        min-height: 30px;
        padding: 3px 6px;
        font-size: 0.85rem;
        width: auto;
        max-width: 240px;
      }
      nav {
        display: flex;
        gap: 2px;
        padding: 3px;
        background: var(--cp-surface-2);
        border-radius: 10px;
      }
      nav button {
        border: 0;
        background: none;
        padding: 6px 12px;
        border-radius: 8px;
        cursor: pointer;
        font-size: 0.88rem;
        color: var(--cp-muted);
        font-weight: 500;
      }
      nav button:hover {
        color: var(--cp-text);
      }
      nav button[aria-current="page"] {
        background: var(--cp-surface);
        color: var(--cp-text);
        box-shadow: var(--cp-shadow);
      }
      cp-search {
        margin-left: auto;
      }
      /* The data menu, the views and the brand keep their width; the search gives way. */
      nav,
      cp-share-link,
      cp-data-menu,
      .data,
      .brand {
        flex-shrink: 0;
      }
      nav button {
        white-space: nowrap;
      }
      cp-search {
        flex: 1 1 160px;
        min-width: 0;
      }
      .external {
        font-size: 0.75rem;
        color: var(--cp-muted);
        max-width: 260px;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      /* Below a wide screen the views get shorter names, so the search keeps room to type. */
      @media (max-width: 1440px) {
        .long {
          display: none;
        }
        nav button {
          padding: 6px 10px;
        }
      }
      @media (max-width: 900px) {
        .sub {
          display: none;
        }
      }
      @media (max-width: 640px) {
        header {
          flex-wrap: wrap;
          gap: 8px 10px;
          padding: 8px 12px;
        }
        nav button {
          padding: 6px 9px;
        }
        cp-search {
          order: 3;
          max-width: none;
          flex-basis: 100%;
        }
        /* Beside the name, so the graph keeps its height; the label stays for screen readers. */
        .data {
          flex: 1;
        }
        .data label {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip: rect(0 0 0 0);
          white-space: nowrap;
        }
        .data select {
          max-width: none;
          width: 100%;
        }
        .long {
          display: none;
        }
      }
    `,
  ];
}

customElements.define("cp-header", CpHeader);

declare global {
  interface HTMLElementTagNameMap {
    "cp-header": CpHeader;
  }
}
