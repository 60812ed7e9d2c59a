/**
 * The current view as an image: PNG through Cytoscape's own `cy.png()`, SVG through the
 * cytoscape-svg extension (registered on first use, so its code loads only when asked for).
 * The background is the page's surface colour, so the image reads as it looks on screen.
 */
import type { Core } from "cytoscape";
import cytoscape from "cytoscape";

let svgRegistered = false;

export async function viewImage(
  cy: Core,
  format: "png" | "svg",
  background: string,
): Promise<Blob> {
  if (format === "png")
    return cy.png({
      output: "blob-promise",
      bg: background,
      full: false,
      scale: 2,
      maxWidth: 8000,
      maxHeight: 8000,
    });
  if (!svgRegistered) {
    const { default: svg } = await import("cytoscape-svg");
    cytoscape.use(svg);
    svgRegistered = true;
  }
  const text = (cy as Core & { svg(options: object): string }).svg({
    full: false,
    bg: background,
    scale: 1,
  });
  return new Blob([text], { type: "image/svg+xml" });
}
