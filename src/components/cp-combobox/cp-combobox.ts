/**
 * An autocomplete text box (ARIA combobox + listbox). Options come from `search(text)`;
 * picking one fires `cp-option-pick`. With `keep`, the picked label stays in the box. Text that
 * matches nothing says so ("No matches for …") in a polite status line. An empty box offers
 * everything, but draws only the first {@link SHOWN} options and says how many there are: on a
 * national data set the whole list (923 occupations) took 60-90 ms to lay out on focus.
 *
 * @fires cp-option-pick - an option was chosen (id)
 */
import { css, html, LitElement, nothing } from "lit";
import { groupDigits } from "../../graph/vocabulary.ts";
import { OptionPickEvent } from "../events/events.ts";
import { controls } from "../shared/theme.ts";

export interface ComboOption {
  id: string;
  label: string;
  /** Short grey text after the label, e.g. "tool" or the role's track. */
  hint?: string;
}

let nextId = 0;

/** Longest query echoed in "No matches for …": a pasted page stays one line. */
const ECHOED = 40;
const shorten = (s: string) => (s.length > ECHOED ? `${s.slice(0, ECHOED)}…` : s);

/** Most options drawn at once; typing narrows the rest. */
export const SHOWN = 50;

export class CpCombobox extends LitElement {
  static override properties = {
    label: {},
    placeholder: {},
    value: {},
    keep: { type: Boolean },
    search: { attribute: false },
    labelOf: { attribute: false },
    open: { state: true },
    active: { state: true },
    text: { state: true },
  };

  declare label: string;
  declare placeholder: string;
  /** The picked id (with `keep`). */
  declare value: string | null;
  declare keep: boolean;
  declare search: (text: string) => ComboOption[];
  declare labelOf: (id: string) => string;
  declare open: boolean;
  declare active: number;
  declare text: string;
  private readonly uid = `cb${nextId++}`;
  /** The options drawn (at most {@link SHOWN}) and how many matched in all. */
  private options: ComboOption[] = [];
  private matched = 0;

  constructor() {
    super();
    this.label = "";
    this.placeholder = "";
    this.value = null;
    this.keep = false;
    this.search = () => [];
    this.labelOf = (id) => id;
    this.open = false;
    this.active = -1;
    this.text = "";
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("value") && this.keep) this.text = this.value ? this.labelOf(this.value) : "";
    // Not on every render: moving through the list with the arrow keys asks nothing new.
    if (changed.has("open") || changed.has("text") || changed.has("search")) {
      const all = this.open ? this.search(this.text) : [];
      this.options = all.slice(0, SHOWN);
      this.matched = all.length;
    }
  }

  override focus(): void {
    this.renderRoot.querySelector("input")?.focus();
  }

  override render() {
    const expanded = this.open && this.options.length > 0;
    const query = this.text.trim();
    const none = this.open && query !== "" && !expanded;
    const more = expanded && this.matched > this.options.length;
    // The popup gets tabindex=-1: Chromium makes a scrolling box a Tab stop, and the list hides
    // on blur, so Tab from the box landed on it and focus fell to <body>. The input owns the
    // keyboard (aria-activedescendant).
    return html`
      <label class="visually-hidden" for="${this.uid}-input">${this.label}</label>
      <input
        id="${this.uid}-input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${expanded ? "true" : "false"}
        aria-controls="${this.uid}-list"
        aria-activedescendant=${expanded && this.active >= 0 ? `${this.uid}-o${this.active}` : nothing}
        aria-describedby=${more ? `${this.uid}-more` : nothing}
        placeholder=${this.placeholder}
        .value=${this.text}
        @input=${this.onInput}
        @keydown=${this.onKey}
        @focus=${() => {
          this.open = this.text.length > 0 || !this.keep;
        }}
        @blur=${() => setTimeout(() => this.close(), 150)}
      />
      <div class="popup" tabindex="-1" ?hidden=${!expanded}>
      <ul id="${this.uid}-list" role="listbox" aria-label=${this.label}>
        ${this.options.map(
          (o, i) => html`<li
            id="${this.uid}-o${i}"
            role="option"
            aria-selected=${i === this.active ? "true" : "false"}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.pick(o)}
          >
            <span>${o.label}</span>${o.hint ? html`<span class="hint" title=${o.hint}>${o.hint}</span>` : nothing}
          </li>`,
        )}
      </ul>
      ${
        more
          ? html`<p class="more" id="${this.uid}-more">
              ${this.options.length} of ${groupDigits(this.matched)} shown. Type to narrow them down.
            </p>`
          : nothing
      }
      </div>
      <p class=${none ? "none" : "visually-hidden"} role="status">${none ? `No matches for “${shorten(query)}”` : ""}</p>
    `;
  }

  private onInput(e: Event): void {
    this.text = (e.target as HTMLInputElement).value;
    this.open = true;
    this.active = this.text ? 0 : -1;
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.options.length;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      this.open = true;
      this.active = n ? (this.active + 1) % n : -1;
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      this.active = n ? (this.active - 1 + n) % n : -1;
    } else if (e.key === "Enter") {
      const option = this.options[this.active] ?? this.options[0];
      if (option && this.open) {
        e.preventDefault();
        this.pick(option);
      }
    } else if (e.key === "Escape" && this.open) {
      e.stopPropagation();
      this.close();
    }
  }

  private pick(option: ComboOption): void {
    this.text = this.keep ? option.label : "";
    this.close();
    this.dispatchEvent(new OptionPickEvent(option.id));
  }

  private close(): void {
    this.open = false;
    this.active = -1;
    if (this.keep) this.text = this.value ? this.labelOf(this.value) : this.text;
  }

  static override styles = [
    controls,
    css`
      :host {
        display: block;
        position: relative;
      }
      .popup,
      .none {
        position: absolute;
        z-index: 20;
        left: 0;
        right: 0;
        top: calc(100% + 4px);
        margin: 0;
        padding: 4px;
        background: var(--cp-surface);
        border: 1px solid var(--cp-border);
        border-radius: 8px;
        box-shadow: var(--cp-shadow);
        max-height: 280px;
        overflow: auto;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      /* A long hint (an occupation's group and level) goes under the label rather than
         squeezing it onto three lines; past a line it is cut with an ellipsis. */
      li {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0 8px;
        padding: 7px 10px;
        border-radius: 6px;
        cursor: pointer;
        font-size: 0.9rem;
      }
      li[aria-selected="true"],
      li:hover {
        background: var(--cp-accent-soft);
      }
      .hint {
        min-width: 0;
        max-width: 100%;
        overflow: hidden;
        text-overflow: ellipsis;
        color: var(--cp-muted);
        font-size: 0.78rem;
        white-space: nowrap;
      }
      .more {
        margin: 4px 10px 6px;
        color: var(--cp-muted);
        font-size: 0.8rem;
      }
      .none {
        padding: 8px 12px;
        color: var(--cp-muted);
        font-size: 0.9rem;
        overflow-wrap: anywhere;
      }
      [hidden] {
        display: none;
      }
    `,
  ];
}

customElements.define("cp-combobox", CpCombobox);

declare global {
  interface HTMLElementTagNameMap {
    "cp-combobox": CpCombobox;
  }
}
