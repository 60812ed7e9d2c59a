/** Styles of the canvas element: the canvas, its zoom and back buttons, the live region. */
import { css } from "lit";

export const graphViewStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: 240px;
    background: var(--cp-bg);
  }
  #canvas {
    position: absolute;
    inset: 0;
  }
  #canvas:focus-visible {
    outline: 3px solid var(--cp-accent);
    outline-offset: -3px;
  }
  .back {
    position: absolute;
    left: 12px;
    top: 12px;
    box-shadow: var(--cp-shadow);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .zoom {
    position: absolute;
    right: 12px;
    top: 12px;
    display: flex;
    flex-direction: column;
    gap: 4px;
    box-shadow: var(--cp-shadow);
    border-radius: 8px;
  }
  .zoom .btn {
    min-width: 36px;
    justify-content: center;
    font-weight: 600;
  }
  @media (max-width: 640px) {
    .zoom {
      flex-direction: row;
      top: 8px;
      right: 8px;
    }
    .zoom .btn {
      min-height: 30px;
      min-width: 30px;
      padding: 4px 8px;
    }
  }
`;
