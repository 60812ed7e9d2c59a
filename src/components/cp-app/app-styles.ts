import { css } from "lit";

export const appStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    /* A wide header must not widen the graph and the panel past the screen. */
    grid-template-columns: minmax(0, 1fr);
    height: 100%;
    min-height: 520px;
    background: var(--cp-bg);
    color: var(--cp-text);
    font-family: var(--cp-font);
    position: relative;
    overflow: hidden;
  }
  main {
    /* The second row whatever else the host holds (the import dialog takes no room of its own). */
    grid-row: 2;
    display: grid;
    grid-template-columns: minmax(0, 1fr) 360px;
    grid-template-rows: minmax(0, 1fr);
    min-height: 0;
  }
  .stage {
    position: relative;
    min-height: 0;
    display: grid;
    grid-template-rows: minmax(0, 1fr) auto;
  }
  cp-graph-view {
    min-height: 0;
  }
  aside {
    background: var(--cp-surface);
    border-left: 1px solid var(--cp-border);
    overflow-y: auto;
    padding: 18px 22px 32px;
    min-height: 0;
    font-size: 0.92rem;
  }
  .handle {
    display: none;
  }
  .intro h2 {
    margin-bottom: 6px;
  }
  cp-breadcrumb {
    margin-bottom: 12px;
  }
  .centre {
    display: grid;
    place-items: center;
    color: var(--cp-muted);
  }
  @media (max-width: 900px) {
    main {
      grid-template-columns: minmax(0, 1fr) 340px;
    }
  }
  /*
   * Phones: the graph above a bottom sheet. The graph keeps at least about a third of the screen;
   * the expanded sheet slides over it instead of squeezing it (no re-layout, no re-zoom), and
   * leaves its top strip in view, where the handle brings the whole graph back.
   */
  @media (max-width: 640px) {
    main {
      position: relative;
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: minmax(260px, 60%) minmax(0, 1fr);
    }
    aside {
      border-left: 0;
      border-radius: 16px 16px 0 0;
      box-shadow: 0 -6px 24px rgb(16 24 40 / 16%);
      margin-top: -14px;
      padding: 6px 16px 28px;
      z-index: 4;
    }
    main.sheet-expanded aside {
      position: absolute;
      inset: 30% 0 0 0;
      margin-top: 0;
    }
    .handle {
      display: block;
      width: 100%;
      height: 22px;
      border: 0;
      background: none;
      cursor: pointer;
      margin: 0 0 6px;
      padding: 0;
    }
    .handle span {
      display: block;
      width: 40px;
      height: 4px;
      border-radius: 2px;
      background: var(--cp-muted);
      opacity: 0.5;
      margin: 0 auto;
    }
  }
`;
