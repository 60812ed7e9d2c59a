/**
 * The role graph as text: roles grouped by track in the canvas's lane order (top to bottom), in
 * ladder order within a track, as one listbox with a roving tab stop (arrow keys
 * move, Enter or Space focuses the role).
 *
 * @fires cp-node-select - a role was chosen
 */
import { css, html, LitElement } from "lit";
import type { RoleNode } from "../../data/schema.ts";
import type { RoleLayout } from "../../graph/layout.ts";
import type { CareerGraph } from "../../graph/model.ts";
import { isRole } from "../../graph/model.ts";
import { levelInfo, NO_TRACK, type Vocabulary } from "../../graph/vocabulary.ts";
import { NodeSelectEvent } from "../events/events.ts";
import { tracksInLaneOrder } from "../shared/lanes.ts";
import { controls } from "../shared/theme.ts";
import { adoptTrackStyles, trackClass } from "../shared/track-styles.ts";
import { capitalise } from "../shared/wording.ts";

export class CpRoleList extends LitElement {
  static override properties = {
    graph: { attribute: false },
    layout: { attribute: false },
    current: { state: true },
  };
  declare graph: CareerGraph | undefined;
  declare layout: RoleLayout | undefined;
  declare current: number;

  constructor() {
    super();
    this.current = 0;
  }

  /** Groups in the order the canvas draws its lanes (the layout may reorder tracks). */
  private trackOrder() {
    const tracks = this.graph?.getAttribute("vocabulary").tracks ?? [];
    const lanes = (this.layout?.lanes ?? []).map((l) => l.track);
    const at = (id: string) => (lanes.includes(id) ? lanes.indexOf(id) : lanes.length);
    return [...tracks].sort((a, b) => at(a.id) - at(b.id) || a.order - b.order);
  }

  private ordered(): RoleNode[] {
    const graph = this.graph;
    if (!graph) return [];
    const pos = this.layout?.positions ?? {};
    const roles = graph.mapNodes((_id, a) => a).filter(isRole);
    const tracks = this.trackOrder().map((t) => t.id);
    const lane = (r: RoleNode) => tracks.indexOf(r.track ?? NO_TRACK);
    return roles.sort(
      (a, b) =>
        lane(a) - lane(b) ||
        // Up the ladder first (columns are levels), then down a crowded column.
        (pos[a.id]?.x ?? 0) - (pos[b.id]?.x ?? 0) ||
        (pos[a.id]?.y ?? 0) - (pos[b.id]?.y ?? 0) ||
        a.label.localeCompare(b.label),
    );
  }

  private lanes() {
    return tracksInLaneOrder(this.graph?.getAttribute("vocabulary").tracks ?? [], this.layout);
  }

  override willUpdate(): void {
    adoptTrackStyles(this.renderRoot, this.graph?.getAttribute("vocabulary").tracks);
  }

  /** Moves keyboard focus to the list's tab stop (the role last chosen, else the first). */
  async focusCurrent(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
  }

  override render() {
    const roles = this.ordered();
    const vocabulary = this.graph?.getAttribute("vocabulary");
    let index = 0;
    return html`<div role="listbox" aria-label=${capitalise(vocabulary?.wording.role.many ?? "roles")} @keydown=${this.onKey}>
      ${this.trackOrder().map((track) => {
        const inTrack = roles.filter((r) => (r.track ?? NO_TRACK) === track.id);
        if (!inTrack.length) return null;
        return html`<div role="group" aria-labelledby="g-${track.order}">
          <div class="group" id="g-${track.order}">
            <span class="dot ${trackClass(track)}"></span>${track.label}
          </div>
          ${inTrack.map((r) => {
            const i = index++;
            return html`<div
              role="option"
              aria-selected="false"
              class="option"
              data-role=${r.id}
              tabindex=${i === this.current ? 0 : -1}
              @click=${() => this.choose(r.id, i)}
            >
              <span>${r.label}</span>
              ${r.level ? html`<span class="sen">${levelInfo(vocabulary as Vocabulary, r.level)?.label ?? r.level}</span>` : null}
            </div>`;
          })}
        </div>`;
      })}
    </div>`;
  }

  private options(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  private choose(id: string, i: number): void {
    this.current = i;
    this.dispatchEvent(new NodeSelectEvent(id));
  }

  private onKey(e: KeyboardEvent): void {
    const options = this.options();
    const at = options.indexOf(e.composedPath()[0] as HTMLElement);
    if (at < 0) return;
    let next = at;
    if (e.key === "ArrowDown" || e.key === "ArrowRight")
      next = Math.min(options.length - 1, at + 1);
    else if (e.key === "ArrowUp" || e.key === "ArrowLeft") next = Math.max(0, at - 1);
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = options.length - 1;
    else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      const id = options[at]?.dataset.role;
      if (id) this.choose(id, at);
      return;
    } else return;
    e.preventDefault();
    this.current = next;
    options[next]?.focus();
  }

  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      [role="group"] {
        /* A national taxonomy lists ~1,000 roles: lay out only the groups on screen. */
        content-visibility: auto;
        contain-intrinsic-size: auto 600px;
      }
      .group {
        display: flex;
        align-items: center;
        gap: 6px;
        font-size: 0.72rem;
        font-weight: 600;
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--cp-muted);
        margin: 14px 0 4px;
      }
      .dot {
        width: 10px;
        height: 10px;
        border-radius: 3px;
        background: var(--c);
      }
      .option {
        display: flex;
        justify-content: space-between;
        align-items: center;
        padding: 8px 10px;
        border-radius: 8px;
        cursor: pointer;
        font-size: 0.92rem;
      }
      .option:hover,
      .option:focus-visible {
        background: var(--cp-accent-soft);
      }
      .sen {
        font-size: 0.75rem;
        color: var(--cp-muted);
      }
    `,
  ];
}

customElements.define("cp-role-list", CpRoleList);

declare global {
  interface HTMLElementTagNameMap {
    "cp-role-list": CpRoleList;
  }
}
