import { css } from "lit";

export const routeStyles = css`
  :host {
    display: block;
    font-size: 0.92rem;
  }
  form {
    display: grid;
    gap: 14px;
    margin-top: 12px;
  }
  .field {
    display: grid;
    gap: 6px;
  }
  .label {
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--cp-muted);
  }
  .with-clear {
    display: flex;
    gap: 4px;
  }
  .with-clear cp-combobox {
    flex: 1;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .x {
    border: 0;
    background: none;
    cursor: pointer;
    padding: 0 2px;
    color: var(--cp-muted);
  }
  fieldset.segmented {
    border: 0;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  fieldset legend {
    margin-bottom: 6px;
    padding: 0;
  }
  .segmented label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 6px 12px;
    border: 1px solid var(--cp-border);
    border-radius: 999px;
    cursor: pointer;
    font-size: 0.85rem;
  }
  .segmented label:has(input:checked) {
    border-color: var(--cp-accent);
    background: var(--cp-accent-soft);
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 8px;
    font-size: 0.88rem;
  }
  input[type="checkbox"],
  input[type="radio"] {
    accent-color: var(--cp-accent);
    width: 16px;
    height: 16px;
    margin: 0;
  }
  .hint {
    margin-top: 16px;
  }
  .ideas {
    display: grid;
    gap: 6px;
  }
  .btn.idea {
    display: block;
    width: 100%;
    font-weight: 500;
    line-height: 1.35;
  }
  .no-route {
    margin-top: 16px;
    padding: 12px;
    border-radius: 8px;
    background: var(--cp-danger-soft);
    border: 1px solid var(--cp-danger);
  }
  .alts {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0 0 10px;
    padding: 0;
    border: 0;
  }
  .btn.alt {
    /* Side by side where they fit, so the route itself starts higher up (phones). */
    flex: 1 1 9rem;
    min-width: 0;
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 8px;
    align-items: center;
    font-size: 0.8rem;
  }
  .btn.alt input {
    grid-row: span 2;
  }
  .btn.alt:has(input:checked) {
    border-color: var(--cp-route);
    background: var(--cp-route-soft);
  }
  .alt-name {
    font-weight: 600;
  }
  .small-note {
    font-size: 0.8rem;
    margin-top: -6px;
  }
  .summary {
    margin: 6px 0 12px;
  }
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    counter-reset: step;
  }
  .step {
    position: relative;
    padding: 0 0 16px 34px;
    counter-increment: step;
  }
  .step::before {
    content: counter(step);
    position: absolute;
    left: 0;
    top: 0;
    width: 24px;
    height: 24px;
    border-radius: 50%;
    background: var(--cp-route);
    color: var(--cp-surface);
    font-size: 0.78rem;
    font-weight: 700;
    display: grid;
    place-items: center;
  }
  .step:not(:last-child)::after {
    content: "";
    position: absolute;
    left: 11px;
    top: 26px;
    bottom: 2px;
    width: 2px;
    background: var(--cp-border);
  }
  .step-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 8px;
  }
  .role-link {
    border: 0;
    background: none;
    padding: 0;
    font-weight: 600;
    font-size: 0.95rem;
    color: var(--cp-text);
    cursor: pointer;
    text-align: left;
  }
  .role-link:hover {
    color: var(--cp-accent);
    text-decoration: underline;
  }
  .via {
    font-size: 0.75rem;
    color: var(--cp-muted);
  }
  .learn-label {
    margin: 6px 0 4px;
    font-size: 0.8rem;
  }
  .total {
    margin: 6px 0 0;
    font-size: 0.8rem;
    color: var(--cp-muted);
  }
  .derived-note {
    font-size: 0.78rem;
    margin: 2px 0 4px;
  }
  .pick {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 8px;
  }
  .alt-note {
    font-size: 0.78rem;
    color: var(--cp-muted);
  }
  .have {
    font-size: 0.8rem;
    margin: 4px 0 0;
  }
  .nice {
    margin-top: 6px;
    font-size: 0.82rem;
  }
  .nice summary {
    cursor: pointer;
    color: var(--cp-muted);
    width: fit-content;
  }
  .nice .chips {
    margin-top: 6px;
  }
  .finding {
    display: flex;
    align-items: center;
    gap: 8px;
    color: var(--cp-muted);
  }
  .spinner {
    width: 14px;
    height: 14px;
    border: 2px solid var(--cp-border);
    border-top-color: var(--cp-accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .inexact {
    padding: 6px 10px;
    border-left: 3px solid var(--cp-route);
    background: var(--cp-route-soft);
    font-size: 0.85rem;
  }
`;
