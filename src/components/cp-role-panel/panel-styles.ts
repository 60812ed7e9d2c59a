/** Styles shared by the detail panels (role, skill/tool). */
import { css } from "lit";

export const panelStyles = css`
  :host {
    display: block;
    font-size: 0.92rem;
  }
  header {
    margin-bottom: 8px;
  }
  h2:focus {
    outline: none;
  }
  h4 {
    font-size: 0.85rem;
    margin: 12px 0 6px;
  }
  .eyebrow {
    display: flex;
    align-items: center;
    gap: 6px;
    font-size: 0.78rem;
    color: var(--cp-muted);
    margin: 0 0 4px;
  }
  .code {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .dot {
    flex: none;
  }
  details.aliases {
    margin: -4px 0 8px;
  }
  details.aliases summary {
    cursor: pointer;
    width: fit-content;
  }
  .dot {
    width: 10px;
    height: 10px;
    border-radius: 3px;
    background: var(--c);
  }
  .small {
    font-size: 0.8rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 12px 0 4px;
  }
  .links li {
    margin-bottom: 6px;
  }
  .links .row {
    display: flex;
    gap: 4px;
  }
  .btn.link {
    width: 100%;
    justify-content: space-between;
    font-weight: 500;
  }
  .btn.small {
    min-height: 30px;
    font-size: 0.8rem;
  }
  .arrow,
  .pct {
    color: var(--cp-muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    font-size: 0.8rem;
  }
  .facts {
    padding-left: 18px;
    margin: 0;
  }
  .facts li {
    margin-bottom: 8px;
    line-height: 1.45;
  }
  .facts.plain {
    padding-left: 0;
  }
  .reqs li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    margin-bottom: 6px;
  }
  .reqs cp-sources {
    flex-basis: 100%;
    margin-left: 4px;
  }
  .btn.item {
    min-height: 30px;
    padding: 4px 10px;
    font-size: 0.85rem;
  }
  .shape {
    width: 10px;
    height: 10px;
    border: 2px solid var(--cp-skill);
    border-radius: 50%;
  }
  .tool .shape,
  .shape.tool {
    border-color: var(--cp-tool);
    border-radius: 2px;
    transform: rotate(45deg);
  }
  .inherited,
  .rating {
    font-size: 0.75rem;
    color: var(--cp-muted);
  }
  .rating {
    font-variant-numeric: tabular-nums;
  }
  .one-of-label {
    font-size: 0.78rem;
    font-weight: 600;
    color: var(--cp-muted);
  }
  .sep {
    color: var(--cp-muted);
  }
  .derived-note {
    font-size: 0.78rem;
    color: var(--cp-muted);
    margin: 2px 0 0 4px;
    line-height: 1.4;
  }
`;

export const requirementStyles = css`
  h4.level {
    font-size: 0.9rem;
    margin-top: 4px;
  }
  .inherited-group {
    margin-top: 14px;
    padding: 8px 12px;
    border: 1px solid var(--cp-border);
    border-radius: var(--cp-radius);
    background: var(--cp-surface-2);
  }
  .inherited-group summary {
    cursor: pointer;
    font-weight: 600;
    font-size: 0.88rem;
  }
  .fit-line {
    margin: 2px 0 8px;
    font-size: 0.9rem;
  }
  .btn.item.had {
    border-color: var(--cp-ok);
  }
`;
