/**
 * The learning plan: each step's items as to learn / learning / done, progress per step and
 * overall, a note per item and per role. "Done" is the profile itself (see state/profile.ts).
 * Notes are also rendered as text for print, where a text box would be cut off.
 */
import { html, nothing } from "lit";
import { type CareerGraph, nodeLabel } from "../../graph/model.ts";
import { type Plan, type PlanStatus, planProgress, statusOf } from "../../state/profile.ts";
import { NodeSelectEvent, PlanChangeEvent, ProfileActionEvent } from "../events/events.ts";
import { withArticle, wordingOf } from "../shared/wording.ts";

export interface PlanContext {
  graph: CareerGraph;
  have: ReadonlySet<string>;
  plan: Plan | null;
  fire: (event: Event) => void;
}

const STATUS: { value: PlanStatus; label: string }[] = [
  { value: "todo", label: "To learn" },
  { value: "learning", label: "Learning" },
  { value: "done", label: "Done" },
];

export function planSection(c: PlanContext) {
  const { one } = wordingOf(c.graph).role;
  const plan = c.plan;
  if (!plan)
    return html`<section aria-labelledby="h-plan" class="plan">
      <h3 id="h-plan">My learning plan</h3>
      <p class="empty">No plan yet. Find a route (Route → “Make this my plan”) or pick ${withArticle(one)} under Ready next.</p>
    </section>`;
  const label = (id: string) => nodeLabel(c.graph, id);
  const progress = planProgress(plan, c.have);
  const pct = progress.total ? Math.round((progress.done / progress.total) * 100) : 100;
  return html`<section aria-labelledby="h-plan" class="plan">
    <h3 id="h-plan">My learning plan: ${label(plan.to)}</h3>
    <p class="overall">
      <progress max=${progress.total || 1} value=${progress.done} aria-label="Plan progress"></progress>
      <span><strong>${progress.done} of ${progress.total}</strong> done (${pct} %)${progress.learning ? ` · ${progress.learning} learning` : ""}</span>
    </p>
    ${plan.from ? html`<p class="muted small">Starting from ${label(plan.from)}.</p>` : nothing}
    <ol class="plain plan-steps">
      ${plan.steps.map((step, i) => {
        const sp = progress.steps[i] ?? { done: 0, total: 0 };
        return html`<li class="plan-step" data-role=${step.role}>
          <div class="card-head">
            <h4><button type="button" class="role-link" @click=${() => c.fire(new NodeSelectEvent(step.role))}>${label(step.role)}</button></h4>
            <span class="muted step-progress">${sp.total ? `${sp.done} of ${sp.total} done` : "nothing to learn"}</span>
          </div>
          ${note(c, plan, step.role, `Note on ${label(step.role)}`)}
          <ul class="plain plan-items">
            ${step.items.map((item) => {
              const status = statusOf(plan, c.have, item);
              return html`<li class="plan-item ${status}" data-item=${item}>
                <span class="item-label">${label(item)}</span>
                <select aria-label="Status of ${label(item)}" .value=${status}
                  @change=${(e: Event) =>
                    c.fire(
                      new PlanChangeEvent({
                        kind: "status",
                        item,
                        status: (e.target as HTMLSelectElement).value as PlanStatus,
                      }),
                    )}>
                  ${STATUS.map((s) => html`<option value=${s.value} ?selected=${s.value === status}>${s.label}</option>`)}
                </select>
                <span class="print-only">[${STATUS.find((s) => s.value === status)?.label}]</span>
                ${note(c, plan, item, `Note on ${label(item)}`)}
              </li>`;
            })}
          </ul>
        </li>`;
      })}
    </ol>
    <div class="actions no-print">
      <button type="button" class="btn" @click=${() => c.fire(new ProfileActionEvent({ kind: "export-plan" }))}>Export as Markdown</button>
      <button type="button" class="btn" @click=${() => c.fire(new ProfileActionEvent({ kind: "print-plan" }))}>Print</button>
      <button type="button" class="btn danger" @click=${() => {
        if (confirm("Remove this plan and its notes? Your skills stay."))
          c.fire(new PlanChangeEvent({ kind: "remove" }));
      }}>Remove plan</button>
    </div>
  </section>`;
}

function note(c: PlanContext, plan: Plan, target: string, name: string) {
  const text = plan.notes[target] ?? "";
  return html`<details class="note no-print" ?open=${text !== ""}>
      <summary>${text ? "Note" : "Add a note"}<span class="visually-hidden"> (${name})</span></summary>
      <textarea aria-label=${name} rows="2" maxlength="4000" .value=${text}
        @change=${(e: Event) => c.fire(new PlanChangeEvent({ kind: "note", target, text: (e.target as HTMLTextAreaElement).value }))}></textarea>
    </details>
    ${text ? html`<p class="print-only note-text">${text}</p>` : nothing}`;
}
