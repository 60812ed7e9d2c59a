/** Styles of "My path", including what its printed plan looks like. */
import { css } from "lit";

export const myPathStyles = css`
  :host {
    display: block;
  }
  ol.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .field-label {
    display: block;
    font-size: 0.8rem;
    font-weight: 600;
    margin-bottom: 4px;
  }
  .small {
    font-size: 0.8rem;
  }
  .empty {
    color: var(--cp-muted);
    font-size: 0.88rem;
  }
  .add {
    display: grid;
    gap: 8px;
    margin: 8px 0;
  }
  .chips.mine {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 8px 0;
  }
  .chip-link,
  .link {
    border: 0;
    background: none;
    padding: 0;
    color: inherit;
    font: inherit;
    cursor: pointer;
    text-decoration: underline;
    text-decoration-color: var(--cp-border);
  }
  .x {
    border: 0;
    background: none;
    cursor: pointer;
    padding: 0 2px;
    color: var(--cp-muted);
    min-inline-size: 24px;
    min-block-size: 24px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: 8px;
  }
  .btn.danger {
    color: var(--cp-danger);
    border-color: var(--cp-danger);
  }
  .btn.file {
    position: relative;
  }
  .btn.file:focus-within {
    outline: 2px solid var(--cp-accent);
    outline-offset: 2px;
  }
  .offer {
    padding: 8px 12px;
    border-left: 3px solid var(--cp-accent);
    background: var(--cp-accent-soft);
    border-radius: 6px;
    margin-bottom: 8px;
  }
  .card,
  .plan-step {
    border: 1px solid var(--cp-border);
    border-radius: var(--cp-radius);
    padding: 8px 12px;
    margin-bottom: 8px;
    background: var(--cp-surface);
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 8px;
  }
  .role-link {
    border: 0;
    background: none;
    padding: 0;
    font: inherit;
    font-weight: 600;
    color: var(--cp-text);
    cursor: pointer;
    text-align: left;
  }
  .role-link:hover {
    color: var(--cp-accent);
    text-decoration: underline;
  }
  .gap li,
  .plan-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    padding: 3px 0;
    font-size: 0.88rem;
  }
  .gap .core {
    font-weight: 600;
  }
  .one-of {
    font-size: 0.78rem;
    color: var(--cp-muted);
  }
  .ranking li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 64px;
    align-items: center;
    gap: 2px 8px;
    padding: 4px 0;
    border-bottom: 1px solid var(--cp-border);
  }
  .ranking .figures {
    grid-column: 1 / -1;
    font-size: 0.78rem;
    color: var(--cp-muted);
  }
  meter {
    inline-size: 64px;
    block-size: 8px;
  }
  .overall {
    display: flex;
    align-items: center;
    gap: 10px;
  }
  progress {
    inline-size: 140px;
    block-size: 10px;
    accent-color: var(--cp-ok);
  }
  h4 {
    margin: 0;
    font-size: 0.95rem;
  }
  .plan-item .item-label {
    flex: 1 1 10rem;
  }
  .plan-item.done .item-label {
    text-decoration: line-through;
    color: var(--cp-muted);
  }
  .plan-item select {
    inline-size: auto;
    min-block-size: 30px;
    padding: 2px 6px;
  }
  .note {
    flex-basis: 100%;
    font-size: 0.82rem;
  }
  .note summary {
    cursor: pointer;
    color: var(--cp-muted);
    inline-size: fit-content;
  }
  .note textarea {
    display: block;
    inline-size: 100%;
    margin-top: 4px;
    font: inherit;
    padding: 6px 8px;
    border: 1px solid var(--cp-border);
    border-radius: 6px;
    background: var(--cp-surface);
    color: inherit;
  }
  .print-only {
    display: none;
  }
  /* On paper: the plan alone, every step and note written out, nothing cut at a box's edge. */
  @media print {
    section:not(.plan),
    .no-print,
    select {
      display: none !important;
    }
    .print-only {
      display: inline;
    }
    p.print-only {
      display: block;
      flex-basis: 100%;
      margin: 0 0 4px 1.2rem;
      font-style: italic;
    }
    .plan-step {
      break-inside: avoid;
      border-color: #999;
    }
    .plan-item {
      font-size: 10pt;
      padding: 1px 0;
    }
    h2,
    h3 {
      color: #000;
    }
  }
`;
