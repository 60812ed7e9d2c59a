/**
 * The "I have it" switch shown next to a skill or tool wherever one is listed (role and item
 * panels, route steps, compare lists, search results). It only fires `cp-have-change`; the app
 * owns the profile and hands the current set back down as `have`.
 *
 * Styled by `haveToggleStyles` (add it to the component's styles). A toggle button with
 * `aria-pressed`, named after the item, so a screen reader hears "I have Kubernetes, toggle
 * button, not pressed".
 */
import { css, html } from "lit";
import { HaveChangeEvent } from "../events/events.ts";

export function haveToggle(item: { id: string; label: string }, have: ReadonlySet<string>) {
  const on = have.has(item.id);
  return html`<button type="button" class="have-toggle" aria-pressed=${on ? "true" : "false"}
    aria-label=${`I have ${item.label}`} title=${on ? "In my skills — click to remove" : "Add to my skills"}
    @click=${(e: Event) => e.currentTarget?.dispatchEvent(new HaveChangeEvent([item.id], !on))}
  ></button>`;
}

export const haveToggleStyles = css`
  .have-toggle {
    display: inline-grid;
    place-items: center;
    inline-size: 1.6rem;
    block-size: 1.6rem;
    min-inline-size: 24px;
    min-block-size: 24px;
    padding: 0;
    border-radius: 50%;
    border: 1px solid var(--cp-border);
    background: var(--cp-surface);
    color: var(--cp-muted);
    font: inherit;
    font-size: 0.85rem;
    line-height: 1;
    cursor: pointer;
    flex: none;
  }
  /* The glyph is drawn, not written: lists read as their items, not "+ Python". */
  .have-toggle::before {
    content: "+";
  }
  .have-toggle[aria-pressed="true"]::before {
    content: "✓";
  }
  .have-toggle:hover {
    border-color: var(--cp-ok);
    color: var(--cp-ok);
  }
  .have-toggle[aria-pressed="true"] {
    background: var(--cp-ok);
    border-color: var(--cp-ok);
    color: var(--cp-surface);
  }
  .have-toggle:focus-visible {
    outline: 2px solid var(--cp-accent);
    outline-offset: 2px;
  }
`;
