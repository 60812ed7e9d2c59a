/**
 * The explorer's keyboard shortcuts: "/" jumps to the search (as on many sites) and Escape clears
 * the focus.
 *
 * It listens on the document while the element is connected, so "/" works on a freshly loaded
 * page where nothing has focus yet (keys then go to `<body>`, never to the element). Keys pressed
 * inside the explorer are its own; keys pressed elsewhere on the page go only to the page's
 * primary explorer (the one owning the plain URL parameters), so two explorers on one page never
 * both answer. Keys typed into a text field, a select or editable content are left alone.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";

export interface KeyboardActions {
  /** Whether page-wide keys (pressed outside any explorer) are this explorer's. */
  primary(): boolean;
  focusSearch(): void;
  /** Escape: true when it did something (the key is then consumed). */
  escape(): boolean;
}

export class KeyboardController implements ReactiveController {
  private readonly onKey = (e: KeyboardEvent) => this.handle(e);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly actions: KeyboardActions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener("keydown", this.onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener("keydown", this.onKey);
  }

  private handle(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key !== "/" && e.key !== "Escape") return;
    const path = e.composedPath();
    const inside = path.includes(this.host);
    const typing = path.some(isEditable);
    // Escape in a field of the explorer is still the explorer's (an empty search box, …).
    const mine = inside || (!typing && this.ownsPageKeys(path));
    if (!mine) return;
    if (e.key === "/" && !typing) {
      e.preventDefault();
      this.actions.focusSearch();
    } else if (e.key === "Escape" && this.actions.escape()) {
      e.preventDefault();
    }
  }

  private ownsPageKeys(path: EventTarget[]): boolean {
    const tag = this.host.localName;
    const inOther = path.some((t) => t instanceof Element && t.localName === tag);
    return !inOther && this.actions.primary();
  }
}

function isEditable(target: EventTarget): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}
