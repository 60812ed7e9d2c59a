/**
 * "My path": the person's skills and tools, the roles they are closest to, every role ranked by
 * fit, and their learning plan. Everything it shows comes down as properties (the app derives fit
 * and the frontier once per change of profile); every change goes up as an event.
 *
 * @fires cp-have-change - skills or tools added to or removed from the profile
 * @fires cp-plan-change - the learning plan changed
 * @fires cp-profile-action - export, import, share, clear, plan export/print
 * @fires cp-node-select - a role or item was opened
 * @fires cp-route-query - a route to a role was asked for
 */
import { html, LitElement, nothing } from "lit";
import type { Frontier, RoleFit } from "../../graph/fit.ts";
import type { CareerGraph } from "../../graph/model.ts";
import type { Plan } from "../../state/profile.ts";
import { haveToggleStyles } from "../shared/have-toggle.ts";
import { controls } from "../shared/theme.ts";
import "../cp-combobox/cp-combobox.ts";
import { frontierSection, rankingSection } from "./fit-section.ts";
import { myPathStyles } from "./my-path-styles.ts";
import { planSection } from "./plan-section.ts";
import { skillsSection } from "./skills-section.ts";

const PAGE = 25;

export class CpMyPath extends LitElement {
  static override properties = {
    graph: { attribute: false },
    have: { attribute: false },
    fits: { attribute: false },
    frontier: { attribute: false },
    plan: { attribute: false },
    shared: { attribute: false },
    persistent: { type: Boolean },
    shown: { state: true },
    showAllSkills: { state: true },
  };
  declare showAllSkills: boolean;
  declare graph: CareerGraph | undefined;
  declare have: ReadonlySet<string>;
  /** Every role, best fit first. */
  declare fits: readonly RoleFit[];
  declare frontier: Frontier;
  declare plan: Plan | null;
  /** Skills a shared link carries, offered for adding. */
  declare shared: readonly string[];
  /** Whether the browser keeps the profile between visits. */
  declare persistent: boolean;
  declare shown: number;

  constructor() {
    super();
    this.have = new Set();
    this.fits = [];
    this.frontier = { ready: [], next: [] };
    this.plan = null;
    this.shared = [];
    this.persistent = true;
    this.shown = PAGE;
    this.showAllSkills = false;
  }

  /** Focuses the heading, for the app to move focus here when the view opens. */
  focusTitle(): void {
    this.renderRoot.querySelector<HTMLElement>("#title")?.focus();
  }

  override render() {
    const graph = this.graph;
    if (!graph) return nothing;
    const fire = (event: Event) => this.dispatchEvent(event);
    const fit = {
      graph,
      have: this.have,
      fits: this.fits,
      frontier: this.frontier,
      shown: this.shown,
      showMore: () => {
        this.shown += PAGE;
      },
      fire,
    };
    return html`
      <h2 id="title" tabindex="-1">My path</h2>
      ${skillsSection({
        graph,
        have: this.have,
        shared: this.shared,
        persistent: this.persistent,
        showAll: this.showAllSkills,
        toggleAll: () => {
          this.showAllSkills = !this.showAllSkills;
        },
        fire,
      })}
      ${frontierSection(fit)}
      ${planSection({ graph, have: this.have, plan: this.plan, fire })}
      ${rankingSection(fit)}
    `;
  }

  static override styles = [controls, haveToggleStyles, myPathStyles];
}

customElements.define("cp-my-path", CpMyPath);

declare global {
  interface HTMLElementTagNameMap {
    "cp-my-path": CpMyPath;
  }
}
