/**
 * The Content-Security-Policy the production build ships: as a `<meta>` in index.html (wherever
 * the files are hosted) and as a header from `vite preview`. One list, so the two never drift and
 * the browser tests run under exactly what ships.
 *
 * - No inline script or style and no eval: Lit's styles are constructed (adopted) sheets, element
 *   styles are set through CSSOM, zod runs jitless, Cytoscape's injected `<style>` is headed off.
 * - `connect-src 'self' https:`: `?src=` may name a CORS-enabled document on any HTTPS origin.
 *   The trade-off: a script that ran here could send data to any HTTPS host. Nothing inline or
 *   from another origin can run, so that needs a compromised bundle; a host that never loads
 *   outside data can narrow this to `'self'`.
 * - `worker-src 'self'`: the graph worker is a module file of this build (no `blob:` worker).
 * - `img-src data: blob:`: exported pictures (PNG/SVG) are shown and saved as such URLs.
 * - `frame-ancestors 'self'` only works as a header (browsers ignore it, with a console warning,
 *   in a `<meta>`), so the meta tag leaves it out.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  "default-src": "'self'",
  "script-src": "'self'",
  "style-src": "'self'",
  "img-src": "'self' data: blob:",
  "font-src": "'self'",
  "worker-src": "'self'",
  "connect-src": "'self' https:",
  "object-src": "'none'",
  "base-uri": "'none'",
  "form-action": "'none'",
  "frame-ancestors": "'self'",
};

/** Directives a `<meta>` policy cannot carry. */
const HEADER_ONLY = new Set(["frame-ancestors", "report-uri", "sandbox"]);

function serialise(directives: Readonly<Record<string, string>>, keep: (name: string) => boolean) {
  return Object.entries(directives)
    .filter(([name]) => keep(name))
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/** The policy for the `Content-Security-Policy` response header. */
export const cspHeader = (): string => serialise(CSP_DIRECTIVES, () => true);

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export const cspMeta = (): string => serialise(CSP_DIRECTIVES, (name) => !HEADER_ONLY.has(name));

/**
 * The dev server's header: Vite's client injects `<style>` elements (CSS hot reload, the error
 * overlay) and talks to its own WebSocket, so dev allows inline styles and `ws:`. Scripts stay
 * strict, so an inline script or eval still fails in dev first.
 */
export const cspDevHeader = (): string =>
  serialise(
    {
      ...CSP_DIRECTIVES,
      "style-src": "'self' 'unsafe-inline'",
      "connect-src": `${CSP_DIRECTIVES["connect-src"]} ws: wss:`,
    },
    () => true,
  );
