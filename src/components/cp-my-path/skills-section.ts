/**
 * "My skills and tools": what the person has in this data set, how to add to it (search, or
 * "I am a …" which ticks a role's requirements), and what they can do with it as a whole
 * (export, import, share in a link, clear).
 */
import { html, nothing } from "lit";
import { itemsOfRole } from "../../graph/fit.ts";
import { type CareerGraph, nodeLabel } from "../../graph/model.ts";
import {
  HaveChangeEvent,
  NodeSelectEvent,
  type OptionPickEvent,
  ProfileActionEvent,
} from "../events/events.ts";
import { nodeOptions } from "../shared/options.ts";
import { withArticle, wordingOf } from "../shared/wording.ts";

export interface SkillsContext {
  graph: CareerGraph;
  have: ReadonlySet<string>;
  shared: readonly string[];
  persistent: boolean;
  /** Whether a long list shows every chip. */
  showAll: boolean;
  toggleAll: () => void;
  fire: (event: Event) => void;
}

/** Chips shown before "Show all": starting from an O*NET occupation ticks a hundred or more. */
const CHIPS_SHOWN = 30;

export function skillsSection(c: SkillsContext) {
  const { one } = wordingOf(c.graph).role;
  const ids = [...c.have].filter((id) => c.graph.hasNode(id));
  const label = (id: string) => nodeLabel(c.graph, id);
  ids.sort((a, b) => label(a).localeCompare(label(b)));
  return html`<section aria-labelledby="h-mine">
    <h3 id="h-mine">My skills and tools <span class="muted">(${ids.length})</span></h3>
    ${sharedOffer(c)}
    <p class="muted small">Kept in this browser only${c.persistent ? "" : " until you close the tab"}. They count in every list, route and comparison.</p>
    <div class="add">
      <div>
      <span class="field-label" aria-hidden="true">Add what you know</span>
      <cp-combobox label="Add a skill or tool I have" placeholder="Type a skill or tool…"
        .search=${nodeOptions(c.graph, ["skill", "tool"], ids)}
        @cp-option-pick=${(e: OptionPickEvent) => c.fire(new HaveChangeEvent([e.detail.id], true))}></cp-combobox>
      </div>
      <div>
      <span class="field-label" aria-hidden="true">Or start from ${withArticle(one)} you have been</span>
      <cp-combobox label="I am a … (adds what that ${one} requires)" placeholder="I am a…"
        .search=${nodeOptions(c.graph, ["role"])}
        @cp-option-pick=${(e: OptionPickEvent) => c.fire(new HaveChangeEvent(itemsOfRole(c.graph, e.detail.id), true))}></cp-combobox>
      </div>
    </div>
    ${
      ids.length
        ? html`<ul class="plain chips mine" aria-label="My skills and tools">
            ${(c.showAll ? ids : ids.slice(0, CHIPS_SHOWN)).map(
              (id) => html`<li class="chip">
                <button type="button" class="chip-link" @click=${() => c.fire(new NodeSelectEvent(id))}>${label(id)}</button>
                <button type="button" class="x" aria-label="Remove ${label(id)} from my skills"
                  @click=${() => c.fire(new HaveChangeEvent([id], false))}>✕</button>
              </li>`,
            )}
          </ul>
          ${
            ids.length > CHIPS_SHOWN
              ? html`<button type="button" class="btn" aria-expanded=${c.showAll ? "true" : "false"}
                  @click=${c.toggleAll}>${c.showAll ? "Show fewer" : `Show all ${ids.length}`}</button>`
              : nothing
          }`
        : html`<p class="empty">Nothing yet. Add what you know above, start from ${withArticle(one)} you have been, or tick
            <span aria-hidden="true">+</span> beside any skill or tool in the app.</p>`
    }
    <div class="actions file-actions">
      <button type="button" class="btn" ?disabled=${!ids.length}
        @click=${() => c.fire(new ProfileActionEvent({ kind: "share" }))}>Copy a link with my skills</button>
      <button type="button" class="btn" @click=${() => c.fire(new ProfileActionEvent({ kind: "export-profile" }))}>Export my data</button>
      <label class="btn file">Import my data…
        <input type="file" accept=".json,application/json" class="visually-hidden"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = "";
            if (file) c.fire(new ProfileActionEvent({ kind: "import-profile", file }));
          }} />
      </label>
      <button type="button" class="btn danger" @click=${() => {
        if (confirm("Clear your skills, plan and notes from this browser, in every data set?"))
          c.fire(new ProfileActionEvent({ kind: "clear" }));
      }}>Clear my data</button>
    </div>
  </section>`;
}

/** A link brought someone's skills: offered, never added unasked. */
function sharedOffer(c: SkillsContext) {
  const fresh = c.shared.filter((id) => !c.have.has(id));
  if (!c.shared.length) return nothing;
  return html`<div class="offer" role="note">
    <p>This link shares ${c.shared.length} skills and tools${fresh.length < c.shared.length ? ` (${c.shared.length - fresh.length} of them you have)` : ""}:
      ${c.shared
        .slice(0, 8)
        .map((id) => nodeLabel(c.graph, id))
        .join(", ")}${c.shared.length > 8 ? "…" : ""}</p>
    <div class="actions">
      <button type="button" class="btn primary" ?disabled=${!fresh.length}
        @click=${() => c.fire(new ProfileActionEvent({ kind: "accept-shared" }))}>Add ${fresh.length} to my skills</button>
      <button type="button" class="btn" @click=${() => c.fire(new ProfileActionEvent({ kind: "dismiss-shared" }))}>Dismiss</button>
    </div>
  </div>`;
}
