/**
 * Design tokens (set once on the app's host and inherited through every shadow root) and the
 * shared control styles. Colours meet WCAG AA on their backgrounds in both schemes.
 *
 * The tokens are the public theming surface: an embedding page overrides them on
 * `career-explorer` (listed as `@cssprop` on the element, and in docs/explorer.md "Theming"), so
 * renaming one breaks pages that set it.
 */
import { css } from "lit";

export const tokens = css`
  :host {
    --cp-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
    --cp-bg: #f6f7f9;
    --cp-surface: #ffffff;
    --cp-surface-2: #f0f2f5;
    --cp-border: #d9dde3;
    --cp-text: #1b1f24;
    --cp-muted: #57606a;
    --cp-accent: #2457c5;
    --cp-accent-text: #ffffff;
    --cp-accent-soft: #e6eefc;
    --cp-route: #c2410c;
    --cp-route-soft: #fff1e6;
    --cp-ok: #1a7f37;
    --cp-danger: #b42318;
    --cp-danger-soft: #fdecea;
    --cp-skill: #be185d;
    --cp-tool: #475569;
    --cp-radius: 10px;
    --cp-shadow: 0 1px 2px rgb(16 24 40 / 6%), 0 4px 12px rgb(16 24 40 / 8%);
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --cp-bg: #0f1419;
      --cp-surface: #171c23;
      --cp-surface-2: #202630;
      --cp-border: #323a46;
      --cp-text: #e6e9ee;
      --cp-muted: #a2acb9;
      --cp-accent: #7aa7ff;
      --cp-accent-text: #0b1220;
      --cp-accent-soft: #1d2b47;
      --cp-route: #ff9f5a;
      --cp-route-soft: #3a2418;
      --cp-ok: #57c27a;
      --cp-danger: #ff8a80;
      --cp-danger-soft: #3b1d1b;
      --cp-skill: #f472b6;
      --cp-tool: #a5b4c8;
      --cp-shadow: 0 1px 2px rgb(0 0 0 / 40%), 0 4px 16px rgb(0 0 0 / 35%);
    }
  }
`;

/** Buttons, inputs and headings shared by every panel. */
export const controls = css`
  :host {
    font-family: var(--cp-font);
    color: var(--cp-text);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 34px;
    padding: 6px 12px;
    border: 1px solid var(--cp-border);
    border-radius: 8px;
    background: var(--cp-surface);
    cursor: pointer;
    font-size: 0.875rem;
    line-height: 1.2;
    text-align: left;
  }
  .btn:hover {
    background: var(--cp-surface-2);
  }
  .btn.primary {
    background: var(--cp-accent);
    border-color: var(--cp-accent);
    color: var(--cp-accent-text);
    font-weight: 600;
  }
  .btn.ghost {
    border-color: transparent;
    background: transparent;
  }
  .btn[aria-pressed="true"] {
    background: var(--cp-accent-soft);
    border-color: var(--cp-accent);
  }
  :focus-visible {
    outline: 2px solid var(--cp-accent);
    outline-offset: 2px;
  }
  input[type="text"],
  input[type="search"],
  select {
    min-height: 36px;
    padding: 6px 10px;
    border: 1px solid var(--cp-border);
    border-radius: 8px;
    background: var(--cp-surface);
    font-size: 0.9rem;
    width: 100%;
  }
  h2 {
    font-size: 1.25rem;
    line-height: 1.3;
    margin: 0 0 4px;
  }
  h3 {
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--cp-muted);
    margin: 20px 0 8px;
  }
  p {
    line-height: 1.5;
    margin: 0 0 8px;
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .muted {
    color: var(--cp-muted);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 2px 8px;
    border-radius: 999px;
    font-size: 0.78rem;
    background: var(--cp-surface-2);
    border: 1px solid var(--cp-border);
    white-space: nowrap;
  }
  .chip.core {
    background: var(--cp-accent-soft);
    border-color: var(--cp-accent);
  }
  /* A fact the data set derived from its source, not the source's own claim. */
  .derived {
    font-size: 0.7rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--cp-route);
    border: 1px solid currentColor;
    border-radius: 4px;
    padding: 0 4px;
    margin-right: 4px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  table {
    border-collapse: collapse;
    font-size: 0.85rem;
    width: 100%;
  }
  th,
  td {
    padding: 6px 8px;
    border-bottom: 1px solid var(--cp-border);
    text-align: left;
    vertical-align: top;
  }
  th {
    font-weight: 600;
  }
`;
