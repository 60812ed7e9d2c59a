/**
 * Printing prints the side panel alone, at full width and full length: the graph, the header and
 * the floating controls stay on screen (the panel decides what of itself goes on paper; My path
 * prints the plan).
 */
import { css } from "lit";

export const printStyles = css`
  @media print {
    :host {
      display: block;
      height: auto;
      min-height: 0;
      overflow: visible;
      background: #fff;
      color: #000;
    }
    cp-header,
    .stage,
    .handle,
    cp-import-dialog,
    cp-toast {
      display: none !important;
    }
    main {
      display: block;
    }
    aside {
      overflow: visible;
      border: 0;
      padding: 0;
      height: auto;
      max-height: none;
      position: static;
    }
  }
`;
