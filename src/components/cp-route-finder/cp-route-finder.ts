/**
 * The route question (from, skills I have, to, mode, lateral moves) and its answer as an
 * ordered list of steps with what to learn at each and the running total.
 *
 * @fires cp-route-query - part of the question changed
 * @fires cp-route-choice - another route was picked
 * @fires cp-node-select - a role or item in the answer was opened
 * @fires cp-have-change - a skill or tool was added to or removed from the person's profile
 * @fires cp-plan-change - the route on show became the person's plan
 */
import { css, html, LitElement, nothing } from "lit";
import type { CareerGraph } from "../../graph/model.ts";
import type { Route, RouteResult } from "../../graph/route/find-skill-route.ts";
import { MAX_DRAWN_ITEMS } from "../../state/highlight.ts";
import type { Plan } from "../../state/profile.ts";
import { suggestedRoutes } from "../../state/suggestions.ts";
import { initialState, type RouteQuery } from "../../state/types.ts";
import {
  HaveChangeEvent,
  NodeSelectEvent,
  type OptionPickEvent,
  PlanChangeEvent,
  RouteChoiceEvent,
  RouteQueryEvent,
} from "../events/events.ts";
import { haveToggleStyles } from "../shared/have-toggle.ts";
import { labelOf, nodeOptions } from "../shared/options.ts";
import { moveDerivation } from "../shared/provenance.ts";
import { controls } from "../shared/theme.ts";
import { wordingOf } from "../shared/wording.ts";
import "../cp-combobox/cp-combobox.ts";
import { RevealRouteController } from "./reveal-route.ts";
import { routeStep } from "./route-step.ts";
import { routeStyles } from "./route-styles.ts";

export class CpRouteFinder extends LitElement {
  static override properties = {
    graph: { attribute: false },
    query: { attribute: false },
    result: { attribute: false },
    pending: { type: Boolean },
    alternativesPending: { type: Boolean },
    choice: { attribute: false },
    have: { attribute: false },
    plan: { attribute: false },
  };
  /** The person's skills and tools (their profile). */
  declare have: ReadonlySet<string>;
  /** The person's learning plan, to say when the route on show is it. */
  declare plan: Plan | null;
  declare graph: CareerGraph | undefined;
  declare query: RouteQuery;
  declare result: RouteResult | null;
  /** A route is being computed (off the page's thread) for the current query. */
  declare pending: boolean;
  /** The best route is on show; other routes are still being looked for. */
  declare alternativesPending: boolean;
  declare choice: number;

  constructor() {
    super();
    this.query = initialState().route;
    this.result = null;
    this.pending = false;
    this.alternativesPending = false;
    this.choice = 0;
    this.have = new Set();
    this.plan = null;
    // A route for a new pair of roles is scrolled into view (below the fold on a phone).
    new RevealRouteController(this);
  }

  private change(patch: Partial<RouteQuery>) {
    this.dispatchEvent(new RouteQueryEvent(patch));
  }

  override render() {
    const graph = this.graph;
    if (!graph) return nothing;
    const q = this.query;
    const name = labelOf(graph);
    const { one, many } = wordingOf(graph).role;
    return html`
      <h2>Find a skill route</h2>
      <p class="muted">The shortest way from where you are to the ${one} you want, counted in skills and tools to learn or in job moves.</p>
      <form @submit=${(e: Event) => e.preventDefault()} aria-label="Route question">
        <div class="field">
          <span class="label" id="l-from">From (optional)</span>
          <div class="with-clear">
            <cp-combobox keep label="From ${one}" placeholder="Any entry ${one}" .value=${q.from} .labelOf=${name}
              .search=${nodeOptions(graph, ["role"])}
              @cp-option-pick=${(e: OptionPickEvent) => this.change({ from: e.detail.id })}></cp-combobox>
            ${q.from ? html`<button type="button" class="btn ghost" aria-label="Clear the start ${one}" @click=${() => this.change({ from: null })}>✕</button>` : nothing}
          </div>
        </div>
        <div class="field">
          <span class="label">Skills and tools I have</span>
          <label class="toggle">
            <input type="checkbox" .checked=${q.useProfile} @change=${(e: Event) => this.change({ useProfile: (e.target as HTMLInputElement).checked })} />
            Start from my skills (${this.have.size})
          </label>
          <cp-combobox label="Add a skill or tool I have" placeholder="Type a skill or tool…"
            .search=${nodeOptions(graph, ["skill", "tool"], [...q.have, ...this.have])}
            @cp-option-pick=${(e: OptionPickEvent) => this.dispatchEvent(new HaveChangeEvent([e.detail.id], true))}></cp-combobox>
          <p class="muted small-note">What you add here goes into My skills, kept for next time and counted everywhere.</p>
          ${
            q.have.length
              ? html`<p class="label">Also, from the link</p><ul class="plain chips" aria-label="Skills and tools from the link">
                  ${q.have.map(
                    (id) => html`<li class="chip">${name(id)}
                      <button type="button" class="x" aria-label="Remove ${name(id)}"
                        @click=${() => this.change({ have: q.have.filter((h) => h !== id) })}>✕</button></li>`,
                  )}
                </ul>`
              : nothing
          }
        </div>
        <div class="field">
          <span class="label">To</span>
          <cp-combobox keep label="To ${one}" placeholder="Target ${one}…" .value=${q.to} .labelOf=${name}
            .search=${nodeOptions(graph, ["role"])}
            @cp-option-pick=${(e: OptionPickEvent) => this.change({ to: e.detail.id })}></cp-combobox>
        </div>
        <fieldset class="segmented">
          <legend class="label">Shortest by</legend>
          ${(["skills", "steps"] as const).map(
            (mode) => html`<label>
              <input type="radio" name="mode" value=${mode} .checked=${q.mode === mode} @change=${() => this.change({ mode })} />
              <span>${mode === "skills" ? "Fewest skills to learn" : "Fewest steps"}</span>
            </label>`,
          )}
        </fieldset>
        <label class="toggle">
          <input type="checkbox" .checked=${q.allowLateral} @change=${(e: Event) => this.change({ allowLateral: (e.target as HTMLInputElement).checked })} />
          Allow lateral moves (to adjacent ${many})
        </label>
        <label class="toggle">
          <input type="checkbox" .checked=${q.withSecondary} @change=${(e: Event) => this.change({ withSecondary: (e.target as HTMLInputElement).checked })} />
          Count nice-to-have skills too
        </label>
      </form>
      ${this.answer()}
    `;
  }

  private answer() {
    const r = this.result;
    if (!this.query.to) return this.suggestions();
    if (this.pending)
      return html`<p class="finding" role="status"><span class="spinner" aria-hidden="true"></span>Finding a route…</p>`;
    if (!r) return nothing;
    if (!r.ok)
      return html`<div class="no-route" role="alert"><strong>No route.</strong> ${r.reason}</div>`;
    const routes = [r.route, ...r.alternatives];
    const route = routes[this.choice] ?? r.route;
    return html`
      <section class="result" aria-labelledby="h-route">
        <h3 id="h-route">Route</h3>
        ${routes.length > 1 ? this.alternatives(routes) : nothing}
        ${
          this.alternativesPending
            ? html`<p class="finding looking" role="status"><span class="spinner" aria-hidden="true"></span>Looking for other routes…</p>`
            : nothing
        }
        <p class="summary"><strong>${route.learnCount}</strong> skills and tools to learn ·
          <strong>${route.moves}</strong> ${route.moves === 1 ? "move" : "moves"}</p>
        ${
          this.query.useProfile && this.have.size
            ? html`<p class="muted small-note starting">Starting from your ${this.have.size} skills and tools${
                this.query.have.length ? ` and ${this.query.have.length} from the link` : ""
              }: what you have is not counted again.</p>`
            : nothing
        }
        ${
          route.exact
            ? nothing
            : html`<p class="inexact" role="note">Best found; at least ${route.lowerBound} items are needed.</p>`
        }
        ${
          route.learnCount > MAX_DRAWN_ITEMS
            ? html`<p class="muted small-note">The graph shows the core ones to learn; all are listed below.</p>`
            : nothing
        }
        ${this.planButton(route)}
        <ol class="steps">${route.steps.map((s, i) =>
          routeStep(
            s,
            wordingOf(this.graph).role.one,
            (id) => this.dispatchEvent(new NodeSelectEvent(id)),
            this.moveInto(route, i),
            this.have,
          ),
        )}</ol>
      </section>
    `;
  }

  /** "Make this my plan": the steps and what to learn at each become the person's plan. */
  private planButton(route: Route) {
    const steps = route.steps
      .filter((s) => s.via !== "start")
      .map((s) => ({ role: s.id, items: s.learn.map((i) => i.id) }));
    const target = route.steps[route.steps.length - 1]?.id ?? "";
    const from = route.steps[0]?.via === "start" ? (route.steps[0]?.id ?? null) : null;
    const same =
      this.plan?.to === target &&
      JSON.stringify(this.plan.steps.map((s) => s.role)) ===
        JSON.stringify(steps.map((s) => s.role));
    return html`<div class="plan-row">
      <button type="button" class="btn ${same ? "" : "primary"}"
        @click=${() => this.dispatchEvent(new PlanChangeEvent({ kind: "create", plan: { to: target, from, steps } }))}>
        ${same ? "Make this my plan again" : "Make this my plan"}</button>
      ${same ? html`<span class="muted small-note">This is your plan (see My path).</span>` : nothing}
    </div>`;
  }

  /** Whether the move into step i is one the data set derived (shown as such). */
  private moveInto(route: Route, i: number) {
    const prev = route.steps[i - 1];
    const step = route.steps[i];
    if (!prev || !step || (step.via !== "progression" && step.via !== "overlap"))
      return { derived: false };
    return moveDerivation(this.graph, step.via, prev.id, step.id);
  }

  private suggestions() {
    const graph = this.graph;
    const ideas = graph ? suggestedRoutes(graph) : [];
    const name = graph ? labelOf(graph) : (id: string) => id;
    return html`<div class="hint">
      <p class="muted">Pick a target ${wordingOf(graph).role.one} to see the route${ideas.length ? ", or try:" : "."}</p>
      <ul class="plain ideas">
        ${ideas.map(
          (
            idea,
          ) => html`<li><button type="button" class="btn idea" @click=${() => this.change({ from: idea.from, to: idea.to })}>
            ${name(idea.from)} <span aria-hidden="true">→</span><span class="visually-hidden">to</span> ${name(idea.to)}
          </button></li>`,
        )}
      </ul>
    </div>`;
  }

  private alternatives(routes: Route[]) {
    return html`<fieldset class="alts">
      <legend class="visually-hidden">Routes</legend>
      ${routes.map(
        (route, i) => html`<label class="btn alt">
          <input type="radio" name="route-choice" .checked=${i === this.choice}
            @change=${() => this.dispatchEvent(new RouteChoiceEvent(i))} />
          <span class="alt-name">${i === 0 ? "Best" : `Option ${i + 1}`}</span>
          <span class="muted">${route.learnCount} to learn · ${route.moves} moves</span>
        </label>`,
      )}
    </fieldset>`;
  }

  static override styles = [
    controls,
    routeStyles,
    haveToggleStyles,
    css`
      .learn li,
      .nice li,
      .pick {
        display: inline-flex;
        align-items: center;
        gap: 4px;
      }
      .plan-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin: 8px 0;
      }
    `,
  ];
}

customElements.define("cp-route-finder", CpRouteFinder);

declare global {
  interface HTMLElementTagNameMap {
    "cp-route-finder": CpRouteFinder;
  }
}
