/**
 * An autocomplete text box (ARIA combobox + listbox). Options come from `search(text)`;
 * picking one fires `cp-option-pick`. With `keep`, the picked label stays in the box. Text that
 * matches nothing says so ("No matches for …") in a polite status line.
 *
 * @fires cp-option-pick - an option was chosen (id)
 */
import { css, html, LitElement, nothing } from "lit";
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
  private options: ComboOption[] = [];

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
  }

  override focus(): void {
    this.renderRoot.querySelector("input")?.focus();
  }

  override render() {
    this.options = this.open ? this.search(this.text) : [];
    const expanded = this.open && this.options.length > 0;
    const query = this.text.trim();
    const none = this.open && query !== "" && !expanded;
    // The list gets tabindex=-1: Chromium makes a scrolling box a Tab stop, and the list hides
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
        placeholder=${this.placeholder}
        .value=${this.text}
        @input=${this.onInput}
        @keydown=${this.onKey}
        @focus=${() => {
          this.open = this.text.length > 0 || !this.keep;
        }}
        @blur=${() => setTimeout(() => this.close(), 150)}
      />
      <ul id="${this.uid}-list" role="listbox" tabindex="-1" aria-label=${this.label} ?hidden=${!expanded}>
        ${this.options.map(
          (o, i) => html`<li
            id="${this.uid}-o${i}"
            role="option"
            aria-selected=${i === this.active ? "true" : "false"}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.pick(o)}
          >
            <span>${o.label}</span>${o.hint ? html`<span class="hint">${o.hint}</span>` : nothing}
          </li>`,
        )}
      </ul>
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
      ul,
      .none {
        position: absolute;
        z-index: 20;
        left: 0;
        right: 0;
        top: calc(100% + 4px);
        margin: 0;
        padding: 4px;
        list-style: none;
        background: var(--cp-surface);
        border: 1px solid var(--cp-border);
        border-radius: 8px;
        box-shadow: var(--cp-shadow);
        max-height: 280px;
        overflow: auto;
      }
      li {
        display: flex;
        justify-content: space-between;
        gap: 8px;
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
        color: var(--cp-muted);
        font-size: 0.78rem;
        white-space: nowrap;
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
