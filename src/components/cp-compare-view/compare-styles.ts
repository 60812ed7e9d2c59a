import { css, unsafeCSS } from "lit";

/**
 * Similarity cells shaded in tenths (`.v0` … `.v10`): classes rather than inline styles, so a
 * strict Content-Security-Policy allows them.
 */
const shades = unsafeCSS(
  Array.from({ length: 11 }, (_, i) => `.sim td.v${i} { --v: ${i / 10}; }`).join("\n"),
);

export const compareStyles = css`
  ${shades}
  :host {
    display: block;
    font-size: 0.92rem;
  }
  .picked {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 12px 0 12px;
  }
  .sim td.diag {
    text-align: center;
    color: var(--cp-muted);
    background: var(--cp-surface-2);
  }
  .more summary {
    cursor: pointer;
    color: var(--cp-accent);
    font-size: 0.82rem;
    margin: 6px 0;
  }
  .x {
    border: 0;
    background: none;
    cursor: pointer;
    color: var(--cp-muted);
    padding: 0 2px;
  }
  .hint {
    margin-top: 16px;
  }
  .btn.idea {
    display: block;
    width: 100%;
    font-weight: 500;
    line-height: 1.35;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  button.chip {
    cursor: pointer;
  }
  button.chip:hover {
    border-color: var(--cp-accent);
  }
  /* One block per role, full width: the side panel is too narrow for columns of chips. */
  .columns {
    display: grid;
    grid-template-columns: 1fr;
    gap: 14px;
  }
  .some > li,
  .moves > li {
    margin-bottom: 6px;
  }
  .some .who,
  .moves .what {
    display: block;
  }
  h4 {
    font-size: 0.85rem;
    margin: 0 0 6px;
  }
  .small {
    font-size: 0.78rem;
  }
  .scroll {
    overflow-x: auto;
  }
  .sim th,
  .sim td {
    font-size: 0.8rem;
  }
  .sim td.num {
    text-align: center;
    font-variant-numeric: tabular-nums;
    background: color-mix(in srgb, var(--cp-accent) calc(var(--v) * 35%), transparent);
  }
  .trans {
    padding-left: 18px;
    margin: 0;
  }
  .trans li {
    margin-bottom: 4px;
  }
  .matrix {
    margin-top: 20px;
  }
  .matrix summary {
    cursor: pointer;
    color: var(--cp-accent);
    margin-bottom: 8px;
  }
  .problem {
    color: var(--cp-danger);
  }
  .one-of {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px;
  }
  .one-of-label {
    font-size: 0.75rem;
    font-weight: 600;
    color: var(--cp-muted);
  }
  .sep {
    color: var(--cp-muted);
  }
  .derived-note {
    display: block;
    font-size: 0.78rem;
    color: var(--cp-muted);
  }
`;
