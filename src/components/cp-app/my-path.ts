/**
 * The person's own data in the app: their profile (skills, plan, notes), what it means for the
 * data set on show (fit, frontier), and the answers to every event that changes it — whichever
 * element fired it (role and item panels, route steps, compare lists, search, My path).
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { Frontier, RoleFit } from "../../graph/fit.ts";
import { type CareerGraph, nodeLabel } from "../../graph/model.ts";
import type { Producer } from "../../state/producers.ts";
import { type Plan, setHave, setNote, setPlan, setStatus } from "../../state/profile.ts";
import type { ExplorerState } from "../../state/types.ts";
import type { HaveChangeEvent, PlanChangeEvent, ProfileActionEvent } from "../events/events.ts";
import { PersonalController } from "./personal-controller.ts";
import { ProfileController } from "./profile-controller.ts";

export interface MinePanelData {
  have: ReadonlySet<string>;
  plan: Plan | null;
  fits: readonly RoleFit[];
  frontier: Frontier;
  shared: readonly string[];
  persistent: boolean;
}

export interface MyPathHost {
  /** The data set whose part of the profile is in use (ids only mean something in one). */
  dataKey(): string;
  graph(): CareerGraph | undefined;
  state(): ExplorerState;
  apply(producer: Producer): void;
  /** A message the person should see (a toast). */
  tell(message: string): void;
  /** A short spoken confirmation (the live region). */
  announce(message: string): void;
}

export class MyPathController implements ReactiveController {
  readonly profile: ProfileController;
  readonly personal: PersonalController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly app: MyPathHost,
  ) {
    host.addController(this);
    // The profile (with its storage and schema code) is read, and fit worked out, once the first
    // view is up, not before it.
    const afterFirstView = (start: () => void) => {
      if (host.hasAttribute("ready")) start();
      else host.addEventListener("ready", start, { once: true });
    };
    this.profile = new ProfileController(
      host,
      () => app.dataKey(),
      (m) => app.tell(m),
      afterFirstView,
    );
    this.personal = new PersonalController(host, afterFirstView);
  }

  hostConnected(): void {
    this.host.addEventListener("cp-have-change", this.onHave);
    this.host.addEventListener("cp-plan-change", this.onPlan);
    this.host.addEventListener("cp-profile-action", this.onAction);
  }

  hostDisconnected(): void {
    this.host.removeEventListener("cp-have-change", this.onHave);
    this.host.removeEventListener("cp-plan-change", this.onPlan);
    this.host.removeEventListener("cp-profile-action", this.onAction);
  }

  /** Before each render: keeps fit and the frontier in step with the profile. */
  follow(): void {
    const have = this.profile.have;
    this.personal.follow(this.app.graph(), have, have.size > 0 || this.app.state().view === "path");
  }

  /** What the panels show of the person's own data. */
  panelData(shared: readonly string[]): MinePanelData {
    const { fits, frontier } = this.personal.value;
    return {
      have: this.profile.have,
      plan: this.profile.plan,
      fits,
      frontier,
      shared,
      persistent: this.profile.persistent,
    };
  }

  get have(): ReadonlySet<string> {
    return this.profile.have;
  }

  /** What a route starts from: the person's skills (unless left out) and a link's `have`. */
  routeHave(query: { have: readonly string[]; useProfile: boolean }): string[] {
    if (!query.useProfile || this.profile.have.size === 0) return [...query.have];
    return [...new Set([...this.profile.have, ...query.have])].sort();
  }

  private label = (id: string) => nodeLabel(this.app.graph() as CareerGraph, id);

  private readonly onHave = (e: HaveChangeEvent) => {
    const { ids, have } = e.detail;
    if (!ids.length) return;
    this.profile.change((p, key) => setHave(p, key, ids, have));
    const what = ids.length === 1 ? this.label(ids[0] as string) : `${ids.length} skills and tools`;
    this.app.announce(have ? `${what} added to my skills.` : `${what} removed from my skills.`);
  };

  private readonly onPlan = (e: PlanChangeEvent) => {
    const change = e.detail;
    switch (change.kind) {
      case "create": {
        const plan = { ...change.plan, learning: [], notes: {}, created: Date.now() };
        this.profile.change((p, key) => setPlan(p, key, plan));
        const n = new Set(plan.steps.flatMap((s) => s.items)).size;
        this.app.tell(
          `Saved as your plan: ${n} to learn on the way to ${this.label(plan.to)}. See My path.`,
        );
        return;
      }
      case "status":
        this.profile.change((p, key) => setStatus(p, key, change.item, change.status));
        this.app.announce(`${this.label(change.item)}: ${STATUS_WORDS[change.status]}.`);
        return;
      case "note":
        this.profile.change((p, key) => setNote(p, key, change.target, change.text));
        this.app.announce("Note saved.");
        return;
      case "remove":
        this.profile.change((p, key) => setPlan(p, key, null));
        this.app.announce("Plan removed.");
    }
  };

  // The whole-profile actions (files, links, printing) load on first use.
  private readonly onAction = (e: ProfileActionEvent) =>
    void import("./my-path-actions.ts").then(({ act }) =>
      act(e.detail, { profile: this.profile, app: this.app, label: this.label }),
    );
}

const STATUS_WORDS = { todo: "to learn", learning: "learning", done: "done" } as const;
