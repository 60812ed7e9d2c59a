import { describe, expect, it } from "vitest";
import {
  comparisonToMarkdown,
  escapeMarkdown,
  routeToMarkdown,
} from "../../../src/data/formats/markdown.ts";
import { compareRoles } from "../../../src/graph/compare.ts";
import { findSkillRoute } from "../../../src/graph/route/find-skill-route.ts";
import { loadMlops } from "../../helpers/mlops.ts";

const { graph } = loadMlops();

describe("Markdown of a route and a comparison", () => {
  it("lists a route's steps in order with what to learn and the total", () => {
    const result = findSkillRoute(graph, {
      from: "role:machine-learning-engineer",
      to: "role:mlops-engineer",
      alternatives: 1,
    });
    if (!result.ok) throw new Error(result.reason);
    const md = routeToMarkdown(result, "Machine Learning Engineer to MLOps Engineer");
    const lines = md.split("\n");
    expect(lines[0]).toBe("# Machine Learning Engineer to MLOps Engineer");
    expect(lines[2]).toBe("1. **Machine Learning Engineer** (where you start)");
    expect(md).toMatch(
      /^2\. \*\*MLOps Engineer\*\* \(next job\) — \d+ new items?, running total \d+$/m,
    );
    expect(md).toContain(`**Total:** ${result.route.learnCount} skill`);
  });

  it("says why there is no route", () => {
    expect(routeToMarkdown({ ok: false, reason: "No path." }, "A to B")).toBe(
      "# A to B\n\nNo route. No path.\n",
    );
  });

  it("tabulates similarity and lists what is shared and unique", () => {
    const result = compareRoles(graph, ["role:mlops-engineer", "role:data-engineer"]);
    if (!result.ok) throw new Error(result.reason);
    const md = comparisonToMarkdown(result.comparison, "MLOps Engineer vs Data Engineer");
    expect(md).toContain("| | MLOps Engineer | Data Engineer |");
    expect(md).toContain("| MLOps Engineer | 100% |");
    expect(md).toContain("## Shared by all");
    expect(md).toMatch(/- \*\*Data Engineer\*\*: /);
  });

  it("escapes labels so they cannot become links, HTML or table cells", () => {
    expect(escapeMarkdown("[x](javascript:alert(1)) <b>|</b>")).toBe(
      "\\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\>\\|\\</b\\>",
    );
  });
});
