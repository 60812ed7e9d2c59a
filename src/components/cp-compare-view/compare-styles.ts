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
  /*
   * Wide tables scroll sideways in their own region (focusable, so arrow keys scroll it). Edge
   * shadows appear only while there is more to see on that side ("local" backgrounds cover
   * them at the ends); the first column stays put so each row keeps its name.
   */
  .scroll {
    overflow: auto;
    /* Tall tables scroll inside too, so the sideways scroll bar stays in reach. */
    max-height: min(70vh, 560px);
    scrollbar-width: thin;
    scrollbar-color: var(--cp-muted) transparent;
    background:
      linear-gradient(to right, var(--cp-surface) 30%, transparent) left / 28px 100% no-repeat local,
      linear-gradient(to left, var(--cp-surface) 30%, transparent) right / 28px 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, color-mix(in srgb, var(--cp-text) 30%, transparent), transparent) left / 14px 100%
        no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--cp-text) 30%, transparent), transparent) right / 14px 100%
        no-repeat scroll;
  }
  .scroll-hint {
    display: none;
    margin: 0 0 4px;
    font-size: 0.78rem;
    color: var(--cp-muted);
  }
  .scroll-hint:has(+ .scroll[data-overflow]) {
    display: block;
  }
  .scroll:focus-visible {
    outline: 2px solid var(--cp-accent);
    outline-offset: 2px;
  }
  .scroll table {
    border-collapse: separate;
    border-spacing: 0;
  }
  .scroll thead th,
  .scroll thead td {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--cp-surface);
    box-shadow: inset 0 -1px 0 var(--cp-border);
  }
  .scroll th[scope="row"],
  .scroll thead > tr > :first-child {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--cp-surface);
    box-shadow: inset -1px 0 0 var(--cp-border);
  }
  .scroll thead > tr > :first-child {
    z-index: 2;
  }
  .matrix-table th[scope="row"] {
    min-width: 8.5em;
    max-width: 11em;
  }
  .matrix-table td,
  .matrix-table thead th {
    min-width: 5.5em;
  }
  .item {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .have-note {
    font-weight: 400;
    color: var(--cp-ok);
    text-transform: none;
    letter-spacing: 0;
  }
  .fits {
    padding-left: 20px;
    margin: 0;
  }
  .fits > li {
    margin-bottom: 8px;
  }
  .fit-name {
    display: block;
  }
  .fit-score {
    font-weight: 600;
    color: var(--cp-ok);
  }
  .fits .gap summary {
    cursor: pointer;
    color: var(--cp-accent);
    font-size: 0.82rem;
    margin: 4px 0;
  }
  .ready {
    display: block;
    color: var(--cp-ok);
  }
  .have-sample {
    display: inline-grid;
    place-items: center;
    inline-size: 1.2rem;
    block-size: 1.2rem;
    border-radius: 50%;
    border: 1px solid var(--cp-border);
    font-size: 0.75rem;
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
