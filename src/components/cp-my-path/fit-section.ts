/**
 * Fit: the "ready next" frontier (the few roles the person is closest to, each with what it still
 * needs) and every role ranked by fit. Long data sets show the ranking a page at a time.
 */
import { html, nothing } from "lit";
import { type Frontier, fitPercent, type RoleFit } from "../../graph/fit.ts";
import type { CareerGraph } from "../../graph/model.ts";
import type { Requirement } from "../../graph/requirements.ts";
import { NodeSelectEvent, PlanChangeEvent, RouteQueryEvent } from "../events/events.ts";
import { haveToggle } from "../shared/have-toggle.ts";
import { capitalise, withArticle, wordingOf } from "../shared/wording.ts";

export interface FitContext {
  graph: CareerGraph;
  have: ReadonlySet<string>;
  fits: readonly RoleFit[];
  frontier: Frontier;
  shown: number;
  showMore: () => void;
  fire: (event: Event) => void;
}

const GAP_SHOWN = 6;

/** The items a plan for this role lists: each missing unit, a group by its first member. */
export function planItems(gap: readonly Requirement[]): string[] {
  return gap.map((u) => u.members?.[0]?.id ?? u.id);
}

function gapList(c: FitContext, gap: readonly Requirement[]) {
  const shown = gap.slice(0, GAP_SHOWN);
  return html`<ul class="plain gap">
    ${shown.map((u) =>
      u.members
        ? html`<li><span class="one-of">one of</span> ${u.members.map((m, i) => html`${i ? " · " : ""}${haveToggle(m, c.have)} ${m.label}`)}</li>`
        : html`<li>${haveToggle(u, c.have)} <span class=${u.importance}>${u.label}</span>${u.importance === "core" ? html`<span class="visually-hidden"> (core)</span>` : nothing}</li>`,
    )}
    ${gap.length > shown.length ? html`<li class="muted">and ${gap.length - shown.length} more</li>` : nothing}
  </ul>`;
}

export function frontierSection(c: FitContext) {
  const { many } = wordingOf(c.graph).role;
  const { ready, next } = c.frontier;
  return html`<section aria-labelledby="h-next">
    <h3 id="h-next">Ready next</h3>
    ${
      c.have.size === 0
        ? html`<p class="empty">Add your skills and tools to see the ${many} you are closest to.</p>`
        : html`
      ${
        ready.length
          ? html`<p class="ready">You meet every core requirement of ${ready.length} ${ready.length === 1 ? wordingOf(c.graph).role.one : many}:
              ${ready.slice(0, 6).map((f, i) => html`${i ? ", " : ""}<button type="button" class="link" @click=${() => c.fire(new NodeSelectEvent(f.roleId))}>${f.label}</button>`)}${ready.length > 6 ? ` and ${ready.length - 6} more` : ""}.</p>`
          : nothing
      }
      ${
        next.length
          ? html`<ol class="plain frontier">
              ${next.map(
                (f) => html`<li class="card" data-role=${f.roleId}>
                  <div class="card-head">
                    <button type="button" class="role-link" @click=${() => c.fire(new NodeSelectEvent(f.roleId))}>${f.label}</button>
                    <span class="muted">${f.coreMissing} core to learn · ${fitPercent(f.score)}</span>
                  </div>
                  ${gapList(c, f.gap)}
                  <div class="actions">
                    <button type="button" class="btn" @click=${() => c.fire(new RouteQueryEvent({ from: null, to: f.roleId, useProfile: true }))}>Route to it</button>
                    <button type="button" class="btn" @click=${() =>
                      c.fire(
                        new PlanChangeEvent({
                          kind: "create",
                          plan: {
                            to: f.roleId,
                            from: null,
                            steps: [{ role: f.roleId, items: planItems(f.gap) }],
                          },
                        }),
                      )}>Make it my plan</button>
                  </div>
                </li>`,
              )}
            </ol>`
          : html`<p class="muted">No other ${many} left to get closer to.</p>`
      }`
    }
  </section>`;
}

export function rankingSection(c: FitContext) {
  const { many } = wordingOf(c.graph).role;
  const rows = c.fits.slice(0, c.shown);
  return html`<section aria-labelledby="h-fit">
    <h3 id="h-fit">${capitalise(many)} by fit <span class="muted">(${c.fits.length})</span></h3>
    ${c.have.size === 0 ? html`<p class="empty">Fit is what ${withArticle(wordingOf(c.graph).role.one)} requires that you have (core counts double; a "one of" counts once).</p>` : nothing}
    <ol class="plain ranking">
      ${rows.map(
        (f) => html`<li>
          <button type="button" class="role-link" @click=${() => c.fire(new NodeSelectEvent(f.roleId))}>${f.label}</button>
          <meter min="0" max="100" value=${Math.round(f.score * 100)} aria-hidden="true"></meter>
          <span class="figures">${f.total ? `${fitPercent(f.score)} · you have ${f.met} of ${f.total}` : "no skills or tools listed"}</span>
        </li>`,
      )}
    </ol>
    ${
      c.fits.length > rows.length
        ? html`<button type="button" class="btn" @click=${c.showMore}>Show ${Math.min(25, c.fits.length - rows.length)} more</button>`
        : nothing
    }
  </section>`;
}
