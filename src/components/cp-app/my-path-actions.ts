/**
 * What My path's whole-profile buttons do: export and import the profile, clear it, share a link
 * with the person's skills, export or print the plan, take or leave skills a link offered.
 * Loaded on first use (see my-path.ts).
 */

import { setHave } from "../../state/profile.ts";
import type { ProfileAction } from "../events/events.ts";
import type { MyPathHost } from "./my-path.ts";
import type { ProfileController } from "./profile-controller.ts";
import { copyText, saveFile } from "./save-file.ts";

export interface ActionContext {
  profile: ProfileController;
  app: MyPathHost;
  label: (id: string) => string;
}

export async function act(
  action: ProfileAction,
  { profile, app, label }: ActionContext,
): Promise<void> {
  switch (action.kind) {
    case "export-profile":
      saveFile(await profile.toFile(), "career-path-explorer-profile.json", "application/json");
      app.announce("Your data was saved as career-path-explorer-profile.json.");
      return;
    case "import-profile": {
      const problem = await profile.fromFile(action.file.name, await action.file.text());
      app.tell(problem ?? `Your data was loaded from ${action.file.name}.`);
      return;
    }
    case "clear":
      await profile.clear();
      app.tell("Your skills, plans and notes were cleared from this browser.");
      return;
    case "share": {
      const url = new URL(location.href);
      url.searchParams.set("skills", [...profile.have].join(","));
      const copied = await copyText(url.href);
      app.tell(
        copied
          ? `A link with your ${profile.have.size} skills and tools was copied. Whoever opens it is asked before anything is added.`
          : `Copy this link to share your skills: ${url.href}`,
      );
      return;
    }
    case "export-plan": {
      const plan = profile.plan;
      const graph = app.graph();
      if (!plan || !graph) return;
      const title = `My plan: ${label(plan.to)}`;
      const name = `plan-${plan.to.replace(/^[a-z]+:/, "").replace(/[^\w.-]+/g, "-")}.md`;
      // The Markdown code loads on first use, as the other exports do.
      const { planToMarkdown } = await import("../../state/plan-markdown.ts");
      saveFile(planToMarkdown(plan, profile.have, label, title), name, "text/markdown");
      app.announce(`Plan saved as ${name}.`);
      return;
    }
    case "print-plan":
      window.print();
      return;
    case "accept-shared": {
      const ids = app.state().shared;
      profile.change((p, key) => setHave(p, key, ids, true));
      app.apply((s) => ({ ...s, shared: [] }));
      app.tell(`${ids.length} skills and tools from the link added to yours.`);
      return;
    }
    case "dismiss-shared":
      app.apply((s) => ({ ...s, shared: [] }));
  }
}
