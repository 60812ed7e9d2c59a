/**
 * Keeps the explorer's state and the page's URL and history in step: the query string is the
 * shareable state (src/state/url.ts), a history entry's field holds the trail, focus changes push
 * an entry so back and forward walk it, and back/forward (`popstate`) show what the URL says.
 *
 * Which part of the query string and history an explorer owns, so two `<career-explorer>`
 * elements on one page keep separate state:
 * - `url-prefix="b-"`: the element reads and writes only its own parameters (`b-role`, `b-compare`,
 *   `b-data`) and its own history entry field, whatever other explorers do;
 * - no prefix: the first such element to start owns the plain parameters (`role`, …) while it is
 *   on the page; any other one without a prefix keeps its state in memory and never touches the
 *   URL;
 * - `url-state="off"`: never reads or writes the URL.
 * Decided once, when the element first connects.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { fuzzyMatching } from "../../graph/lookup.ts";
import type { CareerGraph } from "../../graph/model.ts";
import * as produce from "../../state/producers.ts";
import { resolveUrlQuery } from "../../state/resolve.ts";
import { type ExplorerState, initialState } from "../../state/types.ts";
import {
  CATALOG_PARAMS,
  mergeUrlQuery,
  OWN_PARAMS,
  parseUrlQuery,
  queryOfState,
  type UrlQuery,
} from "../../state/url.ts";
import { loadFuzzyMatching } from "../shared/fuzzy-loader.ts";
import type { DataSetController } from "./data-sets.ts";

/** What the controller reads and writes on its element. */
export interface UrlSyncHost extends ReactiveControllerHost, HTMLElement {
  state: ExplorerState;
  messages: string[];
}

let plainOwner: WeakRef<HTMLElement> | undefined;

export class UrlSyncController implements ReactiveController {
  prefix = "";
  owns = true;
  private claimed = false;
  private readonly onPopState = (e: PopStateEvent) => {
    if (this.owns) this.onNavigate(e.state);
  };

  constructor(
    private readonly host: UrlSyncHost,
    private readonly data: DataSetController,
    /** Back or forward: show what the URL now says (its history entry's field is `saved`). */
    private readonly onNavigate: (saved: unknown) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.claimed) this.claim();
    window.addEventListener("popstate", this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener("popstate", this.onPopState);
  }

  /** Owns the page's plain parameters: page-wide shortcuts such as "/" are this explorer's. */
  get primary(): boolean {
    return this.owns && this.prefix === "";
  }

  /** The query this element reads (empty when it owns none). */
  query(): UrlQuery {
    return this.owns ? parseUrlQuery(location.search, this.prefix) : {};
  }

  /** `?src=<url>`: a document the link asks to open (same origin or CORS). */
  externalSrc(): string | null {
    return this.owns ? new URLSearchParams(location.search).get(`${this.prefix}src`) : null;
  }

  /** The page's URL with this element's part describing `state`. */
  urlOf(state: ExplorerState): string {
    const data = this.data.urlId;
    const query = { ...(data ? { data } : {}), ...queryOfState(state) };
    const owned = this.data.hasCatalog ? CATALOG_PARAMS : OWN_PARAMS;
    const search = this.owns
      ? mergeUrlQuery(location.search, query, owned, this.prefix)
      : location.search;
    return `${location.pathname}${search}${location.hash}`;
  }

  /** The state the URL (and the history entry's trail, `saved`) describes on this graph. */
  restore(saved: unknown): void {
    const graph = this.data.loaded?.graph;
    if (!graph) return;
    const query = this.query();
    const base = this.host.state;
    const { state, warnings } = resolveUrlQuery(graph, query, base);
    const trail = this.owns ? (saved as Record<string, unknown> | null)?.[this.key] : undefined;
    this.host.state =
      Array.isArray(trail) && trail.every((t) => typeof t === "string" && graph.hasNode(t))
        ? { ...state, trail: trail as string[] }
        : state;
    if (warnings.length)
      this.report(graph, warnings, () => resolveUrlQuery(graph, query, base).warnings);
    this.write("replace", this.host.state);
  }

  /**
   * Says which names in the link matched nothing. "Did you mean" needs fuzzy matching, which the
   * first view does not wait for: when the graph's fuzzy index is not built yet, the messages
   * come once it is (and as they are if it cannot load).
   */
  private report(graph: CareerGraph, warnings: string[], again: () => string[]): void {
    const add = (more: string[]) => {
      this.host.messages = [...this.host.messages, ...more];
    };
    if (fuzzyMatching(graph)) add(warnings);
    else
      loadFuzzyMatching(graph).then(
        () => add(again()),
        () => add(warnings),
      );
  }

  /** Applies producers; with `push`, a changed URL is a new history entry (back undoes it). */
  apply(push: boolean, ...producers: produce.Producer[]): void {
    const next = produce.apply(this.host.state, ...producers);
    this.host.state = next;
    this.write(push ? "push-if-changed" : "replace", next);
  }

  /** A fresh view (another data set, an opened file): a new history entry, or in place. */
  startOver(how: "push" | "replace"): void {
    this.host.state = initialState();
    this.write(how, this.host.state);
  }

  private write(how: "push" | "push-if-changed" | "replace", state: ExplorerState): void {
    if (!this.owns) return;
    const url = this.urlOf(state);
    const changed = url !== `${location.pathname}${location.search}${location.hash}`;
    const saved = history.state;
    const others = typeof saved === "object" && saved !== null ? saved : {};
    const entry = { ...others, [this.key]: state.trail };
    if (how === "push" || (how === "push-if-changed" && changed)) history.pushState(entry, "", url);
    else if (changed || !sameTrail(others[this.key], state.trail))
      // Only when something changes: Chromium takes ~5-15 ms per call, on the way to the first
      // view and on every click.
      history.replaceState(entry, "", url);
  }

  private get key(): string {
    return this.prefix ? `trail:${this.prefix}` : "trail";
  }

  private claim(): void {
    this.claimed = true;
    this.prefix = this.host.getAttribute("url-prefix") ?? "";
    if (this.host.getAttribute("url-state") === "off") {
      this.owns = false;
      return;
    }
    if (this.prefix !== "") return;
    // The first to start owns the plain parameters for as long as it stays on the page.
    const owner = plainOwner?.deref();
    this.owns = !owner || owner === this.host || !owner.isConnected;
    if (this.owns) plainOwner = new WeakRef(this.host);
  }
}

/** A saved trail (absent counts as empty) equal to `trail`. */
function sameTrail(saved: unknown, trail: readonly string[]): boolean {
  const list = Array.isArray(saved) ? saved : [];
  return list.length === trail.length && list.every((id, i) => id === trail[i]);
}
