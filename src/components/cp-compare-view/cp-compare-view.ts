/**
 * 2 to 4 roles side by side: shared and unique skills/tools, pairwise similarity, salary
 * bands and the transitions between them — all as lists and tables.
 *
 * With the person's skills (`have`) it ranks the compared roles by fit ("closest to me") and
 * puts an "I have it" toggle beside every listed item. Everything shown is computed in
 * src/graph/compare.ts; this element only reads it.
 *
 * @fires cp-compare-change - roles added or removed
 * @fires cp-node-select - a role or item was opened
 * @fires cp-have-change - an item was ticked or unticked as one the person has
 */
import { css, html, LitElement, nothing } from "lit";
import {
  type CompareResult,
  closestCompared,
  type RoleComparison,
  unitsMet,
} from "../../graph/compare.ts";
import type { RoleFit } from "../../graph/fit.ts";
import type { CareerGraph, Item } from "../../graph/model.ts";
import { suggestedComparison } from "../../state/suggestions.ts";
import { MAX_COMPARE } from "../../state/types.ts";
import { CompareChangeEvent, NodeSelectEvent, type OptionPickEvent } from "../events/events.ts";
import { haveToggle, haveToggleStyles } from "../shared/have-toggle.ts";
import { labelOf, nodeOptions } from "../shared/options.ts";
import { moveDerivation } from "../shared/provenance.ts";
import { controls } from "../shared/theme.ts";
import { withArticle, wordingOf } from "../shared/wording.ts";
import "../cp-combobox/cp-combobox.ts";
import "../cp-salary-chart/cp-salary-chart.ts";
import { compareStyles } from "./compare-styles.ts";

/** Long lists show this many items, the rest behind a "more" disclosure. */
const SHOWN_CHIPS = 12;

export class CpCompareView extends LitElement {
  static override properties = {
    graph: { attribute: false },
    ids: { attribute: false },
    result: { attribute: false },
    have: { attribute: false },
  };
  declare graph: CareerGraph | undefined;
  declare ids: string[];
  declare result: CompareResult | null;
  /** Skill and tool ids the person has (their profile); empty when unknown. */
  declare have: ReadonlySet<string>;
  /** The compared roles by fit for `have`, recomputed only when those change. */
  private fits: RoleFit[] = [];

  constructor() {
    super();
    this.ids = [];
    this.result = null;
    this.have = new Set();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("have") || changed.has("result") || changed.has("graph"))
      this.fits =
        this.graph && this.result?.ok
          ? closestCompared(this.graph, this.result.comparison, this.have)
          : [];
  }

  /** Marks tables wider than the panel, which then show the "scroll sideways" hint. */
  private readonly resize = new ResizeObserver(() => this.markOverflow());

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  override updated(): void {
    this.markOverflow();
  }

  private markOverflow(): void {
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>(".scroll"))
      el.toggleAttribute("data-overflow", el.scrollWidth > el.clientWidth + 1);
  }

  private setIds(ids: string[]) {
    this.dispatchEvent(new CompareChangeEvent(ids));
  }

  override render() {
    const graph = this.graph;
    if (!graph) return nothing;
    const name = labelOf(graph);
    const { one, many } = wordingOf(graph).role;
    return html`
      <h2>Compare ${many}</h2>
      <p class="muted">Pick 2 to ${MAX_COMPARE} ${many}, here or on the graph, to see what they share and how they differ.</p>
      <ul class="plain picked" aria-label="Compared ${many}">
        ${this.ids.map(
          (id) => html`<li class="chip core">${name(id)}
            <button class="x" aria-label="Remove ${name(id)} from the comparison" @click=${() => this.setIds(this.ids.filter((i) => i !== id))}>✕</button>
          </li>`,
        )}
      </ul>
      ${
        this.ids.length < MAX_COMPARE
          ? html`<cp-combobox label="Add ${withArticle(one)} to compare" placeholder="Add ${withArticle(one)}…"
              .search=${nodeOptions(graph, ["role"], this.ids)}
              @cp-option-pick=${(e: OptionPickEvent) => this.setIds([...this.ids, e.detail.id])}></cp-combobox>`
          : html`<p class="muted small full">${MAX_COMPARE} ${many} is the most at once: remove one to add another.</p>`
      }
      ${this.body()}
    `;
  }

  private body() {
    const r = this.result;
    if (this.ids.length < 2) {
      const idea = this.graph ? suggestedComparison(this.graph) : [];
      const name = this.graph ? labelOf(this.graph) : (id: string) => id;
      const [first, ...rest] = idea;
      return html`<p class="hint muted">Add at least two ${wordingOf(this.graph).role.many}.</p>
        ${
          first
            ? html`<button class="btn idea" @click=${() => this.setIds(idea)}>
                Try: ${name(first)} with ${rest.map(name).join(", ")}
              </button>`
            : nothing
        }`;
    }
    if (!r) return nothing;
    if (!r.ok) return html`<p role="alert" class="problem">${r.reason}</p>`;
    const c = r.comparison;
    return html`
      ${this.closestToMe()}
      ${this.similarity(c)}
      <section aria-labelledby="h-shared">
        <h3 id="h-shared">Shared by all (${c.shared.length})${this.haveNote(c.shared)}</h3>
        ${c.shared.length ? this.chips(c.shared) : html`<p class="muted">Nothing is required by every one of these ${wordingOf(this.graph).role.many}.</p>`}
      </section>
      ${this.sharedBySome(c)}
      <section aria-labelledby="h-unique">
        <h3 id="h-unique">Unique to each</h3>
        <div class="columns">
          ${c.roles.map(
            (role) => html`<div class="col">
              <h4>${role.label} <span class="muted">(${c.unique[role.id]?.length ?? 0})${this.haveNote(c.unique[role.id] ?? [])}</span></h4>
              ${c.unique[role.id]?.length ? this.chips(c.unique[role.id] ?? []) : html`<p class="muted small">Nothing unique.</p>`}
            </div>`,
          )}
        </div>
      </section>
      <section aria-labelledby="h-salary">
        <h3 id="h-salary">Pay</h3>
        <cp-salary-chart .roles=${c.roles} .words=${wordingOf(this.graph).role} .locale=${this.graph?.getAttribute("vocabulary").pay.locale ?? "en-US"}></cp-salary-chart>
      </section>
      <section aria-labelledby="h-trans">
        <h3 id="h-trans">Transitions between them</h3>
        ${
          c.transitions.length
            ? html`<ul class="trans">
                ${c.transitions.map((t) => {
                  const a = this.graph?.getNodeAttribute(t.source, "label");
                  const b = this.graph?.getNodeAttribute(t.target, "label");
                  const d = moveDerivation(this.graph, t.kind, t.source, t.target);
                  return html`<li>${a} <span aria-hidden="true">${t.kind === "progression" ? "→" : "↔"}</span>
                    <span class="visually-hidden">${t.kind === "progression" ? "leads to" : "is adjacent to"}</span> ${b}
                    <span class="muted small">(${t.kind === "progression" ? "next step" : "adjacent"})</span>
                    ${d.derived ? html`<span class="derived-note"><span class="derived">derived</span> ${d.note ?? ""}</span>` : nothing}</li>`;
                })}
              </ul>`
            : html`<p class="muted">No direct moves between these ${wordingOf(this.graph).role.many}.</p>`
        }
      </section>
      ${this.moves(c)}
      ${this.matrix(c)}
    `;
  }

  /** Items some but not all of the roles need: where the overlap between them lies. */
  private sharedBySome(c: RoleComparison) {
    if (c.sharedBySome.length === 0) return nothing;
    const name = (id: string) => c.roles.find((r) => r.id === id)?.label ?? id;
    return html`<section aria-labelledby="h-some">
      <h3 id="h-some">Shared by some (${c.sharedBySome.length})${this.haveNote(c.sharedBySome.map((s) => s.item))}</h3>
      <ul class="plain some">
        ${c.sharedBySome.map(
          ({ item, roles }) => html`<li>
            ${this.chip(item)}
            <span class="who muted small">${roles.map(name).join(", ")}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  /** For each direct move between compared roles: what the move asks you to learn. */
  private moves(c: RoleComparison) {
    const graph = this.graph;
    if (!graph || c.moves.length === 0) return nothing;
    const name = labelOf(graph);
    return html`<section aria-labelledby="h-moves">
      <h3 id="h-moves">Moving between them</h3>
      <ul class="plain moves">
        ${c.moves.map(
          ({ from, to, gap, core }) => html`<li>
            <strong>${name(from)} → ${name(to)}</strong>
            <span class="what muted small">${
              gap.length === 0
                ? "nothing new to learn"
                : `learn ${gap.length} ${gap.length === 1 ? "skill or tool" : "skills and tools"} (${core} core)`
            }${this.haveNote(gap)}</span>
            ${gap.length ? this.chips(gap) : nothing}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  /**
   * "Closest to me": the compared roles by how much of each the person already has, with what
   * is left. Without a profile, how to start one.
   */
  private closestToMe() {
    const { one, many } = wordingOf(this.graph).role;
    if (this.have.size === 0)
      return html`<section aria-labelledby="h-closest" class="closest">
        <h3 id="h-closest">Closest to me</h3>
        <p class="muted small">Mark the skills and tools you have with the
          <span class="have-sample" aria-hidden="true">+</span> button beside any of them below (or in ${withArticle(one)}'s
          panel) to rank these ${many} by how close you are.</p>
      </section>`;
    return html`<section aria-labelledby="h-closest" class="closest">
      <h3 id="h-closest">Closest to me</h3>
      <ol class="fits">
        ${this.fits.map(
          (f) => html`<li data-role=${f.roleId}>
            <strong class="fit-name">${f.label}</strong>
            <span class="small"><span class="fit-score">you have ${f.met} of ${f.total}</span>
              <span class="muted">· ${Math.round(f.score * 100)}% of what it asks, core counted double</span></span>
            ${
              f.gap.length
                ? html`<details class="gap"><summary>Still to learn: ${f.gap.length}${f.coreMissing ? `, ${f.coreMissing} core` : ""}</summary>
                    ${this.chips(f.gap)}</details>`
                : html`<span class="ready small">You have everything it asks for.</span>`
            }
          </li>`,
        )}
      </ol>
    </section>`;
  }

  /** " · you have 3 of 12" for a list of units, or nothing without a profile. */
  private haveNote(units: readonly (Item & { members?: Item[] })[]) {
    if (this.have.size === 0 || units.length === 0) return nothing;
    return html`<span class="have-note"> · you have ${unitsMet(units, this.have)} of ${units.length}</span>`;
  }

  private similarity(c: RoleComparison) {
    return html`<section aria-labelledby="h-sim">
      <h3 id="h-sim">Similarity</h3>
      <p class="scroll-hint" aria-hidden="true">Scroll the table sideways to see every ${wordingOf(this.graph).role.one} →</p>
      <div class="scroll" role="region" tabindex="0" aria-label="Similarity table, scrolls sideways">
        <table class="sim">
          <caption class="visually-hidden">Similarity of required skills and tools, in percent</caption>
          <thead><tr><td></td>${c.roles.map((r) => html`<th scope="col">${r.label}</th>`)}</tr></thead>
          <tbody>
            ${c.roles.map(
              (row, i) => html`<tr><th scope="row">${row.label}</th>
                ${c.roles.map((_col, j) => {
                  const v = c.similarity[i]?.[j] ?? 0;
                  return i === j
                    ? html`<td class="num diag"><span aria-label="same role">—</span></td>`
                    : html`<td class="num v${Math.round(v / 10)}">${v}% similar</td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private matrix(c: RoleComparison) {
    return html`<details class="matrix" @toggle=${() => this.markOverflow()}>
      <summary>All ${c.items.length} skills and tools, ${wordingOf(this.graph).role.one} by ${wordingOf(this.graph).role.one}</summary>
      <p class="scroll-hint" aria-hidden="true">Scroll the table sideways to see every ${wordingOf(this.graph).role.one} →</p>
      <div class="scroll" role="region" tabindex="0" aria-label="Skills and tools by ${wordingOf(this.graph).role.one}, scrolls sideways">
        <table class="matrix-table">
          <thead><tr><th scope="col">Skill or tool</th>${c.roles.map((r) => html`<th scope="col">${r.label}</th>`)}</tr></thead>
          <tbody>
            ${c.items.map(
              (item) => html`<tr><th scope="row">${
                item.members
                  ? `one of: ${item.members.map((m) => m.label).join(" · ")}`
                  : html`${item.label} <span class="muted small">${item.kind}</span>`
              }</th>
                ${item.importance.map((imp) => html`<td>${imp ?? html`<span class="muted">—</span>`}</td>`)}</tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  /** An item's chip, or for a "one of" group its members' chips: "one of: A · B · C". */
  private chip(i: Item & { members?: Item[] }) {
    const one = (m: Item) =>
      html`<span class="item">${haveToggle(m, this.have)}<button class="chip ${m.kind}" @click=${() => this.dispatchEvent(new NodeSelectEvent(m.id))}>${m.label}</button></span>`;
    if (!i.members) return one(i);
    return html`<span class="one-of"><span class="one-of-label">one of<span class="visually-hidden"> (${i.label})</span>:</span>
      ${i.members.map((m, n) => html`${n ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}${one(m)}`)}</span>`;
  }

  private chips(items: Item[]) {
    const chip = (i: Item) => html`<li>${this.chip(i)}</li>`;
    const first = items.slice(0, SHOWN_CHIPS);
    const rest = items.slice(SHOWN_CHIPS);
    return html`<ul class="plain chips">${first.map(chip)}</ul>
      ${
        rest.length
          ? html`<details class="more"><summary>${rest.length} more</summary>
              <ul class="plain chips">${rest.map(chip)}</ul></details>`
          : nothing
      }`;
  }

  static override styles = [controls, haveToggleStyles, compareStyles, css``];
}

customElements.define("cp-compare-view", CpCompareView);

declare global {
  interface HTMLElementTagNameMap {
    "cp-compare-view": CpCompareView;
  }
}
