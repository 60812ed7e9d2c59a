/**
 * Choosing a node and clearing the choice, and where the keyboard focus goes then: to the panel's
 * title after a node is chosen (the next Tab stops are the panel's), to the role list after
 * Escape (where the person was). The panel scrolls to its top when the view or the focus changes.
 */
import type { ReactiveController } from "lit";
import * as produce from "../../state/producers.ts";
import type { DataSetController } from "./data-sets.ts";
import { focusPanelTitle } from "./panels.ts";
import type { UrlSyncController, UrlSyncHost } from "./url-sync.ts";

export interface SelectionHost extends UrlSyncHost {
  announcement: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class SelectionController implements ReactiveController {
  private focusPanel = false;
  private shown = "";

  constructor(
    private readonly host: SelectionHost,
    private readonly data: DataSetController,
    private readonly url: UrlSyncController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A node chosen on the graph, in a list or in the search; null: empty canvas clicked. */
  select(id: string | null): void {
    if (id === null) {
      this.clear(false);
      return;
    }
    const graph = this.data.loaded?.graph;
    if (!graph?.hasNode(id)) return;
    const before = this.host.state;
    const isRole = graph.getNodeAttribute(id, "kind") === "role";
    this.url.apply(true, produce.selectInView(id, isRole));
    const label = graph.getNodeAttribute(id, "label");
    this.host.announcement = produce.selectionNote(before, this.host.state, id, label);
    this.focusPanel = true;
  }

  /** Back to all roles; from the keyboard (Escape) the focus goes to the role list. */
  clear(fromKeyboard = true): boolean {
    const { view, focus } = this.host.state;
    if (view !== "explore" || !focus) return false;
    this.url.apply(true, produce.clearFocus());
    if (!fromKeyboard) return true;
    this.host.announcement = "Focus cleared. Showing all roles.";
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector("cp-role-list")?.focusCurrent(),
    );
    return true;
  }

  hostUpdated(): void {
    const { view, focus } = this.host.state;
    const shown = `${view} ${focus}`;
    if (shown !== this.shown) {
      const panel = this.host.renderRoot.querySelector("aside");
      if (panel && this.shown) panel.scrollTop = 0;
      this.shown = shown;
    }
    if (this.focusPanel) {
      this.focusPanel = false;
      void focusPanelTitle(this.host.renderRoot);
    }
  }
}
