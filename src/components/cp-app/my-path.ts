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
import type {
  HaveChangeEvent,
  PlanChangeEvent,
  ProfileAction,
  ProfileActionEvent,
} from "../events/events.ts";
import { PersonalController } from "./personal-controller.ts";
import { ProfileController } from "./profile-controller.ts";
import { copyText, saveFile } from "./save-file.ts";

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
    this.profile = new ProfileController(
      host,
      () => app.dataKey(),
      (m) => app.tell(m),
      // The profile (and its schema code) is read once the first view is up, not before it.
      (start) => {
        if (host.hasAttribute("ready")) start();
        else host.addEventListener("ready", start, { once: true });
      },
    );
    this.personal = new PersonalController(host);
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
    this.personal.follow(this.app.graph(), this.profile.have);
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

  private readonly onAction = (e: ProfileActionEvent) => void this.act(e.detail);

  private async act(action: ProfileAction): Promise<void> {
    switch (action.kind) {
      case "export-profile":
        saveFile(
          await this.profile.toFile(),
          "career-path-explorer-profile.json",
          "application/json",
        );
        this.app.announce("Your data was saved as career-path-explorer-profile.json.");
        return;
      case "import-profile": {
        const problem = await this.profile.fromFile(action.file.name, await action.file.text());
        this.app.tell(problem ?? `Your data was loaded from ${action.file.name}.`);
        return;
      }
      case "clear":
        await this.profile.clear();
        this.app.tell("Your skills, plans and notes were cleared from this browser.");
        return;
      case "share": {
        const url = new URL(location.href);
        url.searchParams.set("skills", [...this.profile.have].join(","));
        const copied = await copyText(url.href);
        this.app.tell(
          copied
            ? `A link with your ${this.profile.have.size} skills and tools was copied. Whoever opens it is asked before anything is added.`
            : `Copy this link to share your skills: ${url.href}`,
        );
        return;
      }
      case "export-plan": {
        const plan = this.profile.plan;
        const graph = this.app.graph();
        if (!plan || !graph) return;
        const title = `My plan: ${this.label(plan.to)}`;
        const name = `plan-${plan.to.replace(/^[a-z]+:/, "").replace(/[^\w.-]+/g, "-")}.md`;
        // The Markdown code loads on first use, as the other exports do.
        const { planToMarkdown } = await import("../../state/plan-markdown.ts");
        saveFile(planToMarkdown(plan, this.profile.have, this.label, title), name, "text/markdown");
        this.app.announce(`Plan saved as ${name}.`);
        return;
      }
      case "print-plan":
        window.print();
        return;
      case "accept-shared": {
        const ids = this.app.state().shared;
        this.profile.change((p, key) => setHave(p, key, ids, true));
        this.app.apply((s) => ({ ...s, shared: [] }));
        this.app.tell(`${ids.length} skills and tools from the link added to yours.`);
        return;
      }
      case "dismiss-shared":
        this.app.apply((s) => ({ ...s, shared: [] }));
    }
  }
}

const STATUS_WORDS = { todo: "to learn", learning: "learning", done: "done" } as const;
