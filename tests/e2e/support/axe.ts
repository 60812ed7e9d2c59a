/** axe-core in the page: serious and critical violations, one line each. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let axeSource: string | undefined;

export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: an injected <script> would be inline script, which
  // the app's Content-Security-Policy blocks.
  axeSource ??= readFileSync(AXE, "utf8");
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // axe is injected as a global script tag; it has no types here.
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: unknown }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.join(" ")}`);
}
