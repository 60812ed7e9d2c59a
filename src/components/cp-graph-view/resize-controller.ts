/** Calls back when the host's size changes (Cytoscape must be told to `resize()`). */
import type { ReactiveController, ReactiveControllerHost } from "lit";

export class ResizeController implements ReactiveController {
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onResize: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(() => this.onResize());
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
