/**
 * What the shapes and lines mean, plus the switch and filter for the skills-and-tools layer.
 *
 * @fires cp-layer-change - the layer was switched or filtered
 */
import { css, html, LitElement, nothing } from "lit";
import type { TrackInfo } from "../../graph/vocabulary.ts";
import type { ItemFilter } from "../../state/types.ts";
import { LayerChangeEvent } from "../events/events.ts";
import { controls } from "../shared/theme.ts";
import { adoptTrackStyles, trackClass } from "../shared/track-styles.ts";

const MAX_TRACK_KEYS = 8;

export class CpLegend extends LitElement {
  static override properties = {
    items: { type: Boolean },
    tracks: { attribute: false },
    trackWord: { attribute: false },
    filter: {},
    profile: { type: Boolean },
    showKeys: { state: true },
  };
  /** On narrow screens the keys fold away behind a "Legend" button. */
  declare showKeys: boolean;
  declare items: boolean;
  /** The data set's tracks, in lane order. */
  declare tracks: readonly TrackInfo[];
  /** What a track is called in this data set, e.g. { one: "track", many: "tracks" }. */
  declare trackWord: { one: string; many: string };
  declare filter: ItemFilter;
  /** Whether the person has a skill profile: then the graph's "have it" and "ready next" marks are explained. */
  declare profile: boolean;

  constructor() {
    super();
    this.items = false;
    this.tracks = [];
    this.trackWord = { one: "track", many: "tracks" };
    this.filter = "all";
    this.profile = false;
    this.showKeys = false;
  }

  override willUpdate(): void {
    adoptTrackStyles(this.renderRoot, this.tracks);
  }

  override render() {
    return html`<section aria-label="Legend and layers">
      <button class="btn small fold" aria-expanded=${this.showKeys ? "true" : "false"} aria-controls="keys"
        @click=${() => {
          this.showKeys = !this.showKeys;
        }}>Legend</button>
      <ul class="plain keys ${this.showKeys ? "shown" : ""}" id="keys" aria-label="Legend">
        ${this.trackKeys()}
        <li><span class="skill"></span>Skill</li>
        <li><span class="tool"></span>Tool</li>
        <li><svg width="26" height="10" aria-hidden="true"><line x1="0" y1="5" x2="20" y2="5" /><path d="M18 1 L26 5 L18 9 Z" /></svg>Next step</li>
        <li><svg width="26" height="10" aria-hidden="true"><line x1="0" y1="5" x2="26" y2="5" stroke-dasharray="5 3" /></svg>Adjacent</li>
        <li><span class="route"></span>Route</li>
        ${
          this.profile
            ? html`<li><span class="have" aria-hidden="true">✓</span>You have it</li>
                <li><span class="frontier"></span>Ready next</li>`
            : nothing
        }
      </ul>
      <div class="layer">
        <label class="toggle">
          <input type="checkbox" .checked=${this.items} @change=${(e: Event) => this.emit((e.target as HTMLInputElement).checked, this.filter)} />
          Show all skills and tools
        </label>
        ${
          this.items
            ? html`<select .value=${this.filter} aria-label="Which skills and tools to show"
                @change=${(e: Event) => this.emit(this.items, (e.target as HTMLSelectElement).value as ItemFilter)}>
                <option value="all">Skills and tools</option>
                <option value="skill">Skills only</option>
                <option value="tool">Tools only</option>
              </select>`
            : null
        }
      </div>
    </section>`;
  }

  /** Many tracks fold behind one key that opens upwards, so the bar stays one line. */
  private trackKeys() {
    const key = (track: TrackInfo) =>
      html`<li class="track" title=${track.description ?? nothing}><span class="role ${trackClass(track)}"></span>${track.label}</li>`;
    if (this.tracks.length <= MAX_TRACK_KEYS) return this.tracks.map(key);
    return html`<li class="many"><details>
      <summary>${this.tracks.length} ${this.trackWord.many}</summary>
      <ul class="plain">${this.tracks.map(key)}</ul>
    </details></li>`;
  }

  private emit(items: boolean, filter: ItemFilter) {
    this.dispatchEvent(new LayerChangeEvent(items, filter));
  }

  static override styles = [
    controls,
    css`
      :host {
        display: block;
        font-size: 0.8rem;
      }
      section {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 6px 16px;
        padding: 8px 14px;
        background: var(--cp-surface);
        border-top: 1px solid var(--cp-border);
      }
      .keys {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 14px;
      }
      li {
        display: flex;
        align-items: center;
        gap: 6px;
        white-space: nowrap;
      }
      .fold {
        display: none;
        min-height: 30px;
        padding: 4px 10px;
        font-size: 0.8rem;
      }
      @media (max-width: 640px) {
        section {
          padding: 6px 10px 18px;
        }
        .fold {
          display: inline-flex;
        }
        .keys:not(.shown) {
          display: none;
        }
        .keys {
          order: 3;
          flex-basis: 100%;
        }
      }
      .many {
        position: relative;
      }
      .many summary {
        cursor: pointer;
      }
      .many ul {
        position: absolute;
        bottom: calc(100% + 8px);
        left: 0;
        z-index: 6;
        display: grid;
        gap: 6px;
        max-height: 50vh;
        overflow-y: auto;
        padding: 10px 12px;
        background: var(--cp-surface);
        border: 1px solid var(--cp-border);
        border-radius: var(--cp-radius);
        box-shadow: var(--cp-shadow);
      }
      .layer {
        display: flex;
        align-items: center;
        gap: 8px;
      }
      .role {
        width: 22px;
        height: 12px;
        border-radius: 3px;
        border: 2px solid var(--c);
        background: color-mix(in srgb, var(--c) 14%, transparent);
      }
      .skill {
        width: 22px;
        height: 12px;
        border-radius: 7px;
        border: 2px solid var(--cp-skill);
      }
      .tool {
        width: 14px;
        height: 14px;
        border: 2px solid var(--cp-tool);
        clip-path: polygon(25% 0, 75% 0, 100% 25%, 100% 75%, 75% 100%, 25% 100%, 0 75%, 0 25%);
      }
      .have {
        display: inline-grid;
        place-items: center;
        width: 22px;
        height: 14px;
        border-radius: 7px;
        border: 2px solid var(--cp-ok);
        color: var(--cp-ok);
        font-size: 10px;
        font-weight: 700;
        line-height: 1;
      }
      .frontier {
        width: 22px;
        height: 12px;
        border-radius: 3px;
        outline: 2px dashed var(--cp-accent);
        outline-offset: 1px;
      }
      .route {
        width: 22px;
        height: 4px;
        background: var(--cp-route);
        border-radius: 2px;
      }
      svg line {
        stroke: var(--cp-muted);
        stroke-width: 2;
      }
      svg path {
        fill: var(--cp-muted);
      }
      .toggle {
        display: flex;
        gap: 6px;
        align-items: center;
        white-space: nowrap;
      }
      input[type="checkbox"] {
        accent-color: var(--cp-accent);
        margin: 0;
      }
      select {
        min-height: 30px;
        font-size: 0.8rem;
        padding: 2px 6px;
      }
    `,
  ];
}

customElements.define("cp-legend", CpLegend);

declare global {
  interface HTMLElementTagNameMap {
    "cp-legend": CpLegend;
  }
}
