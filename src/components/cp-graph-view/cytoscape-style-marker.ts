/**
 * Cytoscape's renderer puts a `<style id="__________cytoscape_stylesheet">` into the page's head
 * (`.__________cytoscape_container { position: relative }`) unless an element with that id is
 * already there. A strict Content-Security-Policy (no `'unsafe-inline'` styles) blocks that
 * element and reports a violation. The rule is not needed here: the canvas lives in a shadow
 * root, which a page-level style never reaches, and graph-view-styles.ts positions it. So the id
 * is claimed first by an inert `<meta>`, and Cytoscape skips the injection.
 */
export const CYTOSCAPE_STYLESHEET_ID = "__________cytoscape_stylesheet";

export function claimCytoscapeStylesheetId(doc: Document): void {
  if (doc.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = doc.createElement("meta");
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  marker.name = "cytoscape-stylesheet";
  marker.content = "none: <career-explorer> styles its canvas in its shadow root";
  doc.head.append(marker);
}
