/**
 * Which part of the query string and history an explorer owns, so two `<career-explorer>`
 * elements on one page keep separate state:
 * - `url-prefix="b-"`: the element reads and writes only its own parameters (`b-role`, `b-compare`,
 *   `b-data`) and its own history entry field, whatever other explorers do;
 * - no prefix: the first such element to start owns the plain parameters (`role`, …) while it is
 *   on the page; any other one without a prefix keeps its state in memory and never touches the
 *   URL;
 * - `url-state="off"`: never reads or writes the URL.
 * Decided once, when the element starts.
 */
import type { UrlQuery } from "../../state/url.ts";
import { mergeUrlQuery, OWN_PARAMS, parseUrlQuery } from "../../state/url.ts";

let plainOwner: WeakRef<HTMLElement> | undefined;

export class UrlOwner {
  prefix = "";
  owns = true;

  constructor(private readonly host: HTMLElement) {}

  claim(): void {
    this.prefix = this.host.getAttribute("url-prefix") ?? "";
    if (this.host.getAttribute("url-state") === "off") {
      this.owns = false;
      return;
    }
    if (this.prefix !== "") {
      this.owns = true;
      return;
    }
    // The first to start owns the plain parameters for as long as it stays on the page.
    const owner = plainOwner?.deref();
    this.owns = !owner || owner === this.host || !owner.isConnected;
    if (this.owns) plainOwner = new WeakRef(this.host);
  }

  /** The query this element reads (empty when it owns none). */
  query(): UrlQuery {
    return this.owns ? parseUrlQuery(location.search, this.prefix) : {};
  }

  /** The page's URL with this element's part replaced by `query`. */
  urlOf(query: UrlQuery, owned: readonly string[] = OWN_PARAMS): string {
    const search = this.owns
      ? mergeUrlQuery(location.search, query, owned, this.prefix)
      : location.search;
    return `${location.pathname}${search}${location.hash}`;
  }

  /** This element's trail saved in a history entry (other explorers' fields are kept). */
  trailOf(saved: unknown): unknown {
    return this.owns ? (saved as Record<string, unknown> | null)?.[this.key] : undefined;
  }

  pushState(data: { trail: readonly string[] }, _unused: string, url: string): void {
    if (this.owns) history.pushState(this.merged(data), "", url);
  }

  replaceState(data: { trail: readonly string[] }, _unused: string, url: string): void {
    if (this.owns) history.replaceState(this.merged(data), "", url);
  }

  private get key(): string {
    return this.prefix ? `trail:${this.prefix}` : "trail";
  }

  private merged(data: { trail: readonly string[] }): Record<string, unknown> {
    const saved = history.state;
    const others = typeof saved === "object" && saved !== null ? saved : {};
    return { ...others, [this.key]: data.trail };
  }
}
