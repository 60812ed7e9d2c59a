import { describe, expect, it } from "vitest";
import { planToMarkdown } from "../../src/state/plan-markdown.ts";
import type { Plan } from "../../src/state/profile.ts";

const plan: Plan = {
  to: "lead",
  from: "eng",
  steps: [
    { role: "senior", items: ["k8s", "mlflow"] },
    { role: "lead", items: ["mentoring"] },
  ],
  learning: ["mlflow"],
  notes: { k8s: "CKA course\nin March", lead: "ask *Ana*" },
  created: 0,
};
const labels: Record<string, string> = {
  lead: "Lead [MLOps]",
  eng: "Engineer",
  senior: "Senior",
  k8s: "Kubernetes",
  mlflow: "MLflow",
  mentoring: "Mentoring",
};

describe("plan as Markdown", () => {
  it("writes a checklist per step with status, progress and notes, escaped", () => {
    const md = planToMarkdown(plan, new Set(["k8s"]), (id) => labels[id] ?? id, "My plan");
    expect(md).toContain("Target: **Lead \\[MLOps\\]** · from Engineer");
    expect(md).toContain("Progress: 1 of 3 done, 1 learning.");
    expect(md).toContain("## 1. Senior (1 of 2 done)");
    expect(md).toContain("- [x] Kubernetes\n  > CKA course\n  > in March");
    expect(md).toContain("- [~] MLflow");
    expect(md).toContain("## 2. Lead \\[MLOps\\] (0 of 1 done)\n\n> ask \\*Ana\\*");
    expect(md).toContain("- [ ] Mentoring");
  });
});
