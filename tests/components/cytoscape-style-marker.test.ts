/**
 * The marker that stops Cytoscape injecting a `<style>` (blocked by the shipped CSP) depends on
 * the id Cytoscape looks for; an upgrade that renames it should fail here, not only in a browser.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { CYTOSCAPE_STYLESHEET_ID } from "../../src/components/cp-graph-view/cytoscape-style-marker.ts";

const require = createRequire(import.meta.url);

describe("Cytoscape's stylesheet id", () => {
  it("is the id the installed Cytoscape checks before injecting its <style>", () => {
    const source = readFileSync(require.resolve("cytoscape"), "utf8");
    const injection = source.indexOf("document.createElement('style')");
    expect(injection).toBeGreaterThan(0);
    const before = source.slice(Math.max(0, injection - 800), injection);
    expect(before).toContain(`var stylesheetId = '${CYTOSCAPE_STYLESHEET_ID}'`);
    expect(before).toContain("document.getElementById(stylesheetId) != null");
  });
});
