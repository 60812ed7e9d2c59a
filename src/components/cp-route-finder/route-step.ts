/**
 * One step of a route: the role, how it is reached, what to learn (a "one of" pick says which
 * other members would do), the nice-to-have items not counted, and what the person already has.
 */
import { html, nothing } from "lit";
import type { LearnItem, RouteStep } from "../../graph/route/find-skill-route.ts";
import { haveToggle } from "../shared/have-toggle.ts";
import type { Derivation } from "../shared/provenance.ts";

const VIA = (role: string): Record<RouteStep["via"], string> => ({
  start: "Where you start",
  entry: `Entry ${role}`,
  progression: "Next step up",
  overlap: "Lateral move",
});

/** `move`: how the data set knows the move into this step, when it derived it. */
export function routeStep(
  s: RouteStep,
  role: string,
  select: (id: string) => void,
  move: Derivation = { derived: false },
  have: ReadonlySet<string> = new Set(),
) {
  const chip = (i: LearnItem) => learnChip(i, have);
  return html`<li class="step" data-role=${s.id}>
    <div class="step-head">
      <button type="button" class="role-link" @click=${() => select(s.id)}>${s.label}</button>
      <span class="via">${VIA(role)[s.via]}</span>
      ${move.derived ? html`<span class="derived" title=${move.note ?? nothing}>derived</span>` : nothing}
    </div>
    ${move.derived && move.note ? html`<p class="derived-note muted">${move.note}</p>` : nothing}
    ${
      s.learn.length
        ? html`<p class="learn-label">Learn ${s.learn.length}:</p>
          <ul class="plain chips learn">${s.learn.map(chip)}</ul>`
        : html`<p class="learn-label muted">Nothing new to learn</p>`
    }
    ${s.covered > 0 && s.via !== "start" ? html`<p class="have muted">You already have ${s.covered} of what it asks for.</p>` : nothing}
    ${
      s.niceToHave.length
        ? html`<details class="nice">
            <summary>Nice to have (${s.niceToHave.length}, not counted)</summary>
            <ul class="plain chips">${s.niceToHave.map(chip)}</ul>
          </details>`
        : nothing
    }
    <p class="total">Running total: <strong>${s.total}</strong></p>
  </li>`;
}

function learnChip(i: LearnItem, have: ReadonlySet<string>) {
  const chip = html`${haveToggle(i, have)}<span class="chip ${i.importance === "core" ? "core" : ""}">${i.label}<span class="visually-hidden">, ${i.kind}, ${i.importance}</span></span>`;
  const others = i.group?.alternatives.map((a) => a.label) ?? [];
  if (!others.length) return html`<li>${chip}</li>`;
  return html`<li class="pick">${chip}<span class="alt-note">or ${others.join(", ")} would do<span class="visually-hidden"> (one ${i.group?.label} is enough)</span></span></li>`;
}
